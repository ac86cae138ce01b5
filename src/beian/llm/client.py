"""OpenAI-compatible ``/chat/completions`` clients over httpx: one request builder, one response reader.

Retries use tenacity (429 and 5xx, timeouts, broken connections, malformed JSON; exponential backoff
with jitter), the async client's rate limit uses aiolimiter. Every failure becomes an
:class:`~beian.errors.EndpointError` with a Chinese message and no exception class names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx
from aiolimiter import AsyncLimiter
from tenacity import (
    AsyncRetrying,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

from beian.errors import ContentBlocked, EndpointError, RuntimeFailure
from beian.llm.blocks import block_of, filtered_finish
from beian.llm.sse import DONE, data_payload, delta_text, parse_chunk

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
Messages = list[dict[str, str]]


@dataclass
class EndpointConfig:
    """How to reach an OpenAI-compatible endpoint (``base_url`` ends with ``/v1``)."""

    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 60.0
    retries: int = 4
    backoff: float = 0.5
    rate: float | None = None  # requests per second (async client)
    stream: bool = False
    concurrency: int = 8
    temperature: float | None = None

    def headers(self) -> dict[str, str]:
        """The authorization header, when a key is set."""
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def body(self, messages: Messages, stream: bool) -> dict[str, Any]:
        """The request body."""
        body: dict[str, Any] = {"model": self.model, "messages": messages, "stream": stream}
        if self.temperature is not None:
            body["temperature"] = self.temperature
        return body


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, EndpointError) and exc.retryable


def _retry_kwargs(cfg: EndpointConfig) -> dict[str, Any]:
    return {"stop": stop_after_attempt(cfg.retries + 1), "retry": retry_if_exception(_retryable),
            "wait": wait_exponential(multiplier=cfg.backoff) + wait_random(0, cfg.backoff), "reraise": True}


def _spent(cfg: EndpointConfig, exc: EndpointError) -> EndpointError:
    """The final error: say how many retries were spent when the failure was a retryable one."""
    if not exc.retryable or cfg.retries == 0:
        return exc
    return type(exc)(f"重试 {cfg.retries} 次后仍失败：{exc.message}", exc.hint, status=exc.status)


def transport_error(cfg: EndpointConfig, exc: httpx.HTTPError) -> EndpointError:
    """A Chinese message for an httpx failure (timeouts and connection problems are retryable)."""
    if isinstance(exc, httpx.TimeoutException):
        return EndpointError(f"请求超时（{cfg.timeout:g} 秒）", retryable=True)
    if isinstance(exc, httpx.ConnectError):
        return EndpointError(f"无法连接 {cfg.base_url}", "确认地址、端口与网络", retryable=True)
    if isinstance(exc, httpx.TransportError):
        return EndpointError(f"与 {cfg.base_url} 的连接中断", retryable=True)
    return EndpointError(f"请求 {cfg.base_url} 失败")


def check_status(r: httpx.Response) -> None:
    """Raise for an error status: 429/5xx are retryable, a provider's content-safety block is
    :class:`~beian.errors.ContentBlocked` (never retried), 401/403 name the key."""
    code = r.status_code
    if code >= 400 and (block := block_of(code, r.text)) is not None:
        raise ContentBlocked(block)
    if code in RETRY_STATUS:
        raise EndpointError(f"接口返回 HTTP {code}", retryable=True, status=code)
    if code in (401, 403):
        raise EndpointError(f"接口拒绝访问（HTTP {code}），请检查 API 密钥", status=code)
    if code >= 400:
        raise EndpointError(f"接口返回 HTTP {code}", status=code)


def json_reply(text: str, who: str) -> dict[str, Any]:
    """The JSON object in a judging model's reply (prose or code fences around it are ignored); ``who``
    names the model in the Chinese error ("拒答研判大模型没有返回 JSON 结果")."""
    m = re.search(r"\{.*\}", text, re.S)
    if not m:
        raise RuntimeFailure(f"{who}没有返回 JSON 结果")
    try:
        obj = json.loads(m.group(0))
    except json.JSONDecodeError:
        raise RuntimeFailure(f"{who}返回的 JSON 无法解析") from None
    if not isinstance(obj, dict):
        raise RuntimeFailure(f"{who}返回的 JSON 无法解析")
    return obj


def read_content(r: httpx.Response) -> str:
    """The first choice's message content of a non-streamed answer."""
    kind = r.headers.get("content-type", "")
    if "html" in kind:
        raise EndpointError("接口返回的是 HTML 页面而不是 JSON，接口地址可能填错了（应以 /v1 结尾）")
    if "event-stream" in kind or r.content[:64].lstrip().startswith(b"data:"):
        raise EndpointError("接口返回的是流式数据（text/event-stream），没有按普通 JSON 回答；请加 --stream 后重试")
    try:
        body = r.json()
    except ValueError:
        raise EndpointError("接口返回的 JSON 格式不正确", retryable=True) from None
    if isinstance(body, dict) and body.get("choices") == []:
        raise EndpointError("接口返回的 choices 为空（没有任何回答）", retryable=True)
    try:
        choice = body["choices"][0]
        content = str(choice["message"]["content"] or "")
    except (KeyError, IndexError, TypeError, ValueError):
        raise EndpointError("接口返回的 JSON 格式不正确", retryable=True) from None
    if (block := filtered_finish(content, choice.get("finish_reason"))) is not None:
        raise ContentBlocked(block)
    return content


def join_stream(lines: Iterable[str]) -> str:
    """Concatenate the ``delta.content`` of streamed chunks up to ``[DONE]`` (a stream that ends with
    ``finish_reason: content_filter`` and no content is :class:`~beian.errors.ContentBlocked`; one that stops with
    neither ``[DONE]`` nor a ``finish_reason`` was cut off: a retryable :class:`EndpointError`)."""
    parts: list[str] = []
    finish: object = None
    done = False
    for line in lines:
        payload = data_payload(line)
        if payload is None:
            continue
        if payload == DONE:
            done = True
            break
        chunk = parse_chunk(payload)
        if chunk is None:
            raise EndpointError("流式响应中有无法解析的数据块")
        parts.append(delta_text(chunk))
        finish = _finish_reason(chunk) or finish
    if not done and finish is None:  # the connection closed mid-answer: a cut answer is not the model's answer
        raise EndpointError("流式响应在结束标记（[DONE] 或 finish_reason）之前中断，回答不完整", retryable=True)
    text = "".join(parts)
    if (block := filtered_finish(text, finish)) is not None:
        raise ContentBlocked(block)
    return text


def _finish_reason(chunk: dict[str, Any]) -> object:
    choices = chunk.get("choices")
    return choices[0].get("finish_reason") if isinstance(choices, list) and choices and isinstance(
        choices[0], dict) else None


def _limits(cfg: EndpointConfig) -> httpx.Limits:
    n = max(1, cfg.concurrency)
    return httpx.Limits(max_connections=n, max_keepalive_connections=n)


class ChatClient:
    """Synchronous client (classifiers, judges)."""

    def __init__(self, cfg: EndpointConfig) -> None:
        self.cfg = cfg
        self.client = httpx.Client(base_url=cfg.base_url.rstrip("/"), headers=cfg.headers(),
                                   timeout=httpx.Timeout(cfg.timeout), limits=_limits(cfg))

    def close(self) -> None:
        """Close the HTTP client."""
        self.client.close()

    def chat(self, messages: Messages) -> str:
        """The model's reply; raises :class:`EndpointError` once the retries are spent."""
        try:
            for attempt in Retrying(**_retry_kwargs(self.cfg)):
                with attempt:
                    return self._once(messages)
        except EndpointError as exc:
            raise _spent(self.cfg, exc) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, messages: Messages) -> str:
        body = self.cfg.body(messages, self.cfg.stream)
        try:
            if not self.cfg.stream:
                r = self.client.post("/chat/completions", json=body)
                check_status(r)
                return read_content(r)
            with self.client.stream("POST", "/chat/completions", json=body) as r:
                if r.status_code >= 400:
                    r.read()
                    check_status(r)
                return join_stream(r.iter_lines())
        except httpx.HTTPError as exc:
            raise transport_error(self.cfg, exc) from None


class AsyncChatClient:
    """Asynchronous client with a concurrency-sized pool and an optional requests-per-second limit."""

    def __init__(self, cfg: EndpointConfig) -> None:
        self.cfg = cfg
        self.limiter = AsyncLimiter(1, 1.0 / cfg.rate) if cfg.rate else None
        self.client = httpx.AsyncClient(base_url=cfg.base_url.rstrip("/"), headers=cfg.headers(),
                                        timeout=httpx.Timeout(cfg.timeout), limits=_limits(cfg))

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.client.aclose()

    async def chat(self, messages: Messages) -> str:
        """The model's reply; raises :class:`EndpointError` once the retries are spent."""
        try:
            async for attempt in AsyncRetrying(**_retry_kwargs(self.cfg)):
                with attempt:
                    if self.limiter is not None:
                        await self.limiter.acquire()
                    return await self._once(messages)
        except EndpointError as exc:
            raise _spent(self.cfg, exc) from None
        raise AssertionError("unreachable")  # pragma: no cover

    async def _once(self, messages: Messages) -> str:
        body = self.cfg.body(messages, self.cfg.stream)
        try:
            if not self.cfg.stream:
                r = await self.client.post("/chat/completions", json=body)
                check_status(r)
                return read_content(r)
            async with self.client.stream("POST", "/chat/completions", json=body) as r:
                if r.status_code >= 400:
                    await r.aread()
                    check_status(r)
                return join_stream([line async for line in r.aiter_lines()])
        except httpx.HTTPError as exc:
            raise transport_error(self.cfg, exc) from None

