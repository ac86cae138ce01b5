"""The one OpenAI-compatible stub upstream of the tests and the benchmark (Starlette, served by uvicorn).

``/v1/…`` is the gateway's upstream, controlled by extra request fields (which the gateway
forwards untouched): ``stub_answer`` (the answer; default echoes the last user message after
``ECHO:`` or a fixed sentence), ``stub_reasoning``, ``stub_tool_calls`` (a list of ``{"name",
"arguments"}`` the model "calls"), ``stub_chunk`` (characters per SSE chunk), ``stub_delay``
(seconds before answering), ``stub_chunk_delay``, ``stub_status`` (HTTP status) and ``stub_error`` (its body).

``/<mode>/v1/chat/completions`` is a model under test for ``beian assess`` and the classifiers:
``ok`` answers from :func:`answer_for`, ``flaky`` sends 429, 500 and malformed JSON before the real
answer, ``slow`` sleeps :data:`SLOW_S`, ``e500`` always fails, ``html`` sends a login page,
``guard`` answers like Qwen3Guard, ``stance`` like a chat model asked for a refusal stance (:func:`stance_for`),
``block`` stops the questions :func:`answer_for` refuses the way a provider's content-safety system does
(``app.state.block``: status and body, a DashScope block by default), ``filtered`` stops them with HTTP 200,
``finish_reason: content_filter`` and no content. ``app.state`` records request bodies (``seen``), calls per
(mode, question) (``calls``) and Authorization headers (``auth``).

Run as a script it serves on a free port and prints the port.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

DEFAULT_ANSWER = "北京是中华人民共和国的首都。"
REFUSAL = "抱歉，我无法提供这方面的帮助。"
SLOW_S = 0.3
SEEN_MAX = 10_000
MODES = ("ok", "flaky", "slow", "e500", "html", "guard", "stance", "block", "filtered")
# how 阿里云百炼 answers a blocked request through its OpenAI-compatible API (HTTP 400)
DASHSCOPE_BLOCK = (400, {"error": {"code": "data_inspection_failed", "param": None, "type": "data_inspection_failed",
                                   "message": "Input data may contain inappropriate content."}})


def answer_for(question: str) -> str:
    """Refuse questions about bombs/hacking; answer anything else (sometimes with a bad word)."""
    if any(w in question for w in ("炸药", "入侵", "毒品")):
        return REFUSAL
    if "坏词" in question:
        return "这里出现了违禁测试词一次。"
    return f"好的，关于“{question[:10]}”，以下是简要说明：首先……"


def stance_for(content: str) -> str:
    """A stance judge's one-line JSON for the answer in ``content`` (after 【回答】): a refusal when it says
    不能, refuse-then-comply when it then turns with 不过, unsure (0.5) when it says 也许, else an answer."""
    answer = content.split("【回答】", 1)[-1]
    stance = ("refuse_then_comply" if "不过" in answer else "refusal") if "不能" in answer else "answer"
    return json.dumps({"stance": stance, "confidence": 0.5 if "也许" in answer else 0.9})


def _last_user(body: dict[str, Any]) -> str:
    msgs = body.get("messages") or [{}]
    return str(msgs[-1].get("content", "")) if isinstance(msgs[-1], dict) else ""


def _answer(body: dict[str, Any]) -> str:
    if isinstance(body.get("stub_answer"), str):
        return str(body["stub_answer"])
    last = _last_user(body)
    return last[5:] if last.startswith("ECHO:") else DEFAULT_ANSWER


def _remember(request: Request, body: dict[str, Any]) -> None:
    seen = request.app.state.seen
    seen.append(body)
    if len(seen) > SEEN_MAX:  # long benchmark runs: keep memory flat
        del seen[: SEEN_MAX // 2]


async def _chat(request: Request) -> Response:
    body = await request.json()
    _remember(request, body)
    if body.get("stub_delay"):
        await asyncio.sleep(float(body["stub_delay"]))
    status = int(body.get("stub_status") or 200)
    if status != 200:
        return JSONResponse(body.get("stub_error") or {"error": {"message": "stub failure"}}, status_code=status)
    return _reply(body, _answer(body), body.get("stub_reasoning"), body.get("stub_tool_calls") or [])


def _reply(body: dict[str, Any], answer: str, reasoning: str | None, tools: list[dict[str, Any]],
           finish: str | None = None) -> Response:
    model, finish = body.get("model", "stub"), finish or ("tool_calls" if tools else "stop")
    if not body.get("stream"):
        msg: dict[str, Any] = {"role": "assistant", "content": None if tools else answer}
        if reasoning:
            msg["reasoning_content"] = reasoning
        if tools:
            msg["tool_calls"] = [{"id": f"call_{i}", "type": "function", "function": t} for i, t in enumerate(tools)]
        return JSONResponse({"id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()),
                             "model": model, "choices": [{"index": 0, "message": msg, "finish_reason": finish}],
                             "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
    return StreamingResponse(_events(body, answer, reasoning, tools, model, finish), media_type="text/event-stream")


async def _events(body: dict[str, Any], answer: str, reasoning: str | None, tools: list[dict[str, Any]],
                  model: str, finish: str) -> AsyncIterator[bytes]:
    size = max(1, int(body.get("stub_chunk") or 4))

    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        obj = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": 0, "model": model,
               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return b"data: " + json.dumps(obj, ensure_ascii=False).encode() + b"\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for i in range(0, len(reasoning or ""), size):
        yield chunk({"reasoning_content": (reasoning or "")[i:i + size]})
    for i in range(0, len(answer) if not tools else 0, size):
        yield chunk({"content": answer[i:i + size]})
        if body.get("stub_chunk_delay"):
            await asyncio.sleep(float(body["stub_chunk_delay"]))
    for k, t in enumerate(tools):
        yield chunk({"tool_calls": [{"index": k, "id": f"call_{k}", "type": "function",
                                     "function": {"name": t["name"], "arguments": ""}}]})
        for i in range(0, len(t["arguments"]), size):
            yield chunk({"tool_calls": [{"index": k, "function": {"arguments": t["arguments"][i:i + size]}}]})
    yield chunk({}, finish)
    yield b"data: [DONE]\n\n"


async def _mode_chat(request: Request) -> Response:
    """A model under test: the first path segment picks the behaviour."""
    mode = request.path_params["mode"]
    raw = await request.body()
    body = json.loads(raw or b"{}")
    question = _last_user(body)
    state = request.app.state
    state.calls[(mode, question)] += 1
    attempt = state.calls[(mode, question)]
    state.auth.append(request.headers.get("authorization"))
    if mode == "e500":
        return Response(b'{"error": "boom"}', 500, media_type="application/json")
    if mode == "html":
        return Response("<html><body>登录</body></html>", 200, media_type="text/html; charset=utf-8")
    if mode == "flaky" and attempt <= 3:
        status, text = {1: (429, b'{"error": "rate"}'), 2: (500, b"oops"), 3: (200, b"{not json")}[attempt]
        return Response(text, status, media_type="application/json")
    if mode == "slow":
        await asyncio.sleep(SLOW_S)
    if mode == "stance":
        return _reply(body, stance_for(question), None, [])
    if mode == "empty":  # 200 with nothing said (content null or a stream read as plain JSON look like this)
        return _reply(body, "", None, [])
    if mode in ("block", "filtered") and answer_for(question) == REFUSAL:
        if mode == "filtered":
            return _reply(body, "", None, [], finish="content_filter")
        status, payload = state.block
        return JSONResponse(payload, status_code=status)
    if mode == "guard":
        unsafe = any("违禁" in str(m.get("content", "")) for m in body.get("messages", []))
        text = "Safety: Unsafe\nCategories: Violent" if unsafe else "Safety: Safe\nCategories: None"
    else:
        text = answer_for(question)
    return _reply(body, text, None, [])


async def _embeddings(request: Request) -> Response:
    body = await request.json()
    _remember(request, body)
    inputs = body.get("input")
    items = inputs if isinstance(inputs, list) else [inputs]
    data = [{"object": "embedding", "index": i, "embedding": [float(len(str(t))), 0.5, -0.5]}
            for i, t in enumerate(items)]
    return JSONResponse({"object": "list", "data": data, "model": body.get("model", "stub"),
                         "usage": {"prompt_tokens": len(items), "total_tokens": len(items)}})


async def _models(request: Request) -> Response:
    del request
    return JSONResponse({"object": "list", "data": [{"id": "stub-model", "object": "model", "owned_by": "stub"}]})


def create_stub() -> Starlette:
    """The stub app; ``app.state.seen`` lists the (last 5,000–10,000) request bodies it received."""
    app = Starlette(routes=[Route("/v1/chat/completions", _chat, methods=["POST"]),
                            Route("/v1/embeddings", _embeddings, methods=["POST"]),
                            Route("/v1/models", _models, methods=["GET"]),
                            Route("/{mode}/v1/chat/completions", _mode_chat, methods=["POST"])])
    app.state.seen = []
    app.state.calls = Counter()
    app.state.auth = []
    app.state.block = DASHSCOPE_BLOCK
    return app


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class StubServer:
    """The stub on a free loopback port in a background thread; ``url(mode)`` is a base URL."""

    def __init__(self) -> None:
        self.app = create_stub()
        self.server = self.app.state  # .calls, .auth, .seen
        self.port = free_port()
        self._uvicorn = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port,
                                                      log_level="error", lifespan="off"))
        self.thread = threading.Thread(target=self._uvicorn.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self._uvicorn.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("stub upstream did not start")
            time.sleep(0.02)

    def url(self, mode: str = "ok") -> str:
        """Base URL (ending in ``/v1``) for ``mode``; ``""`` is the gateway's upstream."""
        return f"http://127.0.0.1:{self.port}/{mode}/v1" if mode else f"http://127.0.0.1:{self.port}/v1"

    def close(self) -> None:
        """Stop serving."""
        self._uvicorn.should_exit = True
        self.thread.join(timeout=10)


if __name__ == "__main__":  # for subprocess tests: print the port, serve until killed
    import sys

    stub = StubServer()
    sys.stdout.write(f"{stub.port}\n")
    sys.stdout.flush()
    stub.thread.join()
