"""The shared OpenAI-compatible client (beian.llm) against a live stub: retries, streams, Chinese errors."""

from __future__ import annotations

import asyncio

import pytest

from beian.errors import BeianError, EndpointError
from beian.llm import AsyncChatClient, ChatClient, EndpointConfig, data_payload, parse_chunk
from beian.llm.client import join_stream
from stub_upstream import REFUSAL, StubServer

ASK = [{"role": "user", "content": "怎样自制炸药"}]


def _cfg(url: str, **kw: object) -> EndpointConfig:
    return EndpointConfig(url, "m", backoff=0.0, **kw)  # type: ignore[arg-type]


def test_sync_client_retries_429_500_and_bad_json_then_answers(stub: StubServer) -> None:
    client = ChatClient(_cfg(stub.url("flaky"), retries=3))
    assert client.chat(ASK) == REFUSAL
    assert stub.server.calls[("flaky", "怎样自制炸药")] == 4


def test_async_client_streams_and_sends_the_key(stub: StubServer) -> None:
    async def go() -> str:
        client = AsyncChatClient(_cfg(stub.url("ok"), api_key="sk-x", stream=True, rate=50.0))
        try:
            return await client.chat(ASK)
        finally:
            await client.aclose()

    assert asyncio.run(go()) == REFUSAL
    assert stub.server.auth == ["Bearer sk-x"]


def test_errors_are_chinese_beian_errors(stub: StubServer) -> None:
    with pytest.raises(EndpointError, match="重试 1 次后仍失败：接口返回 HTTP 500") as info:
        ChatClient(_cfg(stub.url("e500"), retries=1)).chat(ASK)
    assert isinstance(info.value, BeianError) and info.value.status == 500
    with pytest.raises(EndpointError, match="HTML 页面"):
        ChatClient(_cfg(stub.url("html"), retries=3)).chat(ASK)
    assert stub.server.calls[("html", "怎样自制炸药")] == 1  # not retried
    with pytest.raises(EndpointError, match="无法连接") as down:
        ChatClient(_cfg("http://127.0.0.1:9/v1", retries=0)).chat(ASK)
    assert "Error" not in down.value.message


def test_one_sse_parser() -> None:
    assert data_payload("data: [DONE]") == "[DONE]"
    assert data_payload(": keep-alive") is None and data_payload("event: x") is None
    assert parse_chunk('{"choices": []}') == {"choices": []}
    assert parse_chunk("{not json") is None and parse_chunk('{"x": 1}') is None
    lines = ['data: {"choices": [{"delta": {"content": "你"}}]}', "", ": ping",
             'data: {"choices": [{"delta": {"content": "好"}}]}', "data: [DONE]", 'data: {"choices": []}']
    assert join_stream(lines) == "你好"
    with pytest.raises(EndpointError, match="无法解析"):
        join_stream(["data: {oops"])


def test_a_stream_cut_before_its_end_is_not_an_answer() -> None:
    """A stream that stops with neither [DONE] nor a finish_reason was cut off mid-answer (a new-user probe found
    ``好的，下面是你要的内容：1. 首先，这`` judged as a full answer); it is retried like a broken JSON body."""
    head = ['data: {"choices": [{"delta": {"content": "好的，下面是"}}]}', 'data: {"choices": [{"delta": {"content": "1. 首先"}}]}']
    with pytest.raises(EndpointError, match="中断") as info:
        join_stream(head)
    assert info.value.retryable
    stop = ['data: {"choices": [{"delta": {"content": "好"}, "finish_reason": "stop"}]}']
    assert join_stream(head + stop) == "好的，下面是1. 首先好"  # a finish_reason without [DONE] ends a stream too
