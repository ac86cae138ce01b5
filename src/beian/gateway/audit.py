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
import json
import queue
import sqlite3
import threading
import time
import uuid
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

from beian.errors import ConfigError, RuntimeFailure
from beian.gateway.audit_chain import KEY_HINT, ChainState, ChainWalk, Problem, row_hash, sign, signed_ok
from beian.kinds import Mode, Outcome, Tamper
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
# finds a stream's outcome record from its start record; created on existing databases too
_REQUEST_INDEX = "CREATE INDEX IF NOT EXISTS ix_audit_log_request_id ON audit_log (request_id)"
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
_SQLITE_INSERT_ID = (f"INSERT INTO audit_log (id, {', '.join(_INSERT_COLUMNS)}) "
                     f"VALUES ({', '.join('?' * (len(_INSERT_COLUMNS) + 1))})")


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


def chain_rows(prev: str, rows: list[dict[str, Any]], key: bytes | None = None) -> list[dict[str, Any]]:
    """Records ready to insert: cleaned, each linked to the one before it (HMAC under ``key`` when given)."""
    out = []
    for row in rows:
        full = fit_row(audit_log, {k: row.get(k) for k in CHAIN_FIELDS})
        full["prev_hash"] = prev
        full["hash"] = prev = row_hash(prev, full, key)
        out.append(full)
    return out


def event_row(outcome: Outcome, evidence: list[dict[str, Any]], mode: str = "", request_id: str = "") -> dict[str, Any]:
    """A record of something other than a request: an operator's action or a chain event."""
    return {"ts": time.time(), "request_id": request_id or f"{outcome.value}-{uuid.uuid4().hex[:12]}", "app": "",
            "user_hash": None, "model": "", "mode": mode, "action": outcome.value, "categories": "",
            "evidence": json.dumps(evidence, ensure_ascii=False), "timings": "{}", "raw": None}


@dataclass
class VerifyResult:
    """Outcome of checking the hash chain (and the checkpoints, when given)."""

    ok: bool
    checked: int
    broken_at: int | None = None
    message: str = ""
    kind: Tamper | None = None
    problems: list[Problem] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)  # request ids of streams with only a start record


@dataclass
class AuditStore:
    """All database access of the gateway and its CLI."""

    url: str
    busy_timeout_ms: int = 2000
    synchronous: str = "normal"
    key: bytes | None = None  # the audit key (HMAC chain); None: the old unkeyed chain
    init_chain: bool = True  # check the key against the chain now (False: before the first write)
    engine: Engine = field(init=False)
    reader: Engine = field(init=False)
    quick: Engine | None = field(init=False, default=None)
    on_append: Callable[[int], None] | None = field(init=False, default=None)  # e.g. a Checkpointer's note
    _chain_checked: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        try:
            self.engine = make_engine(self.url, self.busy_timeout_ms, synchronous=self.synchronous)
            self.reader = make_engine(self.url, self.busy_timeout_ms, writer=False)
            if _never_blocks(self.url, self.synchronous):
                self.quick = make_engine(self.url, 0, synchronous=self.synchronous)
            with self.engine.begin() as conn:
                _lock(conn, SCHEMA_LOCK_KEY)  # workers starting together must not race on CREATE TABLE
                meta.create_all(conn)
                conn.execute(text(_REQUEST_INDEX))
                if self.init_chain:
                    self._check_key(conn)
        except ConfigError:
            raise
        except Exception as exc:
            raise db_failure(exc, self.url, "无法打开审计数据库") from None

    def _check_key(self, conn: Connection) -> None:
        """The key fits the chain; a first key starts keying (records before it keep the old rule)."""
        self._chain_checked = True
        st = ChainState.from_state(self._states(conn))
        if self.key is None:
            if st.keyed_from is not None:
                raise ConfigError("审计链已启用密钥，但没有提供密钥：没有密钥写入的记录会使哈希链断开", KEY_HINT)
            return
        if st.keyed_from is not None:
            if not signed_ok(self.key, st.keyed_sig, "keyed", st.keyed_from):
                raise ConfigError("审计密钥与启用密钥时的不一致（或启用状态被改动）",
                                  "使用启用时的密钥；用 beian admin audit verify 检查是否被篡改")
            return
        _lock(conn, CHAIN_LOCK_KEY)
        if st.anchor:  # a purge before keying: the anchor is trusted from here on
            self._put_anchor(conn, st.anchor, st.anchor_id, st.purged)
        marker = event_row(Outcome.CHAIN_KEYED, [{"note": "此前的记录按无密钥规则校验，自此条起使用密钥"}])
        mid = self._append_in(conn, [marker])[0]
        self._put(conn, "chain_keyed", json.dumps({"id": mid, "sig": sign(self.key, "keyed", mid)}), "beian")

    def _put_anchor(self, conn: Connection, anchor: str, anchor_id: int, purged: int) -> None:
        self._put(conn, "chain_anchor", anchor, "purge")
        self._put(conn, "chain_anchor_id", str(anchor_id), "purge")
        self._put(conn, "chain_purged", str(purged), "purge")
        if self.key is not None:
            sig = ChainState(anchor=anchor, anchor_id=anchor_id, purged=purged).anchor_signature(self.key)
            self._put(conn, "chain_anchor_sig", sig, "purge")

    @staticmethod
    def _states(conn: Connection) -> dict[str, str]:
        keys = ("chain_anchor", "chain_anchor_id", "chain_anchor_sig", "chain_purged", "chain_keyed")
        return {r.key: r.value for r in conn.execute(select(state.c.key, state.c.value).where(state.c.key.in_(keys)))}

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
            ids = self._append_in(conn, rows)
        self._noted(len(ids))
        return ids

    def _append_in(self, conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
        """Chain ``rows`` onto the newest record inside the caller's transaction."""
        if not self._chain_checked:
            self._check_key(conn)
        if not _is_pg(conn):
            return self._append_sqlite(conn, rows)
        _lock(conn, CHAIN_LOCK_KEY)
        prev = conn.execute(select(audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)).scalar()
        return self._insert_pg(conn, chain_rows(prev if prev is not None else self.anchor(conn), rows, self.key))

    def _noted(self, n: int) -> None:
        if self.on_append is not None and n:
            self.on_append(n)

    def try_append_now(self, row: dict[str, Any]) -> int | None:
        """Append one record in the caller's thread if that cannot wait: the record's id, or ``None``.

        Only on a SQLite file in WAL with ``synchronous=normal`` (a commit writes the WAL
        without an fsync, about 0.1 ms), and only when the write lock is free: the
        connection's busy timeout is 0. ``None`` means "queue it for the writer thread",
        which waits for the lock and reports errors; a failed attempt has committed nothing.
        """
        if self.quick is None or not self._chain_checked:
            return None
        try:
            with self.quick.begin() as conn:
                rid = self._append_sqlite(conn, [row])[0]
        except (SQLAlchemyError, sqlite3.Error):
            return None
        self._noted(1)
        return rid

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
            full = chain_rows(last[0] if last else self.anchor(conn), rows, self.key)
            ids = []
            if last is None and full:  # an emptied table would hand out id 1 again: go on after the anchor
                first = full.pop(0)
                cur.execute(_SQLITE_INSERT_ID, [self._anchor_id(conn) + 1] + [first[c] for c in _INSERT_COLUMNS])
                ids.append(int(cur.lastrowid or 0))
            for r in full:
                cur.execute(_SQLITE_INSERT, [r[c] for c in _INSERT_COLUMNS])
                ids.append(int(cur.lastrowid or 0))
            return ids
        finally:
            cur.close()

    @staticmethod
    def _anchor_id(conn: Connection) -> int:
        val = conn.execute(select(state.c.value).where(state.c.key == "chain_anchor_id")).scalar()
        return int(val or 0)

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
    def verify(self, checkpoints: list[Any] | None = None) -> VerifyResult:
        """Recompute the chain in one snapshot, compare it with ``checkpoints``; name the first tampering.

        Without the key only the old unkeyed rule can be checked (an edit whose later hashes were
        recomputed passes); a keyed chain cannot be verified without its key.
        """
        with self.reader.begin() as conn:
            st = ChainState.from_state(self._states(conn))
            if st.keyed_from is not None and self.key is None:
                raise ConfigError("审计链已启用密钥，校验需要同一个密钥", KEY_HINT)
            walk = ChainWalk(st, self.key, [cp.last_id for cp in checkpoints or [] if cp.valid])
            walk.check_state()
            for row in self._records(conn, None):
                walk.row(row)
            walk.finish(checkpoints or [])
        return _result(walk, self.key is not None and st.keyed_from is not None, len(checkpoints or []))

    @_guarded
    def chain_head(self) -> tuple[int, str, int]:
        """The newest record's id and hash and how many records the chain ever had (one snapshot)."""
        with self.reader.begin() as conn:
            last = conn.execute(select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)).first()
            n = int(conn.execute(select(func.count()).select_from(audit_log)).scalar() or 0)
            purged = int(self._states(conn).get("chain_purged") or 0)
        return (int(last.id), str(last.hash), n + purged) if last is not None else (0, "", purged)

    @_guarded
    def purge(self, before_ts: float) -> int:
        """Delete records older than ``before_ts``; keep the chain verifiable, record the purge itself."""
        with self.engine.begin() as conn:
            _lock(conn, CHAIN_LOCK_KEY)
            st = ChainState.from_state(self._states(conn))
            if st.keyed_from is not None and self.key is None:
                raise ConfigError("审计链已启用密钥，清理需要同一个密钥（清理留下的锚点要签名）", KEY_HINT)
            last = conn.execute(select(audit_log.c.id, audit_log.c.hash).where(audit_log.c.ts < before_ts)
                                .order_by(audit_log.c.id.desc()).limit(1)).first()
            if last is None:
                return 0
            n = int(conn.execute(delete(audit_log).where(audit_log.c.id <= last.id)).rowcount or 0)
            self._put_anchor(conn, last.hash, int(last.id), st.purged + n)
            self._append_in(conn, [event_row(Outcome.PURGE, [{"through_id": int(last.id), "deleted": n,
                                                                 "before_ts": before_ts}])])
        self._noted(1)
        return n

    @_guarded
    def mark_interrupted(self, worker: str, within_s: float = 2 * 86400) -> int:
        """An ``interrupted`` record for each stream started (within ``within_s``) by a dead worker of this host
        that has no outcome record yet.

        The search runs without any lock; only the few streams it finds are checked again under the
        chain lock, so workers restarting together add each record once and never hold up the chain.
        """
        host = worker.rsplit("/", 1)[0]
        later = audit_log.alias("later")
        orphan = select(audit_log).where(
            audit_log.c.action == Outcome.STREAM_START.value, audit_log.c.ts >= time.time() - within_s,
            ~select(later.c.id).where(later.c.request_id == audit_log.c.request_id,
                                      later.c.id > audit_log.c.id).exists())
        with self.reader.connect() as conn:
            found = [dict(r._mapping) for r in conn.execute(orphan) if _dead_here(r.evidence, host)]
        if not found:
            return 0
        with self.engine.begin() as conn:
            _lock(conn, CHAIN_LOCK_KEY)
            gone = [o for o in found if conn.execute(select(audit_log.c.id).where(
                audit_log.c.request_id == o["request_id"], audit_log.c.id > o["id"]).limit(1)).first() is None]
            rows = [{**{k: o[k] for k in CHAIN_FIELDS}, "ts": time.time(), "action": Outcome.INTERRUPTED.value,
                     "evidence": json.dumps([{"started_id": o["id"], "by": worker}])} for o in gone]
            ids = self._append_in(conn, rows) if rows else []
        self._noted(len(ids))
        return len(ids)

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
    def set_mode(self, mode: str, who: str, via: str = "cli") -> None:
        """Switch the emergency mode for every worker; the switch is an audit record naming ``who``."""
        if mode not in MODES:
            raise RuntimeFailure(f"未知的运行模式 {mode}", "可选：" + "、".join(MODES))
        with self.engine.begin() as conn:
            old = conn.execute(select(state.c.value).where(state.c.key == "mode")).scalar() or "normal"
            self._put(conn, "mode", mode, who)
            self._append_in(conn, [event_row(Outcome.MODE_CHANGE, [{"who": who, "via": via, "from": old, "to": mode}],
                                             mode)])
        self._noted(1)

    def mode(self) -> str:
        """The current mode (normal when never set)."""
        return self.get_state("mode", "normal")

    # ----------------------------------------------------------- keywords
    @_guarded
    def change_keywords(self, op: str, terms: list[str], who: str, category: str | None = None,
                        via: str = "cli") -> int:
        """Log an add/remove of terms; return the new version. The change is also an audit record.

        On PostgreSQL the change log is serialized too, so versions become visible
        in order and a worker that saw version *n* has seen every change up to *n*.
        """
        from beian.text.evidence import mask_term

        with self.engine.begin() as conn:
            _lock(conn, KEYWORD_LOCK_KEY)
            version = 0
            for term in terms:
                vals = fit_row(keyword_changes, {"ts": time.time(), "who": who, "op": op, "term": term,
                                                 "category": category})
                version = _pk(conn.execute(insert(keyword_changes).values(**vals)).inserted_primary_key)
            what = {"who": who, "via": via, "op": op, "count": len(terms), "version": version, "category": category,
                    "terms": [mask_term(t) for t in terms[:50]]}  # masked: the record never holds a banned term
            self._append_in(conn, [event_row(Outcome.KEYWORD_CHANGE, [what])])
        self._noted(1)
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


def preflight(cfg: Any) -> None:
    """Open the audit database of ``cfg`` (a GatewayConfig) with its key once, before workers are started.

    A missing, required or wrong key then stops ``beian serve --workers N`` with one Chinese
    message instead of failing in every worker; the keying record is written here once.
    """
    from beian.gateway.audit_chain import load_key

    AuditStore(cfg.db_url(), cfg.audit.busy_timeout_ms, cfg.audit.synchronous, key=load_key(cfg)).close()


def _dead_here(evidence: str | None, host: str) -> bool:
    """Whether a start record's worker ran on ``host`` and is no longer alive."""
    import os

    try:
        worker = str(json.loads(evidence or "[]")[0]["worker"])
        w_host, pid = worker.rsplit("/", 1)
        if w_host != host:
            return False
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (ValueError, KeyError, IndexError, TypeError, OSError):
        return False
    return False


def _result(walk: ChainWalk, keyed: bool, n_checkpoints: int) -> VerifyResult:
    """The verification's outcome in Chinese: the first problem, or what was checked."""
    unfinished = sorted(walk.started, key=walk.started.__getitem__)
    first = walk.first()
    if first is None:
        how = f"密钥哈希链完整，{n_checkpoints} 个检查点相符" if keyed else "哈希链完整（未启用密钥：重算哈希的改写无法发现）"
        tail = f"；{len(unfinished)} 个流式回答只有开始记录（进行中或已中断）" if unfinished else ""
        return VerifyResult(True, walk.checked, None, f"{how}，共 {walk.checked} 条记录{tail}", unfinished=unfinished)
    where = f"第 {first.row_id} 条记录：" if first.row_id is not None else ""
    n_more = len(walk.problems) - 1 + walk.more
    more = f"（另有 {n_more} 处问题）" if n_more else ""
    msg = f"审计日志被篡改（{first.kind.value}）：{where}{first.kind.zh}；{first.detail}{more}"
    return VerifyResult(False, walk.checked, first.row_id, msg, first.kind, walk.problems, unfinished)


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
