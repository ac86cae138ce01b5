"""The evasion-resistant keyword matcher.

Build once from a :class:`~beian.text.terms.Lexicon`, cache on disk, scan many
texts. Each hit says where it is in the original text, which term it matched,
which variant it caught and the term's category and risk.

How a scan works:

1. the text is folded (:mod:`beian.text.normalize`): width, case, styles,
   homoglyphs, traditional characters, invisible characters, inserted noise and
   repeats all disappear, and an offset map leads back to the original;
2. one multi-literal search (hyperscan) finds the folded terms, their full pinyin
   and their initials; a second one runs over the homophone form of the text when
   a category has homophones switched on;
3. vectorised checks drop hits that an allowlist term covers, Latin hits inside
   longer words (``sq`` in ``sql``), two-character hits that span clause
   punctuation (``办法，轮流`` is not ``法轮``), and hits inside longer hits.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import numpy.typing as npt

from beian.text.engines import Engine, compile_engine, load_engine
from beian.text.normalize import (
    KIND_NAMES,
    FoldKind,
    Normalized,
    cache_dir,
    codepoints,
    fold_tables,
    normalize,
    tables_version,
    to_text,
)
from beian.text.phonetics import is_hanzi, pinyin_forms, sound_table
from beian.text.terms import Lexicon, Term

if TYPE_CHECKING:
    from beian.standard import Profile

IntArray = npt.NDArray[np.int64]

CACHE_FORMAT = 7
MIN_TERM_CHARS = 2
MAX_CHUNK_CHARS = 4_000_000
HOMOPHONE_MIN_CHARS = 3  # two-character homophones hit ordinary words everywhere
CLAUSE_PUNCT = "，。！？；：、,!?;"

# channel ids
FOLD, PINYIN, INITIALS, HOMOPHONE, ALLOW = 0, 1, 2, 3, 4
CHANNEL_VARIANT = {PINYIN: "pinyin", INITIALS: "initials", HOMOPHONE: "homophone"}
CONFIDENCE = {
    "exact": 1.0, "case": 0.98, "width": 0.97, "traditional": 0.97, "style": 0.95,
    "homoglyph": 0.95, "zero_width": 0.95, "separator": 0.9, "repeat": 0.9,
    "pinyin": 0.8, "initials": 0.6, "homophone": 0.5,
}
# When several folds caught one hit, the variant reported is the first in this order.
VARIANT_PRIORITY = ("homoglyph", "style", "traditional", "width", "zero_width", "separator", "repeat", "case")


class Match(NamedTuple):
    """One keyword hit; offsets are Unicode characters of the original text."""

    start: int
    end: int
    text: str
    matched: str
    variant: str
    category: str | None
    risk: str | None
    confidence: float
    source: str

    @property
    def kind(self) -> str:
        """Always ``"keyword"`` (personal-information hits say ``"pii"``)."""
        return "keyword"


@dataclass(frozen=True)
class SkippedTerm:
    """A lexicon entry the matcher left out, and why (in Chinese)."""

    term: Term
    reason: str


@dataclass
class _Patterns:
    """Patterns of one search channel and the lexicon entries behind each one."""

    strings: list[str] = field(default_factory=list)
    entries: list[list[tuple[int, int]]] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)

    def add(self, pattern: str, term_idx: int, channel: int) -> None:
        pid = self.index.get(pattern)
        if pid is None:
            pid = self.index[pattern] = len(self.strings)
            self.strings.append(pattern)
            self.entries.append([])
        self.entries[pid].append((term_idx, channel))

    def flat(self) -> tuple[IntArray, IntArray, IntArray, IntArray]:
        """(first entry of each pattern, entry count, entry term index, entry channel)."""
        counts = np.array([len(e) for e in self.entries], dtype=np.int64)
        firsts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
        flat = [x for group in self.entries for x in group]
        terms = np.array([t for t, _ in flat], dtype=np.int64)
        channels = np.array([c for _, c in flat], dtype=np.int64)
        return firsts, counts, terms, channels


@dataclass
class _Channel:
    """A compiled search channel: engine + pattern-to-entry tables."""

    engine: Engine
    firsts: IntArray
    counts: IntArray
    entry_term: IntArray
    entry_channel: IntArray


@dataclass
class _TermTable:
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


class Matcher:
    """A compiled lexicon. Thread-safe for concurrent :meth:`scan` calls."""

    def __init__(self, terms: _TermTable, main: _Channel, sound: _Channel | None,
                 skipped: list[SkippedTerm], key: str) -> None:
        self._t = terms
        self._main = main
        self._sound = sound
        self.skipped = skipped
        self.key = key
        self.max_term_chars = max((len(f) for f in terms.folds), default=0)
        self._exact_tails = [(x, x, "exact", c, r, 1.0, src) for x, c, r, src in
                             zip(terms.texts, terms.categories, terms.risks, terms.sources)]

    # ----------------------------------------------------------------- build
    @classmethod
    def build(cls, lexicon: Lexicon, cache_dir: Path | None = None, engine: str = "auto") -> Matcher:
        """Compile ``lexicon``; reuse the disk cache in ``cache_dir`` when it matches."""
        key = _cache_key(lexicon, engine)
        folder = cache_dir if cache_dir is not None else _default_cache()
        cached = _load_cached(folder, key) if folder else None
        if cached is not None:
            return cached
        matcher = _compile(lexicon, key, engine)
        if folder:
            _save_cached(folder, matcher)
        return matcher

    @property
    def engine_name(self) -> str:
        """``hyperscan`` or ``ahocorasick``."""
        return self._main.engine.name

    @property
    def n_terms(self) -> int:
        """How many deny terms are compiled."""
        return int(len(self._t.texts) - int(self._t.is_allow.sum()))

    # ------------------------------------------------------------------ scan
    def scan(self, text: str) -> list[Match]:
        """All hits in ``text``, ordered by position."""
        if len(text) <= MAX_CHUNK_CHARS:
            return self._scan_one(text)
        hits: list[Match] = []
        for offset, piece in _chunks(text):
            hits.extend(self._scan_one(piece, offset))
        return hits

    def scan_many(self, texts: Sequence[str]) -> list[list[Match]]:
        """Hits per document; documents are scanned in batches for speed."""
        out: list[list[Match]] = [[] for _ in texts]
        for first, batch in _batches(texts):
            joined = "\n".join(batch)
            bounds = np.cumsum([0, *[len(t) + 1 for t in batch]])
            for m in self._scan_one(joined):
                doc = int(np.searchsorted(bounds, m.start, side="right")) - 1
                base = int(bounds[doc])
                out[first + doc].append(m._replace(start=m.start - base, end=m.end - base))
        return out

    def _scan_one(self, text: str, offset: int = 0) -> list[Match]:
        if not text:
            return []
        with _gc_paused():
            return self._scan_text(text, offset)

    def _scan_text(self, text: str, offset: int) -> list[Match]:
        norm = normalize(text)
        found = [self._search(self._main, norm.text, norm.cps)]
        if self._sound is not None:
            sound_cps = sound_table()[norm.cps]
            found.append(self._search(self._sound, to_text(sound_cps), sound_cps))
        term, channel, s, e = (np.concatenate(parts) for parts in zip(*found))
        if term.size == 0:
            return []
        return self._resolve(text, norm, term, channel, s, e, offset)

    @staticmethod
    def _search(ch: _Channel, ntext: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray, IntArray]:
        pid, s, e = ch.engine.find(ntext, cps)
        counts = ch.counts[pid]
        rep = np.repeat(np.arange(pid.size), counts)
        within = np.arange(rep.size) - np.repeat(np.cumsum(counts) - counts, counts)
        entry = ch.firsts[pid][rep] + within
        return ch.entry_term[entry], ch.entry_channel[entry], s[rep], e[rep]

    def _resolve(self, text: str, norm: Normalized, term: IntArray, channel: IntArray,
                 s: IntArray, e: IntArray, offset: int) -> list[Match]:
        t = self._t
        ostart, oend = norm.starts[s], norm.ends[e - 1]
        flags = _char_flags()[norm.source_cps]
        allow = t.is_allow[term].astype(bool)
        keep = ~allow & ~_covered(ostart, oend, ostart[allow], oend[allow])
        keep &= _latin_ok(flags, ostart, oend, t.latin_head[term], t.latin_tail[term], channel)
        if t.short.any():
            keep &= ~(t.short[term].astype(bool) & (_count(flags, _CLAUSE, ostart, oend) > 0))
        idx = np.flatnonzero(keep)
        idx = idx[self._verified(flags, norm, idx, term, channel, s, e, ostart, oend)]
        idx = idx[_outermost(ostart[idx], oend[idx], channel[idx] * len(self._t.texts) + term[idx])]
        idx = idx[np.lexsort((oend[idx], ostart[idx]))]
        clean = ((channel[idx] == FOLD) & (t.canonical[term[idx]] == 1)
                 & (_count(flags, _CHANGED, ostart[idx], oend[idx]) == 0)
                 & ((oend[idx] - ostart[idx]) == t.n_chars[term[idx]]))
        exact = self._exact(ostart[idx[clean]], oend[idx[clean]], term[idx[clean]], offset)
        if clean.all():
            return exact
        merged: list[Match] = []
        taken = 0
        for n_before, i in enumerate(np.flatnonzero(~clean).tolist()):
            merged.extend(exact[taken:i - n_before])
            taken = i - n_before
            j = idx[i]
            merged.append(self._make(text, norm, int(term[j]), int(channel[j]), int(s[j]), int(e[j]),
                                     int(ostart[j]), int(oend[j]), offset))
        merged.extend(exact[taken:])
        return merged

    def _verified(self, flags: npt.NDArray[np.uint8], norm: Normalized, idx: IntArray, term: IntArray,
                  channel: IntArray,
                  s: IntArray, e: IntArray, ostart: IntArray, oend: IntArray) -> npt.NDArray[np.bool_]:
        """Per-hit checks that need Python: run lengths of doubled terms, homophones of ordinary words.

        They run before overlaps are resolved, so a rejected long hit never hides a real short one.
        """
        t = self._t
        ok = np.ones(idx.size, dtype=bool)
        for k in np.flatnonzero(t.needs_runs[term[idx]] == 1).tolist():
            i = int(idx[k])
            ok[k] = self._runs_ok(norm, int(term[i]), int(channel[i]), int(s[i]), int(e[i]))
        sound = np.flatnonzero(channel[idx] == HOMOPHONE)
        if sound.size:
            hit = idx[sound]
            ok[sound[_count(flags, _CLAUSE, ostart[hit], oend[hit]) > 0]] = False
            words, folds, ntext = _dictionary_words(), t.folds, norm.text
            for k, a, b, ti in zip(sound.tolist(), s[hit].tolist(), e[hit].tolist(), term[hit].tolist()):
                seen = ntext[a:b]
                if seen == folds[ti] or seen in words:
                    ok[k] = False
        return ok

    def _runs_ok(self, norm: Normalized, ti: int, channel: int, s: int, e: int) -> bool:
        t = self._t
        need = {PINYIN: t.pinyin_runs, INITIALS: t.initial_runs}.get(channel, t.runs)[ti]
        return all(have >= want for have, want in zip(norm.runs[s:e].tolist(), need))

    def _exact(self, starts: IntArray, ends: IntArray, terms: IntArray, offset: int) -> list[Match]:
        """Hits whose original text is the folded term itself, built in one pass.

        The original text of such a hit is the term itself, so no slicing is needed.
        """
        tails, new = self._exact_tails, tuple.__new__
        if offset:
            starts, ends = starts + offset, ends + offset
        return [new(Match, (a, b, *tails[k])) for a, b, k in zip(starts.tolist(), ends.tolist(), terms.tolist())]

    def _make(self, text: str, norm: Normalized, ti: int, channel: int, s: int, e: int,
              ostart: int, oend: int, offset: int) -> Match:
        t = self._t
        original = text[ostart:oend]
        variant = CHANNEL_VARIANT.get(channel) or _fold_variant(original, t.texts[ti], norm.runs[s:e],
                                                                sum(t.runs[ti]))
        return Match(ostart + offset, oend + offset, original, t.texts[ti], variant, t.categories[ti],
                     t.risks[ti], CONFIDENCE[variant], t.sources[ti])


@contextmanager
def _gc_paused() -> Iterator[None]:
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


# ---------------------------------------------------------------- vectorised checks
def _covered(start: IntArray, end: IntArray, a_start: IntArray, a_end: IntArray) -> npt.NDArray[np.bool_]:
    """Which [start, end) lie inside some allowlist span [a_start, a_end)."""
    if a_start.size == 0:
        return np.zeros(start.size, dtype=bool)
    order = np.argsort(a_start, kind="stable")
    starts, reach = a_start[order], np.maximum.accumulate(a_end[order])
    pos = np.searchsorted(starts, start, side="right") - 1
    return (pos >= 0) & (reach[np.maximum(pos, 0)] >= end)


_CHANGED, _CLAUSE, _LATIN = 1, 2, 4


@lru_cache(maxsize=1)
def _char_flags() -> npt.NDArray[np.uint8]:
    """Per code point: changed by the fold / clause punctuation / ASCII letter bits."""
    _, kind = fold_tables()
    flags = (kind != 0).astype(np.uint8) * _CHANGED
    for ch in CLAUSE_PUNCT:
        flags[ord(ch)] |= _CLAUSE
    for cp in (*range(0x41, 0x5B), *range(0x61, 0x7B)):
        flags[cp] |= _LATIN
    return np.asarray(flags, dtype=np.uint8)


def _count(flags: npt.NDArray[np.uint8], bit: int, start: IntArray, end: IntArray) -> IntArray:
    """How many characters in each [start, end) have ``bit`` set (binary search over their positions)."""
    if start.size == 0:
        return start
    where = np.flatnonzero(flags & bit)
    return np.asarray(np.searchsorted(where, end) - np.searchsorted(where, start), dtype=np.int64)


def _latin_ok(flags: npt.NDArray[np.uint8], start: IntArray, end: IntArray, head: IntArray,
              tail: IntArray, channel: IntArray) -> npt.NDArray[np.bool_]:
    """Latin-edged hits must not continue a longer Latin word on either side."""
    latin = (flags & _LATIN) != 0
    latin_pattern = (channel == PINYIN) | (channel == INITIALS)
    before = np.zeros(start.size, dtype=bool)
    has_before = start > 0
    before[has_before] = latin[start[has_before] - 1]
    after = np.zeros(end.size, dtype=bool)
    has_after = end < flags.size
    after[has_after] = latin[end[has_after]]
    bad = ((head.astype(bool) | latin_pattern) & before) | ((tail.astype(bool) | latin_pattern) & after)
    return np.asarray(~bad, dtype=bool)


def _outermost(start: IntArray, end: IntArray, term: IntArray) -> IntArray:
    """Indices of the hits not inside a longer hit; one hit per span (lowest ``term`` rank wins)."""
    if start.size == 0:
        return start
    order = np.lexsort((term, -end, start))
    s, e = start[order], end[order]
    new_span = np.ones(s.size, dtype=bool)
    new_span[1:] = (s[1:] != s[:-1]) | (e[1:] != e[:-1])
    reach = np.maximum.accumulate(e)
    reach_before = np.concatenate(([-1], reach[:-1]))
    return np.asarray(order[new_span & (reach_before < e)], dtype=np.int64)


def _fold_variant(original: str, term: str, runs: IntArray, term_chars: int) -> str:
    """Name the fold that made ``original`` match ``term`` (``term_chars``: its folded length)."""
    if original == term:
        return "exact"
    kinds = {KIND_NAMES[k] for k in _kinds(original) if k in KIND_NAMES}
    kinds -= {KIND_NAMES[k] for k in _kinds(term) if k in KIND_NAMES}
    if int(runs.sum()) > term_chars:
        kinds.add("repeat")
    for name in VARIANT_PRIORITY:
        if name in kinds:
            return name
    return "case" if original.lower() == term.lower() else "exact"


@lru_cache(maxsize=65536)
def _kinds(text: str) -> frozenset[FoldKind]:
    _, kind = fold_tables()
    return frozenset(FoldKind(c) for c in set(kind[codepoints(text)].tolist()) if c)


@lru_cache(maxsize=1)
def _initials_stoplist() -> frozenset[str]:
    from importlib import resources

    text = resources.files("beian.text").joinpath("data").joinpath("initials_stoplist.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    """Ordinary Chinese words (jieba's dictionary, folded to simplified)."""
    from importlib import resources

    try:
        raw = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - jieba is a dependency
        return frozenset()
    return frozenset(line.split(" ", 1)[0] for line in raw.splitlines())


# ------------------------------------------------------------------ chunking
def _chunks(text: str) -> Iterable[tuple[int, str]]:
    """Split at line breaks (hard boundaries) into pieces of about MAX_CHUNK_CHARS."""
    pos = 0
    while pos < len(text):
        cut = min(pos + MAX_CHUNK_CHARS, len(text))
        if cut < len(text):
            nl = text.rfind("\n", pos, cut)
            cut = nl + 1 if nl > pos else cut
        yield pos, text[pos:cut]
        pos = cut


def _batches(texts: Sequence[str]) -> Iterable[tuple[int, list[str]]]:
    first, size = 0, 0
    batch: list[str] = []
    for i, text in enumerate(texts):
        if batch and size + len(text) > MAX_CHUNK_CHARS:
            yield first, batch
            first, size, batch = i, 0, []
        batch.append(text)
        size += len(text) + 1
    if batch:
        yield first, batch


# ------------------------------------------------------------------ compile
def _compile(lexicon: Lexicon, key: str, engine: str) -> Matcher:
    entries = [(t, False) for t in lexicon.terms] + [(t, True) for t in lexicon.allow]
    folds = _fold_all([t.text for t, _ in entries])
    main, sound = _Patterns(), _Patterns()
    skipped: list[SkippedTerm] = []
    kept: list[_Kept] = []
    for (term, is_allow), (fold, runs) in zip(entries, folds):
        reason = _skip_reason(fold, runs)
        if reason:
            if not is_allow:
                skipped.append(SkippedTerm(term, reason))
            continue
        ti = len(kept)
        main.add(fold, ti, ALLOW if is_allow else FOLD)
        sound_runs = ((), ()) if is_allow else _add_sound_channels(main, sound, lexicon, term, fold, ti)
        kept.append((term, is_allow, fold, runs, *sound_runs))
    table = _term_table(kept)
    main_ch = _channel(main, engine)
    sound_ch = _channel(sound, engine) if sound.strings else None
    return Matcher(table, main_ch, sound_ch, skipped, key)


def _fold_all(texts: list[str]) -> list[tuple[str, tuple[int, ...]]]:
    """Fold many terms in one vectorised pass (terms are separated by line breaks)."""
    clean = [t.replace("\n", " ").replace("\r", " ") for t in texts]
    norm = normalize("\n".join(clean))
    pieces = norm.text.split("\n")
    runs = norm.runs.tolist()
    out, pos = [], 0
    lines = iter(pieces)
    for _ in clean:
        piece = next(lines, "")
        out.append((piece, tuple(runs[pos:pos + len(piece)])))
        pos += len(piece) + 1
    return out if len(pieces) == len(clean) else [_fold_one(t) for t in clean]


def _fold_one(text: str) -> tuple[str, tuple[int, ...]]:
    norm = normalize(text)
    return norm.text, tuple(int(r) for r in norm.runs)


def _skip_reason(fold: str, runs: tuple[int, ...]) -> str | None:
    if not fold:
        return "只含分隔符、标点或不可见字符，无法匹配"
    if sum(runs) < MIN_TERM_CHARS:
        return "单字词条会造成大量误拦截，已跳过"
    return None


def _add_sound_channels(main: _Patterns, sound: _Patterns, lexicon: Lexicon, term: Term,
                        fold: str, ti: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Add pinyin, initials and homophone patterns; return the pinyin and initials run lengths."""
    py_runs: tuple[int, ...] = ()
    initial_runs: tuple[int, ...] = ()
    if not is_hanzi(fold) or len(fold) < 2:
        return py_runs, initial_runs
    opts = lexicon.options_for(term.category)
    if opts.pinyin or opts.initials:
        full, initials = pinyin_forms(term.text if is_hanzi(term.text) else fold)
        full_fold, py_runs = _fold_one(full)
        if opts.pinyin and len(full) >= 4:
            main.add(full_fold, ti, PINYIN)
        if opts.initials and len(initials) >= 3 and initials not in _initials_stoplist():
            initials_fold, initial_runs = _fold_one(initials)
            main.add(initials_fold, ti, INITIALS)
    if opts.homophone and len(fold) >= HOMOPHONE_MIN_CHARS:
        sound.add(to_text(sound_table()[codepoints(fold)]), ti, HOMOPHONE)
    return py_runs, initial_runs


_Kept = tuple[Term, bool, str, tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _term_table(kept: list[_Kept]) -> _TermTable:
    def flags(pred: list[bool]) -> IntArray:
        return np.array(pred, dtype=np.int64)

    texts = [k[0].text for k in kept]
    return _TermTable(
        texts=texts,
        folds=[k[2] for k in kept],
        categories=[k[0].category for k in kept],
        risks=[k[0].risk for k in kept],
        sources=[k[0].source for k in kept],
        runs=[k[3] for k in kept],
        pinyin_runs=[k[4] for k in kept],
        initial_runs=[k[5] for k in kept],
        is_allow=flags([k[1] for k in kept]),
        canonical=flags([k[0].text == "".join(c * r for c, r in zip(k[2], k[3])) for k in kept]),
        n_chars=np.array([sum(k[3]) for k in kept], dtype=np.int64),
        needs_runs=flags([any(r > 1 for r in (*k[3], *k[4], *k[5])) for k in kept]),
        latin_head=flags([k[2][:1].isascii() and k[2][:1].isalpha() for k in kept]),
        latin_tail=flags([k[2][-1:].isascii() and k[2][-1:].isalpha() for k in kept]),
        short=flags([sum(k[3]) <= 2 for k in kept]),
    )


def _channel(patterns: _Patterns, engine: str) -> _Channel:
    firsts, counts, terms, channels = patterns.flat()
    return _Channel(compile_engine(patterns.strings, engine), firsts, counts, terms, channels)


# ------------------------------------------------------------------ disk cache
def _default_cache() -> Path | None:
    if os.environ.get("BEIAN_NO_CACHE"):
        return None
    return cache_dir() / "matchers"


def _cache_key(lexicon: Lexicon, engine: str) -> str:
    h = hashlib.sha256()
    h.update(f"{CACHE_FORMAT}|{tables_version()}|{engine}|{MIN_TERM_CHARS}".encode())
    for group in (lexicon.terms, lexicon.allow):
        for t in group:
            h.update(f"{t.text}\x1f{t.category}\x1f{t.risk}\x1f{t.source}\x1e".encode())
        h.update(b"\x1d")
    opts = {k: str(v) for k, v in sorted(lexicon.category_options.items())}
    h.update(json.dumps([str(lexicon.options), opts], ensure_ascii=False).encode())
    return h.hexdigest()[:32]


def _state(ch: _Channel | None) -> tuple[str, bytes, IntArray, IntArray, IntArray, IntArray, IntArray] | None:
    if ch is None:
        return None
    lens = getattr(ch.engine, "_char_lens", np.zeros(0, dtype=np.int64))
    return (ch.engine.name, ch.engine.dump(), lens, ch.firsts, ch.counts, ch.entry_term, ch.entry_channel)


def _unstate(state: tuple[str, bytes, IntArray, IntArray, IntArray, IntArray, IntArray] | None) -> _Channel | None:
    if state is None:
        return None
    name, blob, lens, firsts, counts, terms, channels = state
    return _Channel(load_engine(name, blob, lens), firsts, counts, terms, channels)


def _save_cached(folder: Path, matcher: Matcher) -> None:
    state = (CACHE_FORMAT, matcher.key, matcher._t, _state(matcher._main), _state(matcher._sound), matcher.skipped)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{matcher.key}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, folder / f"{matcher.key}.pkl")
    except OSError:
        pass  # caching is an optimisation only


def _load_cached(folder: Path, key: str) -> Matcher | None:
    path = folder / f"{key}.pkl"
    if not path.exists():
        return None
    try:
        fmt, stored_key, table, main, sound, skipped = pickle.loads(path.read_bytes())
        main_ch = _unstate(main)
        if fmt != CACHE_FORMAT or stored_key != key or main_ch is None:
            return None
        return Matcher(table, main_ch, _unstate(sound), skipped, key)
    except Exception:  # a corrupt or foreign cache file is rebuilt, never trusted
        return None


# ------------------------------------------------------------------ reload
class ReloadableMatcher:
    """Holds the current matcher; :meth:`swap` replaces it atomically.

    Callers read :attr:`current` once per request and keep using that object, so
    they never see a half-built matcher: a new one is fully built before the swap.
    """

    def __init__(self, matcher: Matcher) -> None:
        self._current = matcher
        self._lock = threading.Lock()
        self.version = 1

    @property
    def current(self) -> Matcher:
        """The matcher to use for the next scan."""
        return self._current

    def swap(self, new: Matcher) -> Matcher:
        """Install ``new`` and return the previous matcher."""
        with self._lock:
            old, self._current = self._current, new
            self.version += 1
        return old

    def rebuild(self, lexicon: Lexicon, cache_dir: Path | None = None) -> Matcher:
        """Build a matcher for ``lexicon`` and swap it in."""
        self.swap(Matcher.build(lexicon, cache_dir=cache_dir))
        return self._current


def build_matcher(paths: Sequence[Path], allow: Sequence[Path] = (), profile: Profile | None = None,
                  cache_dir: Path | None = None) -> Matcher:
    """Load lexicon files (and allowlists) and compile them."""
    from beian.text.lexicon import load_allowlist, load_lexicons

    lexicon = load_lexicons(list(paths), profile=profile)
    for path in allow:
        lexicon.allow.extend(load_allowlist(path))
    return Matcher.build(lexicon, cache_dir=cache_dir)
