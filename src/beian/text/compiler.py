"""Compile a :class:`~beian.text.terms.Lexicon` into search channels and per-term tables.

Every deny and allow term is folded exactly as text will be; Chinese terms also get
their full pinyin and initials (same channel) and their homophone form (a second
channel). Entries that would over-block (one character, only separators) are left
out with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from beian.text.engines import Engine, compile_engine
from beian.text.lexicon_stats import LONG_TERM_CHARS
from beian.text.normalize import fold_tables, normalize
from beian.text.phonetics import is_hanzi, sound_table, tone_syllables_many
from beian.text.terms import Lexicon, Term

IntArray = npt.NDArray[np.int64]

MIN_TERM_CHARS = 2
HOMOPHONE_MIN_CHARS = 3  # two-character homophones hit ordinary words everywhere

MIXED_MIN_CHARS, MIXED_MAX_CHARS = 3, 8  # mixed pinyin/character patterns (see _mixed_patterns)
SPLIT_MAX_CHARS = 8  # 拆字 patterns for terms of 2 to 8 characters (see _split_patterns)

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


def compile_lexicon(lexicon: Lexicon, engine: str = "auto") -> Compiled:
    """Fold every term and compile the search channels."""
    entries = [(t, False) for t in lexicon.terms] + [(t, True) for t in lexicon.allow]
    folds = _fold_all([t.text for t, _ in entries])
    reasons = [_skip_reason(fold, runs) for fold, runs in folds]
    hanzi = [len(fold) >= 2 and is_hanzi(fold) for fold, _ in folds]  # gets split, pinyin and homophone patterns
    tones = _tones_all(lexicon, entries, folds, [h and not r for h, r in zip(hanzi, reasons)])
    main, sound = Patterns(), Patterns()
    skipped: list[SkippedTerm] = []
    kept: list[_Kept] = []
    for (term, is_allow), (fold, runs), reason, chinese, term_tones in zip(entries, folds, reasons, hanzi, tones):
        if reason:
            if not is_allow:
                skipped.append(SkippedTerm(term, reason))
            continue
        ti = len(kept)
        main.add(fold, ti, ALLOW if is_allow else FOLD)
        if is_allow:
            kept.append((term, is_allow, fold, runs, (), ()))
            continue
        if chinese:
            for pattern in _split_patterns(fold):
                main.add(pattern, ti, SPLIT)
        sound_runs = _add_sound_channels(main, sound, lexicon, term, fold, ti, term_tones) if chinese else ((), ())
        kept.append((term, is_allow, fold, runs, *sound_runs))
    table = _term_table(kept)
    main_ch = _channel(main, engine)
    sound_ch = _channel(sound, engine) if sound.groups else None
    return Compiled(table, main_ch, sound_ch, skipped, tuple(lexicon.user_words))


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
    wanted: list[int] = []
    inputs: list[str] = []
    for i, ((term, is_allow), (fold, _), ok) in enumerate(zip(entries, folds, sounded)):
        if is_allow or not ok:
            continue
        opts = lexicon.options_for(term.category)
        if opts.pinyin or opts.initials:
            wanted.append(i)
            inputs.append(term.text if is_hanzi(term.text) else fold)
    out: list[list[str] | None] = [None] * len(entries)
    for i, syls in zip(wanted, tone_syllables_many(inputs)):
        out[i] = syls
    return out


def _skip_reason(fold: str, runs: tuple[int, ...]) -> str | None:
    if not fold:
        return "只含分隔符、标点或不可见字符，无法匹配"
    if sum(runs) < MIN_TERM_CHARS:
        return "单字词条会造成大量误拦截，已跳过"
    if sum(runs) > LONG_TERM_CHARS:
        return f"超过 {LONG_TERM_CHARS} 个字符，更像句子而不是关键词，已跳过（它会把流式输出的保留窗口拉得很长）"
    return None


def _add_sound_channels(main: Patterns, sound: Patterns, lexicon: Lexicon, term: Term,
                        fold: str, ti: int, tones: list[str] | None) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Add pinyin, initials and homophone patterns of a term of two or more Chinese characters; return the
    pinyin and initials run lengths.

    ``tones`` are the term's syllables (see :func:`_tones_all`), None where it gets no pinyin patterns.
    """
    py_runs: tuple[int, ...] = ()
    initial_runs: tuple[int, ...] = ()
    opts = lexicon.options_for(term.category)
    if tones is not None:
        syls = [s.rstrip("012345") for s in tones]
        full, initials = "".join(syls), "".join(s[0] for s in syls if s)
        full_fold, py_runs = _fold_ascii(full)
        if opts.pinyin and len(full) >= 4:
            main.add(full_fold, ti, PINYIN)
            main.add(_fold_ascii("".join(tones))[0], ti, TONES)
            unmarked = "".join(t.removesuffix("5") for t in tones)  # the neutral tone is usually written bare
            if unmarked != "".join(tones) and any(c.isdigit() for c in unmarked):
                main.add(_fold_ascii(unmarked)[0], ti, TONES)
            for pattern in _mixed_patterns(fold, syls):
                main.add(pattern, ti, MIXED)
        if opts.initials and len(initials) >= 3 and initials not in _initials_stoplist():
            initials_fold, initial_runs = _fold_ascii(initials)
            main.add(initials_fold, ti, INITIALS)
    if opts.homophone and len(fold) >= HOMOPHONE_MIN_CHARS:
        sound.add(_homophone(fold), ti, HOMOPHONE)
    return py_runs, initial_runs


def _mixed_patterns(fold: str, syls: list[str]) -> list[str]:
    """The term with one character written as its pinyin (``fa轮功``), for terms of
    ``MIXED_MIN_CHARS`` to ``MIXED_MAX_CHARS`` characters."""
    n = len(fold)
    if not MIXED_MIN_CHARS <= n <= MIXED_MAX_CHARS or len(syls) != n:
        return []
    return [fold[:i] + syls[i] + fold[i + 1:] for i in range(n) if len(syls[i]) >= 2]


def _split_patterns(fold: str) -> list[str]:
    """The term (two or more Chinese characters) with one character written as its left and right
    components (拆字: ``讠乍骗``)."""
    if len(fold) > SPLIT_MAX_CHARS:
        return []
    table = _splits()
    return [_fold_ascii(fold[:i] + table[c] + fold[i + 1:])[0] for i, c in enumerate(fold) if c in table]


@lru_cache(maxsize=1)
def _splits() -> dict[str, str]:
    """Character -> its folded left and right components, from ``data/fold_splits.tsv``.

    Splits whose two components are an ordinary word (``好`` = ``女子``) are left out: they would
    turn ordinary text into hits.
    """
    from importlib import resources

    from beian.text.hitfilters import dictionary_words

    fold, words = fold_tables()[0], dictionary_words()
    raw = resources.files("beian.text").joinpath("data").joinpath("fold_splits.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            c, a, b = (int(x, 16) for x in line.split("\t")[:3])
            pair = chr(fold[a]) + chr(fold[b]) if fold[a] and fold[b] else ""
            if pair and pair not in words:
                out[chr(fold[c])] = pair
    return out


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


_Kept = tuple[Term, bool, str, tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _spelled(fold: str, runs: tuple[int, ...]) -> str:
    """The folded term with its doubled characters written out."""
    return fold if runs.count(1) == len(runs) else "".join(c * r for c, r in zip(fold, runs))


def _term_table(kept: list[_Kept]) -> TermTable:
    def flags(pred: list[bool]) -> IntArray:
        return np.array(pred, dtype=np.int64)

    texts = [k[0].text for k in kept]
    spelled = [_spelled(k[2], k[3]) for k in kept]
    return TermTable(
        texts=texts,
        folds=[k[2] for k in kept],
        categories=[k[0].category for k in kept],
        risks=[k[0].risk for k in kept],
        sources=[k[0].source for k in kept],
        runs=[k[3] for k in kept],
        pinyin_runs=[k[4] for k in kept],
        initial_runs=[k[5] for k in kept],
        is_allow=flags([k[1] for k in kept]),
        canonical=flags([t == s for t, s in zip(texts, spelled)]),
        n_chars=np.array([sum(k[3]) for k in kept], dtype=np.int64),
        needs_runs=flags([k[3].count(1) + k[4].count(1) + k[5].count(1) != len(k[3]) + len(k[4]) + len(k[5])
                          for k in kept]),
        latin_head=flags([k[2][:1].isascii() and k[2][:1].isalpha() for k in kept]),
        latin_tail=flags([k[2][-1:].isascii() and k[2][-1:].isalpha() for k in kept]),
        short=flags([sum(k[3]) <= 2 for k in kept]),
        always=flags([k[0].always_block for k in kept]),
        hanzi=flags([is_hanzi(k[2]) for k in kept]),
        spelled=spelled,
    )


def _channel(patterns: Patterns, engine: str) -> Channel:
    firsts, counts, terms, channels = patterns.flat()
    strings = patterns.strings
    return Channel(compile_engine(strings, engine), firsts, counts, terms, channels, sorted(strings))


@lru_cache(maxsize=1)
def _initials_stoplist() -> frozenset[str]:
    """Latin strings that are common English words or abbreviations, not pinyin initials."""
    from importlib import resources

    text = resources.files("beian.text").joinpath("data").joinpath("initials_stoplist.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))
