"""Every request is on the record: refused and failed ones, streams (start and outcome, and a
worker killed mid-stream), masked input, and operator actions with the operator the token names."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from gw_support import ADMIN_TOKEN, APP_KEY, free_port, serve, sha, wait_for, write_config
from typer.testing import CliRunner

from beian.cli import app as cli
from beian.gateway.audit import AuditStore

H = {"Authorization": f"Bearer {APP_KEY}"}
LIMITED_KEY = "sk-test-limited"
SLOW_KEY = "sk-test-slow-check"
OPERATOR_TOKEN = "token-of-zhangsan"
runner = CliRunner()



def keyed_config(tmp: Path, upstream: str) -> Path:
    """The fixture config plus a key, checkpoints, a rate-limited app, a fail-closed app that always times out,
    and a named operator token next to the old single admin token."""
    assert runner.invoke(cli, ["admin", "audit", "init-key", str(tmp / "audit.key")]).exit_code == 0
    raw = yaml.safe_load(write_config(tmp, upstream).read_text(encoding="utf-8"))
    demo = raw["apps"][0]
    raw["apps"] += [{**demo, "name": "limited", "key_sha256": sha(LIMITED_KEY), "rate_limit_rpm": 1},
                    {**demo, "name": "slow", "key_sha256": sha(SLOW_KEY), "check_timeout_s": 1e-9}]
    raw["audit"].update(key_file="audit.key", checkpoint_dir="cp", require_key=True)
    raw["admin_tokens_sha256"] = {"张三": sha(OPERATOR_TOKEN)}
    path = tmp / "gateway.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def long_stream_config(tmp: Path, upstream: str) -> Path:
    """:func:`keyed_config` with the upstream allowed a long answer: the fixture's 1.5 s ``timeout_s`` caps a whole
    stream, so the 150 s answer of the kill tests ended (``stream_error``) after 1.5 s, and a kill that a loaded
    machine delayed past that found the stream closed, not open."""
    path = keyed_config(tmp, upstream)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["upstreams"]["main"]["timeout_s"] = 600
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gw(stub: tuple[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    tmp = tmp_path_factory.mktemp("every")
    cfg = keyed_config(tmp, stub[0] + "/v1")
    app = create_app(load_config(cfg))
    with serve(app) as url:
        yield {"url": url, "cfg": cfg, "gw": app.state.gw}


def post(gw: dict[str, Any], body: Any, key: str = APP_KEY, raw: bytes | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"}
    if raw is not None:
        return httpx.post(gw["url"] + "/v1/chat/completions", content=raw, headers=headers, timeout=10)
    return httpx.post(gw["url"] + "/v1/chat/completions", json=body, headers=headers, timeout=10)


def last(gw: dict[str, Any]) -> dict[str, Any]:
    return list(gw["gw"].store.iter_records())[-1]


def ask(text: str, **extra: Any) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "user", "content": text}], **extra}


def test_refused_and_failed_requests_each_get_a_record(gw: dict[str, Any]) -> None:
    cases: list[tuple[Any, str, int, str]] = [
        (lambda: post(gw, ask("你好"), key="sk-wrong"), "auth_failed", 401, "invalid_api_key"),
        (lambda: post(gw, None, raw=b"{not json"), "invalid_request", 400, "invalid_json"),
        (lambda: post(gw, ask("长" * 30000)), "invalid_request", 413, "body_too_large"),
        (lambda: post(gw, ask("你好", stub_status=500)), "upstream_error", 502, "upstream_status"),
        (lambda: post(gw, ask("你好", stub_delay=3)), "upstream_timeout", 504, "upstream_timeout"),
        (lambda: post(gw, ask("你好", stub_status=500, stream=True)), "upstream_error", 502, "upstream_status"),
        (lambda: post(gw, ask("检" * 5000), key=SLOW_KEY), "check_failed", 503, "check_failed"),
    ]
    for call, outcome, status, code in cases:
        before = gw["gw"].store.count()
        r = call()
        assert r.status_code == status, (outcome, r.text)
        assert wait_for(lambda n=before: gw["gw"].store.count() > n)
        row = last(gw)
        assert row["action"] == outcome, (code, row)
        assert json.loads(row["evidence"])[0] == {"status": status, "code": code}
        assert "检检检" not in json.dumps(row, ensure_ascii=False)  # no raw text unless store_raw
    assert last(gw)["app"] == "slow" and last(gw)["request_id"].startswith("chatcmpl-")


def test_auth_failure_record_holds_no_user_text(gw: dict[str, Any]) -> None:
    r = post(gw, ask("我的身份证号是 11010519491231002X", user="u1"), key="sk-wrong")
    assert r.status_code == 401
    row = last(gw)
    assert row["action"] == "auth_failed" and row["app"] == "" and row["user_hash"] is None and row["raw"] is None


def test_text_written_into_the_model_field_is_kept_as_a_hash(gw: dict[str, Any]) -> None:
    """The hundred-and-thirty-third probe: ``model`` was stored as sent, so any client could write banned text or a
    phone number into the audit log."""
    for model in ("法轮功-13812345678", "Qwen/Qwen2.5-7B-Instruct"):
        before = gw["gw"].store.count()
        r = post(gw, {**ask("你好"), "model": model})
        assert r.status_code == 200 and wait_for(lambda n=before: gw["gw"].store.count() > n)
    rows = {row["request_id"]: row for row in gw["gw"].store.iter_records()}
    assert "法轮功" not in json.dumps(list(rows.values()), ensure_ascii=False)
    models = [row["model"] for row in rows.values()]
    assert any(m.startswith("sha256:") for m in models)
    assert "Qwen/Qwen2.5-7B-Instruct" in models  # a model name is kept as it is


def test_rate_limited_request_is_recorded(gw: dict[str, Any]) -> None:
    codes = [post(gw, ask("你好"), key=LIMITED_KEY).status_code for _ in range(3)]
    assert codes[0] == 200 and 429 in codes
    rows = [r for r in gw["gw"].store.iter_records() if r["app"] == "limited"]
    assert [r["action"] for r in rows].count("rate_limited") == codes.count(429)


def test_masked_input_is_not_recorded_as_allow(gw: dict[str, Any]) -> None:
    r = post(gw, ask("请联系 13812345678 的张先生"))
    assert r.status_code == 200 and last(gw)["request_id"] == r.headers["x-request-id"]
    assert last(gw)["action"] == "input_mask"
    rid = None
    with httpx.stream("POST", gw["url"] + "/v1/chat/completions", headers=H, timeout=10,
                      json=ask("请联系 13812345678 的张先生", stream=True)) as s:
        rid = s.headers["x-request-id"]
        s.read()
    assert wait_for(lambda: [r["action"] for r in gw["gw"].store.iter_records() if r["request_id"] == rid]
                    == ["stream_start", "input_mask"])


def test_suspended_mode_refusals_and_switches_name_the_operator(gw: dict[str, Any]) -> None:
    url = gw["url"]
    named = {"Authorization": f"Bearer {OPERATOR_TOKEN}"}
    r = httpx.post(url + "/admin/mode", json={"mode": "suspended", "who": "冒名者"}, headers=named)
    assert r.status_code == 200
    try:
        refused = post(gw, ask("你好"))
        assert refused.status_code == 503 and last(gw)["action"] == "suspended"
    finally:
        old = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
        assert httpx.post(url + "/admin/mode", json={"mode": "normal"}, headers=old).status_code == 200
    switches = [json.loads(r["evidence"])[0] for r in gw["gw"].store.iter_records() if r["action"] == "mode_change"]
    assert switches[-2:] == [{"who": "张三", "via": "admin_api", "from": "normal", "to": "suspended"},
                             {"who": "admin", "via": "admin_api", "from": "suspended", "to": "normal"}]
    assert "冒名者" not in json.dumps(switches, ensure_ascii=False)
    bad = httpx.post(url + "/admin/mode", json={"mode": "strict"}, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401


def test_keyword_change_is_a_record_with_masked_terms(gw: dict[str, Any]) -> None:
    named = {"Authorization": f"Bearer {OPERATOR_TOKEN}"}
    r = httpx.post(gw["url"] + "/admin/keywords", headers=named,
                   json={"op": "add", "terms": ["蓝莓计划"], "who": "冒名者", "category": "A.1.d"})
    assert r.status_code == 200
    row = last(gw)
    what = json.loads(row["evidence"])[0]
    assert row["action"] == "keyword_change" and what["who"] == "张三" and what["op"] == "add"
    assert what["terms"] == ["蓝**划"] and "蓝莓计划" not in json.dumps(row, ensure_ascii=False)


def test_side_endpoints_and_their_refusals_each_get_a_record(gw: dict[str, Any]) -> None:
    """Models, embeddings, complaints, opt-out, unknown routes, admin and metrics refusals: one record each."""
    url, bad = gw["url"], {"Authorization": "Bearer nope"}
    before = gw["gw"].store.count()
    calls: list[tuple[httpx.Response, str, str]] = [
        (httpx.get(url + "/v1/models", headers=H), "models", "demo"),
        (httpx.post(url + "/v1/embeddings", headers=H, json={"model": "e", "input": "你好"}), "embeddings", "demo"),
        (httpx.post(url + "/v1/embeddings", headers=bad, json={"input": "你好"}), "auth_failed", ""),
        (httpx.post(url + "/v1/complaints", headers=H, json={"content": "回答里有错误信息", "user": "u-9"}),
         "complaint", "demo"),
        (httpx.post(url + "/v1/complaints", headers=H, json={"content": " "}), "invalid_request", "demo"),
        (httpx.post(url + "/v1/opt-out", headers=H, json={"user": "u-9"}), "opt_out", "demo"),
        (httpx.get(url + "/v1/nothing-here", headers=H), "invalid_request", ""),
        (httpx.get(url + "/admin/users", headers=bad), "auth_failed", ""),
    ]
    rows = list(gw["gw"].store.iter_records())[before:]
    assert [(r["action"], r["app"]) for r in rows] == [(want, app) for _, want, app in calls]
    assert [c.status_code for c, _, _ in calls] == [200, 200, 401, 201, 400, 200, 404, 401]
    complaint = json.loads(rows[3]["evidence"])[0]
    assert complaint == {"complaint_id": calls[3][0].json()["id"]} and rows[3]["user_hash"] == sha("u-9")
    assert "回答里有错误信息" not in json.dumps(rows, ensure_ascii=False)  # raw text only with store_raw


def test_headers_refused_by_the_protocol_are_recorded(stub: tuple[str, Any], tmp_path: Path) -> None:
    """431 happens before the request reaches the app; ``beian serve``'s protocol still records it."""
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config
    from beian.gateway.server import BoundedHttpTools

    app = create_app(load_config(keyed_config(tmp_path, stub[0] + "/v1")))
    with serve(app, http=BoundedHttpTools) as url:
        r = httpx.get(url + "/v1/models", headers={**H, "X-Padding": "a" * 100_000}, timeout=10)
        assert r.status_code == 431
        assert wait_for(lambda: any(x["action"] == "invalid_request" for x in app.state.gw.store.iter_records()))
    rows = [r for r in app.state.gw.store.iter_records() if r["action"] == "invalid_request"]
    assert [json.loads(r["evidence"])[0] for r in rows] == [{"status": 431, "code": "headers_too_large"}]


def test_records_so_far_verify_with_their_checkpoints(gw: dict[str, Any]) -> None:
    gw["gw"].checkpointer.write_now()
    res = runner.invoke(cli, ["admin", "audit", "verify", "--config", str(gw["cfg"])])
    assert res.exit_code == 0 and "密钥哈希链完整" in res.output and "检查点相符" in res.output


# ------------------------------------------------------------------ a worker killed mid-stream
def _start(cfg: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "beian", "serve", "--config", str(cfg), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, "gateway subprocess did not start"
        time.sleep(0.1)


# The client's wait for the first line of the answer. At 10 s a loaded CI (two test workers, the gateway starting)
# sometimes gave up first: the client closed the stream, the gateway recorded its end (``allow``) before the kill,
# and the test saw a finished stream, not an interrupted one. Under the 150 s upstream answer either way.
READ_TIMEOUT = 60


def test_sigkill_mid_stream_leaves_an_interrupted_record(stub: tuple[str, Any], tmp_path: Path) -> None:
    cfg = long_stream_config(tmp_path, stub[0] + "/v1")
    port = free_port()
    proc = _start(cfg, port)
    try:  # the answer lasts 150 s upstream, so the kill lands mid-stream however long a loaded CI stalls the client
        body = ask("你好", stream=True, stub_answer="很长的回答。" * 50, stub_chunk=2, stub_chunk_delay=1)
        with httpx.stream("POST", f"http://127.0.0.1:{port}/v1/chat/completions", json=body, headers=H,
                          timeout=READ_TIMEOUT) as s:
            rid = s.headers["x-request-id"]
            lines = s.iter_lines()  # kept: a discarded iterator closes the stream, and the gateway would see the
            next(lines)  # client leave (``allow``) before the kill whenever this process is slow to send it
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
    except httpx.HTTPError:
        pass
    finally:
        if proc.poll() is None:
            proc.kill()
    store = AuditStore(f"sqlite:///{tmp_path / 'audit.db'}", init_chain=False)
    assert [r["action"] for r in store.iter_records() if r["request_id"] == rid] == ["stream_start"]
    again = _start(cfg, port)  # the next gateway on this host records what the dead worker left open
    try:
        actions = [r["action"] for r in store.iter_records() if r["request_id"] == rid]
        assert actions == ["stream_start", "interrupted"]
    finally:
        again.send_signal(signal.SIGTERM)  # a clean stop writes a last checkpoint
        again.wait(timeout=20)
    res = runner.invoke(cli, ["admin", "audit", "verify", "--config", str(cfg)])
    assert res.exit_code == 0 and "检查点相符" in res.output, res.output


def test_refuses_to_start_without_the_key_it_requires(stub: tuple[str, Any], tmp_path: Path) -> None:
    cfg = keyed_config(tmp_path, stub[0] + "/v1")
    (tmp_path / "audit.key").unlink()
    res = runner.invoke(cli, ["serve", "--config", str(cfg), "--check"])
    assert res.exit_code == 2 and "审计密钥文件" in res.output and "不存在" in res.output
    many = subprocess.run([sys.executable, "-m", "beian", "serve", "--config", str(cfg), "--workers", "2",
                           "--port", str(free_port())], capture_output=True, text=True, timeout=120)
    assert many.returncode == 2 and "审计密钥文件" in many.stderr + many.stdout  # before any worker starts
    raw = yaml.safe_load(cfg.read_text(encoding="utf-8"))
    del raw["audit"]["key_file"], raw["audit"]["checkpoint_dir"]
    cfg.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    res = runner.invoke(cli, ["serve", "--config", str(cfg), "--check"])
    assert res.exit_code == 2 and "audit.require_key" in res.output


def test_a_killed_worker_is_replaced_and_its_stream_recorded(stub: tuple[str, Any], tmp_path: Path) -> None:
    """``--workers 2``: the supervisor starts a new worker, which records the stream the killed one left open."""
    cfg = long_stream_config(tmp_path, stub[0] + "/v1")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "beian", "serve", "--config", str(cfg), "--port", str(port),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = AuditStore(f"sqlite:///{tmp_path / 'audit.db'}", init_chain=False)
    try:
        assert wait_for(lambda: _healthy(port), 60), "gateway with two workers did not start"
        body = ask("你好", stream=True, stub_answer="很长的回答。" * 50, stub_chunk=2, stub_chunk_delay=1)
        try:
            with httpx.stream("POST", f"http://127.0.0.1:{port}/v1/chat/completions", json=body, headers=H,
                              timeout=READ_TIMEOUT) as s:
                rid = s.headers["x-request-id"]
                lines = s.iter_lines()
                next(lines)
                start = next(r for r in store.iter_records() if r["request_id"] == rid)
                worker_pid = int(json.loads(start["evidence"])[0]["worker"].rsplit("/", 1)[1])
                os.kill(worker_pid, signal.SIGKILL)
                for _ in lines:
                    pass
        except httpx.HTTPError:
            pass
        assert wait_for(lambda: [r["action"] for r in store.iter_records() if r["request_id"] == rid]
                        == ["stream_start", "interrupted"], 60)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def _healthy(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False
