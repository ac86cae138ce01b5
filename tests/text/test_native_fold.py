"""The C fold (``beian.text._fold``) gives exactly what the NumPy fold gives, and the NumPy fold still
works on its own where the extension was not built."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beian.text import normalize as N
from beian.text.normalize import (
    CLAUSE_PUNCT,
    FILLERS,
    MAX_GAP_CHARS,
    MAX_GAP_NOISE,
    FoldKind,
    Gap,
    Normalized,
)

pytestmark = pytest.mark.skipif(N._native_normalize is None, reason="beian.text._fold was not built")

FIELDS = ("starts", "ends", "runs", "cps", "source_cps")

# The characters the fold treats differently: CJK (simplified, traditional, compatibility, astral),
# full width, Latin with diacritics, lookalikes, combining marks, zero-width and variation selectors,
# line breaks (CR LF, U+2028), clause punctuation, noise, fillers, emoji, lone surrogates, NUL.
ALPHABET = (
    "法轮功色情网站發輪國乳交神经病哈情况𠀀𡿺丽豐" "ＡＢａｂ０１２　！，"
    "abcxyzABC019" "éǎüßİſ" "аοօɡᴀꜰ" "٣①Ⓐ𝐀🈲⻩"
    "\u0301\u0308\u20dd\u200b\u200c\u200d\u2060\ufeff\ufe0f\U000e0100\u00ad"
    "\n\r\u2028\u2029\x0b\x0c\x85" + CLAUSE_PUNCT + " *-_.()（）“”#" + FILLERS + "😀👍🏻️⃣#" "\ud800\udc00\udfff\x00"
)


def _pieces() -> st.SearchStrategy[str]:
    char = st.sampled_from(ALPHABET)
    long_gap = st.integers(MAX_GAP_NOISE - 1, MAX_GAP_CHARS + 3).flatmap(
        lambda n: st.sampled_from([" ", "*", "\u200b", "\n", "，", "丶", "\u0301"]).map(lambda c: c * n))
    repeat = st.tuples(char, st.integers(2, 6)).map(lambda p: p[0] * p[1])
    return st.one_of(char, long_gap, repeat, st.text(max_size=4))


texts = st.lists(_pieces(), max_size=40).map("".join)


def assert_same(a: Normalized, b: Normalized) -> None:
    assert a.text == b.text
    for name in FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype, name
        assert np.array_equal(x, y), name


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_native_equals_numpy_on_generated_text(text: str) -> None:
    native, numpy = N.normalize(text), N._normalize_numpy(N._sequences(text))  # the fallback as normalize() calls it
    assert_same(native, numpy)
    for j in range(len(native.text) - 1):
        assert N.gap_classes(native, j) == {Gap(c) for c in set(N.fold_tables()[2][
            native.source_cps[int(native.ends[j]):int(native.starts[j + 1])]].tolist())}


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(-5, 50), st.integers(-5, 50))
def test_kinds_in_equals_numpy(text: str, start: int, end: int) -> None:
    kind = N.fold_tables()[1]
    expected = {FoldKind(c) for c in set(kind[N.codepoints(text[start:end])].tolist()) if c}
    assert N.kinds_in(text, start, end) == expected


@pytest.mark.parametrize("text", [
    "", "法法轮轮功", "色，情况", "法\r\n轮\u2028功", "法\n\n轮功", "色\u0301情\u0301网\u0301站\u0301",
    "a" + " " * (MAX_GAP_CHARS + 1) + "b", "法" + "*" * (MAX_GAP_NOISE + 1) + "轮", "\ud800法\udfff",
    "😀哈*哈", "\n\n\n", "丶法〇轮の功ノ", "zhong, guo", "ＦＡＬＵＮ　ｇｏｎｇ",
])
def test_native_equals_numpy_on_known_forms(text: str) -> None:
    assert_same(N.normalize(text), N._normalize_numpy(text))


def test_arrays_are_writable_like_numpy() -> None:
    native, numpy = N.normalize("法法轮功"), N._normalize_numpy("法法轮功")
    for name in FIELDS:
        assert getattr(native, name).flags.writeable == getattr(numpy, name).flags.writeable, name


def test_texts_longer_than_the_packed_counters() -> None:
    """Above 2**21 characters the NumPy fold counts each flag separately; the C fold counts the same."""
    unit = "法轮功，" + "*" * (MAX_GAP_NOISE + 1) + "色情\r\n网站\n\n" + "a" * 3 + "\u0301 " + "丶" * 20
    text = unit * ((1 << 21) // len(unit) + 1)
    assert len(text) > 1 << 21
    assert_same(N.normalize(text), N._normalize_numpy(text))


def test_real_texts(shared_data: Path) -> None:
    docs: list[str] = []
    with gzip.open(shared_data / "corpus-china-laws/china_laws.jsonl.gz", "rt", encoding="utf-8") as fh:
        for _, line in zip(range(40), fh):
            docs.append(json.loads(line).get("text") or "")
    with gzip.open(shared_data / "corpus-sophonplus-reviews/ChnSentiCorp_htl_all.csv.gz", "rt",
                   encoding="utf-8-sig") as fh:
        docs += [row.get("review") or "" for _, row in zip(range(400), csv.DictReader(fh))]
    with gzip.open(shared_data / "offensive-cold/test.csv.gz", "rt", encoding="utf-8") as fh:
        docs += [" ".join(row) for _, row in zip(range(400), csv.reader(fh))]
    assert sum(map(len, docs)) > 100_000
    for doc in docs:
        assert_same(N.normalize(doc), N._normalize_numpy(doc))


def test_numpy_fallback_when_the_extension_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Built without a C compiler: the same folds, from NumPy."""
    expected = N.normalize("法\u200b轮\n功，發輪")
    kinds = N.kinds_in("發輪ＡＢ", 0, 4)
    norm = N.normalize("色，\n情")
    gaps = N.gap_classes(norm, 0)

    for name in ("_native_normalize", "_native_cps_mask", "_native_str_mask"):
        monkeypatch.setattr(N, name, None)
    monkeypatch.setattr(N, "_NATIVE", {"_fold": None, "_hits": None})
    assert_same(N.normalize("法\u200b轮\n功，發輪"), expected)
    assert N.normalize("法\u200b轮\n功，發輪").text == "法轮功发轮"
    assert N.kinds_in("發輪ＡＢ", 0, 4) == kinds == {FoldKind.TRADITIONAL, FoldKind.WIDTH}
    assert N.gap_classes(norm, 0) == gaps == {Gap.CLAUSE, Gap.LINE}
