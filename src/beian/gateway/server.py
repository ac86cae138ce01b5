"""How ``beian serve`` runs uvicorn: a bounded request head, and the settings for one or many workers.

uvicorn's httptools parser accepts request heads of any size and waits for them forever. The
protocol here refuses a request line plus headers over ``max_header_bytes`` with 431 and a head
not complete within ``body_timeout_s`` with 408, both in the OpenAI error envelope, then closes
the connection. The body's own deadline is enforced by the gateway while it reads the body.
The limits travel to worker processes in environment variables (a protocol class gets only
uvicorn's config).
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

MAX_HEAD_ENV = "BEIAN_GATEWAY_MAX_HEADER_BYTES"
HEAD_TIMEOUT_ENV = "BEIAN_GATEWAY_HEAD_TIMEOUT_S"
_END = b"\r\n\r\n"

Refused = Callable[[int, str, str], None]
_on_refusal: list[Refused] = []  # the app of this process records each refusal in its audit log


def record_refusals(hook: Refused | None) -> None:
    """Have ``hook(status, message, code)`` called for every request this protocol refuses (None: stop)."""
    _on_refusal.clear()
    if hook is not None:
        _on_refusal.append(hook)


def _refusal(status: int, message: str, code: str) -> bytes:
    body = json.dumps({"error": {"message": message, "type": "invalid_request_error", "code": code,
                                 "param": None}}, ensure_ascii=False).encode("utf-8")
    return b"".join([STATUS_LINE[status], b"content-type: application/json\r\n",
                     b"content-length: ", str(len(body)).encode(), b"\r\nconnection: close\r\n\r\n", body])


class BoundedHttpTools(HttpToolsProtocol):
    """httptools with a size limit and a deadline on each request's head."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._max_head = int(os.environ.get(MAX_HEAD_ENV, "32768"))
        self._head_timeout = float(os.environ.get(HEAD_TIMEOUT_ENV, "30"))
        self._head_seen = 0
        self._in_body = False
        self._head_timer: asyncio.TimerHandle | None = None

    def data_received(self, data: bytes) -> None:
        """Count the bytes of the head before the parser buffers them; refuse when over the limit."""
        if not self._in_body:
            end = data.find(_END)
            self._head_seen += len(data) if end < 0 else end + len(_END)
            if self._head_seen > self._max_head:
                self._refuse(431, f"请求头过大（上限 {self._max_head} 字节）", "headers_too_large")
                return
            if self._head_timer is None:
                self._head_timer = self.loop.call_later(self._head_timeout, self._head_too_slow)
        super().data_received(data)

    def on_headers_complete(self) -> None:
        """The head is in: stop counting and cancel its deadline."""
        self._in_body, self._head_seen = True, 0
        self._cancel_head_timer()
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        """The next request on this connection starts a new head."""
        self._in_body = False
        super().on_message_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        """Drop the head deadline with the connection."""
        self._cancel_head_timer()
        super().connection_lost(exc)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if not self._in_body and not self.transport.is_closing():
            self._refuse(408, f"请求头未在 {self._head_timeout:g} 秒内传完，已断开", "header_timeout")

    def _refuse(self, status: int, message: str, code: str) -> None:
        self._cancel_head_timer()
        if not self.transport.is_closing():
            self.transport.write(_refusal(status, message, code))
            self.transport.close()
            for hook in _on_refusal:
                hook(status, message, code)


def limits_to_env(max_header_bytes: int, head_timeout_s: float) -> None:
    """Hand the head limits to this process and the worker processes it starts."""
    os.environ[MAX_HEAD_ENV] = str(max_header_bytes)
    os.environ[HEAD_TIMEOUT_ENV] = str(head_timeout_s)
