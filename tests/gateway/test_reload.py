"""Keyword changes and mode switches go live at once, in every worker, without leaking matchers.

Real gateways on loopback (two ``Gateway`` objects on one database stand for two workers), the
real public lexicon for the overlay-versus-fresh-build comparisons.
"""

from __future__ import annotations

import gc
import random
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from gw_support import ADMIN_TOKEN, chat, serve, write_config

from beian.gateway.lexicons import LiveLexicons, load_files
from beian.gateway.overlay import KeywordState, OverlayMatcher, effective
from beian.text.matcher import Matcher


def _admin_keywords(gw: dict[str, Any], op: str, terms: list[str], category: str | None = None) -> int:
    r = httpx.post(gw["url"] + "/admin/keywords", json={"op": op, "terms": terms, "category": category},
                   headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=30)
    assert r.status_code == 200, r.text
    return int(r.json()["version"])


def _blocked(gw: dict[str, Any], text: str) -> bool:
    r = chat(gw, text)
    assert r.status_code == 200, r.text
    return r.json()["choices"][0]["finish_reason"] == "content_filter"


def _eventually(cond: Callable[[], bool], within_s: float = 10.0) -> bool:
    """Liveness, not timing: ``cond`` becomes true before a generous deadline."""
    end = time.monotonic() + within_s
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return cond()


@pytest.fixture()
def two_workers(stub: tuple[str, Any], tmp_path: Path) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Two gateways on one audit database, as two workers of one ``beian serve``."""
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    cfg = load_config(write_config(tmp_path, stub[0] + "/v1"))
    app_a, app_b = create_app(cfg), create_app(cfg)
    with serve(app_a) as url_a, serve(app_b) as url_b:
        yield ({"url": url_a, "gw": app_a.state.gw}, {"url": url_b, "gw": app_b.state.gw})


def test_added_keyword_blocks_the_next_request_and_removed_stops(two_workers: Any) -> None:
    a, _ = two_workers
    a["gw"].lexicons.rebuild_delay_s = 3600  # the overlay alone must do it
    assert not _blocked(a, "请介绍一下青蛙跳伞大赛的规则")
    _admin_keywords(a, "add", ["青蛙跳伞"])
    assert _blocked(a, "请介绍一下青蛙跳伞大赛的规则")
    assert _blocked(a, "请介绍一下青 蛙 跳 伞大赛")  # variants of an added term are caught too
    _admin_keywords(a, "remove", ["青蛙跳伞", "法轮功"])  # an added and a file term
    assert not _blocked(a, "请介绍一下青蛙跳伞大赛的规则")
    assert not _blocked(a, "法轮功是什么")
    assert _blocked(a, "炸药配方")  # the rest of the file lexicon still blocks
    _admin_keywords(a, "add", ["法轮功"])
    assert _blocked(a, "法轮功是什么")


def test_a_second_worker_sees_keyword_and_mode_changes(two_workers: Any) -> None:
    a, b = two_workers
    assert not _blocked(b, "今天的河马摔跤比赛好看吗")
    _admin_keywords(a, "add", ["河马摔跤"])
    assert _eventually(lambda: _blocked(b, "今天的河马摔跤比赛好看吗"))
    _admin_keywords(a, "remove", ["河马摔跤"])
    assert _eventually(lambda: not _blocked(b, "今天的河马摔跤比赛好看吗"))
    a["gw"].store.set_mode("suspended", "值班员")  # as ``beian admin mode`` does, no request to b
    assert _eventually(lambda: b["gw"].current_mode() == "suspended")
    assert chat(b, "你好").status_code == 503
    a["gw"].store.set_mode("normal", "值班员")
    assert _eventually(lambda: b["gw"].current_mode() == "normal")


def test_background_rebuild_swaps_in_a_full_build(two_workers: Any) -> None:
    a, _ = two_workers
    lex = a["gw"].lexicons
    lex.rebuild_delay_s = 0.2
    _admin_keywords(a, "add", ["斑马开会"])
    assert _eventually(lambda: lex.up_to_date and lex.rebuilds >= 1, within_s=120)
    assert not isinstance(a["gw"].matchers["demo"], OverlayMatcher)
    assert _blocked(a, "斑马开会了")


# ------------------------------------------------------------------ the real lexicon
@pytest.fixture(scope="module")
def real(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A 4,000-term slice of the houbb lexicon, plus sample texts with terms planted in them."""
    lines = (shared_data / "lexicon-houbb/sensitive_word_dict.txt").read_text(encoding="utf-8").splitlines()
    rng = random.Random(11)
    terms = [t.strip() for t in rng.sample(lines, 4000) if t.strip()]
    tmp = tmp_path_factory.mktemp("lex")
    path = tmp / "词库.txt"
    path.write_text("\n".join(terms) + "\n", encoding="utf-8")
    base = load_files([path], [])
    fresh = Matcher.build(base)
    nested = [t for t in terms[:1500] if len(fresh.scan(t)) == 1 and any(
        s != t and s in t for s in terms if len(s) >= 2)]  # terms with another term inside them
    removed = frozenset(rng.sample(terms, 60) + nested[:40])
    added = {"企鹅开会": "新增", "斑马过河": None, **{t + "甲": None for t in terms[:20]}}
    filler = "今天天气很好，我们去公园散步，顺便聊聊工作上的事情。"
    texts = [filler[: rng.randrange(len(filler))] + t + filler[rng.randrange(len(filler)):]
             for t in [*terms[:300], *removed, *added]]
    return {"path": path, "base": base, "terms": terms, "texts": texts,
            "state": KeywordState(5, added, removed)}


def _hits(matcher: Any, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(m.start, m.end, m.matched) for m in matcher.scan(t)] for t in texts]


def test_overlay_finds_what_a_fresh_build_finds(real: dict[str, Any]) -> None:
    lex = LiveLexicons({"app": ([real["path"]], [], [])}, rebuild_delay_s=3600)
    lex.apply(real["state"])
    live = lex.live["app"]
    assert isinstance(live, OverlayMatcher)
    fresh = Matcher.build(effective(real["base"], real["state"]))
    assert _hits(live, real["texts"]) == _hits(fresh, real["texts"])
    for text in real["texts"][:50]:  # the streaming hold-back never releases less safely than a full build
        assert live.pending_chars(text) >= fresh.pending_chars(text)
    lex.close()


def test_background_rebuild_equals_a_fresh_build(real: dict[str, Any]) -> None:
    lex = LiveLexicons({"app": ([real["path"]], [], [])}, rebuild_delay_s=3600)
    lex.apply(real["state"])
    lex.rebuild(real["state"])
    assert lex.up_to_date and not isinstance(lex.live["app"], OverlayMatcher)
    fresh = Matcher.build(effective(real["base"], real["state"]))
    assert _hits(lex.live["app"], real["texts"]) == _hits(fresh, real["texts"])
    lex.close()


def test_fifty_reloads_do_not_keep_fifty_matchers_alive(tmp_path: Path) -> None:
    path = tmp_path / "词库.txt"
    path.write_text("法轮功\n炸药配方\n台独\n", encoding="utf-8")
    lex = LiveLexicons({"app": ([path], [], [])}, rebuild_delay_s=3600)
    refs: list[weakref.ref[Any]] = []
    added: dict[str, str | None] = {}
    for version in range(1, 51):
        added[f"测试新词{version:02d}号"] = None
        lex.apply(KeywordState(version, dict(added), frozenset({"台独"} if version % 2 else set())))
        refs += [weakref.ref(lex.live["app"]), weakref.ref(lex.base_matchers["app"])]
        if version % 10 == 0:  # five full rebuilds among the fifty reloads
            lex.rebuild(lex.state)
    assert lex.rebuilds == 5
    assert lex.live["app"].scan("测试新词50号")
    gc.collect()
    alive = {id(r()) for r in refs if r() is not None}
    assert len(alive) <= 2, f"{len(alive)} matchers still alive after 50 reloads"
    lex.close()


def test_rebuild_refuses_lexicon_files_changed_since_start_and_keeps_the_overlay(tmp_path: Path) -> None:
    path = tmp_path / "词库.txt"
    path.write_text("法轮功\n炸药配方\n", encoding="utf-8")
    lex = LiveLexicons({"app": ([path], [], [])}, rebuild_delay_s=3600)
    lex.apply(KeywordState(1, {"企鹅开会": None}, frozenset()))
    path.write_text("法轮功\n", encoding="utf-8")  # edited on disk while serving
    with pytest.raises(RuntimeError):
        lex.rebuild(lex.state)
    assert not lex.up_to_date and lex.rebuilds == 0
    assert [m.matched for m in lex.live["app"].scan("企鹅开会讨论炸药配方")] == ["企鹅开会", "炸药配方"]
    lex.close()


def test_user_dictionary_is_kept_by_the_overlay_and_the_full_rebuild(tmp_path: Path) -> None:
    """An app's ``user_dict`` words stay ordinary text after a keyword change and after the rebuild swaps in."""
    (tmp_path / "词库.txt").write_text("红星\n", encoding="utf-8")
    (tmp_path / "用户词典.txt").write_text("红星二锅头 2000\n", encoding="utf-8")
    lex = LiveLexicons({"app": ([tmp_path / "词库.txt"], [], [tmp_path / "用户词典.txt"])}, rebuild_delay_s=3600)
    text = "今天喝了红星二锅头，红星闪闪"

    def confidences() -> list[float]:
        return [round(m.confidence, 2) for m in lex.live["app"].scan(text)]

    assert confidences() == [0.4, 1.0]  # inside a user word: below every default threshold
    lex.apply(KeywordState(1, {"二锅头": None}, frozenset()))
    assert 0.4 in confidences()
    lex.rebuild(lex.state)
    assert lex.rebuilds == 1 and confidences()[0] == 0.4
    lex.close()
