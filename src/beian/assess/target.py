"""Targets: an OpenAI-compatible chat endpoint (async, retries, rate limit) or a file of answers."""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from beian.errors import InputError

RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class TargetConfig:
    """How to reach the model under test."""

    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 60.0
    retries: int = 4
    backoff: float = 0.5
    rate: float | None = None  # requests per second
    stream: bool = False
    concurrency: int = 8
    temperature: float | None = None


class AnswerError(Exception):
    """An item could not be answered (after retries); ``message`` is Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _RateLimiter:
    def __init__(self, rate: float | None) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self.next = 0.0
        self.lock = asyncio.Lock()

    async def wait(self) -> None:
        if not self.interval:
            return
        async with self.lock:
            now = time.monotonic()
            delay = self.next - now
            self.next = max(now, self.next) + self.interval
        if delay > 0:
            await asyncio.sleep(delay)


class ChatTarget:
    """Asynchronous OpenAI-compatible ``/chat/completions`` client."""

    def __init__(self, cfg: TargetConfig) -> None:
        headers = {"Authorization": f"Bearer {cfg.api_key}"} if cfg.api_key else {}
        self.cfg = cfg
        self.limiter = _RateLimiter(cfg.rate)
        self.client = httpx.AsyncClient(base_url=cfg.base_url.rstrip("/"), headers=headers,
                                        timeout=httpx.Timeout(cfg.timeout),
                                        limits=httpx.Limits(max_connections=max(1, cfg.concurrency),
                                                            max_keepalive_connections=max(1, cfg.concurrency)))

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.client.aclose()

    async def answer(self, messages: list[dict[str, str]]) -> str:
        """The model's reply; raises :class:`AnswerError` after the retries are spent."""
        last = ""
        for attempt in range(self.cfg.retries + 1):
            await self.limiter.wait()
            try:
                return await self._once(messages)
            except _Retry as exc:
                last = exc.message
            except httpx.TimeoutException:
                last = f"请求超时（{self.cfg.timeout:g} 秒）"
            except httpx.TransportError as exc:
                last = f"无法连接 {self.cfg.base_url}（{type(exc).__name__}）"
            if attempt < self.cfg.retries:
                await asyncio.sleep(self.cfg.backoff * (2 ** attempt) * (0.5 + random.random()))
        raise AnswerError(f"重试 {self.cfg.retries} 次后仍失败：{last}")

    async def _once(self, messages: list[dict[str, str]]) -> str:
        body: dict[str, object] = {"model": self.cfg.model, "messages": messages, "stream": self.cfg.stream}
        if self.cfg.temperature is not None:
            body["temperature"] = self.cfg.temperature
        if self.cfg.stream:
            return await self._stream(body)
        r = await self.client.post("/chat/completions", json=body)
        _check_status(r)
        return _content(r)

    async def _stream(self, body: dict[str, object]) -> str:
        parts: list[str] = []
        async with self.client.stream("POST", "/chat/completions", json=body) as r:
            if r.status_code >= 400:
                await r.aread()
                _check_status(r)
            async for line in r.aiter_lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                try:
                    delta = json.loads(data)["choices"][0].get("delta", {})
                except (json.JSONDecodeError, KeyError, IndexError, TypeError):
                    raise AnswerError("流式响应中有无法解析的数据块") from None
                parts.append(str(delta.get("content") or ""))
        return "".join(parts)


class _Retry(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _check_status(r: httpx.Response) -> None:
    if r.status_code in RETRY_STATUS:
        raise _Retry(f"接口返回 HTTP {r.status_code}")
    if r.status_code == 401 or r.status_code == 403:
        raise AnswerError(f"接口拒绝访问（HTTP {r.status_code}），请检查 API 密钥")
    if r.status_code >= 400:
        raise AnswerError(f"接口返回 HTTP {r.status_code}")


def _content(r: httpx.Response) -> str:
    ctype = r.headers.get("content-type", "")
    if "html" in ctype:
        raise AnswerError("接口返回的是 HTML 页面而不是 JSON，--base-url 可能填错了（应以 /v1 结尾）")
    try:
        return str(r.json()["choices"][0]["message"]["content"] or "")
    except (json.JSONDecodeError, KeyError, IndexError, TypeError, ValueError):
        raise _Retry("接口返回的 JSON 格式不正确") from None


def load_answers(path: Path) -> dict[str, str]:
    """Answers collected elsewhere: JSONL ``{id, answer}``, CSV (id/answer), or CAC Excel with 模型回答."""
    from beian.assess.banks import load_bank
    from beian.standard import load_profile

    if not path.exists():
        raise InputError(f"找不到回答文件：{path}")
    if path.suffix.lower() in (".jsonl", ".json"):
        out: dict[str, str] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                out[str(obj["id"])] = str(obj.get("answer") or "")
            except (json.JSONDecodeError, KeyError, TypeError):
                raise InputError(f"{path.name} 第 {n} 行应为 {{\"id\": …, \"answer\": …}}") from None
        return out
    if path.suffix.lower() == ".csv":
        import csv

        rows = csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())
        found = {str(r.get("id") or r.get("序号") or ""): str(r.get("answer") or r.get("模型回答") or "") for r in rows}
        return {k: v for k, v in found.items() if k}
    bank = load_bank(path, load_profile(), bank="generated")
    return {i.id: i.answer for i in bank.items if i.answer is not None}
