"""Reading a request body safely: size, read deadline, encoding, JSON shape.

Every way a body can be malformed ends as a Chinese 4xx in the OpenAI error envelope, never a
500: a body that trickles in (slowloris) is cut at ``body_timeout_s``, lone UTF-16 surrogates
(``"\\ud800"``), nesting deeper than :data:`MAX_JSON_DEPTH` and integers longer than Python
converts are refused with their own codes.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from typing import Any

from beian.gateway.errors import GatewayHTTPError

MAX_JSON_DEPTH = 64
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


async def read_body(parts: AsyncIterator[bytes], declared: str | None, limit: int, timeout_s: float) -> bytes:
    """The raw body, at most ``limit`` bytes, read completely within ``timeout_s`` seconds."""
    if declared and declared.isdigit() and int(declared) > limit:
        raise GatewayHTTPError(413, f"请求体过大（上限 {limit} 字节）", code="body_too_large")
    task = asyncio.current_task()
    fired = []

    def expire() -> None:
        fired.append(True)
        if task is not None:
            task.cancel()

    timer = asyncio.get_running_loop().call_later(timeout_s, expire)  # cheaper than wait_for's extra task
    try:
        return await _collect(parts, limit)
    except asyncio.CancelledError:
        if not fired:
            raise
        if task is not None and hasattr(task, "uncancel"):  # Python 3.11+: this cancellation is handled
            task.uncancel()
        raise GatewayHTTPError(408, f"请求体未在 {timeout_s:g} 秒内传完，已断开", code="body_timeout") from None
    finally:
        timer.cancel()


async def _collect(parts: AsyncIterator[bytes], limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for part in parts:
        size += len(part)
        if size > limit:
            raise GatewayHTTPError(413, f"请求体过大（上限 {limit} 字节）", code="body_too_large")
        chunks.append(part)
    return b"".join(chunks)


def parse_object(raw: bytes) -> dict[str, Any]:
    """The body as a JSON object whose every string is valid Unicode and whose nesting is bounded."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise GatewayHTTPError(400, "请求体不是有效的 UTF-8 编码", code="invalid_encoding") from None
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GatewayHTTPError(400, f"请求体不是合法的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）",
                               code="invalid_json") from None
    except RecursionError:
        raise _too_deep() from None
    except ValueError:  # an integer longer than Python converts (4300 digits)
        raise GatewayHTTPError(400, "请求体中的数字过长，无法处理", code="invalid_json") from None
    if not isinstance(body, dict):
        raise GatewayHTTPError(400, "请求体必须是 JSON 对象", code="invalid_json")
    if text.count("[") + text.count("{") > MAX_JSON_DEPTH:
        _check_depth(body)
    if _SURROGATE_ESCAPE.search(text):
        _check_surrogates(body)
    return body


def _too_deep() -> GatewayHTTPError:
    return GatewayHTTPError(400, f"请求体 JSON 嵌套过深（上限 {MAX_JSON_DEPTH} 层）", code="json_too_deep")


def _children(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return list(node.values())
    return node if isinstance(node, list) else []


def _check_depth(body: Any) -> None:
    """Raise when containers nest deeper than :data:`MAX_JSON_DEPTH` (iterative: no recursion limit)."""
    level, depth = [body], 0
    while level:
        depth += 1
        if depth > MAX_JSON_DEPTH:
            raise _too_deep()
        level = [c for node in level for c in _children(node) if isinstance(c, (dict, list))]


def _check_surrogates(body: Any) -> None:
    """Raise when a key or string holds a lone UTF-16 surrogate (it cannot be encoded as UTF-8)."""
    stack = [body]
    while stack:
        node = stack.pop()
        strings = [node] if isinstance(node, str) else [k for k in node if isinstance(k, str)] \
            if isinstance(node, dict) else []
        for s in strings:
            try:
                s.encode("utf-8")
            except UnicodeEncodeError:
                raise GatewayHTTPError(400, "请求体含有不成对的 UTF-16 代理项（如 \\ud800），不是有效的文本",
                                       code="invalid_encoding") from None
        stack += _children(node)
