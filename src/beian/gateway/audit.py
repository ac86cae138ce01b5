"""The audit database: decisions (hash-chained), gateway state, keyword change log,
complaints and training opt-outs. SQLite by default (WAL, synchronous=NORMAL or FULL),
PostgreSQL through a URL (``postgresql+psycopg://...``).

On PostgreSQL every writer that touches the hash chain first takes a
transaction-scoped advisory lock, so any number of gateway workers on any number
of hosts extend one unbroken chain; writers run at READ COMMITTED so that the
statement after the lock sees the previous holder's commit, readers run at
REPEATABLE READ so that a verification sees one consistent snapshot.
"""

from __future__ import annotations

import functools
import hashlib
import json
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import (
    BigInteger,
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
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from beian.errors import RuntimeFailure
from beian.kinds import Mode
from beian.records import AUDIT_FIELDS

meta = MetaData()
audit_log = Table(
    "audit_log", meta,
    # BIGINT on PostgreSQL (a busy gateway passes 2^31 records); SQLite needs INTEGER for its rowid alias.
    Column("id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True),
    Column("ts", Float, nullable=False, index=True),
    Column("request_id", String(64)), Column("app", String(128)), Column("user_hash", String(64)),
    Column("model", String(128)), Column("mode", String(16)), Column("action", String(32)),
    # JSON is kept as TEXT on purpose: JSONB would reorder keys and break the hashes.
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


CHAIN_FIELDS = AUDIT_FIELDS  # the hashed fields: every field of an AuditRow, in order
MODES = Mode.values()
MODE_ZH = Mode.labels()

# PostgreSQL advisory-lock keys (per database): one per thing that must be serialized across workers.
CHAIN_LOCK_KEY = 4515
KEYWORD_LOCK_KEY = 4516
SCHEMA_LOCK_KEY = 4517
PG_CONNECT_TIMEOUT_S = 10
_NEXT_IDS = text("SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) FROM generate_series(1, :n)")

T = TypeVar("T")
P = ParamSpec("P")


def _pk(key: Any) -> int:
    """The integer primary key SQLAlchemy reports for an insert."""
    return int(key[0])


def row_hash(prev: str, row: dict[str, Any]) -> str:
    """sha256 over the previous hash and this record's fields."""
    body = json.dumps([row.get(k) for k in CHAIN_FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + "|" + body).encode("utf-8")).hexdigest()


def _storable(value: Any, length: int | None) -> str:
    """A string every backend stores unchanged: no NUL, no lone surrogate, within the column length."""
    s = value if isinstance(value, str) else str(value)
    if "\x00" in s:
        s = s.replace("\x00", "\ufffd")
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = s.encode("utf-8", "replace").decode("utf-8")
    return s[:length] if length and len(s) > length else s


def fit_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` made storable in ``table`` on SQLite and PostgreSQL alike.

    PostgreSQL rejects NUL characters and over-long VARCHARs where SQLite keeps
    them; cleaning before hashing keeps the stored record equal to the hashed one.
    """
    out: dict[str, Any] = {}
    for key, value in values.items():
        col_type = table.c[key].type
        if value is not None and isinstance(col_type, String):
            value = _storable(value, col_type.length)
        out[key] = value
    return out


# ------------------------------------------------------------------ URLs, engines and errors
def normalize_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` use the psycopg 3 driver (the ``beian[postgres]`` extra)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def safe_url(url: str) -> str:
    """The URL with its password replaced by ``***`` (for messages and logs)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "无法解析的地址"


def _password(url: str) -> str:
    try:
        return str(make_url(url).password or "")
    except Exception:
        return ""


def _where(url: str) -> str:
    """Host and port (or socket folder) of a server URL, for messages."""
    try:
        u = make_url(url)
    except Exception:
        return "数据库服务器"
    host = u.host or str(u.query.get("host") or "本机套接字")
    return f"{host}:{u.port}" if u.port else host


def _detail(exc: BaseException, url: str) -> str:
    """The driver's message on one line, without the password."""
    orig = getattr(exc, "orig", None) or exc
    line = " ".join(ln.strip() for ln in str(orig).splitlines() if ln.strip()) or type(orig).__name__
    return _without_password(line, _password(url))[:400]  # cut only after the password is gone


def _without_password(line: str, pw: str) -> str:
    """Mask the password where a driver message can carry it (DSN ``password=…``, ``://user:…@``, the
    password as a whole token) without touching other words that merely contain it ("postgres" in "postgresql")."""
    import re
    from urllib.parse import quote

    line = re.sub(r"(password\s*=\s*)('[^']*'|\S+)", r"\1***", line, flags=re.IGNORECASE)
    line = re.sub(r"(://[^:/@\s]*:)([^@\s]*)(@)", r"\1***\3", line)
    for form in {pw, quote(pw, safe="")} if pw else ():
        line = re.sub(rf"(?<![\w.-]){re.escape(form)}(?![\w.-])", "***", line)
    return line


def _reason(exc: BaseException, url: str) -> tuple[str, str]:
    """A Chinese reason and hint for a database error."""
    if isinstance(exc, ModuleNotFoundError) and "psycopg" in str(exc):
        return "未安装 PostgreSQL 驱动 psycopg", "执行 pip install 'beian[postgres]'"
    name = type(exc).__name__
    if name == "NoSuchModuleError":
        return "不支持的数据库类型", "使用 sqlite:///文件路径 或 postgresql+psycopg://用户@主机/库名"
    if name == "ArgumentError":
        return "审计数据库地址格式不正确", "例如 postgresql+psycopg://用户:密码@主机:5432/库名"
    msg = _detail(exc, url)
    low = msg.lower()
    if "password authentication failed" in low or "no password supplied" in low or "authentication failed" in low:
        return "PostgreSQL 拒绝登录：用户名或密码错误", "核对 audit.url 中的用户名与密码"
    if "does not exist" in low and 'database "' in low:
        return "数据库不存在", f"先在服务器上创建数据库（{msg}）"
    if "does not exist" in low and 'role "' in low:
        return "数据库用户不存在", f"先在服务器上创建用户（{msg}）"
    if any(k in low for k in ("connection refused", "could not connect", "failed to resolve host",
                              "could not translate host", "timeout expired", "connection to server")):
        return f"无法连接到 PostgreSQL 服务器 {_where(url)}", f"确认服务器已启动、地址与端口正确、网络可达（{msg}）"
    if "lock timeout" in low or "database is locked" in low or "could not obtain lock" in low:
        return "审计数据库被锁定，等待超时", "稍后重试；若长期被锁，检查是否有长事务占用"
    if "unable to open database file" in low:
        return "无法打开 SQLite 数据库文件", "检查 audit.url 指向的目录是否存在、是否可写"
    return msg, "检查 audit.url、数据库服务器状态与权限"


def db_failure(exc: BaseException, url: str, action: str = "审计数据库操作失败") -> RuntimeFailure:
    """A :class:`RuntimeFailure` in Chinese for ``exc``; never contains the password."""
    reason, hint = _reason(exc, url)
    return RuntimeFailure(f"{action}：{reason}（{safe_url(url)}）", hint)


def _pg_engine(url: URL, busy_timeout_ms: int, writer: bool) -> Engine:
    """PostgreSQL: lock waits bounded like SQLite's busy timeout, explicit isolation levels."""
    args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
    if "options" not in url.query:
        args["options"] = f"-c lock_timeout={int(busy_timeout_ms)}"
    level = "READ COMMITTED" if writer else "REPEATABLE READ"
    return create_engine(url, pool_pre_ping=True, connect_args=args, isolation_level=level)


def make_engine(url: str, busy_timeout_ms: int = 2000, writer: bool = True, synchronous: str = "normal") -> Engine:
    """An engine; SQLite gets WAL, ``synchronous`` and (for writers) BEGIN IMMEDIATE transactions.

    In WAL mode ``normal`` keeps every committed transaction when the process is killed (the
    WAL is written before the commit returns); only a power cut or OS crash can lose the last
    ones. ``full`` also survives those, at the cost of an fsync per commit.
    """
    if synchronous not in SYNC_MODES:
        raise ValueError(f"synchronous 须为 {'、'.join(SYNC_MODES)}")
    parsed = make_url(normalize_url(url))
    if parsed.get_backend_name() == "postgresql":
        return _pg_engine(parsed, busy_timeout_ms, writer)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    eng = create_engine(parsed, connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False})

    @event.listens_for(eng, "connect")
    def _on_connect(dbapi_conn: Any, _rec: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={synchronous.upper()}")
        cur.close()

    @event.listens_for(eng, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return eng


SYNC_MODES = ("normal", "full")
_INSERT_COLUMNS = (*CHAIN_FIELDS, "prev_hash", "hash")
_SQLITE_LAST_HASH = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"
_SQLITE_INSERT = (f"INSERT INTO audit_log ({', '.join(_INSERT_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})")


def _never_blocks(url: str, synchronous: str) -> bool:
    """Whether :meth:`AuditStore.try_append_now` may run: a SQLite file (not memory) without fsync per commit."""
    parsed = make_url(normalize_url(url))
    return (parsed.get_backend_name() == "sqlite" and synchronous == "normal"
            and parsed.database not in (None, "", ":memory:"))


def _is_pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _lock(conn: Connection, key: int) -> None:
    """Take a PostgreSQL advisory lock until this transaction ends (SQLite: BEGIN IMMEDIATE already did)."""
    if _is_pg(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


def _guarded(method: Callable[Concatenate[AuditStore, P], T]) -> Callable[Concatenate[AuditStore, P], T]:
    """Turn database errors of a store method into a Chinese :class:`RuntimeFailure`."""

    @functools.wraps(method)
    def wrapper(self: AuditStore, /, *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return method(self, *args, **kwargs)
        except (SQLAlchemyError, sqlite3.Error) as exc:  # the SQLite hot path uses the DB-API directly
            raise db_failure(exc, self.url) from None

    return wrapper


def chain_rows(prev: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records ready to insert: cleaned, each linked to the one before it."""
    out = []
    for row in rows:
        full = fit_row(audit_log, {k: row.get(k) for k in CHAIN_FIELDS})
        full["prev_hash"] = prev
        full["hash"] = prev = row_hash(prev, full)
        out.append(full)
    return out


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
    synchronous: str = "normal"
    engine: Engine = field(init=False)
    reader: Engine = field(init=False)
    quick: Engine | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        try:
            self.engine = make_engine(self.url, self.busy_timeout_ms, synchronous=self.synchronous)
            self.reader = make_engine(self.url, self.busy_timeout_ms, writer=False)
            if _never_blocks(self.url, self.synchronous):
                self.quick = make_engine(self.url, 0, synchronous=self.synchronous)
            with self.engine.begin() as conn:
                _lock(conn, SCHEMA_LOCK_KEY)  # workers starting together must not race on CREATE TABLE
                meta.create_all(conn)
        except Exception as exc:
            raise db_failure(exc, self.url, "无法打开审计数据库") from None

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Close all pooled connections."""
        self.engine.dispose()
        self.reader.dispose()
        if self.quick is not None:
            self.quick.dispose()

    # ------------------------------------------------------------ records
    @_guarded
    def append(self, rows: list[dict[str, Any]]) -> list[int]:
        """Append records in one transaction, chaining each to the previous hash."""
        if not rows:
            return []
        with self.engine.begin() as conn:
            if not _is_pg(conn):
                return self._append_sqlite(conn, rows)
            _lock(conn, CHAIN_LOCK_KEY)
            prev = conn.execute(select(audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)).scalar()
            return self._insert_pg(conn, chain_rows(prev if prev is not None else self.anchor(conn), rows))

    def try_append_now(self, row: dict[str, Any]) -> int | None:
        """Append one record in the caller's thread if that cannot wait: the record's id, or ``None``.

        Only on a SQLite file in WAL with ``synchronous=normal`` (a commit writes the WAL
        without an fsync, about 0.1 ms), and only when the write lock is free: the
        connection's busy timeout is 0. ``None`` means "queue it for the writer thread",
        which waits for the lock and reports errors; a failed attempt has committed nothing.
        """
        if self.quick is None:
            return None
        try:
            with self.quick.begin() as conn:
                return self._append_sqlite(conn, [row])[0]
        except (SQLAlchemyError, sqlite3.Error):
            return None

    @staticmethod
    def _insert_pg(conn: Connection, full: list[dict[str, Any]]) -> list[int]:
        """One round trip for the ids, one batched insert; ids ascend in chain order (the lock is held)."""
        ids = sorted(int(i) for i in conn.execute(_NEXT_IDS, {"n": len(full)}).scalars())
        for rid, row in zip(ids, full):
            row["id"] = rid
        conn.execute(insert(audit_log), full)
        return ids

    def _append_sqlite(self, conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
        """The gateway's hot path on SQLite: plain DB-API statements inside SQLAlchemy's transaction.

        BEGIN IMMEDIATE (the engine's ``begin`` event) already holds the write lock. Going
        around SQLAlchemy's statement compilation cuts the writer thread's CPU per record by
        about three quarters, and that thread competes with the request handlers for the GIL.
        """
        cur = conn.connection.cursor()
        try:
            last = cur.execute(_SQLITE_LAST_HASH).fetchone()
            full = chain_rows(last[0] if last else self.anchor(conn), rows)
            ids = []
            for r in full:
                cur.execute(_SQLITE_INSERT, [r[c] for c in _INSERT_COLUMNS])
                ids.append(int(cur.lastrowid or 0))
            return ids
        finally:
            cur.close()

    def anchor(self, conn: Connection) -> str:
        """The hash the first remaining record chains to ('' before any purge)."""
        val = conn.execute(select(state.c.value).where(state.c.key == "chain_anchor")).scalar()
        return val or ""

    @staticmethod
    def _records(conn: Connection, since: float | None) -> Iterator[dict[str, Any]]:
        q = select(audit_log).order_by(audit_log.c.id)
        if since is not None:
            q = q.where(audit_log.c.ts >= since)
        if _is_pg(conn):  # a server-side cursor: the whole log never sits in memory
            conn = conn.execution_options(stream_results=True, yield_per=1000)
        for row in conn.execute(q):
            yield dict(row._mapping)

    def iter_records(self, since: float | None = None) -> Iterator[dict[str, Any]]:
        """Records in order (optionally since a timestamp)."""
        try:
            with self.reader.connect() as conn:
                yield from self._records(conn, since)
        except (SQLAlchemyError, sqlite3.Error) as exc:  # the SQLite hot path uses the DB-API directly
            raise db_failure(exc, self.url) from None

    @_guarded
    def count(self) -> int:
        """How many records are stored."""
        with self.reader.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(audit_log)).scalar() or 0)

    @_guarded
    def verify(self) -> VerifyResult:
        """Recompute the chain (one snapshot); report the first record that does not fit."""
        with self.reader.connect() as conn:
            prev = self.anchor(conn)
            n = 0
            for row in self._records(conn, None):
                n += 1
                if row["prev_hash"] != prev or row_hash(prev, row) != row["hash"]:
                    return VerifyResult(False, n, row["id"],
                                        f"第 {row['id']} 条记录的哈希链不连续：记录被修改、删除或插入")
                prev = row["hash"]
        return VerifyResult(True, n, None, f"哈希链完整，共 {n} 条记录")

    @_guarded
    def purge(self, before_ts: float) -> int:
        """Delete records older than ``before_ts``; keep the chain verifiable."""
        with self.engine.begin() as conn:
            _lock(conn, CHAIN_LOCK_KEY)
            last = conn.execute(select(audit_log.c.id, audit_log.c.hash).where(audit_log.c.ts < before_ts)
                                .order_by(audit_log.c.id.desc()).limit(1)).first()
            if last is None:
                return 0
            n = conn.execute(delete(audit_log).where(audit_log.c.id <= last.id)).rowcount
            self._put(conn, "chain_anchor", last.hash, "purge")
        return int(n or 0)

    # -------------------------------------------------------------- state
    def _put(self, conn: Connection, key: str, value: str, who: str) -> None:
        vals = fit_row(state, {"key": key, "value": value, "updated_at": time.time(), "updated_by": who})
        if _is_pg(conn):  # an upsert: two workers setting a new key at once must not collide
            stmt = pg_insert(state).values(**vals)
            conn.execute(stmt.on_conflict_do_update(index_elements=[state.c.key], set_={
                "value": stmt.excluded.value, "updated_at": stmt.excluded.updated_at,
                "updated_by": stmt.excluded.updated_by}))
            return
        done = conn.execute(update(state).where(state.c.key == key).values(**vals)).rowcount
        if not done:
            conn.execute(insert(state).values(**vals))

    @_guarded
    def get_state(self, key: str, default: str = "") -> str:
        """A stored setting."""
        with self.reader.connect() as conn:
            val = conn.execute(select(state.c.value).where(state.c.key == key)).scalar()
        return default if val is None else str(val)

    @_guarded
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
    @_guarded
    def change_keywords(self, op: str, terms: list[str], who: str, category: str | None = None) -> int:
        """Log an add/remove of terms; return the new version.

        On PostgreSQL the change log is serialized too, so versions become visible
        in order and a worker that saw version *n* has seen every change up to *n*.
        """
        with self.engine.begin() as conn:
            _lock(conn, KEYWORD_LOCK_KEY)
            version = 0
            for term in terms:
                vals = fit_row(keyword_changes, {"ts": time.time(), "who": who, "op": op, "term": term,
                                                 "category": category})
                version = _pk(conn.execute(insert(keyword_changes).values(**vals)).inserted_primary_key)
        return version

    @_guarded
    def keyword_version(self) -> int:
        """The latest change-log version (0 when none)."""
        with self.reader.connect() as conn:
            return int(conn.execute(select(func.max(keyword_changes.c.version))).scalar() or 0)

    @_guarded
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
    @_guarded
    def add_complaint(self, values: dict[str, Any]) -> int:
        """Store a complaint; return its id."""
        with self.engine.begin() as conn:
            return _pk(conn.execute(insert(complaints).values(**fit_row(complaints, values))).inserted_primary_key)

    @_guarded
    def list_complaints(self) -> list[dict[str, Any]]:
        """All complaints, oldest first."""
        with self.reader.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(complaints).order_by(complaints.c.id))]

    @_guarded
    def resolve_complaint(self, cid: int, reply: str) -> bool:
        """Mark a complaint handled."""
        vals = fit_row(complaints, {"status": "resolved", "resolved_ts": time.time(), "reply": reply})
        with self.engine.begin() as conn:
            n = conn.execute(update(complaints).where(complaints.c.id == cid).values(**vals)).rowcount
        return bool(n)

    @_guarded
    def opt_out(self, user_hash: str, app: str) -> None:
        """Record that a user's data must not be used for training."""
        vals = fit_row(opt_outs, {"user_hash": user_hash, "ts": time.time(), "app": app})
        with self.engine.begin() as conn:
            if _is_pg(conn):
                conn.execute(pg_insert(opt_outs).values(**vals).on_conflict_do_nothing(index_elements=["user_hash"]))
            elif conn.execute(select(opt_outs.c.user_hash).where(opt_outs.c.user_hash == user_hash)).first() is None:
                conn.execute(insert(opt_outs).values(**vals))

    @_guarded
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
