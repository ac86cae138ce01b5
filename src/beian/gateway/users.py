"""Users who keep entering illegal information are handled (TC260-003 7 g) 1)).

The clause: a user who inputs illegal information three times in a row, or five times within one
day, or clearly induces illegal output, is to be handled by suspending the service or similar
measures. The two numbers are data in the standard profile (``operations.user_violations_*``);
each app's ``user_policy`` picks the measure (``suspend``, ``warn`` or ``canned``) and its duration.

Users are known only by the hash of the request's ``user`` field, as for complaints and opt-outs.
The counters live in the audit database (tables ``user_status`` and ``user_violations``), so every
worker of every host sees one count and one suspension. A violation is an input the checks stopped
(block or substitute); a clean input resets the "in a row" count; "one day" is the last 24 hours
(the stricter reading: it also catches five violations around midnight). An operator lifts a
measure with ``beian admin user unsuspend`` or ``POST /admin/users/unsuspend``; that also resets
both counts. Every measure taken and lifted is its own audit record.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from beian.gateway.audit import AuditStore, fit_row
from beian.gateway.config import AppConfig, UserPolicy, sha256_hex
from beian.gateway.errors import GatewayHTTPError
from beian.kinds import Outcome
from beian.records import AuditRow

DAY_S = 86400.0
USER_LOCK_KEY = 4518  # PostgreSQL advisory lock serialising counter updates across workers
HANDLINGS = ("suspend", "canned")  # measures that last; ``warn`` is said once and leaves no state

user_meta = MetaData()
user_status = Table(
    "user_status", user_meta,
    Column("app", String(128), primary_key=True), Column("user_hash", String(64), primary_key=True),
    Column("streak", Integer, nullable=False, default=0), Column("reset_at", Float, nullable=False, default=0.0),
    Column("handling", String(16)), Column("since", Float), Column("until", Float),
    Column("updated_at", Float), Column("updated_by", String(128)),
)
user_violations = Table(
    "user_violations", user_meta,
    Column("id", Integer, primary_key=True, autoincrement=True), Column("ts", Float, nullable=False, index=True),
    Column("app", String(128), nullable=False), Column("user_hash", String(64), nullable=False, index=True),
    Column("request_id", String(64)),
)

_SQLITE_STATE = "SELECT streak, handling, until FROM user_status WHERE app = ? AND user_hash = ?"

MESSAGES = {
    "suspend": "您多次输入违法不良信息，依据服务协议已暂停向您提供服务{until}。如有异议，请通过投诉举报渠道联系我们。",
    "canned": "您多次输入违法不良信息，依据服务协议{until}仅向您提供预设回答。如有异议，请通过投诉举报渠道联系我们。",
    "warn": "提醒：您已多次输入违法不良信息。继续输入可能导致依据服务协议被暂停服务。",
}


def thresholds(policy: UserPolicy) -> tuple[int, int]:
    """(in a row, in one day): the app's own numbers, else the standard profile's (3 and 5)."""
    from beian.standard import load_profile

    ops = load_profile().operations
    row = policy.consecutive or int(ops["user_violations_consecutive"].value)
    day = policy.daily or int(ops["user_violations_daily"].value)
    return row, day


@dataclass(frozen=True)
class UserState:
    """What the database says about one user of one app."""

    streak: int = 0
    handling: str | None = None
    until: float | None = None

    def active(self, now: float) -> str | None:
        """The measure in force at ``now`` (``suspend`` / ``canned``), or None."""
        if self.handling in HANDLINGS and (self.until is None or self.until > now):
            return self.handling
        return None


@dataclass(frozen=True)
class Handled:
    """A measure just taken because a threshold was reached."""

    action: str
    streak: int
    daily: int
    until: float | None

    def evidence(self, limits: tuple[int, int]) -> str:
        """The audit record's evidence: counts, thresholds and the end of the measure (no user text)."""
        return json.dumps({"measure": self.action, "in_a_row": self.streak, "in_one_day": self.daily,
                           "thresholds": {"in_a_row": limits[0], "in_one_day": limits[1]},
                           "until": self.until, "clause": "TC260-003 7 g) 1)"}, ensure_ascii=False)


def until_text(until: float | None) -> str:
    """``至 2026-12-04 15:00`` or empty for a measure without an end."""
    return "" if until is None else time.strftime("至 %Y-%m-%d %H:%M", time.localtime(until))


def notice(policy: UserPolicy, action: str, until: float | None) -> str:
    """The Chinese message a handled user reads."""
    return (policy.message or MESSAGES[action]).replace("{until}", until_text(until))


# ---------------------------------------------------------------- database
class UserStore:
    """The counters and measures in the audit database (created on first use, like the audit tables)."""

    def __init__(self, store: AuditStore) -> None:
        self.store = store
        with store.engine.begin() as conn:
            _lock(conn, USER_LOCK_KEY)
            user_meta.create_all(conn)

    def state(self, app: str, user_hash: str) -> UserState:
        """The user's counters and measure (all zero for a user never seen).

        On SQLite this runs on every request that names a user, so it goes around SQLAlchemy's
        statement handling (about 0.2 ms instead of 1 ms), like the audit store's hot path.
        """
        with self.store.reader.connect() as conn:
            if conn.dialect.name == "sqlite":
                cur = conn.connection.cursor()
                try:
                    row = cur.execute(_SQLITE_STATE, (app, user_hash)).fetchone()
                finally:
                    cur.close()
            else:
                row = conn.execute(select(user_status.c.streak, user_status.c.handling, user_status.c.until)
                                   .where(user_status.c.app == app, user_status.c.user_hash == user_hash)).first()
        return UserState() if row is None else UserState(int(row[0]), row[1], row[2])

    def record(self, app: str, user_hash: str, violation: bool, request_id: str, policy: UserPolicy,
               limits: tuple[int, int], now: float | None = None) -> Handled | None:
        """Count one checked input; take the app's measure when a threshold is reached."""
        now = time.time() if now is None else now
        with self.store.engine.begin() as conn:
            _lock(conn, USER_LOCK_KEY)
            status = _status(conn, app, user_hash, now)
            if not violation:
                if status["streak"]:
                    _set(conn, app, user_hash, streak=0, updated_at=now)
                return None
            conn.execute(delete(user_violations).where(  # older than a day: counted by no rule, kept in the audit
                user_violations.c.app == app, user_violations.c.user_hash == user_hash,
                user_violations.c.ts < now - DAY_S))
            conn.execute(insert(user_violations).values(**fit_row(user_violations, {
                "ts": now, "app": app, "user_hash": user_hash, "request_id": request_id})))
            streak = status["streak"] + 1
            daily = _daily(conn, app, user_hash, max(now - DAY_S, status["reset_at"]))
            values: dict[str, Any] = {"streak": streak, "updated_at": now}
            handled = None
            if streak >= limits[0] or daily >= limits[1]:
                until = now + policy.duration_hours * 3600 if policy.duration_hours > 0 else None
                handled = Handled(policy.action, streak, daily, until if policy.action in HANDLINGS else None)
                if policy.action in HANDLINGS:
                    values.update(handling=policy.action, since=now, until=until, updated_by="gateway")
            _set(conn, app, user_hash, **values)
        return handled

    def lift(self, user_hash: str, who: str, app: str | None = None) -> list[str]:
        """End every measure on the user (in ``app`` or all apps) and reset the counts; the apps touched."""
        now = time.time()
        with self.store.engine.begin() as conn:
            _lock(conn, USER_LOCK_KEY)
            q = select(user_status.c.app).where(user_status.c.user_hash == user_hash)
            apps = [r.app for r in conn.execute(q if app is None else q.where(user_status.c.app == app))]
            for name in apps:
                _set(conn, name, user_hash, streak=0, reset_at=now, handling=None, since=None, until=None,
                     updated_at=now, updated_by=who)
        return apps

    def listing(self, include_all: bool = False, now: float | None = None) -> list[dict[str, Any]]:
        """Users under a measure now (with ``include_all``, also those with violations in the last day)."""
        now = time.time() if now is None else now
        with self.store.reader.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(select(user_status).order_by(user_status.c.updated_at))]
            out = []
            for r in rows:
                r["active"] = UserState(r["streak"], r["handling"], r["until"]).active(now)
                r["daily"] = _daily(conn, r["app"], r["user_hash"], max(now - DAY_S, r["reset_at"]))
                if r["active"] or (include_all and (r["daily"] or r["streak"])):
                    out.append(r)
        return out

    def resolve(self, user: str) -> str:
        """The hash for ``user``: a 64-hex hash already known to the store, else the hash of the raw id."""
        low = user.lower()
        if len(low) == 64 and all(c in "0123456789abcdef" for c in low):
            with self.store.reader.connect() as conn:
                if conn.execute(select(user_status.c.app).where(user_status.c.user_hash == low)).first():
                    return low
        return sha256_hex(user)


def _lock(conn: Connection, key: int) -> None:
    if conn.dialect.name == "postgresql":
        from sqlalchemy import text

        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


def _status(conn: Connection, app: str, user_hash: str, now: float) -> dict[str, Any]:
    row = conn.execute(select(user_status.c.streak, user_status.c.reset_at)
                       .where(user_status.c.app == app, user_status.c.user_hash == user_hash)).first()
    if row is None:
        conn.execute(insert(user_status).values(app=app, user_hash=user_hash, streak=0, reset_at=0.0, updated_at=now))
        return {"streak": 0, "reset_at": 0.0}
    return {"streak": int(row.streak), "reset_at": float(row.reset_at)}


def _set(conn: Connection, app: str, user_hash: str, **values: Any) -> None:
    conn.execute(update(user_status).where(user_status.c.app == app, user_status.c.user_hash == user_hash)
                 .values(**fit_row(user_status, values)))


def _daily(conn: Connection, app: str, user_hash: str, since: float) -> int:
    q = select(func.count()).select_from(user_violations).where(
        user_violations.c.app == app, user_violations.c.user_hash == user_hash, user_violations.c.ts >= since)
    return int(conn.execute(q).scalar() or 0)


# ---------------------------------------------------------------- the gateway's side
Audit = Callable[[AuditRow], Awaitable[None]]


@dataclass(frozen=True)
class Arrival:
    """A request's user as the gateway found it: hash, "in a row" count, canned reply under a measure."""

    user_hash: str = ""
    streak: int = 0
    canned: str | None = None


class UserGuard:
    """The gateway's hooks: refuse a handled user on arrival, count each checked input."""

    def __init__(self, store: AuditStore, audit: Audit) -> None:
        self.users = UserStore(store)
        self.audit = audit
        self._inline = store.dialect == "sqlite"  # a local read is ~0.1 ms; a thread hop costs more

    async def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        return fn(*args) if self._inline else await asyncio.to_thread(fn, *args)

    async def arrive(self, app: AppConfig, body: dict[str, Any]) -> Arrival:
        """Who is asking and whether a measure is in force; raise 403 for a suspended user.

        An empty ``user_hash`` when the app's policy is off or the request names no user.
        """
        user = body.get("user")
        if not app.user_policy.enabled or not user:
            return Arrival()
        user_hash = sha256_hex(str(user))
        state: UserState = await self._run(self.users.state, app.name, user_hash)
        measure = state.active(time.time())
        if measure == "suspend":
            raise GatewayHTTPError(403, notice(app.user_policy, "suspend", state.until), "permission_error",
                                   "user_suspended")
        canned = notice(app.user_policy, "canned", state.until) if measure == "canned" else None
        return Arrival(user_hash, state.streak, canned)

    async def count(self, app: AppConfig, who: Arrival, violation: bool, rid: str, mode: str,
                    model: str) -> str | None:
        """Count one checked input of a known user; the notice to answer with when a measure was taken.

        A clean input of a user whose "in a row" count is already 0 touches no database.
        """
        if not who.user_hash or (not violation and not who.streak):
            return None
        policy = app.user_policy
        limits = thresholds(policy)
        handled: Handled | None = await self._run(self.users.record, app.name, who.user_hash, violation, rid,
                                                  policy, limits)
        if handled is None:
            return None
        await self.audit(handled_row(app.name, who.user_hash, rid, mode, model, handled, limits))
        return notice(policy, handled.action, handled.until)


    async def listing(self, include_all: bool) -> list[dict[str, Any]]:
        """Users under a measure (``include_all``: also those with recent violations), JSON-ready."""
        rows: list[dict[str, Any]] = await asyncio.to_thread(self.users.listing, include_all)
        return [{k: r[k] for k in ("app", "user_hash", "active", "until", "streak", "daily")} for r in rows]

    async def lift(self, user: str, app: str | None, operator: str) -> list[str]:
        """Lift the measures on ``user`` (raw id or known hash) for an operator; audited. The apps lifted."""
        user_hash = await asyncio.to_thread(self.users.resolve, user)
        apps: list[str] = await asyncio.to_thread(self.users.lift, user_hash, operator, app)
        if apps:
            await self.audit(lifted_row(apps, user_hash, operator, "admin_api"))
        return apps


def handled_row(app: str, user_hash: str, rid: str, mode: str, model: str, handled: Handled,
                limits: tuple[int, int]) -> AuditRow:
    """The audit record of a measure taken on a user."""
    return {"ts": time.time(), "request_id": rid, "app": app, "user_hash": user_hash, "model": model, "mode": mode,
            "action": Outcome.USER_HANDLED.value, "categories": "", "evidence": handled.evidence(limits),
            "timings": "{}", "raw": None}


def lifted_row(apps: list[str], user_hash: str, who: str, via: str) -> AuditRow:
    """The audit record of an operator lifting the measures on a user."""
    evidence = json.dumps({"who": who, "via": via, "apps": apps}, ensure_ascii=False)
    return {"ts": time.time(), "request_id": "", "app": ",".join(apps), "user_hash": user_hash, "model": "",
            "mode": "", "action": Outcome.USER_LIFTED.value, "categories": "", "evidence": evidence,
            "timings": "{}", "raw": None}
