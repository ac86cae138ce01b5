"""Pinyin and homophone forms, from pypinyin's dictionary.

* :func:`pinyin_forms` gives a term's full pinyin (``falungong``) and initials
  (``flg``) for the pinyin channel.
* :func:`sound_table` maps every Chinese character to a code for its toneless
  syllable (a private-use code point), so ``发轮功`` and ``法轮功`` become the same
  string: the homophone channel searches that string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from beian.text.normalize import N_CODEPOINTS

_SOUND_BASE = 0xE000  # private-use area; the fold deletes real private-use characters
_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")
_HANZI = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+$")


def is_hanzi(text: str) -> bool:
    """True when ``text`` is non-empty and made only of Chinese characters."""
    return bool(_HANZI.match(text))


def pinyin_forms(term: str) -> tuple[str, str]:
    """Full toneless pinyin and initials of a Chinese ``term`` (ü written v)."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(term, style=Style.NORMAL, errors="ignore")
    full = "".join(syllables)
    initials = "".join(s[0] for s in syllables if s)
    return full, initials


def tone_syllables(term: str) -> list[str]:
    """Pinyin of each character with its tone digit (``fa3``, ``lun2``, ``gong1``; neutral tone 5, ü written v).

    Without the digits these are the syllables of :func:`pinyin_forms`.
    """
    from pypinyin import Style, lazy_pinyin

    return list(lazy_pinyin(term, style=Style.TONE3, neutral_tone_with_five=True, errors="ignore"))


def tone_syllables_many(terms: Sequence[str]) -> list[list[str]]:
    """:func:`tone_syllables` of many terms, the same lists, much faster.

    pypinyin cuts a term into words (its maximum-match segmentation) and converts each word on its own,
    so the syllables of a term are those of its words in order; a lexicon of 100k terms has only about
    10k distinct words, each converted once here.
    """
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT, RE_HANS
    from pypinyin.seg import mmseg
    from pypinyin.seg.simpleseg import seg

    memo: dict[str, list[str]] = {}

    def word_syllables(word: str) -> list[str]:
        syls = memo.get(word)
        if syls is None:
            syls = memo[word] = list(lazy_pinyin([word], style=Style.TONE3, neutral_tone_with_five=True,
                                                 errors="ignore"))
        return syls

    out: list[list[str]] = []
    for term in terms:
        # what seg() does for a term of Chinese characters only, without its character-by-character split
        words = list(mmseg.seg.cut(term)) if PHRASES_DICT and RE_HANS.match(term) else seg(term)
        out.append(word_syllables(words[0]) if len(words) == 1 else
                   [s for word in words for s in word_syllables(word)])
    return out


def toneless(reading: str) -> str:
    """The first reading of a pypinyin dictionary entry, without tone marks."""
    return reading.split(",")[0].strip().translate(_TONES)


@lru_cache(maxsize=1)
def sound_table() -> npt.NDArray[np.uint32]:
    """Code point -> syllable code for Chinese characters; identity elsewhere."""
    from pypinyin import pinyin_dict

    table = np.arange(N_CODEPOINTS, dtype=np.uint32)
    syllables: dict[str, int] = {}
    for cp, readings in pinyin_dict.pinyin_dict.items():
        if cp >= N_CODEPOINTS:
            continue
        syllable = toneless(readings)
        code = syllables.setdefault(syllable, _SOUND_BASE + len(syllables))
        table[cp] = code
    return table

