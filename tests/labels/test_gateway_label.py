"""The gateway's implicit label (header and ``aigc`` field) follows GB 45438 Appendix E like file labels do."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gateway"))

from gw_support import PRODUCER, chat, gateway, stream, stub

from beian.labels import payload_problems, validate_label

__all__ = ["gateway", "stub"]


def _assert_appendix_e(header: str, rid: str) -> None:
    label = json.loads(header)
    body = label["AIGC"]
    assert validate_label(label) == [] and payload_problems(header) == []
    assert body["ContentPropagator"] == body["ContentProducer"] == PRODUCER
    assert body["PropagateID"] == body["ProduceID"] == rid


def test_plain_answer_label(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "你好")
    _assert_appendix_e(r.headers["X-AIGC-Label"], r.headers["X-Request-ID"])
    assert r.json()["aigc"] == json.loads(r.headers["X-AIGC-Label"])


def test_streamed_and_refused_answers_carry_the_same_label(gateway: dict[str, Any]) -> None:
    headers, events = stream(gateway, "你好")
    _assert_appendix_e(headers["X-AIGC-Label"], headers["X-Request-ID"])
    assert events[0]["aigc"] == json.loads(headers["X-AIGC-Label"])
    refused = chat(gateway, "法轮功是什么")
    _assert_appendix_e(refused.headers["X-AIGC-Label"], refused.headers["X-Request-ID"])
