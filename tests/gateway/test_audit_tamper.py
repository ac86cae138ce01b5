"""``beian admin audit verify`` names each kind of tampering on a keyed chain with signed checkpoints.

Every attack here is made by someone who can write the database but has neither the key nor
the checkpoint folder: the attacks the old unkeyed chain passed (``verify`` exited 0).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from gw_support import write_config
from typer.testing import CliRunner

from beian.cli import app as cli
from beian.gateway.audit import AuditStore
from beian.gateway.audit_chain import row_hash
from beian.gateway.checkpoints import Checkpointer, DirectorySink, read_checkpoints
from beian.kinds import Tamper

runner = CliRunner()
N = 1500


def rec(i: int) -> dict[str, Any]:
    """One request record."""
    return {"ts": 1_700_000_000.0 + i, "request_id": f"r{i}", "app": "demo", "user_hash": None, "model": "m",
            "mode": "normal", "action": "allow", "categories": "", "evidence": "[]", "timings": "{}", "raw": None}


@pytest.fixture
def keyed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A config with a key file and a checkpoint folder; N records and a checkpoint after the last one."""
    monkeypatch.delenv("BEIAN_AUDIT_KEY", raising=False)
    assert runner.invoke(cli, ["admin", "audit", "init-key", str(tmp_path / "audit.key")]).exit_code == 0
    cfg = write_config(tmp_path, "http://127.0.0.1:9/v1", audit={
        "url": "sqlite:///audit.db", "key_file": "audit.key", "checkpoint_dir": "cp", "require_key": True})
    key = bytes.fromhex((tmp_path / "audit.key").read_text().strip())
    store = AuditStore(f"sqlite:///{tmp_path / 'audit.db'}", key=key)
    sink = DirectorySink(tmp_path / "cp")
    cp = Checkpointer(store, sink, key, every_rows=10**9, every_s=3600)
    for start in range(0, N, 250):
        store.append([rec(i) for i in range(start, start + 250)])
        cp.write_now()
    cp.close()
    return {"cfg": cfg, "db": tmp_path / "audit.db", "store": store, "sink": sink, "key": key}


def verify(k: dict[str, Any]) -> tuple[int, str]:
    res = runner.invoke(cli, ["admin", "audit", "verify", "--config", str(k["cfg"])])
    return res.exit_code, res.output


def sql(k: dict[str, Any], *statements: str) -> None:
    with sqlite3.connect(k["db"]) as con:
        for s in statements:
            con.execute(s)


def ids(k: dict[str, Any]) -> list[int]:
    with sqlite3.connect(k["db"]) as con:
        return [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id")]


def test_untouched_chain_verifies(keyed: dict[str, Any]) -> None:
    code, out = verify(keyed)
    assert code == 0 and "密钥哈希链完整" in out and f"共 {N + 1} 条" in out  # N and the keying record
    assert (keyed["db"].parent / "audit.key").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("n", [1, 500])
def test_truncating_the_newest_records(keyed: dict[str, Any], n: int) -> None:
    last = ids(keyed)[-1]
    sql(keyed, f"DELETE FROM audit_log WHERE id > {last - n}")
    code, out = verify(keyed)
    assert code == 1 and Tamper.TRUNCATED.zh in out and f"第 {last - n + 1} 条记录" in out


def test_truncation_followed_by_new_records_reusing_the_ids(keyed: dict[str, Any]) -> None:
    last = ids(keyed)[-1]
    sql(keyed, f"DELETE FROM audit_log WHERE id > {last - 3}")
    keyed["store"].append([rec(10_000 + i) for i in range(5)])  # the gateway goes on writing
    code, out = verify(keyed)
    assert code == 1 and Tamper.CHECKPOINT_MISMATCH.zh in out and f"第 {last} 条" in out


def test_deleting_the_first_thousand_and_forging_the_anchor(keyed: dict[str, Any]) -> None:
    first_ids = ids(keyed)
    cut = first_ids[999]
    with sqlite3.connect(keyed["db"]) as con:
        anchor = con.execute(f"SELECT hash FROM audit_log WHERE id = {cut}").fetchone()[0]
    sql(keyed, f"DELETE FROM audit_log WHERE id <= {cut}",
        f"INSERT INTO gateway_state (key, value) VALUES ('chain_anchor', '{anchor}')",
        f"INSERT INTO gateway_state (key, value) VALUES ('chain_anchor_id', '{cut}')",
        f"INSERT INTO gateway_state (key, value) VALUES ('chain_purged', '{cut}')")
    code, out = verify(keyed)
    assert code == 1 and Tamper.ANCHOR_FORGED.zh in out and f"第 {cut + 1} 条记录" in out


def test_deleting_the_first_records_without_touching_the_anchor(keyed: dict[str, Any]) -> None:
    sql(keyed, "DELETE FROM audit_log WHERE id <= 1000")
    code, out = verify(keyed)
    assert code == 1 and Tamper.HEAD_DELETED.zh in out and "第 1001 条记录" in out


def _recompute_from(k: dict[str, Any], start: int, key: bytes | None) -> None:
    """Rewrite every hash from record ``start`` on with ``key`` (None: the old unkeyed rule)."""
    with sqlite3.connect(k["db"]) as con:
        con.row_factory = sqlite3.Row
        rows = [dict(r) for r in con.execute("SELECT * FROM audit_log ORDER BY id")]
        prev = next(r["hash"] for r in rows if r["id"] == start - 1)
        for r in (r for r in rows if r["id"] >= start):
            r["prev_hash"] = prev
            r["hash"] = prev = row_hash(prev, r, key)
            con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (r["prev_hash"], r["hash"], r["id"]))


@pytest.mark.parametrize("forger_key", [None, b"\x01" * 32], ids=["unkeyed-rule", "wrong-key"])
def test_edited_record_with_later_hashes_recomputed(keyed: dict[str, Any], forger_key: bytes | None) -> None:
    sql(keyed, "UPDATE audit_log SET action = 'allow', evidence = '[]', categories = '' WHERE id = 700")
    sql(keyed, "UPDATE audit_log SET app = 'forged' WHERE id = 700")
    _recompute_from(keyed, 700, forger_key)
    code, out = verify(keyed)
    assert code == 1 and Tamper.MODIFIED.zh in out and "第 700 条记录" in out


def test_deleting_one_record_in_the_middle(keyed: dict[str, Any]) -> None:
    sql(keyed, "DELETE FROM audit_log WHERE id = 800")
    code, out = verify(keyed)
    assert code == 1 and Tamper.DELETED.zh in out and "第 801 条记录" in out


def test_editing_a_checkpoint_file(keyed: dict[str, Any]) -> None:
    path = keyed["sink"].path
    lines = path.read_text(encoding="utf-8").splitlines()
    d = json.loads(lines[2])
    d["count"] -= 100  # as if 100 records had never been written
    lines[2] = json.dumps(d, separators=(",", ":"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = verify(keyed)
    assert code == 1 and Tamper.CHECKPOINT_EDITED.zh in out and "检查点文件第 3 行" in out


def test_removing_the_keying_state(keyed: dict[str, Any]) -> None:
    sql(keyed, "DELETE FROM gateway_state WHERE key = 'chain_keyed'")
    code, out = verify(keyed)
    assert code == 1 and Tamper.KEY_STATE_FORGED.zh in out


def test_a_legitimate_purge_still_verifies(keyed: dict[str, Any]) -> None:
    res = runner.invoke(cli, ["admin", "audit", "purge", "--months", "1", "--config", str(keyed["cfg"])])
    assert res.exit_code == 0
    code, out = verify(keyed)
    assert code == 0, out
    with sqlite3.connect(keyed["db"]) as con:
        assert con.execute("SELECT action FROM audit_log").fetchall() == [("purge",)]


def test_verify_without_the_key_is_a_usage_error(keyed: dict[str, Any]) -> None:
    res = runner.invoke(cli, ["admin", "audit", "verify", "--db", f"sqlite:///{keyed['db']}"])
    assert res.exit_code == 2 and "需要同一个密钥" in res.output


def test_wrong_key_is_refused_when_opening(keyed: dict[str, Any]) -> None:
    from beian.errors import ConfigError

    with pytest.raises(ConfigError, match="不一致"):
        AuditStore(f"sqlite:///{keyed['db']}", key=b"\x02" * 32)


# ------------------------------------------------------------------ migration of an unkeyed database
def test_unkeyed_database_is_keyed_from_a_marker_record(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = AuditStore(url)
    old.append([rec(i) for i in range(10)])
    assert old.purge(1_700_000_000.0 + 3.5) == 4  # purged before keying: the anchor is trusted when keying starts
    key = hashlib.sha256(b"k").digest()
    new = AuditStore(url, key=key)
    new.append([rec(100 + i) for i in range(5)])
    rows = list(new.iter_records())
    marker = next(r for r in rows if r["action"] == "chain_keyed")
    assert all(r["hash"] == row_hash(r["prev_hash"], r) for r in rows if r["id"] < marker["id"])  # old rule
    assert all(r["hash"] == row_hash(r["prev_hash"], r, key) for r in rows if r["id"] >= marker["id"])
    assert new.verify().ok
    with sqlite3.connect(tmp_path / "old.db") as con:  # a keyed record rewritten with the old rule
        con.execute(f"UPDATE audit_log SET app = 'x' WHERE id = {marker['id'] + 2}")
    _recompute_from({"db": tmp_path / "old.db"}, marker["id"] + 2, None)
    bad = new.verify()
    assert not bad.ok and bad.kind == Tamper.MODIFIED and bad.broken_at == marker["id"] + 2


def test_without_a_key_a_keyed_chain_cannot_be_extended(tmp_path: Path) -> None:
    from beian.errors import ConfigError

    url = f"sqlite:///{tmp_path / 'a.db'}"
    AuditStore(url, key=b"\x03" * 32).append([rec(0)])
    with pytest.raises(ConfigError, match="没有提供密钥"):
        AuditStore(url)
    reader = AuditStore(url, init_chain=False)
    with pytest.raises(ConfigError):
        reader.set_mode("strict", "张三")
    assert reader.mode() == "normal"


def test_checkpointer_writes_every_n_rows_and_on_close(tmp_path: Path) -> None:
    import time

    key = b"\x04" * 32
    store = AuditStore(f"sqlite:///{tmp_path / 'a.db'}", key=key)
    sink = DirectorySink(tmp_path / "cp")
    cp = Checkpointer(store, sink, key, every_rows=10, every_s=3600)
    store.on_append = cp.note
    store.append([rec(i) for i in range(12)])
    deadline = time.monotonic() + 10
    while not sink.lines() and time.monotonic() < deadline:
        time.sleep(0.02)
    store.append([rec(99)])
    cp.close()
    cps = read_checkpoints(sink, key)
    assert len(cps) == 2 and all(c.valid for c in cps) and cps[-1].last_id == store.chain_head()[0]
    assert cps[-1].count == 14 and (tmp_path / "cp" / "checkpoints.jsonl").stat().st_mode & 0o777 == 0o600
