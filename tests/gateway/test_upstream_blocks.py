"""The upstream provider's own content-safety block (HTTP 400 with its code) reaches the application as the app's
refusal, not as an upstream error, and the audit record names the provider: the closed loop holds when the filter
that stopped the request is the provider's."""

from __future__ import annotations

import json
from typing import Any

from gw_support import ENV_KEY, chat, stream, streamed_text

ZHIPU = {"error": {"code": "1301", "message": "系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。"}}
DASHSCOPE = {"error": {"code": "data_inspection_failed", "type": "data_inspection_failed", "param": None,
                       "message": "Input data may contain inappropriate content."}}


def _last(gateway: dict[str, Any]) -> dict[str, Any]:
    return list(gateway["gw"].store.iter_records())[-1]


def test_a_provider_block_is_answered_with_the_refusal_and_recorded(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "一个普通的问题", stub_status=400, stub_error=ZHIPU)
    assert r.status_code == 200
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "content_filter" and choice["message"]["content"] == "抱歉，这个问题我无法回答。"
    row = _last(gateway)
    assert row["action"] == "upstream_blocked" and row["request_id"] == r.headers["X-Request-ID"]
    assert json.loads(row["evidence"])[0] == {"upstream_block": "智谱 AI（GLM） 1301"}


def test_a_streamed_request_the_provider_blocks_gets_a_streamed_refusal(gateway: dict[str, Any]) -> None:
    _, events = stream(gateway, "另一个普通的问题", stub_status=400, stub_error=DASHSCOPE)
    assert streamed_text(events) == "抱歉，这个问题我无法回答。" and events[-1] == {"done": True}
    actions = [r["action"] for r in list(gateway["gw"].store.iter_records())[-2:]]
    assert actions == ["stream_start", "upstream_blocked"]


def test_an_error_envelope_app_gets_the_refusal_as_an_error(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "第三个普通的问题", key=ENV_KEY, stub_status=400, stub_error=DASHSCOPE)
    assert r.status_code == 400 and r.json()["error"]["type"] == "content_filter"
    assert _last(gateway)["action"] == "upstream_blocked"


def test_other_upstream_errors_stay_upstream_errors(gateway: dict[str, Any]) -> None:
    r = chat(gateway, "第四个普通的问题", stub_status=400,
             stub_error={"error": {"message": "The model `m` does not exist", "code": "model_not_found"}})
    assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_status"
    assert _last(gateway)["action"] == "upstream_error"
