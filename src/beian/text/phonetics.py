"""Pinyin and homophone forms, from pypinyin's dictionary.

* :func:`pinyin_forms` gives a term's full pinyin (``falungong``) and initials
  (``flg``) for the pinyin channel.
* :func:`sound_table` maps every Chinese character to a code for its toneless
  syllable (a private-use code point), so ``发轮功`` and ``法轮功`` become the same
  string: the homophone channel searches that string.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Sequence
from functools import lru_cache
from itertools import chain

import numpy as np
import numpy.typing as npt

from beian.text.normalize import N_CODEPOINTS, native

_SOUND_BASE = 0xE000  # private-use area; the fold deletes real private-use characters
_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")
_HANZI = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+$")


def is_hanzi(text: str) -> bool:
    """True when ``text`` is non-empty and made only of Chinese characters."""
    return bool(_HANZI.match(text))


def hanzi_flags(texts: Iterable[str]) -> list[bool]:
    """:func:`is_hanzi` of every text."""
    return [m is not None for m in map(_HANZI.match, texts)]


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
    10k distinct words, each converted once here, and each (character, reading) pair of them styled once.
    """
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, RE_HANS

    hanzi = [bool(PHRASES_DICT) and bool(RE_HANS.match(t)) for t in terms]
    cuts = _cut_many([t for t, h in zip(terms, hanzi) if h])
    convert = _word_converter()
    # what lazy_pinyin([word], ...) gives for a word of Chinese characters
    memo = {word: [s for item in convert(word, Style.TONE3, False, "ignore", strict=True) for s in item]
            for word in set(chain.from_iterable(cuts))}
    join = native("join_lists")
    syllables = iter(join(cuts, memo) if join is not None else
                     [memo[cut[0]] if len(cut) == 1 else list(chain.from_iterable(map(memo.__getitem__, cut)))
                      for cut in cuts])
    # what seg() does for a term of Chinese characters only, without its character-by-character split
    return [next(syllables) if h else tone_syllables(term) for term, h in zip(terms, hanzi)]


def _word_converter() -> Callable[..., list[list[str]]]:
    """The converter ``lazy_pinyin(..., neutral_tone_with_five=True)`` uses, its ``convert_style`` remembered
    per (character, reading): a deterministic function of its arguments for a fixed style."""
    from pypinyin import Style
    from pypinyin.converter import UltimateConverter

    class Converter(UltimateConverter):
        def __init__(self) -> None:
            super().__init__(neutral_tone_with_five=True)
            self._styled: dict[tuple[str, str, Style, bool], str] = {}

        def convert_style(self, han: str, orig_pinyin: str, style: Style, strict: bool, **kwargs: object) -> str:
            key = (han, orig_pinyin, style, strict)
            styled = self._styled.get(key)
            if styled is None:
                styled = self._styled[key] = super().convert_style(han, orig_pinyin, style, strict, **kwargs)
            return styled

    return Converter().convert


def _cut_many(terms: list[str]) -> list[list[str]]:
    """``list(mmseg.seg.cut(term))`` of every term: pypinyin's maximum forward match (strict: only dictionary
    phrases), restated in C (``_fold.mm_cut``) or Python; pypinyin's own where its segmenter is not the one
    restated here."""
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg import mmseg

    seg = mmseg.seg
    prefixes = getattr(getattr(seg, "_prefix_set", None), "_set", None)
    if (type(seg) is not mmseg.Seg or type(seg._prefix_set) is not mmseg.PrefixSet or type(prefixes) is not set
            or type(PHRASES_DICT) is not dict or not getattr(seg, "_no_non_phrases", False)):
        return [list(seg.cut(term)) for term in terms]
    mm_cut = native("mm_cut")
    if mm_cut is not None:
        return mm_cut(terms, prefixes, PHRASES_DICT)  # type: ignore[no-any-return]
    return [_cut_py(term, prefixes, PHRASES_DICT) for term in terms]


def _cut_py(text: str, prefixes: Container[str], phrases: Container[str]) -> list[str]:
    """One term cut as ``mmseg.Seg.cut`` does with ``no_non_phrases=True`` (the Python side of ``mm_cut``)."""
    if text in phrases:  # the longest phrase from the start is the whole text
        return [text]
    out: list[str] = []
    p, n = 0, len(text)
    while p < n:
        best, k = 0, p + 1
        while k <= n:
            word = text[p:k]
            if word not in prefixes:
                break
            if word in phrases:
                best = k
            k += 1
        if best:
            out.append(text[p:best])
            p = best
        elif k > n:  # the rest starts some phrase but holds none from its start: one word per character
            out.extend(text[p:])
            break
        else:
            out.append(text[p])
            p += 1
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

