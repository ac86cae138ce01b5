"""Request hardening: malformed bodies, slow or huge requests, timeouts, metrics, rate limits, keywords."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
import yaml
from gw_support import ADMIN_TOKEN, APP_KEY, ENV_KEY, free_port, serve, sha, write_config

from beian.gateway.server import HEAD_TIMEOUT_ENV, MAX_HEAD_ENV, BoundedHttpTools

HEAD = {"Authorization": f"Bearer {APP_KEY}", "content-type": "application/json"}


def _raw_post(gw: dict[str, Any], raw: str) -> httpx.Response:
    return httpx.post(gw["url"] + "/v1/chat/completions", content=raw.encode("utf-8"), headers=HEAD, timeout=10)


def _records(gw: dict[str, Any]) -> list[dict[str, Any]]:
    return list(gw["gw"].store.iter_records())


# ---------------------------------------------------------------- malformed bodies: 400, never 500
MALFORMED = {
    "lone surrogate outside user content": ('{"model": "m", "messages": [{"role": "user", "content": "你好"}], '
                                            '"metadata": {"k": "\\ud800"}}', "invalid_encoding"),
    "lone surrogate in a key": ('{"model": "m", "messages": [{"role": "user", "content": "你好"}], '
                                '"\\udc00": 1}', "invalid_encoding"),
    "1500-deep nesting": ('{"model": "m", "messages": [{"role": "user", "content": "你好"}], "x": '
                          + "[" * 1500 + "]" * 1500 + "}", "json_too_deep"),
    "200-deep nesting": ('{"model": "m", "messages": [{"role": "user", "content": "你好"}], "x": '
                         + "[" * 200 + "]" * 200 + "}", "json_too_deep"),
    "5000-digit integer": ('{"model": "m", "messages": [{"role": "user", "content": "你好"}], "seed": '
                           + "9" * 5000 + "}", "invalid_json"),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_body_is_a_chinese_400_and_recorded(gateway: dict[str, Any], name: str) -> None:
    raw, code = MALFORMED[name]
    before = len(_records(gateway))
    r = _raw_post(gateway, raw)
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert err["code"] == code and any("\u4e00" <= c <= "\u9fff" for c in err["message"])
    rows = _records(gateway)[before:]
    assert [row["action"] for row in rows] == ["invalid_request"]


def test_paired_surrogate_escapes_are_fine(gateway: dict[str, Any]) -> None:
    """An emoji written as a surrogate pair (what ensure_ascii clients send) is valid text."""
    raw = '{"model": "m", "messages": [{"role": "user", "content": "\\ud83d\\ude00 你好"}], "stub_answer": "好"}'
    assert _raw_post(gateway, raw).status_code == 200


# ---------------------------------------------------------------- error_envelope covers output refusals
def test_error_envelope_covers_a_blocked_answer(gateway: dict[str, Any]) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "你好"}], "stub_answer": "可以练法轮功。"}
    r = httpx.post(gateway["url"] + "/v1/chat/completions", json=body,
                   headers={"Authorization": f"Bearer {ENV_KEY}"}, timeout=10)
    assert r.status_code == 400
    assert r.json()["error"]["type"] == "content_filter"
    assert "法轮功" not in r.text and r.headers.get("X-Request-ID")


def test_error_envelope_covers_a_blocked_stream(gateway: dict[str, Any]) -> None:
    """A stream is already 200 when the answer is blocked: it ends with an error event before [DONE]."""
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "你好"}],
            "stub_answer": "好的，可以练法轮功。", "stub_chunk": 2}
    lines = []
    with httpx.stream("POST", gateway["url"] + "/v1/chat/completions", json=body,
                      headers={"Authorization": f"Bearer {ENV_KEY}"}, timeout=10) as r:
        lines = [line for line in r.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    assert json.loads(lines[-2][6:])["error"]["type"] == "content_filter"
    assert "法轮功" not in "".join(lines)


# ---------------------------------------------------------------- upstream timeout_s is the whole exchange
def test_timeout_s_caps_a_stream_that_keeps_trickling(gateway: dict[str, Any]) -> None:
    """timeout_s is 1.5 s; the stub sends a chunk every 0.3 s for 6 s: the stream is cut, not completed."""
    answer = "一二三四五六七八九十" * 4
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "你好"}],
            "stub_answer": answer, "stub_chunk": 2, "stub_chunk_delay": 0.3}
    events = []
    with httpx.stream("POST", gateway["url"] + "/v1/chat/completions", json=body,
                      headers={"Authorization": f"Bearer {APP_KEY}"}, timeout=20) as r:
        for line in r.iter_lines():
            if line.startswith("data: ") and line != "data: [DONE]":
                events.append(json.loads(line[6:]))
    text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events if e.get("choices"))
    assert answer not in text
    assert any("error" in e for e in events)


def test_a_stream_cut_by_the_timeout_keeps_its_label_like_any_unfinished_stream(gateway: dict[str, Any]) -> None:
    """The 133rd probe: a stream that closed early or sent a bad event ended with the visible label after what was
    released, one cut by the overall timeout without it. Now all three end the same way; the timeout is recorded."""
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "你好"}],
            "stub_answer": "这是一段很慢的回答。" * 6, "stub_chunk": 3, "stub_chunk_delay": 0.3}
    before = len(_records(gateway))
    with httpx.stream("POST", gateway["url"] + "/v1/chat/completions", json=body,
                      headers={"Authorization": f"Bearer {APP_KEY}"}, timeout=20) as r:
        lines = [line for line in r.iter_lines() if line.startswith("data: ")]
    events = [json.loads(line[6:]) for line in lines if line != "data: [DONE]"]
    text = "".join(c["delta"].get("content") or "" for e in events for c in e.get("choices", []))
    assert text.startswith("这是一段很慢的回答。") and text.endswith("本内容由人工智能生成")
    assert events[-1]["error"]["code"] == "stream_broken" and "data: [DONE]" not in lines
    assert [row["action"] for row in _records(gateway)[before:]] == ["stream_start", "stream_error"]


# ---------------------------------------------------------------- /metrics
def test_metrics_without_token_hide_app_names(gateway: dict[str, Any]) -> None:
    httpx.post(gateway["url"] + "/v1/chat/completions", json={"model": "m", "messages": [
        {"role": "user", "content": "你好"}]}, headers={"Authorization": f"Bearer {APP_KEY}"}, timeout=10)
    text = httpx.get(gateway["url"] + "/metrics", timeout=10).text
    assert "beian_requests_total" in text
    assert 'app="demo"' not in text and 'app="env"' not in text


@pytest.fixture(scope="module")
def guarded(stub: tuple[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A gateway with a metrics token, a 1 s body deadline and an app limited to 6 requests a minute."""
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    tmp = tmp_path_factory.mktemp("guarded")
    path = write_config(tmp, stub[0] + "/v1", metrics_token_sha256=sha("metrics-secret"), body_timeout_s=1)
    app = create_app(load_config(path))
    with serve(app) as url:
        yield {"url": url, "gw": app.state.gw, "config": path, "tmp": tmp}


def test_metrics_token_is_required_when_configured(guarded: dict[str, Any]) -> None:
    httpx.post(guarded["url"] + "/v1/chat/completions", json={"model": "m", "messages": [
        {"role": "user", "content": "你好"}]}, headers={"Authorization": f"Bearer {APP_KEY}"}, timeout=10)
    assert httpx.get(guarded["url"] + "/metrics", timeout=10).status_code == 401
    r = httpx.get(guarded["url"] + "/metrics", headers={"Authorization": "Bearer metrics-secret"}, timeout=10)
    assert r.status_code == 200 and 'app="demo"' in r.text


# ---------------------------------------------------------------- slow and oversized requests
def _slow_body(url: str, pause_s: float, total_s: float) -> bytes:
    """Send headers, then one body byte every ``pause_s``; return what the server answered."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=total_s + 5) as sock:
        head = (f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {APP_KEY}\r\n"
                "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
        sock.sendall(head.encode())
        deadline = time.monotonic() + total_s
        sock.settimeout(pause_s)
        while time.monotonic() < deadline:
            try:
                data = sock.recv(65536)
                if data:
                    return data + _drain(sock)
            except TimeoutError:
                pass
            try:
                sock.sendall(b" ")
            except OSError:
                break
        return b""


def _drain(sock: socket.socket) -> bytes:
    out = b""
    sock.settimeout(1)
    try:
        while chunk := sock.recv(65536):
            out += chunk
    except (TimeoutError, OSError):
        pass
    return out


def test_slowloris_body_gets_a_clean_refusal(guarded: dict[str, Any]) -> None:
    answer = _slow_body(guarded["url"], pause_s=0.2, total_s=8)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"body_timeout" in answer


def _ok_app() -> Any:
    """A plain ASGI app answering /healthz (the protocol, not the app, is under test here)."""
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def ok(request: Any) -> JSONResponse:
        del request
        return JSONResponse({"status": "ok"})

    return Starlette(routes=[Route("/healthz", ok)])


@pytest.fixture()
def bounded_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An app under uvicorn with ``beian serve``'s bounded-head protocol (32 KB, 1 s)."""
    monkeypatch.setenv(MAX_HEAD_ENV, "32768")
    monkeypatch.setenv(HEAD_TIMEOUT_ENV, "1")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(_ok_app(), host="127.0.0.1", port=port, log_level="error",
                                           lifespan="off", http=BoundedHttpTools))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_100_kb_header_is_refused_with_431(bounded_server: str) -> None:
    r = httpx.get(bounded_server + "/healthz", headers={"X-Padding": "a" * 100_000}, timeout=10)
    assert r.status_code == 431
    assert r.json()["error"]["code"] == "headers_too_large"
    assert httpx.get(bounded_server + "/healthz", headers={"X-Padding": "a" * 1000}, timeout=10).status_code == 200


def test_slow_header_is_refused_with_408(bounded_server: str) -> None:
    host, port = bounded_server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        for _ in range(30):  # one header byte every 0.2 s, never finishing the head
            try:
                sock.sendall(b"X")
            except OSError:
                break
            time.sleep(0.2)
        answer = _drain(sock)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]


# ---------------------------------------------------------------- rate limit across workers
def test_rate_limit_holds_across_two_workers(stub: tuple[str, Any], tmp_path: Path) -> None:
    """rate_limit_rpm 6 with ``beian serve --workers 2``: one keep-alive client gets 6, not 3."""
    path = write_config(tmp_path, stub[0] + "/v1")
    cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
    cfg["apps"][0]["rate_limit_rpm"] = 6
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "beian", "serve", "-c", str(path), "--port", str(port),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_ready(url, proc)
        body = {"model": "m", "messages": [{"role": "user", "content": "你好"}], "stub_answer": "好"}
        with httpx.Client(headers={"Authorization": f"Bearer {APP_KEY}"}, timeout=10) as client:
            codes = [client.post(url + "/v1/chat/completions", json=body).status_code for _ in range(12)]
        assert codes.count(200) in (6, 7), codes  # 6 a minute: at most one token refills during the test
        assert codes.count(429) == 12 - codes.count(200)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _wait_ready(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError((proc.stderr.read() if proc.stderr else b"").decode("utf-8", "replace"))
        try:
            # both workers must be up: two fresh connections in a row succeed
            if all(httpx.get(url + "/healthz", timeout=2).status_code == 200 for _ in range(4)):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError("beian serve --workers 2 did not start")


# ---------------------------------------------------------------- keywords that fold to nothing
def test_admin_refuses_keywords_that_fold_to_nothing(gateway: dict[str, Any]) -> None:
    r = httpx.post(gateway["url"] + "/admin/keywords", json={"op": "add", "terms": ["新词测试", "*** ", "。，！"]},
                   headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=10)
    assert r.status_code == 400
    message = r.json()["error"]["message"]
    assert "terms[1]" in message and "terms[2]" in message and "terms[0]" not in message


def test_serve_check_names_lexicon_lines_that_fold_to_nothing(stub: tuple[str, Any], tmp_path: Path) -> None:
    path = write_config(tmp_path, stub[0] + "/v1")
    (tmp_path / "违禁.txt").write_text("法轮功\n&&&\n炸药配方\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "beian", "serve", "-c", str(path), "--check"], capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "违禁.txt 第 2 行" in r.stderr


def test_admin_cli_refuses_keywords_that_fold_to_nothing(stub: tuple[str, Any], tmp_path: Path) -> None:
    path = write_config(tmp_path, stub[0] + "/v1")
    r = subprocess.run([sys.executable, "-m", "beian", "admin", "keywords", "add", "新词测试", "&&&", "--config",
                        str(path)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 2
    assert "第 2 个关键词" in r.stderr + r.stdout
