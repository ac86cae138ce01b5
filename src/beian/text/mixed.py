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

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from beian.text.compiler import U_FOR_V
from beian.text.misreads import syllables_fit
from beian.text.phonetics import common_readings, is_hanzi

IntArray = npt.NDArray[np.int64]
Search = Callable[[str], tuple[IntArray, IntArray, IntArray, IntArray]]

MIN_PIECE_LETTERS = 2  # a pinyin piece of one letter (a, e, o) at a hit's edge is too common beside Chinese to count
MAX_SYLLABLE_LETTERS = 6  # zhuang
TONE_DIGITS = "012345"  # after a pinyin piece (ji4寞); spelled as nothing in the view


@dataclass(frozen=True)
class MixedHit:
    """A term found with some characters written as pinyin, by normalised offsets ``[start, end)``."""

    start: int
    end: int
    same: tuple[int, ...]  # every term that lines up with the span, in the order found


def junctions(ntext: str, runs: Sequence[int] | IntArray,
              breaks: Callable[[], list[int]] = list) -> list[int]:
    """Normalised positions ``j`` where a run of letters that splits into pinyin syllables (tone digits
    allowed) meets a Chinese character, between ``j - 1`` and ``j`` (``wifi`` and ``ok`` do not split:
    nothing to read there). ``breaks()``: the positions, in order, where the text set two letters apart (a space the
    fold deleted), asked once a run of letters is found: a run ends there (``抢jie CRM`` is ``jie`` and ``crm``, not ``jiecrm``: the
    141st probe)."""
    out: list[int] = []
    apart: list[int] | None = None
    for run in _LETTERS.finditer(ntext):
        apart = breaks() if apart is None else apart
        inside = apart[bisect_right(apart, run.start()):bisect_left(apart, run.end())]
        cuts = [run.start(), *inside, run.end()]
        for a, b in pairwise(cuts):
            touching = [k for k, ch in ((a, ntext[a - 1:a]), (b, ntext[b:b + 1])) if ch and is_hanzi(ch)]
            if touching and _fits("".join(ntext[k] * int(runs[k]) for k in range(a, b))):  # zhongguo, not zhonguo
                out.extend(touching)
    return out


_LETTERS = re.compile(r"[a-z][a-z0-5]*")  # the fold lower-cases; tone digits may follow a syllable


@lru_cache(maxsize=4096)
def _fits(run: str) -> bool:
    """Whether a run of letters splits into pinyin syllables, a tone digit only where a syllable ends (``ji4mo4``;
    ``m4a1`` is a model name, not ``ma``)."""
    pieces = [p for p in re.split(f"[{TONE_DIGITS}]+", run) if p]
    return bool(pieces) and all(_letters_fit(p) for p in pieces)


def _letters_fit(letters: str) -> bool:
    return any(syllables_fit(x) for x in (letters, letters.replace("v", "u"), letters.replace("u", "v")))


@lru_cache(maxsize=65536)
def reading(char: str) -> str:
    """The usual toneless pinyin of one Chinese character (ü as v), empty when it has none."""
    from pypinyin import Style, lazy_pinyin

    got = lazy_pinyin(char, style=Style.NORMAL, errors="ignore", v_to_u=False)
    return got[0] if got and got[0].isascii() and got[0].isalpha() else ""


@dataclass(frozen=True)
class _View:
    """A window of the normalised text spelled as pinyin: ``letters``, and for each letter the
    normalised position it came from, whether a unit (a character's syllable, a letter) starts there and
    whether one ends there."""

    letters: str
    owner: list[int]
    unit_start: list[bool]
    typed: list[int]  # typed[k]: how many of letters[:k] were typed as letters (not spelled from a character)
    unit_end: list[bool]  # unit_end[k]: a unit ends with letters[k] (also where the next one's first letter merged in)
    merged: dict[int, int]  # letter -> the position of the unit whose first letter merged into it (a start there)

    def ends_unit(self, end: int) -> bool:
        """Whether a hit ending before ``letters[end]`` ends at a unit boundary: ``站`` (zhan) before ``内`` (nei)
        spells ``zhanei``, the two n merged as the patterns merge them, and a hit may end after that n."""
        return end == len(self.letters) or self.unit_start[end] or self.unit_end[end - 1]

    def starts(self, at: int) -> list[int]:
        """The normalised positions a hit starting at ``letters[at]`` may start at; none when no unit starts there
        (``们`` (men) before ``你`` (ni) spells ``meni``: a hit may start at that n, with ``你``). A letter typed
        before a character whose syllable begins with it (``ID:订gou4黄麻素``: the d of ``id`` and of ``ding`` are one
        letter in the view) may start the hit, or the character may (the 138th probe)."""
        out = [self.owner[at]] if self.unit_start[at] else []
        return out + ([self.merged[at]] if at in self.merged else [])


def _windows(ntext: str, meet: list[int], reach: int) -> Iterator[tuple[int, int]]:
    """Merged ``[a, b)`` stretches of letters and Chinese characters around each junction: on each side
    at most ``reach`` Chinese characters (a term's other characters) and ``reach * MAX_SYLLABLE_LETTERS``
    letters (its other syllables)."""
    spans: list[tuple[int, int]] = []
    for j in meet:
        a, b = _extend(ntext, j, -1, reach), _extend(ntext, j - 1, 1, reach) + 1
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    yield from spans


def _extend(ntext: str, k: int, step: int, reach: int) -> int:
    """The last position from ``k`` on, going by ``step``, still within the reach of a mixed term."""
    chars = letters = 0
    while 0 <= k + step < len(ntext):
        ch = ntext[k + step]
        if "a" <= ch <= "z" or ch in TONE_DIGITS:
            letters += 1
        elif is_hanzi(ch):
            chars += 1
        else:
            break
        if chars > reach or letters > reach * MAX_SYLLABLE_LETTERS:
            break
        k += step
    return k


def _view(ntext: str, runs: Sequence[int] | IntArray, a: int, b: int) -> _View:
    letters: list[str] = []
    owner: list[int] = []
    unit_start: list[bool] = []
    unit_end: list[bool] = []
    merged: dict[int, int] = {}
    typed = [0]
    for k in range(a, b):
        ch = ntext[k]
        latin = "a" <= ch <= "z"
        # a character the fold collapsed (爷爷 -> 爷) is read once per copy: each copy is a syllable of its own
        spelled = ch if latin else "" if ch in TONE_DIGITS else reading(ch) * int(runs[k])
        syllable = 1 if latin else max(len(spelled) // max(int(runs[k]), 1), 1)
        for n, letter in enumerate(spelled):
            n %= syllable
            if letters and n == 0:
                unit_end[-1] = True  # the unit before ends here, whether or not this letter merges into its last
            if letters and letters[-1] == letter:
                if n == 0:
                    merged[len(letters) - 1] = k
                continue  # the fold collapses repeats, and so do the patterns (annan reads anan)
            letters.append(letter)
            owner.append(k)
            unit_start.append(n == 0)
            unit_end.append(False)
            typed.append(typed[-1] + latin)
    if letters:
        unit_end[-1] = True
    return _View("".join(letters), owner, unit_start, typed, unit_end, merged)


def lines_up(ntext: str, runs: Sequence[int] | IntArray, start: int, end: int, fold: str, syllables: Sequence[str]) -> bool:
    """Whether normalised ``[start, end)`` spells ``fold`` (doubled characters written out) with some characters as
    their ``syllables``: each Chinese character is the term's own there (a doubled one typed as often as the term
    has it), each pinyin piece (of at least
    ``MIN_PIECE_LETTERS``, letters counted with their collapsed repeats, unless it stands between two of
    the term's characters: ``中共e霸``) spells the next syllables, and both kinds occur."""
    if len(fold) != len(syllables):
        return False
    spelled: list[str] = []  # the span with what the fold collapsed written out again
    for p in range(start, end):
        ch, run = ntext[p], int(runs[p])
        if ch in TONE_DIGITS:
            if not spelled or not spelled[-1].isascii():
                return False  # a tone digit follows a pinyin syllable, nothing else
            continue
        spelled.append(ch * run)  # letters and characters the fold collapsed, written out again (爷爷)
    text = "".join(spelled)
    if any(not _fits(run) for run in _LETTERS.findall(ntext, start, end) if not run.isalpha()):
        return False  # a tone digit inside a syllable (m4a1): not pinyin
    i, p, chars, piece, pieces = 0, 0, 0, 0, 0
    while p < len(text) and i < len(fold):
        if "a" <= text[p] <= "z":
            syl = _spelled_as(text, p, syllables[i], fold[i])
            if not syl:
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


def _spelled_as(text: str, p: int, syllable: str, char: str) -> str:
    """The syllable of ``char`` written at ``text[p:]``: its reading in the term, that with ü typed as u,
    or another common reading of a polyphonic character (``血`` as xue or xie); empty when none is."""
    for syl in (syllable, U_FOR_V.get(syllable), *common_readings().get(char, ())):
        if syl and text.startswith(syl, p):
            return syl
    return ""


def find(ntext: str, runs: IntArray, search: Search, pinyin_channel: int, reach: int,
         spell: Callable[[int], tuple[str, Sequence[str]]],
         breaks: Callable[[], list[int]] = list) -> list[MixedHit]:
    """Mixed hits of the normalised text: ``search`` runs the lexicon's patterns over a pinyin view,
    ``spell(term)`` gives a term's fold and toneless syllables (empty: the term is not Chinese); ``breaks`` as
    :func:`junctions` reads them."""
    meet = junctions(ntext, runs, breaks)
    if not meet:
        return []
    found: dict[tuple[int, int], list[int]] = {}
    for a, b in _windows(ntext, meet, reach):
        view = _view(ntext, runs, a, b)
        if not view.letters:
            continue
        term, channel, s, e = search(view.letters)
        for ti, ch, vs, ve in zip(term.tolist(), channel.tolist(), s.tolist(), e.tolist()):
            if ch != pinyin_channel or not view.ends_unit(ve):
                continue
            if not 0 < view.typed[ve] - view.typed[vs] < ve - vs:
                continue  # all spelled from characters (a plain or homophone hit) or all typed (the pinyin channel's)
            ne = view.owner[ve - 1] + 1
            fold, syllables = spell(ti)
            ns = next((n for n in view.starts(vs) if fold and lines_up(ntext, runs, n, ne, fold, syllables)), None)
            if ns is not None:
                found.setdefault((ns, ne), []).append(ti)
    return [MixedHit(ns, ne, tuple(dict.fromkeys(terms))) for (ns, ne), terms in sorted(found.items())]
