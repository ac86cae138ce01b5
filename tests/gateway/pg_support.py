"""A real PostgreSQL server for tests, from the binaries bundled in the ``pgserver`` package.

The server is started once per test module, listens only on a Unix socket in its
data folder, and every test gets a fresh database of its own. As root (this
sandbox), pgserver creates a system user ``pgserver`` and runs PostgreSQL as that
user, because PostgreSQL refuses to run as root. When the server cannot start
the tests fail with the reason and the server log; they are never skipped.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

DRIVER = "postgresql+psycopg"
_db_numbers = itertools.count(1)


@dataclass
class PgServer:
    """A running server: its data folder, socket folder and the pgserver handle."""

    pgdata: Path
    socket_dir: str
    handle: Any

    def url(self, database: str = "postgres", user: str = "postgres", password: str = "") -> str:
        """A SQLAlchemy URL for ``database`` over the Unix socket."""
        auth = f"{user}:{password}" if password else user
        return f"{DRIVER}://{auth}@/{database}?host={self.socket_dir}"

    def execute(self, sql: str, database: str = "postgres") -> list[tuple[Any, ...]]:
        """Run one statement as the superuser in autocommit mode; rows if it returns any."""
        import psycopg

        with psycopg.connect(host=self.socket_dir, user="postgres", dbname=database, autocommit=True) as conn:
            cur = conn.execute(sql)
            return list(cur.fetchall()) if cur.description else []

    def create_database(self) -> str:
        """A new empty database; its name."""
        name = f"beian_test_{next(_db_numbers)}"
        self.execute(f"CREATE DATABASE {name}")
        return name

    def add_password_user(self, user: str, password: str) -> None:
        """A login role that must give ``password`` (scram) even over the trusted socket."""
        hba = self.pgdata / "pg_hba.conf"
        rule = f"local all {user} scram-sha-256\n"
        text = hba.read_text(encoding="utf-8")
        if rule not in text:
            hba.write_text(rule + text, encoding="utf-8")  # first matching line wins
        self.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        self._reload()
        self._wait_until_refused(user)

    def _reload(self) -> None:
        """Ask the server to reload pg_hba.conf (applied asynchronously by the postmaster)."""
        self.execute("SELECT pg_reload_conf()")

    def _wait_until_refused(self, user: str, wait_s: float = 15.0) -> None:
        """Wait until a wrong password for ``user`` is refused: the new pg_hba.conf is in force."""
        import time

        import psycopg

        deadline = time.monotonic() + wait_s
        while True:
            try:
                psycopg.connect(host=self.socket_dir, user=user, password="wrong", dbname="postgres").close()
            except psycopg.OperationalError:
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"PostgreSQL 仍接受 {user} 的错误密码：pg_hba.conf 未生效\n{_log_tail(self.pgdata)}")
            self._reload()
            time.sleep(0.2)


def _log_tail(pgdata: Path) -> str:
    log = pgdata / "log"
    try:
        return log.read_text(encoding="utf-8", errors="replace")[-2000:]
    except OSError:
        return "（没有服务器日志）"


def start_postgres(base: Path) -> PgServer:
    """Start PostgreSQL with its data in ``base/pgdata``; fail the test run with the reason if it cannot."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        try:
            from pgserver.postgres_server import get_server
        except ImportError as exc:
            pytest.fail(f"无法导入 pgserver（测试依赖，见 pyproject.toml 的 dev 依赖）：{exc}", pytrace=False)
    pgdata = base / "pgdata"
    try:
        handle = get_server(pgdata, cleanup_mode="delete")
        socket_dir = handle.get_postmaster_info().socket_dir
    except Exception as exc:
        pytest.fail(f"PostgreSQL 无法启动（{type(exc).__name__}: {exc}）。服务器日志：\n{_log_tail(pgdata)}",
                    pytrace=False)
    if socket_dir is None:
        pytest.fail("PostgreSQL 已启动但没有 Unix 套接字目录，无法连接", pytrace=False)
    return PgServer(pgdata=pgdata, socket_dir=str(socket_dir), handle=handle)


@pytest.fixture(scope="module")
def pg_server() -> Iterator[PgServer]:
    """One real PostgreSQL server for the module; stopped and deleted afterwards.

    Its data lives outside pytest's temporary root: another pytest run starting meanwhile resets that
    root to mode 0700, after which the server (running as its own user) can no longer reload its files.
    """
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="beian-pg-"))
    try:
        server = start_postgres(base)
        try:
            yield server
        finally:
            server.handle.cleanup()
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """The URL of a fresh, empty database on the module's server."""
    return pg_server.url(pg_server.create_database())
