"""Generate the evasion variants people use to slip terms past filters.

Used by the recall benchmark and tests, and useful on its own: planting these
variants of a filing's own keywords in ordinary sentences gives test items that
show a reviewer the interception handles evasion, not only exact words.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from beian.text.phonetics import is_hanzi, pinyin_forms

KINDS = ("traditional", "width", "case", "zero_width", "separator", "homoglyph", "style", "repeat",
         "pinyin", "initials", "homophone")

_NOISE = ("*", " ", "#", "@", "😀", "~", "|", "·", "_", "♥", "/", "-")
_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у"}
_CIRCLED = {**{c: chr(0x24D0 + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")},
            **{str(i): chr(0x2460 + i - 1) for i in range(1, 10)}}


def variants(term: str, rng: random.Random) -> dict[str, str]:
    """Each evasion kind that applies to ``term``, mapped to one disguised form."""
    out: dict[str, str] = {}
    traditional = to_traditional(term)
    if traditional != term:
        out["traditional"] = traditional
    if any(c.isascii() and c.isalnum() for c in term):
        out.update(_latin_variants(term))
    out["zero_width"] = "\u200b".join(term)
    out["separator"] = "".join(c + rng.choice(_NOISE) for c in term[:-1]) + term[-1]
    out["repeat"] = "".join(c * 2 for c in term)
    if is_hanzi(term):
        out.update(_sound_variants(term, rng))
    return out


def _latin_variants(term: str) -> dict[str, str]:
    out = {
        "width": "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in term),
        "style": "".join(_CIRCLED.get(c.lower(), c) for c in term),
    }
    if any(c.isascii() and c.isalpha() for c in term):
        out["case"] = term.swapcase()
    if any(c in _CYRILLIC for c in term.lower()):
        out["homoglyph"] = "".join(_CYRILLIC.get(c, c) for c in term.lower())
    return out


def _sound_variants(term: str, rng: random.Random) -> dict[str, str]:
    from pypinyin import Style, lazy_pinyin

    out: dict[str, str] = {}
    full, initials = pinyin_forms(term)
    if len(term) >= 2 and len(full) >= 4:
        out["pinyin"] = " ".join(lazy_pinyin(term, style=Style.NORMAL))
    if len(term) >= 3:
        out["initials"] = initials
        swapped = homophone(term, rng)
        if swapped:
            out["homophone"] = swapped
    return out


def to_traditional(text: str) -> str:
    """Simplified to traditional with OpenCC."""
    return str(_s2t().convert(text))


@lru_cache(maxsize=1)
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


def homophone(term: str, rng: random.Random) -> str | None:
    """``term`` with one character replaced by a common character of the same toneless syllable."""
    from pypinyin import pinyin_dict

    from beian.text.phonetics import toneless

    pos = rng.randrange(len(term))
    reading = pinyin_dict.pinyin_dict.get(ord(term[pos]))
    if not reading:
        return None
    choices = [c for c in _sound_index().get(toneless(reading), ()) if c != term[pos]]
    return term[:pos] + rng.choice(choices) + term[pos + 1:] if choices else None


@lru_cache(maxsize=1)
def _sound_index() -> dict[str, tuple[str, ...]]:
    from pypinyin import pinyin_dict

    from beian.text.phonetics import toneless

    index: dict[str, list[str]] = {}
    for cp, reading in pinyin_dict.pinyin_dict.items():
        if 0x4E00 <= cp <= 0x9FA5:
            index.setdefault(toneless(reading), []).append(chr(cp))
    return {k: tuple(v) for k, v in index.items()}


def plant(sentence: str, disguised: str, rng: random.Random) -> tuple[str, int, int]:
    """Insert ``disguised`` (between Chinese commas) at a random point; return the text and its span."""
    cut = rng.randrange(len(sentence) + 1)
    text = sentence[:cut] + "，" + disguised + "，" + sentence[cut:]
    return text, cut + 1, cut + 1 + len(disguised)
