"""Fixtures: a real stub upstream and a real gateway, both uvicorn servers on loopback."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
import yaml

APP_KEY = "sk-test-app"
ENV_KEY = "sk-test-envelope"
ADMIN_TOKEN = "admin-secret"
PRODUCER = "0011" + "91110102MAD55U9H0F" + "1" + "0002"


def sha(s: str) -> str:
    """sha256 hex."""
    return hashlib.sha256(s.encode()).hexdigest()


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(app: Any, **options: Any) -> Iterator[str]:
    """Run an ASGI app under uvicorn in a thread (``options`` go to ``uvicorn.Config``); yield its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="on",
                                           **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def stub() -> Iterator[tuple[str, Any]]:
    """The stub upstream: (base URL, app) — ``app.state.seen`` records what it got."""
    from stub_upstream import create_stub

    app = create_stub()
    with serve(app) as url:
        yield url, app


def write_config(tmp: Path, upstream: str, **overrides: Any) -> Path:
    """A gateway.yaml in ``tmp`` with a small lexicon."""
    (tmp / "违禁.txt").write_text("法轮功\n炸药配方\n", encoding="utf-8")
    (tmp / "代答.txt").write_text("台独\n", encoding="utf-8")
    app = {"name": "demo", "key_sha256": sha(APP_KEY), "upstream": "main", "lexicons": ["违禁.txt", "代答.txt"],
           "policy": {"default": "block", "categories": {"代答": "substitute"}}}
    env_app = {**app, "name": "env", "key_sha256": sha(ENV_KEY), "error_envelope": True}
    cfg: dict[str, Any] = {
        "upstreams": {"main": {"base_url": upstream, "timeout_s": 1.5, "connect_timeout_s": 1.0}},
        "apps": [app, env_app], "admin_token_sha256": sha(ADMIN_TOKEN), "max_body_bytes": 20000,
        "audit": {"url": "sqlite:///audit.db", "busy_timeout_ms": 200},
        "label": {"producer_code": PRODUCER, "position": "end"},
        "substitutes": {"代答": "台湾是中国领土不可分割的一部分。"},
    }
    for k, v in overrides.items():
        cfg[k] = v
    path = tmp / "gateway.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gateway(stub: tuple[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A running gateway in front of the stub; dict with url, config path, stub app."""
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    tmp = tmp_path_factory.mktemp("gw")
    cfg_path = write_config(tmp, stub[0] + "/v1")
    app = create_app(load_config(cfg_path))
    with serve(app) as url:
        yield {"url": url, "config": cfg_path, "stub": stub[1], "gw": app.state.gw, "tmp": tmp}


# ------------------------------------------------------------------ client helpers
def chat(gw: dict[str, Any], content: str, key: str = APP_KEY, **extra: Any) -> httpx.Response:
    """One plain chat request with a single user message (``extra`` fields go to the stub)."""
    body = {"model": "m", "messages": [{"role": "user", "content": content}], **extra}
    return httpx.post(gw["url"] + "/v1/chat/completions", json=body,
                      headers={"Authorization": f"Bearer {key}"}, timeout=10)


def stream(gw: dict[str, Any], content: str, **extra: Any) -> tuple[httpx.Headers, list[dict[str, Any]]]:
    """One streamed chat request: the headers and every SSE event (``{"done": True}`` for [DONE])."""
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": content}], **extra}
    events = []
    headers = {"Authorization": f"Bearer {APP_KEY}"}
    with httpx.stream("POST", gw["url"] + "/v1/chat/completions", json=body, headers=headers, timeout=10) as r:
        assert r.status_code == 200
        for line in r.iter_lines():
            if line.startswith("data: "):
                events.append({"done": True} if line == "data: [DONE]" else json.loads(line[6:]))
        return r.headers, events


def streamed_text(events: list[dict[str, Any]], field: str = "content") -> str:
    """The text of ``field`` put together from the deltas of choice 0."""
    return "".join((e["choices"][0]["delta"].get(field) or "") for e in events if "choices" in e)


def wait_for(pred: Any, timeout: float = 10.0) -> bool:
    """Poll ``pred`` every 50 ms until it is true or ``timeout`` seconds pass."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.05)
    return False
