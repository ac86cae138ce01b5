"""Calls to the OpenAI-compatible upstreams, over one pooled aiohttp session per worker.

aiohttp rather than httpx here: under 50 concurrent requests httpcore's pool checks every pooled
connection for readability on each request, and the client side cost 2.1 ms of CPU per 1 KB
request against 0.1 ms with aiohttp on the same loopback stub (see BENCHMARKS.md). The gateway is
CPU-bound, so this is its largest single cost. httpx stays in use for the CLI and the tests.
"""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import AsyncIterator
from typing import Any

import aiohttp

from beian.gateway.config import Upstream
from beian.gateway.errors import GatewayHTTPError
from beian.llm.blocks import Block, block_of

MAX_LINE_BYTES = 2**20  # an SSE line of one streamed chunk; far above any real chunk


def _no_constant(name: str) -> None:
    """``NaN``, ``Infinity`` and ``-Infinity`` in an upstream's JSON (vLLM's logprob of an impossible token) are not
    JSON: read as null, so the answer can be checked and sent as valid JSON instead of failing with a 500."""
    del name


def finite(node: Any) -> Any:
    """``node`` with every float that is not finite (NaN, ±Infinity) replaced by None, in place where it can be."""
    if isinstance(node, float) and not math.isfinite(node):
        return None
    if isinstance(node, dict):
        for k, v in node.items():
            node[k] = finite(v)
    elif isinstance(node, list):
        node[:] = [finite(v) for v in node]
    return node


def _timeout(up: Upstream) -> aiohttp.ClientTimeout:
    """``timeout_s`` caps the whole exchange, a streamed body included; ``idle_timeout_s`` the silence."""
    return aiohttp.ClientTimeout(total=up.timeout_s, connect=up.connect_timeout_s, sock_read=up.idle_timeout_s)


def _timed_out() -> GatewayHTTPError:
    return GatewayHTTPError(504, "上游模型服务响应超时（超过整体时限或长时间无数据）", "upstream_error",
                            "upstream_timeout")


def _headers(up: Upstream, json_body: bool) -> dict[str, str]:
    headers = {"content-type": "application/json"} if json_body else {}
    if up.api_key:
        headers["authorization"] = f"Bearer {up.api_key}"
    return headers


class UpstreamBlocked(GatewayHTTPError):
    """The upstream provider's own content-safety system stopped the request (:mod:`beian.llm.blocks`): the gateway
    answers with its refusal and records the block, instead of passing an error to the application."""

    def __init__(self, block: Block) -> None:
        super().__init__(502, "上游模型服务的内容安全系统拦截了这次请求", "upstream_error", "upstream_blocked")
        self.block = block


class UpstreamStream:
    """An open streamed response: iterate its lines, then close it."""

    def __init__(self, resp: aiohttp.ClientResponse) -> None:
        self._resp = resp

    async def lines(self) -> AsyncIterator[str]:
        """Decoded lines without their line break (invalid UTF-8 is replaced, not fatal).

        Past the upstream's ``timeout_s`` (the whole stream) or ``idle_timeout_s`` this raises a 504
        :class:`GatewayHTTPError`; a connection that breaks while reading, a 502 one.
        """
        try:
            async for raw in self._resp.content:
                yield raw.decode("utf-8", errors="replace").rstrip("\r\n")
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError):
            raise _timed_out() from None
        except (aiohttp.ClientError, OSError):
            raise GatewayHTTPError(502, "上游模型服务连接中断", "upstream_error", "upstream_broken") from None

    async def aclose(self) -> None:
        """Release the connection (closed if the body was not read to the end)."""
        self._resp.close()


async def _block_in(resp: aiohttp.ClientResponse) -> Block | None:
    """The provider's content-safety block an error response describes (its body read, up to 64 KB), else None."""
    try:
        body = (await resp.content.read(65536)).decode("utf-8", errors="replace")
    except (asyncio.TimeoutError, aiohttp.ClientError, OSError):
        return None
    finally:
        resp.close()
    return block_of(resp.status, body)


class UpstreamClient:
    """One pooled session; every failure becomes a :class:`GatewayHTTPError` with a Chinese message."""

    def __init__(self, max_connections: int = 256) -> None:
        self._max = max_connections
        self._session: aiohttp.ClientSession | None = None

    async def open(self) -> None:
        """Create the session (inside the running event loop)."""
        connector = aiohttp.TCPConnector(limit=self._max, ttl_dns_cache=300)
        self._session = aiohttp.ClientSession(connector=connector, read_bufsize=MAX_LINE_BYTES,
                                              auto_decompress=True, trust_env=False)

    async def close(self) -> None:
        """Close the session and its connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _request(self, method: str, up: Upstream, path: str, body: dict[str, Any] | None
                       ) -> aiohttp.ClientResponse:
        if self._session is None:
            raise GatewayHTTPError(503, "网关尚未就绪（上游连接池未初始化）", "service_unavailable", "not_ready")
        data = json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else None
        try:
            resp = await self._session.request(method, up.base_url.rstrip("/") + path, data=data,
                                               headers=_headers(up, body is not None), timeout=_timeout(up))
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError):
            raise _timed_out() from None
        except (aiohttp.ClientError, OSError):
            raise GatewayHTTPError(502, "无法连接上游模型服务", "upstream_error", "upstream_unreachable") from None
        if resp.status != 200:
            block = await _block_in(resp)
            if block is not None:
                raise UpstreamBlocked(block)
            raise GatewayHTTPError(502, f"上游模型服务返回错误（状态码 {resp.status}）", "upstream_error",
                                   "upstream_status")
        return resp

    async def json(self, method: str, up: Upstream, path: str, body: dict[str, Any] | None = None) -> Any:
        """Send a request and parse its JSON answer."""
        resp = await self._request(method, up, path, body)
        try:
            raw = await resp.read()
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError):
            raise _timed_out() from None
        except (aiohttp.ClientError, OSError):
            raise GatewayHTTPError(502, "上游模型服务连接中断", "upstream_error", "upstream_broken") from None
        finally:
            resp.release()
        try:
            return json.loads(raw, parse_constant=_no_constant)
        except ValueError:
            raise GatewayHTTPError(502, "上游模型服务返回的不是合法的 JSON", "upstream_error", "upstream_bad") from None

    async def stream(self, up: Upstream, path: str, body: dict[str, Any]) -> UpstreamStream:
        """Send a streaming request; the caller must ``aclose()`` the result."""
        return UpstreamStream(await self._request("POST", up, path, body))
