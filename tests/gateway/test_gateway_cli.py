"""CLI side of the gateway: kill safety, audit verify/export/purge, keywords, complaints, config errors."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from gw_support import APP_KEY, free_port, write_config
from typer.testing import CliRunner

from beian.cli import app

runner = CliRunner()
H = {"Authorization": f"Bearer {APP_KEY}"}


def test_sigkill_during_writes_loses_no_committed_record(stub: Any, tmp_path: Path) -> None:
    from beian.gateway.audit import AuditStore

    cfg = write_config(tmp_path, stub[0] + "/v1")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "beian", "serve", "--config", str(cfg), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "gateway subprocess did not start"
            time.sleep(0.1)
        ok = [0]
        stop = threading.Event()

        def client() -> None:
            with httpx.Client(timeout=5) as c:
                while not stop.is_set():
                    try:
                        r = c.post(url + "/v1/chat/completions", headers=H,
                                   json={"messages": [{"role": "user", "content": "你好"}]})
                    except httpx.HTTPError:
                        return
                    if r.status_code == 200:
                        ok[0] += 1

        threads = [threading.Thread(target=client) for _ in range(4)]
        for t in threads:
            t.start()
        while ok[0] < 30 and time.monotonic() < deadline + 30:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        stop.set()
        for t in threads:
            t.join(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    store = AuditStore(f"sqlite:///{tmp_path / 'audit.db'}")
    assert ok[0] >= 30
    assert store.count() >= ok[0]
    assert store.verify().ok


def _seed(tmp_path: Path) -> tuple[Path, Any]:
    from beian.gateway.audit import AuditStore

    cfg = write_config(tmp_path, "http://127.0.0.1:9/v1")
    store = AuditStore(f"sqlite:///{tmp_path / 'audit.db'}")
    now = time.time()
    rows = [{"ts": now - 400 * 86400, "app": "demo", "action": "allow", "evidence": "[]"},
            {"ts": now - 10, "app": "demo", "action": "input_block", "evidence": '[{"evidence": "炸**方"}]'},
            {"ts": now, "app": "demo", "action": "allow", "evidence": "[]"}]
    store.append(rows)
    return cfg, store


def test_audit_verify_detects_tampering(tmp_path: Path) -> None:
    cfg, _ = _seed(tmp_path)
    res = runner.invoke(app, ["admin", "audit", "verify", "--config", str(cfg)])
    assert res.exit_code == 0 and "完整" in res.output
    con = sqlite3.connect(tmp_path / "audit.db")
    con.execute("UPDATE audit_log SET action='allow' WHERE id=2")
    con.commit()
    con.close()
    res = runner.invoke(app, ["admin", "audit", "verify", "--config", str(cfg)])
    assert res.exit_code == 1 and "第 2 条" in res.output


def test_audit_purge_keeps_chain(tmp_path: Path) -> None:
    cfg, store = _seed(tmp_path)
    res = runner.invoke(app, ["admin", "audit", "purge", "--config", str(cfg)])
    assert res.exit_code == 0 and "1 条" in res.output
    assert store.count() == 3 and store.verify().ok  # the two kept and the record of the purge itself


def test_audit_export(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    cfg, _ = _seed(tmp_path)
    out = tmp_path / "审计.xlsx"
    assert runner.invoke(app, ["admin", "audit", "export", str(out), "--config", str(cfg)]).exit_code == 0
    ws = load_workbook(out).active
    assert ws.cell(1, 8).value == "处置" and ws.max_row == 4
    jl = tmp_path / "a.jsonl"
    runner.invoke(app, ["admin", "audit", "export", str(jl), "--config", str(cfg)])
    assert len(jl.read_text(encoding="utf-8").splitlines()) == 3
    bad = runner.invoke(app, ["admin", "audit", "export", str(tmp_path / "a.csv"), "--config", str(cfg)])
    assert bad.exit_code == 2 and "不支持" in bad.output


def test_keywords_cli_log(tmp_path: Path) -> None:
    cfg, store = _seed(tmp_path)
    res = runner.invoke(app, ["admin", "keywords", "add", "蓝莓计划", "--who", "李四", "--config", str(cfg)])
    assert res.exit_code == 0 and "版本 1" in res.output
    res = runner.invoke(app, ["admin", "keywords", "log", "--config", str(cfg)])
    assert "李四" in res.output and "蓝**划" in res.output and "蓝莓计划" not in res.output
    assert store.keyword_overlay()[0] == {"蓝莓计划": None}


def test_mode_cli_rejects_unknown(tmp_path: Path) -> None:
    cfg, _ = _seed(tmp_path)
    res = runner.invoke(app, ["admin", "mode", "panic", "--config", str(cfg)])
    assert res.exit_code == 2 and "未知的运行模式" in res.output


def test_complaints_list_overdue(tmp_path: Path) -> None:
    cfg, store = _seed(tmp_path)
    now = time.time()
    store.add_complaint({"ts": now - 7200, "app": "demo", "kind": "不实信息", "content": "回答错误", "due_ts": now - 3600,
                         "status": "open"})
    store.add_complaint({"ts": now, "app": "demo", "kind": "其他", "content": "请核实", "due_ts": now + 3600,
                         "status": "open"})
    res = runner.invoke(app, ["complaints", "list", "--config", str(cfg)])
    assert res.exit_code == 1 and res.output.count("已超时") == 1 and "超时未办结 1 条" in res.output
    assert runner.invoke(app, ["complaints", "resolve", "1", "--reply", "已更正", "--config", str(cfg)]).exit_code == 0
    res = runner.invoke(app, ["complaints", "list", "--config", str(cfg)])
    assert res.exit_code == 0 and "超时办结" in res.output
    assert runner.invoke(app, ["complaints", "resolve", "99", "--reply", "x", "--config", str(cfg)]).exit_code == 2


@pytest.mark.parametrize(("text", "needle"), [
    ("upstreams: [1, 2\n", "不是合法的 YAML"),
    ("- a\n- b\n", "YAML 映射"),
    ("upstreams: {}\napps: [{name: a, key_sha256: sk-plain, upstream: x}]\n", "key_sha256"),
    ("upstreams: {}\napps: [{name: a, key_sha256: " + "a" * 64 + ", upstream: x}]\n", "不存在的上游"),
    ("apps: []\n", "upstreams：缺少此项"),
    ("upstreams: {}\napps: [{name: a, key_sha256: " + "a" * 64 + ", upstream: x, polcy: {default: allow}}]\n",
     "apps.0.polcy：不认识的配置项"),
])
def test_config_errors_in_chinese(tmp_path: Path, text: str, needle: str) -> None:
    p = tmp_path / "gateway.yaml"
    p.write_text(text, encoding="utf-8")
    res = runner.invoke(app, ["serve", "--config", str(p), "--check"])
    assert res.exit_code == 2 and needle in res.output


@pytest.mark.parametrize("key", ["lexicons", "allow", "user_dict"])
def test_a_missing_word_list_is_named_before_serving(tmp_path: Path, key: str) -> None:
    import yaml

    cfg = write_config(tmp_path, "http://x/v1")
    raw = yaml.safe_load(cfg.read_text(encoding="utf-8"))
    raw["apps"][0][key] = ["词库/不存在.txt"]
    cfg.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    res = runner.invoke(app, ["serve", "--config", str(cfg), "--check"])
    assert res.exit_code == 2 and f"应用 demo 的 {key} 中的文件不存在" in res.output and "不存在.txt" in res.output


def test_a_folder_given_as_a_lexicon_is_called_a_folder(tmp_path: Path) -> None:
    """The hundred-and-thirty-third probe named the lexicon folder itself and was told the file does not exist."""
    import yaml

    cfg = write_config(tmp_path, "http://x/v1")
    (tmp_path / "词库目录").mkdir()
    raw = yaml.safe_load(cfg.read_text(encoding="utf-8"))
    raw["apps"][0]["lexicons"] = ["词库目录"]
    cfg.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    res = runner.invoke(app, ["serve", "--config", str(cfg), "--check"])
    assert res.exit_code == 2 and "是文件夹，不是文件" in res.output and "不存在" not in res.output


def test_config_bad_producer_code(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "http://x/v1", label={"producer_code": "0011" + "9" * 18 + "10002"})
    res = runner.invoke(app, ["serve", "--config", str(cfg), "--check"])
    assert res.exit_code == 2 and "统一社会信用代码" in res.output


def test_serve_check_ok(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "http://x/v1")
    res = runner.invoke(app, ["serve", "--config", str(cfg), "--check"])
    assert res.exit_code == 0 and "配置有效" in res.output


def test_example_config_is_valid(tmp_path: Path) -> None:
    from beian.gateway.config import load_config

    example = Path(__file__).resolve().parents[2] / "examples" / "gateway.yaml"
    cfg = load_config(example)
    assert cfg.apps and json.dumps(cfg.model_dump(), ensure_ascii=False)
