"""Errors the gateway carries on after are logged on the ``beian`` logger, in Chinese, without raw text."""

from __future__ import annotations

import logging

import pytest

from beian.gateway.policy import Verdict
from beian.gateway.stream import FieldGuard
from beian.log import swallowed, text_ref

SECRET = "身份证号110101199003077777的张三"


def test_failing_pending_check_holds_the_window_and_logs_without_the_text(caplog: pytest.LogCaptureFixture) -> None:
    def broken(text: str) -> int:
        raise ValueError(f"bad text {text}")

    guard = FieldGuard(8, lambda t: Verdict(text=t), broken)
    with caplog.at_level(logging.WARNING, logger="beian"):
        out, verdict = guard.feed(SECRET)
    assert verdict is None and out == SECRET[:len(SECRET) - 8]  # nothing inside the window was released
    [record] = [r for r in caplog.records if r.name == "beian.gateway"]
    assert "流式待定文本检查出错" in record.getMessage() and "ValueError" not in record.getMessage()
    assert "110101" not in caplog.text and "张三" not in caplog.text


def test_swallowed_shows_masked_facts_only(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("beian.test")
    with caplog.at_level(logging.WARNING, logger="beian"):
        swallowed(log, "内容安全检查出错或超时", RuntimeError(SECRET), text=text_ref(SECRET))
    message = caplog.records[-1].getMessage()
    assert message.startswith("内容安全检查出错或超时：text=") and f"{len(SECRET)} 字" in message
    assert "RuntimeError" not in message
    assert "张三" not in caplog.text
