"""A tiny OpenAI-compatible stub upstream for tests and the benchmark.

Controlled by extra request fields (which the gateway forwards untouched):
``stub_answer`` (the answer; default echoes the last user message after ``ECHO:``
or a fixed sentence), ``stub_reasoning``, ``stub_tool_calls`` (a list of
``{"name", "arguments"}`` the model "calls"), ``stub_chunk`` (characters per SSE
chunk), ``stub_delay`` (seconds before answering), ``stub_status`` (HTTP status).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

DEFAULT_ANSWER = "北京是中华人民共和国的首都。"
SEEN_MAX = 10_000


def _answer(body: dict[str, Any]) -> str:
    if isinstance(body.get("stub_answer"), str):
        return str(body["stub_answer"])
    msgs = body.get("messages") or [{}]
    last = str(msgs[-1].get("content", ""))
    return last[5:] if last.startswith("ECHO:") else DEFAULT_ANSWER


async def _chat(request: Request) -> Response:
    body = await request.json()
    seen = request.app.state.seen
    seen.append(body)
    if len(seen) > SEEN_MAX:  # long benchmark runs: keep memory flat
        del seen[: SEEN_MAX // 2]
    if body.get("stub_delay"):
        await asyncio.sleep(float(body["stub_delay"]))
    status = int(body.get("stub_status") or 200)
    if status != 200:
        return JSONResponse({"error": {"message": "stub failure"}}, status_code=status)
    answer, reasoning, tools = _answer(body), body.get("stub_reasoning"), body.get("stub_tool_calls") or []
    model, finish = body.get("model", "stub"), "tool_calls" if tools else "stop"
    if not body.get("stream"):
        msg: dict[str, Any] = {"role": "assistant", "content": None if tools else answer}
        if reasoning:
            msg["reasoning_content"] = reasoning
        if tools:
            msg["tool_calls"] = [{"id": f"call_{i}", "type": "function", "function": t} for i, t in enumerate(tools)]
        return JSONResponse({"id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()),
                             "model": model, "choices": [{"index": 0, "message": msg, "finish_reason": finish}],
                             "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
    size = max(1, int(body.get("stub_chunk") or 4))

    async def gen() -> AsyncIterator[bytes]:
        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            obj = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": 0, "model": model,
                   "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            return b"data: " + json.dumps(obj, ensure_ascii=False).encode() + b"\n\n"

        yield chunk({"role": "assistant", "content": ""})
        for i in range(0, len(reasoning or ""), size):
            yield chunk({"reasoning_content": reasoning[i:i + size]})
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

    return StreamingResponse(gen(), media_type="text/event-stream")


async def _embeddings(request: Request) -> Response:
    body = await request.json()
    request.app.state.seen.append(body)
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
                            Route("/v1/models", _models, methods=["GET"])])
    app.state.seen = []
    return app
