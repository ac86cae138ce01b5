"""Vectorised checks that turn raw search hits into trustworthy ones.

Each function works on whole arrays of hits at once (allowlist coverage, Latin
word boundaries, clause punctuation, overlaps); only the few hits that need a
closer look are handled one by one by the matcher.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from functools import lru_cache
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from beian.text.compiler import ALLOW, FOLD, HOMOPHONE, INITIALS, MIXED, PINYIN, SPLIT, TONES
from beian.text.normalize import (
    CLAUSE_PUNCT,
    KIND_NAMES,
    FoldKind,
    Gap,
    Normalized,
    fold_tables,
    gap_classes,
    kinds_in,
    native,
    to_text,
)
from beian.text.numerals import CAPITALS, has_capital, has_digits
from beian.text.phonetics import is_hanzi

IntArray = npt.NDArray[np.int64]

__all__ = ["CLAUSE_PUNCT", "gap_cap"]
# When several folds caught one hit, the variant reported is the first in this order (a visible
# separator before the invisible characters that often come with it, such as FE0F after an emoji).
VARIANT_PRIORITY = ("homoglyph", "style", "traditional", "digits", "width", "separator", "zero_width", "repeat", "case")

# Confidence caps for hits with a clause mark or a line break inside (see gap_cap).
CAP_REGULAR = 0.8
CAP_LINE, CAP_LINE_SHORT = 0.75, 0.5
CAP_CLAUSE, CAP_CLAUSE_SHORT = 0.6, 0.45
# Two characters split by a clause mark where each stands alone between breaks (``，色，情，``): the term
# written with a mark inside, not two clauses meeting (``上，你``, ``日，他``); the strict threshold acts.
CAP_CLAUSE_ALONE = 0.5
ENUMERATION_COMMA = "、"
# A hit that cuts through an ordinary word (水乳|交融 -> 乳交): below every default threshold (scan 0.5,
# the gateway's strict 0.5 and default 0.75), still listed with --min-confidence 0.4.
CAP_WORD = 0.4
# Two characters that are two whole items of a list of values split by ``/`` or ``|`` (``规格：大 / 麻 / 米白``): a
# product's options, not a term written apart; the strict threshold acts (``大/麻/有货`` reads the same).
CAP_LIST_ITEMS = 0.5
# A Latin initialism typed one letter at a time (``S B``, ``J·s``, ``G·M``): an evasion of ``sb``, and how options,
# units and variables are written; the strict threshold acts.
CAP_SPACED_LETTERS = 0.6


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while hits are built.

    A scan creates hundreds of thousands of small tuples and no reference cycles;
    letting the collector walk them repeatedly nearly doubles the scan time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def covered(start: IntArray, end: IntArray, a_start: IntArray, a_end: IntArray) -> npt.NDArray[np.bool_]:
    """Which [start, end) lie inside some allowlist span [a_start, a_end)."""
    if a_start.size == 0:
        return np.zeros(start.size, dtype=bool)
    order = np.argsort(a_start, kind="stable")
    starts, reach = a_start[order], np.maximum.accumulate(a_end[order])
    pos = np.searchsorted(starts, start, side="right") - 1
    return (pos >= 0) & (reach[np.maximum(pos, 0)] >= end)


CHANGED, CLAUSE, LATIN, BREAK, SYMBOL, ESCAPE = 1, 2, 4, 8, 16, 32
DIGIT, NUMERAL = 64, 128  # folds to an ASCII digit / to a Chinese numeral (see misreads.number_masks)
# Indexed by channel: the channels whose patterns are Latin letters (pinyin with or without tones, initials).
LATIN_CHANNELS = np.zeros(max(FOLD, PINYIN, INITIALS, HOMOPHONE, ALLOW, MIXED, TONES, SPLIT) + 1, dtype=bool)
LATIN_CHANNELS[[PINYIN, INITIALS, TONES]] = True
# What may sit between the letters of a pinyin or initials hit besides invisible characters: spaces and
# the marks people write pinyin with (fa-lun-gong, xi'an, f.l.g, fa_lun). Anything else (mg/dL, C(m,n),
# a literal \n\n\n) means the letters are not one pinyin run.
PINYIN_JOINERS = "-_'’.·・･‧"
# Besides those, what people put between pinyin syllables to get past a filter (du*bo, du🔥bo): read only
# between whole syllables of the full-pinyin channels (symbol_spaced_pinyin), never for initials.
_INSERTED_SYMBOLS = frozenset("*＊~～♡♥❤★☆✿❀♪")
_FULL_PINYIN = np.zeros(LATIN_CHANNELS.size, dtype=bool)
_FULL_PINYIN[[PINYIN, TONES]] = True


@lru_cache(maxsize=1)
def char_flags() -> npt.NDArray[np.uint8]:
    """Per code point: changed by the fold / clause punctuation / ASCII letter / line break / symbol that
    breaks a pinyin run / backslash / digit / Chinese numeral bits."""
    from beian.text.misreads import number_masks  # (misreads imports this module)

    _, kind, gap = fold_tables()
    flags = (kind != 0).astype(np.uint8) * CHANGED
    flags[[ord(c) for c in CAPITALS]] |= CHANGED  # 叁 is read as 三 by a pattern of its own, not by the fold
    flags[gap == Gap.LINE] |= BREAK
    flags[gap == Gap.CLAUSE] |= CLAUSE
    symbol = (gap == Gap.NOISE) | (gap == Gap.CLAUSE) | (gap == Gap.LINE)
    for ch in PINYIN_JOINERS:
        symbol[ord(ch)] = False
    space = [cp for cp in range(0x3001) if chr(cp).isspace() and gap[cp] == Gap.NOISE]
    symbol[space] = False
    flags[symbol] |= SYMBOL
    flags[0x5C] |= ESCAPE
    fold = fold_tables()[0]
    flags[(fold >= 0x61) & (fold <= 0x7A)] |= LATIN  # letters that fold to a-z: ｆａ, а (Cyrillic), é
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):  # Latin letters kept as they are: Quốc Sử
        if chr(cp).isalpha():
            flags[cp] |= LATIN
    for cp in (*range(0x41, 0x5B), *range(0x61, 0x7B)):
        flags[cp] |= LATIN
    digit, _, numeral = number_masks()
    flags[digit] |= DIGIT
    flags[numeral] |= NUMERAL
    return np.asarray(flags, dtype=np.uint8)


def text_flags(source_cps: npt.NDArray[np.uint32]) -> tuple[npt.NDArray[np.uint8], int]:
    """:func:`char_flags` of every character of a text, and all the bits set anywhere in it (a check
    whose bit occurs nowhere in the text can be skipped)."""
    table = char_flags()
    if _native_flags_of is not None:
        raw, seen = _native_flags_of(source_cps, table)
        return np.frombuffer(raw, dtype=np.uint8), int(seen)
    flags = table[source_cps]
    return flags, int(np.bitwise_or.reduce(flags)) if flags.size else 0


def any_true(mask: npt.NDArray[np.bool_]) -> bool:
    """``mask.any()`` at a tenth of its cost for the few hits of a short text."""
    return True in mask.tolist() if mask.size <= 256 else bool(mask.any())


def pinyin_runs_ok(flags: npt.NDArray[np.uint8], start: IntArray, end: IntArray,
                   channel: IntArray, text: str) -> npt.NDArray[np.bool_]:
    """Pinyin and initials hits must be one pinyin-like run: no symbol inside, no backslash before
    (``\\nnn`` is an escape, not ``nnn``); a full-pinyin hit may have symbols inserted between whole syllables
    (:func:`symbol_spaced_pinyin`)."""
    latin_pattern = LATIN_CHANNELS[channel]
    if not any_true(latin_pattern):
        return np.ones(start.size, dtype=bool)
    symbols = count(flags, SYMBOL | ESCAPE, start, end) > 0
    escaped = np.zeros(start.size, dtype=bool)
    has_before = start > 0
    escaped[has_before] = (flags[start[has_before] - 1] & ESCAPE) != 0
    bad = latin_pattern & (symbols | escaped)
    for k in np.flatnonzero(bad & ~escaped & _FULL_PINYIN[channel]).tolist():
        bad[k] = not symbol_spaced_pinyin(text[int(start[k]):int(end[k])])
    return np.asarray(~bad, dtype=bool)


_PIECES = re.compile(r"[A-Za-z0-5]+")


def symbol_spaced_pinyin(seen: str) -> bool:
    """Whether ``seen`` is pinyin with a symbol or emoji put between its syllables (``du*bo``, ``du🔥bo``,
    ``se★qing``, also with tone marks or letters the fold reads as Latin: ``dǔ*bó``, ``ᴅᴜ*ʙᴏ``): pieces of at least two letters, each whole syllables in one case (tone digits allowed), apart by
    at most three characters that are spaces, pinyin joiners, invisible characters or :data:`_INSERTED_SYMBOLS`
    and emoji; no formula or code mark (``mg/dL``, ``C(m,n)``, ``a+b``)."""
    from beian.text.misreads import syllables_fit  # (misreads imports this module)

    text = _latin_letters(unicodedata.normalize("NFKC", seen))
    pieces = list(_PIECES.finditer(text))
    if len(pieces) < 2 or pieces[0].start() != 0 or pieces[-1].end() != len(text):
        return False
    for left, right in pairwise(pieces):
        gap = text[left.end():right.start()]
        if len(gap) > 3 or not all(_inserted(c) for c in gap):
            return False
    letters = [p.group().rstrip("012345") for p in pieces]
    return all(len(w) >= 2 and w.isalpha() and (w.islower() or w.isupper()) and syllables_fit(w.lower())
               for w in letters)


def _latin_letters(text: str) -> str:
    """``text`` with each non-ASCII character that the fold reads as a Latin letter written as that letter (tone marks
    ``dǔ``, small capitals ``ᴅᴜ``, Cyrillic ``а``), one for one; ASCII and everything else as it is."""
    fold = fold_tables()[0]
    return "".join(c if c.isascii() or not 0x61 <= (f := int(fold[ord(c)])) <= 0x7A else chr(f) for c in text)


def _inserted(ch: str) -> bool:
    """A character a filter dodger puts between syllables: a space, a joiner, an invisible one, a star or an emoji."""
    if ch.isspace() or ch in PINYIN_JOINERS or ch in _INSERTED_SYMBOLS:
        return True
    cat = unicodedata.category(ch)
    return cat == "Cf" or cat == "Mn" or (cat == "So" and ord(ch) >= 0x2190)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English words (GCIDE, from the ``english-words`` package), lower case, letters only."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


def english_like(original: str, channel: int) -> bool:
    """A pinyin or initials hit written as an English word (``like``, ``lake``, ``alt``; a pinyin hit only when the word
    is common in English where it is spelled in pinyin syllables: :func:`common_english_pinyin`), or an initials
    hit not all in lower case (``ALT``, ``AMD``: how acronyms are written; ``GHz``, ``San``; with joiners between the
    letters too: ``M-N-C``, ``SZ-ZL``)."""
    original = original.translate(_FULL_WIDTH)  # ＮＧＢ in a full-width table is the NGB of a bill number (the 179th probe)
    if channel not in (PINYIN, INITIALS, TONES) or not original.isascii():
        return False
    letters = "".join(c for c in original if c.isalpha())
    if channel == INITIALS and letters and not letters.islower():
        return not spelled_out_capitals(original)  # acronyms (ALT, M-N-C) and units or names in mixed case (GHz, San)
    if not original.isalpha():
        return False
    word = original.lower()
    if channel == INITIALS:
        return word in english_words()
    from beian.text.misreads import syllables_fit  # (misreads imports this module)

    return word in english_words() and (word in common_english_pinyin() or not syllables_fit(word))


_FULL_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}  # full-width forms to ASCII

SPELLED_OUT = re.compile(r"[A-Z](?:[. ][A-Z]){4,}")  # five capitals or more, a dot or a space after each but the last


def spelled_out_capitals(original: str) -> bool:
    """Capitals written one by one with a dot or a space between each two (``Y.J.X.J.D.H``, ``S J J T Q``), five or
    more, three different at least: how initials are spelled out to dodge a filter, not how acronyms are written
    (``U.S.A.``, ``J. R. R.`` are shorter). The lower-case form (``y.j.x.j.d.h``) was read so already."""
    letters = [c for c in original if c.isalpha()]
    return SPELLED_OUT.fullmatch(original) is not None and len(set(letters)) >= 3


@lru_cache(maxsize=1)
def common_english_pinyin() -> frozenset[str]:
    """English words spelled in pinyin syllables that are common in English (``like``, ``lake``, ``bang``), from
    ``data/english_pinyin_shaped.txt`` (made by ``data/gen_english.py`` from wordfreq): rarer dictionary words
    spelled so (``dama``, ``apian``, ``maozedong``) are read as pinyin."""
    from importlib import resources

    raw = resources.files("beian.text").joinpath("data").joinpath("english_pinyin_shaped.txt").read_text(encoding="utf-8")
    return frozenset(raw.split())


def romanized_name(original: str, channel: int, term: str) -> bool:
    """A pinyin hit on a two-character term written as a romanized name: two syllables each with a capital
    initial and the rest in lower case, set apart (``Ma Hui`` read as 码会, ``Hui-Min``; ``DuBo`` run together is camel
    case, not a name), or one word with a capital
    initial (``Sharen``, ``Dupin``, ``Magu``: a given name, a surname), as the names of people and places are
    spelled in Latin script (every author list has them). Evasions are typed in lower case or all capitals
    (``mahui``, ``MA HUI``); longer names keep their confidence (``Falun Gong``, ``Xi Jinping`` are the
    terms themselves)."""
    return channel in (PINYIN, TONES) and len(term) == 2 and name_shaped(original)


def name_shaped(original: str) -> bool:
    """Whether ``original`` is written as a romanized name (:func:`romanized_name`): ``Ma Hui``, ``Hui-Min``, ``Sharen``."""
    return _NAME.fullmatch(original.strip()) is not None


# two capitalised syllables are a name when set apart (Ma Hui, Ma-Hui); run together (DuBo, BingDu) they are how
# pinyin is typed in camel case, an evasion, not a name
_NAME = re.compile(r"[A-Z][a-z]{0,5}[\s\-·.][A-Z][a-z]{0,5}|[A-Z][a-z]{2,11}")


def in_latin_prose(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one word of a Latin-script phrase (a space and a letter on either
    side: ``Place des Vosges``), of a path, type or identifier (``/``, ``_``, ``=``, ``@``, ``:`` and a
    letter: ``text/html``), of a code, value or file name (a digit or a dot right beside it:
    ``wbc3.4``, ``17706.html``) or one item of a list of Latin words (a comma and a word on either side:
    ``user_id, mth, SUM``). An initials hit there is not 拼音首字母."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if before[-1:] in _CODE_EDGES or after[:1] in _CODE_EDGES:
        return True
    if _LISTED_BEFORE.search(text, max(0, start - 4), start) or _LISTED_AFTER.match(text, end):
        return True  # one item of a list of Latin words or names in code: SELECT user_id, mth, SUM(amount)
    return (len(before) == 2 and before[1] in _JOINERS and _latin_letter(before[0])) or (
        len(after) == 2 and after[0] in _JOINERS and _latin_letter(after[1]))


_RELATIVE_PATHS = frozenset(("./", "~/", ".\\", "~\\"))  # require('./magu'), ../magu, ~/magu: a relative path


def identifier_like(text: str, start: int, end: int) -> bool:
    """Whether a pinyin hit ``text[start:end]`` is part of a name in code or on the web rather than a word typed in
    pinyin: a digit touching it (``tiangang_2023`` has ``_2``), an address or path joiner touching it with a letter
    or digit beyond (``xieyi@company.com``, ``~/jinan/src``, ``www.yinchuan.com``) or the start of a relative path
    (``require('./magu')``), an English word before it
    (``pip install taiji``), or an account label (``账号 luoli``, ``用户名：ligang``)."""
    if _typed_pinyin(text[start:end]):
        return False
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if _ascii_digit(before[-1:]) or _ascii_digit(after[:1]):
        return True
    if _joined_to_alnum(text, start, end, _ID_JOINERS) or before in _RELATIVE_PATHS or before[-1:] == "@":
        return True  # … or a user handle (感谢 @jinxue 的反馈: the two-hundred-and-thirty-first probe)
    head = text[max(0, start - 24):start]
    word = _WORD_BEFORE.search(head)
    if word is not None and _english_not_pinyin(word.group(1).lower()):
        return True  # (the 131st probe's "this is gōng yìng jiàn kāng lol" was put at 0.4)
    if _CODE_KEYWORD.search(head) is not None or _ASSIGNED.match(text, end) is not None:
        return True  # const mahui = require(…): a name in code
    return _ACCOUNT_LABEL.search(head) is not None


_TONE_NUMBERED = re.compile(r"[a-zü]+[1-5](?![0-9])")


def _typed_pinyin(seen: str) -> bool:
    """Whether a pinyin hit is written for a reader, not as a name in code or on the web, whatever touches it: tone
    marks, small capitals or lookalike letters, spaced syllables, or three or more tone-numbered syllables
    (the 131st probe's ``this is gōng yìng jiàn kāng lol``, the 138th's ``No.ᴍᴀᴏᴘɪᴀɴ``, ``88zi pai xing ai``,
    ``ID:ying2qian2ji2ke3ti2kuan3666``, all put at 0.4)."""
    return any(not c.isascii() or c == " " for c in seen) or len(_TONE_NUMBERED.findall(seen.lower())) >= 3


def _css_name(text: str, start: int, end: int, before: str, after: str) -> bool:
    """A CSS class or id (``'.yuanjiao'``, ``#yuanjiao { … }``), not a hashtag (``#bingdu 今晚``): an id needs a
    selector's punctuation after it or a quote before it."""
    mark = before[-1:]
    if mark not in (".", "#") or _ascii_alnum(before[:1]) or _ascii_alnum(after[:1]) or is_hanzi(after[:1]):
        return False
    return mark == "." or _SELECTOR_AFTER.match(text, end) is not None or before[:1] in _QUOTES


def code_token(text: str, start: int, end: int) -> bool:
    """Whether the Latin word ``text[start:end]`` is a name in code, configuration or data rather than a word of a
    sentence: a quoted key (``{"miyao": …}``) or a quoted string in code (``df['mth']``), a key given a value
    (``yuanjiao: 8px``, ``taidu: 4.5``, ``miyao: bytes``), an INI section (``[taidu]`` alone on its line), a CSS class
    or id (``'.yuanjiao'``), the language of a Markdown code fence (```` ```jsx ````), or a word the text calls a
    field, parameter, property or component (``miyao 字段``, ``组件 yuanjiao``). A pinyin or initials hit there is an identifier, not an evasion typed in pinyin."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    mark = before[-1:]
    if mark in _QUOTES and after[:1] == mark and (
            _KEY_AFTER.match(text, end + 1) is not None or before[:1] in _CODE_OPENERS):
        return True
    if _VALUE_AFTER.match(text, end) is not None:
        return True
    if _css_name(text, start, end, before, after):
        return True
    if mark == "[" and line_of(text, start, end).strip() == f"[{text[start:end]}]":
        return True  # an INI section
    if _FENCE.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None:
        return True  # the language of a Markdown code fence: ```jsx
    return (_CODE_NOUN_AFTER.match(text, end) is not None
            or _CODE_NOUN_BEFORE.search(text, max(0, start - 10), start) is not None
            or _COMMIT.match(line_of(text, start, end)) is not None)


def english_words_joined(seen: str, term: str) -> bool:
    """Whether a hit on a Latin term written without spaces is two or more English words the text wrote apart
    (``hero in`` for ``heroin``): the fold deleted the space between words. A term spelled letter by letter (``h e r o
    i n``) or across a symbol (``her.oin``) is another matter, and so is a pinyin entry written syllable by syllable
    (``xi jin ping``)."""
    if " " in term or not seen.isascii():
        return False
    from beian.text.misreads import syllable_cuts  # (misreads imports this module)

    if syllable_cuts(term.lower()) is not None:
        return False  # a pinyin entry (xijinping) written syllable by syllable: xi, jin, ping are English words too
    words = seen.split()
    return len(words) >= 2 and all(len(w) >= 2 and w.isalpha() and w.lower() in english_words() for w in words)


def not_pinyin_spelling(seen: str, term: str = "") -> bool:
    """Whether a pinyin hit is written with a doubled consonant no two pinyin syllables put together (``dubbo``,
    ``bingddu``): only n, g and r end a syllable, so ``yinni``, ``zhongguo``, ``erren`` double them and nothing else;
    a name or a word of another language (Apache Dubbo), not pinyin. The letters ``term`` itself is written with
    (the ``qq`` of 美女qq裸舞, read as ``mei nv qq luo wu``) are the term's, not pinyin, and are not judged."""
    for run in _LATIN_RUNS.findall(term.lower()):
        seen = re.sub(re.escape(run), " ", seen, count=1, flags=re.IGNORECASE)
    return _DOUBLED_CONSONANT.search(seen) is not None


def gapped_latin_in_tokens(text: str, start: int, end: int, term: str) -> bool:
    """Whether a Latin term found with a gap inside (``i 's`` for ``IS``) begins or ends on a letter that belongs to a
    token of code or a command line: an option (``sed -i``), or a path, address or pattern joined on beyond it
    (``'s/debug``, ``a.b``). The letters were gathered from other words, not spelled out."""
    if not term.isascii() or not any(not c.isalnum() for c in text[start:end]):
        return False
    option = start >= 2 and text[start - 1] == "-" and text[start - 2] in " \t-"
    return option or _joined_to_alnum(text, start, end, _ID_JOINERS)


def typographic_space(text: str, start: int, end: int, term: str) -> bool:
    """Whether a two-character term of one Chinese character and one letter or digit (``扣3``, ``1条``, ``3级``) is
    written with one space between them and the letter or digit set apart on its other side too: the spaces typesetting
    puts around Latin and digits in Chinese (``扣 3 分``, ``第 1 条``, ``2-3 级``: the hundred-and-sixteenth probe, 13
    lines at 0.9), not a separator inserted to dodge (``有没有K 粉`` keeps the letter against the text before it)."""
    seen = text[start:end]
    if len(term) != 2 or len(seen) != 3 or seen[1] != " " or seen.replace(" ", "").lower() != term.lower():
        return False
    first, last = (c.isascii() and c.isalnum() for c in (seen[0], seen[2]))
    if first == last:  # one Chinese character and one letter or digit
        return False
    outer = start - 1 if first else end  # beyond the letter or digit: a Chinese character or a letter is alnum too
    if not (0 <= outer < len(text) and text[outer].isalnum()):
        return True
    # a number that counts what follows it (``次新 4室1厅``: 4 rooms, not the entry 新4; the 127th probe)
    return not first and seen[2].isdigit() and _counts_what_follows(text, end)


def _counts_what_follows(text: str, at: int) -> bool:
    """Whether ``text[at:]`` starts with a measure word or unit (室, 楼, 元, 公里 …; not 周年)."""
    from beian.text.misreads import measure_words  # (misreads imports this module)

    counts, exceptions = measure_words()
    after = text[at:at + 4]
    return any(after.startswith(w) for w in counts) and not any(after.startswith(w) for w in exceptions)


_NUMERALS = frozenset("零〇一二三四五六七八九十百千万两0123456789")


def numeral_zero(text: str, start: int, end: int) -> bool:
    """Whether a hit skips a ``〇`` that is a digit of a number written in Chinese numerals: between two numerals
    (``二〇二四年``) or two zeros and more beside one (``第〇〇一号``: the hundred-and-seventeenth probe read it as 第一 at
    0.9), the only mark the hit skips. A filler put between characters (``赌〇博``, ``作〇三丶箭``: 〇 among other fillers,
    or one 〇 beside the 三 of a term) is no digit."""
    seen = text[start:end]
    if "〇" not in seen or any(not c.isalnum() or c in _FILLER_MARKS for c in seen.replace("〇", "")):
        return False
    for m in re.finditer("〇+", seen):
        a, b = start + m.start(), start + m.end()
        left = text[a - 1] in _NUMERALS if a > 0 else False
        right = text[b] in _NUMERALS if b < len(text) else False
        if (left and right) or (m.end() - m.start() >= 2 and (left or right)):
            return True
    return False


_FILLER_MARKS = frozenset("丶丿ノの乀ヽ乄")


_VIETNAMESE_LETTERS = frozenset("đĐ")
# Latin letters with marks (precomposed, Latin Extended Additional) and combining marks: the only hits worth reading
_MARKED_LATIN = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f]")
# marks pinyin never writes: dot below (ọ), hook above (ả), horn (ơ, ư), breve (ă); pinyin's are macron, acute, caron,
# grave, the diaeresis of ü and the circumflex of ê, one to a letter
_VIETNAMESE_MARKS = frozenset("\u0323\u0309\u031b\u0306")


def _vietnamese_letter(letter: str) -> bool:
    """Whether a Latin letter with the combining marks written after it is one only Vietnamese writes: đ, or a vowel
    with two marks or a mark pinyin never writes (Vietnamese puts its marks on vowels: ``q̣̇`` is an evasion)."""
    decomposed = unicodedata.normalize("NFD", letter)
    marks = [c for c in decomposed if unicodedata.combining(c)]
    if letter[0] in _VIETNAMESE_LETTERS:
        return True
    return decomposed[0] in _VOWELS and (len(marks) >= 2 or any(m in _VIETNAMESE_MARKS for m in marks))


_VOWELS = frozenset("aeiouyAEIOUY")


def _marked_letters(text: str) -> Iterator[str]:
    """Each Latin letter of ``text`` with the combining marks after it (``o\u0323``); marks on anything else (a Chinese
    character, a digit: ``强\u0323\u0307奸``, an evasion of the hundred-and-twenty-sixth probe) are not letters."""
    for m in _LETTER_AND_MARKS.finditer(text):
        if unicodedata.name(m.group()[0], "").startswith("LATIN"):
            yield m.group()


_LETTER_AND_MARKS = re.compile(r"[^\W\d_][\u0300-\u036f]*")


def vietnamese_word(text: str, start: int, end: int) -> bool:
    """Whether a Latin hit with a marked letter is a word of Vietnamese: it or the text around it holds a letter only
    Vietnamese writes (đ; a dot below, hook, horn or breve; two marks: ữ, ắ). ``Cà phê sữa đá`` is no evasion of the
    entry ``da`` (the hundred-and-seventeenth probe, 0.95), nor ``mà`` in ``gọi là bánh mà`` of ``ma``; pinyin with its
    tone marks (``wǒ mà nǐ``) has none of them, nor has a Chinese hit with marks on its characters."""
    seen = text[start:end]
    if _MARKED_LATIN.search(seen) is None:  # one scan: most hits are Chinese or plain ASCII
        return False
    if any(is_hanzi(c) for c in seen):  # ``ạṿ网̣址̣``: Vietnamese is not written glued to Chinese characters
        return False
    if not any(_MARKED_LATIN.search(letter) for letter in _marked_letters(seen)):
        return False
    return any(_vietnamese_letter(c) for c in _marked_letters(text[max(0, start - 20):end + 20]))


def snake_case_part(text: str, start: int, end: int) -> bool:
    """Whether a Latin hit is joined by an underscore to letters or digits beyond it: a name in code or data
    (``sb_len``, ``qq_id``, ``user_av``), not a word of a sentence."""
    return _joined_to_alnum(text, start, end, frozenset("_"))


def digit_sequence_piece(text: str, start: int, end: int) -> bool:
    """Whether a number found with gaps (``5 3 5``) is a piece of a longer run of digits set apart the same way: the
    next character past the separators beyond either end is a digit too (numbered musical notation ``| 5 3 5 1' |``,
    a list of scores ``7 6 5``). ``6 4`` standing alone is not. The dots numbered notation puts above and below a note
    (``0̇ 6. 4̇ |``: combining marks) and its bar lines are part of the run (the hundred-and-twenty-seventh probe)."""
    gap = next((c for c in text[start:end] if not c.isdigit() and not c.isspace() and not unicodedata.combining(c)),
               " ")
    between = (gap, " ", "…", "⋯", "|", "｜", ".", "-")  # a list that skips some (٠ ١ … ٨ ٩); a bar line, a dotted or held note

    def skipped(c: str) -> bool:  # any space: a full-width score row (ｉ　６　５　３　｜, the two-hundred-and-fifteenth probe)
        return c in between or c.isspace() or unicodedata.combining(c) > 0

    k = end
    while k < len(text) and k - end < 4 and skipped(text[k]):
        k += 1
    if k > end and k < len(text) and text[k].isdigit():
        return True
    k = start
    while k > 0 and start - k < 4 and skipped(text[k - 1]):
        k -= 1
    return start > k > 0 and text[k - 1].isdigit()


def named_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether an initials hit is an abbreviation the text names or uses as a technical term: after 命名为, 简称, 记作
    (``命名为 ssc``), or before a word for what it is (``hly 基因``, ``ssc 条件``, ``mth 指标``)."""
    return (_TERM_NOUN_AFTER.match(text, end) is not None
            or _NAMED_BEFORE.search(text, max(0, start - 6), start) is not None)


LINE_REACH = 300  # characters looked at either side of a hit for its line (a text without line breaks is not copied)


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line of ``[start, end)`` begins and ends, at most :data:`LINE_REACH` characters either side."""
    a = max(text.rfind("\n", max(0, start - LINE_REACH), start) + 1, start - LINE_REACH)
    b = text.find("\n", end, end + LINE_REACH)
    return a, min(len(text), end + LINE_REACH) if b < 0 else b


def line_of(text: str, start: int, end: int) -> str:
    """The line of ``text`` that holds ``[start, end)`` (see :func:`line_bounds`)."""
    a, b = line_bounds(text, start, end)
    return text[a:b]


_JOINED_PIECES = re.compile(r"[.\-]")
_WORD_BEFORE = re.compile(r"[A-Za-z]{3,}-$")
_WORD_AFTER = re.compile(r"-[A-Za-z]{3,}")


def joined_words(text: str, start: int, end: int) -> bool:
    """Whether an initials hit ``text[start:end]`` is part of words joined by dots or hyphens (a file name, a domain, a
    slug: ``app.py``, ``zhang-san-dev``): a piece of three letters or more inside the hit or across a hyphen beside it.
    Initials spelled out letter by letter (``f.l.g``, ``x-j-p-s-b``) are single letters and stay."""
    original = text[start:end]
    if _JOINED_PIECES.search(original) and any(len(p) >= 3 for p in _JOINED_PIECES.split(original)):
        return True
    return _WORD_BEFORE.search(text, max(0, start - 20), start) is not None or _WORD_AFTER.match(text, end) is not None


def command_option(text: str, start: int, end: int) -> bool:
    """Whether an initials hit runs into a command-line option (``df -h``, ``ssh -L``: letters after `` -``) or is one
    (``新增 --zyn 选项``, ``-lhc``: the two-hundred-and-thirty-first probe's release notes), the dash before it."""
    return _OPTION.search(text[start:end]) is not None or _OPTION.search(text, max(0, start - 3), start + 1) is not None


def option_label(text: str, start: int, end: int) -> bool:
    """Whether a hit begins or ends with a lone capital letter that labels an option of a list (``A.黄色 B.蓝色``
    read as ``色 B``): the letter has no letter beside it and a full stop, 、 or bracket right after it."""
    def label_at(i: int) -> bool:
        return ("A" <= text[i] <= "Z" and not _latin_letter(text[i - 1:i]) and text[i + 1:i + 2] != ""
                and text[i + 1] in _LABEL_MARKS and not _latin_letter(text[i + 2:i + 3]))
    return label_at(end - 1) or (end - start > 1 and label_at(start))


def recased_in_code(text: str, start: int, end: int, term: str) -> bool:
    """Whether a hit ``text[start:end]`` on a Latin-letter ``term``, written in another case, is part of a name in code
    or a romanized word: ``CN`` in ``LANG=zh_CN.UTF-8``, ``js`` in ``main.js``, ``Xi`` in ``Xi'an``, ``BI`` in ``BI-RADS``
    (a joiner, hyphen or apostrophe touching it with a letter or digit beyond), of a chemical formula (``CaO`` for
    ``cao``, :func:`chemical_formula`) or of a romanized name (``Ma Lin`` for ``ma``). The term typed in its own case
    there (``minghui`` in a URL) is the term itself."""
    seen = text[start:end]
    if not (seen.isascii() and seen.isalpha()):
        return False
    letters = "".join(c for c in term if c.isascii() and c.isalpha())
    if not letters or seen == letters:
        return False
    return (_joined_to_alnum(text, start, end, _CODE_JOINERS) or chemical_formula(text, start, end)
            or _in_romanized_name(text, start, end))


def _in_romanized_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word ``text[start:end]`` (``Ma``) has a capitalised pinyin word beside it, one space
    apart (``Ma Lin``, ``Xu Zhiqiang and Ma Lin``): a romanized name, not the lower-case entry ``ma``."""
    seen = text[start:end]
    if not (seen[:1].isupper() and seen[1:].islower()):
        return False
    from beian.text.misreads import syllables_fit  # (misreads imports this module)

    after = _NAME_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 13), start)
    return any(m is not None and syllables_fit(m.group(1).lower()) for m in (after, before))


def chemical_formula(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a chemical formula: the run of ASCII letters, digits and brackets around it
    reads as element symbols (a capital and at most one small letter) with counts, two or more of them, and has a
    small letter or a digit (``CaO`` is not 操, nor ``NaCl``, ``H2O``; ``CAO``, ``CO`` and ``Sb`` are not formulas)."""
    a, b = start, end
    while a > 0 and text[a - 1].isascii() and (text[a - 1].isalnum() or text[a - 1] in "()"):
        a -= 1
    while b < len(text) and text[b].isascii() and (text[b].isalnum() or text[b] in "()"):
        b += 1
    run = text[a:b]
    if _FORMULA.fullmatch(run) is None or (run.isupper() and not any(c.isdigit() for c in run)):
        return False
    symbols = _SYMBOL.findall(run)
    return len(symbols) >= 2 and all(x in ELEMENTS for x in symbols)


_NAME_WORD = re.compile(r"([A-Z][a-z]{1,11})(?![A-Za-z])")
_NAME_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{1,11}) $")
_PERIODIC_TABLE = (  # the 118 element symbols
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb "
    "Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au "
    "Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og")
ELEMENTS = frozenset(_PERIODIC_TABLE.split())
_FORMULA = re.compile(r"(?:[A-Z][a-z]?[0-9]*|\(|\)[0-9]*)+")
_SYMBOL = re.compile(r"[A-Z][a-z]?")


def _joined_to_alnum(text: str, start: int, end: int, joiners: AbstractSet[str]) -> bool:
    """Whether one of ``joiners`` touches ``text[start:end]`` with an ASCII letter or digit beyond it."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    return (len(before) == 2 and before[1] in joiners and _ascii_alnum(before[0])) or (
        len(after) == 2 and after[0] in joiners and _ascii_alnum(after[1]))


def _ascii_digit(ch: str) -> bool:
    return len(ch) == 1 and ch.isascii() and ch.isdigit()


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _english_not_pinyin(word: str) -> bool:
    """An English word that is not also pinyin (``install``, ``expected``; not ``he``, ``shi``)."""
    from beian.text.misreads import pinyin_syllables

    return _english_word(word) and not _spelled_in(word, pinyin_syllables())


def _english_word(word: str) -> bool:
    """Whether ``word`` or its stem without a common ending (expected, ending, goes) is an English dictionary word."""
    known = english_words()
    stems = [word[:-n] for end, n in (("ing", 3), ("ed", 2), ("es", 2), ("d", 1), ("s", 1)) if word.endswith(end)]
    return word in known or any(len(stem) >= 3 and stem in known for stem in stems)


def _spelled_in(word: str, syllables: frozenset[str]) -> bool:
    """Whether ``word`` is a run of the given syllables."""
    ends = {0}
    for i in range(1, len(word) + 1):
        if any(word[j:i] in syllables for j in ends if i - j <= 6):
            ends.add(i)
    return len(word) in ends


_ID_JOINERS = frozenset("./\\_=@:~#")
_CODE_JOINERS = _ID_JOINERS | {"'", "\u2019", "-"}  # and an apostrophe or hyphen inside a romanized word or acronym
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,}) ['\"‘“`]?$")  # install taiji; expected 'rita' (the 234th probe)
_CODE_KEYWORD = re.compile(r"(?<![A-Za-z])(?:const|let|var|def|function|func|fn|class|struct|enum|interface|import|"
                           r"export|return|new|int|long|float|double|char|string|bool|boolean|void|val|auto|static"
                           r"|public|private|protected)\s+$")
_ASSIGNED = re.compile(r" ?=(?!=)")  # mahui = require(…), x=1
_QUOTES = frozenset("\"'`")
_FENCE = re.compile(r"[ \t]*(?:```|~~~)[ \t]*")  # a Markdown code fence opening, before its language
_DOUBLED_CONSONANT = re.compile(r"([bcdfhjklmpqstwxyzBCDFHJKLMPQSTWXYZ])\1")
_LATIN_RUNS = re.compile(r"[a-z]+")
_LIST_PAIR = re.compile(r"\S[ \t]*([/|])[ \t]*\S")  # 大 / 麻
_LIST_ITEM_BEFORE = re.compile(r"([^\s/|：:]+)[ \t]*([/|])[ \t]*$")  # 米白 / before the hit
_LIST_ITEM_AFTER = re.compile(r"[ \t]*([/|])[ \t]*([^\s/|]+)")  # / 米白 after the hit
_CODE_OPENERS = frozenset("[({=:,")  # what stands before a quoted string in code: df['mth'], f("x"), x = "y"
_KEY_AFTER = re.compile(r"[ \t]*:")  # "miyao": after the closing quote
_SELECTOR_AFTER = re.compile(r"[ \t]*[{,.:>)\]'\"~+]")  # what follows a CSS id: #yuanjiao { … }, '#miyao', #a > b
_VALUE_AFTER = re.compile(r"[ \t]*:[ \t]*[0-9\"'{\[(A-Za-z.\-]")  # yuanjiao: 8px, miyao: bytes
# words a text calls a name in code by: miyao 字段, yuanjiao 属性, 组件 yuanjiao
_CODE_NOUNS = "字段|参数|变量|属性|组件|配置项|函数|方法|接口|键名|列名|类名|模块|选择器|样式类|字段名|数据表|表名|枚举|常量"
_CODE_NOUN_AFTER = re.compile(rf"[ \t]?(?:{_CODE_NOUNS})")
_CODE_NOUN_BEFORE = re.compile(rf"(?:{_CODE_NOUNS})(?:名?叫|名为|名是|是|为)?[ \t]?[:：]?[ \t]?$")  # 字段叫 sbm
# a conventional commit message (feat(review): …, fix: …): the Latin words in it name code
_COMMIT = re.compile(r"\s*(?:feat|fix|refactor|perf|test|docs|chore|style|build|ci|revert)(?:\([^)\n]{0,40}\))?!?: ")
_TERM_NOUN_AFTER = re.compile(r"[ \t]?(?:基因|指标|条件|定理|算法|协议|格式|标准|模型|芯片|上下文|次方|聚合|分布|系数|抗体|蛋白)")
_NAMED_BEFORE = re.compile(r"(?:命名为|简称|缩写为|缩写|记作|记为|称为|叫做)[ \t]?[:：]?[ \t]?$")
_OPTION = re.compile(r"(?:^|\s)--?[A-Za-z]")
_LABEL_MARKS = frozenset(".．、)）:：")
_ACCOUNT_LABEL = re.compile(r"(?:账号|帐号|账户名|用户名|昵称|网名|用户|\bid|\buser(?:name)?|\blogin)\s*[:：=]?\s*$",
                            re.IGNORECASE)
_CODE_EDGES = frozenset("0123456789.(")  # a value, file name or function call: wbc3.4, 17706.html, hsl(11, …)
_JOINERS = frozenset(" /\\_=@:")  # a space between words; a path, identifier, key=value, address (text/html)
_LISTED_BEFORE = re.compile(r"[A-Za-z0-9_][,;] ?$")  # a Latin word, then a comma, right before a hit
_LISTED_AFTER = re.compile(r" ?[,;] ?[A-Za-z_]")  # a comma, then a Latin word, right after a hit


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"))


def count(flags: npt.NDArray[np.uint8], bit: int, start: IntArray, end: IntArray) -> IntArray:
    """How many characters in each [start, end) have ``bit`` set (in C where the extension was built, else
    a binary search over their positions)."""
    if start.size == 0:
        return start
    if _native_span_count is not None and flags.dtype == _U8 and start.dtype == _I64 and end.dtype == _I64:
        try:
            return np.frombuffer(_native_span_count(flags, bit, start, end), dtype=_I64)
        except (ValueError, BufferError):  # arrays not contiguous, or spans out of range: as NumPy reads them
            pass
    where = np.flatnonzero(flags & bit)
    if where.size == 0:
        return np.zeros(start.size, dtype=np.int64)
    return np.asarray(np.searchsorted(where, end) - np.searchsorted(where, start), dtype=np.int64)


_native_flags_of, _native_span_count, _native_outermost = native("flags_of"), native("span_count"), native("outermost")
_native_span_order = native("span_order")
_U8, _I64 = np.dtype(np.uint8), np.dtype(np.int64)


def latin_ok(flags: npt.NDArray[np.uint8], start: IntArray, end: IntArray, head: IntArray,
              tail: IntArray, channel: IntArray, cps: npt.NDArray[np.uint32] | None = None) -> npt.NDArray[np.bool_]:
    """Latin-edged hits must not continue a longer Latin word on either side. With the text's code points ``cps``,
    a full-pinyin hit typed in small capitals or lookalike letters ends where plain ASCII letters begin, and
    the other way round (``ǫɪ ǫɪᴀɴɢ ᴢʜᴜᴀɴ ᴍᴀɪok``, ``yιηոvlսχսεVX``: the 138th probe): two scripts, two words."""
    latin_pattern = LATIN_CHANNELS[channel]
    head_latin, tail_latin = head.astype(bool) | latin_pattern, tail.astype(bool) | latin_pattern
    if not (any_true(head_latin) or any_true(tail_latin)):
        return np.ones(start.size, dtype=bool)  # no hit has a Latin edge (most Chinese text)
    # the characters before and after each hit; a hit at the text's edge has none
    before = (start > 0) & ((flags[np.maximum(start - 1, 0)] & LATIN) != 0)
    after = (end < flags.size) & ((flags[np.minimum(end, flags.size - 1)] & LATIN) != 0)
    if cps is not None:
        for k in np.flatnonzero(_FULL_PINYIN[channel] & (before | after)).tolist():
            a, b = int(start[k]), int(end[k])
            before[k] = before[k] and _plain_latin(int(cps[a - 1])) == _plain_latin(int(cps[a]))
            after[k] = after[k] and _plain_latin(int(cps[b - 1])) == _plain_latin(int(cps[b]))
    return np.asarray(~((head_latin & before) | (tail_latin & after)), dtype=bool)


@lru_cache(maxsize=4096)
def _plain_latin(cp: int) -> bool:
    """Whether a letter is an ASCII letter, with or without marks (``é``, ``ǔ``), not a small capital or a lookalike
    of another script (``ᴍ``, ``ι``, ``ո``)."""
    return unicodedata.normalize("NFD", chr(cp))[:1].isascii()


def alnum_joined(flags: npt.NDArray[np.uint8], start: IntArray, end: IntArray) -> npt.NDArray[np.bool_]:
    """Hits inside a longer token of letters and digits: a digit at an edge with a letter beyond it (``2b`` in a hash
    ``1b2b0b``, ``64`` in a UUID ``f64-``, ``500`` in ``E500``), or a letter at an edge with a digit beyond it and a letter
    or digit beyond the other edge too (``b2b0`` in a hash). A letter term followed by a number alone is written so
    on purpose (``QQ10633054``, ``yu3pang4zi5``). Letters beside letters are :func:`latin_ok`'s, digits beside digits
    :func:`~beian.text.misreads.inside_number`'s."""
    last = flags.size - 1
    before = np.where(start > 0, flags[np.maximum(start - 1, 0)], 0).astype(np.uint8)
    after = np.where(end <= last, flags[np.minimum(end, last)], 0).astype(np.uint8)
    first, final = flags[start], flags[end - 1]
    alnum_before, alnum_after = (before & (DIGIT | LATIN)) != 0, (after & (DIGIT | LATIN)) != 0
    digit_in = ((first & DIGIT) != 0) & ((before & LATIN) != 0) | ((final & DIGIT) != 0) & ((after & LATIN) != 0)
    letter_in = (((first & LATIN) != 0) & ((before & DIGIT) != 0) & alnum_after) | (
        ((final & LATIN) != 0) & ((after & DIGIT) != 0) & alnum_before)
    return np.asarray(digit_in | letter_in, dtype=bool)


def list_items(text: str, start: int, end: int) -> bool:
    """Whether a two-character hit written apart (``大 / 麻``) is two whole items of a list split by ``/`` or ``|``,
    with an item of two or more characters next to them (``规格：大 / 麻 / 米白``, ``大 | 麻 | 亚麻``): the list's
    values, each standing alone. See :data:`CAP_LIST_ITEMS`."""
    m = _LIST_PAIR.fullmatch(text, start, end)
    if m is None or text[start - 1:start].isalnum() or text[end:end + 1].isalnum():
        return False
    mark = m.group(1)
    after = _LIST_ITEM_AFTER.match(text, end)
    if after is not None and after.group(1) == mark and len(after.group(2)) >= 2:
        return True
    before = _LIST_ITEM_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(2) == mark and len(before.group(1)) >= 2


def letter_of_a_number(text: str, start: int, end: int) -> bool:
    """Whether a hit begins with an ASCII letter right after a digit and written apart from the rest of the hit
    (``4K 粉丝`` holds no ``K粉``: ``4K`` is one token, like ``5G``, ``3D``), or ends so before a digit."""
    return end - start > 2 and ((_ascii_digit(text[start - 1:start]) and _ascii_letter(text[start])
                                 and not text[start + 1].isalnum())
                                or (_ascii_digit(text[end:end + 1]) and _ascii_letter(text[end - 1])
                                    and not text[end - 2].isalnum()))


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def span_order(start: IntArray, end: IntArray, rank: IntArray) -> IntArray:
    """Positions ordered by start, the longer span first, the lower rank, then the position
    (``np.lexsort((positions, rank, -end, start))``); in C where built (the hits come nearly in that order)."""
    if _native_span_order is not None and start.dtype == end.dtype == rank.dtype == _I64:
        try:
            return np.frombuffer(_native_span_order(start, end, rank), dtype=_I64)
        except (ValueError, BufferError):  # arrays not contiguous: NumPy below
            pass
    return np.lexsort((np.arange(start.size), rank, -end, start))


def outermost(start: IntArray, end: IntArray, term: IntArray) -> IntArray:
    """Indices of the hits not inside a longer hit; one hit per span (lowest ``term`` rank wins)."""
    if start.size == 0:
        return start
    if _native_outermost is not None and start.dtype == end.dtype == term.dtype == _I64:
        try:
            return np.frombuffer(_native_outermost(start, end, term), dtype=_I64)
        except (ValueError, BufferError):  # arrays not contiguous: NumPy below
            pass
    order = np.lexsort((term, -end, start))
    s, e = start[order], end[order]
    keep = np.empty(s.size, dtype=bool)
    keep[0] = True  # the first hit starts a span and nothing reaches past it
    np.not_equal(s[1:], s[:-1], out=keep[1:])  # a new span ...
    keep[1:] |= e[1:] != e[:-1]
    keep[1:] &= np.maximum.accumulate(e)[:-1] < e[1:]  # ... not inside an earlier hit
    return np.asarray(order[keep], dtype=np.int64)


def _structural(norm: Normalized, j: int, classes: set[Gap]) -> bool:
    """A gap of nothing but brackets or quotation marks (``第（一）项``, ``是“中国``): they mark the
    structure of the text, not an insertion. Among other noise (``色(*^_^*)情``) they stay noise."""
    if classes - {Gap.NOISE, Gap.INVISIBLE, Gap.MARK} or Gap.NOISE not in classes:
        return False
    _, _, gap = fold_tables()
    between = _gap_cps(norm, j)
    visible = [chr(c) for c in between[gap[between] == Gap.NOISE].tolist()]
    if all(c in APOSTROPHES for c in visible) and _letter_or_digit(norm, j) and _letter_or_digit(norm, j + 1) and (
            _letter(norm, j) or _letter(norm, j + 1)):
        return False  # the syllable separator of pinyin (mei'mei, xi'an, míng'shēng'88'dǔ'bó), not a quotation mark
    if _empty_pairs(visible):
        return False  # 赌【】博: a pair with nothing inside encloses nothing, it is inserted
    return all(_marks(c, STRUCTURE_CATEGORIES) for c in visible)


def _empty_pairs(marks: list[str]) -> bool:
    """Whether ``marks`` are nothing but opening marks each followed at once by a closing one (``【】``,
    ``()``, ``“”《》``). ``）（`` (between ``（甲）（乙）``) and a lone ``（`` are structure."""
    if not marks or len(marks) % 2:
        return False
    return all(_marks(a, _OPENERS) and _marks(b, _CLOSERS) for a, b in zip(marks[::2], marks[1::2]))


APOSTROPHES = "'\u2019\u02bc"  # ' ’ ʼ


def _letter_or_digit(norm: Normalized, j: int) -> bool:
    """Whether normalised character ``j`` is a Latin letter or an ASCII digit."""
    ch = norm.text[j]
    return ch.isascii() and ch.isalnum()


def _letter(norm: Normalized, j: int) -> bool:
    """Whether normalised character ``j`` is a Latin letter (after the fold: ``ě`` is ``e``)."""
    ch = norm.text[j]
    return ch.isascii() and ch.isalpha()


STRUCTURE_CATEGORIES = ("Ps", "Pe", "Pi", "Pf")  # opening/closing brackets, opening/closing quotation marks
_OPENERS, _CLOSERS = ("Ps", "Pi"), ("Pe", "Pf")


def _marks(ch: str, categories: tuple[str, ...]) -> bool:
    """Whether ``ch`` is a bracket or quotation mark of ``categories`` (straight quotes open and close)."""
    return unicodedata.category(ch) in categories or ch in "\"'"


def _gap_cps(norm: Normalized, j: int) -> npt.NDArray[np.uint32]:
    """The code points deleted between normalised characters ``j`` and ``j + 1``."""
    return norm.source_cps[int(norm.ends[j]):int(norm.starts[j + 1])]


# Line breaks ordinary text does not use between two characters: line and paragraph separators, NEL, vertical tab,
# form feed (a lone CR is how old Mac files end lines, and stays ordinary)
RARE_BREAKS = frozenset(map(ord, "\u2028\u2029\x85\x0b\x0c"))


def _rare_break(norm: Normalized, s: int, e: int) -> bool:
    """Whether a gap of the two-character hit over normalised ``[s, e)`` holds a line break ordinary text never puts
    inside a word (``嫖\u2028娼``): put there, it is the evasion, not the end of a line."""
    return any(int(c) in RARE_BREAKS for j in range(s, e - 1) for c in _gap_cps(norm, j))


def _punctuated(norm: Normalized, j: int) -> bool:
    """Whether the gap after normalised character ``j`` holds visible noise other than white space."""
    return any(not c.isspace() and unicodedata.category(c)[0] in "PS" for c in to_text(_gap_cps(norm, j)))


def _each_enclosed(norm: Normalized, s: int, e: int) -> bool:
    """Whether every character of normalised ``[s, e)`` sits in brackets or quotation marks of its own:
    an opening mark right before it and a closing one right after (``【色】【情】``, ``“色”“情”``)."""
    cps = norm.source_cps
    for j in range(s, e):
        a, b = int(norm.starts[j]), int(norm.ends[j])
        if a == 0 or b >= cps.size:
            return False
        if not (_marks(chr(int(cps[a - 1])), _OPENERS) and _marks(chr(int(cps[b])), _CLOSERS)):
            return False
    return True


def _breaks(cp: int | None) -> bool:
    """Whether the character ``cp`` (None: the edge of the text) ends a clause around a hit:
    punctuation, white space or a separator."""
    if cp is None:
        return True
    ch = chr(cp)
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def _alone(norm: Normalized, s: int, e: int) -> bool:
    """Whether the two characters of normalised ``[s, e)`` each stand alone between breaks, both Chinese.

    ``，色，情，`` and ``《色，戒》`` are one word with a mark inside; ``日，他`` (``5月10日，他在``) and
    ``上，你`` are two clauses meeting and keep ``CAP_CLAUSE_SHORT``. A list of single characters
    (``猪、牛、羊``: the enumeration comma inside and beside the hit) is not a split word either.
    """
    cps = norm.source_cps
    a, b = int(norm.starts[s]), int(norm.ends[e - 1])
    if not is_hanzi(to_text(norm.cps[s:e])):
        return False
    before = int(cps[a - 1]) if a > 0 else None
    after = int(cps[b]) if b < cps.size else None
    if not (_breaks(before) and _breaks(after)):
        return False
    listed = ENUMERATION_COMMA in to_text(_gap_cps(norm, s))
    return not (listed and ord(ENUMERATION_COMMA) in (before, after))


_LINE_PADDING = frozenset(map(ord, " \t\u3000"))


def _own_lines(norm: Normalized, s: int, e: int) -> bool:
    """Whether the two Chinese characters of normalised ``[s, e)`` each stand on a line of their own (spaces
    aside): text set one character per line (``竖\n排``, list items ``- 赌\n- 博`` once their marks are read away).
    Two such lines in a row do not occur in 28 million characters of ordinary text (laws, reviews, medical
    questions, news, poetry); a word broken at the end of a line (``看\n房``) has other characters beside it."""
    cps, n = norm.source_cps, norm.source_cps.size
    a, b = int(norm.starts[s]), int(norm.ends[e - 1])
    if not is_hanzi(to_text(norm.cps[s:e])):
        return False
    while a > 0 and int(cps[a - 1]) in _LINE_PADDING:
        a -= 1
    while b < n and int(cps[b]) in _LINE_PADDING:
        b += 1
    gap = fold_tables()[2]  # the fold's own line breaks (Gap.LINE)
    return (a == 0 or gap[cps[a - 1]] == Gap.LINE) and (b == n or gap[cps[b]] == Gap.LINE)


def gap_cap(norm: Normalized, s: int, e: int, chars: int | None = None) -> float | None:
    """Highest confidence a hit over normalised ``[s, e)`` may have, from what separates its characters.

    None when no gap holds a clause mark, a line break, or nothing but brackets or quotation marks.
    Otherwise the hit may be real (``法\\n轮功``, ``色，情``) or assembled from two words (``咖啡，因为``):

    * every gap holds a visible separator and there are at least two gaps: regular insertion
      (``法，轮，功``, one character per line), ``CAP_REGULAR``;
    * a gap of only brackets or quotation marks (``第（一``, ``是“中国``): ``CAP_CLAUSE_SHORT`` at any length;
    * a line break but no clause mark: ``CAP_LINE`` (two characters: ``CAP_LINE_SHORT``, unless each stands on a
      line of its own, see :func:`_own_lines`, or the break is one ordinary text does not use, :func:`_rare_break`);
    * a clause mark, or a line break with other punctuation in the same gap: ``CAP_CLAUSE``
      (two characters: ``CAP_CLAUSE_SHORT``, or ``CAP_CLAUSE_ALONE`` when each stands alone between
      breaks, see :func:`_alone`).
    """
    gaps = [gap_classes(norm, j) for j in range(s, e - 1)]
    structural = any(_structural(norm, j, g) for j, g in zip(range(s, e - 1), gaps))
    # a line break together with other punctuation (``小姐.\\n服务``) ends a sentence: as a clause mark;
    # spaces beside it (``色 \\n 情``, text set one character per line) do not
    has_clause = any(Gap.CLAUSE in g or ({Gap.LINE, Gap.NOISE} <= g and _punctuated(norm, j))
                     for j, g in zip(range(s, e - 1), gaps))
    has_line = any(Gap.LINE in g for g in gaps)
    if not (has_clause or has_line or structural):
        return None
    if structural and _each_enclosed(norm, s, e):
        return CAP_REGULAR  # 【色】【情】: every character in its own brackets is an insertion pattern
    short = (e - s if chars is None else chars) <= 2  # chars: the term's, where letters spell a character
    if not short and all(g & {Gap.NOISE, Gap.CLAUSE, Gap.LINE} for g in gaps):
        return CAP_REGULAR
    if has_clause or structural:
        if short and not structural and _alone(norm, s, e):
            return CAP_CLAUSE_ALONE
        return CAP_CLAUSE_SHORT if short or structural else CAP_CLAUSE
    return CAP_LINE_SHORT if short and not (_own_lines(norm, s, e) or _rare_break(norm, s, e)) else CAP_LINE


def mixed_edges(flags: npt.NDArray[np.uint8], norm_cps: npt.NDArray[np.uint32], s: IntArray, e: IntArray,
                channel: IntArray, head: IntArray, tail: IntArray) -> tuple[IntArray, IntArray]:
    """Latin-edge flags per hit: the term's for most channels, the hit's own edges for mixed hits."""
    mixed = channel == MIXED
    if not any_true(mixed):
        return head, tail
    lat_s = (flags[norm_cps[s]] & LATIN) != 0
    lat_e = (flags[norm_cps[e - 1]] & LATIN) != 0
    return np.where(mixed, lat_s, head).astype(np.int64), np.where(mixed, lat_e, tail).astype(np.int64)


def fold_variant(original: str, term: str, runs: IntArray, term_chars: int) -> str:
    """Name the fold that made ``original`` match ``term`` (``term_chars``: its folded length)."""
    if original == term:
        return "exact"
    names = {KIND_NAMES[k] for k in fold_kinds(original) if k in KIND_NAMES}
    names -= {KIND_NAMES[k] for k in fold_kinds(term) if k in KIND_NAMES and (
        k != FoldKind.SEPARATOR or _separators(original) == _separators(term))}  # 九 评 共 产 党 for 九评 共产党
    if has_capital(original, term):  # 叁级片 for 三级片 (beian.text.numerals)
        names.add("traditional")
    if has_digits(original, term):  # 6合彩 for 六合彩
        names.add("digits")
    if int(runs.sum()) > term_chars:
        names.add("repeat")
    for name in VARIANT_PRIORITY:
        if name in names:
            return name
    return "case" if original.lower() == term.lower() else "exact"


@lru_cache(maxsize=65536)
def _separators(text: str) -> list[str]:
    """The characters of ``text`` the fold deletes as separators, in order (a term's own space or ``·``)."""
    return [c for c in text if FoldKind.SEPARATOR in fold_kinds(c)]


def fold_kinds(text: str) -> frozenset[FoldKind]:
    """Fold kinds present among the characters of ``text`` (cached: the same words recur)."""
    return frozenset(kinds_in(text, 0, len(text)))


@lru_cache(maxsize=1)
def dictionary_words() -> AbstractSet[str]:
    """Ordinary Chinese words: jieba's dictionary (``dict.txt``), as the word check reads it (a read-only set)."""
    from beian.text import wordcut

    return wordcut.dictionary_words()


_FEW_PAIRS = 256  # below this many hits a set lookup per hit is cheaper than the NumPy calls


@lru_cache(maxsize=1)
def dictionary_pairs() -> npt.NDArray[np.int64]:
    """The two-character words of :func:`dictionary_words` as sorted keys ``first << 21 | second``."""
    from beian.text import wordcut

    two = "".join(wordcut.word_list(2))
    cps = np.frombuffer(two.encode("utf-32-le"), dtype=np.uint32).astype(np.int64).reshape(-1, 2)
    return np.unique(cps[:, 0] << 21 | cps[:, 1])


def straddles_words(ntext: str, cps: npt.NDArray[np.uint32], starts: IntArray,
                    ends: IntArray) -> npt.NDArray[np.bool_]:
    """Two-character hits that sit across two ordinary words: ``路口|交通`` holds ``口交``.

    A hit ``XY`` in ``…AXYB…`` (``ntext``: the normalised text, ``cps`` its code points) is dropped
    when both ``AX`` and ``YB`` are dictionary words, i.e. the text reads as ``AX`` + ``YB`` rather
    than as ``XY``. A few hits are looked up one by one, many in bulk (sorted pair codes).
    """
    if starts.size < _FEW_PAIRS:
        words = dictionary_words()
        return np.array([a > 0 and b < len(ntext) and ntext[a - 1:a + 1] in words and ntext[b - 1:b + 1] in words
                         for a, b in zip(starts.tolist(), ends.tolist())], dtype=bool)
    inner = (starts > 0) & (ends < cps.size)
    if not any_true(inner):
        return inner
    a, b = starts[inner], ends[inner]
    left = _is_pair(cps[a - 1], cps[a])
    out: npt.NDArray[np.bool_] = inner.copy()
    out[inner] = left & _is_pair(cps[b - 1], cps[b])
    return out


def _is_pair(first: npt.NDArray[np.uint32], second: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Whether each ``first[k] second[k]`` is a two-character dictionary word: looked up in the C word table
    where it was built (a hash per pair), else a binary search in :func:`dictionary_pairs`."""
    table = _word_table()
    if table is not None and _native_pair_words is not None:
        one, two = (np.ascontiguousarray(x, dtype=np.uint32) for x in (first, second))
        return np.frombuffer(_native_pair_words(table, one, two), dtype=np.uint8).astype(bool)
    pairs = dictionary_pairs()
    keys = first.astype(np.int64) << 21 | second.astype(np.int64)
    at = np.minimum(np.searchsorted(pairs, keys), max(pairs.size - 1, 0))
    return np.asarray(pairs[at] == keys, dtype=bool) if pairs.size else np.zeros(keys.size, dtype=bool)


UNKNOWN = 2  # a cut mark not checked yet (settle_sweep)


def settle_sweep(order: IntArray, end: IntArray, cut: npt.NDArray[np.uint8]) -> tuple[npt.NDArray[np.bool_], IntArray]:
    """One sweep of the word check over the hits that hide shorter hits.

    ``order``: the positions of those hits in :func:`outermost`'s order (by start, longer first,
    lower rank first); ``end`` and ``cut`` by position (``cut``: 0 no, 1 the hit cuts through a word,
    :data:`UNKNOWN` not checked yet). A hit is exposed when no earlier hit that stays in the group
    reaches its end (its containers all come earlier); an exposed hit that cuts a word moves to the
    lowered group (it hides nothing), which may expose shorter hits in turn. A hidden hit is never
    moved: the hit that hides it stays. Returns the moved hits and the exposed hits not checked yet
    (taken as staying): check those and sweep again until there are none; the last sweep is then the
    fixed point of "resolve overlaps, check the outermost, repeat". Runs in C (``beian.text._hits``)
    where built.
    """
    if _native_settle is not None and order.dtype == end.dtype == _I64 and cut.dtype == _U8:
        try:
            raw, pending = _native_settle(order, end, cut)
        except (ValueError, BufferError):  # arrays not contiguous: Python below
            pass
        else:
            return np.frombuffer(raw, dtype=np.uint8).astype(bool), np.frombuffer(pending, dtype=np.int64)
    moved = np.zeros(end.size, dtype=bool)
    need: list[int] = []
    reach: int | None = None
    for k, e in zip(order.tolist(), end[order].tolist()):
        if reach is not None and e <= reach:
            continue  # hidden by a hit that stays
        if cut[k] == UNKNOWN:
            need.append(k)
        if cut[k] == 1:
            moved[k] = True
        else:
            reach = e
    return moved, np.array(need, dtype=np.int64)


_native_settle = native("settle", "_hits")
_native_pair_words = native("pair_words", "_hits")


def load_pair_table() -> None:
    """Load now what :func:`straddles_words` looks pairs up in (the C word table, else :func:`dictionary_pairs`)."""
    if _word_table() is None or _native_pair_words is None:
        dictionary_pairs()


def _word_table() -> object | None:
    """jieba's dictionary as the C word table, None where C was not built."""
    from beian.text import wordcut

    return wordcut.dictionary().table

