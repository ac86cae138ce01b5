"""The audit log on a real PostgreSQL server (pgserver, started once for this module).

Every test gets an empty database of its own on that server. Nothing here is
skipped: when PostgreSQL cannot start, the fixture fails with the reason.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pg_support
import pytest
from gw_support import ADMIN_TOKEN, APP_KEY, serve, write_config
from pg_support import PgServer
from typer.testing import CliRunner

from beian.cli import app as cli
from beian.errors import RuntimeFailure
from beian.gateway.audit import CHAIN_LOCK_KEY, AuditStore, AuditWriter

pg_server = pg_support.pg_server  # the fixtures, registered in this module
pg_url = pg_support.pg_url
runner = CliRunner()
H = {"Authorization": f"Bearer {APP_KEY}"}


def rec(i: int, tag: str = "demo", **extra: Any) -> dict[str, Any]:
    """One audit record as the gateway writes it."""
    return {"ts": time.time(), "request_id": f"{tag}-{i}", "app": tag, "user_hash": None, "model": "m",
            "mode": "normal", "action": "allow", "categories": "", "evidence": "[]",
            "timings": json.dumps({"check": 0.1}), "raw": None, **extra}


@pytest.fixture
def store(pg_url: str) -> Iterator[AuditStore]:
    """An AuditStore on a fresh PostgreSQL database."""
    s = AuditStore(pg_url)
    yield s
    s.close()


def assert_one_chain(store: AuditStore, expected: int) -> list[dict[str, Any]]:
    """The chain verifies, holds ``expected`` records, and no two records share a predecessor."""
    rows = list(store.iter_records())
    result = store.verify()
    assert result.ok, result.message
    assert result.checked == expected == len(rows) == store.count()
    prevs = [r["prev_hash"] for r in rows]
    assert len(set(prevs)) == len(prevs), "两条记录指向同一个前驱：哈希链分叉"
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    return rows


# ------------------------------------------------------------------ schema and chain
def test_schema_types_on_postgres(store: AuditStore, pg_server: PgServer) -> None:
    assert store.dialect == "postgresql"
    db = str(store.engine.url.database)
    types: dict[str, str] = dict(pg_server.execute("SELECT column_name, data_type FROM information_schema.columns "
                                   "WHERE table_name = 'audit_log'", db))
    assert types["id"] == "bigint" and types["ts"] == "double precision" and types["evidence"] == "text"


def test_append_and_verify(store: AuditStore) -> None:
    ts = 1_700_000_000.123456
    ids = store.append([rec(1, ts=ts, evidence='[{"evidence": "法*功"}]'), rec(2), rec(3)])
    ids += store.append([rec(4)])
    assert ids == sorted(ids) and len(set(ids)) == 4
    assert store.append([]) == []
    rows = assert_one_chain(store, 4)
    assert rows[0]["ts"] == ts and rows[0]["evidence"] == '[{"evidence": "法*功"}]'
    assert rows[0]["prev_hash"] == "" and all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(rows))
    assert [r["id"] for r in rows] == ids


def test_values_postgres_would_reject_are_cleaned_before_hashing(store: AuditStore) -> None:
    store.append([rec(1, model="m" * 500, request_id="r\x00id", evidence="证据\x00", raw="坏\ud800字")])
    row = assert_one_chain(store, 1)[0]
    assert row["model"] == "m" * 128 and row["request_id"] == "r\ufffdid" and "\x00" not in row["evidence"]
    assert row["raw"] == "坏?字"


def test_writer_thread_group_commit(store: AuditStore) -> None:
    writer = AuditWriter(store)
    futures = [writer.submit(rec(i)) for i in range(50)]
    ids = [f.result(timeout=30) for f in futures]
    writer.close()
    assert ids == sorted(ids)
    assert_one_chain(store, 50)


# ------------------------------------------------------------------ concurrency
def test_threads_on_two_stores_keep_one_chain(pg_url: str) -> None:
    stores = [AuditStore(pg_url), AuditStore(pg_url)]
    counters = [iter(range(100)) for _ in range(8)]

    def appender(t: int) -> Any:
        def append() -> None:
            i = next(counters[t])
            stores[t % 2].append([rec(i, f"t{t}") for _ in range(1 + i % 3)])
        return append

    run_together(20, [appender(t) for t in range(8)])
    per_thread = sum(1 + i % 3 for i in range(20))
    rows = assert_one_chain(stores[0], 8 * per_thread)
    assert {r["app"] for r in rows} == {f"t{t}" for t in range(8)}
    for s in stores:
        s.close()


WORKER = r"""
import sys
from beian.gateway.audit import AuditStore

url, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()
store = AuditStore(url, busy_timeout_ms=60000)  # both processes create the tables at the same moment
for i in range(n):
    store.append([{"ts": float(i), "app": tag, "action": "allow", "evidence": "[]", "request_id": f"{tag}-{i}-{j}"}
                  for j in range(1 + i % 3)])
store.close()
print("done", flush=True)
"""


def run_together(n: int, callables: list[Any]) -> None:
    """Call each function in its own thread, all released at once; re-raise the first error."""
    gate = threading.Barrier(len(callables))
    errors: list[BaseException] = []

    def run(fn: Any) -> None:
        try:
            gate.wait(timeout=30)
            for _ in range(n):
                fn()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(fn,)) for fn in callables]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors


def _waiting_on_chain_lock(pg_server: PgServer, db: str) -> int:
    sql = ("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
           f"WHERE l.locktype = 'advisory' AND NOT l.granted AND l.objid = {CHAIN_LOCK_KEY} AND d.datname = '{db}'")
    return int(pg_server.execute(sql)[0][0])


def test_two_processes_keep_one_chain(pg_url: str, pg_server: PgServer) -> None:
    """Two worker processes on an empty database: both create the schema, then queue on the held chain lock."""
    import psycopg
    from sqlalchemy.engine import make_url

    db = str(make_url(pg_url).database)
    n = 120
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, pg_url, tag, str(n)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True) for tag in ("p1", "p2")]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        with psycopg.connect(host=pg_server.socket_dir, user="postgres", dbname=db) as holder:
            holder.execute("SELECT pg_advisory_xact_lock(%s)", (CHAIN_LOCK_KEY,))
            for p in procs:
                assert p.stdin is not None
                p.stdin.write("go\n")
                p.stdin.flush()
            deadline = time.monotonic() + 30
            while _waiting_on_chain_lock(pg_server, db) < 2:  # both processes now wait for the same lock
                assert all(p.poll() is None for p in procs), "工作进程提前退出"
                assert time.monotonic() < deadline, "两个工作进程没有同时等待哈希链锁"
                time.sleep(0.02)
            holder.rollback()  # release: the two processes (and this one) race for the chain
        store = AuditStore(pg_url)
        for i in range(30):
            store.append([rec(i, "main")])
        outs = [p.communicate(timeout=60)[0] for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert all(p.returncode == 0 for p in procs) and all("done" in o for o in outs)
    per_proc = sum(1 + i % 3 for i in range(n))
    rows = assert_one_chain(store, 2 * per_proc + 30)
    assert {r["app"] for r in rows} == {"p1", "p2", "main"}
    store.close()


def test_held_lock_times_out_with_chinese_message(pg_url: str, pg_server: PgServer) -> None:
    import psycopg

    store = AuditStore(pg_url, busy_timeout_ms=200)
    db = str(store.engine.url.database)
    with psycopg.connect(host=pg_server.socket_dir, user="postgres", dbname=db) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (CHAIN_LOCK_KEY,))
        with pytest.raises(RuntimeFailure) as err:
            store.append([rec(1)])
        holder.rollback()
    assert "被锁定" in err.value.message
    store.append([rec(2)])
    assert_one_chain(store, 1)
    store.close()


# ------------------------------------------------------------------ tampering and retention
def _sql(pg_server: PgServer, store: AuditStore, sql: str) -> None:
    pg_server.execute(sql, str(store.engine.url.database))


def test_tampering_is_detected(store: AuditStore, pg_server: PgServer) -> None:
    from beian.gateway.audit import row_hash

    store.append([rec(i, evidence=f'[{{"n": {i}}}]') for i in range(6)])
    rows = assert_one_chain(store, 6)
    third, second = rows[2], rows[1]

    _sql(pg_server, store, f"UPDATE audit_log SET action = 'allow_x' WHERE id = {third['id']}")
    bad = store.verify()
    assert not bad.ok and bad.broken_at == third["id"] and f"第 {third['id']} 条" in bad.message
    _sql(pg_server, store, f"UPDATE audit_log SET action = 'allow' WHERE id = {third['id']}")
    assert store.verify().ok

    forged = {**second, "evidence": "[]"}
    _sql(pg_server, store, f"UPDATE audit_log SET evidence = '[]', hash = '{row_hash(forged['prev_hash'], forged)}' "
                           f"WHERE id = {second['id']}")  # the forger even recomputes this record's hash
    assert store.verify().broken_at == third["id"]
    _sql(pg_server, store, f"UPDATE audit_log SET evidence = '{second['evidence']}', hash = '{second['hash']}' "
                           f"WHERE id = {second['id']}")
    assert store.verify().ok

    _sql(pg_server, store, f"DELETE FROM audit_log WHERE id = {rows[4]['id']}")
    assert store.verify().broken_at == rows[5]["id"]


def test_purge_keeps_chain_verifiable(store: AuditStore) -> None:
    now = time.time()
    store.append([rec(i, ts=now - 400 * 86400 + i) for i in range(5)])
    store.append([rec(i, ts=now - 10 + i) for i in range(3)])
    old_last = list(store.iter_records())[4]
    assert store.purge(now - 183 * 86400) == 5
    rows = assert_one_chain(store, 4)  # the three kept and the record of the purge
    assert rows[0]["prev_hash"] == old_last["hash"] == store.get_state("chain_anchor")
    assert rows[-1]["action"] == "purge" and json.loads(rows[-1]["evidence"])[0]["deleted"] == 5
    assert store.purge(now - 183 * 86400) == 0
    store.append([rec(9)])
    assert store.purge(now + 3600) == 5  # everything: the purge record chains to the anchor
    assert assert_one_chain(store, 1)[0]["prev_hash"] == store.get_state("chain_anchor")
    store.append([rec(10)])
    assert_one_chain(store, 2)


# ------------------------------------------------------------------ state, keywords, complaints
def test_mode_switch_across_stores(pg_url: str) -> None:
    a, b = AuditStore(pg_url), AuditStore(pg_url)
    assert b.mode() == "normal"
    run_together(1, [lambda s=s: s.set_mode("strict", "值班员") for s in (a, b, a, b, a, b)])  # first write races
    assert b.mode() == "strict"
    b.set_mode("suspended", "张三")
    assert a.mode() == "suspended" and a.get_state("missing", "默认") == "默认"
    with pytest.raises(RuntimeFailure, match="未知的运行模式"):
        a.set_mode("panic", "x")
    a.close()
    b.close()


def test_keyword_overlay_and_change_log(store: AuditStore) -> None:
    assert store.keyword_version() == 0
    assert store.change_keywords("add", ["蓝莓计划", "红莓计划"], "张三", "A.1.d") == 2
    assert store.change_keywords("remove", ["红莓计划", "旧词"], "李四") == 4
    added, removed = store.keyword_overlay()
    assert added == {"蓝莓计划": "A.1.d"} and removed == {"红莓计划", "旧词"}
    run_together(1, [lambda t=t: store.change_keywords("add", [f"词{t}{i}" for i in range(5)], f"w{t}")
                     for t in range(4)])
    log = store.keyword_log()
    assert [e["version"] for e in log] == list(range(1, 25)) and store.keyword_version() == 24
    assert (log[0]["who"], log[0]["op"], log[0]["term"]) == ("张三", "add", "蓝莓计划")
    assert isinstance(log[0]["ts"], float)


def test_complaints_and_opt_out(store: AuditStore) -> None:
    now = time.time()
    late = store.add_complaint({"ts": now - 100 * 3600, "app": "demo", "user_hash": "u" * 64, "kind": "类" * 100,
                                "content": "回答有不实信息\x00", "contact": {"tel": "138"}, "request_id": 42,
                                "due_ts": now - 52 * 3600, "status": "open"})
    fresh = store.add_complaint({"ts": now, "app": "demo", "kind": "其他", "content": "内容", "due_ts": now + 3600,
                                 "status": "open"})
    assert fresh > late
    rows = store.list_complaints()
    assert [r["id"] for r in rows] == [late, fresh]
    assert len(rows[0]["kind"]) == 64 and rows[0]["request_id"] == "42" and "\x00" not in rows[0]["content"]
    assert store.resolve_complaint(fresh, "已核实") and not store.resolve_complaint(999_999, "无")
    assert store.list_complaints()[1]["status"] == "resolved"

    run_together(1, [lambda: store.opt_out("h" * 64, "demo")] * 6)  # the first opt-out races
    store.opt_out("h" * 64, "demo")
    assert store.opted_out("h" * 64) and not store.opted_out("x" * 64)


# ------------------------------------------------------------------ export
def test_export_xlsx_and_jsonl(store: AuditStore, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from beian.gateway.export import XLSX_CELL_MAX, export_audit

    store.append([rec(1, evidence='[{"evidence": "法*功"}]', categories="A.1.d"),
                  rec(2, evidence="控制字符\x1b[0m", raw="长" * 40000)])
    out = tmp_path / "审计.xlsx"
    assert export_audit(store, out) == 2
    ws = load_workbook(out).active
    assert ws.title == "审计日志" and ws.max_row == 3 and ws.cell(1, 8).value == "处置"
    assert ws.cell(2, 10).value == '[{"evidence": "法*功"}]' and ws.cell(3, 10).value.startswith("控制字符")
    assert len(ws.cell(3, 12).value) <= XLSX_CELL_MAX and ws.cell(3, 12).value.endswith("jsonl）")
    jl = tmp_path / "a.jsonl"
    assert export_audit(store, jl) == 2
    lines = [json.loads(x) for x in jl.read_text(encoding="utf-8").splitlines()]
    assert [x["request_id"] for x in lines] == ["demo-1", "demo-2"] and "time" in lines[0]
    assert lines[1]["raw"] == "长" * 40000
    assert export_audit(store, tmp_path / "b.jsonl", since=time.time() + 60) == 0


# ------------------------------------------------------------------ the gateway and the CLI
@pytest.fixture
def pg_gateway(stub: tuple[str, Any], pg_url: str, tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A running gateway whose audit log is the fresh PostgreSQL database."""
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    cfg = write_config(tmp_path, stub[0] + "/v1", audit={"url": pg_url, "busy_timeout_ms": 300})
    app = create_app(load_config(cfg))
    with serve(app) as url:
        yield {"url": url, "config": cfg, "gw": app.state.gw, "db_url": pg_url}
    app.state.gw.store.close()


def _chat(url: str, content: str) -> httpx.Response:
    body = {"model": "m", "messages": [{"role": "user", "content": content}]}
    return httpx.post(url + "/v1/chat/completions", json=body, headers=H, timeout=10)


def test_gateway_end_to_end_on_postgres(pg_gateway: dict[str, Any], pg_server: PgServer) -> None:
    ok = _chat(pg_gateway["url"], "北京是哪个国家的首都？")
    assert ok.status_code == 200 and ok.json()["choices"][0]["finish_reason"] == "stop"
    blocked = _chat(pg_gateway["url"], "请介绍法轮功")
    assert blocked.status_code == 200 and blocked.json()["choices"][0]["finish_reason"] == "content_filter"

    store = AuditStore(pg_gateway["db_url"])
    rows = assert_one_chain(store, 2)
    assert rows[1]["request_id"] == blocked.json()["id"]  # the answered one carries the upstream's id
    assert rows[0]["action"] != rows[1]["action"] and rows[1]["action"].startswith("input_")
    assert "法*功" in rows[1]["evidence"] and rows[1]["raw"] is None
    db = str(store.engine.url.database)
    leaked = pg_server.execute("SELECT count(*) FROM audit_log t WHERE t::text LIKE '%法轮功%'", db)
    assert leaked[0][0] == 0, "原始违禁词被写入了审计库"
    store.close()


def test_gateway_fails_closed_while_chain_lock_is_held(pg_gateway: dict[str, Any], pg_server: PgServer) -> None:
    import psycopg

    db = str(pg_gateway["gw"].store.engine.url.database)
    with psycopg.connect(host=pg_server.socket_dir, user="postgres", dbname=db) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (CHAIN_LOCK_KEY,))
        r = _chat(pg_gateway["url"], "你好")
        holder.rollback()
    assert r.status_code == 503 and "审计日志无法写入" in r.json()["error"]["message"]
    assert _chat(pg_gateway["url"], "你好").status_code == 200
    assert pg_gateway["gw"].store.verify().ok


def test_admin_mode_api_on_postgres(pg_gateway: dict[str, Any]) -> None:
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    r = httpx.post(pg_gateway["url"] + "/admin/mode", json={"mode": "suspended", "who": "值班员"}, headers=admin)
    assert r.json()["mode"] == "suspended"
    store = AuditStore(pg_gateway["db_url"])
    assert store.mode() == "suspended"
    store.close()


def test_admin_cli_against_postgres(store: AuditStore, pg_server: PgServer, tmp_path: Path) -> None:
    db = ["--db", store.url]
    now = time.time()
    store.append([rec(0, ts=now - 400 * 86400), rec(1), rec(2)])
    res = runner.invoke(cli, ["admin", "mode", "strict", "--who", "值班员", *db])
    assert res.exit_code == 0 and "strict" in res.output and store.mode() == "strict"
    assert runner.invoke(cli, ["admin", "keywords", "add", "蓝莓计划", "--who", "李四", *db]).exit_code == 0
    assert "蓝**划" in runner.invoke(cli, ["admin", "keywords", "log", *db]).output
    res = runner.invoke(cli, ["admin", "audit", "verify", *db])
    assert res.exit_code == 0 and "共 5 条" in res.output  # the mode switch and the keyword change are records
    res = runner.invoke(cli, ["admin", "audit", "purge", "--months", "6", *db])
    assert res.exit_code == 0 and "1 条" in res.output
    out = tmp_path / "审计.jsonl"
    assert runner.invoke(cli, ["admin", "audit", "export", str(out), *db]).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    _sql(pg_server, store, "UPDATE audit_log SET action = 'allow_x' WHERE request_id = 'demo-2'")
    res = runner.invoke(cli, ["admin", "audit", "verify", *db])
    assert res.exit_code == 1 and "被篡改" in res.output and "记录内容被修改" in res.output

    store.add_complaint({"ts": now - 3 * 86400, "app": "demo", "kind": "其他", "content": "超时的投诉",
                         "due_ts": now - 86400, "status": "open"})
    res = runner.invoke(cli, ["complaints", "list", *db])
    assert res.exit_code == 1 and "已超时" in res.output


def test_plain_postgresql_url_uses_psycopg(pg_server: PgServer) -> None:
    url = pg_server.url(pg_server.create_database()).replace("postgresql+psycopg://", "postgresql://")
    s = AuditStore(url)
    s.append([rec(1)])
    assert s.engine.dialect.driver == "psycopg" and s.verify().ok
    s.close()


# ------------------------------------------------------------------ startup errors
SECRET = "S3cret-Wrong-Pw"


def _assert_clean(err: RuntimeFailure, *must: str) -> None:
    text = f"{err.message} {err.hint}"
    assert SECRET not in text and "S3cret" not in text, text
    for m in must:
        assert m in text, text


def test_wrong_password_message_hides_password(pg_server: PgServer) -> None:
    pg_server.add_password_user("beian_pw", "Right-Pass-1")
    pg_server.execute("CREATE DATABASE beian_pw_db OWNER beian_pw")
    with pytest.raises(RuntimeFailure) as err:
        AuditStore(pg_server.url("beian_pw_db", "beian_pw", SECRET))
    _assert_clean(err.value, "无法打开审计数据库", "密码错误", "***")
    good = AuditStore(pg_server.url("beian_pw_db", "beian_pw", "Right-Pass-1"))  # a non-superuser owner works
    good.append([rec(1)])
    assert good.verify().ok
    good.close()


def test_unreachable_host_message_hides_password() -> None:
    from gw_support import free_port

    url = f"postgresql+psycopg://beian:{SECRET}@127.0.0.1:{free_port()}/audit"
    with pytest.raises(RuntimeFailure) as err:
        AuditStore(url)
    _assert_clean(err.value, "无法连接到 PostgreSQL 服务器 127.0.0.1:")
    res = runner.invoke(cli, ["admin", "audit", "verify", "--db", url])
    assert res.exit_code == 3 and "无法连接" in res.output and SECRET not in res.output


def test_missing_database_and_driver_messages(pg_server: PgServer) -> None:
    from beian.gateway.audit import db_failure

    with pytest.raises(RuntimeFailure) as err:
        AuditStore(pg_server.url("no_such_db"))
    _assert_clean(err.value, "数据库不存在")
    missing = db_failure(ModuleNotFoundError("No module named 'psycopg'"), f"postgresql+psycopg://u:{SECRET}@h/db")
    _assert_clean(missing, "未安装 PostgreSQL 驱动", "beian[postgres]")
    echoed = db_failure(RuntimeError(f"driver echoed password={SECRET}\nsecond line"), f"postgresql://u:{SECRET}@h/db")
    _assert_clean(echoed, "password=***", "second line")


# ------------------------------------------------------------------ keyed chain, checkpoints, interrupted streams
KEY = bytes(range(32))


@pytest.fixture
def keyed(pg_url: str, tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A keyed store on PostgreSQL with 1200 records and a signed checkpoint after every 300."""
    from beian.gateway.checkpoints import Checkpointer, DirectorySink, read_checkpoints

    s = AuditStore(pg_url, key=KEY)
    sink = DirectorySink(tmp_path / "cp")
    cp = Checkpointer(s, sink, KEY, every_rows=10**9, every_s=3600)
    for start in range(0, 1200, 300):
        s.append([rec(i) for i in range(start, start + 300)])
        cp.write_now()
    cp.close()
    yield {"store": s, "cps": lambda: read_checkpoints(sink, KEY), "ids": [r["id"] for r in s.iter_records()]}
    s.close()


def _recompute(pg_server: PgServer, store: AuditStore, start: int) -> None:
    """Rewrite the hashes from record ``start`` on with the old unkeyed rule (a forger without the key)."""
    from beian.gateway.audit import row_hash

    rows = list(store.iter_records())
    prev = next(r["hash"] for r in rows if r["id"] == start - 1)
    for r in (r for r in rows if r["id"] >= start):
        r["prev_hash"], r["hash"] = prev, row_hash(prev, r)
        prev = r["hash"]
        _sql(pg_server, store, f"UPDATE audit_log SET prev_hash = '{r['prev_hash']}', hash = '{r['hash']}' "
                               f"WHERE id = {r['id']}")


def test_keyed_tampering_kinds_on_postgres(keyed: dict[str, Any], pg_server: PgServer) -> None:
    from beian.kinds import Tamper

    store, ids = keyed["store"], keyed["ids"]
    assert store.verify(keyed["cps"]()).ok
    _sql(pg_server, store, f"DELETE FROM audit_log WHERE id > {ids[-2]}")  # the newest record
    bad = store.verify(keyed["cps"]())
    assert bad.kind == Tamper.TRUNCATED and bad.broken_at == ids[-2] + 1

    _sql(pg_server, store, f"UPDATE audit_log SET app = 'forged' WHERE id = {ids[500]}")
    _recompute(pg_server, store, ids[500])
    bad = store.verify(keyed["cps"]())
    assert bad.kind == Tamper.MODIFIED and bad.broken_at == ids[500]


def test_deletions_and_forged_anchor_on_postgres(keyed: dict[str, Any], pg_server: PgServer) -> None:
    from beian.kinds import Tamper

    store, ids = keyed["store"], keyed["ids"]
    _sql(pg_server, store, f"DELETE FROM audit_log WHERE id = {ids[600]}")
    bad = store.verify(keyed["cps"]())
    assert bad.kind == Tamper.DELETED and bad.broken_at == ids[601]
    anchor = next(r["hash"] for r in store.iter_records() if r["id"] == ids[999])
    _sql(pg_server, store, f"DELETE FROM audit_log WHERE id <= {ids[999]}")
    for k, v in (("chain_anchor", anchor), ("chain_anchor_id", ids[999]), ("chain_purged", 999)):
        _sql(pg_server, store, f"INSERT INTO gateway_state (key, value) VALUES ('{k}', '{v}')")
    bad = store.verify(keyed["cps"]())
    assert bad.kind == Tamper.ANCHOR_FORGED and bad.broken_at == ids[999] + 1


def test_interrupted_streams_are_recorded_once_on_postgres(pg_url: str) -> None:
    import os
    import socket

    host = socket.gethostname()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stores = [AuditStore(pg_url, key=KEY), AuditStore(pg_url, key=KEY)]
    start = {**rec(1, action="stream_start", request_id="s-dead"), "evidence": json.dumps([{"worker": f"{host}/{dead.stdout.strip()}"}])}
    alive = {**rec(2, action="stream_start", request_id="s-alive"), "evidence": json.dumps([{"worker": f"{host}/{os.getpid()}"}])}
    done = {**rec(3, action="stream_start", request_id="s-done"), "evidence": start["evidence"]}
    stores[0].append([start, alive, done, rec(3, request_id="s-done")])
    counts: list[int] = []
    run_together(1, [lambda s=s: counts.append(s.mark_interrupted(f"{host}/{os.getpid()}")) for s in stores])
    assert sorted(counts) == [0, 1]
    rows = assert_one_chain(stores[0], 6)  # the keying record, four, one interrupted
    assert [r["request_id"] for r in rows if r["action"] == "interrupted"] == ["s-dead"]
    for s in stores:
        s.close()
