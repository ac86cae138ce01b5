"""Which of the rarer second readings a long text can have, from one look at its code points.

Five second readings of a text (:mod:`~beian.text.emoji_chars`, :mod:`~beian.text.zhuyin`,
:mod:`~beian.text.keycaps`, :mod:`~beian.text.fancy`, :mod:`~beian.text.flipped`) start from a signal character
(an emoji that stands for a character, a zhuyin letter, a keycap or enclosed ideograph, a generator's borrowed
letter, a turned Latin letter): without one anywhere in the text they read nothing. Each searched its signal with
its own regex, one pass over the text per reading; on 20 MB of law text, where none occurs, that was 0.13 s.
:func:`present` answers all five with one table lookup over the code points (0.02 s there).

The table is built from each module's own signal pattern (its ``signal()``, the same pattern its reading searches),
so a reading skipped here is one that would have found nothing. Short texts (a prompt, an answer) keep the
regex searches: building the code-point array costs more than they do there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from beian.text import emoji_chars, fancy, flipped, keycaps, zhuyin
from beian.text.normalize import codepoints, native

__all__ = ["ALL", "EMOJI", "FANCY", "FLIPPED", "KEYCAP", "LONG", "ZHUYIN", "present"]

EMOJI, ZHUYIN, KEYCAP, FANCY, FLIPPED = 1, 2, 4, 8, 16
ALL = EMOJI | ZHUYIN | KEYCAP | FANCY | FLIPPED
LONG = 4096  # characters from which the table lookup is cheaper than the regex searches
PLANES = 0x20000  # signal characters are all in planes 0 and 1 (a test checks the planes beyond)

_SIGNALS: tuple[tuple[int, Callable[[], re.Pattern[str]]], ...] = (
    (EMOJI, emoji_chars.signal), (ZHUYIN, zhuyin.signal), (KEYCAP, keycaps.signal), (FANCY, fancy.signal),
    (FLIPPED, flipped.signal))


def present(text: str) -> int:
    """The bits (:data:`EMOJI` ...) of the readings whose signal occurs in ``text``; :data:`ALL` for a short text."""
    if len(text) < LONG:
        return ALL
    cps, flags_of = codepoints(text), native("flags_of")
    if flags_of is not None:  # one C loop (NumPy's gather and OR take three passes and a copy)
        return int(flags_of(cps, _table())[1])
    return int(np.bitwise_or.reduce(_table()[cps]))


@lru_cache(maxsize=1)
def _table() -> npt.NDArray[np.uint8]:
    """Code point -> the bits of the readings it is a signal of (one byte per code point of Unicode: 1.1 MB)."""
    cps = np.arange(PLANES, dtype=np.uint32)
    cps[0xD800:0xE000] = 0  # surrogates are no characters: read as U+0000, a signal of nothing
    every = cps.tobytes().decode("utf-32-le")
    table = np.zeros(0x110000, dtype=np.uint8)
    for bit, signal in _SIGNALS:
        table[[m.start() for m in signal().finditer(every)]] |= bit
    return table
