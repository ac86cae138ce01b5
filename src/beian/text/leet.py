"""Digits and signs written for the Latin letters of a word (leetspeak): ``p0rn``, ``s3x``, ``fa1ungong``.

The fold keeps digits (``2000年`` means what it says), so a word spelled with ``0`` for ``o`` matches
nothing. Here each Latin word that mixes letters with such stand-ins (and no other digit) is spelled
again with letters, one character for one, and the matcher scans that spelling; a hit that covers a
replaced character is a ``leet`` hit over the original span. ``1`` stands for ``l`` or ``i``, so a
word holding it is read both ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

LEET = {"0": "o", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s", "!": "i",
        "|": "l"}
ONE = ("l", "i")  # 1 is written for either
MAX_WORD = 24  # a longer run of letters and digits is a code or a hash, not a disguised word
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@$!|")
_STAND_TABLE = np.zeros(128, dtype=bool)
STAND_INS = frozenset(LEET) | {"1"}
_STAND_TABLE[[ord(c) for c in STAND_INS]] = True
_BESIDE_PATTERN = "[A-Za-z][{0}]|[{0}][A-Za-z]".format(re.escape("".join(sorted(STAND_INS))))
_BESIDE_STR = re.compile(_BESIDE_PATTERN)
_LONG = 4096  # characters from which NumPy finds the stand-ins faster than a regex
_TRAILING = re.compile(r"[A-Za-z0-9@$!|]+$")
_BESIDE = re.compile(_BESIDE_PATTERN.encode())
_INSIDE = re.compile("[A-Za-z][{}]+[A-Za-z]".format(re.escape("".join(sorted(STAND_INS)))))


@dataclass(frozen=True)
class Respelled:
    """A word of the original text, spelled with letters: ``text[i]`` stands for original ``start + i``;
    ``changed[i]`` says whether that character was a stand-in."""

    start: int
    text: str
    changed: list[bool]

    def touches_change(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` (offsets in :attr:`text`) covers a replaced character."""
        return any(self.changed[start:end])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``[start, end)`` of :attr:`text` (one character for one)."""
        return self.start + start, self.start + end


def respelled(text: str) -> list[Respelled]:
    """The words of ``text`` that mix letters with stand-ins, each spelled with letters (twice when it holds ``1``).

    A word qualifies when it has at least two ASCII letters, stand-ins between two of them, no other digit
    and at most :data:`MAX_WORD` characters. Each reading takes in up to :data:`PHRASE_WORDS` words on either side
    (one space apart), so a phrase reads whole (``3sc0rt s3rv1c3``, ``h1tman for h1re``: the stand-ins of every
    disguised word in it replaced), and a character beyond, so the word boundaries read as in the text.
    """
    if not _stand_in_beside_a_letter(text):  # most texts
        return []
    words: list[tuple[int, int]] = []
    end = 0
    for at in _beside_letters(text):
        if at < end:
            continue
        start, end = _word_around(text, at)
        if _disguised(text[start:end]):
            words.append((start, end))
    out: list[Respelled] = []
    for a, b, inner in _phrases(text, words):
        window = text[a:b]
        changed = [any(x <= a + i < y for x, y in inner) and c in STAND_INS for i, c in enumerate(window)]
        for one in ONE if any(c == "1" for c, hit in zip(window, changed) if hit) else ONE[:1]:
            table = {**LEET, "1": one}
            out.append(Respelled(a, "".join(table[c] if hit else c for c, hit in zip(window, changed)), changed))
    return out


PHRASE_WORDS = 2  # words read with a disguised word on either side (escort s3rv1c3, h1tman for hire)
_WORDS_AFTER = re.compile(rf"(?: [A-Za-z0-9@$!|]{{1,{MAX_WORD}}}(?![A-Za-z0-9@$!|])){{0,{PHRASE_WORDS}}}")
_WORDS_BEFORE = re.compile(rf"(?<![A-Za-z0-9@$!|])(?:[A-Za-z0-9@$!|]{{1,{MAX_WORD}}} ){{1,{PHRASE_WORDS}}}$")


def _phrases(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Windows ``[a, b)`` around the disguised ``words`` (up to :data:`PHRASE_WORDS` words either side and one
    character beyond), overlapping ones merged, each with the disguised words inside it."""
    merged: list[tuple[int, int, list[tuple[int, int]]]] = []
    for start, end in words:
        a, b = _reach(text, start, -1), _reach(text, end, 1)
        a, b = max(0, a - 1), min(len(text), b + 1)
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b), [*merged[-1][2], (start, end)])
        else:
            merged.append((a, b, [(start, end)]))
    return merged


def _reach(text: str, at: int, step: int) -> int:
    """Where the run of up to :data:`PHRASE_WORDS` Latin words one space apart from ``at`` ends (step 1) or
    begins (step -1)."""
    m = (_WORDS_AFTER.match(text, at) if step > 0
         else _WORDS_BEFORE.search(text, max(0, at - PHRASE_WORDS * (MAX_WORD + 1)), at))
    return at if m is None else m.end() if step > 0 else m.start()


def _beside_letters(text: str) -> list[int]:
    """Positions in the words where a stand-in has an ASCII letter beside it (at least one per such word).

    A short text is searched with a regex; a long one with NumPy over the code points (a regex walks a
    long text of Chinese characters several times slower, NumPy costs more than the regex on a prompt).
    """
    if len(text) < _LONG:
        return [m.start() for m in _BESIDE_STR.finditer(text)]
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    at = np.flatnonzero(cps < 128)  # only ASCII characters are read further (a few in a Chinese text)
    chars = cps[at]
    letter = ((chars | 0x20) - 0x61) < 26  # a-z, A-Z (the subtraction wraps for smaller code points)
    stand = _STAND_TABLE[chars]
    next_to = np.diff(at) == 1  # the next ASCII character is the next character of the text
    before = next_to & stand[:-1] & letter[1:]  # a stand-in with a letter after it
    after = next_to & letter[:-1] & stand[1:]  # a stand-in with a letter before it
    return [int(i) for i in np.union1d(at[:-1][before], at[1:][after])]


def _word_around(text: str, at: int) -> tuple[int, int]:
    """The run of letters, digits, ``@``, ``$``, ``!`` and ``|`` holding position ``at``."""
    start, end = at, at + 1
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
    while end < len(text) and text[end] in _WORD_CHARS:
        end += 1
    return start, end


def _stand_in_beside_a_letter(text: str) -> bool:
    """Whether some stand-in may have an ASCII letter beside it: looked for among the text's ASCII
    characters only (dropping the rest is one C call; a regex over a long text of Chinese characters
    costs more than the rest of a short scan's checks). A false yes only costs the full search."""
    return _BESIDE.search(text.encode("ascii", "ignore")) is not None


def _disguised(word: str) -> bool:
    """Letters with stand-ins inside the word (``p0rn``, ``b00bs``) and no other digit. A stand-in only at an
    end (``SS8``, ``DAY4``, ``GPT4``) is how model numbers and names are written, not a disguise."""
    letters = sum(c.isascii() and c.isalpha() for c in word)
    other_digits = sum(c.isdigit() and c not in STAND_INS for c in word)
    return (letters >= 2 and other_digits == 0 and len(word) <= MAX_WORD
            and _INSIDE.search(word) is not None)


def trailing_word(text: str) -> int:
    """How many trailing characters of ``text`` are a word still being written that already mixes letters
    with stand-ins (``p0`` before ``rn``): a stream holds them back until the word ends. (A word of
    letters only is held, where it could still become a term, by the matcher's own prefix check.)"""
    m = _TRAILING.search(text[-(MAX_WORD + 1):])
    if m is None or len(m.group()) > MAX_WORD:
        return 0
    word = m.group()
    has_letter = any(c.isascii() and c.isalpha() for c in word)
    return len(word) if has_letter and any(c in STAND_INS for c in word) else 0
