"""The lexicon compiler's batch paths (one fold pass over all terms, pinyin per distinct word, the
ASCII run collapse, the homophone table) give exactly what folding and converting each term on its own
gives: same patterns in the same order, same term tables."""

from __future__ import annotations

import dataclasses
import random
from itertools import groupby
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from public_lexicon import raw_entries

from beian.text import compiler as C
from beian.text.normalize import MAX_GAP_CHARS, codepoints, to_text
from beian.text.phonetics import sound_table, tone_syllables, tone_syllables_many
from beian.text.terms import Lexicon, Term, VariantOptions

# Terms that stress the batch fold: line breaks, gaps that become boundaries inside a term, terms that
# fold to nothing, marks and noise at either end, repeats, traditional and full-width forms, allow terms.
TRICKY = [
    "", " ", "\n", "。。", "法\n轮功", "法\r\n轮功", "法\u2028轮功", "色" + " " * (MAX_GAP_CHARS + 2) + "情网站",
    "色\u0301情\u0301", "\u0301色情网", "色情网 ", " 色情网", "法法轮轮功功", "發輪功", "ＦＡＬＵＮ", "falun gong",
    "xinnian", "习近平", "乳交", "神经病", "一一一", "6 4", "丶法〇轮の功", "😀色情😀", "\ud800色情",
    "色，情", "色\n\n情", "长江长城", "重庆重庆", "AAbb", "讠乍骗", "东西南北",
]


def _real_terms(data: Path, n: int) -> list[str]:
    terms = raw_entries(data)
    random.Random(12).shuffle(terms)
    return terms[:n]


def _one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The straightforward per-term path the batch paths replace."""
    def fold_all(texts: list[str]) -> list[tuple[str, tuple[int, ...]]]:
        return [C.fold_one(t.replace("\n", " ").replace("\r", " ")) for t in texts]

    def fold_ascii(text: str) -> tuple[str, tuple[int, ...]]:
        groups = [(ch, len(list(run))) for ch, run in groupby(text)]
        return "".join(ch for ch, _ in groups), tuple(n for _, n in groups)

    monkeypatch.setattr(C, "_fold_all", fold_all)
    monkeypatch.setattr(C, "_fold_ascii", fold_ascii)
    monkeypatch.setattr(C, "tone_syllables_many", lambda terms: [tone_syllables(t) for t in terms])
    monkeypatch.setattr(C, "_homophone", lambda fold: to_text(sound_table()[codepoints(fold)]))


def _plain(x: Any) -> Any:
    if isinstance(x, np.ndarray):
        return (str(x.dtype), x.tolist())
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: _plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    return x


def _compile(lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(C, "compile_engine", lambda strings, engine="auto": list(strings))  # the pattern lists
    return _plain(C.compile_lexicon(lexicon))


def test_batch_compile_equals_term_by_term(shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = _real_terms(shared_data, 2000)
    cats = [None, "政治", "色情"]
    deny = [Term(t, category=cats[i % 3], source="x.txt", line=i) for i, t in enumerate(real + TRICKY)]
    allow = [Term(t, source="allow.txt") for t in ("法轮大法好吗", "色情片段", " ", "發輪")]
    lexicon = Lexicon(terms=deny, allow=allow, options=VariantOptions(homophone=True),
                      category_options={"色情": VariantOptions(pinyin=False, initials=True, homophone=False)})
    fast = _compile(lexicon, monkeypatch)
    with monkeypatch.context() as m:
        _one_by_one(m)
        slow = _compile(lexicon, m)
    assert fast["table"]["folds"][:5] and fast["main"]["engine"]  # something was compiled
    for part in ("table", "main", "sound", "skipped", "user_words"):
        assert fast[part] == slow[part], part


def test_fold_all_keeps_every_term_apart() -> None:
    terms = [*TRICKY, "法轮功" * 3, "a\u0301" * 20, "。" * 40 + "色情"]
    assert C._fold_all(terms) == [C.fold_one(t.replace("\n", " ").replace("\r", " ")) for t in terms]


def test_tone_syllables_many_equals_one_by_one() -> None:
    terms = ["法轮功", "东西", "衣裳", "重庆重庆", "长长长", "银行行长", "a法b", "", "〇", "𠀀丽", "乐乐", *TRICKY]
    assert tone_syllables_many(terms) == [tone_syllables(t) for t in terms]
