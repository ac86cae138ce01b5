"""Pinyin written in zhuyin (注音符号, bopomofo): ``ㄉㄨˇㄅㄛˊ`` for dubo, ``ㄉㄨˇ博`` for du博.

Each syllable is written with one to three zhuyin letters and a tone mark (the first tone's ``ˉ`` is usually
left out). The table from zhuyin to toneless pinyin is pypinyin's own (its bopomofo style run over every syllable
pypinyin knows, ``data/pinyin_syllables.txt``), turned around. A run of zhuyin is split into syllables (at tone
marks, else the longest syllable first) and read a second time as pinyin with the Chinese characters around it,
so the pinyin and mixed channels find it; a hit over a converted syllable is reported over the zhuyin as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

LETTERS = "\u3105-\u312f\u31a0-\u31bf"  # Bopomofo and Bopomofo Extended
TONES = "\u02c9\u02ca\u02c7\u02cb\u02d9"  # ˉ ˊ ˇ ˋ ˙
_RUN = re.compile(f"[{LETTERS}][{LETTERS}{TONES}]*")
_ANY = re.compile(f"[{LETTERS}]")


def signal() -> re.Pattern[str]:
    """The characters without which :func:`zhuyin_words` reads nothing (see :mod:`beian.text.signals`)."""
    return _ANY
REACH = 8  # characters of the text kept on either side of a run (a term partly in zhuyin: ㄉㄨˇ博)


@dataclass(frozen=True)
class Spelled:
    """A stretch of text read with its zhuyin as pinyin: ``text[i]`` came from original ``[starts[i], ends[i])``;
    ``changed[i]`` says whether it was written in zhuyin."""

    text: str
    starts: list[int]
    ends: list[int]
    changed: list[bool]

    def touches_change(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` (offsets in :attr:`text`) covers a character read from zhuyin."""
        return any(self.changed[start:end])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``[start, end)`` of :attr:`text`."""
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Zhuyin letters (no tone mark) -> the toneless pinyin syllable, from pypinyin's bopomofo style."""
    from pypinyin.style.bopomofo import BopomofoConverter

    from beian.text.misreads import pinyin_syllables

    convert = BopomofoConverter().to_bopomofo
    out: dict[str, str] = {}
    for syllable in sorted(pinyin_syllables()):
        letters = convert(syllable).strip(TONES)
        if letters and all("\u3105" <= c <= "\u31bf" for c in letters):
            out.setdefault(letters, syllable)  # ü as v (lv, nv), as the pinyin channel spells it
    return out


def zhuyin_words(text: str) -> list[Spelled]:
    """Each run of zhuyin with up to :data:`REACH` characters on either side, the zhuyin read as pinyin; none
    when a run does not split into syllables."""
    if _ANY.search(text) is None:  # most texts: one C-level scan
        return []
    out = []
    for m in _RUN.finditer(text):
        syllables = _syllables(m.group())
        if syllables is None:
            continue
        a, b = max(0, m.start() - REACH), min(len(text), m.end() + REACH)
        pieces = [(c, i, i + 1, False) for i, c in enumerate(text[a:m.start()], a)]
        pieces += [(c, m.start() + x, m.start() + y, True) for pinyin, x, y in syllables for c in pinyin]
        pieces += [(c, i, i + 1, False) for i, c in enumerate(text[m.end():b], m.end())]
        chars, starts, ends, changed = (list(column) for column in zip(*pieces))
        out.append(Spelled("".join(chars), starts, ends, changed))
    return out


def _syllables(run: str) -> list[tuple[str, int, int]] | None:
    """``(pinyin, start, end)`` of each syllable of a zhuyin run (tone marks belong to the syllable before them);
    None when some letters are no syllable."""
    known, out, i = table(), [], 0
    while i < len(run):
        for k in (3, 2, 1):
            letters = run[i:i + k]
            if len(letters) == k and not any(c in TONES for c in letters) and letters in known:
                break
        else:
            return None
        j = i + k
        while j < len(run) and run[j] in TONES:
            j += 1
        out.append((known[letters], i, j))
        i = j
    return out


_TRAILING = re.compile(f"[{LETTERS}][{LETTERS}{TONES}]*$")


def trailing_zhuyin(text: str) -> int:
    """How many trailing characters a stream holds back when ``text`` ends with zhuyin (``ㄉㄨˇ`` before ``ㄅㄛˊ``):
    the run and :data:`REACH` characters ahead of it."""
    m = _TRAILING.search(text[-64:])
    return min(len(text), len(m.group()) + REACH) if m else 0
