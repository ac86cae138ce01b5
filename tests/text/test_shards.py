"""Hyperscan in shards (the gateway's engine option): same hits as one database, cached shard by shard."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from beian.text import matcher_cache
from beian.text.engines import (
    SHARDED,
    AhoCorasickEngine,
    HyperscanEngine,
    compile_engine,
    hyperscan_available,
    parse_engine,
    shard_bounds,
)
from beian.text.matcher import Matcher
from beian.text.normalize import codepoints
from beian.text.phonetics import is_hanzi, sound_table, tone_syllables
from beian.text.sections import SectionReader, SectionWriter
from beian.text.terms import Lexicon, Term, VariantOptions

needs_hyperscan = pytest.mark.skipif(not hyperscan_available(), reason="hyperscan 仅在 x86-64 上可用")
TINY = "hyperscan:shards=4000"  # a few hundred patterns per shard: a 1,500-term lexicon gets many shards


def _lexicon(terms: list[str], allow: list[str]) -> Lexicon:
    return Lexicon(terms=[Term(t, category="测试", source="houbb") for t in terms],
                   allow=[Term(a) for a in allow], options=VariantOptions(homophone=True))


@pytest.fixture(scope="module")
def real(shared_data: Path) -> dict[str, Any]:
    """1,500 houbb terms with its allowlist, real answers with terms planted, both matchers."""
    houbb = shared_data / "lexicon-houbb"
    lines = (houbb / "sensitive_word_dict.txt").read_text(encoding="utf-8").splitlines()
    rng = random.Random(5)
    terms = sorted({t.strip() for t in rng.sample(lines, 1500) if t.strip()})
    allow = [a.strip() for a in (houbb / "sensitive_word_allow.txt").read_text(encoding="utf-8").splitlines()
             if a.strip()]
    with gzip.open(shared_data / "answers-yijian/data.jsonl.gz", "rt", encoding="utf-8") as fh:
        answers = [json.loads(line)["answer"] or "" for line in fh][:100]
    planted = [a[:40] + t + a[40:80] for a, t in zip(answers, rng.sample(terms, 100))]
    hanzi = [t for t in terms if is_hanzi(t) and len(t) >= 3][:60]
    spoken = [f"有人说{''.join(s.rstrip('012345') for s in tone_syllables(t))}，" for t in hanzi[:30]]
    sounds = [f"他写成{_homophone(t)}了" for t in hanzi[30:]]
    planted += spoken + sounds + [f"{a}{t}" for a, t in zip(allow, terms)]
    lex = _lexicon(terms, allow)
    one = Matcher.build(lex, cache_dir=None, engine="auto")
    many = Matcher.build(lex, cache_dir=None, engine=TINY)
    return {"lex": lex, "texts": answers + planted + allow, "one": one, "many": many}


def _homophone(term: str) -> str:
    """``term`` with its first character replaced by another common character of the same sound."""
    table = sound_table()
    first = term[0]
    for cp in range(0x4E00, 0x9FA6):
        if cp != ord(first) and table[cp] == table[ord(first)] and table[cp] != cp:
            return chr(cp) + term[1:]
    return term


@needs_hyperscan
def test_sharded_matcher_finds_exactly_what_one_database_finds(real: dict[str, Any]) -> None:
    one, many = real["one"], real["many"]
    assert one._main.engine.shards == 1
    assert many._main.engine.shards > 5 and many._sound.engine.shards > 1  # the sound channel too
    hits = [one.scan(t) for t in real["texts"]]
    assert sum(map(len, hits)) > 150
    assert [many.scan(t) for t in real["texts"]] == hits
    assert {m.variant for h in hits for m in h} >= {"exact", "pinyin", "homophone"}
    assert many.scan_many(real["texts"]) == one.scan_many(real["texts"])


@needs_hyperscan
def test_each_scanning_thread_gets_its_own_scratch_space(real: dict[str, Any]) -> None:
    """Threads clone the engine's scratch space (prepared once per shard) and still agree."""
    one, many = real["one"], real["many"]
    texts = real["texts"][::3]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: [many.scan(x) for x in texts], range(4)))
    assert got == [[one.scan(x) for x in texts]] * 4


@needs_hyperscan
def test_engine_reports_overlapping_hits_from_patterns_in_different_shards() -> None:
    patterns = ["法轮功", "法轮", "轮功", "功法", "轮功法", "abc", "bc", "c"]
    one = HyperscanEngine.compile(patterns)
    many = HyperscanEngine.compile(patterns, shard_bytes=1)  # each pattern a shard of its own
    assert many.shards == len(patterns)
    text = "练法轮功法abc"
    cps = codepoints(text)

    def found(engine: HyperscanEngine) -> set[tuple[int, int, int]]:
        return set(zip(*(a.tolist() for a in engine.find(text, cps))))

    got = found(many)
    assert got == found(one)
    assert {(0, 1, 4), (1, 1, 3), (2, 2, 4), (3, 3, 5), (4, 2, 5), (7, 7, 8)} <= got


def test_shard_bounds_cover_every_pattern_within_the_budget() -> None:
    patterns = ["色情", "法轮功", "x" * 40, "ab", "台独", "炸药配方"]
    bounds = shard_bounds(patterns, 10)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(patterns)
    assert all(a < b and b == c for (a, b), (c, _) in pairwise(bounds))
    for a, b in bounds:
        size = sum(len(p.encode()) for p in patterns[a:b])
        assert size <= 10 or b - a == 1  # an over-long pattern gets a shard of its own
    assert shard_bounds(patterns, None) == [(0, len(patterns))]
    assert parse_engine(SHARDED)[1] and parse_engine("ahocorasick") == ("ahocorasick", None)
    with pytest.raises(ValueError):
        parse_engine("auto:shards=0")


def test_ahocorasick_ignores_the_shard_option() -> None:
    engine = compile_engine(["法轮功", "轮功"], "ahocorasick:shards=4")
    assert isinstance(engine, AhoCorasickEngine) and len(engine.dump()) == 1
    m = Matcher.build(_lexicon(["法轮功", "色情"], []), cache_dir=None, engine="ahocorasick:shards=4")
    assert m.engine_name == "ahocorasick" and [h.matched for h in m.scan("看色情片")] == ["色情"]


@needs_hyperscan
def test_cache_round_trips_the_shards_one_pause_per_shard(real: dict[str, Any], tmp_path: Path) -> None:
    key = matcher_cache.cache_key(real["lex"], TINY)
    many = real["many"]
    compiled = _compiled_of(many)
    matcher_cache.save(tmp_path, key, compiled)
    pauses: list[int] = []
    loaded = matcher_cache.load(tmp_path, key, pause=lambda: pauses.append(1))
    assert loaded is not None
    shards = many._main.engine.shards + many._sound.engine.shards
    assert loaded.main.engine.shards == many._main.engine.shards  # type: ignore[attr-defined]
    assert len(pauses) > shards
    again = Matcher(loaded, key)
    assert [again.scan(t) for t in real["texts"]] == [many.scan(t) for t in real["texts"]]
    assert matcher_cache.cache_key(real["lex"], "auto") != key  # the option is part of the key


def _compiled_of(m: Matcher) -> Any:
    from beian.text.compiler import Compiled

    return Compiled(m._t, m._main, m._sound, m.skipped, m.user_words)


def _rewrite(path: Path, change: Any) -> None:
    """Rewrite a cache file section by section with ``change(name, kind, bytes)``, digest recomputed."""
    r = SectionReader(bytearray(path.read_bytes()))
    w = SectionWriter()
    for name, (kind, _dtype, _off, _len) in r._index.items():
        raw = bytes(r._raw(name, kind))
        raw = change(name, raw)
        if kind == "text":
            w.text(name, raw.decode("utf-8"))
        else:
            w.array(name, np.frombuffer(raw, dtype=r._index[name][1]) if raw else np.zeros(0, np.int64))
    with open(path, "wb") as fh:
        w.write(fh, r.meta)
    path.with_name(path.name + ".sha256").write_text(hashlib.sha256(path.read_bytes()).hexdigest(), "ascii")


@needs_hyperscan
@pytest.mark.parametrize("damage", ["flip", "drop"])
def test_a_corrupt_or_missing_shard_is_rejected_and_rebuilt(tmp_path: Path, damage: str) -> None:
    """Even with a digest that vouches for the file: hyperscan's own check refuses a damaged shard."""
    terms = [f"违禁词{i:04d}号" for i in range(400)]
    lex = _lexicon(terms, [])
    first = Matcher.build(lex, cache_dir=tmp_path, engine="hyperscan:shards=2000")
    assert first._main.engine.shards > 2
    path = next(tmp_path.glob("*.matcher"))
    assert matcher_cache.load(tmp_path, first.key) is not None

    def change(name: str, raw: bytes) -> bytes:
        if name != "main.engine/1":
            return raw
        if damage == "drop":
            return b""
        data = bytearray(raw)
        data[len(data) // 2] ^= 0xFF
        return bytes(data)

    _rewrite(path, change)
    assert matcher_cache.load(tmp_path, first.key) is None
    again = Matcher.build(lex, cache_dir=tmp_path, engine="hyperscan:shards=2000")
    assert [h.matched for h in again.scan("这是违禁词0399号")] == ["违禁词0399号"]
    assert matcher_cache.load(tmp_path, first.key) is not None  # rewritten whole
