"""Pinyin and homophone forms, from pypinyin's dictionary.

* :func:`pinyin_forms` gives a term's full pinyin (``falungong``) and initials
  (``flg``) for the pinyin channel.
* :func:`sound_table` maps every Chinese character to a code for its toneless
  syllable (a private-use code point), so ``发轮功`` and ``法轮功`` become the same
  string: the homophone channel searches that string.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from functools import lru_cache
from itertools import chain
from typing import Any

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
    from pypinyin.constants import PHRASES_DICT, RE_HANS

    hanzi = [bool(PHRASES_DICT) and bool(RE_HANS.match(t)) for t in terms]
    cuts = _cut_many([t for t, h in zip(terms, hanzi) if h])
    memo = _styled_words(set(chain.from_iterable(cuts)))
    join = native("join_lists")
    syllables = iter(join(cuts, memo) if join is not None else
                     [memo[cut[0]] if len(cut) == 1 else list(chain.from_iterable(map(memo.__getitem__, cut)))
                      for cut in cuts])
    # what seg() does for a term of Chinese characters only, without its character-by-character split
    return [next(syllables) if h else tone_syllables(term) for term, h in zip(terms, hanzi)]


def _styled_words(words: Iterable[str]) -> dict[str, list[str]]:
    """What ``lazy_pinyin(word, style=TONE3, neutral_tone_with_five=True, errors="ignore")`` gives for each word
    of Chinese characters (one of pypinyin's phrases, or characters it has no phrase for).

    For such a word pypinyin's converter takes the first reading of each character from the phrase's entry,
    else from each character's entry (characters without one are dropped), styles each and wraps each in a
    list that it then unwraps: restated here without its deep copy of the phrase entry and the wrapping,
    where the converter is pypinyin's own (else its ``convert`` is asked, word by word)."""
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS

    converter = _word_converter()
    if not _convert_is_pypinyins(converter):
        return {word: [s for item in converter.convert(word, Style.TONE3, False, "ignore", strict=True) for s in item]
                for word in words}
    style, tone3 = converter.convert_style, Style.TONE3
    out: dict[str, list[str]] = {}
    for word in words:
        if not RE_HANS.match(word):
            out[word] = [s for item in converter.convert(word, tone3, False, "ignore", strict=True) for s in item]
            continue
        entry = PHRASES_DICT.get(word)
        firsts = [item[0] for item in entry] if entry is not None else [
            r.split(",")[0] for r in map(PINYIN_DICT.get, map(ord, word)) if r is not None]
        out[word] = [style(word[k], reading, tone3, True) for k, reading in enumerate(firsts)]
    return out


def _convert_is_pypinyins(converter: object) -> bool:
    """True when ``converter`` converts a word with pypinyin's own steps (what :func:`_styled_words` restates):
    none of them overridden, no tone sandhi."""
    from pypinyin.converter import DefaultConverter, UltimateConverter

    kind: Any = type(converter)
    steps = ("convert", "_phrase_pinyin", "_single_pinyin", "convert_styles", "handle_nopinyin",
             "pre_handle_nopinyin", "post_handle_nopinyin", "_convert_nopinyin_chars")
    return (all(getattr(kind, name) is getattr(DefaultConverter, name) for name in steps)
            and kind.post_pinyin is UltimateConverter.post_pinyin and not getattr(converter, "_tone_sandhi", True))


def _word_converter() -> Any:
    """The converter ``lazy_pinyin(..., neutral_tone_with_five=True)`` uses, its ``convert_style`` remembered
    per (character, reading): a deterministic function of its arguments for a fixed style. Where the style is
    pypinyin's own ``TONE3`` (its ``to_tone3`` and the neutral-tone ``5`` read only the reading, never the
    character), per reading: about 1,300 distinct readings instead of 5,000 (character, reading) pairs."""
    from pypinyin import Style
    from pypinyin.converter import UltimateConverter

    reading_only = _tone3_reads_only_the_reading()

    class Converter(UltimateConverter):
        def __init__(self) -> None:
            super().__init__(neutral_tone_with_five=True)
            self._styled: dict[tuple[str, str, Style, bool], str] = {}

        def convert_style(self, han: str, orig_pinyin: str, style: Style, strict: bool, **kwargs: object) -> str:
            key = ("" if reading_only and style == Style.TONE3 else han, orig_pinyin, style, strict)
            styled = self._styled.get(key)
            if styled is None:
                styled = self._styled[key] = super().convert_style(han, orig_pinyin, style, strict, **kwargs)
            return styled

    return Converter()


def _tone3_reads_only_the_reading() -> bool:
    """True when pypinyin styles ``TONE3`` with its own converter (no style registered over it, no hook of the
    converter overridden): then the styled reading does not depend on the character."""
    from pypinyin import Style
    from pypinyin.contrib.neutral_tone import NeutralToneWith5Mixin
    from pypinyin.converter import DefaultConverter, UltimateConverter
    from pypinyin.style import _registry
    from pypinyin.style.tone import converter

    own = getattr(_registry.get(Style.TONE3), "__func__", None) is type(converter).to_tone3 and \
        getattr(_registry[Style.TONE3], "__self__", None) is converter
    hooks = (UltimateConverter.pre_convert_style is DefaultConverter.pre_convert_style
             and UltimateConverter._convert_style is DefaultConverter._convert_style
             and "post_convert_style" in vars(NeutralToneWith5Mixin))
    return own and hooks


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


@lru_cache(maxsize=1)
def common_readings() -> dict[str, tuple[str, ...]]:
    """Polyphonic character -> its common readings without tones, most common first (``血`` -> xue, xie),
    from ``data/pinyin_readings.tsv`` (made by ``data/gen_readings.py`` from pypinyin's phrase dictionary)."""
    from importlib import resources

    raw = resources.files("beian.text").joinpath("data").joinpath("pinyin_readings.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line and not line.startswith("#"))
    return {c: tuple(r.split(",")) for c, r in rows}


@lru_cache(maxsize=1)
def common_surnames() -> tuple[str, ...]:
    """The commonest Chinese surnames (``王``, ``李``), from ``data/surname_readings.tsv``, in its order."""
    return tuple(line.split("\t")[0] for line in _surname_lines())


def _surname_lines() -> list[str]:
    from importlib import resources

    raw = resources.files("beian.text").joinpath("data").joinpath("surname_readings.tsv").read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def surname_syllables() -> frozenset[str]:
    """How the commonest Chinese surnames read as surnames (``zhao``, ``zeng``), from ``data/surname_readings.tsv``:
    a two-syllable pinyin word starting so reads as a name (``zhaoxian``)."""
    return frozenset(line.split("\t")[1] for line in _surname_lines())
