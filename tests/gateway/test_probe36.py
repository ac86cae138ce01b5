"""What the thirty-sixth probe (2026-12-08, a black-box hunt with its own byte-exact upstream) got past the gateway, each
through a real gateway in front of a real upstream on loopback: a held prefix of a term released when the stream
ended early; ``logprobs`` ``bytes`` and completions-style ``top_logprobs`` keys; tool arguments that are numbers or
JSON objects; OpenAI custom tools; fields of the choice itself (OpenRouter's ``error``); strings in a usage chunk;
``-Infinity`` in the upstream's JSON (a 500); a ``message`` that is not an object.

The upstream answers the request's ``script``: ``{"json": …}`` (a plain answer), ``{"raw": "…"}`` (a body sent byte
for byte, for JSON Python cannot write), or ``{"events": [...], "done": bool}`` (a stream: dicts are sent as JSON,
strings as they are).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from gw_support import APP_KEY, serve, write_config
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

H = {"Authorization": f"Bearer {APP_KEY}"}
TERM = "法轮功"
PHONE = "13812345678"
REFUSAL = "抱歉，这个问题我无法回答。"


async def _upstream(request: Request) -> Response:
    script = (await request.json())["script"]
    if "raw" in script:
        return Response(script["raw"].encode(), media_type="application/json")
    if "json" in script:
        return JSONResponse(script["json"])

    async def events() -> AsyncIterator[bytes]:
        for ev in script["events"]:
            yield (ev if isinstance(ev, str) else "data: " + json.dumps(ev, ensure_ascii=False) + "\n\n").encode()
        if script.get("done", True):
            yield b"data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    with serve(Starlette(routes=[Route("/v1/chat/completions", _upstream, methods=["POST"])])) as up:
        path = write_config(tmp_path_factory.mktemp("probe36"), up + "/v1")
        with serve(create_app(load_config(path))) as url:
            yield url


def _strict(text: str) -> Any:
    """JSON as a strict client reads it (``NaN`` / ``Infinity`` are errors)."""
    def no_constant(name: str) -> None:
        raise ValueError(name)

    return json.loads(text, parse_constant=no_constant)


def post(gw: str, script: dict[str, Any]) -> httpx.Response:
    body = {"model": "m", "messages": [{"role": "user", "content": "你好"}], "script": script}
    return httpx.post(gw + "/v1/chat/completions", json=body, headers=H, timeout=20)


def stream(gw: str, events: list[Any], done: bool = True) -> list[dict[str, Any]]:
    """Every event the client gets (``{"done": True}`` for [DONE]), read as strict JSON."""
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "你好"}],
            "script": {"events": events, "done": done}}
    with httpx.stream("POST", gw + "/v1/chat/completions", json=body, headers=H, timeout=20) as r:
        assert r.status_code == 200
        return [{"done": True} if ln == "data: [DONE]" else _strict(ln[6:]) for ln in r.iter_lines()
                if ln.startswith("data: ")]


def ev(delta: dict[str, Any] | None = None, finish: str | None = None, **choice: Any) -> dict[str, Any]:
    return {"id": "up", "object": "chat.completion.chunk", "created": 0, "model": "m",
            "choices": [{"index": 0, "delta": delta or {}, "finish_reason": finish, **choice}]}


def completion(message: dict[str, Any], finish: str = "stop", **choice: Any) -> dict[str, Any]:
    return {"id": "up", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish, **choice}]}


def seen(obj: Any) -> str:
    """Everything the client got as text, ``bytes`` arrays decoded, without the refusal (its 无法 has a 法)."""
    def walk(node: Any) -> list[str]:
        if isinstance(node, dict):
            return [t for k, v in node.items() for t in (str(k), *walk(v))]
        if isinstance(node, list):
            if node and all(isinstance(x, int) for x in node):
                return [bytes(x % 256 for x in node).decode("utf-8", "replace")]
            return [t for v in node for t in walk(v)]
        return [str(node)]

    return "\n".join(walk(obj)).replace(REFUSAL, "")


def released(events: list[dict[str, Any]]) -> str:
    return "".join(str(c["delta"].get("content") or "") for e in events for c in e.get("choices", [])
                   if isinstance(c.get("delta"), dict))


def tool_calls(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [tc for e in events for c in e.get("choices", []) for tc in (c.get("delta") or {}).get("tool_calls") or []]


# ------------------------------------------------------------------ a stream that ends before its finish chunk
@pytest.mark.parametrize("done", [True, False])  # [DONE] straight after the text, or the connection just ends
def test_a_held_prefix_of_a_term_is_dropped_when_the_stream_ends_early(gw: str, done: bool) -> None:
    events = stream(gw, [ev({"content": "前文。法轮"})], done=done)
    assert "法" not in seen(events) and released(events).startswith("前文。"), events
    assert events[-1]["error"]["code"] == "stream_incomplete"


def test_a_whole_term_at_the_end_of_an_early_ended_stream_still_stops_the_choice(gw: str) -> None:
    events = stream(gw, [ev({"content": "前文。法轮功"})])
    assert TERM not in seen(events) and REFUSAL in released(events)


def test_held_text_that_starts_no_term_is_still_released_when_the_stream_ends_early(gw: str) -> None:
    events = stream(gw, [ev({"content": "前文。电话13812"})])
    assert released(events).startswith("前文。电话13812")


# ------------------------------------------------------------------ logprobs
def test_logprobs_bytes_are_only_the_tokens_own_bytes(gw: str) -> None:
    entry = {"token": "你好", "logprob": -0.1, "bytes": list(TERM.encode()),
             "top_logprobs": [{"token": "你好", "logprob": -0.1, "bytes": list(PHONE.encode())},
                              {"token": "您", "logprob": -1.0, "bytes": list("您".encode())}]}
    body = post(gw, {"json": completion({"content": "你好"}, logprobs={"content": [entry]})}).json()
    got = body["choices"][0]["logprobs"]["content"][0]
    assert TERM not in seen(body) and PHONE not in seen(body) and got["bytes"] is None
    assert got["top_logprobs"][1]["bytes"] == list("您".encode())  # bytes that are the token's own stay
    events = stream(gw, [ev({"content": "你好"}, logprobs={"content": [entry]}), ev(finish="stop")])
    assert TERM not in seen(events) and PHONE not in seen(events)


def test_completions_style_top_logprobs_keys_are_checked(gw: str) -> None:
    lp = {"tokens": ["你好"], "token_logprobs": [-0.1], "text_offset": [0],
          "top_logprobs": [{"你好": -0.1, TERM: -1.0, PHONE: -2.0}]}
    body = post(gw, {"json": {"id": "x", "object": "text_completion", "model": "m",
                              "choices": [{"index": 0, "text": "你好", "finish_reason": "stop", "logprobs": lp}]}}).json()
    assert TERM not in seen(body) and PHONE not in seen(body)
    assert body["choices"][0]["logprobs"]["top_logprobs"] == [{"你好": -0.1}]
    events = stream(gw, [ev({"content": "你好"}, logprobs=lp), ev(finish="stop")])
    assert TERM not in seen(events) and PHONE not in seen(events)


# ------------------------------------------------------------------ tool calls
def _fragment(**fields: Any) -> dict[str, Any]:
    return ev({"tool_calls": [{"index": 0, **fields}]})


def test_a_phone_number_split_over_arguments_that_are_a_json_number_is_masked(gw: str) -> None:
    events = stream(gw, [_fragment(id="c", type="function", function={"name": "dial", "arguments": "1381234"}),
                         _fragment(function={"arguments": "5678"}), ev(finish="tool_calls")])
    assert PHONE not in seen(events) and "5678" in tool_calls(events)[0]["function"]["arguments"]


def test_a_phone_number_as_a_json_number_in_the_arguments_is_masked(gw: str) -> None:
    args = json.dumps({"phone": int(PHONE), "age": 30})
    call = {"id": "c", "type": "function", "function": {"name": "save", "arguments": args}}
    body = post(gw, {"json": completion({"content": None, "tool_calls": [call]}, finish="tool_calls")}).json()
    sent = json.loads(body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"])
    assert PHONE not in seen(body) and str(sent["phone"]).endswith("5678") and sent["age"] == 30


def test_arguments_sent_as_a_json_object_are_checked(gw: str) -> None:
    call = {"id": "c", "type": "function", "function": {"name": "save", "arguments": {"phone": PHONE}}}
    body = post(gw, {"json": completion({"content": None, "tool_calls": [call]}, finish="tool_calls")}).json()
    sent = body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    assert PHONE not in seen(body) and json.loads(sent)["phone"].endswith("5678")  # now the string OpenAI sends
    legacy = {"content": None, "function_call": {"name": "save", "arguments": {"text": f"资料：{TERM}"}}}
    body = post(gw, {"json": completion(legacy, finish="function_call")}).json()
    assert TERM not in seen(body) and body["choices"][0]["finish_reason"] == "content_filter"


def test_custom_tool_input_is_checked(gw: str) -> None:
    call = {"id": "c", "type": "custom", "custom": {"name": "shell", "input": f"echo {TERM}"}}
    body = post(gw, {"json": completion({"content": None, "tool_calls": [call]}, finish="tool_calls")}).json()
    assert TERM not in seen(body) and body["choices"][0]["finish_reason"] == "content_filter"
    events = stream(gw, [_fragment(id="c", type="custom", custom={"name": "sh", "input": "dial 1381234"}),
                         _fragment(custom={"input": "5678 now"}), ev(finish="tool_calls")])
    sent = tool_calls(events)
    assert PHONE not in seen(events) and sent[0]["custom"]["name"] == "sh" and sent[0]["custom"]["input"] \
        .startswith("dial ") and sent[0]["custom"]["input"].endswith("5678 now") and "function" not in sent[0]


# ------------------------------------------------------------------ fields outside message and delta
def test_an_error_on_the_choice_is_checked(gw: str) -> None:
    """OpenRouter ends a failed stream with ``finish_reason: error`` and ``choices[].error``."""
    error = {"code": 502, "message": f"provider said: {TERM}"}
    body = post(gw, {"json": completion({"content": "好的"}, error=error)}).json()
    assert TERM not in seen(body) and body["choices"][0]["finish_reason"] == "content_filter"
    events = stream(gw, [ev({"content": "好的"}), ev({"content": ""}, finish="error", error=error)])
    assert TERM not in seen(events)


def test_a_whole_message_repeated_in_the_last_chunk_is_checked(gw: str) -> None:
    events = stream(gw, [ev({"content": "号码见下"}),
                         ev(finish="stop", message={"role": "assistant", "content": f"号码见下 {PHONE}"})])
    assert PHONE not in seen(events)


def test_strings_in_a_usage_chunk_are_checked(gw: str) -> None:
    usage = {"id": "up", "object": "chat.completion.chunk", "choices": [], "usage": {"total_tokens": 3, "note": TERM}}
    events = stream(gw, [ev({"content": "好的"}), ev(finish="stop"), usage])
    assert TERM not in seen(events) and any(e.get("usage", {}).get("total_tokens") == 3 for e in events)


def test_a_message_that_is_not_an_object_is_not_forwarded(gw: str) -> None:
    data = completion({"content": "x"})
    data["choices"][0]["message"] = [{"role": "assistant", "content": TERM}]
    body = post(gw, {"json": data}).json()
    assert TERM not in seen(body) and isinstance(body["choices"][0]["message"], dict)


# ------------------------------------------------------------------ JSON a strict client cannot read
def test_infinity_in_the_upstream_json_is_no_internal_error(gw: str) -> None:
    raw = ('{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":'
           '{"role":"assistant","content":"好的"},"finish_reason":"stop","logprobs":{"content":[{"token":"好的",'
           '"logprob":-Infinity,"bytes":null,"top_logprobs":[]}]}}]}')
    r = post(gw, {"raw": raw})
    assert r.status_code == 200 and _strict(r.text)["choices"][0]["logprobs"]["content"][0]["logprob"] is None
    chunk = ('data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,'
             '"delta":{"content":"好的"},"finish_reason":"stop","logprobs":{"content":[{"token":"好的","logprob":NaN,'
             '"bytes":null,"top_logprobs":[]}]}}],"usage":{"x":Infinity}}\n\n')
    events = stream(gw, [chunk])  # read as strict JSON: no NaN / Infinity reaches the client
    assert released(events).startswith("好的")


def test_id_like_keys_of_a_delta_are_checked(gw: str) -> None:
    events = stream(gw, [ev({"role": "assistant", "content": "", "tool_call_id": f"x{TERM}"}), ev({"content": "好的"}),
                         ev(finish="stop")])
    assert TERM not in seen(events)
