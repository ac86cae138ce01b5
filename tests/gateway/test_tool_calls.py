"""Tool-call arguments are checked as model output, plain and streamed."""

from __future__ import annotations

import json
from typing import Any

import pytest
from gw_support import chat, stream, streamed_text

from beian.gateway.policy import Verdict
from beian.gateway.toolcalls import ToolCallBuffer, argument_segments, check_functions

WEATHER = {"name": "get_weather", "arguments": json.dumps({"city": "北京", "days": 3}, ensure_ascii=False)}
SEND_BAD = {"name": "send_message", "arguments": json.dumps({"to": "群聊", "text": "这是炸药配方：第一步"},
                                                            ensure_ascii=False)}
SEND_ESCAPED = {"name": "send_message", "arguments": json.dumps({"text": "这是炸药配方：第一步"})}  # \uXXXX
SEND_PHONE = {"name": "send_message", "arguments": json.dumps({"text": "请致电13812345678", "n": [1, "好"]},
                                                              ensure_ascii=False)}


def tool_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [tc for e in events if "choices" in e for tc in e["choices"][0]["delta"].get("tool_calls") or []]


def merged(events: list[dict[str, Any]]) -> dict[int, dict[str, str]]:
    """What a client (the OpenAI SDK's stream helper) puts together from the fragments."""
    out: dict[int, dict[str, str]] = {}
    for tc in tool_events(events):
        call = out.setdefault(tc["index"], {"name": "", "arguments": ""})
        call["name"] += (tc.get("function") or {}).get("name") or ""
        call["arguments"] += (tc.get("function") or {}).get("arguments") or ""
    return out


# ------------------------------------------------------------------ plain answers
def test_benign_tool_call_passes_untouched(gateway: dict[str, Any]) -> None:
    data = chat(gateway, "北京天气", stub_tool_calls=[WEATHER]).json()
    ch = data["choices"][0]
    assert ch["finish_reason"] == "tool_calls"
    assert ch["message"]["tool_calls"][0]["function"] == WEATHER
    assert ch["message"]["tool_calls"][0]["id"] == "call_0"
    assert ch["message"]["content"] is None  # no text answer, so no text label


@pytest.mark.parametrize("call", [SEND_BAD, SEND_ESCAPED], ids=["raw", "unicode-escaped"])
def test_harmful_tool_arguments_are_refused(gateway: dict[str, Any], call: dict[str, str]) -> None:
    data = chat(gateway, "发消息", stub_tool_calls=[WEATHER, call]).json()
    ch = data["choices"][0]
    assert ch["finish_reason"] == "content_filter"
    assert "tool_calls" not in ch["message"] and "无法回答" in ch["message"]["content"]
    assert "炸药" not in json.dumps(data, ensure_ascii=False) and "\\u70b8" not in json.dumps(data)


def test_personal_information_in_arguments_is_masked_and_stays_json(gateway: dict[str, Any]) -> None:
    data = chat(gateway, "发消息", stub_tool_calls=[SEND_PHONE]).json()
    fn = data["choices"][0]["message"]["tool_calls"][0]["function"]
    args = json.loads(fn["arguments"])
    assert "13812345678" not in fn["arguments"] and args["text"].startswith("请致电138")
    assert len(args["text"]) == len("请致电13812345678") and args["n"] == [1, "好"]
    assert data["choices"][0]["finish_reason"] == "tool_calls"


# ------------------------------------------------------------------ streamed answers
def test_streamed_tool_calls_are_released_whole_and_checked(gateway: dict[str, Any]) -> None:
    _, events = stream(gateway, "北京天气", stub_tool_calls=[WEATHER, SEND_PHONE], stub_chunk=3)
    calls = merged(events)
    assert calls[0] == WEATHER
    assert calls[1]["name"] == "send_message" and "13812345678" not in calls[1]["arguments"]
    assert json.loads(calls[1]["arguments"])["n"] == [1, "好"]
    assert len(tool_events(events)) == 2  # held until the choice finished, then one fragment per call
    final = [e for e in events if "choices" in e][-1]["choices"][0]
    assert final["finish_reason"] == "tool_calls"
    assert streamed_text(events) == ""  # no text answer, so no text label (as in plain answers)


@pytest.mark.parametrize("chunk", [1, 4])
def test_streamed_harmful_tool_call_is_never_released(gateway: dict[str, Any], chunk: int) -> None:
    _, events = stream(gateway, "发消息", stub_tool_calls=[WEATHER, SEND_BAD], stub_chunk=chunk)
    assert tool_events(events) == []
    final = [e for e in events if "choices" in e][-1]["choices"][0]
    assert final["finish_reason"] == "content_filter" and "无法回答" in final["delta"]["content"]
    assert "炸" not in json.dumps(events, ensure_ascii=False)


# ------------------------------------------------------------------ units
def test_buffer_merges_fragments_by_index() -> None:
    buf = ToolCallBuffer()
    buf.add([{"index": 1, "id": "b", "type": "function", "function": {"name": "g", "arguments": ""}}])
    buf.add([{"index": 0, "id": "a", "function": {"name": "f", "arguments": '{"x"'}}])
    buf.add([{"index": 0, "function": {"arguments": ': 1}'}}, "garbage", {"index": 1, "function": {"arguments": "{}"}}])
    buf.add(None)
    assert buf.complete() == [
        {"index": 0, "id": "a", "function": {"name": "f", "arguments": '{"x": 1}'}},
        {"index": 1, "id": "b", "type": "function", "function": {"name": "g", "arguments": "{}"}},
    ]


def test_arguments_that_are_not_json_are_checked_as_text() -> None:
    holder, segs = argument_segments('{"text": "未闭合')
    assert holder is None and [s.text for s in segs] == ['{"text": "未闭合']
    holder, segs = argument_segments('{"a": {"b": ["x", 2, "y"]}, "c": ""}')
    assert [s.text for s in segs] == ["x", "y"] and holder is not None


def test_masks_are_written_back_into_each_string() -> None:
    import asyncio

    async def check(text: str) -> Verdict:
        return Verdict(action="mask", text=text.replace("秘密", "**"))

    fn = {"name": "f", "arguments": json.dumps({"a": "有秘密", "b": ["秘密在此"]}, ensure_ascii=False)}
    verdict = asyncio.run(check_functions([fn], check))
    assert verdict.action == "mask"
    assert json.loads(fn["arguments"]) == {"a": "有**", "b": ["**在此"]}
