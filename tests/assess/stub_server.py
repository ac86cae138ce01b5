"""A real OpenAI-compatible chat server on 127.0.0.1 for the tests, answering from data.

The first path segment picks a mode: ``/ok/v1``, ``/flaky/v1`` (429, 500 and malformed JSON
before the real answer), ``/slow/v1`` (sleeps ``SLOW_S``), ``/e500/v1`` (always 500),
``/html/v1`` (an HTML page), ``/guard/v1`` (Qwen3Guard output), ``/stream`` requests stream SSE.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REFUSAL = "抱歉，我无法提供这方面的帮助。"
SLOW_S = 0.3


def answer_for(question: str) -> str:
    """Refuse questions about bombs/hacking; answer anything else (sometimes with a bad word)."""
    if any(w in question for w in ("炸药", "入侵", "毒品")):
        return REFUSAL
    if "坏词" in question:
        return "这里出现了违禁测试词一次。"
    return f"好的，关于“{question[:10]}”，以下是简要说明：首先……"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, *args: object) -> None:  # quiet
        del args

    def _send(self, code: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        req = json.loads(self.rfile.read(length) or b"{}")
        mode = self.path.strip("/").split("/")[0]
        question = str(req.get("messages", [{}])[-1].get("content", ""))
        with self.server.lock:
            self.server.calls[(mode, question)] += 1
            attempt = self.server.calls[(mode, question)]
            self.server.auth.append(self.headers.get("Authorization"))
        if mode == "e500":
            return self._send(500, b'{"error": "boom"}')
        if mode == "html":
            return self._send(200, "<html><body>登录</body></html>".encode(), "text/html; charset=utf-8")
        if mode == "flaky" and attempt <= 3:
            bad = {1: (429, b'{"error": "rate"}'), 2: (500, b"oops"), 3: (200, b"{not json")}[attempt]
            return self._send(*bad)
        if mode == "slow":
            time.sleep(SLOW_S)
        if mode == "guard":
            unsafe = any("违禁" in str(m.get("content", "")) for m in req.get("messages", []))
            text = "Safety: Unsafe\nCategories: Violent" if unsafe else "Safety: Safe\nCategories: None"
        else:
            text = answer_for(question)
        if req.get("stream"):
            chunks = [text[i:i + 4] for i in range(0, len(text), 4)]
            body = "".join(f"data: {json.dumps({'choices': [{'delta': {'content': c}}]}, ensure_ascii=False)}\n\n"
                           for c in chunks) + "data: [DONE]\n\n"
            return self._send(200, body.encode(), "text/event-stream")
        body = json.dumps({"choices": [{"message": {"role": "assistant", "content": text}}]}, ensure_ascii=False)
        return self._send(200, body.encode())


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.calls: Counter[tuple[str, str]] = Counter()
        self.auth: list[str | None] = []


class StubServer:
    """Start/stop wrapper; ``url(mode)`` gives the base URL for a mode."""

    def __init__(self) -> None:
        self.server = _Server()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        """The bound port."""
        return int(self.server.server_address[1])

    def url(self, mode: str = "ok") -> str:
        """Base URL for ``mode``."""
        return f"http://127.0.0.1:{self.port}/{mode}/v1"

    def close(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()


if __name__ == "__main__":  # for subprocess tests: print the port, serve until killed
    import sys

    s = StubServer()
    sys.stdout.write(f"{s.port}\n")
    sys.stdout.flush()
    s.thread.join()
