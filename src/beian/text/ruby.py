"""Characters annotated with their pinyin in brackets (注音): ``法(fa)轮(lun)功(gong)``, ``赌（dǔ）博（bó）``.

The fold keeps the letters of an annotation, so they stood between the characters of a term and hid it (a known
limitation until 2026-12-06). An annotation is read only where it is the pinyin of the character before it (any of
its readings in pypinyin, tone marks or a tone digit allowed): that is 注音, whether a teacher's or an evader's, and
read without it the characters are what the writer wrote. A second reading drops such annotations (each
character's span takes in its annotation), so every channel sees ``法轮功``; a hit over an annotated character is
reported over the text as written, as ``separator`` (something inserted between the characters). A bracketed
word that is not the character's reading (``电话(tel)``, ``第(1)条``) is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from beian.text.normalize import HAN_CLASS
from beian.text.zhuyin import Spelled

REACH = 8  # characters of the text kept on either side of an annotated stretch
_LETTERS = "A-Za-z\u00c0-\u024f"  # tone-marked vowels (ǎ ü) are Latin-1 Supplement and Latin Extended
# one pattern per opening bracket: a literal first character lets the engine skip to it (0.011 s on 20 MB of laws,
# 0.019 s with a class of both); the character before is checked after
_NOTE_CHARS = "(（"
_AT = tuple(re.compile(f"{re.escape(bracket)}[{_LETTERS}]{{1,6}}[1-5]?[)）]") for bracket in _NOTE_CHARS)
_HAN = re.compile(f"[{HAN_CLASS}]")
_TRAILING = re.compile(f"[{HAN_CLASS}][(（][{_LETTERS}]{{0,6}}[1-5]?[)）]?$")


def _toneless(note: str) -> str:
    """An annotation as toneless pinyin: brackets, tone digit and tone marks off, ``ü`` written ``v``."""
    letters = note[1:-1].rstrip("12345").replace("ü", "v").replace("Ü", "v")
    return "".join(c for c in unicodedata.normalize("NFD", letters) if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=4096)
def readings(char: str) -> frozenset[str]:
    """Every toneless pinyin reading pypinyin knows for ``char`` (``ü`` as ``v``)."""
    from pypinyin import Style, pinyin

    return frozenset(r for group in pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore") for r in group)


def ruby_words(text: str) -> list[Spelled]:
    """Each stretch of text with characters annotated by their own pinyin, with up to :data:`REACH` characters on
    either side, read without the annotations."""
    if not any(bracket in text for bracket in _NOTE_CHARS):
        return []
    spots = sorted((m.start(), m.end()) for pattern in _AT for m in pattern.finditer(text)
                   if m.start() > 0 and _HAN.match(text, m.start() - 1)
                   and _toneless(m.group()) in readings(text[m.start() - 1]))
    out = []
    for group in _stretches(spots):
        a, b = max(0, group[0][0] - 1 - REACH), min(len(text), group[-1][1] + REACH)
        notes = {start: end for start, end in group}
        chars, starts, ends, changed = [], [], [], []
        i = a
        while i < b:
            end = notes.get(i + 1)
            chars.append(text[i])
            starts.append(i)
            ends.append(end if end is not None else i + 1)
            changed.append(end is not None)
            i = end if end is not None else i + 1
        out.append(Spelled("".join(chars), starts, ends, changed))
    return out


def _stretches(spots: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Annotations grouped into stretches: one follows another after at most :data:`REACH` characters."""
    groups: list[list[tuple[int, int]]] = []
    for spot in spots:
        if groups and spot[0] - groups[-1][-1][1] <= REACH:
            groups[-1].append(spot)
        else:
            groups.append([spot])
    return groups


def trailing_ruby(text: str) -> int:
    """How many trailing characters a stream holds back when ``text`` ends with a character and an annotation,
    whole or still being written (``法(fa)`` before ``轮(lun)``): those and :data:`REACH` characters ahead of them."""
    m = _TRAILING.search(text[-16:])
    return min(len(text), len(m.group()) + REACH) if m else 0
