"""Pinyin mixed with characters, read at scan time: any of a term's characters written as pinyin.

The compiled ``MIXED`` patterns cover one character of a 3–8 character term written as its pinyin
(``fa轮功``). Writing two or more (``falun功``, ``se情wang站``) or one of a two-character term
(``du博``, ``赌bo``) would multiply the patterns, so these are read from the text instead: where a
Latin letter touches a Chinese character, a window of the normalised text is spelled as pinyin (each
character by its usual reading) and searched with the lexicon's pinyin patterns. A hit counts only
when it lines up with its term syllable by syllable: every Chinese character in it is the term's own
character at that place, every pinyin piece spells the term's syllables there (at least two letters),
and it holds both kinds. A character read otherwise than its usual reading in the term (``银hang``
is fine; ``yin行`` reads 行 as ``xing``) is not found; see docs/text-core.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from beian.text.compiler import U_FOR_V
from beian.text.phonetics import is_hanzi

IntArray = npt.NDArray[np.int64]
Search = Callable[[str], tuple[IntArray, IntArray, IntArray, IntArray]]

MIN_PIECE_LETTERS = 2  # a pinyin piece of one letter (a, e, o) at a hit's edge is too common beside Chinese to count
MAX_SYLLABLE_LETTERS = 6  # zhuang


@dataclass(frozen=True)
class MixedHit:
    """A term found with some characters written as pinyin, by normalised offsets ``[start, end)``."""

    start: int
    end: int
    same: tuple[int, ...]  # every term that lines up with the span, in the order found


def junctions(cps: npt.NDArray[np.uint32]) -> IntArray:
    """Normalised positions ``j`` where a Latin letter and a Chinese character meet (between ``j - 1`` and ``j``)."""
    letters = np.flatnonzero((cps >= 0x61) & (cps <= 0x7A))  # the fold lower-cases; rare in Chinese text
    if letters.size == 0:
        return np.zeros(0, dtype=np.int64)
    before, after = letters[letters > 0], letters[letters < cps.size - 1]
    meet = np.concatenate((before[_han(cps[before - 1])], after[_han(cps[after + 1])] + 1))
    return np.unique(meet).astype(np.int64)


def _han(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    han: npt.NDArray[np.bool_] = ((cps >= 0x3400) & (cps <= 0x9FFF)) | ((cps >= 0x20000) & (cps <= 0x2FA1F))
    return han


@lru_cache(maxsize=65536)
def reading(char: str) -> str:
    """The usual toneless pinyin of one Chinese character (ü as v), empty when it has none."""
    from pypinyin import Style, lazy_pinyin

    got = lazy_pinyin(char, style=Style.NORMAL, errors="ignore", v_to_u=False)
    return got[0] if got and got[0].isascii() and got[0].isalpha() else ""


@dataclass(frozen=True)
class _View:
    """A window of the normalised text spelled as pinyin: ``letters``, and for each letter the
    normalised position it came from and whether a unit (a character's syllable, a letter) starts there."""

    letters: str
    owner: list[int]
    unit_start: list[bool]


def _windows(ntext: str, meet: IntArray, reach: int) -> Iterator[tuple[int, int]]:
    """Merged ``[a, b)`` stretches of letters and Chinese characters around each junction."""
    spans: list[tuple[int, int]] = []
    for j in meet.tolist():
        a, b = j - 1, j + 1
        while a > 0 and j - a < reach and _mixable(ntext[a - 1]):
            a -= 1
        while b < len(ntext) and b - j < reach and _mixable(ntext[b]):
            b += 1
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    yield from spans


def _mixable(ch: str) -> bool:
    return ("a" <= ch <= "z") or ch in TONE_DIGITS or is_hanzi(ch)


TONE_DIGITS = "012345"  # after a pinyin piece (ji4寞); spelled as nothing in the view


def _view(ntext: str, a: int, b: int) -> _View:
    letters: list[str] = []
    owner: list[int] = []
    unit_start: list[bool] = []
    for k in range(a, b):
        ch = ntext[k]
        spelled = ch if "a" <= ch <= "z" else "" if ch in TONE_DIGITS else reading(ch)
        for n, letter in enumerate(spelled):
            if letters and letters[-1] == letter:
                continue  # the fold collapses repeats, and so do the patterns (annan reads anan)
            letters.append(letter)
            owner.append(k)
            unit_start.append(n == 0)
    return _View("".join(letters), owner, unit_start)


def lines_up(ntext: str, runs: Sequence[int] | IntArray, start: int, end: int, fold: str, syllables: Sequence[str]) -> bool:
    """Whether normalised ``[start, end)`` spells ``fold`` with some characters as their ``syllables``:
    each Chinese character is the term's own there (typed once), each pinyin piece (of at least
    ``MIN_PIECE_LETTERS``, letters counted with their collapsed repeats, unless it stands between two of
    the term's characters: ``中共e霸``) spells the next syllables, and both kinds occur."""
    if len(fold) != len(syllables):
        return False
    spelled: list[str] = []  # the span with collapsed letters written out again; a character as itself
    for p in range(start, end):
        ch, run = ntext[p], int(runs[p])
        if ch in TONE_DIGITS:
            if not spelled or not spelled[-1].isascii():
                return False  # a tone digit follows a pinyin syllable, nothing else
            continue
        if "a" <= ch <= "z":
            spelled.append(ch * run)
        elif run != 1:
            return False
        else:
            spelled.append(ch)
    text = "".join(spelled)
    i, p, chars, piece, pieces = 0, 0, 0, 0, 0
    while p < len(text) and i < len(fold):
        if "a" <= text[p] <= "z":
            syl = syllables[i]
            if not syl or text[p:p + len(syl)] not in (syl, U_FOR_V.get(syl)):
                return False
            p, i, piece = p + len(syl), i + 1, piece + len(syl)
            continue
        if (0 < piece < MIN_PIECE_LETTERS and chars == 0) or text[p] != fold[i]:
            return False  # a one-letter piece only between two characters of the term (中共e霸)
        pieces, piece = pieces + (piece > 0), 0
        p, i, chars = p + 1, i + 1, chars + 1
    if 0 < piece < MIN_PIECE_LETTERS:
        return False
    pieces += piece > 0
    return p == len(text) and i == len(fold) and chars > 0 and pieces > 0


def find(ntext: str, cps: npt.NDArray[np.uint32], runs: IntArray, search: Search, pinyin_channel: int,
         reach: int, spell: Callable[[int], tuple[str, Sequence[str]]]) -> list[MixedHit]:
    """Mixed hits of the normalised text: ``search`` runs the lexicon's patterns over a pinyin view,
    ``spell(term)`` gives a term's fold and toneless syllables (empty: the term is not Chinese)."""
    meet = junctions(cps)
    if meet.size == 0:
        return []
    found: dict[tuple[int, int], list[int]] = {}
    for a, b in _windows(ntext, meet, reach):
        view = _view(ntext, a, b)
        if not view.letters:
            continue
        term, channel, s, e = search(view.letters)
        for ti, ch, vs, ve in zip(term.tolist(), channel.tolist(), s.tolist(), e.tolist()):
            if ch != pinyin_channel or not view.unit_start[vs] or (ve < len(view.letters) and not view.unit_start[ve]):
                continue
            ns, ne = view.owner[vs], view.owner[ve - 1] + 1
            fold, syllables = spell(ti)
            if fold and lines_up(ntext, runs, ns, ne, fold, syllables):
                found.setdefault((ns, ne), []).append(ti)
    return [MixedHit(ns, ne, tuple(dict.fromkeys(terms))) for (ns, ne), terms in sorted(found.items())]
