"""Pinyin written with tone digits, read again with tone marks: ``gong1 ying1 qiang1 zhi1`` as ``gōng yīng qiāng zhī``.

The tone-digit channel matches a term's tone digits as pypinyin spells them (``gong1ying4`` for 供应). A writer who
types digits puts the tone they hear or the one a dictionary lists first (``ying1`` for 应 in 供应, which is read
``yìng`` there), and such a spelling matched nothing at all (the hundred-and-fifth probe: every term with 供应 written
``gong1 ying1 …`` missed, while the same syllables with tone marks were found). Tone marks are read by the pinyin
channel, which takes every reading of a character (:func:`~beian.text.pinyin_reading.tone_cap`): so a run of two or
more syllables with tone digits is rewritten with marks (pypinyin's ``to_tone``) and scanned as a second reading,
each mark mapped back to its syllable and digit in the text. A run holding a word that is no pinyin syllable is left
alone (``abc1 def2`` is a code, not pinyin).
"""

from __future__ import annotations

import re
from functools import lru_cache

from beian.text.misreads import pinyin_syllables
from beian.text.zhuyin import Spelled

# two or more syllables of letters with a tone digit each, set apart by at most one space, apostrophe or hyphen
_RUN = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-zÜü]{1,6}[1-5][ '’\-]?){2,}(?![A-Za-z0-9])")
_SYLLABLE = re.compile(r"([A-Za-zÜü]{1,6})([1-5])([ '’\-]?)")
# where such a run may be: a letter, a tone digit and the next syllable's letter (one cheap pass over long texts:
# 0.02 s on 20 MB of laws, where the full pattern takes 0.23 s)
_SEED = re.compile(r"[A-Za-zÜü][1-5][ '’\-]?[A-Za-zÜü]")


def tone_digit_words(text: str) -> list[Spelled]:
    """Each run of tone-digit pinyin in ``text`` written with tone marks (none when there is none)."""
    if _SEED.search(text) is None:
        return []
    out = []
    for m in _RUN.finditer(text):
        spelled = _marked(m.group().rstrip(" '’-"), m.start())  # not the space after the last syllable
        if spelled is not None:
            out.append(spelled)
    return out


def _marked(run: str, base: int) -> Spelled | None:
    """``run`` (at ``base`` in the text) with tone marks for digits; None when a word of it is no pinyin syllable."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _SYLLABLE.finditer(run):
        letters, digit, joiner = m.groups()
        if letters.lower().replace("ü", "v") not in pinyin_syllables():
            return None
        marked = _to_tone(letters + digit)
        a, b = base + m.start(), base + m.start(3)
        chars.extend(marked)
        starts.extend([a] * len(marked))
        ends.extend([b] * len(marked))
        if joiner:
            chars.append(joiner)
            starts.append(b)
            ends.append(b + 1)
    return Spelled("".join(chars), starts, ends, [True] * len(chars)) if chars else None


@lru_cache(maxsize=4096)
def _to_tone(numbered: str) -> str:
    from pypinyin.contrib.tone_convert import to_tone

    return str(to_tone(numbered))
