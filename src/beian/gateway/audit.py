"""The audit database: decisions (hash-chained), gateway state, keyword change log,
complaints and training opt-outs. SQLite by default (WAL, synchronous=FULL),
PostgreSQL through a URL.
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine

from beian.errors import RuntimeFailure

meta = MetaData()
audit_log = Table(
    "audit_log", meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ts", Float, nullable=False, index=True),
    Column("request_id", String(64)), Column("app", String(128)), Column("user_hash", String(64)),
    Column("model", String(128)), Column("mode", String(16)), Column("action", String(32)),
    Column("categories", Text), Column("evidence", Text), Column("timings", Text), Column("raw", Text),
    Column("prev_hash", String(64), nullable=False), Column("hash", String(64), nullable=False),
)
state = Table(
    "gateway_state", meta,
    Column("key", String(64), primary_key=True), Column("value", Text, nullable=False),
    Column("updated_at", Float), Column("updated_by", String(128)),
)
keyword_changes = Table(
    "keyword_changes", meta,
    Column("version", Integer, primary_key=True, autoincrement=True),
    Column("ts", Float, nullable=False), Column("who", String(128), nullable=False),
    Column("op", String(8), nullable=False), Column("term", Text, nullable=False), Column("category", String(128)),
)
complaints = Table(
    "complaints", meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ts", Float, nullable=False), Column("app", String(128)), Column("user_hash", String(64)),
    Column("kind", String(64)), Column("content", Text), Column("contact", Text), Column("request_id", String(64)),
    Column("due_ts", Float, nullable=False), Column("status", String(16), nullable=False),
    Column("resolved_ts", Float), Column("reply", Text),
)
opt_outs = Table(
    "training_opt_outs", meta,
    Column("user_hash", String(64), primary_key=True), Column("ts", Float, nullable=False), Column("app", String(128)),
)

CHAIN_FIELDS = ("ts", "request_id", "app", "user_hash", "model", "mode", "action", "categories",
                "evidence", "timings", "raw")
MODES = ("normal", "strict", "canned", "suspended")
MODE_ZH = {"normal": "正常", "strict": "严格", "canned": "仅预设回答", "suspended": "暂停服务"}


def _pk(key: Any) -> int:
    """The integer primary key SQLAlchemy reports for an insert."""
    return int(key[0])


def row_hash(prev: str, row: dict[str, Any]) -> str:
    """sha256 over the previous hash and this record's fields."""
    body = json.dumps([row.get(k) for k in CHAIN_FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + "|" + body).encode("utf-8")).hexdigest()


def make_engine(url: str, busy_timeout_ms: int = 2000, writer: bool = True) -> Engine:
    """An engine; SQLite gets WAL, synchronous=FULL and (for writers) BEGIN IMMEDIATE transactions."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    eng = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False})

    @event.listens_for(eng, "connect")
    def _on_connect(dbapi_conn: Any, _rec: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(eng, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return eng


@dataclass
class VerifyResult:
    """Outcome of checking the hash chain."""

    ok: bool
    checked: int
    broken_at: int | None = None
    message: str = ""


@dataclass
class AuditStore:
    """All database access of the gateway and its CLI."""

    url: str
    busy_timeout_ms: int = 2000
    engine: Engine = field(init=False)
    reader: Engine = field(init=False)

    def __post_init__(self) -> None:
        try:
            self.engine = make_engine(self.url, self.busy_timeout_ms)
            self.reader = make_engine(self.url, self.busy_timeout_ms, writer=False)
            meta.create_all(self.engine)
        except Exception as exc:
            raise RuntimeFailure(f"无法打开审计数据库：{type(exc).__name__}", "检查 audit.url 与目录权限") from None

    # ------------------------------------------------------------ records
    def append(self, rows: list[dict[str, Any]]) -> list[int]:
        """Append records in one transaction, chaining each to the previous hash."""
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(4515)"))
            prev = conn.execute(select(audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)).scalar()
            prev = prev if prev is not None else self.anchor(conn)
            ids = []
            for row in rows:
                full = {k: row.get(k) for k in CHAIN_FIELDS}
                full["prev_hash"] = prev
                full["hash"] = prev = row_hash(prev, full)
                ids.append(_pk(conn.execute(insert(audit_log).values(**full)).inserted_primary_key))
        return ids

    def anchor(self, conn: Connection) -> str:
        """The hash the first remaining record chains to ('' before any purge)."""
        val = conn.execute(select(state.c.value).where(state.c.key == "chain_anchor")).scalar()
        return val or ""

    def iter_records(self, since: float | None = None) -> Iterator[dict[str, Any]]:
        """Records in order (optionally since a timestamp)."""
        q = select(audit_log).order_by(audit_log.c.id)
        if since is not None:
            q = q.where(audit_log.c.ts >= since)
        with self.reader.connect() as conn:
            for row in conn.execute(q):
                yield dict(row._mapping)

    def count(self) -> int:
        """How many records are stored."""
        with self.reader.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(audit_log)).scalar() or 0)

    def verify(self) -> VerifyResult:
        """Recompute the chain; report the first record that does not fit."""
        with self.reader.connect() as conn:
            prev = self.anchor(conn)
        n = 0
        for row in self.iter_records():
            n += 1
            if row["prev_hash"] != prev or row_hash(prev, row) != row["hash"]:
                return VerifyResult(False, n, row["id"], f"第 {row['id']} 条记录的哈希链不连续：记录被修改、删除或插入")
            prev = row["hash"]
        return VerifyResult(True, n, None, f"哈希链完整，共 {n} 条记录")

    def purge(self, before_ts: float) -> int:
        """Delete records older than ``before_ts``; keep the chain verifiable."""
        with self.engine.begin() as conn:
            last = conn.execute(select(audit_log.c.id, audit_log.c.hash).where(audit_log.c.ts < before_ts)
                                .order_by(audit_log.c.id.desc()).limit(1)).first()
            if last is None:
                return 0
            n = conn.execute(delete(audit_log).where(audit_log.c.id <= last.id)).rowcount
            self._put(conn, "chain_anchor", last.hash, "purge")
        return int(n or 0)

    # -------------------------------------------------------------- state
    def _put(self, conn: Connection, key: str, value: str, who: str) -> None:
        now = time.time()
        done = conn.execute(update(state).where(state.c.key == key)
                            .values(value=value, updated_at=now, updated_by=who)).rowcount
        if not done:
            conn.execute(insert(state).values(key=key, value=value, updated_at=now, updated_by=who))

    def get_state(self, key: str, default: str = "") -> str:
        """A stored setting."""
        with self.reader.connect() as conn:
            val = conn.execute(select(state.c.value).where(state.c.key == key)).scalar()
        return default if val is None else str(val)

    def set_mode(self, mode: str, who: str) -> None:
        """Switch the emergency mode for every worker."""
        if mode not in MODES:
            raise RuntimeFailure(f"未知的运行模式 {mode}", "可选：" + "、".join(MODES))
        with self.engine.begin() as conn:
            self._put(conn, "mode", mode, who)

    def mode(self) -> str:
        """The current mode (normal when never set)."""
        return self.get_state("mode", "normal")

    # ----------------------------------------------------------- keywords
    def change_keywords(self, op: str, terms: list[str], who: str, category: str | None = None) -> int:
        """Log an add/remove of terms; return the new version."""
        with self.engine.begin() as conn:
            version = 0
            for term in terms:
                version = _pk(conn.execute(insert(keyword_changes).values(
                    ts=time.time(), who=who, op=op, term=term, category=category)).inserted_primary_key)
        return version

    def keyword_version(self) -> int:
        """The latest change-log version (0 when none)."""
        with self.reader.connect() as conn:
            return int(conn.execute(select(func.max(keyword_changes.c.version))).scalar() or 0)

    def keyword_log(self) -> list[dict[str, Any]]:
        """The change log in order."""
        with self.reader.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(keyword_changes).order_by(keyword_changes.c.version))]

    def keyword_overlay(self) -> tuple[dict[str, str | None], set[str]]:
        """Terms added (with category) and removed, after replaying the log."""
        added: dict[str, str | None] = {}
        removed: set[str] = set()
        for row in self.keyword_log():
            if row["op"] == "add":
                added[row["term"]] = row["category"]
                removed.discard(row["term"])
            else:
                added.pop(row["term"], None)
                removed.add(row["term"])
        return added, removed

    # --------------------------------------------------------- complaints
    def add_complaint(self, values: dict[str, Any]) -> int:
        """Store a complaint; return its id."""
        with self.engine.begin() as conn:
            return _pk(conn.execute(insert(complaints).values(**values)).inserted_primary_key)

    def list_complaints(self) -> list[dict[str, Any]]:
        """All complaints, oldest first."""
        with self.reader.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(complaints).order_by(complaints.c.id))]

    def resolve_complaint(self, cid: int, reply: str) -> bool:
        """Mark a complaint handled."""
        with self.engine.begin() as conn:
            n = conn.execute(update(complaints).where(complaints.c.id == cid)
                             .values(status="resolved", resolved_ts=time.time(), reply=reply)).rowcount
        return bool(n)

    def opt_out(self, user_hash: str, app: str) -> None:
        """Record that a user's data must not be used for training."""
        with self.engine.begin() as conn:
            if conn.execute(select(opt_outs.c.user_hash).where(opt_outs.c.user_hash == user_hash)).first() is None:
                conn.execute(insert(opt_outs).values(user_hash=user_hash, ts=time.time(), app=app))

    def opted_out(self, user_hash: str) -> bool:
        """Whether the user opted out of training use."""
        with self.reader.connect() as conn:
            return conn.execute(select(opt_outs.c.user_hash).where(opt_outs.c.user_hash == user_hash)).first() is not None


class AuditWriter:
    """A background thread that commits queued records in groups (group commit).

    :meth:`submit` returns a future that completes once the record is committed,
    so a response is only sent for a request whose record is durable.
    """

    def __init__(self, store: AuditStore) -> None:
        self.store = store
        self._q: queue.Queue[tuple[dict[str, Any], Future[int]] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="beian-audit", daemon=True)
        self._thread.start()

    def submit(self, row: dict[str, Any]) -> Future[int]:
        """Queue a record; the future gives its id or the database error."""
        fut: Future[int] = Future()
        self._q.put((row, fut))
        return fut

    def close(self) -> None:
        """Flush and stop."""
        self._q.put(None)
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            item = self._q.get()
            if item is None:
                return
            batch = [item]
            while len(batch) < 256:
                try:
                    nxt = self._q.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    self._commit(batch)
                    return
                batch.append(nxt)
            self._commit(batch)

    def _commit(self, batch: list[tuple[dict[str, Any], Future[int]]]) -> None:
        try:
            ids = self.store.append([row for row, _ in batch])
        except Exception as exc:
            for _, fut in batch:
                fut.set_exception(exc)
            return
        for (_, fut), rid in zip(batch, ids):
            fut.set_result(rid)
