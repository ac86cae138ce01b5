"""Digit folding for the personal-information recognisers, with an offset map back to the original.

Every decimal digit of any script or style (full-width ``１``, mathematical ``𝟏``, circled ``①``,
Arabic-Indic ``١``, superscript ``¹``…) becomes its ASCII digit, full-width ASCII letters and punctuation
become ASCII, other spaces (no-break, ideographic) a space and hyphens, en dashes and minus signs ``-``, and format and combining characters (zero-width space and joiners, word joiner, soft hyphen,
variation selectors, the keycap mark ``⃣``) are deleted. Runs of seven or more Chinese numerals
(``一三八一二三四五六七八``) become ASCII digits too. The table comes from :mod:`unicodedata`
(``unicodedata.digit`` and the general categories Cf, Mn, Me), looked up per distinct character and
cached, so it follows the Unicode version of the running Python and costs nothing at start-up.

The keyword side has its own fold (``beian.text.normalize``); this one is separate because the PII
recognisers need digits, not keyword forms.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_COMBINING = frozenset({"Mn", "Me"})
_DELETE_CATEGORIES = _COMBINING | {"Cf"}
# Characters that never fold, so a text made of them alone is returned as it is: ASCII, Latin-1 but
# superscripts, the soft hyphen and the no-break space, general punctuation but the hyphens and dashes that
# stand for ``-`` (U+2010-U+2013) and the zero-width and format characters, CJK
# punctuation and ideographs, and the full-width punctuation of Chinese prose (，：；！？（）), which
# no recogniser needs as ASCII.
_PLAIN = (
    "\\x00-\\x7f\\xa1-\\xac\\xae-\\xb1\\xb4-\\xb8\\xba-\\xff\\u2014-\\u2027\\u2030-\\u205e"
    "\\u3001-\\u303f\\u4e00-\\u9fff\\uff01\\uff08\\uff09\\uff0c\\uff1a\\uff1b\\uff1f"
)
_ODD = re.compile(f"[^{_PLAIN}]")
# Hyphens, dashes and minus signs that word processors and copied web pages put between digit groups
# (138–1234–5678); the long dash ——, Chinese prose punctuation, is not one of them (but see _LONE_DASH).
_HYPHENS = frozenset("\u2010\u2011\u2012\u2013\u2212\ufe63")
# One long dash with a digit on both sides (310104—19850612—3017) is a separator too; prose writes it doubled (——).
_LONE_DASH = re.compile("(?<=[0-9])\u2014(?=[0-9])")
# Chinese numerals written digit by digit (一三八一二三四五六七八, 幺 is a spoken 1, 壹贰… the financial
# forms): folded only in runs of 7 or more, which ordinary prose does not have.
_CJK_DIGITS = {"〇": 0, "零": 0, "幺": 1, "一": 1, "壹": 1, "二": 2, "贰": 2, "三": 3, "叁": 3, "四": 4}
_CJK_DIGITS |= {"肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9}
_CJK_DIGITS |= {"玖": 9}
_CJK_TABLE = {ord(k): str(v) for k, v in _CJK_DIGITS.items()}
_CJK_CLASS = f"[{''.join(_CJK_DIGITS)}]"
_CJK_RUN = re.compile(f"{_CJK_CLASS}{{7,}}")
# groups of three or more Chinese numerals one space apart, seven or more in all (一三九 八七六五 四三二一): a number
# read out in groups
_CJK_GROUPS = re.compile(f"(?<!{_CJK_CLASS}){_CJK_CLASS}{{3,}}(?: {_CJK_CLASS}{{3,}})+")


@functools.lru_cache(maxsize=8192)
def fold_char(ch: str) -> str | None:
    """The folded form of one character: an ASCII digit or letter, ``None`` (deleted) or itself."""
    cp = ord(ch)
    if _ODD.match(ch) is None:
        return ch
    if 0xFF01 <= cp <= 0xFF5E:
        return chr(cp - 0xFEE0)
    if cp == 0x3000 or unicodedata.category(ch) == "Zs":  # ideographic, no-break, thin … spaces
        return " "
    if ch in _HYPHENS:
        return "-"
    if unicodedata.category(ch) in _DELETE_CATEGORIES:
        return None
    digit = unicodedata.digit(ch, None)
    return ch if digit is None else chr(0x30 + digit)


@dataclass(frozen=True)
class Folded:
    """Folded text and, when characters were deleted, the original offset of every folded character."""

    text: str
    offsets: tuple[int, ...] | None = None
    original: str = ""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` of the folded span ``[start, end)`` (``end > start``).

        Combining marks after the last character belong to it (the keycap ``8️⃣`` ends after ``⃣``).
        """
        if self.offsets is None:
            return start, end
        stop = self.offsets[end - 1] + 1
        while stop < len(self.original) and unicodedata.category(self.original[stop]) in _COMBINING:
            stop += 1
        return self.offsets[start], stop


def _cjk_run(m: re.Match[str]) -> str:
    return m.group().translate(_CJK_TABLE)


def _cjk_groups(m: re.Match[str]) -> str:
    return m.group().translate(_CJK_TABLE) if len(m.group().replace(" ", "")) >= 7 else m.group()


def _replacement(m: re.Match[str]) -> str:
    return fold_char(m.group()) or ""


def fold_digits(text: str) -> Folded:
    """Fold ``text`` for the recognisers; offsets are ``None`` when lengths are unchanged."""
    if text.isascii():
        return Folded(text)
    folded = _LONE_DASH.sub("-", _CJK_GROUPS.sub(_cjk_groups, _CJK_RUN.sub(_cjk_run, _ODD.sub(_replacement, text))))
    if len(folded) == len(text):
        return Folded(folded)
    gone = {m.start() for m in _ODD.finditer(text) if fold_char(m.group()) is None}
    return Folded(folded, tuple(i for i in range(len(text)) if i not in gone), text)


# What an unfinished phone, ID, card number or e-mail can end with, once folded.
_TAIL_ASCII = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@._+-:() （）[]")


def number_tail(text: str, limit: int = 64) -> int:
    """Length of the trailing run of ``text`` (at most ``limit``) that may still grow into a hit.

    Counts every character the recognisers read as part of a number once folded: ASCII letters,
    digits and separators, digits of any style (``𝟏``, ``①``, ``１``), Chinese numerals, and the
    zero-width and combining characters that folding deletes. A streaming gateway holds this tail back
    so that ``𝟏𝟑𝟖𝟏𝟐𝟑𝟒`` is not released before ``𝟓𝟔𝟕𝟖`` arrives.
    """
    count = 0
    for ch in reversed(text[-limit:] if limit else ""):
        if ch in _TAIL_ASCII or ch in _CJK_DIGITS or fold_char(ch) != ch:
            count += 1
        else:
            break
    return count
