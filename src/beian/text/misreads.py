"""Hits the matcher would read out of numbers, formulas, English words and symbol-spelled terms.

Folding deletes separators and collapses repeats, which is what catches ``法 轮 功`` and
``法法轮轮功``. Applied to digits and Latin letters it also invents hits: ``2.4吨`` reads
as ``24``, ``15:00`` as ``500``, ``5000元`` as ``500``, ``C(n`` as ``cn``, ``Tell`` as ``tel``,
the English word ``is`` as the acronym ``IS``. In ASCII text those separators and doubled
letters carry meaning (a decimal point, a time, a formula, a spelling), so:

* a hit whose first or last character is a digit that continues a longer number (a digit
  next to it, or a decimal, thousands or time mark and then a digit) is no hit at all, as
  ``sq`` inside ``sql`` is none (:func:`inside_number`);
* a hit that reads a formula or number separator next to a letter or digit as inserted
  noise, a hit that collapses the doubled digits of a number or the doubled letters of an English
  word or capital acronym (not letters stretched for emphasis: ``Sssshit``), and a lower-case
  English word read as an upper-case acronym are kept but capped below every default
  threshold (:func:`ascii_misread`), so ``--min-confidence 0.4`` still lists them.

A term that itself contains the separator (``6.4``) matches its own spelling at full confidence.
The reverse holds too: a term whose symbols are part of what it names (``《苹果》``, ``专/业``,
``6.4``) does not name the plain word written without them (``苹果``, ``专业``, ``64``) when that
plain form is an ordinary word or a number (:func:`plain_form_of_symbol_term`). And a hit that ends
(begins) with a Chinese numeral inside a longer numeral (``第二|十二条``, ``双十|一``) is capped too
(:func:`inside_chinese_number`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from beian.text.hitfilters import dictionary_words, english_words
from beian.text.normalize import Gap, fold_tables

IntArray = npt.NDArray[np.int64]

# Marks that sit inside one number: 3.14, 1,000, 15:00 (also written full-width or as a middle dot).
NUMBER_MARKS = ".,:．，：·"
CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两"  # after the fold (壹贰叁…, 萬 fold to these)
# Separators of numbers, times, formulas and code, after NFKC: read between an ASCII letter or digit
# they are part of what is written, not noise inserted into a term.
FORMULA_JOINERS = frozenset(".,:;-−–+*=/×÷^%()[]{}<>|~_#&@\\")
# A line that starts or ends with a letter or digit is a list item or a speaker (``3. 咳嗽``, ``B：``).
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
COMMON_COUNT = 1000  # jieba count from which a word is common (关系, 包子, 济南; not 冠希, 苞子, 妓男)


@lru_cache(maxsize=1)
def number_masks() -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Per code point: folds to an ASCII digit / is a number mark / folds to a Chinese numeral."""
    fold = fold_tables()[0]
    digit = (fold >= 0x30) & (fold <= 0x39)
    mark = np.zeros(fold.size, dtype=bool)
    mark[[ord(c) for c in NUMBER_MARKS]] = True
    numeral = np.isin(fold, np.array([ord(c) for c in CHINESE_NUMERALS], dtype=np.uint32))
    return digit, mark, numeral


def inside_number(source_cps: npt.NDArray[np.uint32], start: IntArray, end: IntArray) -> npt.NDArray[np.bool_]:
    """Which hits ``[start, end)`` of the original text begin or end inside a longer number."""
    digit_of, mark_of, _ = number_masks()
    out = np.zeros(start.size, dtype=bool)
    first, last = (digit_of[source_cps[x]] for x in (start, end - 1)) if start.size else (out, out)
    at = np.flatnonzero(first | last)  # only a hit beginning or ending with a digit can be inside a number
    if at.size == 0:
        return out
    a, b = start[at], end[at]
    digit, mark = (partial(_mask_at, m, source_cps) for m in (digit_of, mark_of))
    before = first[at] & (digit(a - 1) | (mark(a - 1) & digit(a - 2) & _groups_digits(source_cps, a - 1, digit)))
    after = last[at] & (digit(b) | (mark(b) & digit(b + 1) & _groups_digits(source_cps, b, digit)))
    out[at] = before | after
    return out


_FULL_COMMA = ord("，")


def _groups_digits(cps: npt.NDArray[np.uint32], at: IntArray, digit: Callable[[IntArray], npt.NDArray[np.bool_]]
                   ) -> npt.NDArray[np.bool_]:
    """Whether the mark at each position joins the digits of one number: any mark but the full-width comma, which
    separates the items of a Chinese list (``扣1，3棱尖刀``: the hundred-and-thirty-first probe lost the term) and
    groups thousands only before exactly three digits (``1，000元``)."""
    comma = np.zeros(at.size, dtype=bool)
    inside = (at >= 0) & (at < cps.size)
    comma[inside] = cps[at[inside]] == _FULL_COMMA
    three = digit(at + 1) & digit(at + 2) & digit(at + 3) & ~digit(at + 4)
    return ~comma | three


@lru_cache(maxsize=1)
def measure_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Measure words and units that make a number before them a count, and the exceptions that start like one but
    are not (``周年``), from ``data/measure_words.txt``."""
    from importlib import resources

    raw = resources.files("beian.text").joinpath("data").joinpath("measure_words.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    counts = sorted((w for w in lines if not w.startswith("!")), key=len, reverse=True)  # the longest matches first
    return tuple(counts), tuple(w[1:] for w in lines if w.startswith("!"))


_ORDINAL_BEFORE = ("第", "×", "x", "X", "*", "#")


def counted_number(text: str, start: int, end: int) -> bool:
    """Whether a number-only hit ``text[start:end]`` counts or orders something: a measure word or unit right after
    it (at most one space between: ``3分24秒``、``500 米``、``64核``、``#64楼#``), an ordinal or multiplication mark right
    before it (``第89分钟``、``550ml×24``), or the month or day of a date (``2024-03-24``). A year (``89年``) is not
    counted: it names the year."""
    after = text[end:end + 6]
    if after[:1] == " ":
        after = after[1:]
    if text[max(0, start - 1):start] == "月" and after[:1] in ("日", "号"):
        return True  # the day of 3月24日
    counts, exceptions = measure_words()
    unit = next((m for m in counts if after.startswith(m) and not _latin_word_goes_on(after, m)), None)  # the longest:
    if unit is not None and not after.startswith(exceptions) and not _starts_longer_word(after, unit):  # sorted so
        return True
    if text[max(0, start - 1):start] in _ORDINAL_BEFORE and not _hashtag(text, start, end):
        return True
    return _DATE_HEAD.search(text, max(0, start - 8), start) is not None  # the month or day of 2024-03-24


def _latin_word_goes_on(after: str, unit: str) -> bool:
    """Whether a unit written in Latin letters (``W``, ``kWh``) is only the start of a longer word (``Wow``)."""
    nxt = after[len(unit):len(unit) + 1]
    return unit[-1:].isascii() and unit[-1:].isalpha() and nxt.isascii() and nxt.isalpha()


def _hashtag(text: str, start: int, end: int) -> bool:
    """Whether the number is a hashtag, ``#`` on both sides (``#8964#``): a topic, not the number of something."""
    return text[start - 1:start] in ("#", "＃") and text[end:end + 1] in ("#", "＃")


_DATE_HEAD = re.compile(r"(?:1[89]|20)[0-9]{2}[-/.](?:[0-9]{1,2}[-/.])?$")


def _starts_longer_word(after: str, unit: str) -> bool:
    """Whether the measure word ``unit`` at the start of ``after`` begins a longer dictionary word there (``64天安门``,
    ``64家属``, ``64部队``: 天安门, 家属 and 部队 are no counts)."""
    words = dictionary_words()
    return any(after[:k] in words for k in range(len(unit) + 1, min(len(after), len(unit) + 3) + 1))


_ID_JOINERS = np.array([ord("-"), ord(":")], dtype=np.uint32)
_CHAIN = re.compile(r"[0-9A-Za-z]+(?:[-:][0-9A-Za-z]+)+")
_DATE = re.compile(r"(?:1[89]|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}")


def id_group(text: str, source_cps: npt.NDArray[np.uint32], start: IntArray, end: IntArray) -> npt.NDArray[np.bool_]:
    """Which hits are one group of an identifier joined by hyphens or colons (``8964`` in ``400-820-8964``, ``6489`` in
    an ISBN, ``2B`` in a MAC address ``00:1A:2B:3C``): an ASCII letter or digit at the hit's edge, a ``-`` or ``:``
    beside it and another letter or digit beyond, in a chain with a digit somewhere (``fuck-you``, ``kube-system`` are
    words). A date (``1989-06-04``) is not an identifier: it says what it says."""
    out = np.zeros(start.size, dtype=bool)
    if start.size == 0:
        return out
    n = source_cps.size
    before = np.where(start > 0, source_cps[np.maximum(start - 1, 0)], 0)
    after = np.where(end < n, source_cps[np.minimum(end, n - 1)], 0)
    maybe = np.flatnonzero(np.isin(before, _ID_JOINERS) | np.isin(after, _ID_JOINERS))
    for k, a, b in zip(maybe.tolist(), start[maybe].tolist(), end[maybe].tolist()):
        lo, hi = max(0, a - 24), min(len(text), b + 24)
        chain = next((m for m in _CHAIN.finditer(text, lo, hi) if m.start() <= a and b <= m.end()), None)
        out[k] = (chain is not None and (chain.start() < a or b < chain.end()) and any(c.isdigit() for c in chain.group())
                  and not _DATE.fullmatch(chain.group()))
    return out


def inside_chinese_number(source_cps: npt.NDArray[np.uint32], start: IntArray, end: IntArray) -> npt.NDArray[np.bool_]:
    """Which hits end with a Chinese numeral followed by another, or begin with one after another, or end with the
    decimal point of a number (``十三點`` in ``每股盈餘十三點二元``: 13.2)."""
    numeral_of = number_masks()[2]
    out = np.zeros(start.size, dtype=bool)
    first, last = (numeral_of[source_cps[x]] for x in (start, end - 1)) if start.size else (out, out)
    at = np.flatnonzero(first | last)  # only a hit beginning or ending with a numeral
    if at.size == 0:
        return out
    numeral = partial(_mask_at, numeral_of, source_cps)
    point = np.isin(source_cps[end[at] - 1], _DECIMAL_POINTS) & numeral(end[at] - 2) & numeral(end[at])
    out[at] = (last[at] & numeral(end[at])) | (first[at] & numeral(start[at] - 1)) | point
    return out


_DECIMAL_POINTS = np.array([ord("点"), ord("點")], dtype=np.uint32)


def _mask_at(mask: npt.NDArray[np.bool_], cps: npt.NDArray[np.uint32], pos: IntArray) -> npt.NDArray[np.bool_]:
    """``mask`` of the code point at each position of ``cps``; False outside the text."""
    inside = (pos >= 0) & (pos < cps.size)
    out = np.zeros(pos.size, dtype=bool)
    out[inside] = mask[cps[pos[inside]]]
    return out


_VISIBLE = int(Gap.NOISE)  # gap classes from here up are visible characters the fold deletes


def term_symbols(term: str) -> set[str]:
    """The visible symbols a term is spelled with (``《》`` in ``《苹果》``, ``.`` in ``6.4``)."""
    gap = fold_tables()[2]
    return {c for c in term if not c.isalnum() and not c.isspace() and int(gap[ord(c)]) >= _VISIBLE}


def plain_form_of_symbol_term(around: str, term: str) -> bool:
    """Whether the hit is the plain word that a term spelled with symbols folds to (``苹果`` for
    ``《苹果》``, ``64`` for ``6.4``): the term's symbols are nowhere in the hit or right beside it
    (``around``: the hit with two characters either side), and the plain form is an ordinary word or
    a number, so the text names the word, not the term."""
    symbols = term_symbols(term)
    if not symbols or any(c in around for c in symbols):
        return False
    fold = fold_tables()[0]
    plain = "".join(chr(fold[ord(c)]) for c in term if fold[ord(c)])
    return (plain.isascii() and plain.isalnum()) or plain in dictionary_words()


def plain_form_of_lookalike_term(original: str, term: str) -> bool:
    """Whether a plain ASCII hit matched an entry written with lookalike letters of another script (``PP`` in
    ``聚丙烯（PP）`` for the entry ``ΦΦ``): the entry is itself the disguise; the plain letters are ordinary Latin text."""
    if not original.isascii():
        return False
    fold = fold_tables()[0]
    return any(not c.isascii() and c.isalpha() and 0 < fold[ord(c)] < 128 and chr(fold[ord(c)]).isalpha()
               for c in term)


def ascii_misread(original: str, term: str, repeated: bool) -> bool:
    """Whether a hit reads a number, formula or English word as an evasion of an ASCII-spelled term.

    ``repeated``: the fold collapsed doubled ASCII letters or digits inside the hit.
    """
    seen, want = _nfkc(original), _nfkc(term)
    if seen == want:
        return False
    if repeated and _spelled_double(seen):
        return True  # 5000 -> 500, 2000年 -> 20年, Tell -> tel, BBC -> bc: the doubles are spelling
    if _joined(seen, want):
        return True
    return len(want) > 1 and want.isascii() and want.isupper() and seen.islower() and _english(seen)


def latin_unit(text: str, start: int, end: int) -> bool:
    """Whether a hit of up to three ASCII letters is a unit written after a number (``22.7mA``, ``5000 mA·h``,
    ``3 GB``): a digit right before it (one space between at most) and no letter right after it."""
    seen = text[start:end]
    if not (0 < len(seen) <= 3 and seen.isascii() and seen.isalpha()):
        return False
    j = start - 2 if text[start - 1:start] == " " else start - 1
    after = text[end:end + 1]
    return j >= 0 and text[j].isascii() and text[j].isdigit() and not (after.isascii() and after.isalpha())


def spaced_letters(seen: str) -> bool:
    """Whether a hit is two or three single Latin letters each set apart (``S B``, ``J·s``, ``G·M``)."""
    return _SPACED_LETTERS.fullmatch(seen) is not None


_SPACED_LETTERS = re.compile(r"[A-Za-z](?:[ \u00b7\u30fb.\-_/]{1,3}[A-Za-z]){1,2}")


def _spelled_double(seen: str) -> bool:
    """Whether doubled ASCII characters in ``seen`` are how it is spelled: a doubled digit (numbers mean
    what they say), an English word (``Tell``) or an acronym in capitals (``BBC``). Letters stretched
    for emphasis or to dodge a filter (``Sssshit``, ``加qq``) are not spelling."""
    if any(a == b and a.isascii() and a.isdigit() for a, b in pairwise(seen)):
        return True
    letters = "".join(c for c in seen if c.isascii() and c.isalpha())
    return len(letters) > 1 and (letters.isupper() or letters.lower() in english_words())


def _joined(seen: str, want: str) -> bool:
    """A formula or number separator beside an ASCII letter or digit that the term does not have.

    Pinyin syllables joined by separators (``fa-lun-gong``, ``wen.jia.bao``) are pinyin written with
    separators, as the pinyin channel reads them, not a formula.
    """
    if want.isascii() and want.isalpha() and spelled_pinyin(seen):
        return False
    if _spelled_out(seen, want) or _model_dash(seen, want) or _marked_between_all(seen, want):
        return False
    for i, ch in enumerate(seen):
        if ch in want:
            continue
        if ch in FORMULA_JOINERS and (_alnum_near(seen, i, -1) or _alnum_near(seen, i, 1)) and not _keycap(seen, i):
            return True
        if ch in FORMULA_JOINERS and _greek_near(seen, i, -1) and _greek_near(seen, i, 1):
            return True  # Δρ/ρ of a physics report read as the entry ΦΦ (the two-hundred-and-third probe)
        if ch in LINE_BREAKS and _alnum_near(seen, i, 1) and not _term_split_at(seen, want, i):
            return True  # a line starting with a list number or a speaker label (吗\nB：); 89\n学运 ends one in digits
    return False


def _keycap(seen: str, i: int) -> bool:
    """Whether ``seen[i]`` (``#`` or ``*``) is the base of a keycap emoji (``#️⃣``: the mark, an optional variation
    selector and U+20E3): an emoji put between the characters (``q#️⃣q#️⃣直#️⃣销``), not a formula or code symbol
    (the hundred-and-twelfth probe)."""
    rest = seen[i + 1:i + 3].lstrip("\ufe0f")
    return rest[:1] == "\u20e3"


_ASCII_ALNUM_RUN = re.compile(r"[0-9A-Za-z]*")


def _term_split_at(seen: str, want: str, i: int) -> bool:
    """Whether the line break at ``seen[i]`` splits a term of Chinese with letters or digits on purpose: inside its
    run of letters or digits (``激情a\nv影院``, ``出售5\n4短狗``), or before that run when the term goes on in Chinese
    on the new line (``转让\n92式``), or ends in two or more letters or digits there (``出售\nppk``: the
    hundred-and-seventeenth probe). A list number or a speaker label (``吗\nB：``) is one letter or digit the hit ends
    at, or is followed by punctuation, never by the term's own Chinese (the hundred-and-fifth probe)."""
    if not any("\u3400" <= c <= "\u9fff" for c in want):
        return False
    if _alnum_near(seen, i, -1):
        return True
    rest = seen[i + 1:].lstrip()
    run = _ASCII_ALNUM_RUN.match(rest).end()  # type: ignore[union-attr]  # matches the empty string at least
    if run >= 2 and run == len(rest):
        return True  # the term ends in the letters on the new line (出售\nppk); a label or a number is one (B：, 3.)
    return 0 < run < len(rest) and "\u3400" <= rest[run] <= "\u9fff"


_SPELLED_OUT = re.compile(r"[A-Za-z]([.\-_*/])[A-Za-z](?:\1[A-Za-z])+")


def _spelled_out(seen: str, want: str) -> bool:
    """A Latin term spelled letter by letter with one mark between every two letters (``p.o.r.n``, ``S-E-X``): a
    spelling-out, not a formula; dotted capitals (``U.S.A``) are how an acronym is written, and stay capped."""
    m = _SPELLED_OUT.fullmatch(seen)
    if m is None or seen.replace(m.group(1), "").lower() != want.lower():
        return False
    return not (m.group(1) == "." and seen.replace(".", "").isupper())


def _marked_between_all(seen: str, want: str) -> bool:
    """A term of Chinese with letters or digits written with one same mark between every two of its characters
    (``出/售/5/4/短/狗``, ``美#女#q#q#裸#舞``, ``转-让-9-2-式``: the hundred-and-fifth probe): inserted to dodge a
    filter, not a formula, which does not put a mark between Chinese characters. The term's run of letters or digits
    may be kept whole (``餐＋饮＋发＋票＋qq``, ``供.应.64.手.枪``: the hundred-and-thirty-eighth probe)."""
    if not any("\u3400" <= c <= "\u9fff" for c in want) or len(want) < 3:
        return False
    bare = seen.replace(" ", "")
    parts = _MARK_RUN.split(bare)  # characters and the marks between them: one same mark, written once or more
    pieces, between = parts[0::2], set(parts[1::2])
    if len(between) != 1 or any(len(set(m)) != 1 for m in between):  # 1//码//中//特: "//" each time (the 195th probe)
        return False
    return pieces in (list(want), _ASCII_ALNUM_UNIT.findall(want))


_MARK_RUN = re.compile(r"([^0-9A-Za-z\u3400-\u9fff]+)")
_ASCII_ALNUM_UNIT = re.compile(r"[0-9A-Za-z]+|.", re.DOTALL)  # a term's characters, each run of letters or digits one


_MODEL_DASH = re.compile(r"[A-Za-z]+-[0-9]{2,}|[0-9]{2,}-[A-Za-z]+")  # two digits at least: ma-5 is no model


def _model_dash(seen: str, want: str) -> bool:
    """A term of letters and digits written with a hyphen where they meet (``AK-47`` for ``ak47``): the usual way
    to write a model name, not a joiner inserted into it."""
    return _MODEL_DASH.fullmatch(seen) is not None and seen.replace("-", "").lower() == want.lower()


def spelled_pinyin(text: str) -> bool:
    """Whether ``text`` is pinyin with separators: letter groups, each one or more syllables
    (``fa-lun-gong``, ``Wen.Jia.Bao``, ``falun-gong``, ``Gōng-Chǎn-Dǎng``: tone marks are dropped); no digits."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    groups = [g for g in "".join(c if c.isascii() and c.isalpha() else " " for c in bare.lower()).split()]
    if not groups or any(c.isdigit() for c in text):
        return False
    return all(syllables_fit(g) for g in groups)


def syllables_fit(group: str) -> bool:
    """Whether ``group`` splits into pinyin syllables."""
    return syllable_cuts(group) is not None


@lru_cache(maxsize=8192)
def syllable_cuts(letters: str) -> tuple[int, ...] | None:
    """Where ``letters`` splits into the fewest pinyin syllables (``xian`` one, not ``xi an``; dynamic programming
    over syllable lengths 1-6): the boundaries from 0 to ``len(letters)``, None when it does not split."""
    syllables = pinyin_syllables()
    n = len(letters)
    fewest = [0] + [n + 1] * n  # syllables up to each position (n + 1: no split)
    previous = [0] * (n + 1)
    for b in range(1, n + 1):
        for a in range(max(0, b - 6), b):
            if fewest[a] + 1 < fewest[b] and letters[a:b] in syllables:
                fewest[b], previous[b] = fewest[a] + 1, a
    if fewest[n] > n:
        return None
    out, b = [n], n
    while b:
        b = previous[b]
        out.append(b)
    return tuple(reversed(out))


@lru_cache(maxsize=1)
def common_readings() -> dict[str, str]:
    """Toneless reading, syllables joined -> the commonest word of two to four characters read so, counted at least
    :data:`COMMON_COUNT` times (``guanxi`` -> 关系), from :func:`reading_words`."""
    best: dict[str, tuple[str, int]] = {}
    for reading, (word, count) in reading_words().items():
        joined = reading.replace(" ", "")
        if count >= COMMON_COUNT and 2 <= len(word) <= 4 and count > best.get(joined, ("", 0))[1]:
            best[joined] = (word, count)
    return {joined: word for joined, (word, _) in best.items()}


def same_reading_words(reading: str) -> tuple[str, ...]:
    """The dictionary words of two to four characters read ``reading`` (toneless, syllables joined), most common
    first: those of ``data/pinyin_homophones.tsv`` where two or more share it (``zhuyi``: 注意, 主意, 主义, 逐一), else
    the common word of :func:`common_readings`, else none."""
    shared = _homophones().get(reading)
    if shared is not None:
        return shared
    word = common_readings().get(reading)
    return (word,) if word is not None else ()


@lru_cache(maxsize=1)
def _homophones() -> dict[str, tuple[str, ...]]:
    from importlib import resources

    raw = resources.files("beian.text").joinpath("data").joinpath("pinyin_homophones.tsv").read_text(encoding="utf-8")
    return {reading: tuple(words.split(",")) for reading, words in (line.split("\t") for line in raw.splitlines() if line)}


@lru_cache(maxsize=1)
def reading_words() -> dict[str, tuple[str, int]]:
    """Toneless reading, syllables joined by spaces -> the commonest word of jieba's dictionary of one to four
    characters read so and its count (``xue xi`` -> 学习, 13482), words counted at least 100 times, from
    ``data/pinyin_words.tsv`` (made by ``data/gen_readings.py``)."""
    from importlib import resources

    raw = resources.files("beian.text").joinpath("data").joinpath("pinyin_words.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line)
    return {reading: (word, int(count)) for reading, word, count in rows}


def common_homophone(reading: str, entries: set[str]) -> bool:
    """Whether a pinyin hit's toneless ``reading`` writes a common word that is none of the lexicon ``entries`` read
    so: ``guanxi`` is 关系 far more often than the entry 冠希, ``jinan`` 济南 rather than 妓男."""
    word = common_readings().get(reading)
    return word is not None and word not in entries


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable with a vowel that pypinyin knows (``ü`` typed ``v``): ``zhuang``, ``lv``;
    from ``data/pinyin_syllables.txt`` (made by ``data/gen_readings.py``)."""
    from importlib import resources

    raw = resources.files("beian.text").joinpath("data").joinpath("pinyin_syllables.txt").read_text(encoding="utf-8")
    return frozenset(raw.split())


def _greek_near(text: str, i: int, step: int) -> bool:
    """Whether the nearest non-space character from ``i`` in direction ``step`` is a Greek letter (a formula's symbol)."""
    j = i + step
    while 0 <= j < len(text) and text[j].isspace():
        j += step
    return 0 <= j < len(text) and "\u0370" <= text[j] <= "\u03ff" and text[j].isalpha()


def _alnum_near(text: str, i: int, step: int) -> bool:
    """Whether the nearest non-space character from ``i`` in direction ``step`` is an ASCII letter or digit."""
    j = i + step
    while 0 <= j < len(text) and text[j].isspace():
        j += step
    return 0 <= j < len(text) and text[j].isascii() and text[j].isalnum()


def _english(word: str) -> bool:
    return word.isalpha() and word in english_words()


def _nfkc(text: str) -> str:
    """NFKC, except that one parenthesised or full-stopped number (``⑺``, ``⒎``, U+2474–U+249B) is that
    number: NFKC spells it ``(7)`` or ``7.``, which would read as a formula beside a digit; and an ellipsis stays one
    mark (NFKC spells ``…`` as ``...``, dots of a formula: ``5…4…枪…支``, the hundred-and-twenty-sixth probe)."""
    return unicodedata.normalize("NFKC", text.translate(_ENCLOSED_NUMBERS).translate(_ELLIPSES))


_ENCLOSED_NUMBERS = {cp: str(n) for first in (0x2474, 0x2488) for n, cp in enumerate(range(first, first + 20), 1)}
_ELLIPSES = {0x2026: "\u22ef", 0x2025: "\u22ef"}  # … and ‥ as ⋯, which NFKC leaves alone
