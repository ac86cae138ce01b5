"""SQLite audit store: the direct DB-API append path keeps the chain and the Chinese errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from beian.errors import RuntimeFailure
from beian.gateway.audit import AuditStore


def row(i: int) -> dict[str, object]:
    return {"ts": 1.0 + i, "request_id": f"r{i}", "app": "demo", "model": "m", "mode": "normal",
            "action": "allow", "categories": "", "evidence": "[]", "timings": "{}"}


def test_batched_appends_chain_and_return_ascending_ids(tmp_path: Path) -> None:
    store = AuditStore(f"sqlite:///{tmp_path / 'a.db'}")
    first = store.append([row(0)])
    batch = store.append([row(1), row(2), row(3)])
    assert batch == [first[0] + 1, first[0] + 2, first[0] + 3]
    assert store.verify().ok and store.count() == 4


def test_synchronous_full_is_applied(tmp_path: Path) -> None:
    store = AuditStore(f"sqlite:///{tmp_path / 'a.db'}", synchronous="full")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_broken_table_gives_a_chinese_error(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    store = AuditStore(f"sqlite:///{db}")
    store.append([row(0)])
    with sqlite3.connect(db) as con:
        con.execute("DROP TABLE audit_log")
    with pytest.raises(RuntimeFailure) as caught:
        store.append([row(1)])
    assert "审计" in caught.value.message or "数据库" in caught.value.message


def test_append_now_commits_inline_and_keeps_the_chain(tmp_path: Path) -> None:
    store = AuditStore(f"sqlite:///{tmp_path / 'a.db'}")
    first = store.append([row(0)])[0]
    assert store.try_append_now(row(1)) == first + 1
    assert store.append([row(2)]) == [first + 2]
    assert store.verify().ok and store.count() == 3
    with store.quick.connect() as conn:  # type: ignore[union-attr]
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 0  # it never waits for the lock


def test_append_now_steps_aside_when_the_lock_is_taken(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    store = AuditStore(f"sqlite:///{db}", busy_timeout_ms=100)
    store.append([row(0)])
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert store.try_append_now(row(1)) is None  # the caller queues it instead
        with pytest.raises(RuntimeFailure):  # the queued path waits its busy timeout, then reports
            store.append([row(1)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.try_append_now(row(1)) is not None
    assert store.verify().ok and store.count() == 2  # the failed attempt committed nothing


@pytest.mark.parametrize(("url", "sync"), [("sqlite:///:memory:", "normal"), ("FILE", "full")])
def test_append_now_only_where_a_commit_cannot_block(tmp_path: Path, url: str, sync: str) -> None:
    store = AuditStore(f"sqlite:///{tmp_path / 'a.db'}" if url == "FILE" else url, synchronous=sync)
    assert store.quick is None and store.try_append_now(row(0)) is None


def test_two_workers_mixing_inline_and_queued_appends_keep_one_chain(tmp_path: Path) -> None:
    """Two stores on one file (two gateway workers): inline when the lock is free, else the waiting path."""
    import threading

    url = f"sqlite:///{tmp_path / 'a.db'}"
    stores = [AuditStore(url), AuditStore(url)]
    inline = [0, 0]

    def work(k: int) -> None:
        for i in range(150):
            r = row(k * 1000 + i)
            if stores[k].try_append_now(r) is not None:
                inline[k] += 1
            else:
                stores[k].append([r])

    threads = [threading.Thread(target=work, args=(k,)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = stores[0].verify()
    assert result.ok and result.checked == 300 and stores[1].count() == 300
    assert sum(inline) > 0


def test_password_is_masked_without_garbling_the_message() -> None:
    from beian.gateway.audit import _without_password

    msg = 'connection to server at "db" failed: FATAL: password authentication failed for user "postgres"'
    assert _without_password(msg, "postgres") == msg.replace('"postgres"', '"***"')
    dsn = "could not connect: host=db user=app password=s3cr3t! dbname=audit; url postgresql://app:s3cr3t!@db/audit"
    masked = _without_password(dsn, "s3cr3t!")
    assert "s3cr3t" not in masked and "postgresql://app:***@db/audit" in masked and "dbname=audit" in masked


def test_ids_go_on_after_everything_was_purged(tmp_path: Path) -> None:
    """SQLite hands out id 1 again in an emptied table; the chain's ids must keep ascending past the anchor."""
    store = AuditStore(f"sqlite:///{tmp_path / 'a.db'}", key=b"\x05" * 32)
    ids = store.append([row(i) for i in range(5)])
    assert store.purge(100.0) == 6  # the keying record and the five
    rows = list(store.iter_records())
    assert [r["action"] for r in rows] == ["purge"] and rows[0]["id"] == ids[-1] + 1
    assert store.append([row(9)]) == [ids[-1] + 2] and store.verify().ok


def test_cli_changes_are_records_naming_the_system_user(tmp_path: Path) -> None:
    import getpass
    import json

    from typer.testing import CliRunner

    from beian.cli import app

    db = f"sqlite:///{tmp_path / 'a.db'}"
    runner = CliRunner()
    assert runner.invoke(app, ["admin", "mode", "canned", "--who", "值班员", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["admin", "keywords", "add", "蓝莓计划", "--db", db]).exit_code == 0
    rows = list(AuditStore(db).iter_records())
    assert [r["action"] for r in rows] == ["mode_change", "keyword_change"]
    mode, kw = (json.loads(r["evidence"])[0] for r in rows)
    assert mode == {"who": "值班员", "via": f"cli:{getpass.getuser()}", "from": "normal", "to": "canned"}
    assert rows[0]["mode"] == "canned" and kw["terms"] == ["蓝**划"] and kw["version"] == 1


def test_object_store_checkpoints_are_refused_in_chinese() -> None:
    from beian.errors import ConfigError
    from beian.gateway.checkpoints import open_sink

    with pytest.raises(ConfigError, match="对象存储"):
        open_sink("s3://bucket/checkpoints")


def test_key_from_environment_and_bad_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from beian.errors import ConfigError
    from beian.gateway.audit_chain import load_key

    monkeypatch.setenv("BEIAN_AUDIT_KEY", "ab" * 32)
    assert load_key(None) == bytes.fromhex("ab" * 32)
    monkeypatch.setenv("BEIAN_AUDIT_KEY", "不是十六进制")
    with pytest.raises(ConfigError, match="不是十六进制"):
        load_key(None)
    monkeypatch.setenv("BEIAN_AUDIT_KEY", "abcd")
    with pytest.raises(ConfigError, match="太短"):
        load_key(None)


@pytest.mark.parametrize("key", [b"k" * 32, b"z" * 100, bytes(range(16))])
def test_keyed_hash_is_standard_hmac_sha256(key: bytes) -> None:
    """Anyone holding the key can check a record with any HMAC-SHA256 implementation."""
    import hashlib
    import hmac
    import json

    from beian.gateway.audit_chain import row_hash
    from beian.records import AUDIT_FIELDS

    r = {**row(1), "evidence": '[{"evidence": "法*功"}]'}
    body = json.dumps([r.get(k) for k in AUDIT_FIELDS], ensure_ascii=False, separators=(",", ":"))
    assert row_hash("前一条", r, key) == hmac.new(key, f"前一条|{body}".encode(), hashlib.sha256).hexdigest()
