"""The iteration mark ``々`` written for the character before it: ``时々彩`` is ``时时彩``.

Japanese writes ``々`` to repeat the character before it (``時々``); Chinese text borrows it to dodge filters.
The fold keeps ``々`` as a character of its own, so a word holding it is read a second time with each ``々``
after a Chinese character written as that character (a hit covering one is reported as ``repeat``).
"""

from __future__ import annotations

import re

from beian.text.leet import Respelled

MARK = "\u3005"
_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff]\u3005+")


def iterated(text: str) -> list[Respelled]:
    """Each Chinese character followed by ``々`` (one or more), with a character on each side, the marks written as
    the character they repeat."""
    if MARK not in text:  # most texts: one C-level scan
        return []
    out = []
    for m in _RUN.finditer(text):
        a, b = max(0, m.start() - 1), min(len(text), m.end() + 1)
        window = text[a:b]
        changed = [c == MARK and m.start() < a + i < m.end() for i, c in enumerate(window)]
        out.append(Respelled(a, "".join(text[m.start()] if x else c for c, x in zip(window, changed)), changed))
    return out


_TRAILING = re.compile("[\u3400-\u9fff\uf900-\ufaff]\u3005+$")


def trailing_iterated(text: str, before: int) -> int:
    """How many trailing characters a stream holds back when ``text`` ends with ``々``: the marks, the character they
    repeat and ``before`` characters ahead of it (``时々`` before ``彩``)."""
    m = _TRAILING.search(text[-(before + 16):])
    return min(len(text), len(m.group()) + before) if m else 0
