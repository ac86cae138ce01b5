"""What the independent probe of the gateway (2026-12-05, its own lexicon and a scripted upstream) found leaking, each
through a real gateway on loopback: a term split by markup, down a table column, over list items or JSON values,
streamed; a number whose deciding word comes after it, streamed; content sent as an object and fields the gateway had
no channel for; a tool-only answer labelled; an SSE event written over two data lines."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from test_output_channels import (  # noqa: F401 - gw is the module's scripted-upstream gateway fixture
    REFUSAL,
    TERM,
    completion,
    ev,
    finishes,
    gw,
    post,
    released,
    stream,
)


def _streamed(gw: dict[str, Any], text: str) -> tuple[str, dict[int, str]]:  # noqa: F811
    """What the client sees of ``text`` streamed one character per chunk, and how the choice finished."""
    _, events = stream(gw, [ev({"content": c}) for c in text] + [ev(finish="stop")])
    return released(events), finishes(events)


@pytest.mark.parametrize("text", [
    "前文。法<b></b>轮功。",  # markup between the characters, as the plain answer is read
    "前文。\n| 序 | 字 |\n|---|---|\n| 1 | 法 |\n| 2 | 轮 |\n| 3 | 功 |\n后文",  # one character per row of a column
    "前文。\n1. 法\n2. 轮\n3. 功\n4. 后文",  # one character per list item
    '前文。{"a": "法轮", "b": "功"} 后文',  # neighbouring JSON values
])
def test_a_streamed_term_split_by_structure_never_leaves_a_character(gw: dict[str, Any], text: str) -> None:  # noqa: F811
    out, finish = _streamed(gw, text)
    assert finish == {0: "content_filter"} and "法" not in out.replace(REFUSAL, ""), out


def test_a_streamed_number_waits_for_the_word_after_it(gw: dict[str, Any]) -> None:  # noqa: F811
    out, _ = _streamed(gw, "号码9558801234567890128是我的银行卡。")
    assert "9558801234567890128" not in out and "0128是我的银行卡" in out, out  # masked, as the plain answer is


@pytest.mark.parametrize("message", [
    {"content": {"text": f"资料：{TERM}"}},  # content sent as an object
    {"content": "好的", "audio": {"transcript": f"资料：{TERM}"}},  # a field without a channel of its own
    {"content": "好的", "annotations": [{"type": "url_citation", "url_citation": {"title": f"{TERM}网站"}}]},
])
def test_output_outside_the_known_channels_is_checked(gw: dict[str, Any], message: dict[str, Any]) -> None:  # noqa: F811
    body = post(gw, completion(message)).json()
    assert body["choices"][0]["finish_reason"] == "content_filter" and TERM not in json.dumps(body, ensure_ascii=False)
    _, events = stream(gw, [ev(message), ev(finish="stop")])
    assert finishes(events) == {0: "content_filter"} and TERM not in json.dumps(events, ensure_ascii=False)


def test_a_tool_only_answer_with_empty_content_gets_no_visible_label(gw: dict[str, Any]) -> None:  # noqa: F811
    call = {"id": "c", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}
    body = post(gw, completion({"content": "", "tool_calls": [call]}, finish_reason="tool_calls")).json()
    assert body["choices"][0]["message"]["content"] == ""


def test_an_sse_event_over_two_data_lines_is_one_event() -> None:
    """Valid SSE: the data lines of one event are joined; a stream without blank lines between events still reads."""
    from beian.gateway.relay import _payloads

    class Lines:
        async def lines(self):  # type: ignore[no-untyped-def]
            for line in ('data: {"id":"x","object":"chat.completion.chunk",', 'data: "choices":[{"index":0,'
                         '"delta":{"content":"你好"},"finish_reason":"stop"}]}', "", 'data: {"choices":[]}',
                         "data: [DONE]"):
                yield line

    async def collect() -> list[str]:
        return [p async for p in _payloads(Lines())]  # type: ignore[arg-type]

    got = asyncio.run(collect())
    assert [json.loads(p)["choices"] if p != "[DONE]" else p for p in got] == [
        [{"index": 0, "delta": {"content": "你好"}, "finish_reason": "stop"}], [], "[DONE]"]


# ------------------------------------------------------------------ the twenty-ninth probe (a second hand on the gateway)
def test_a_phone_in_tool_arguments_beside_another_number_is_masked(gw: dict[str, Any]) -> None:  # noqa: F811
    """The argument values were joined without a break, so 13812345678 and "30" read as one 13-digit number."""
    args = json.dumps({"name": "张三", "phone": "13812345678", "age": "30"}, ensure_ascii=False)
    call = {"id": "c", "type": "function", "function": {"name": "save", "arguments": args}}
    body = post(gw, completion({"content": None, "tool_calls": [call]}, finish_reason="tool_calls")).json()
    sent = json.loads(body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"])
    assert sent["phone"] != "13812345678" and sent["phone"].endswith("5678") and sent["age"] == "30"


def test_top_logprob_alternatives_with_a_term_are_not_forwarded(gw: dict[str, Any]) -> None:  # noqa: F811
    entry = {"token": "你好", "logprob": -0.1, "top_logprobs": [{"token": "你好", "logprob": -0.1},
                                                                {"token": TERM, "logprob": -2.3}]}
    body = post(gw, completion({"content": "你好"}, logprobs={"content": [entry]})).json()
    assert TERM not in json.dumps(body, ensure_ascii=False)
    _, events = stream(gw, [ev({"content": "你好"}, logprobs={"content": [entry]}), ev(finish="stop")])
    assert TERM not in json.dumps(events, ensure_ascii=False)


def test_strings_around_the_choices_are_checked(gw: dict[str, Any]) -> None:  # noqa: F811
    data = completion({"content": "好的"})
    data["system_fingerprint"] = f"fp-{TERM}"
    assert TERM not in json.dumps(post(gw, data).json(), ensure_ascii=False)
    chunk = ev({"content": "好的"})
    chunk["system_fingerprint"] = f"fp-{TERM}"
    _, events = stream(gw, [chunk, ev(finish="stop")])
    assert TERM not in json.dumps(events, ensure_ascii=False)


def _tool_chunk(**fragment: Any) -> dict[str, Any]:
    return ev({"tool_calls": [{"index": 0, **fragment}]})


def test_a_function_name_streamed_in_pieces_is_joined() -> None:
    """The probe saw ``buy_``, ``大``, ``麻`` arrive as the name ``麻``: the pieces were replaced, not joined."""
    from beian.gateway.toolcalls import ToolCallBuffer

    for pieces, whole in ((["get_", "weather"], "get_weather"), (["get_weather", "get_weather"], "get_weather"),
                          (["get_", "get_weather"], "get_weather")):
        buf = ToolCallBuffer()
        for p in pieces:
            buf.add([{"index": 0, "function": {"name": p}}])
        assert buf.complete()[0]["function"]["name"] == whole


def test_a_term_streamed_into_a_function_name_in_pieces_stops_the_call(gw: dict[str, Any]) -> None:  # noqa: F811
    chunks = [_tool_chunk(id="c1", type="function", function={"name": "buy_法轮", "arguments": ""}),
              _tool_chunk(function={"name": "功"}), _tool_chunk(function={"arguments": "{}"}),
              ev(finish="tool_calls")]
    _, events = stream(gw, chunks)
    assert TERM not in "".join(json.dumps(e, ensure_ascii=False) for e in events)
    assert REFUSAL in released(events)


def test_a_term_in_a_tool_call_id_stops_the_call(gw: dict[str, Any]) -> None:  # noqa: F811
    call = {"id": f"call_{TERM}", "type": "function", "function": {"name": "save", "arguments": "{}"}}
    body = post(gw, completion({"content": None, "tool_calls": [call]}, finish_reason="tool_calls")).json()
    assert TERM not in json.dumps(body, ensure_ascii=False)
    _, events = stream(gw, [_tool_chunk(**call), ev(finish="tool_calls")])
    assert TERM not in json.dumps(events, ensure_ascii=False)


def test_an_ordinary_tool_call_id_passes_unchanged(gw: dict[str, Any]) -> None:  # noqa: F811
    call = {"id": "call_9sBqZ2xK7mfGh0Lr", "type": "function", "function": {"name": "save", "arguments": "{}"}}
    body = post(gw, completion({"content": None, "tool_calls": [call]}, finish_reason="tool_calls")).json()
    assert body["choices"][0]["message"]["tool_calls"][0]["id"] == "call_9sBqZ2xK7mfGh0Lr"


def _plain_stream(gw: dict[str, Any], message: dict[str, Any], **choice: Any) -> list[dict[str, Any]]:  # noqa: F811
    """What a streaming client gets when the upstream ignores ``stream: true`` and sends one JSON completion."""
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "你好"}],
            "script": {"plain": completion(message, **choice)}}
    import httpx
    from test_output_channels import H

    with httpx.stream("POST", gw["url"] + "/v1/chat/completions", json=body, headers=H, timeout=20) as r:
        return [{"done": True} if ln == "data: [DONE]" else json.loads(ln[6:])
                for ln in r.iter_lines() if ln.startswith("data: ")]


def test_a_whole_completion_sent_to_a_streaming_client_is_relayed(gw: dict[str, Any]) -> None:  # noqa: F811
    """The probe's upstream ignored stream: true; the client got only stream_incomplete and lost the answer."""
    events = _plain_stream(gw, {"content": "今天上海多云，最高气温十二度。"})
    assert released(events).startswith("今天上海多云，最高气温十二度。")  # and the AIGC label after it
    assert finishes(events) == {0: "stop"} and events[-1] == {"done": True}
    assert not any("error" in e for e in events)


def test_a_whole_completion_sent_to_a_streaming_client_is_checked(gw: dict[str, Any]) -> None:  # noqa: F811
    events = _plain_stream(gw, {"content": f"资料见{TERM}网站"})
    assert TERM not in json.dumps(events, ensure_ascii=False) and REFUSAL in released(events)
    args = json.dumps({"phone": "13812345678"})
    call = {"id": "c", "type": "function", "function": {"name": "save", "arguments": args}}
    events = _plain_stream(gw, {"content": None, "tool_calls": [call]}, finish_reason="tool_calls")
    sent = [c for e in events for ch in e.get("choices", []) for c in (ch.get("delta") or {}).get("tool_calls") or []]
    assert sent and "13812345678" not in sent[0]["function"]["arguments"]
