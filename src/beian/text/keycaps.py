"""Digit keycaps written between the characters of a term as fillers: ``黄1️⃣片``, ``六8️⃣合8️⃣彩``, ``p8️⃣o8️⃣r8️⃣n``.

The fold deletes a keycap's marks (U+FE0F, U+20E3) and keeps its digit, because keycap digits also write
numbers (``1️⃣9️⃣8️⃣9️⃣``, ``6️⃣4️⃣``: the digit is the content). Between two Chinese characters (or Latin letters) a keycap digit is
far more often a filler, like ``#️⃣`` or ``★``, so there the text is read a second time with the digit
written as a separator the fold deletes; a hit that covers such a digit is reported as ``separator``.
The first reading stays, so a keycap number between characters (``第1️⃣名``) is still read as a number.

Enclosed ideograph emoji (``🈚``, ``🈲``, U+1F200–U+1F2FF) are read the same way: the fold reads ``🈲`` as ``禁``
(its content), and between two characters (``十🈚三🈚水``) the second reading takes it as a filler.
"""

from __future__ import annotations

import re

from beian.text.leet import Respelled

FILLER = "\u00b7"  # a middle dot: punctuation, deleted by the fold like any separator
_WORD = "\u3400-\u9fff\uf900-\ufaffA-Za-z"  # Chinese characters and Latin letters (a8️⃣s8️⃣s for ass)
_IDEOGRAPH = "\U0001f200-\U0001f2ff"  # enclosed ideograph supplement: 🈚 🈲 🈶 …
_KEYCAP = f"(?:[0-9]\ufe0f?\u20e3|[{_IDEOGRAPH}]\ufe0f?)"
_RUN = re.compile(f"[{_WORD}]+(?:(?:{_KEYCAP})+[{_WORD}]+)+")  # characters with keycap digits between them
_TRAILING = re.compile(f"[{_WORD}](?:{_KEYCAP})+$")
_ANY = re.compile(f"[\u20e3{_IDEOGRAPH}]")


def keycap_fillers(text: str) -> list[Respelled]:
    """Each run of Chinese characters or Latin letters with keycap digits or enclosed ideographs between them, with a
    character on each side, the digits and ideographs written as :data:`FILLER` (the marks stay: the fold deletes
    them)."""
    if _ANY.search(text) is None:  # most texts: one C-level scan
        return []
    out = []
    for m in _RUN.finditer(text):
        a, b = max(0, m.start() - 1), min(len(text), m.end() + 1)
        window = text[a:b]
        digit = [(c.isdigit() or "\U0001f200" <= c <= "\U0001f2ff") and m.start() <= a + i < m.end()
                 for i, c in enumerate(window)]
        out.append(Respelled(a, "".join(FILLER if d else c for c, d in zip(window, digit)), digit))
    return out


def trailing_keycaps(text: str, before: int) -> int:
    """How many trailing characters a stream holds back when ``text`` ends with keycap digits after a Chinese
    character or a Latin letter: the keycaps and ``before`` characters ahead of them (the start of a term the next character may
    complete: ``看黄1️⃣`` before ``片``)."""
    m = _TRAILING.search(text[-(before + 16):])
    return min(len(text), len(m.group()) + before) if m else 0
