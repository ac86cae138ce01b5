"""The matcher's per-hit C helpers (``beian.text._hits``: the word check's sweeps, window keys and
segmentation, the JSON lines of ``scan --json``) give what their Python versions give, on real text."""

from __future__ import annotations

import csv
import gzip
import json
import random
from pathlib import Path

import numpy as np
import pytest

from beian.commands import scan as S
from beian.text import escapes as E
from beian.text import hitfilters as H
from beian.text import matcher as M
from beian.text import wordcut as W
from beian.text.matcher import Match, Matcher
from beian.text.normalize import native, normalize
from beian.text.terms import Lexicon, Term, VariantOptions

pytestmark = pytest.mark.skipif(native("settle", "_hits") is None, reason="the C extension was not built")

# ordinary words and evasions, so that many hits nest and cut through words (settled over several sweeps)
TERMS = ["法轮功", "口交", "色情", "乳交", "神经病", "人大", "办证", "咖啡因", "情网", "色情网站", "网站", "交融",
         "大跌", "证明", "活動", "專業", "中華", "游行示威", "示威", "中华人民共和国", "共和国", "国务院", "QQ", "6.4"]


def _texts(shared_data: Path, n: int = 120) -> list[str]:
    """Real sentences (hotel reviews, medical answers) with planted terms and evasions, in several styles."""
    rng = random.Random(11)
    with gzip.open(shared_data / "corpus-medical-qa" / "internal_medicine_sample.csv.gz", "rt", encoding="utf-8") as fh:
        real = [row["answer"][:300] for _, row in zip(range(400), csv.DictReader(fh)) if row["answer"]]
    planted = ["水乳交融", "神经病变", "让人大跌眼镜", "去办证明", "咖啡，因为", "色情网站，站", "法\n轮功",
               "色 情", "活动中华人民共和国国务院", "游行、示威", "ＱＱ号", "6.4元"]
    out = []
    for _ in range(n):
        base = rng.choice(real)
        cut = rng.randrange(len(base) + 1)
        out.append(base[:cut] + rng.choice(planted) + base[cut:] + rng.choice(TERMS))
    return out


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lexicon = Lexicon(terms=[Term(t, category="测试", source="t.txt", line=i + 1) for i, t in enumerate(TERMS)],
                      options=VariantOptions())
    return Matcher.build(lexicon, cache_dir=tmp_path_factory.mktemp("cache"))


def test_sweeps_rounds_and_python_settle_alike(matcher: Matcher, shared_data: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(shared_data)
    joined = "\n\n".join(texts)  # one long text: many candidate hits, settled in sweeps
    monkeypatch.setattr(M, "_FEW_HITS", 0)
    sweeps = [matcher.scan(t) for t in texts] + [matcher.scan(joined)]
    weak = [m for hits in sweeps for m in hits if m.confidence < 0.5]
    assert weak, "some hit must cut through a word, else the sweep is not exercised"
    monkeypatch.setattr(M, "_FEW_HITS", 10**9)
    assert [matcher.scan(t) for t in texts] + [matcher.scan(joined)] == sweeps
    monkeypatch.setattr(M, "_FEW_HITS", 0)
    monkeypatch.setattr(H, "_native_settle", None)
    monkeypatch.setattr(W, "_native_cut_decide", None)  # window keys in Python, decided in C
    assert [matcher.scan(t) for t in texts] + [matcher.scan(joined)] == sweeps
    monkeypatch.setattr(W, "_native_cut_keys", None)  # all in Python
    assert [matcher.scan(t) for t in texts] + [matcher.scan(joined)] == sweeps


def test_settle_sweep_c_equals_python_on_random_nests() -> None:
    rng = np.random.default_rng(3)
    c_version = H._native_settle
    for _ in range(200):
        n = int(rng.integers(1, 40))
        start = rng.integers(0, 30, size=n).astype(np.int64)
        end = start + rng.integers(1, 8, size=n)
        rank = rng.integers(0, 5, size=n).astype(np.int64)
        cut = rng.integers(0, 3, size=n).astype(np.uint8)
        order = np.lexsort((np.arange(n), rank, -end, start)).astype(np.int64)
        moved, need = H.settle_sweep(order, end, cut)
        H._native_settle = None
        try:
            want_moved, want_need = H.settle_sweep(order, end, cut)
        finally:
            H._native_settle = c_version
        assert moved.tolist() == want_moved.tolist()
        assert need.tolist() == want_need.tolist()


def test_settle_rejects_positions_outside_the_hits() -> None:
    with pytest.raises(ValueError):
        native("settle", "_hits")(np.array([3], dtype=np.int64), np.array([1], dtype=np.int64),
                                  np.zeros(1, dtype=np.uint8))


def test_word_cut_in_c_equals_python(shared_data: Path) -> None:
    cut = W.WordCut([("水乳交融", 500), ("专业户", 0), ("咖啡因为", 3)])  # user words take part, as with --user-dict
    rng = random.Random(5)
    keys = []
    for text in _texts(shared_data, 60):
        folded = M._folded_text(normalize(text))
        for _ in range(30):
            a = rng.randrange(len(folded))
            b = min(len(folded), a + rng.randint(2, 5))
            keys.append(W.window_key(folded, a, b, folded[a:b]))
    got = W._native_cut_keys(keys, W._base_table(), W._native_word_table(cut._user), cut._log_total, W.BREAKER)
    want = [cut.cut_key(k) for k in keys]
    assert list(got) == want  # whole, cut, or cut through by the dictionary but as probable as an unlisted word
    assert {W.WHOLE, W.CUT, W.UNLISTED} <= set(want)


def test_word_cut_in_c_reads_user_words_jieba_lacks() -> None:
    """The C reading remembers each piece of a window it looked up; a user word whose prefixes jieba lacks
    (鑫淼焱垚) and one that lengthens a jieba word (专业户) are read as the Python reading reads them."""
    cut = W.WordCut([("鑫淼焱垚", 800), ("专业户", 40), ("淼焱", 0)])
    texts = ["我们鑫淼焱垚公司的专业户口", "鑫淼焱垚鑫淼焱", "专业户专业户外", "淼焱垚鑫淼"]
    keys = [W.window_key(t, a, b, t[a:b]) for t in texts for a in range(len(t)) for b in range(a + 2, min(len(t), a + 6) + 1)]
    got = W._native_cut_keys(keys, W._base_table(), W._native_word_table(cut._user), cut._log_total, W.BREAKER)
    want = [cut.cut_key(k) for k in keys]
    assert list(got) == want
    assert want[keys.index(W.window_key(texts[0], 3, 5, "淼焱"))] == W.CUT  # inside the user's 鑫淼焱垚


def test_dictionary_built_in_c_is_the_one_jieba_loads() -> None:
    """The word check reads jieba's dict.txt in C instead of starting jieba; every count (words and their
    prefixes), the total and the word list are what jieba's tokenizer holds."""
    freq, total = W._jieba()
    d = W.dictionary()
    assert d.table is not None and d.total == total
    assert all(d.lookup(word) == count for word, count in freq.items())
    assert d.lookup("不存在的词语组合") is None and d.lookup("中华人") == 0 and d.lookup("中华") == freq["中华"]
    assert set(W.word_list()) == {w for w, c in freq.items() if c} == H.dictionary_words()
    assert set(W.word_list(2)) == {w for w, c in freq.items() if c and len(w) == 2}


def test_dictionary_file_is_read_the_way_jieba_reads_it() -> None:
    """Stripped lines, single-space fields, the last count of a repeated word, prefixes at 0, every count totalled."""
    table, total = W._native_dict_table("\n  好人 5 n \r\n\t坏人家 7\n坏人 1\n好人 2\n")
    count = W._native_word_count
    assert total == 15.0
    assert [count(table, w) for w in ["好人", "好", "坏人家", "坏人", "坏", "人家", ""]] == [2, 0, 7, 1, 0, None, None]
    assert sorted(W._native_table_words(table, 0)) == ["坏人", "坏人家", "好人"]
    with pytest.raises(ValueError, match="line 2"):
        W._native_dict_table("好人 5\n坏人\n")


def test_window_keys_in_c_equal_python() -> None:
    """cut_decide caches each window under the key Python's window_key builds, as code points (no str per hit)."""
    text = "去办证明\u3000水乳交融𠀋的路口"
    starts, ends = np.array([1, 6, 0, 9], dtype=np.int64), np.array([3, 8, 2, 11], dtype=np.int64)
    terms, split = np.array([0, 1, 0, 1], dtype=np.int64), np.array([0, 0, 1, 0], dtype=np.uint8)
    spelled = ["办证", "乳交"]
    cut = W.WordCut()
    base, user = cut._tables or cut._load_tables()
    want = [W.window_key(text, a, b, text[a:b] if c else spelled[k])
            for a, b, k, c in zip(starts.tolist(), ends.tolist(), terms.tolist(), split.tolist())]
    cache = native("window_cache", "_hits")(100)
    got = native("cut_decide", "_hits")(text, starts, ends, terms, split, spelled, cache, W.CONTEXT, base, user,
                                        cut._log_total, W.BREAKER)
    items = native("cache_items", "_hits")(cache)
    assert sorted(items) == sorted(want) and [bool(x) for x in got] == [cut.cut_key(k) for k in want]
    assert [bool(x) for x in got][:2] == [True, True]  # 办|证明 and 水|乳交|融 cut through words
    again = native("cut_decide", "_hits")(text, starts, ends, terms, split, spelled, cache, W.CONTEXT, base, user,
                                          cut._log_total, W.BREAKER)
    assert again == got and native("cache_items", "_hits")(cache) == items
    with pytest.raises(ValueError):  # not a window cache (the dict the cache used to be)
        native("cut_decide", "_hits")(text, starts, ends, terms, split, spelled, {}, W.CONTEXT, base, user,
                                      cut._log_total, W.BREAKER)


def test_cut_decide_equals_the_python_word_check_and_fills_the_cache(shared_data: Path) -> None:
    """The matcher's one-call word check: the decisions of WordCut.cut_key, every window cached as it is
    decided, the cache started over when full, bad arrays refused with an error."""
    cut = W.WordCut([("水乳交融", 500), ("专业户", 0)])
    base, user = cut._tables or cut._load_tables()
    rng = random.Random(11)
    spelled = ["乳交", "办证", "神经病", "人大"]
    decide, window_cache, items = native("cut_decide", "_hits"), native("window_cache", "_hits"), native(
        "cache_items", "_hits")
    for text in _texts(shared_data, 40):
        folded = M._folded_text(normalize(text))
        n = 25
        starts = np.array([rng.randrange(len(folded) - 1) for _ in range(n)], dtype=np.int64)
        ends = np.minimum(starts + np.array([rng.randint(1, 4) for _ in range(n)]), len(folded)).astype(np.int64)
        terms = np.array([rng.randrange(len(spelled)) for _ in range(n)], dtype=np.int64)
        split = np.array([rng.random() < 0.5 for _ in range(n)], dtype=np.uint8)
        keys = [W.window_key(folded, a, b, folded[a:b] if c else spelled[k])
                for a, b, k, c in zip(starts.tolist(), ends.tolist(), terms.tolist(), split.tolist())]
        want = [cut.cut_key(key) for key in keys]
        cache = window_cache(1 << 17)
        got = decide(folded, starts, ends, terms, split, spelled, cache, W.CONTEXT, base, user, cut._log_total,
                     W.BREAKER)
        assert list(got) == want
        assert items(cache) == {key: cut.cut_key(key) for key in keys}
        small = window_cache(3)
        again = decide(folded, starts, ends, terms, split, spelled, small, W.CONTEXT, base, user, cut._log_total,
                       W.BREAKER)
        assert again == got and 0 < len(items(small)) <= 3
    with pytest.raises(ValueError, match="one length"):
        decide("水乳交融", np.array([0], dtype=np.int64), np.array([2, 3], dtype=np.int64),
               np.array([0], dtype=np.int64), np.array([0], dtype=np.uint8), spelled, window_cache(10),
               W.CONTEXT, base, user, cut._log_total, W.BREAKER)


def test_json_lines_in_c_are_the_python_lines() -> None:
    texts = ["法轮功", '引号"反斜杠\\', "换行\n回车\r制表\t", "\x00\x1f\x7f", "行\u2028段\u2029下\x85",
             "𠀋😀", "ｆａ ｌｕｎ"]
    hits = [Match(i, i + len(t), t, "法轮功", v, c, None, conf, "t.txt", ())
            for i, (t, v, c, conf) in enumerate(zip(texts, ["exact", "escape", "separator", "pinyin", "case",
                                                           "style", "width"],
                                                    ["邪教", None, '分类"甲"', "色情", None, "其他", "邪教"],
                                                    [1.0, 0.9, 0.45, 0.8, 0.4999, 0.97, 0.125]))]
    hits.append(Match(20, 24, "fa lun", "法轮", "pinyin", "邪教", None, 0.8, "t", (("法轮", "邪教"), ("发轮", None))))
    args = (hits, 7, 0.45, {}, S._tail, lambda m: S._line(7, m))
    data, n = native("json_lines", "_hits")(*args)
    want, want_n = S._json_lines(hits, 7, 0.45, {}, S._tail, lambda m: S._line(7, m))
    assert (data.decode("utf-8"), n) == (want, want_n)
    assert n == 7  # 0.4999 is below --min-confidence
    for line in data.decode("utf-8").splitlines():
        json.loads(line)


def test_json_lines_tails_remembered_by_identity_stay_right() -> None:
    """The C writer remembers tails by the identity of (matched, variant, category) and the confidence: the same
    strings at two confidences, equal strings that are other objects, and large offsets are written as Python does."""
    cat = "".join(["色", "情"])  # equal to "色情", another object
    hits = [Match(10 ** 12 + i, 10 ** 12 + i + 2, "法轮", "法轮", "exact", c, None, conf, "t", ())
            for i, (c, conf) in enumerate([("色情", 1.0), ("色情", 0.4), (cat, 1.0), (cat, 0.4), (None, 1.0),
                                           ("色情", 1.0), (cat, 0.75)] * 3)]
    tails: dict[tuple[str, str, str | None, float], str] = {}
    data, n = native("json_lines", "_hits")(hits, 3, 0.0, tails, S._tail, lambda m: S._line(3, m))
    want, want_n = S._json_lines(hits, 3, 0.0, {}, S._tail, lambda m: S._line(3, m))
    assert (data.decode("utf-8"), n) == (want, want_n) == (want, 21)
    assert len(tails) == 4  # one per (matched, variant, category, confidence)
    assert '"start": 1000000000006, "end": 1000000000008' in want


def test_json_lines_with_a_lone_surrogate_fall_back_to_python() -> None:
    hit = Match(0, 1, "\ud800", "法轮功", "exact", None, None, 1.0, "t", ())
    with pytest.raises(UnicodeEncodeError):
        native("json_lines", "_hits")([hit], 0, 0.0, {}, S._tail, lambda m: S._line(0, m))


def test_escape_codes_found_where_they_begin_equal_a_full_regex_scan() -> None:
    rng = random.Random(2)
    alphabet = "&#xX;0123456789abcdefABCDEF\\uU{}%中 文"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert [m.span() for m in E._code_matches(text)] == [m.span() for m in E._CODE.finditer(text)]


def test_pair_check_in_bulk_equals_one_by_one(shared_data: Path) -> None:
    text = "".join(_texts(shared_data, 40))
    norm = normalize(text)
    starts = np.arange(0, len(norm.text) - 2, dtype=np.int64)
    ends = starts + 2
    bulk = H.straddles_words(norm.text, norm.cps, starts, ends)
    few = [H.straddles_words(norm.text, norm.cps, starts[i:i + 1], ends[i:i + 1])[0] for i in range(starts.size)]
    assert bulk.tolist() == few and any(few)
