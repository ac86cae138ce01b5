"""Digit keycaps written between the characters of a term as fillers: ``黄1️⃣片``, ``六8️⃣合8️⃣彩``, ``p8️⃣o8️⃣r8️⃣n``.

The fold deletes a keycap's marks (U+FE0F, U+20E3) and keeps its digit, because keycap digits also write
numbers (``1️⃣9️⃣8️⃣9️⃣``, ``6️⃣4️⃣``: the digit is the content). Between two Chinese characters (or Latin letters) a keycap digit is
far more often a filler, like ``#️⃣`` or ``★``, so there the text is read a second time with the digit
written as a separator the fold deletes; a hit that covers such a digit is reported as ``separator``.
The first reading stays, so a keycap number between characters (``第1️⃣名``) is still read as a number.

Enclosed ideograph emoji (``🈚``, ``🈲``, U+1F200–U+1F2FF) are read the same way: the fold reads ``🈲`` as ``禁``
(its content), and between two characters (``十🈚三🈚水``) the second reading takes it as a filler.

So is a single ASCII letter or digit, Greek letter or katakana between two Chinese characters (``赌x博``, ``老1虎2机``, ``卖ァ逼``, :func:`letter_fillers`):
ordinary text has them too (``维C银翘片``, ``3楼``, ``A股``), so such a hit is capped at :data:`CAP_LETTER_FILLER`; on
30 MB of ordinary text (laws, reviews, medical Q&A, news) the reading found no hit at all.
"""

from __future__ import annotations

import re

from beian.text.leet import Respelled
from beian.text.normalize import HAN_CLASS

FILLER = "\u00b7"  # a middle dot: punctuation, deleted by the fold like any separator
_WORD = HAN_CLASS + "A-Za-z"  # Chinese characters (radicals too: ⾊🈲情) and Latin letters (a8️⃣s8️⃣s for ass)
# in a run, also a plain digit (no keycap marks after it), which stays a digit: a term's own digits beside keycap fillers
# (``5#️⃣4#️⃣式2️⃣图2️⃣纸`` for 54式图纸: the hundred-and-eighty-third probe)
_RUN_CHAR = f"(?:[{_WORD}]|[0-9](?![\ufe0f\u20e3]))"
_IDEOGRAPH = "\U0001f200-\U0001f2ff"  # enclosed ideograph supplement: 🈚 🈲 🈶 …
_TEN = "\U0001f51f"  # 🔟 KEYCAP TEN: one character, no U+20E3 (the hundred-and-twentieth probe: 仿0️⃣真7️⃣假🔟钞)
_KEYCAP = f"(?:[0-9#*]\ufe0f?\u20e3|{_TEN}\ufe0f?|[{_IDEOGRAPH}]\ufe0f?)"  # #️⃣ *️⃣ among digit keycaps too
# other emoji and dingbats between the same characters (``专✨卖🈶麻💰果``: the hundred-and-twenty-seventh probe) are
# deleted by the fold; they belong to the run, which must hold a keycap or an ideograph all the same
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_RUN = re.compile(f"{_RUN_CHAR}+(?:(?:{_KEYCAP}|[{_EMOJI}])+{_RUN_CHAR}+)+")  # characters with keycap digits between them
_TRAILING = re.compile(f"[{_WORD}](?:{_KEYCAP})+$")
_ANY = re.compile(f"[\u20e3{_TEN}{_IDEOGRAPH}]")
_IDEOGRAPH_CHAR = re.compile(f"[{_IDEOGRAPH}]")


def signal() -> re.Pattern[str]:
    """The characters without which :func:`keycap_fillers` reads nothing (see :mod:`beian.text.signals`)."""
    return _ANY


def keycap_fillers(text: str) -> list[Respelled]:
    """Each run of Chinese characters or Latin letters with keycap digits or enclosed ideographs between them, with a
    character on each side, the digits and ideographs written as :data:`FILLER` (the marks stay: the fold deletes
    them)."""
    if _ANY.search(text) is None:  # most texts: one C-level scan
        return []
    out = []
    for m in _RUN.finditer(text):
        if _ANY.search(m.group()) is None:
            continue  # emoji alone between characters: the fold deletes them already
        a, b = max(0, m.start() - 1), min(len(text), m.end() + 1)
        window = text[a:b]
        digit = [(_keycap_base(window, i) or c == _TEN or _IDEOGRAPH_CHAR.match(c) is not None)
                 and m.start() <= a + i < m.end()
                 for i, c in enumerate(window)]
        out.append(Respelled(a, "".join(FILLER if d else c for c, d in zip(window, digit)), digit))
    return out


def _keycap_base(window: str, i: int) -> bool:
    """Whether ``window[i]`` is the digit, ``#`` or ``*`` of a keycap (its marks follow it), not a plain character."""
    return (window[i].isdigit() or window[i] in "#*") and window[i + 1:i + 2] in ("\ufe0f", "\u20e3")


def trailing_keycaps(text: str, before: int) -> int:
    """How many trailing characters a stream holds back when ``text`` ends with keycap digits after a Chinese
    character or a Latin letter: the keycaps and ``before`` characters ahead of them (the start of a term the next character may
    complete: ``看黄1️⃣`` before ``片``)."""
    m = _TRAILING.search(text[-(before + 16):])
    return min(len(text), len(m.group()) + before) if m else 0


CAP_LETTER_FILLER = 0.75  # the gateway's default threshold: acted on, below a keycap's 0.9
_HAN = HAN_CLASS
# linear (no run to backtrack over), and the leading class lets the engine skip to ASCII letters and digits (5x faster
# than the look-behind first on 20 MB of law text)
# one ASCII letter or digit, Greek letter or katakana (full or half width; not ヶ, the counter of 一ヶ月) between two
# characters: ``黄ツ色ツ网ツ站``, ``网ω上ω博ω彩`` (the 138th probe)
_ONE = "A-Za-z0-9\u0391-\u03a9\u03b1-\u03c9\u30a1-\u30f5\u30f7-\u30fa\uff66-\uff9d"
_FILLER_AT = re.compile(f"[{_ONE}](?<=[{_HAN}][{_ONE}])(?=[{_HAN}])")
_HAN_RUN = re.compile(f"[{_HAN}]*")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_LETTER_TRAILING = re.compile(f"[{_HAN}][{_ONE}]$")
# what a capital letter names when written right before it (针床的 B位, A座, C区, D栋, E型, F级, 1号线的 G口)
_NAMED_BY_LETTER = frozenset("位座区栋号楼层型级类组款档线口门面端侧排股站柜")
REACH = 8  # Chinese characters read on either side of a filler, and the most between two fillers of one word


def letter_fillers(text: str) -> list[Respelled]:
    """Each stretch of Chinese characters with single ASCII letters or digits between them (up to :data:`REACH`
    characters apart, and as far on either side), with a character more on each side, the letters and digits
    written as :data:`FILLER`."""
    groups: list[list[int]] = []
    spots = [m.start() for m in _FILLER_AT.finditer(text)]
    for k, p in enumerate(spots):
        if _names_the_next(text, spots, k):
            continue
        if groups and p - groups[-1][-1] <= REACH and _all_han(text, groups[-1][-1] + 1, p):
            groups[-1].append(p)
        else:
            groups.append([p])
    out = []
    for group in groups:
        a, b = _han_edge(text, group[0], -1), _han_edge(text, group[-1] + 1, 1)
        a, b = max(0, a - 1), min(len(text), b + 1)
        marked = set(group)
        filler = [a + i in marked for i in range(b - a)]
        window = text[a:b]
        out.append(Respelled(a, "".join(FILLER if f else c for c, f in zip(window, filler)), filler))
    return out


def _names_the_next(text: str, spots: list[int], k: int) -> bool:
    """Whether the lone capital at ``spots[k]`` names the thing after it (推到B位, 去A座, C区: the two-hundred-and-nineteenth
    probe read 推到B位 as 到位) rather than being one of fillers put between every character (黄A色B网C站)."""
    p = spots[k]
    if not (text[p].isupper() and text[p + 1] in _NAMED_BY_LETTER):
        return False
    return not ((k > 0 and p - spots[k - 1] == 2) or (k + 1 < len(spots) and spots[k + 1] - p == 2))


def _all_han(text: str, a: int, b: int) -> bool:
    return _HAN_RUN.fullmatch(text, a, b) is not None


def _han_edge(text: str, at: int, step: int) -> int:
    """How far the Chinese characters reach from ``at`` (before it when ``step`` is -1), at most :data:`REACH`."""
    k = at
    if step > 0:
        while k < len(text) and k - at < REACH and _HAN_CHAR.match(text, k):
            k += 1
    else:
        while k > 0 and at - k < REACH and _HAN_CHAR.match(text, k - 1):
            k -= 1
    return k


def trailing_letter_filler(text: str, before: int) -> int:
    """How many trailing characters a stream holds back when ``text`` ends with a Chinese character and one ASCII
    letter or digit (``赌x`` before ``博``): those two and ``before`` characters ahead of them."""
    return min(len(text), 2 + before) if _LETTER_TRAILING.search(text[-2:]) else 0
