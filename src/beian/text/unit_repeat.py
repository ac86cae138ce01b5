"""Latin letters of a term typed as a repeated unit between its Chinese characters: ``日本avav电影`` is
``日本av电影``, ``欧美sesese情片`` is ``欧美se情片``.

The fold collapses a character typed again (``快播大666毛片``), not a unit of two or three (``avav``). Here each run of
ASCII letters beside a Chinese character that is one unit of two or three letters written two or more
times is read a second time with the extra copies written as :data:`FILLER` (deleted by the fold, one character for
one). A hit of that reading counts only where Chinese characters of the hit stand on both sides of the extra copies:
``haha`` or ``baba`` beside Chinese text is a word of its own, a unit typed again inside a term is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from beian.text.keycaps import FILLER
from beian.text.leet import Respelled
from beian.text.normalize import HAN_CLASS

# a unit of two or three ASCII letters written two or more times (digits repeat in numbers: 2020年)
_RUN = re.compile("([A-Za-z]{2,3})\\1+")
_RUN_BYTES = re.compile(b"([A-Za-z]{2,3})\\1+")  # the gate, over the text's Latin-1 characters only (law text: 0.01 s)
_HAN = re.compile(f"[{HAN_CLASS}]")
_TRAILING = re.compile(f"[{HAN_CLASS}][A-Za-z]{{2,12}}$")
_LONG = 4096  # characters from which the Latin-1 gate is cheaper than the regex
MAX_RUN = 12  # a longer run of letters and digits is a code, a hash or a word, not a unit typed again


@dataclass(frozen=True)
class UnitRepeat(Respelled):
    """A stretch of text with the extra copies of a unit written as :data:`FILLER`; a hit reads it only where
    Chinese characters of the hit stand before and after them."""

    def touches_change(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` covers an extra copy with a Chinese character of it on each side."""
        changed = [k for k in range(start, end) if self.changed[k]]
        if not changed:
            return False
        before, after = self.text[start:changed[0]], self.text[changed[-1] + 1:end]
        return _HAN.search(before) is not None and _HAN.search(after) is not None


def unit_repeats(text: str) -> list[UnitRepeat]:
    """Each run of a repeated unit of ASCII letters beside a Chinese character (at most :data:`MAX_RUN`
    characters, not part of a longer run of letters and digits), with the text around it up to the next break, the
    copies after the first written as :data:`FILLER`."""
    out = []
    for m in _candidates(text):
        a, b = m.span()
        unit = len(m.group(1))
        if b - a > MAX_RUN or _alnum_at(text, a - 1) or _alnum_at(text, b) or not _han_beside(text, a, b):
            continue
        lo, hi = max(0, a - MAX_RUN), min(len(text), b + MAX_RUN)
        window = text[lo:hi]
        changed = [a + unit <= lo + i < b for i in range(len(window))]
        out.append(UnitRepeat(lo, "".join(FILLER if x else c for c, x in zip(window, changed)), changed))
    return out


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The runs of :data:`_RUN` in ``text``, each once, in order. A regex over a long text costs a pass over every
    character (0.07 s on 20 MB of law text); the text's Latin-1 characters alone (Chinese dropped, 0.01 s) name the
    units that may repeat, and a plain search for each unit written twice finds where."""
    if len(text) < _LONG:
        yield from _RUN.finditer(text)
        return
    units = {m.group(1).decode() for m in _RUN_BYTES.finditer(text.encode("latin-1", "ignore"))}
    found: dict[int, re.Match[str]] = {}
    for unit in units:
        k = text.find(unit * 2)
        while k >= 0:
            m = _RUN.match(text, k)
            if m is not None and k not in found:
                found[k] = m
            k = text.find(unit * 2, k + 1)
    yield from (found[k] for k in sorted(found))


def _han_beside(text: str, a: int, b: int) -> bool:
    return (a > 0 and _HAN.match(text, a - 1) is not None) or (b < len(text) and _HAN.match(text, b) is not None)


def _alnum_at(text: str, k: int) -> bool:
    return 0 <= k < len(text) and text[k].isascii() and text[k].isalnum()


def trailing_unit_repeat(text: str, before: int) -> int:
    """How many trailing characters a stream holds back when ``text`` ends with a Chinese character and a run of
    ASCII letters that may still be a unit typed again (``日本avav`` before ``电影``): the run, that character
    and ``before`` characters ahead of it."""
    m = _TRAILING.search(text[-(MAX_RUN + 1):])
    return min(len(text), len(m.group()) + before) if m else 0
