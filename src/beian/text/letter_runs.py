"""Runs of letters that a second reading takes apart (upside-down text, a generator's borrowed letters).

Shared by :mod:`beian.text.flipped` and :mod:`beian.text.fancy`: both look for a signal character first (one
C-level regex scan; most texts have none), read each run of letters in pieces of a bounded size, and let a
stream hold back a run that is still being written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def pieces(text: str, signal: re.Pattern[str], run: re.Pattern[str], size: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of each run of ``text`` in pieces of at most ``size`` characters; none when ``signal``
    occurs nowhere in ``text``."""
    if signal.search(text) is None:
        return
    for m in run.finditer(text):
        for a in range(m.start(), m.end(), size):
            yield a, min(m.end(), a + size)


def trailing(text: str, signal: re.Pattern[str], run: re.Pattern[str], size: int) -> int:
    """How many trailing characters of ``text`` are a run (within the last ``size``) holding ``signal``: one still
    being written, which a stream holds back until it ends."""
    tail = text[-size:]
    last = next((m for m in reversed(list(run.finditer(tail)))), None)
    if last is None or last.end() != len(tail) or signal.search(last.group()) is None:
        return 0
    return len(last.group())
