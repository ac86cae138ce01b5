"""The native engine (C Aho-Corasick over code points): same hits as a naive search and ahocorasick_rs,
a dump that loads without a rebuild and refuses damaged data, and the fallback when it is not built."""

from __future__ import annotations

import gzip
import json
import random
import struct
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beian.text import engines, matcher_cache
from beian.text.engines import (
    AhoCorasickEngine,
    HyperscanEngine,
    NativeEngine,
    compile_engine,
    hyperscan_available,
    load_engine,
    native_available,
)
from beian.text.matcher import Matcher
from beian.text.normalize import codepoints, normalize
from beian.text.terms import Lexicon, Term

pytestmark = pytest.mark.skipif(not native_available(), reason="C 扩展 beian.text._acm 未编译")
ALPHABET = "ab色情法轮\n😀\U00020000é"  # ASCII, Latin-1, CJK, astral (emoji, Extension B), a line break
Hit = tuple[int, int, int]


def naive(patterns: list[str], text: str) -> Counter[Hit]:
    """Every (id, start, end) by brute force."""
    out: Counter[Hit] = Counter()
    for i, p in enumerate(patterns):
        for s in range(len(text) - len(p) + 1):
            if text.startswith(p, s):
                out[(i, s, s + len(p))] += 1
    return out


def hits(engine: engines.Engine, text: str) -> Counter[Hit]:
    pid, s, e = engine.find(text, codepoints(text))
    assert pid.dtype == s.dtype == e.dtype == np.int64
    return Counter(zip(pid.tolist(), s.tolist(), e.tolist()))


words = st.text(alphabet=ALPHABET, min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(patterns=st.lists(words, min_size=1, max_size=15), text=st.text(alphabet=ALPHABET, max_size=60),
       repeat=st.integers(0, 3))
def test_every_overlapping_occurrence_like_naive_and_ahocorasick_rs(patterns: list[str], text: str,
                                                                     repeat: int) -> None:
    patterns = patterns + patterns[:repeat]  # duplicate patterns keep their own ids
    native = NativeEngine.compile(patterns)
    want = naive(patterns, text)
    assert hits(native, text) == want
    assert hits(AhoCorasickEngine.compile(patterns), text) == want
    again = NativeEngine.load(native.dump(), native.char_lens)
    assert hits(again, text) == want


def test_overlapping_nested_and_repeated_patterns() -> None:
    patterns = ["法轮功", "法轮", "轮功", "功法", "轮功法", "aa", "a", "😀😀", "\U00020000\n"]
    engine = NativeEngine.compile(patterns)
    text = "练法轮功法aaa😀😀😀\U00020000\n"
    got = hits(engine, text)
    assert got == naive(patterns, text)
    assert {(5, 5, 7), (5, 6, 8), (6, 7, 8), (7, 8, 10), (7, 9, 11), (8, 11, 13), (0, 1, 4), (4, 2, 5)} <= set(got)


def test_empty_text_and_text_without_hits() -> None:
    engine = NativeEngine.compile(["色情", "x"])
    for text in ("", "什么都没有"):
        pid, s, e = engine.find(text, codepoints(text))
        assert pid.size == s.size == e.size == 0 and pid.dtype == np.int64


def test_bad_patterns_are_refused() -> None:
    _acm = engines._acm
    with pytest.raises(ValueError):
        _acm.build(["ok", ""])
    with pytest.raises(TypeError):
        _acm.build(["ok", b"bytes"])
    with pytest.raises(TypeError):
        _acm.build(["ok"]).find(b"bytes")


# ------------------------------------------------------------------ real lexicon, real text


@pytest.fixture(scope="module")
def real(shared_data: Path) -> tuple[list[str], list[str]]:
    """5,000 folded houbb terms and 300 folded real answers with some of the terms planted."""
    lines = (shared_data / "lexicon-houbb/sensitive_word_dict.txt").read_text(encoding="utf-8").splitlines()
    rng = random.Random(7)
    terms = sorted({normalize(t.strip()).text for t in rng.sample(lines, 5000) if t.strip()} - {""})
    with gzip.open(shared_data / "answers-yijian/data.jsonl.gz", "rt", encoding="utf-8") as fh:
        answers = [json.loads(line)["answer"] or "" for line in fh][:300]
    texts = [normalize(a[:200] + t + a[200:400]).text for a, t in zip(answers, rng.sample(terms, 300))]
    return terms, texts


def test_real_lexicon_on_real_answers_same_hits_as_other_engines(real: tuple[list[str], list[str]]) -> None:
    terms, texts = real
    native = NativeEngine.compile(terms)
    others: list[engines.Engine] = [AhoCorasickEngine.compile(terms)]
    if hyperscan_available():
        others.append(HyperscanEngine.compile(terms))
    total = 0
    for text in texts:
        got = hits(native, text)
        total += sum(got.values())
        assert all(hits(o, text) == got for o in others)
    assert total >= 300  # every planted term at least


def test_threads_finding_at_once_get_the_same_hits(real: tuple[list[str], list[str]]) -> None:
    terms, texts = real
    engine = NativeEngine.compile(terms)
    long = "".join(texts)  # long enough that the scan runs without the interpreter lock
    want = hits(engine, long)
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda _: [hits(engine, long) for _ in range(3)], range(4)))
    assert got == [[want] * 3] * 4 and sum(want.values()) >= 300


# ------------------------------------------------------------------ the dump and damaged data


def _blob() -> tuple[NativeEngine, bytes]:
    engine = NativeEngine.compile(["法轮功", "法轮", "轮功", "ab", "b", "😀x", "\U00020000"])
    (blob,) = engine.dump()
    return engine, blob


def test_dump_loads_from_bytes_and_from_a_view_into_a_file_buffer() -> None:
    engine, blob = _blob()
    text = "ab法轮功😀x\U00020000"
    for data in (blob, memoryview(bytearray(blob)), memoryview(blob)[:]):
        assert hits(load_engine("native", [data], np.zeros(0, np.int64), engine.char_lens), text) == hits(engine, text)


def test_truncated_or_padded_dump_is_refused() -> None:
    engine, blob = _blob()
    for cut in (0, 7, 63, 64, len(blob) // 2, len(blob) - 1):
        with pytest.raises(ValueError):
            NativeEngine.load([blob[:cut]], engine.char_lens)
    for damaged in (blob + b"\0" * 8, b"x" * len(blob)):
        with pytest.raises(ValueError):
            NativeEngine.load([damaged], engine.char_lens)
    with pytest.raises(ValueError):
        NativeEngine.load([blob, blob], engine.char_lens)


def test_every_damaged_header_byte_is_refused() -> None:
    engine, blob = _blob()
    for i in range(64):
        data = bytearray(blob)
        data[i] ^= 0x5A
        with pytest.raises(ValueError):
            NativeEngine.load([bytes(data)], engine.char_lens)


def test_a_looping_failure_link_is_refused() -> None:
    engine, blob = _blob()
    nodes, edges = struct.unpack_from("<II", blob, 24)
    fail_at = 64 + (4 * (nodes + 1) + 7) // 8 * 8 + (4 * edges + 7) // 8 * 8
    for node, target in ((3, 3), (3, nodes - 1), (1, 2)):
        data = bytearray(blob)
        struct.pack_into("<I", data, fail_at + 4 * node, target)
        with pytest.raises(ValueError, match="link"):
            NativeEngine.load([bytes(data)], engine.char_lens)


def test_random_damage_is_refused_or_harmless() -> None:
    """A flipped byte deep in the tables may still describe a valid automaton; it never crashes and
    never reports a pattern or offset that cannot exist."""
    engine, blob = _blob()
    rng = random.Random(3)
    text = "ab法轮功😀x\U00020000" * 3
    refused = 0
    for _ in range(400):
        data = bytearray(blob)
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(64, len(data))] = rng.randrange(256)
        try:
            damaged = NativeEngine.load([bytes(data)], engine.char_lens)
        except ValueError:
            refused += 1
            continue
        pid, _s, e = damaged.find(text, codepoints(text))
        assert ((pid >= 0) & (pid < 7)).all() and ((e >= 1) & (e <= len(text))).all()
    assert refused > 0


# ------------------------------------------------------------------ the matcher, its cache and the fallback


def _lexicon(terms: list[str]) -> Lexicon:
    return Lexicon(terms=[Term(t, category="测试") for t in terms])


TERMS = ["法轮功", "色情网站", "台独", "炸药配方"]
TEXTS = ["他在看色情网站", "法 轮 功", "台獨分子", "炸药的配方", "没有问题"]


def test_auto_prefers_native_and_the_cache_keeps_it(tmp_path: Path) -> None:
    assert compile_engine(["色情"]).name == "native"
    built = Matcher.build(_lexicon(TERMS), cache_dir=tmp_path, engine="auto")
    assert built.engine_name == "native"
    loaded = matcher_cache.load(tmp_path, built.key)
    assert loaded is not None and loaded.main.engine.name == "native"
    again = Matcher(loaded, built.key)
    reference = Matcher.build(_lexicon(TERMS), cache_dir=None, engine="ahocorasick")
    assert [again.scan(t) for t in TEXTS] == [built.scan(t) for t in TEXTS] == [reference.scan(t) for t in TEXTS]
    assert sum(map(len, (built.scan(t) for t in TEXTS))) >= 3


def test_without_the_extension_auto_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_native = Matcher.build(_lexicon(TERMS), cache_dir=tmp_path, engine="auto")
    want = [with_native.scan(t) for t in TEXTS]
    monkeypatch.setattr(engines, "_acm", None)
    assert not native_available()
    assert compile_engine(["色情"]).name == ("hyperscan" if hyperscan_available() else "ahocorasick")
    with pytest.raises(RuntimeError):
        compile_engine(["色情"], "native")
    assert matcher_cache.load(tmp_path, with_native.key) is None  # a native cache file is rebuilt, not trusted
    fallback = Matcher.build(_lexicon(TERMS), cache_dir=None, engine="auto")
    assert fallback.engine_name != "native"
    assert [fallback.scan(t) for t in TEXTS] == want
