"""Letters of other scripts that "fancy text" generators write for Latin ones: ``Ŧคɭยภﻮ๏ภﻮ`` for ``falungong``.

Generators build "Thai", "wavy" and similar alphabets from whatever looks a little like each Latin letter:
Thai ``ค`` for ``a``, Thai digit ``๒`` for ``b``, Greek ``ς`` for ``c``, Hebrew ``ק`` for ``p``, Arabic
``ﻮ`` for ``g``. The fold cannot read these everywhere: ``ค`` is a Thai consonant in Thai text and ``๒`` a
Thai two. So they are read only where a word mixes scripts, which text written in Thai, Hebrew, Greek
or Russian does not do: a run of letters (words with single spaces between them, as generators keep the
spaces) holding at least one of them and at least :data:`MIN_LETTERS` letters, with at least one word
of letters from two scripts or more (``รє ợเภﻮ`` for ``se qing``: ``รє`` is Thai and Cyrillic). Such a run
is spelled again with Latin letters, one character for one, and the matcher scans that spelling; a hit
that covers a replaced character is a ``fancy`` hit over the original span. The map is
``data/fold_fancy.tsv``, generated from the ``fancy-text-converter`` and ``lunicode`` npm packages (see
``gen_fold_tables.py``); it also holds the letters a generator writes otherwise than the fold reads them
everywhere (lunicode's ``ք`` for ``p``, where confusables says ``f``; ``Հ`` for ``z``).

Not read: an alphabet that writes a whole word in one script (``๔ย๒๏``, all Thai, for ``dubo``), and
letters the map does not list (the Armenian ``Շ`` and ``չ`` some generators write for ``t`` and ``z``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from beian.text.leet import Respelled
from beian.text.letter_runs import pieces, trailing

MIN_LETTERS = 3  # letters a mixed word needs: two (``Δx``) is a formula more often than a disguise
MAX_RUN = 60  # characters read as one word; a longer run is read in pieces of this size
# letters of the scripts generators borrow from, with their combining marks: Latin (ASCII, Latin-1, extended, IPA,
# phonetic, additional, extended-C/D/E with the small capitals ꜰ ꜱ), Greek, Cyrillic (with its supplement: ԛ ԁ, the
# hundred-and-eighty-seventh probe's ``ғɑոgᴢhеnԛiԛiɑnց…`` was cut at ԛ), Armenian, Hebrew, Arabic (and its presentation
# forms), Thai
_LETTERS = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0531-\u058f"
            "\u05d0-\u05ea\u0620-\u06ff\u0e01-\u0e5b\u1d00-\u1dbf\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f"
            "\ufb50-\ufdff\ufe70-\ufefc")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Generator letter -> the Latin letters it is written for (usually one; two where the map lists it twice)."""
    from beian.text.normalize import data_pairs

    out: dict[str, str] = {}
    for src, dst in data_pairs("fold_fancy.tsv"):
        out[src] = out.get(src, "") + dst
    return out


@lru_cache(maxsize=1)
def signal() -> re.Pattern[str]:
    """A generator letter: without one :func:`fancy_words` reads nothing (see :mod:`beian.text.signals`)."""
    return re.compile("[" + re.escape("".join(sorted(_table()))) + "]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A generator letter (the signal), and a run of letters and generator letters (a word)."""
    word = f"[{_LETTERS}{re.escape(''.join(sorted(_table())))}]+"
    return signal(), re.compile(f"{word}(?: {word})*")


def fancy_words(text: str) -> list[Respelled]:
    """The runs of ``text`` written in a generator's borrowed letters, each spelled with Latin letters (twice
    when a letter stands for two); a character on each side is kept so the word boundaries read as in the text."""
    table, out = _table(), []
    for a, b in pieces(text, *_patterns(), MAX_RUN):
        if not _mixed_word(text[a:b]):
            continue
        lo, hi = max(0, a - 1), min(len(text), b + 1)
        for k in range(max(len(table.get(c, "")) for c in text[a:b])):
            out.append(_spelled(text, lo, hi, a, b, k))
    return out


def _spelled(text: str, lo: int, hi: int, a: int, b: int, k: int) -> Respelled:
    """``text[lo:hi]`` with each generator letter in ``[a, b)`` as its ``k``-th Latin letter (else its first)."""
    table = _table()
    letters, changed = [], []
    for i in range(lo, hi):
        ch = text[i]
        latin = table.get(ch, "") if a <= i < b else ""
        letters.append(latin[min(k, len(latin) - 1)] if latin else ch)
        changed.append(bool(latin))
    return Respelled(lo, "".join(letters), changed)


def _mixed_word(run: str) -> bool:
    """At least one generator letter and :data:`MIN_LETTERS` letters in the run, and a word of it with letters
    of two scripts or more."""
    table = _table()
    if not any(c in table for c in run):
        return False
    letters = [c for c in run if c != " " and not unicodedata.combining(c)]
    return len(letters) >= MIN_LETTERS and any(len({_script(c) for c in word} - {""}) >= 2 for word in run.split(" "))


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script a letter belongs to by its Unicode name (``THAI``, ``HEBREW``, ``LATIN``; modifier and small
    capital letters count as Latin); empty for a symbol the map lists (``¢``, ``∂``)."""
    if ch.isascii():
        return "LATIN"
    if not unicodedata.category(ch).startswith(("L", "N")):
        return ""
    name = unicodedata.name(ch, "")
    return "LATIN" if name.startswith("MODIFIER LETTER") else name.split(" ", 1)[0]


def trailing_fancy(text: str) -> int:
    """How many trailing characters of ``text`` are a word in generator letters still being written: a stream holds
    them back until the word ends (``Ŧคɭย`` before ``ภﻮ๏ภﻮ``)."""
    return trailing(text, *_patterns(), MAX_RUN)
