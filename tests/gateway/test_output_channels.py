"""Every output channel a client sees is checked, plain and streamed, through a real gateway on loopback.

The upstream here is a scripted OpenAI-compatible server (real HTTP on loopback): the request's
``script`` field is the JSON answer, or the list of chunks it streams (``{"_sleep": s}`` pauses,
``done: false`` leaves out ``[DONE]``, ``{"_raw": text}`` sends text as it is). It can send what the shared stub cannot: vLLM's
``reasoning``, ``refusal``, legacy ``function_call``, list content, ``choices[].text``,
``logprobs``, ``n > 1`` and a stream that stops without a finish chunk.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from gw_support import ADMIN_TOKEN, APP_KEY, serve, write_config
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

H = {"Authorization": f"Bearer {APP_KEY}"}
TERM = "法轮功"
REFUSAL = "抱歉，这个问题我无法回答。"


# ------------------------------------------------------------------ the scripted upstream and its gateway
async def _scripted(request: Request) -> Response:
    body = await request.json()
    script = body.get("script")
    if not body.get("stream"):
        return JSONResponse(script)
    if "plain" in script:  # an upstream that ignores stream: true and sends the whole completion
        return JSONResponse(script["plain"])

    async def events() -> AsyncIterator[bytes]:
        for ev in script["events"]:
            if "_sleep" in ev:
                await asyncio.sleep(ev["_sleep"])
                continue
            if "_raw" in ev:  # bytes as they are: a malformed event
                yield ev["_raw"].encode()
                continue
            yield b"data: " + json.dumps(ev, ensure_ascii=False).encode() + b"\n\n"
        if script.get("done", True):
            yield b"data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    upstream = Starlette(routes=[Route("/v1/chat/completions", _scripted, methods=["POST"])])
    with serve(upstream) as up:
        tmp = tmp_path_factory.mktemp("channels")
        path = write_config(tmp, up + "/v1")
        (tmp / "政治.txt").write_text("打倒共产党\n", encoding="utf-8")
        (tmp / "白名单.txt").write_text("党校教材\n", encoding="utf-8")
        cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
        cfg["apps"][0]["lexicons"].append("政治.txt")
        cfg["apps"][0]["allow"] = ["白名单.txt"]
        cfg["upstreams"]["main"]["timeout_s"] = 10
        path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
        app = create_app(load_config(path))
        with serve(app) as url:
            yield {"url": url, "gw": app.state.gw}


def post(gw: dict[str, Any], script: Any, **extra: Any) -> httpx.Response:
    body = {"model": "m", "messages": [{"role": "user", "content": "你好"}], "script": script, **extra}
    return httpx.post(gw["url"] + "/v1/chat/completions", json=body, headers=H, timeout=20)


def stream(gw: dict[str, Any], events: list[dict[str, Any]], done: bool = True,
           **extra: Any) -> tuple[str, list[dict[str, Any]]]:
    """The request id and every event (``{"done": True}`` for [DONE])."""
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "你好"}],
            "script": {"events": events, "done": done}, **extra}
    out = []
    with httpx.stream("POST", gw["url"] + "/v1/chat/completions", json=body, headers=H, timeout=20) as r:
        assert r.status_code == 200
        for line in r.iter_lines():
            if line.startswith("data: "):
                out.append({"done": True} if line == "data: [DONE]" else json.loads(line[6:]))
        return r.headers["x-request-id"], out


def ev(delta: dict[str, Any] | None = None, finish: str | None = None, index: int = 0,
       **choice: Any) -> dict[str, Any]:
    c = {"index": index, "delta": delta or {}, "finish_reason": finish, **choice}
    return {"id": "up", "object": "chat.completion.chunk", "created": 0, "model": "m", "choices": [c]}


def pieces(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def released(events: list[dict[str, Any]], field: str = "content", index: int = 0) -> str:
    return "".join(str(c["delta"].get(field) or "") for e in events for c in e.get("choices", [])
                   if c["index"] == index and isinstance(c.get("delta"), dict))


def finishes(events: list[dict[str, Any]]) -> dict[int, str]:
    return {c["index"]: c["finish_reason"] for e in events for c in e.get("choices", []) if c.get("finish_reason")}


def dump(obj: Any) -> str:
    """The JSON text without the refusal (whose 无法 has a 法 of its own)."""
    return json.dumps(obj, ensure_ascii=False).replace(REFUSAL, "")


def audit_action(gw: dict[str, Any], rid: str) -> str:
    store = gw["gw"].store
    for _ in range(100):
        rows = [r for r in store.iter_records() if r["request_id"] == rid and r["action"] != "stream_start"]
        if rows:
            return str(rows[-1]["action"])
        time.sleep(0.05)
    raise AssertionError("no audit record")


def completion(message: dict[str, Any] | None = None, **choice: Any) -> dict[str, Any]:
    c: dict[str, Any] = {"index": 0, "finish_reason": "stop", **choice}
    if message is not None:
        c["message"] = {"role": "assistant", **message}
    return {"id": "up", "object": "chat.completion", "created": 0, "model": "m", "choices": [c]}


# ------------------------------------------------------------------ plain answers
@pytest.mark.parametrize("message", [
    {"content": "好的。", "reasoning": f"想想{TERM}的事"},                         # vLLM's reasoning field
    {"content": None, "refusal": f"我不谈{TERM}"},
    {"content": [{"type": "text", "text": "资料见法轮"}, {"type": "text", "text": "功网站"}]},  # split across parts
    {"content": None, "tool_calls": [{"id": "c", "type": "function",
                                      "function": {"name": "send", "arguments": json.dumps({TERM: "x"})}}]},
    {"content": None, "tool_calls": [{"id": "c", "type": "function",
                                      "function": {"name": "法轮功_tool", "arguments": "{}"}}]},
    {"content": None, "tool_calls": [{"id": "c", "type": "function", "function": {
        "name": "send", "arguments": json.dumps({"a": "法轮", "b": "功"}, ensure_ascii=False)}}]},
    {"content": None, "function_call": {"name": "send", "arguments": json.dumps({"t": TERM}, ensure_ascii=False)}},
], ids=["reasoning", "refusal", "content-parts", "json-key", "function-name", "split-values", "function_call"])
def test_plain_channels_are_checked(gw: dict[str, Any], message: dict[str, Any]) -> None:
    data = post(gw, completion(message)).json()
    ch = data["choices"][0]
    assert ch["finish_reason"] == "content_filter" and ch["message"]["content"] == REFUSAL
    assert "法" not in dump(data) and "\\u6cd5" not in json.dumps(data).replace(json.dumps(REFUSAL)[1:-1], "")


def test_completions_text_is_checked(gw: dict[str, Any]) -> None:
    data = post(gw, {"id": "up", "object": "text_completion", "choices": [
        {"index": 0, "text": f"这是{TERM}的资料", "finish_reason": "stop", "logprobs": None}]}).json()
    ch = data["choices"][0]
    assert ch["finish_reason"] == "content_filter" and ch["text"] == REFUSAL
    assert "法" not in dump(data)


def _lp(*tokens: str) -> dict[str, Any]:
    return {"content": [{"token": t, "logprob": -0.1, "bytes": list(t.encode()), "top_logprobs": [
        {"token": t, "logprob": -0.1, "bytes": list(t.encode())}]} for t in tokens]}


def test_blocked_plain_answer_drops_its_logprobs(gw: dict[str, Any]) -> None:
    data = post(gw, completion({"content": f"这是{TERM}"}, logprobs=_lp("这是", "法轮", "功"))).json()
    ch = data["choices"][0]
    assert ch["finish_reason"] == "content_filter" and "logprobs" not in ch
    assert "法" not in dump(data)


def test_masked_plain_answer_keeps_only_logprobs_of_unchanged_tokens(gw: dict[str, Any]) -> None:
    data = post(gw, completion({"content": "请拨打13812345678"}, logprobs=_lp("请拨打", "13812345678"))).json()
    ch = data["choices"][0]
    assert "13812345678" not in ch["message"]["content"]
    assert [e["token"] for e in ch["logprobs"]["content"]] == ["请拨打"]
    assert "13812345678" not in dump(data)


def test_clean_plain_answer_keeps_its_logprobs(gw: dict[str, Any]) -> None:
    lp = _lp("今天", "天气", "很好")
    data = post(gw, completion({"content": "今天天气很好"}, logprobs=lp)).json()
    assert data["choices"][0]["logprobs"] == lp


def test_plain_n2_retracts_only_the_choice_with_the_hit(gw: dict[str, Any]) -> None:
    answer = completion({"content": "第一个回答。"})
    answer["choices"].append({"index": 1, "finish_reason": "stop",
                              "message": {"role": "assistant", "content": f"第二个：{TERM}"}})
    data = post(gw, answer, n=2).json()
    by = {c["index"]: c for c in data["choices"]}
    assert by[0]["finish_reason"] == "stop" and by[0]["message"]["content"].startswith("第一个回答。")
    assert by[1]["finish_reason"] == "content_filter" and "法" not in dump(data)


# ------------------------------------------------------------------ streamed answers
def test_stream_never_releases_the_start_of_a_hit_waiting_for_an_allowlist_term(gw: dict[str, Any]) -> None:
    rid, events = stream(gw, [ev({"content": "前文打倒共产党校"}), ev({"content": "园里的后文"}), ev({}, "stop")])
    assert "打" not in dump(events)
    assert finishes(events) == {0: "content_filter"}
    assert audit_action(gw, rid) == "output_block"


@pytest.mark.parametrize("field", ["reasoning", "reasoning_content", "refusal"])
def test_streamed_text_channels_are_checked(gw: dict[str, Any], field: str) -> None:
    events = [ev({field: p}) for p in pieces(f"先说点别的，再说{TERM}的事。", 2)] + [ev({}, "stop")]
    _, out = stream(gw, events)
    assert "法" not in dump(out) and finishes(out) == {0: "content_filter"}


def test_hit_at_the_end_of_reasoning_acts_when_the_answer_begins(gw: dict[str, Any]) -> None:
    events = [ev({"reasoning": "我想想" + TERM})] + [ev({"content": "答案第" + str(i) + "段。"}) for i in range(5)]
    _, out = stream(gw, [*events, ev({}, "stop")])
    assert finishes(out) == {0: "content_filter"} and "法" not in dump(out)
    assert released(out) == REFUSAL                 # not one answer chunk before the stop (was: the whole answer)


@pytest.mark.parametrize("cut", [1, 2])
def test_a_term_split_between_the_reasoning_and_the_answer_is_a_term(gw: dict[str, Any], cut: int) -> None:
    """The hundred-and-twenty-first probe: 法轮 at the end of the reasoning, 功 at the start of the answer, were both
    released; the user reads them one after the other."""
    events = [ev({"reasoning_content": "让我想一想" + TERM[:cut]}), ev({"content": TERM[cut:] + "的说法很多。"}),
              ev({}, "stop")]
    _, out = stream(gw, events)
    assert finishes(out) == {0: "content_filter"}
    shown = released(out, "reasoning_content") + released(out)
    assert TERM not in shown.replace(REFUSAL, "") and TERM[cut:] + "的说法" not in shown


def test_the_reasoning_read_before_the_answer_is_not_sent_twice(gw: dict[str, Any]) -> None:
    events = [ev({"reasoning_content": "先想一下天气"}), ev({"content": "今天晴，"}), ev({"content": "适合出门。"}), ev({}, "stop")]
    _, out = stream(gw, events)
    assert released(out, "reasoning_content") == "先想一下天气" and released(out).startswith("今天晴，适合出门。")


def test_a_plain_answer_split_from_its_reasoning_is_retracted(gw: dict[str, Any]) -> None:
    message = {"role": "assistant", "reasoning_content": "我先想想" + TERM[:2], "content": TERM[2:] + "的事不多说。"}
    r = post(gw, {"id": "x", "object": "chat.completion", "created": 0, "model": "m",
                  "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]})
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "content_filter" and "reasoning_content" not in choice["message"]


def _reasoning_then_call(thought: str, args: dict[str, str]) -> list[dict[str, Any]]:
    call = {"index": 0, "id": "c1", "type": "function", "function": {"name": "search", "arguments": ""}}
    text = json.dumps(args, ensure_ascii=False)
    return [ev({"reasoning_content": thought}), ev({"tool_calls": [call]}),
            *(ev({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}) for p in pieces(text, 4)),
            ev({}, "tool_calls")]


def test_a_term_split_between_the_reasoning_and_a_tool_call_is_a_term(gw: dict[str, Any]) -> None:
    """The hundred-and-thirty-third probe: 思考法轮 in the reasoning, {"q": "功"} in the call, both released."""
    _, out = stream(gw, _reasoning_then_call("我查一下" + TERM[:2], {"keyword": TERM[2:] + "相关新闻"}))
    assert finishes(out) == {0: "content_filter"}
    assert TERM[2:] + "相关" not in dump(out)


def test_a_reasoning_then_a_clean_tool_call_passes(gw: dict[str, Any]) -> None:
    _, out = stream(gw, _reasoning_then_call("我先查一下天气", {"city": "北京"}))
    calls = [c["delta"]["tool_calls"] for e in out for c in e.get("choices", []) if c["delta"].get("tool_calls")]
    assert finishes(out) == {0: "tool_calls"} and calls and "北京" in dump(out)


def test_a_plain_tool_call_after_reasoning_is_read_across_the_seam(gw: dict[str, Any]) -> None:
    message = {"role": "assistant", "reasoning_content": "用户想知道" + TERM[:1], "content": None,
               "tool_calls": [{"id": "c1", "type": "function",
                               "function": {"name": "search", "arguments": json.dumps({"q": TERM[1:] + "是什么"},
                                                                                      ensure_ascii=False)}}]}
    r = post(gw, {"id": "x", "object": "chat.completion", "created": 0, "model": "m",
                  "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}]})
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "content_filter" and "tool_calls" not in choice["message"]


def test_streamed_legacy_function_call_is_checked(gw: dict[str, Any]) -> None:
    args = json.dumps({"text": "这是" + TERM}, ensure_ascii=False)
    events = [ev({"function_call": {"name": "send", "arguments": ""}})]
    events += [ev({"function_call": {"arguments": p}}) for p in pieces(args, 3)] + [ev({}, "function_call")]
    _, out = stream(gw, events)
    assert "法" not in dump(out) and finishes(out) == {0: "content_filter"}


def test_streamed_legacy_function_call_passes_whole_when_clean(gw: dict[str, Any]) -> None:
    args = json.dumps({"city": "北京"}, ensure_ascii=False)
    events = [ev({"function_call": {"name": "weather", "arguments": ""}})]
    events += [ev({"function_call": {"arguments": p}}) for p in pieces(args, 3)] + [ev({}, "function_call")]
    _, out = stream(gw, events)
    calls = [c["delta"]["function_call"] for e in out for c in e.get("choices", []) if "function_call" in c["delta"]]
    assert calls == [{"name": "weather", "arguments": args}] and finishes(out) == {0: "function_call"}


def test_streamed_tool_call_with_a_term_in_a_key_is_checked(gw: dict[str, Any]) -> None:
    args = json.dumps({TERM: "1"}, ensure_ascii=False)
    events = [ev({"tool_calls": [{"index": 0, "id": "c", "type": "function", "function": {"name": "f", "arguments": ""}}]})]
    events += [ev({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}) for p in pieces(args, 2)]
    _, out = stream(gw, [*events, ev({}, "tool_calls")])
    assert "法" not in dump(out) and finishes(out) == {0: "content_filter"}


def test_n2_stream_reports_the_hit_on_its_choice_and_finishes_both(gw: dict[str, Any]) -> None:
    events = []
    for a, b in zip(pieces("第一个回答很正常，没有问题。", 3), pieces(f"第二个回答提到{TERM}了吗。", 3)):
        events += [ev({"content": a}, index=0), ev({"content": b}, index=1)]
    events += [ev({}, "stop", index=0), ev({}, "stop", index=1)]
    rid, out = stream(gw, events, n=2)
    assert finishes(out) == {0: "stop", 1: "content_filter"}
    assert released(out, index=0).startswith("第一个回答很正常，没有问题。")
    assert released(out, index=1).endswith(REFUSAL) and "法" not in dump(out)
    assert out[-1] == {"done": True}
    assert audit_action(gw, rid) == "output_block"


def test_stream_without_a_finish_chunk_is_incomplete_not_stopped(gw: dict[str, Any]) -> None:
    rid, out = stream(gw, [ev({"content": p}) for p in pieces("这是一个没有结束块的回答", 4)], done=False)
    assert "stop" not in finishes(out).values()
    assert released(out).startswith("这是一个没有结束块的回答")      # the held tail is checked and released
    assert out[-1].get("error", {}).get("code") == "stream_incomplete" and {"done": True} not in out
    assert audit_action(gw, rid) == "stream_incomplete"


@pytest.mark.parametrize("broken", ['data: {"choices":[{"index":0,"delta":{"content":"功\n\n',
                                    'data: {"choices":[{"index":0,"delta":{"content":"功"}}\n\n'])
def test_a_garbled_event_ends_the_stream_without_releasing_what_was_held_for_it(gw: dict[str, Any], broken: str) -> None:
    """The 101st probe: the event carrying the rest of a term was cut off; skipping it let the normal finish release
    the held start of the term (法轮) as if the answer were whole."""
    rid, out = stream(gw, [ev({"content": "前文说到法轮"}), {"_raw": broken}, ev({}, "stop")])
    assert released(out).startswith("前文说到") and "法" not in released(out)
    assert out[-1].get("error", {}).get("code") == "upstream_bad" and {"done": True} not in out
    assert audit_action(gw, rid) == "stream_incomplete"


def test_a_keep_alive_object_without_choices_is_not_garbled(gw: dict[str, Any]) -> None:
    _, out = stream(gw, [ev({"content": "一切正常，"}), {"_raw": "data: {}\n\n"}, ev({"content": "继续回答。"}), ev({}, "stop")])
    assert released(out).startswith("一切正常，继续回答。") and finishes(out) == {0: "stop"}


def test_streamed_logprobs_follow_the_released_text(gw: dict[str, Any]) -> None:
    events = [ev({"content": "今天"}, logprobs=_lp("今天")), ev({"content": "天气法"}, logprobs=_lp("天气", "法")),
              ev({"content": "轮功"}, logprobs=_lp("轮", "功")), ev({}, "stop")]
    _, out = stream(gw, events)
    tokens = [e["token"] for ev_ in out for c in ev_.get("choices", []) for e in (c.get("logprobs") or {}).get(
        "content") or []]
    assert tokens == ["今天", "天气"]                # the held "法" and the blocked term lose theirs
    assert "法" not in dump(out)


def test_streamed_clean_logprobs_pass(gw: dict[str, Any]) -> None:
    events = [ev({"content": "今天"}, logprobs=_lp("今天")), ev({"content": "很好"}, logprobs=_lp("很", "好")),
              ev({}, "stop")]
    _, out = stream(gw, events)
    tokens = [e["token"] for ev_ in out for c in ev_.get("choices", []) for e in (c.get("logprobs") or {}).get(
        "content") or []]
    assert tokens == ["今天", "很", "好"]


@pytest.mark.parametrize(("mode", "reply"), [("suspended", "服务已被运营方临时暂停，请稍后再试。"),
                                             ("canned", "服务正在维护，目前仅提供预设回答。")])
def test_emergency_switch_ends_a_running_stream(gw: dict[str, Any], mode: str, reply: str) -> None:
    events: list[dict[str, Any]] = []
    for p in pieces("这是一个很长的回答，" * 20, 5):
        events += [ev({"content": p}), {"_sleep": 0.1}]
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "你好"}],
            "script": {"events": [*events, ev({}, "stop")]}}
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    out: list[dict[str, Any]] = []
    try:
        with httpx.stream("POST", gw["url"] + "/v1/chat/completions", json=body, headers=H, timeout=30) as r:
            rid = r.headers["x-request-id"]
            for line in r.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    out.append(json.loads(line[6:]))
                    if len(out) == 1:  # the answer is streaming: the operator switches now
                        httpx.post(gw["url"] + "/admin/mode", json={"mode": mode}, headers=admin, timeout=10)
    finally:
        httpx.post(gw["url"] + "/admin/mode", json={"mode": "normal"}, headers=admin, timeout=10)
    assert finishes(out) == {0: "content_filter"} and released(out).endswith(reply)
    assert len(released(out)) < len("这是一个很长的回答，" * 20)  # cut short, not streamed to the end
    assert audit_action(gw, rid) == "output_" + mode


def test_docs_state_the_invariant() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "gateway.md").read_text(encoding="utf-8")
    assert "已确认命中的任何一个字符及其后的内容都不会被发出" in doc


# ------------------------------------------------------------------ line breaks and combining marks inside a term
EVASIONS = ["法\n轮\n功", "法\r\n轮\r\n功", "法\u2028轮\u2029功", "法\x85轮\v功", "法\u0301轮\u20dd功"]


@pytest.mark.parametrize("term", EVASIONS, ids=["lf", "crlf", "u2028", "nel-vt", "combining"])
def test_plain_answer_with_a_broken_up_term_is_refused(gw: dict[str, Any], term: str) -> None:
    data = post(gw, completion({"content": f"竖着写：{term}。"})).json()
    assert data["choices"][0]["finish_reason"] == "content_filter" and "轮" not in dump(data)


@pytest.mark.parametrize("term", EVASIONS, ids=["lf", "crlf", "u2028", "nel-vt", "combining"])
@pytest.mark.parametrize("size", [1, 2])
def test_streamed_answer_with_a_broken_up_term_is_refused(gw: dict[str, Any], term: str, size: int) -> None:
    _, out = stream(gw, [ev({"content": p}) for p in pieces(f"竖着写：{term}。后文", size)] + [ev({}, "stop")])
    assert finishes(out) == {0: "content_filter"} and "轮" not in dump(out)


def test_streamed_list_content_is_checked_across_parts(gw: dict[str, Any]) -> None:
    events = [ev({"content": [{"type": "text", "text": "资料见法"}, {"type": "text", "text": "轮"}]}),
              ev({"content": [{"type": "text", "text": "功网站"}]}), ev({}, "stop")]
    _, out = stream(gw, events)
    assert finishes(out) == {0: "content_filter"} and "轮" not in dump(out)
