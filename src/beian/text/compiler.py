"""Compile a :class:`~beian.text.terms.Lexicon` into search channels and per-term tables.

Every deny and allow term is folded exactly as text will be; Chinese terms also get
their full pinyin and initials (same channel) and their homophone form (a second
channel). Entries that would over-block (one character, only separators) are left
out with a reason.
"""

from __future__ import annotations

import gc
import re
import string
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import numpy as np
import numpy.typing as npt

from beian.text.engines import Engine, PendingEngine, compile_in_background
from beian.text.lexicon_stats import LONG_TERM_CHARS
from beian.text.normalize import fold_tables, native, normalize
from beian.text.numerals import arabic, capitalised, chinese
from beian.text.phonetics import (
    common_readings,
    hanzi_flags,
    sound_table,
    surname_syllables,
    tone_syllables_many,
)
from beian.text.terms import Lexicon, Term

IntArray = npt.NDArray[np.int64]
_SoundRuns = tuple[tuple[int, ...], tuple[int, ...]]  # a term's pinyin and initials run lengths

MIN_TERM_CHARS = 2
HOMOPHONE_MIN_CHARS = 3  # two-character homophones hit ordinary words everywhere (about 50 a MB, BENCHMARKS §1.1)

MIXED_MIN_CHARS, MIXED_MAX_CHARS = 3, 8  # mixed pinyin/character patterns (see _mixed_patterns)
SPLIT_MAX_CHARS = 8  # 拆字 patterns for terms of 2 to 8 characters (see _split_patterns)

_ASCII_LETTERS = frozenset(string.ascii_letters)

# channel ids
FOLD, PINYIN, INITIALS, HOMOPHONE, ALLOW, MIXED, TONES, SPLIT = 0, 1, 2, 3, 4, 5, 6, 7


@dataclass(frozen=True)
class SkippedTerm:
    """A lexicon entry the matcher left out, and why (in Chinese)."""

    term: Term
    reason: str


@dataclass
class Patterns:
    """Patterns of one search channel (in the order first added) and the lexicon entries behind each one."""

    groups: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, pattern: str, term_idx: int, channel: int) -> None:
        """Pattern ``pattern`` stands for entry ``(term_idx, channel)`` (among others)."""
        self.groups.setdefault(pattern, []).append((term_idx, channel))

    @property
    def strings(self) -> list[str]:
        """The patterns; a pattern's number is its place here."""
        return list(self.groups)

    def flat(self) -> tuple[IntArray, IntArray, IntArray, IntArray]:
        """(first entry of each pattern, entry count, entry term index, entry channel)."""
        counts = np.array([len(e) for e in self.groups.values()], dtype=np.int64)
        firsts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
        flat = [x for group in self.groups.values() for x in group]
        terms = np.array([t for t, _ in flat], dtype=np.int64)
        channels = np.array([c for _, c in flat], dtype=np.int64)
        return firsts, counts, terms, channels


@dataclass
class Channel:
    """A compiled search channel: engine + pattern-to-entry tables."""

    engine: Engine
    firsts: IntArray
    counts: IntArray
    entry_term: IntArray
    entry_channel: IntArray
    sorted_patterns: list[str] = field(default_factory=list)  # for "could this still become a hit?"


@dataclass
class TermTable:
    """Per-term data the scan needs, in arrays indexed by term number."""

    texts: list[str]
    folds: list[str]
    categories: list[str | None]
    risks: list[str | None]
    sources: list[str]
    runs: list[tuple[int, ...]]
    pinyin_runs: list[tuple[int, ...]]
    initial_runs: list[tuple[int, ...]]
    is_allow: IntArray
    canonical: IntArray
    n_chars: IntArray
    needs_runs: IntArray
    latin_head: IntArray
    latin_tail: IntArray
    short: IntArray
    always: IntArray  # always-block: no word-boundary down-grade
    hanzi: IntArray  # only Chinese characters: the word-boundary check applies
    spelled: list[str]  # the folded term with its doubled characters written out (what the segmenter reads)


@dataclass
class Compiled:
    """Everything a matcher needs: the term table, the channels and what was skipped."""

    table: TermTable
    main: Channel
    sound: Channel | None
    skipped: list[SkippedTerm]
    user_words: tuple[tuple[str, int], ...] = ()

    def settle(self) -> None:
        """Wait for the engines still being compiled and put them in their channels (raises what a build raised)."""
        for channel in (self.main, self.sound):
            if channel is not None and isinstance(channel.engine, PendingEngine):
                channel.engine = channel.engine.built()


def compile_lexicon(lexicon: Lexicon, engine: str = "auto", wait: bool = True) -> Compiled:
    """Fold every term and compile the search channels.

    The engines are compiled in threads of their own (their C builds run without the interpreter lock) while
    the term table is made; with ``wait=False`` they may still be compiling when this returns, so the caller's
    next steps overlap them too: :meth:`Compiled.settle` waits for them (using one waits as well).
    """
    with _no_gc():
        compiled = _compile(lexicon, engine)
    if wait:
        compiled.settle()
    return compiled


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: compiling makes millions of small objects and no cycles, and each
    full collection would walk all of them again (about a fifth of a cold 100k-term build)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _compile(lexicon: Lexicon, engine: str) -> Compiled:
    entries = [(t, False) for t in lexicon.terms] + [(t, True) for t in lexicon.allow]
    folds = _fold_all([t.text for t, _ in entries])
    texts, n_chars = [f for f, _ in folds], [sum(r) for _, r in folds]
    reasons = [None if fold and MIN_TERM_CHARS <= n <= LONG_TERM_CHARS else _skip_reason(fold, n)
               for fold, n in zip(texts, n_chars)]
    only_hanzi = hanzi_flags(texts)
    hanzi = [h and len(fold) >= 2 for h, fold in zip(only_hanzi, texts)]  # gets split, pinyin and homophone patterns
    tones = _tones_all(lexicon, entries, folds, [h and not r for h, r in zip(hanzi, reasons)])
    skipped = [SkippedTerm(term, reason) for (term, is_allow), reason in zip(entries, reasons)
               if reason and not is_allow]
    kept = [i for i, reason in enumerate(reasons) if not reason]  # a kept entry's number is its place here
    main, sound = _Adds(), _Adds()
    main.extend([texts[i] for i in kept], np.arange(len(kept), dtype=np.int64),
                np.array([ALLOW if entries[i][1] else FOLD for i in kept], dtype=np.int64))
    _add_written_out(main, entries, folds, kept, only_hanzi)
    _add_capitals(main, entries, folds, kept, only_hanzi)
    _add_arabic(main, entries, folds, kept, only_hanzi)
    _add_chinese(main, entries, folds, kept)
    _add_mixed_pinyin(main, lexicon, entries, folds, kept)
    sounded = [(ti, i) for ti, i in enumerate(kept) if hanzi[i] and not entries[i][1]]
    numbers = np.array([ti for ti, _ in sounded], dtype=np.int64)
    sounded_folds = [texts[i] for _, i in sounded]
    _add_splits(main, numbers, ["".join(c * r for c, r in zip(*folds[i])) for _, i in sounded])  # 时时彩: 日寸时彩
    mixed = [(ti, i) for ti, i in enumerate(kept) if not entries[i][1] and _MIXED_TERM.fullmatch(texts[i])]
    _add_splits(main, np.array([ti for ti, _ in mixed], dtype=np.int64), [texts[i] for _, i in mixed])  # 钅肖售短狗qq
    sound_runs = _add_sound_channels(main, sound, lexicon, numbers, [entries[i][0].category for _, i in sounded],
                                     sounded_folds, [tones[i] for _, i in sounded])
    main_ch, main_sorted = main.channel(engine)  # the engines are compiled in threads of their own from here on
    sound_ch, sound_sorted = sound.channel(engine) if sound.patterns else (None, list)
    table = _term_table([entries[i] for i in kept], [folds[i] for i in kept], [n_chars[i] for i in kept],
                        [only_hanzi[i] for i in kept], sound_runs)
    main_ch.sorted_patterns = main_sorted()
    if sound_ch is not None:
        sound_ch.sorted_patterns = sound_sorted()
    return Compiled(table, main_ch, sound_ch, skipped, tuple(lexicon.user_words))


_MIXED_TERM = re.compile(r"(?=.*[\u4e00-\u9fff].*[\u4e00-\u9fff])(?=.*[0-9a-z])[\u4e00-\u9fff0-9a-z]+")


def _add_mixed_pinyin(main: _Adds, lexicon: Lexicon, entries: list[tuple[Term, bool]],
                      folds: list[tuple[str, tuple[int, ...]]], kept: list[int]) -> None:
    """A term of two or more Chinese characters with letters or digits (``激情av影院``, ``转让92式``) also as its
    characters' pinyin with the letters and digits as written (``jiqingavyingyuan``, ``zhuanrang92shi``): the pinyin
    channel is built for terms of Chinese characters only, and these were found in pinyin nowhere (the
    hundred-and-fifth probe: 9 of its 60 terms, 36 misses). Under the tone-digit channel's number, whose patterns
    carry their own letters (no run-length check); tone marks are read by the fold and by
    :mod:`~beian.text.tone_digits`, tone digits by a second pattern that has them (``ji1qing2avying3yuan4``,
    ``chu1shou454duan3gou3``: the term's own digits follow the last tone digit)."""
    picked = [(ti, i) for ti, i in enumerate(kept) if not entries[i][1] and _MIXED_TERM.fullmatch(folds[i][0])
              and lexicon.options_for(entries[i][0].category).pinyin]
    if not picked:
        return
    spelled, rows, toned = [], [], []
    for (_, i), syllables in zip(picked, tone_syllables_many([folds[i][0] for _, i in picked])):
        spelled += _spoken(folds[i][0], syllables)
        toneless, digits = iter(x.rstrip("012345") for x in syllables), iter(syllables)
        rows.append([next(toneless, "") if "\u4e00" <= c <= "\u9fff" else "" for c in folds[i][0]])
        toned.append([next(digits, "") if "\u4e00" <= c <= "\u9fff" else "" for c in folds[i][0]])
    numbers = np.array([ti for ti, _ in picked], dtype=np.int64)
    main.extend(_collapse_all(spelled), np.repeat(numbers, 2), TONES)
    _add_doubled_pinyin(main, [(ti, folds[i]) for ti, i in picked])
    # and one character as its pinyin, the rest as written (激情av影yuan, zhuan让92式), as _add_pinyin does for the
    # terms of characters only: the scan-time reading of mixed writing (beian.text.mixed) lines up characters only
    mixed = [k for k, (_, i) in enumerate(picked) if MIXED_MIN_CHARS <= len(folds[i][0]) <= MIXED_MAX_CHARS]
    # each term's character as its syllable, then as its syllable with the tone digit (pi1发tnt, qqgong1应吗啡: the
    # 141st probe)
    twice = [k for k in mixed for _ in range(2)]
    patterns, owners = _splice([folds[picked[k][1]][0] for k in twice],
                               [(rows, toned)[n % 2][k] for n, k in enumerate(twice)], 2)
    main.extend(_collapse_all(patterns), numbers[np.array(twice, dtype=np.int64)][owners], MIXED)


def _add_doubled_pinyin(main: _Adds, picked: list[tuple[int, tuple[str, tuple[int, ...]]]]) -> None:
    """The pinyin of a term with letters or digits whose doubled character the fold collapsed, with the syllable
    written twice (``duan gou gou liang qq`` for 短狗狗粮qq: the 138th probe found only the collapsed spelling), with
    and without tone digits."""
    doubled = [(ti, "".join(map(str.__mul__, fold, runs))) for ti, (fold, runs) in picked
               if any(r > 1 and "\u4e00" <= c <= "\u9fff" for c, r in zip(fold, runs))]
    if not doubled:
        return
    spelled = []
    for (_, text), syllables in zip(doubled, tone_syllables_many([t for _, t in doubled])):
        spelled += _spoken(text, syllables)
    main.extend(_collapse_all(spelled), np.repeat(np.array([ti for ti, _ in doubled], dtype=np.int64), 2), TONES)


def _spoken(text: str, syllables: list[str]) -> list[str]:
    """``text`` with its Chinese characters written as their ``syllables``, its letters and digits as they are: without
    tone digits, then with them (``jiqingavyingyuan``, ``ji1qing2avying3yuan4``)."""
    return ["".join(next(readings, "") if "\u4e00" <= c <= "\u9fff" else c for c in text)
            for readings in (iter(x.rstrip("012345") for x in syllables), iter(syllables))]


def _add_written_out(main: _Adds, entries: list[tuple[Term, bool]], folds: list[tuple[str, tuple[int, ...]]],
                     kept: list[int], only_hanzi: list[bool]) -> None:
    """A Chinese term with a doubled character also as written out (``带套套``, ``嫂嫂``), a second pattern of its entry.

    The fold collapses a repeat across spaces and symbols (``带 套 套`` reads as ``带套``, the folded term), but
    not across a clause mark or a line break (``色情，情况`` is two words, not ``色情`` typed twice), so
    ``带。套。套`` and ``嫂\n嫂`` only read as the written-out form. The matcher knows such a hit by its length
    (the term's characters, not its folded length) and skips the run-length check.
    """
    _add_second_patterns(main, entries, [(ti, i, "".join(c * r for c, r in zip(*folds[i])))
                                         for ti, i in enumerate(kept)
                                         if only_hanzi[i] and sum(folds[i][1]) > len(folds[i][0])])


def _add_capitals(main: _Adds, entries: list[tuple[Term, bool]], folds: list[tuple[str, tuple[int, ...]]],
                  kept: list[int], only_hanzi: list[bool]) -> None:
    """A Chinese term with common numerals also with all of them as capitals (``叁级片``, ``陆肆``), a second
    pattern of its entry (:mod:`beian.text.numerals`; allowlist entries too, so they still cover such a hit)."""
    listed = {folds[i][0] for i in kept}  # a lexicon that lists 陆肆 itself reports it as written, not as 六四
    _add_second_patterns(main, entries, [(ti, i, cap) for ti, i in enumerate(kept)
                                         if only_hanzi[i] and (cap := capitalised(folds[i][0])) is not None
                                         and cap not in listed])


def _add_arabic(main: _Adds, entries: list[tuple[Term, bool]], folds: list[tuple[str, tuple[int, ...]]],
                kept: list[int], only_hanzi: list[bool]) -> None:
    """A Chinese term with numerals also with them as Arabic digits (``6合彩``, ``13水``), a second pattern of its entry
    (:func:`beian.text.numerals.arabic`; not when the lexicon lists that form itself)."""
    listed = {folds[i][0] for i in kept}
    _add_second_patterns(main, entries, [(ti, i, digits) for ti, i in enumerate(kept)
                                         if only_hanzi[i] and (digits := arabic(folds[i][0])) is not None
                                         and digits not in listed])


def _add_chinese(main: _Adds, entries: list[tuple[Term, bool]], folds: list[tuple[str, tuple[int, ...]]],
                 kept: list[int]) -> None:
    """A term with Arabic digits and Chinese characters also with the digits as Chinese numerals (``6合彩`` →
    ``六合彩``, ``13水`` → ``十三水``), second patterns of its entry (:func:`beian.text.numerals.chinese`; the mirror of
    :func:`_add_arabic`; not when the lexicon lists that form itself)."""
    listed = {folds[i][0] for i in kept}
    _add_second_patterns(main, entries, [(ti, i, written) for ti, i in enumerate(kept)
                                         for written in chinese(folds[i][0]) if written not in listed])


def _add_second_patterns(main: _Adds, entries: list[tuple[Term, bool]], picked: list[tuple[int, int, str]]) -> None:
    """One slot of ``(term number, entry, pattern)``: another spelling of each entry, in its own channel (the
    fold's, or the allowlist's)."""
    if picked:
        main.extend([pattern for _, _, pattern in picked], np.array([ti for ti, _, _ in picked], dtype=np.int64),
                    np.array([ALLOW if entries[i][1] else FOLD for _, i, _ in picked], dtype=np.int64))


class _Adds:
    """The patterns of one search channel as added in slots (all folds, then all 拆字 patterns, ...), each
    slot in term order; :meth:`channel` puts them in the order a term-by-term :class:`Patterns` would
    hold them (by term, then slot, then place in the slot)."""

    def __init__(self) -> None:
        self.patterns: list[str] = []
        self.terms: list[IntArray] = []
        self.channels: list[IntArray] = []

    def extend(self, patterns: list[str], terms: IntArray, channel: int | IntArray) -> None:
        """Add one slot: ``patterns[k]`` stands for entry ``(terms[k], channel[k])``; ``terms`` ascending."""
        self.patterns += patterns
        self.terms.append(terms)
        self.channels.append(np.full(len(patterns), channel, dtype=np.int64) if isinstance(channel, int) else channel)

    def channel(self, engine: str) -> tuple[Channel, Callable[[], list[str]]]:
        """The compiled channel: the same patterns, numbering and entry tables as :meth:`Patterns.flat`; its
        engine is still being compiled in the background (see :meth:`Compiled.settle`), its sorted patterns
        are to be set from the function returned with it (it waits for them)."""
        terms = np.concatenate(self.terms) if self.terms else np.zeros(0, dtype=np.int64)
        channels = np.concatenate(self.channels) if self.channels else np.zeros(0, dtype=np.int64)
        order = np.argsort(terms, kind="stable").astype(np.int64)
        ids, strings = _first_numbers(self.patterns, order)
        by_pattern = order[np.argsort(ids, kind="stable")]  # entries of pattern 0 in the order added, ...
        counts = np.bincount(ids, minlength=len(strings)).astype(np.int64)
        firsts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
        built, ordered = compile_in_background(strings, engine)
        return Channel(built, firsts, counts, terms[by_pattern], channels[by_pattern]), ordered


def _first_numbers(patterns: list[str], order: IntArray) -> tuple[IntArray, list[str]]:
    """``patterns`` taken in ``order``, each numbered by its first appearance: (the numbers, the distinct
    patterns by number)."""
    fast = native("first_numbers")
    if fast is not None:
        ids, strings = fast(patterns, order)
        return np.frombuffer(ids, dtype=np.int64), strings
    number: dict[str, int] = {}
    found = [number.setdefault(patterns[i], len(number)) for i in order.tolist()]
    return np.array(found, dtype=np.int64), list(number)


def _fold_all(texts: list[str]) -> list[tuple[str, tuple[int, ...]]]:
    """:func:`fold_one` of every term (line breaks read as spaces), in one pass over all of them.

    The terms are folded as one text with a paragraph break between them: a hard boundary, so no run or
    gap reaches from one term into the next. The folded characters of a term are those that start
    inside it, less the boundary ``\n`` that ends at the next term. A term whose characters are not
    one block of the folded text (never seen) is folded on its own.
    """
    clean = [t.replace("\n", " ").replace("\r", " ") for t in texts]
    if not clean:
        return []
    lengths = np.fromiter(map(len, clean), dtype=np.int64, count=len(clean))
    first = np.zeros(len(clean), dtype=np.int64)
    np.cumsum(lengths[:-1] + 2, out=first[1:])
    last = first + lengths
    norm = normalize("\n\n".join(clean))
    owner = np.searchsorted(first, norm.starts, side="right") - 1
    mine = ((norm.starts < last[owner]) & (norm.ends <= last[owner])).nonzero()[0]
    owners = owner[mine]
    bounds = np.searchsorted(owners, np.arange(len(clean) + 1))
    counts = np.diff(bounds)
    full = counts > 0
    lo = np.zeros(len(clean), dtype=np.int64)
    lo[full] = mine[bounds[:-1][full]]
    hi = lo + counts
    block = np.ones(len(clean), dtype=bool)
    block[full] = mine[bounds[1:][full] - 1] == hi[full] - 1  # no folded character of another term inside
    fast = native("slice_runs")
    if fast is not None:
        out: list[tuple[str, tuple[int, ...]]] = fast(norm.text, np.ascontiguousarray(norm.runs, dtype=np.int64),
                                                      lo, hi)
        for k in (~block).nonzero()[0].tolist():
            out[k] = fold_one(clean[k])
        return out
    text, runs = norm.text, norm.runs.tolist()
    return [(text[a:b], tuple(runs[a:b])) if ok else fold_one(t)
            for t, a, b, ok in zip(clean, lo.tolist(), hi.tolist(), block.tolist())]


def fold_one(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded text of one term and the run length behind each folded character."""
    norm = normalize(text)
    return norm.text, tuple(int(r) for r in norm.runs)


def _tones_all(lexicon: Lexicon, entries: list[tuple[Term, bool]], folds: list[tuple[str, tuple[int, ...]]],
               sounded: list[bool]) -> list[list[str] | None]:
    """Pinyin syllables with tone digits of every deny term that gets pinyin or initials patterns
    (None for the others), from one :func:`tone_syllables_many` call. ``sounded``: the compiled terms
    of two or more Chinese characters."""
    wanted = [i for i, ((_, is_allow), ok) in enumerate(zip(entries, sounded)) if ok and not is_allow]
    options = {c: lexicon.options_for(c) for c in {entries[i][0].category for i in wanted}}
    spoken = {c: o.pinyin or o.initials for c, o in options.items()}
    wanted = [i for i in wanted if spoken[entries[i][0].category]]
    texts = [entries[i][0].text for i in wanted]
    inputs = [text if h else folds[i][0] for i, text, h in zip(wanted, texts, hanzi_flags(texts))]
    out: list[list[str] | None] = [None] * len(entries)
    for i, syls in zip(wanted, tone_syllables_many(inputs)):
        out[i] = syls
    return out


def _skip_reason(fold: str, n_chars: int) -> str | None:
    if not fold:
        return "只含分隔符、标点或不可见字符，无法匹配"
    if n_chars < MIN_TERM_CHARS:
        return "单字词条会造成大量误拦截，已跳过"
    if n_chars > LONG_TERM_CHARS:
        return f"超过 {LONG_TERM_CHARS} 个字符，更像句子而不是关键词，已跳过（它会把流式输出的保留窗口拉得很长）"
    return None


def _add_splits(main: _Adds, numbers: IntArray, folds: list[str]) -> None:
    """拆字 patterns of the terms (numbers, folds with their doubled characters written out) of two to
    :data:`SPLIT_MAX_CHARS` Chinese characters: the term with one character written as its left and right components
    (``讠乍骗``, ``日寸时彩`` for 时时彩), and with all of them that have a split (``氵去车仑功``), repeats collapsed."""
    short = [k for k, fold in enumerate(folds) if len(fold) <= SPLIT_MAX_CHARS]
    table = _splits()
    patterns, owners = _splice([folds[k] for k in short], table, 0)
    main.extend(_collapse_all(patterns), numbers[np.array(short, dtype=np.int64)][owners], SPLIT)
    # and one character as the components of a traditional or variant form (單戈 for 战, whose own split is 占戈), one
    # slot for each such form a character has (证: 言正 of 証, 言登 of 證)
    variants = _variant_splits()
    for r in range(max(map(len, variants.values()), default=0)):
        patterns, owners = _splice([folds[k] for k in short], {c: v[r] for c, v in variants.items() if len(v) > r}, 0)
        main.extend(_collapse_all(patterns), numbers[np.array(short, dtype=np.int64)][owners], SPLIT)
    # and with every character that has a split written as its components (氵去车仑功: 法 and 轮 both split)
    every = [k for k in short if sum(c in table for c in folds[k]) >= 2]
    main.extend(_collapse_all(["".join(table.get(c, c) for c in folds[k]) for k in every]),
                numbers[np.array(every, dtype=np.int64)], SPLIT)
    # and a doubled character split in both places, the rest as written (日寸日寸彩 for 时时彩)
    doubled = [(k, c) for k in short for c in sorted(set(folds[k])) if c in table and folds[k].count(c) >= 2
               and len(set(folds[k]) & table.keys()) >= 2]  # (one splittable character: the all-split pattern above)
    main.extend(_collapse_all([folds[k].replace(c, table[c]) for k, c in doubled]),
                numbers[np.array([k for k, _ in doubled], dtype=np.int64)], SPLIT)


def _add_sound_channels(main: _Adds, sound: _Adds, lexicon: Lexicon, numbers: IntArray, categories: list[str | None],
                        folds: list[str], tones: list[list[str] | None]) -> dict[int, _SoundRuns]:
    """Add pinyin, initials and homophone patterns of the terms (numbers, categories, folds) of two or more
    Chinese characters; return the pinyin and initials run lengths of those that get pinyin, by number.

    ``tones`` are a term's syllables (see :func:`_tones_all`), None where it gets no pinyin patterns.
    """
    options = {c: lexicon.options_for(c) for c in set(categories)}
    homophones = [k for k, (fold, c) in enumerate(zip(folds, categories))
                  if len(fold) >= HOMOPHONE_MIN_CHARS and options[c].homophone]
    sound.extend(_homophones([folds[k] for k in homophones]), numbers[np.array(homophones, dtype=np.int64)],
                 HOMOPHONE)
    picked = [k for k, t in enumerate(tones) if t is not None]
    if not picked:
        return {}
    marked = [t for t in tones if t is not None]
    nums, opts = numbers[np.array(picked, dtype=np.int64)], [options[categories[k]] for k in picked]
    bare, firsts = _syllable_maps(marked)
    syllables, fulls = _map_join(marked, bare, True)
    full_folds, full_runs = _fold_ascii_all(fulls)
    spelled = [k for k, (o, full) in enumerate(zip(opts, fulls)) if o.pinyin and len(full) >= 4]
    _add_pinyin(main, nums[np.array(spelled, dtype=np.int64)], [folds[picked[k]] for k in spelled],
                [full_folds[k] for k in spelled], [marked[k] for k in spelled], [syllables[k] for k in spelled])
    stoplist = _initials_stoplist()
    initials = _map_join(syllables, firsts, False)[1]
    chosen = [k for k, (o, inits) in enumerate(zip(opts, initials))
              if o.initials and len(inits) >= 3 and inits not in stoplist]
    initial_folds, initial_runs = _fold_ascii_all([initials[k] for k in chosen])
    main.extend(initial_folds, nums[np.array(chosen, dtype=np.int64)], INITIALS)
    runs: list[_SoundRuns] = [(r, ()) for r in full_runs]
    for k, r in zip(chosen, initial_runs):
        runs[k] = (full_runs[k], r)
    return dict(zip(nums.tolist(), runs))


# ü after n and l as most people type it (nu for 女, lu for 绿): a second pinyin pattern
U_FOR_V = {"nv": "nu", "lv": "lu", "nve": "nue", "lve": "lue"}


def _add_pinyin(main: _Adds, numbers: IntArray, folds: list[str], fulls: list[str], marked: list[list[str]],
                syllables: list[list[str]]) -> None:
    """Pinyin (also with one polyphonic character read its other common way: :func:`_other_readings`; and,
    with ü after n or l, as typed with u: :data:`U_FOR_V`), tone-digit (and, where the
    neutral tone's 5 is there, without it: it is usually written bare) and mixed patterns (the term with one character written as its pinyin, ``fa轮功``, for terms of
    :data:`MIXED_MIN_CHARS` to :data:`MIXED_MAX_CHARS` characters)."""
    main.extend(fulls, numbers, PINYIN)
    others, owners = _other_readings(folds, syllables)
    main.extend(_collapse_all(others), numbers[owners], PINYIN)
    typed = [(k, "".join(U_FOR_V.get(x, x) for x in syls)) for k, syls in enumerate(syllables)
             if any(x in U_FOR_V for x in syls)]
    main.extend(_collapse_all([p for _, p in typed]), numbers[np.array([k for k, _ in typed], dtype=np.int64)],
                PINYIN)
    joined = _map_join(marked, None, False)[1]
    main.extend(_collapse_all(joined), numbers, TONES)
    neutral = [k for k, j in enumerate(joined) if "5" in j]
    plain = [(k, "".join(t.removesuffix("5") for t in marked[k])) for k in neutral]
    plain = [(k, p) for k, p in plain if p != joined[k] and any(c.isdigit() for c in p)]
    main.extend(_collapse_all([p for _, p in plain]), numbers[np.array([k for k, _ in plain], dtype=np.int64)],
                TONES)
    cited = _citation_tones(folds, marked)
    main.extend(_collapse_all([p for _, p in cited]), numbers[np.array([k for k, _ in cited], dtype=np.int64)],
                TONES)
    mixed = [k for k, (fold, syls) in enumerate(zip(folds, syllables))
             if MIXED_MIN_CHARS <= len(fold) <= MIXED_MAX_CHARS and len(syls) == len(fold)]
    patterns, owners = _splice([folds[k] for k in mixed], [syllables[k] for k in mixed], 2)
    main.extend(patterns, numbers[np.array(mixed, dtype=np.int64)][owners], MIXED)


# 一 and 不 change their tone before other syllables (一夜情 yí yè qíng, 不要 bú yào) and pypinyin writes it so; a
# writer who types tone digits may use the tone they are listed with (yi1ye4qing2): a second tone-digit pattern
CITATION_TONES = {"一": "yi1", "不": "bu4"}


def _citation_tones(folds: list[str], marked: list[list[str]]) -> list[tuple[int, str]]:
    """(term, tone-digit spelling with 一 and 不 in their listed tones) where that differs from pypinyin's spelling."""
    out = []
    for k, (fold, syllables) in enumerate(zip(folds, marked)):
        if len(fold) != len(syllables) or not any(c in CITATION_TONES for c in fold):
            continue
        cited = [CITATION_TONES.get(c, s) for c, s in zip(fold, syllables)]
        if cited != syllables:
            out.append((k, "".join(cited)))
    return out


MAX_OTHER_READINGS = 4  # spellings per term with one polyphonic character read another way
# Two-character terms too (藏独 typed zangdu), except where the other spelling reads as a name: one starting with a
# common surname's reading (朝鲜 as zhaoxian, 长刀 as changdao). A spelling that is how a common word reads (稀藏
# as xizang is 西藏, 大便 as dapian is 大片) is left out at any length.
OTHER_READINGS_MIN_CHARS = 2


def _other_readings(folds: list[str], syllables: list[list[str]]) -> tuple[list[str], IntArray]:
    """Each term of :data:`OTHER_READINGS_MIN_CHARS` characters or more spelled with one polyphonic character
    read its other common way (``流血事件`` is read ``liuxieshijian`` in context; ``liuxueshijian`` too; ``藏独分子``
    ``cangdufenzi`` and ``zangdufenzi``), at most :data:`MAX_OTHER_READINGS` per term; and which term each came from (:func:`~beian.text.phonetics.common_readings`)."""
    from beian.text.misreads import common_readings as common_word_readings  # misreads imports this module

    table, words = common_readings(), common_word_readings()
    out: list[str] = []
    owners: list[int] = []
    for k, (fold, syls) in enumerate(zip(folds, syllables, strict=True)):
        if len(fold) != len(syls) or len(fold) < OTHER_READINGS_MIN_CHARS or not any(c in table for c in fold):
            continue
        alts = ["".join([*syls[:i], r, *syls[i + 1:]]) for i, c in enumerate(fold) for r in table.get(c, ())
                if r != syls[i]]
        alts = [a for a in alts if words.get(a, fold) == fold and not (len(fold) == 2 and _name_like(a))]
        alts = alts[:MAX_OTHER_READINGS]
        out.extend(alts)
        owners.extend([k] * len(alts))
    return out, np.array(owners, dtype=np.int64)


def _name_like(spelling: str) -> bool:
    """Whether a two-syllable ``spelling`` starts with a common surname's reading (``zhaoxian``, ``changdao``)."""
    from beian.text.misreads import syllables_fit  # misreads imports this module

    return any(spelling.startswith(s) and syllables_fit(spelling[len(s):]) for s in surname_syllables())


def _map_join(lists: list[list[str]], mapping: dict[str, str] | None, keep: bool) -> tuple[list[list[str]], list[str]]:
    """Each list with its items mapped (``mapping`` None: as they are), and joined; the mapped lists only
    when ``keep`` (else an empty list)."""
    fast = native("map_join")
    if fast is not None:
        mapped, joined = fast(lists, mapping, keep)
        return mapped if keep else [], joined
    rows = [list(map(mapping.__getitem__, items)) for items in lists] if mapping is not None else lists
    return rows if keep else [], ["".join(row) for row in rows]


def _splice(texts: list[str], subs: dict[str, str] | list[list[str]], min_len: int) -> tuple[list[str], IntArray]:
    """Each text with one character replaced by its substitute of at least ``min_len`` characters (``subs``:
    by character, or one list per text of one per character), in order; and which text each came from."""
    fast = native("splice")
    if fast is not None:
        patterns, owners = fast(texts, subs, min_len)
        return patterns, np.frombuffer(owners, dtype=np.int64)
    if isinstance(subs, dict):
        found = [(k, t[:i] + subs[c] + t[i + 1:]) for k, t in enumerate(texts) for i, c in enumerate(t)
                 if c in subs and len(subs[c]) >= min_len]
    else:
        found = [(k, t[:i] + s + t[i + 1:]) for k, (t, row) in enumerate(zip(texts, subs)) for i, s in enumerate(row)
                 if len(s) >= min_len]
    return [p for _, p in found], np.array([k for k, _ in found], dtype=np.int64)


def _syllable_maps(tone_lists: list[list[str]]) -> tuple[dict[str, str], dict[str, str]]:
    """Syllable with tone digit -> without; syllable without -> its first letter ('' for '')."""
    bare = {s: s.rstrip("012345") for s in set(chain.from_iterable(tone_lists))}
    return bare, {b: b[:1] for b in bare.values()}


def _fold_ascii_all(texts: list[str]) -> tuple[list[str], list[tuple[int, ...]]]:
    """:func:`_fold_ascii` of every text: (folded texts, run lengths)."""
    fast = native("collapse_runs")
    if fast is not None:
        return fast(texts)  # type: ignore[no-any-return]
    folded, runs = list(texts), [(1,) * n for n in range(max(map(len, texts), default=0) + 1)]
    out = [runs[len(t)] for t in texts]
    for i in _with_repeats(texts):
        folded[i], out[i] = _fold_ascii(texts[i])
    return folded, out


def _collapse_all(texts: list[str]) -> list[str]:
    """``_fold_ascii(t)[0]`` of every text; only the texts with a character repeated are collapsed one by one."""
    if native("collapse_runs") is not None:
        return _fold_ascii_all(texts)[0]
    out = list(texts)
    for i in _with_repeats(texts):
        out[i] = _fold_ascii(out[i])[0]
    return out


def _with_repeats(texts: list[str]) -> list[int]:
    """Which texts hold the same character twice in a row, found in one NumPy pass over all of them."""
    if not texts:
        return []
    joined = "\x00".join(texts)  # a repeat across the joint only costs one needless collapse
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    repeats = (cps[1:] == cps[:-1]).nonzero()[0]
    if not repeats.size:
        return []
    starts = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))[:-1] + 1, out=starts[1:])
    return np.unique(np.searchsorted(starts, repeats, side="right") - 1).tolist()  # type: ignore[no-any-return]


def _homophones(folds: list[str]) -> list[str]:
    """:func:`_homophone` of every fold (Chinese characters only), in one ``str.translate``."""
    return "\x00".join(folds).translate(_sound_map()).split("\x00") if folds else []


SPLIT_WORD_MIN_COUNT = 10  # jieba's count from which two components are an ordinary word (女子 5858, 口臭 39)


@lru_cache(maxsize=1)
def _splits() -> dict[str, str]:
    """Character -> its folded left and right components, from ``data/fold_splits.tsv`` (see :func:`_split_rows`): the
    character's own split (the first of its rows), not that of a variant folding to it (折's own 扌斤, not 摺's 扌習)."""
    out: dict[str, str] = {}
    own: set[str] = set()
    for source, target, pair in _split_rows():
        if source == target and target not in own:
            own.add(target)
            out[target] = pair
        elif target not in out:
            out[target] = pair
    return out


@lru_cache(maxsize=1)
def _variant_splits() -> dict[str, tuple[str, ...]]:
    """Character -> the folded components of the traditional or variant forms that fold to it, where they differ from
    its own split (战: 單戈 of 戰, folded 单戈; 鸡: 奚隹 of 雞; 证: 言正 of 証 and 言登 of 證): a writer of traditional text
    splits the character as written (the hundred-and-seventeenth and hundred-and-twentieth probes); and its own other
    splits, the file's later rows for it (乳: 孚乙 beside 孚乚, 数: 娄攴 beside 娄攵)."""
    own = _splits()
    out: dict[str, tuple[str, ...]] = {}
    for _source, target, pair in _split_rows():
        if own.get(target) not in (None, pair) and pair not in out.get(target, ()):
            out[target] = (*out.get(target, ()), pair)
    for target, pair in _full_form_splits(own):  # 视 as 示见, not only 礻见
        if pair not in out.get(target, ()):
            out[target] = (*out.get(target, ()), pair)
    return out


FULL_FORM_MIN_USES = 20  # a side form is a left-hand radical when this many splits begin with it (氵 451, 镸 2)


def _full_form_splits(own: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(character, components) with the left-hand radical written in its full form (示見 for 視, 糸逢 for 縫: the
    hundred-and-seventy-fifth probe), as writers of 拆字 often do. The side forms and their full forms come from the
    Unicode names: ``CJK RADICAL WATER ONE`` (氵) beside ``KANGXI RADICAL WATER`` (水), both folded; a pair that makes
    an ordinary word (忄中 as 心中) is left out, as in :func:`_split_rows`."""
    from beian.text.wordcut import dictionary

    full = _radical_full_forms(own)
    words, count = _two_char_words(), dictionary().lookup
    for target, pair in own.items():
        if pair[0] in full:
            written = full[pair[0]] + pair[1:]
            if written not in words or (count(written) or 0) < SPLIT_WORD_MIN_COUNT:
                yield target, written


def _radical_full_forms(own: dict[str, str]) -> dict[str, str]:
    """Left-hand radical (folded) -> its full form (folded), by the Unicode names of the CJK Radicals Supplement and the
    Kangxi radicals; only side forms that begin at least :data:`FULL_FORM_MIN_USES` splits."""
    import unicodedata

    fold = fold_tables()[0]
    uses: dict[str, int] = {}
    for pair in own.values():
        uses[pair[0]] = uses.get(pair[0], 0) + 1
    out: dict[str, str] = {}
    for cp in range(0x2E80, 0x2F00):
        name = unicodedata.name(chr(cp), "")
        base = re.sub(r" (?:ONE|TWO|THREE|FOUR|SIDE)$", "", re.sub(r"^CJK RADICAL (?:[CJ]-SIMPLIFIED )?", "", name))
        try:
            kangxi = ord(unicodedata.lookup(f"KANGXI RADICAL {base}"))
        except KeyError:
            continue
        side, whole = chr(fold[cp]) if fold[cp] else "", chr(fold[kangxi]) if fold[kangxi] else ""
        if name.startswith("CJK RADICAL ") and side and whole and side != whole and uses.get(side, 0) >= FULL_FORM_MIN_USES:
            out[side] = whole
    return out


def _split_rows() -> Iterator[tuple[str, str, str]]:
    """(character, its fold, its components folded) of ``data/fold_splits.tsv``, in the file's order.

    Splits whose two components are an ordinary word (``好`` = ``女子``) are left out: they would
    turn ordinary text into hits. jieba's dictionary also lists the commonest 拆字 themselves with a count
    of a few (``女马`` 3, ``亻尔`` 3, ``氵去`` 3: its corpus saw them used): a pair counts as a word only from
    :data:`SPLIT_WORD_MIN_COUNT` on.
    """
    from importlib import resources

    from beian.text.wordcut import dictionary

    fold, words, count = fold_tables()[0], _two_char_words(), dictionary().lookup
    raw = resources.files("beian.text").joinpath("data").joinpath("fold_splits.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            c, a, b = (int(x, 16) for x in line.split("\t")[:3])
            pair = chr(fold[a]) + chr(fold[b]) if fold[a] and fold[b] else ""
            if pair and fold[c] and (pair not in words or (count(pair) or 0) < SPLIT_WORD_MIN_COUNT):
                yield chr(c), chr(fold[c]), pair


def _two_char_words() -> frozenset[str]:
    """The two-character words of :func:`~beian.text.hitfilters.dictionary_words` (jieba's dictionary), found
    with one regex instead of splitting all its lines, and without importing jieba (a quarter second).
    Where the file cannot be found that way, or has line breaks other than ``\\n`` (``str.splitlines``
    would cut there too), the full set is asked for."""
    from importlib.util import find_spec
    from pathlib import Path

    from beian.text.hitfilters import dictionary_words

    spec = find_spec("jieba")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    try:
        raw = (Path(folders[0]) / "dict.txt").read_text(encoding="utf-8") if folders else ""
    except OSError:
        raw = ""
    heads = native("line_heads")
    found = heads(raw, 2) if heads is not None and raw else (
        None if not raw or _OTHER_BREAKS.search(raw) else _TWO_CHAR_HEAD.findall("\n" + raw))
    if found is None:
        return frozenset(w for w in dictionary_words() if len(w) == 2)
    return frozenset(found)


# a line whose first space-separated field is two characters long (lines cut at \n only)
_TWO_CHAR_HEAD = re.compile(r"\n([^ \n]{2})(?= |\n|\Z)")
_OTHER_BREAKS = re.compile("[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _fold_ascii(text: str) -> tuple[str, tuple[int, ...]]:
    """:func:`fold_one` for already folded text (pinyin, components): repeats collapsed, without NumPy."""
    if not _DOUBLED.search(text):  # most patterns: nothing to collapse
        return text, (1,) * len(text)
    runs = [m.span() for m in _RUN.finditer(text)]
    return "".join(text[a] for a, _ in runs), tuple(b - a for a, b in runs)


_DOUBLED = re.compile(r"(.)\1", re.DOTALL)
_RUN = re.compile(r"(.)\1*", re.DOTALL)


def _homophone(fold: str) -> str:
    """The term with every Chinese character written as its syllable code (the homophone channel)."""
    return fold.translate(_sound_map())


@lru_cache(maxsize=1)
def _sound_map() -> dict[int, int]:
    """:func:`~beian.text.phonetics.sound_table` as a ``str.translate`` table (the code points it changes)."""
    table = sound_table()
    changed = (table != np.arange(table.size, dtype=table.dtype)).nonzero()[0]
    return dict(zip(changed.tolist(), table[changed].tolist()))


def _spelled_all(folds: list[str], runs: list[tuple[int, ...]], doubled: list[bool]) -> list[str]:
    """Each folded term with its doubled characters written out (``doubled``: some run is not 1)."""
    which = [k for k, d in enumerate(doubled) if d]
    fast = native("expand_runs")
    longer = fast([folds[k] for k in which], [runs[k] for k in which]) if fast is not None else [
        "".join(map(str.__mul__, folds[k], runs[k])) for k in which]
    spelled = list(folds)
    for k, text in zip(which, longer):
        spelled[k] = text
    return spelled


def _term_table(entries: list[tuple[Term, bool]], folds: list[tuple[str, tuple[int, ...]]], n_chars: list[int],
                only_hanzi: list[bool], sound_runs: dict[int, _SoundRuns]) -> TermTable:
    """The table of the kept entries; ``sound_runs``: pinyin and initials run lengths by term number."""
    def flags(pred: list[bool]) -> IntArray:
        return np.array(pred, dtype=np.int64)

    terms = [t for t, _ in entries]
    texts = [t.text for t in terms]
    fold_texts = [f for f, _ in folds]
    runs = [r for _, r in folds]
    pinyin_runs: list[tuple[int, ...]] = [()] * len(entries)
    initial_runs: list[tuple[int, ...]] = [()] * len(entries)
    doubled = [r.count(1) != len(r) for r in runs]  # some run longer than 1
    needs_runs = list(doubled)
    for ti, (p, i) in sound_runs.items():
        pinyin_runs[ti], initial_runs[ti] = p, i
        needs_runs[ti] = needs_runs[ti] or p.count(1) != len(p) or i.count(1) != len(i)
    spelled = _spelled_all(fold_texts, runs, doubled)
    return TermTable(
        texts=texts,
        folds=fold_texts,
        categories=[t.category for t in terms],
        risks=[t.risk for t in terms],
        sources=[t.source for t in terms],
        runs=runs,
        pinyin_runs=pinyin_runs,
        initial_runs=initial_runs,
        is_allow=flags([a for _, a in entries]),
        canonical=flags([t == s for t, s in zip(texts, spelled)]),
        n_chars=np.array(n_chars, dtype=np.int64),
        needs_runs=flags(needs_runs),
        latin_head=flags([f[:1] in _ASCII_LETTERS for f in fold_texts]),  # an ASCII letter first
        latin_tail=flags([f[-1:] in _ASCII_LETTERS for f in fold_texts]),
        short=flags([n <= 2 for n in n_chars]),
        always=flags([t.always_block for t in terms]),
        hanzi=flags(only_hanzi),
        spelled=spelled,
    )


def typed_abbreviation(written: str) -> bool:
    """Whether an initials hit is written as a word of the stoplist (``yyds``, ``dbq``, ``cpu``): an abbreviation people
    type as such, read before the fold collapses its doubled letters (``yyds`` would read ``yds``)."""
    letters = "".join(c for c in written.lower() if c.isascii() and c.isalpha())
    return letters in _initials_stoplist()


@lru_cache(maxsize=1)
def _initials_stoplist() -> frozenset[str]:
    """Latin strings that are common English words or abbreviations, not pinyin initials."""
    from importlib import resources

    text = resources.files("beian.text").joinpath("data").joinpath("initials_stoplist.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))
