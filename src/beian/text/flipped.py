"""Upside-down text (``ƃuoƃunlɐɟ`` for ``falungong``): each letter turned and the order reversed.

"Upside-down text" generators replace every letter by its turned form (``a`` -> ``ɐ``, ``f`` -> ``ɟ``,
``b`` -> ``q``) and write the word backwards, so it reads right when the screen is turned over. The fold
cannot undo that one character at a time (``u`` stands for ``n`` here and for ``u`` everywhere else). Here a
run of letters that holds at least two turned Latin letters is read back: reversed, and each character
mapped through ``data/fold_flipped.tsv`` (generated from the ``flip-text`` npm package's map, see
``gen_fold_tables.py``). The matcher scans that reading; a hit that covers a turned letter is a
``flipped`` hit over the original span.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from beian.text.letter_runs import pieces, trailing

MAX_RUN = 60  # characters: a longer run is a sentence written upside down; it is read in pieces of this size
# ASCII letters and digits, Latin-1 and Latin Extended letters, IPA and phonetic extensions
_LATIN = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1d00-\u1dbf"
MIN_TURNED = 1  # turned Latin letters a run needs before it is read back


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from beian.text.normalize import data_table

    return data_table("fold_flipped.tsv")


@lru_cache(maxsize=1)
def signal() -> re.Pattern[str]:
    """A turned Latin letter: without one :func:`flipped_runs` reads nothing (see :mod:`beian.text.signals`)."""
    turned = sorted(c for c in _table() if not c.isascii() and unicodedata.category(c).startswith("L")
                    and unicodedata.name(c, "").startswith("LATIN"))
    return re.compile("[" + re.escape("".join(turned)) + "]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A turned Latin letter (the signal), and a run of letters, digits and turned forms with single spaces.

    The run takes any Latin letter too (``_LATIN``): a generator may write ``ı`` or ``ə``, which the fold reads."""
    members = _LATIN + re.escape("".join(sorted(c for c in _table() if not c.isascii())))
    return signal(), re.compile(f"[{members}]+(?: [{members}]+)*")


@dataclass(frozen=True)
class Flipped:
    """A run of upside-down text read back: ``text[i]`` stands for original ``start + len(text) - 1 - i``;
    ``turned[i]`` says whether that character was a turned letter (not an ASCII letter read as itself)."""

    start: int
    text: str
    turned: list[bool]

    def touches_change(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` (offsets in :attr:`text`) covers a turned letter."""
        return any(self.turned[start:end])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``[start, end)`` of :attr:`text` (the reading runs backwards)."""
        n = len(self.text)
        return self.start + n - end, self.start + n - start


def flipped_runs(text: str) -> list[Flipped]:
    """The runs of ``text`` written upside down, each read back (see the module docstring)."""
    signal, run = _patterns()
    table, out = _table(), []
    for a, b in pieces(text, signal, run, MAX_RUN):
        piece = text[a:b]
        if len(signal.findall(piece)) < MIN_TURNED:
            continue
        back = piece[::-1]
        out.append(Flipped(a, "".join(table.get(c, c).lower() for c in back),
                           [not c.isascii() and c in table for c in back]))
    return out


def trailing_flipped(text: str) -> int:
    """How many trailing characters of ``text`` are a run of upside-down text still being written: a stream
    holds them back, because the run is read backwards and its first letters come last."""
    return trailing(text, *_patterns(), MAX_RUN)
