"""Text set right to left by a bidi override: ``\\u202e博赌\\u202c`` shows as ``赌博``.

The right-to-left override (U+202E, RLO) makes everything up to the next pop (U+202C, PDF) or the end of the
paragraph display in reverse order, so the characters are stored backwards and read forwards on screen. The
fold deletes the control characters and sees ``博赌``; here each overridden stretch is read a second time in the
order it displays (a hit in it is reported as ``flipped``, over the stored span).
"""

from __future__ import annotations

import re

from beian.text.flipped import Flipped

RLO, PDF = "\u202e", "\u202c"
_STRETCH = re.compile("\u202e([^\u202c\\n\\r\u2029]*)")


def overridden(text: str) -> list[Flipped]:
    """Each stretch after a right-to-left override, up to its pop or the end of the line, in display order."""
    if RLO not in text:  # most texts: one C-level scan
        return []
    out = []
    for m in _STRETCH.finditer(text):
        a, b = m.start(1), m.end(1)
        if b > a:
            out.append(Flipped(a, text[a:b][::-1], [True] * (b - a)))
    return out


def trailing_override(text: str, limit: int) -> int:
    """How many trailing characters a stream holds back while an override is still open in the last ``limit``
    characters (the stretch displays reversed: its first characters on screen come last)."""
    tail = text[-limit:]
    at = tail.rfind(RLO)
    if at < 0 or any(c in tail[at:] for c in (PDF, "\n", "\r", "\u2029")):
        return 0
    return len(tail) - at
