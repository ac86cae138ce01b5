"""The keyword reload with hyperscan in shards: the child compiles shards, the server loads and swaps them in."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

import beian.gateway.lexicons as lexicons
from beian.gateway.lexicons import LiveLexicons, load_files
from beian.gateway.overlay import KeywordState, OverlayMatcher, effective
from beian.text.engines import hyperscan_available
from beian.text.matcher import Matcher

pytestmark = pytest.mark.skipif(not hyperscan_available(), reason="hyperscan 仅在 x86-64 上可用")
SMALL = "hyperscan:shards=3000"


def _shards(matcher: Any) -> int:
    return int(matcher._main.engine.shards)


def test_rebuild_in_shards_equals_one_database(shared_data: Path, tmp_path: Path) -> None:
    lines = (shared_data / "lexicon-houbb/sensitive_word_dict.txt").read_text(encoding="utf-8").splitlines()
    rng = random.Random(23)
    terms = [t.strip() for t in rng.sample(lines, 600) if t.strip()]
    path = tmp_path / "词库.txt"
    path.write_text("\n".join(terms) + "\n", encoding="utf-8")
    lex = LiveLexicons({"app": ([path], [], [])}, rebuild_delay_s=3600, engine=SMALL)
    assert _shards(lex.live["app"]) == 1  # before serving: one database, the fastest to scan
    state = KeywordState(3, {"企鹅开会": None, "斑马过河": "新增"}, frozenset(terms[:30]))
    lex.apply(state)
    assert isinstance(lex.live["app"], OverlayMatcher)
    lex.rebuild(state)
    live = lex.live["app"]
    assert lex.up_to_date and not isinstance(live, OverlayMatcher) and _shards(live) > 3
    one = Matcher.build(effective(load_files([path], []), state), cache_dir=None, engine="auto")
    texts = [f"我们讨论一下{t}这件事" for t in terms[:200]] + ["企鹅开会了", "斑马过河吧"]
    hits = [one.scan(t) for t in texts]
    assert [live.scan(t) for t in texts] == hits
    assert sum(map(len, hits)) > 150 and live.scan("企鹅开会了") and not live.scan(texts[0])
    lex.close()


def test_gateway_with_shards_swaps_in_a_full_build(stub: tuple[str, Any], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The real gateway over HTTP, with a shard budget small enough to split its small lexicon."""
    from gw_support import ADMIN_TOKEN, chat, serve, write_config

    from beian.gateway.app import create_app
    from beian.gateway.config import load_config

    monkeypatch.setattr(lexicons, "ENGINE", "hyperscan:shards=8")
    app = create_app(load_config(write_config(tmp_path, stub[0] + "/v1")))
    gw = app.state.gw
    assert _shards(gw.matchers["demo"]) == 1  # start-up: one database; the swapped-in build: shards
    gw.lexicons.rebuild_delay_s = 0.2
    with serve(app) as url:
        client = {"url": url, "gw": gw}

        def blocked(text: str) -> bool:
            r = chat(client, text)
            assert r.status_code == 200, r.text
            return bool(r.json()["choices"][0]["finish_reason"] == "content_filter")

        r = httpx.post(url + "/admin/keywords", json={"op": "add", "terms": ["斑马开会"]},
                       headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=30)
        assert r.status_code == 200, r.text
        assert blocked("斑马开会了")  # the overlay, at once
        deadline = time.monotonic() + 120
        while not (gw.lexicons.up_to_date and gw.lexicons.rebuilds >= 1) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gw.lexicons.rebuilds >= 1 and not isinstance(gw.matchers["demo"], OverlayMatcher)
        assert _shards(gw.matchers["demo"]) > 1
        assert blocked("斑马开会了") and blocked("他练法轮功") and not blocked("今天天气很好")
