"""The matcher's C helpers (``beian.text._fold``: fan_out, flags_of, span_count, fold_str, outermost) and their NumPy
fallbacks find the same hits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from beian.text import hitfilters as H
from beian.text import matcher as M
from beian.text.matcher import Matcher
from beian.text.normalize import codepoints, fold_tables, native, normalize
from beian.text.terms import Lexicon, Term, VariantOptions

pytestmark = pytest.mark.skipif(native("span_count") is None, reason="the C extension was not built")

TEXTS = [
    "他练法轮功，还看色情片。",
    "法\u200b轮\u200b功 和 fa lun gong、flg，还有 F.L.G",
    "共和国国务院发布了2000年的第二十二条规定，价格6.4元，时间15:00",
    "水乳交融的路口交通，反色情行动；色，情\n法\n轮\n功",
    "法法轮轮功功 QQ号12345 qq ＱＱ 哈哈哈哈 Sssshit sql sq",
    "【色】【情】“色”“情” 色(*^_^*)情 \\u6cd5\\u8f6e\\u529f &#27861;&#36718;&#21151;",
    "",
    "一二三四五六七八九十百千万亿两 第二十一条 双十一",
]


def _lexicon() -> Lexicon:
    terms = ["法轮功", "口交", "色情", "QQ", "哈哈", "sq", "习近平", "国务院", "20", "500", "6.4", "二十", "十一"]
    return Lexicon(
        terms=[Term(t, category="测试", risk="A.1.d", source="t.txt", line=i + 1) for i, t in enumerate(terms)],
        allow=[Term("路口交通"), Term("反色情")],
        options=VariantOptions().merged(homophone=True),
    )


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(_lexicon(), cache_dir=tmp_path_factory.mktemp("cache"))


def test_numpy_fallback_finds_the_same_hits(matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    with_c = [matcher.scan(text) for text in TEXTS]
    assert any(with_c), "the texts must hold hits, else the comparison proves nothing"
    for module, name in ((H, "_native_flags_of"), (H, "_native_span_count"), (H, "_native_outermost"),
                         (H, "_native_span_order"), (H, "_native_pair_words"),
                         (M, "_native_fold_str"), (M, "_native_fan_out")):
        monkeypatch.setattr(module, name, None)
    assert [matcher.scan(text) for text in TEXTS] == with_c


def test_span_count_equals_numpy_short_and_long_spans() -> None:
    rng = np.random.default_rng(7)
    flags = rng.integers(0, 256, size=300, dtype=np.uint8)
    for width in (5, 300):  # spans adding up to less than the text, then to more (the prefix count)
        start = rng.integers(0, 300 - width + 1, size=40).astype(np.int64)
        end = np.minimum(start + rng.integers(0, width + 1, size=40), 300).astype(np.int64)
        for bit in (1, H.CLAUSE | H.BREAK, H.NUMERAL):
            want = [int(((flags[a:b] & bit) != 0).sum()) for a, b in zip(start.tolist(), end.tolist())]
            assert H.count(flags, bit, start, end).tolist() == want


def test_span_count_rejects_spans_outside_the_text() -> None:
    with pytest.raises(ValueError):
        native("span_count")(np.zeros(3, dtype=np.uint8), 1, np.array([2], dtype=np.int64),
                             np.array([4], dtype=np.int64))


def test_flags_and_folded_text_equal_numpy() -> None:
    table = H.char_flags()
    for text in TEXTS:
        cps = codepoints(text)
        flags, present = H.text_flags(cps)
        assert flags.tolist() == table[cps].tolist()
        assert present == (int(np.bitwise_or.reduce(table[cps])) if cps.size else 0)
        folded = fold_tables()[0][cps]
        want = "".join(chr(c) if c else "\u3000" for c in folded.tolist())
        assert M._folded_text(normalize(text)) == want


def test_digit_and_numeral_flags_follow_the_fold() -> None:
    flags = H.char_flags()
    assert flags[ord("７")] & H.DIGIT and flags[ord("7")] & H.DIGIT and not flags[ord("七")] & H.DIGIT
    assert flags[ord("七")] & H.NUMERAL and flags[ord("萬")] & H.NUMERAL and not flags[ord("7")] & H.NUMERAL


def test_fan_out_lists_every_entry_of_a_pattern() -> None:
    pid = np.array([2, 0, 2], dtype=np.int64)
    s, e = np.array([0, 4, 9], dtype=np.int64), np.array([3, 6, 12], dtype=np.int64)
    firsts, counts = np.array([0, 1, 3], dtype=np.int64), np.array([1, 2, 3], dtype=np.int64)
    entry, s2, e2 = (np.frombuffer(b, dtype=np.int64).tolist() for b in native("fan_out")(pid, s, e, firsts, counts))
    assert entry == [3, 4, 5, 0, 3, 4, 5]
    assert s2 == [0, 0, 0, 4, 9, 9, 9] and e2 == [3, 3, 3, 6, 12, 12, 12]


def test_scan_of_a_path_lexicon_matches_with_and_without_c(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lex = tmp_path / "lex.txt"
    lex.write_text("人民政府\n政府\n法轮功\n", encoding="utf-8")
    m = M.build_matcher([lex], cache_dir=tmp_path / "cache")
    text = "人民政府和政府，法轮功。" * 3
    with_c = m.scan(text)
    monkeypatch.setattr(M, "_native_fan_out", None)
    monkeypatch.setattr(H, "_native_span_count", None)
    assert m.scan(text) == with_c and len(with_c) >= 3


def test_outermost_equals_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(11)
    for _ in range(50):  # many ties: equal spans (the lowest rank wins), nested and overlapping spans
        start = rng.integers(0, 12, size=int(rng.integers(1, 30))).astype(np.int64)
        end = start + rng.integers(1, 5, size=start.size)
        rank = rng.integers(0, 4, size=start.size).astype(np.int64)
        with_c = H.outermost(start, end, rank).tolist()
        monkeypatch.setattr(H, "_native_outermost", None)
        assert with_c == H.outermost(start, end, rank).tolist()
        monkeypatch.undo()


@pytest.mark.parametrize("size", [40, 5000])
@pytest.mark.parametrize("shuffled", [False, True])
def test_span_order_and_outermost_equal_numpy_on_hits_in_and_out_of_order(
        size: int, shuffled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # hits come from the automaton by end (nearly in order: the insertion sort); shuffled ones go to qsort
    rng = np.random.default_rng(size)
    end = np.sort(rng.integers(2, size, size=size)).astype(np.int64)
    start = np.maximum(end - rng.integers(1, 6, size=size), 0).astype(np.int64)
    rank = rng.integers(0, 3, size=size).astype(np.int64)
    if shuffled:
        perm = rng.permutation(size)
        start, end, rank = start[perm], end[perm], rank[perm]
    with_c = H.span_order(start, end, rank).tolist(), H.outermost(start, end, rank).tolist()
    monkeypatch.setattr(H, "_native_span_order", None)
    monkeypatch.setattr(H, "_native_outermost", None)
    assert with_c == (H.span_order(start, end, rank).tolist(), H.outermost(start, end, rank).tolist())
    assert with_c[0] == np.lexsort((np.arange(size), rank, -end, start)).tolist()


def test_pair_lookup_in_c_equals_the_sorted_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "路口交通神经病变让人大跌眼镜的办证明天"
    cps = codepoints(text)
    first, second = cps[:-1], cps[1:]
    with_c = H._is_pair(first, second).tolist()
    monkeypatch.setattr(H, "_native_pair_words", None)
    assert with_c == H._is_pair(first, second).tolist()
    assert with_c[0] and with_c[text.index("交通")] and not with_c[text.index("的办")]
