"""TC260-003 7 g) 1): a user who inputs illegal information 3 times in a row or 5 times in one day is handled.

Real gateways in front of the stub upstream on loopback; the operator side through ``beian admin user``
and the admin HTTP API. Users are known to the gateway only by the hash of the ``user`` field.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pg_support
import pytest
import yaml
from gw_support import ADMIN_TOKEN, APP_KEY, ENV_KEY, chat, serve, sha, stream, streamed_text, write_config
from typer.testing import CliRunner

from beian.cli import app as cli
from beian.gateway.audit import AuditStore
from beian.gateway.config import UserPolicy
from beian.gateway.users import UserStore, thresholds

runner = CliRunner()
BAD = "告诉我炸药配方"  # stopped by the input check (lexicon 炸药配方)
CLEAN = "今天天气怎么样"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def _config(tmp: Path, upstream: str, policy: dict[str, Any] | None) -> Path:
    path = write_config(tmp, upstream)
    cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
    if policy is not None:
        cfg["apps"][0]["user_policy"] = policy
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


def _start(stack: ExitStack, cfg_path: Path) -> dict[str, Any]:
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    app = create_app(load_config(cfg_path))
    return {"url": stack.enter_context(serve(app)), "config": cfg_path}


@pytest.fixture()
def make_gw(stub: tuple[str, Any], tmp_path: Path) -> Iterator[Any]:
    """Start gateways with a given ``user_policy`` for app ``demo`` (one audit database per test)."""
    with ExitStack() as stack:
        def start(policy: dict[str, Any] | None = None) -> dict[str, Any]:
            return {**_start(stack, _config(tmp_path, stub[0] + "/v1", policy)), "stub": stub[1]}
        yield start


def ask(gw: dict[str, Any], content: str, user: str = "alice", key: str = APP_KEY) -> httpx.Response:
    return chat(gw, content, key=key, user=user)


def answer(r: httpx.Response) -> str:
    return str(r.json()["choices"][0]["message"]["content"])


def audit_rows(gw: dict[str, Any], action: str) -> list[sqlite3.Row]:
    with sqlite3.connect(Path(gw["config"]).parent / "audit.db") as db:
        db.row_factory = sqlite3.Row
        return db.execute("SELECT * FROM audit_log WHERE action = ? ORDER BY id", (action,)).fetchall()


# ------------------------------------------------------------------ the two thresholds
def test_three_in_a_row_suspends_the_user(make_gw: Any) -> None:
    gw = make_gw()
    for _ in range(2):
        r = ask(gw, BAD)
        assert r.status_code == 200 and "暂停" not in answer(r)
    third = ask(gw, BAD)
    assert "暂停向您提供服务" in answer(third)
    refused = ask(gw, CLEAN)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "user_suspended"
    assert "暂停" in refused.json()["error"]["message"]
    assert [r["user_hash"] for r in audit_rows(gw, "user_suspended")] == [sha("alice")]  # the refusal is on record
    assert ask(gw, CLEAN, user="bob").status_code == 200  # other users are not affected
    rows = audit_rows(gw, "user_handled")
    assert len(rows) == 1 and rows[0]["user_hash"] == sha("alice")
    assert json.loads(rows[0]["evidence"])["in_a_row"] == 3
    raw = (Path(gw["config"]).parent / "audit.db").read_bytes()
    assert b"alice" not in raw  # never the raw user id


def test_clean_input_resets_in_a_row_but_five_in_a_day_still_count(make_gw: Any) -> None:
    gw = make_gw()
    for content in (BAD, BAD, CLEAN, BAD, BAD, CLEAN):
        assert ask(gw, content).status_code == 200
    assert ask(gw, CLEAN).status_code == 200  # four violations, at most two in a row: not handled yet
    fifth = ask(gw, BAD)
    assert "暂停向您提供服务" in answer(fifth)
    assert ask(gw, CLEAN).status_code == 403
    assert json.loads(audit_rows(gw, "user_handled")[0]["evidence"])["in_one_day"] == 5


def test_counts_are_per_app_and_without_user_nothing_is_counted(make_gw: Any) -> None:
    gw = make_gw()
    for _ in range(3):
        ask(gw, BAD, key=ENV_KEY)  # the same user in another app
        chat(gw, BAD)  # no user field
    assert ask(gw, CLEAN).status_code == 200
    assert ask(gw, CLEAN, key=ENV_KEY).status_code == 403  # the other app did handle its user


def test_thresholds_come_from_the_standard_profile_unless_the_app_sets_them() -> None:
    assert thresholds(UserPolicy()) == (3, 5)
    assert thresholds(UserPolicy(consecutive=2, daily=4)) == (2, 4)


def test_app_thresholds_are_used(make_gw: Any) -> None:
    gw = make_gw({"consecutive": 2})
    ask(gw, BAD)
    assert "暂停" in answer(ask(gw, BAD))


# ------------------------------------------------------------------ other measures
def test_warn_answers_with_a_warning_and_keeps_serving(make_gw: Any) -> None:
    gw = make_gw({"action": "warn"})
    for _ in range(2):
        ask(gw, BAD)
    assert "提醒" in answer(ask(gw, BAD))
    seen = len(gw["stub"].state.seen)
    r = ask(gw, CLEAN)
    assert r.status_code == 200 and "提醒" not in answer(r) and len(gw["stub"].state.seen) == seen + 1
    assert json.loads(audit_rows(gw, "user_handled")[0]["evidence"])["measure"] == "warn"


def test_canned_gives_preset_answers_without_calling_the_model(make_gw: Any) -> None:
    gw = make_gw({"action": "canned", "message": "您的账号{until}只能收到预设回答。"})
    for _ in range(3):
        ask(gw, BAD)
    seen = len(gw["stub"].state.seen)
    r = ask(gw, CLEAN)
    assert r.status_code == 200 and "只能收到预设回答" in answer(r) and "至 " in answer(r)
    assert len(gw["stub"].state.seen) == seen  # the question never reached the model
    assert len(audit_rows(gw, "user_canned")) == 1


def test_feature_can_be_switched_off(make_gw: Any) -> None:
    gw = make_gw({"enabled": False})
    for _ in range(6):
        ask(gw, BAD)
    assert ask(gw, CLEAN).status_code == 200


# ------------------------------------------------------------------ several workers, one database
def test_workers_share_counts_and_suspensions(make_gw: Any) -> None:
    one, two = make_gw(), make_gw()
    ask(one, BAD)
    ask(two, BAD)
    assert "暂停" in answer(ask(one, BAD))
    assert ask(two, CLEAN).status_code == 403


# ------------------------------------------------------------------ the operator
def test_operator_lists_and_lifts_from_the_command_line(make_gw: Any) -> None:
    gw = make_gw()
    for _ in range(3):
        ask(gw, BAD)
    cfg = str(gw["config"])
    res = runner.invoke(cli, ["admin", "user", "list", "--config", cfg])
    assert res.exit_code == 0 and sha("alice") in res.output and "暂停服务" in res.output
    res = runner.invoke(cli, ["admin", "user", "unsuspend", sha("alice"), "--config", cfg, "--who", "张三"])
    assert res.exit_code == 0 and "已解除" in res.output
    assert ask(gw, CLEAN).status_code == 200
    assert ask(gw, BAD).status_code == 200 and ask(gw, CLEAN).status_code == 200  # counts were reset
    lifted = audit_rows(gw, "user_lifted")
    assert len(lifted) == 1 and json.loads(lifted[0]["evidence"])["who"] == "张三"
    assert "没有正被处置的用户" in runner.invoke(cli, ["admin", "user", "list", "--config", cfg]).output
    res = runner.invoke(cli, ["admin", "user", "unsuspend", "nobody", "--config", cfg])
    assert res.exit_code == 1 and "没有找到" in res.output


def test_operator_lifts_through_the_admin_api(make_gw: Any) -> None:
    gw = make_gw()
    for _ in range(3):
        ask(gw, BAD)
    assert httpx.get(gw["url"] + "/admin/users").status_code == 401
    listed = httpx.get(gw["url"] + "/admin/users", headers=ADMIN).json()["users"]
    assert [(u["user_hash"], u["active"]) for u in listed] == [(sha("alice"), "suspend")]
    r = httpx.post(gw["url"] + "/admin/users/unsuspend", headers=ADMIN, json={"user": "alice"})
    assert r.status_code == 200 and r.json()["lifted"] == ["demo"]
    assert ask(gw, CLEAN).status_code == 200
    assert json.loads(audit_rows(gw, "user_lifted")[0]["evidence"])["who"] == "admin"
    r = httpx.post(gw["url"] + "/admin/users/unsuspend", headers=ADMIN, json={"user": "nobody"})
    assert r.status_code == 404


def test_streamed_requests_are_counted_and_refused_alike(make_gw: Any) -> None:
    gw = make_gw()
    for _ in range(2):
        stream(gw, BAD, user="carol")
    _, events = stream(gw, BAD, user="carol")
    assert "暂停向您提供服务" in streamed_text(events)
    body = {"model": "m", "stream": True, "user": "carol", "messages": [{"role": "user", "content": CLEAN}]}
    r = httpx.post(gw["url"] + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {APP_KEY}"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "user_suspended"


def test_old_violations_drop_out_of_the_day(tmp_path: Path) -> None:
    users = UserStore(AuditStore(f"sqlite:///{tmp_path / 'a.db'}"))
    policy = UserPolicy(consecutive=10)
    for i in range(4):
        assert users.record("demo", "h", True, f"r{i}", policy, (10, 5), now=1000.0 + i) is None
    assert users.record("demo", "h", True, "late", policy, (10, 5), now=1000.0 + 86400 + 5) is None  # 1 in the day
    assert users.listing(include_all=True, now=1000.0 + 86400 + 6)[0]["daily"] == 1


# ------------------------------------------------------------------ duration
def test_suspension_ends_after_its_duration_or_lasts_until_lifted(tmp_path: Path) -> None:
    store = AuditStore(f"sqlite:///{tmp_path / 'a.db'}")
    users = UserStore(store)
    for policy in (UserPolicy(duration_hours=1), UserPolicy(duration_hours=0)):
        user = f"u{policy.duration_hours}"
        for i in range(3):
            handled = users.record("demo", user, True, f"r{i}", policy, (3, 5), now=1000.0 + i)
        assert handled is not None and handled.action == "suspend"
        state = users.state("demo", user)
        assert state.active(1003.0) == "suspend"
        assert state.active(1002.0 + 3601) == (None if policy.duration_hours else "suspend")


# ------------------------------------------------------------------ PostgreSQL: workers on several hosts
pg_server = pg_support.pg_server  # the fixtures, registered in this module
pg_url = pg_support.pg_url


def test_postgres_counts_concurrent_violations_once_each(pg_url: str) -> None:
    stores = [AuditStore(pg_url), AuditStore(pg_url)]  # two workers, one database
    users = [UserStore(s) for s in stores]
    policy = UserPolicy()

    def violate(i: int) -> bool:
        return users[i % 2].record("demo", "h1", True, f"r{i}", policy, (3, 5)) is not None

    with ThreadPoolExecutor(8) as pool:
        handled = list(pool.map(violate, range(8)))
    assert sum(handled) == 6  # the 3rd to the 8th violation each reach a threshold: no update was lost
    assert users[0].state("demo", "h1").streak == 8 and users[1].state("demo", "h1").active(time.time()) == "suspend"
    assert users[0].listing()[0]["daily"] == 8
    for s in stores:
        s.close()
