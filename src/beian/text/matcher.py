"""The evasion-resistant keyword matcher.

Build once from a :class:`~beian.text.terms.Lexicon`, cache on disk, scan many
texts. Each hit says where it is in the original text, which term it matched,
which variant it caught and the term's category and risk.

How a scan works:

1. the text is folded (:mod:`beian.text.normalize`): width, case, styles,
   homoglyphs, traditional characters, invisible characters, inserted noise and
   repeats all disappear, and an offset map leads back to the original;
2. one multi-literal search (the C automaton, else hyperscan; :mod:`beian.text.engines`) finds the
   folded terms, their full pinyin and their initials; a second one runs over the
   homophone form of the text when a category has homophones switched on
   (patterns come from :mod:`beian.text.compiler`);
3. vectorised checks (:mod:`beian.text.hitfilters`) drop hits that an allowlist
   term covers, Latin hits inside longer words (``sq`` in ``sql``), pinyin and
   initials hits across symbols or escapes (``mg/dL``, ``\\n\\n\\n``), two-character
   hits across two ordinary words, and hits inside longer hits;
4. Chinese hits that cut through a word of the segmenter's dictionary (``水乳|交融``
   holds ``乳交``) are down-graded to ``CAP_WORD`` (:mod:`beian.text.wordcut`), unless
   the term is always-block; repeats folded across two words (``共和国|国务院``) are
   trimmed from the span; pinyin and initials hits written as English words or
   capital acronyms (``like``, ``ALT``) are down-graded too, and name every entry
   with their sound (``Match.candidates``);
5. some writings are read a second time, and a hit that covers what the second reading changed is kept over
   the original span: escape codes and markup (:mod:`beian.text.escapes`), letters written with digits
   (:mod:`beian.text.leet`), a generator's borrowed letters (:mod:`beian.text.fancy`), keycaps, enclosed
   ideographs and single letters or digits between characters as fillers (:mod:`beian.text.keycaps`), the
   iteration mark (:mod:`beian.text.iteration`), upside-down text and a right-to-left override
   (:mod:`beian.text.flipped`, :mod:`beian.text.bidi`), zhuyin (:mod:`beian.text.zhuyin`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Generic, NamedTuple, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from beian.text import matcher_cache, signals
from beian.text.bidi import overridden, trailing_override
from beian.text.compiler import (
    FOLD,
    HOMOPHONE,
    INITIALS,
    MIXED,
    MIXED_MAX_CHARS,
    PINYIN,
    SPLIT,
    TONES,
    Channel,
    Compiled,
    SkippedTerm,
    compile_lexicon,
    typed_abbreviation,
)
from beian.text.emoji_chars import CAP_TWO_CHARACTER_NAME, emoji_only, emoji_readings, trailing_emoji
from beian.text.emoji_chars import table as emoji_table
from beian.text.escapes import Decoded, Window, trailing_codes
from beian.text.escapes import decode as decode_escapes
from beian.text.escapes import windows as escape_windows
from beian.text.fancy import fancy_words, trailing_fancy
from beian.text.flipped import flipped_runs, trailing_flipped
from beian.text.hitfilters import (
    BREAK,
    CAP_LIST_ITEMS,
    CAP_SPACED_LETTERS,
    CAP_WORD,
    CHANGED,
    CLAUSE,
    DIGIT,
    ESCAPE,
    LATIN,
    NUMERAL,
    SYMBOL,
    UNKNOWN,
    alnum_joined,
    any_true,
    char_flags,
    code_token,
    command_option,
    count,
    covered,
    dictionary_words,
    digit_sequence_piece,
    english_like,
    english_words,
    english_words_joined,
    fold_variant,
    gap_cap,
    gapped_latin_in_tokens,
    gc_paused,
    identifier_like,
    in_latin_prose,
    joined_words,
    latin_ok,
    letter_of_a_number,
    list_items,
    load_pair_table,
    mixed_edges,
    name_shaped,
    named_abbreviation,
    not_pinyin_spelling,
    numeral_zero,
    option_label,
    outermost,
    pinyin_runs_ok,
    recased_in_code,
    romanized_name,
    settle_sweep,
    snake_case_part,
    span_order,
    straddles_words,
    text_flags,
    typographic_space,
    vietnamese_word,
)
from beian.text.homophones import read_as_term
from beian.text.initial_letter import InitialHit, InitialIndex
from beian.text.initial_letter import find as find_initials
from beian.text.iteration import iterated, trailing_iterated
from beian.text.keycaps import (
    CAP_LETTER_FILLER,
    keycap_fillers,
    letter_fillers,
    trailing_keycaps,
    trailing_letter_filler,
)
from beian.text.leet import respelled, trailing_word
from beian.text.line_marks import line_readings, table_columns
from beian.text.misreads import (
    CHINESE_NUMERALS,
    ascii_misread,
    common_homophone,
    common_readings,
    counted_number,
    id_group,
    inside_chinese_number,
    inside_number,
    latin_unit,
    number_masks,
    pinyin_syllables,
    plain_form_of_lookalike_term,
    plain_form_of_symbol_term,
    same_reading_words,
    spaced_letters,
    term_symbols,
)
from beian.text.mixed import MixedHit, reading
from beian.text.mixed import find as find_mixed
from beian.text.normalize import (
    MAX_GAP_CHARS,
    NEWLINE,
    Gap,
    Normalized,
    codepoints,
    fold_tables,
    native,
    normalize,
    to_text,
)
from beian.text.phonetics import is_hanzi, sound_table, tone_syllables
from beian.text.pinyin_reading import (
    after_name_label,
    fewer_syllables,
    gloss_cap,
    in_english_line,
    in_english_prose,
    index_letters,
    latin_reading,
    pinyin_syllable_count,
    run_gloss_cap,
    sentence_cap,
    tone_cap,
    toned_syllable,
)
from beian.text.ruby import ruby_words, trailing_ruby
from beian.text.terms import Lexicon
from beian.text.tone_digits import tone_digit_words
from beian.text.unit_repeat import trailing_unit_repeat, unit_repeats
from beian.text.wordcut import BREAKER, CONTEXT, CUT, UNLISTED, WordCut, spaced_window, window_key
from beian.text.zhuyin import trailing_zhuyin, zhuyin_words

if TYPE_CHECKING:
    from beian.standard import Profile

__all__ = ["Match", "Matcher", "ScanUnit", "SkippedTerm", "build_matcher"]

IntArray = npt.NDArray[np.int64]

# Texts longer than this are scanned piece by piece (cut at a paragraph break, else at a line break after a
# sentence end, else at a line break). The fold's arrays take about 35 bytes per character; a 7-million-character
# document scanned whole faulted in ~700 MB of fresh pages, and the kernel's time for that was half the scan
# (20 MB of law text: 3.1 s -> 2.0 s at 1,000,000, the output byte for byte the same; BENCHMARKS.md §1.0). A quarter
# of that is as fast and gives ``scan --workers`` pieces enough to share out evenly (the output is again the same).
MAX_CHUNK_CHARS = 250_000
_SENTINEL = "\ufdd0"  # a noncharacter: kept by the fold, in no pattern
_OPEN_TAG = re.compile(r"<[^<>\n]*$")  # the end of a stream in the middle of writing a tag (法<b)
STRUCTURE_REACH = 2000  # characters of a stream's tail read for a table, list or JSON still being written
DOC_JOIN = "\n\n"  # a paragraph break: a hard boundary, so batched documents never join
CHANNEL_VARIANT = {PINYIN: "pinyin", TONES: "pinyin", INITIALS: "initials", HOMOPHONE: "homophone",
                   MIXED: "mixed", SPLIT: "split"}
CONFIDENCE = {
    "exact": 1.0, "case": 0.98, "width": 0.97, "traditional": 0.97, "style": 0.95,
    "homoglyph": 0.95, "zero_width": 0.95, "separator": 0.9, "repeat": 0.9,
    "pinyin": 0.8, "mixed": 0.75, "initial_letter": 0.75, "split": 0.75, "initials": 0.6, "homophone": 0.5,
    "escape": 0.9, "leet": 0.8, "flipped": 0.8, "fancy": 0.8, "digits": 0.9,
    "emoji": 0.75,  # 草泥🐴: an emoji for the character it pictures (beian.text.emoji_chars)
}
# split (拆字, 讠乍骗) was 0.7 until 2026-12-05: on 80 MB of ordinary text no split hit passes the word check but the
# three written on purpose (土亢爹, 真他女马, 土立 土及); ordinary characters side by side (妇女干部) are cut by it (0.4)
# d博 (one letter and one character) is listed, not acted on: on benign reviews and comments sizes (m码 read as 无码),
# physics (p波) and letters typed for themselves make most of them (BENCHMARKS.md §1.1, seventh probe)
CAP_INITIAL_LETTER_PAIR = 0.4
# initials of five letters or more, a letter for each character and three different letters at least (zzxhgy for
# 制作硝化甘油): acted on by default. On 29 MB of ordinary text, 3,000 model answers and CMRC no such hit occurs (the
# longer ones there are xxxxxx, zzzzz, hhjhh); four letters stay at 0.6 (zzzq is 政治正确 as often as 专制政权)
LONG_INITIALS, DISTINCT_INITIALS, CONFIDENCE_LONG_INITIALS = 5, 3, 0.75
# a doubled character inside a term of more characters is typed on purpose, not two words meeting (认证|证书 reads
# as the 3-character 认证书): the hundred-and-twelfth probe's 销售猎枪枪手枪 and 枪弹出出售 were at 0.4
REPEAT_JOIN_MAX_CHARS = 3
CONTEXT_WINDOW = 20  # characters either side of a hit where a context rule's words are looked for
CAP_DISGUISED_NEIGHBOUR = 0.75  # a disguised term whose gaps allow less is not read as written whole (_beside_disguised)
NEIGHBOUR_SPAN = 16  # the longest kept hit read again beside a term written with insertions (Matcher._beside_disguised)
_FEW_HITS = 1000  # below this many candidate hits the word check settles in rounds (see Matcher._settle)
MAX_CODE_CHARS = 12  # the longest escape code of one character (``\\U0001f600``, ``&#x10ffff;``)


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
    candidates: tuple[tuple[str, str | None], ...] = ()
    """Pinyin, initials, mixed and homophone hits: every lexicon entry with this sound as
    ``(term, category)`` when there are several (``matched`` is one of them); empty otherwise."""

    @property
    def kind(self) -> str:
        """Always ``"keyword"`` (personal-information hits say ``"pii"``)."""
        return "keyword"


class ScanUnit(NamedTuple):
    """One piece of :meth:`Matcher.scan_stream`'s work: documents ``first`` ... ``first + n_docs - 1`` scanned
    together (``n_docs`` > 1), or characters ``[start, end)`` of document ``first``."""

    first: int
    n_docs: int = 1
    start: int = 0
    end: int = 0


class Matcher:
    """A compiled lexicon. Thread-safe for concurrent :meth:`scan` calls."""

    def __init__(self, compiled: Compiled, key: str) -> None:
        terms = compiled.table
        self._t = terms
        self._main = compiled.main
        self._sound = compiled.sound
        self.skipped = compiled.skipped
        self.user_words = compiled.user_words
        self._wordcut: WordCut | None = None
        self._term_symbols: dict[int, set[str]] = {}
        self._syllables: dict[int, tuple[str, list[str]]] = {}
        self._latin_syllables: dict[int, int] = {}  # Latin entries: how many pinyin syllables (_latin_pinyin_cap)
        self._hanzi_entries: frozenset[str] | None = None
        self._spelled_entries: frozenset[str] | None = None
        self._initials_by_key: InitialIndex | None = None  # built on the first text with a lone letter by a character
        self._cache_folder: Path | None = None  # where Matcher.build found or wrote the compiled lexicon
        self._context: dict[tuple[str, str | None], tuple[str, ...]] = {}  # (entry, category) -> folded context words
        self.key = key
        fold_len = self._fold_len = _fold_lengths(terms.folds)
        self.max_term_chars = int(fold_len.max(initial=0))
        channels = [c for c in (self._main, self._sound) if c is not None]
        self._longest_pattern = max((len(p) for c in channels for p in c.sorted_patterns), default=0)
        # per term: the fields of an exact hit after (start, end), then the same at CAP_WORD
        self._exact_tails = [(x, x, "exact", c, r, conf, src, ()) for conf in (1.0, CAP_WORD) for x, c, r, src in
                             zip(terms.texts, terms.categories, terms.risks, terms.sources)]
        # per term, which run-length checks can fail (see _RUNS_BIT): 1 the folded form has a doubled character
        # (its runs sum to n_chars, more than its length), 2 some spelling has one; and the run length a term
        # folded to one character needs (大大 -> 大: 2), else 0
        self._runs_bits = (terms.n_chars > fold_len).astype(np.uint8) | ((terms.needs_runs == 1).astype(np.uint8) << 1)
        self._one_char_need = np.where(fold_len == 1, terms.n_chars, 0)
        # per term: the two-character check and the word check apply (they never do to always-block terms)
        self._pair_checked = (terms.n_chars == 2) & (terms.always == 0)
        self._mixed_script = _digits_and_hanzi(terms.folds, terms.hanzi)  # per term: digits or letters and Chinese
        self._word_checked = ((terms.hanzi == 1) | self._mixed_script) & (terms.always == 0)
        # per term: up to three characters, a Latin letter first and last (ma, GM): may be a unit after a number
        self._short_latin = (terms.n_chars <= 3) & (terms.latin_head == 1) & (terms.latin_tail == 1)
        self._digit_terms = np.array([_ASCII_DIGIT.search(f) is not None for f in terms.folds], dtype=bool)
        # per term: a number of up to four digits or Chinese numerals (24, 64, 500, 8964, 六十四): often a count or an
        # ordinal in ordinary text
        self._short_number = np.array([len(f) <= 4 and ((f.isascii() and f.isdigit()) or _numerals_only(f))
                                       for f in terms.folds], dtype=bool)

    # ----------------------------------------------------------------- build
    @classmethod
    def build(cls, lexicon: Lexicon, cache_dir: Path | None = None, engine: str = "auto") -> Matcher:
        """Compile ``lexicon``; reuse the disk cache in ``cache_dir`` when it matches (a large new one is written
        there in the background, see :func:`~beian.text.matcher_cache.save_later`)."""
        key = matcher_cache.cache_key(lexicon, engine)
        folder = cache_dir if cache_dir is not None else matcher_cache.default_cache()
        compiled = matcher_cache.load(folder, key) if folder else None
        if compiled is not None:
            matcher = cls(compiled, key)
            matcher._cache_folder = folder
            matcher.use_context(lexicon)
            return matcher
        compiled = compile_lexicon(lexicon, engine, wait=False)
        matcher = cls(compiled, key)  # made while the engines are still compiling
        matcher._cache_folder = folder
        matcher.use_context(lexicon)
        compiled.settle()
        if folder:
            matcher_cache.save_later(folder, key, compiled)  # written while the caller goes on
        return matcher

    def use_context(self, lexicon: Lexicon) -> None:
        """Take the context rules of ``lexicon``'s entries (``人大 && 代表|常委会``): a hit on such an entry with none of
        its context words within :data:`CONTEXT_WINDOW` characters (folded) is kept but capped at 0.4, listed and not
        acted on. The rules are not compiled: the same compiled lexicon serves with or without them."""
        from beian.text.normalize import fold_term

        self._context = {(t.text, t.category): tuple(fold_term(w) for w in t.context) for t in lexicon.terms
                         if t.context}

    def _in_context(self, text: str, hits: list[Match], offset: int) -> list[Match]:
        """``hits`` with those of context-ruled entries capped where none of their context words is near."""
        from beian.text.normalize import fold_term

        out = []
        for m in hits:
            words = self._context.get((m.matched, m.category))
            if words and m.confidence > CAP_WORD:
                a, b = m.start - offset, m.end - offset
                near = fold_term(text[max(0, a - CONTEXT_WINDOW):a]) + "\x00" + fold_term(text[b:b + CONTEXT_WINDOW])
                if not any(w and w in near for w in words):
                    m = m._replace(confidence=CAP_WORD)
            out.append(m)
        return out

    @property
    def engine_name(self) -> str:
        """``native``, ``hyperscan`` or ``ahocorasick`` (see :data:`beian.text.engines.ENGINES`)."""
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
        return [m for hits in self._pieces(text) for m in hits]

    def _pieces(self, text: str) -> Iterator[list[Match]]:
        """The hits of ``text`` piece by piece (:func:`_chunks`; a short text is one piece), offsets in ``text``."""
        for offset, piece in _chunks(text):
            yield self._scan_one(piece, offset)

    def pending_chars(self, text: str) -> int:
        """How many trailing characters of ``text`` could still grow into a hit.

        A streaming caller releases ``text`` except these: the longest suffix whose folded form
        (or sound form) is the beginning of some pattern, including evasion noise inside it.
        Everything before it can never be part of a hit that completes later. A single line
        break does not end a pending match (``法\\n轮功`` is a hit); a paragraph break or an
        over-long gap does, so only the last ``longest pattern x (MAX_GAP_CHARS + 1)`` characters
        are looked at. A complete hit among the last ``CONTEXT`` characters is held too: the word
        check reads the characters after it.
        """
        codes = trailing_codes(text, (self._longest_pattern + 1) * MAX_CODE_CHARS)  # &#27861;&#36718; ...
        return max(codes, trailing_word(text), trailing_flipped(text), trailing_fancy(text),  # p0 before rn; ɐɟ before unl
                   trailing_keycaps(text, self._longest_pattern), trailing_iterated(text, self._longest_pattern),
                   trailing_unit_repeat(text, self._longest_pattern),
                   trailing_letter_filler(text, self._longest_pattern), trailing_emoji(text),
                   trailing_override(text, (self._longest_pattern + 1) * (MAX_GAP_CHARS + 1)), trailing_zhuyin(text),
                   trailing_ruby(text),
                   self._pending_plain(text[-(self._longest_pattern + 1) * (MAX_GAP_CHARS + 1):]),
                   self._pending_decoded(text[-(self._longest_pattern + 1) * (MAX_GAP_CHARS + 1) * MAX_CODE_CHARS:]),
                   self._pending_structure(text[-STRUCTURE_REACH:]))

    def _pending_structure(self, tail: str) -> int:
        """:meth:`_pending_plain` of the second readings that join a structure still being written: a Markdown table's
        column, marked list lines, neighbouring JSON values (``| 1 | 海 |`` over ``| 2 | 洛 |``, ``1. 海`` over ``2. 洛``,
        ``{"a": "海洛", "b": ``): the part of it that may still become a term is held from where it starts."""
        if "\n" not in tail and '":' not in tail:
            return 0
        last_lines = tail.rfind("\n", 0, max(0, tail.rfind("\n"))) + 1  # the current line and the one before
        held = 0
        closed = tail + '"' if _OPEN_VALUE.search(tail) else tail  # a JSON value being written, read as if closed
        for joined in (*line_readings(closed), *(table_columns(tail) if "|" in tail else ())):
            if not joined.text or joined.ends[-1] < last_lines:
                continue  # a structure that ended before the last two lines
            k = self._pending_plain(joined.text)
            if k:
                held = max(held, len(tail) - min(joined.starts[len(joined.text) - k], len(tail)))
        return max(held, _short_item_tail(tail))

    def _pending_decoded(self, tail: str) -> int:
        """:meth:`_pending_plain` of a tail with markup or escape codes in it, read decoded (``法<b></b>`` may still
        become ``法<b></b>轮功``, as the full scan reads it); a tag still being written (``法<b``) is held whole."""
        whole = _OPEN_TAG.sub("", tail)
        opened = len(tail) - len(whole)
        decoded = decode_escapes(whole)
        if decoded is None:
            return opened + self._pending_plain(whole) if opened else 0
        k = self._pending_plain(decoded.text)
        return len(tail) - decoded.starts[len(decoded.text) - k] if k else opened

    def _pending_plain(self, tail: str) -> int:
        if not tail:
            return 0
        norm = normalize(tail + _SENTINEL)  # a trailing paragraph break becomes a boundary before it
        ntext = norm.text[:-1]
        sound = to_text(sound_table()[norm.cps[:-1]]) if self._sound is not None else ""
        held = self._settling(norm, ntext)
        for k in range(min(len(ntext), self._longest_pattern), 0, -1):  # longest first: the earliest start
            if _begins_pattern(self._main.sorted_patterns, ntext[-k:]) or (
                    sound and _begins_pattern(self._sound.sorted_patterns, sound[-k:])):  # type: ignore[union-attr]
                return len(tail) - min(held, int(norm.starts[len(ntext) - k]))
        return len(tail) - held

    def _settling(self, norm: Normalized, ntext: str) -> int:
        """Where the earliest complete Chinese hit that the word check may still change starts (else the end).

        That is a hit followed by fewer than ``CONTEXT`` characters and no breaker (punctuation, a space,
        a deleted symbol) yet: the words that follow may change its confidence (``援交|关`` reads otherwise
        than ``援交|关于``).
        """
        end = len(norm.source_cps) - 1
        if not ntext:
            return end
        term, channel, s, e = self._search(self._main, ntext, norm.cps[:len(ntext)])
        t = self._t
        maybe = ((e > len(ntext) - CONTEXT) & (channel == FOLD) & (t.hanzi[term] == 1) & (t.always[term] == 0))
        if not maybe.any():
            return end
        gap = (norm.starts[1:] != norm.ends[:-1]) | (norm.cps[1:] == NEWLINE)  # a breaker after kept char j
        broken = np.flip(np.cumsum(np.flip(gap))) > 0  # broken[j]: a breaker somewhere after kept char j
        open_ = maybe & ~broken[e - 1]
        return int(norm.starts[int(s[open_].min())]) if open_.any() else end

    def scan_many(self, texts: Sequence[str]) -> list[list[Match]]:
        """Hits per document; documents are scanned in batches for speed."""
        out: list[list[Match]] = [[] for _ in texts]
        for doc, hits in self.scan_stream(texts):
            out[doc].extend(hits)
        return out

    def scan_stream(self, texts: Sequence[str]) -> Iterator[tuple[int, list[Match]]]:
        """``(document index, hits)`` in document order, a long document in several pieces (offsets are the
        document's): what :meth:`scan_many` returns, without holding every hit at once (``scan --json``)."""
        for unit in self.units(texts):
            yield from self.scan_unit(texts, unit)

    @staticmethod
    def units(texts: Sequence[str]) -> list[ScanUnit]:
        """The pieces of work :meth:`scan_stream` does in turn: short documents batched together, a long one
        in pieces. Each is scanned on its own (:meth:`scan_unit`), so they may also go to several processes."""
        out: list[ScanUnit] = []
        for first, batch in _batches(texts):
            if len(batch) > 1:
                out.append(ScanUnit(first, len(batch)))
            else:  # offsets are the document's already; a long one is scanned in pieces
                out.extend(ScanUnit(first, 1, a, b) for a, b in _chunk_bounds(batch[0]))
        return out

    def scan_unit(self, texts: Sequence[str], unit: ScanUnit) -> list[tuple[int, list[Match]]]:
        """``(document index, hits)`` of one unit of :meth:`units`, in document order."""
        if unit.n_docs == 1:
            text = texts[unit.first]
            piece = text if unit.start == 0 and unit.end == len(text) else text[unit.start:unit.end]
            return [(unit.first, self._scan_one(piece, unit.start))]
        batch = texts[unit.first:unit.first + unit.n_docs]
        hits = self._scan_one(DOC_JOIN.join(batch))
        bounds = np.cumsum([0, *[len(t) + len(DOC_JOIN) for t in batch]])
        docs = np.searchsorted(bounds, [m.start for m in hits], side="right") - 1
        per_doc: list[list[Match]] = [[] for _ in batch]
        new = tuple.__new__
        for m, doc in zip(hits, docs.tolist()):
            base = int(bounds[doc])
            per_doc[doc].append(new(Match, (m.start - base, m.end - base, *m[2:])))
        return [(unit.first + k, found) for k, found in enumerate(per_doc)]

    def _scan_one(self, text: str, offset: int = 0) -> list[Match]:
        if not text:
            return []
        with gc_paused():
            hits = self._scan_text(text, offset)
            windows = escape_windows(text, (self._longest_pattern + 1) * (MAX_GAP_CHARS + 1))
            if windows:
                decoded = self._scan_words([w.decoded.text for w in windows], [layout(w.decoded) for w in windows])
                hits = _with_escaped(text, hits, list(zip(windows, decoded)), offset)
            sig = signals.present(text)  # the rarer readings whose signal character the text holds
            emoji_one, emoji_two = emoji_readings(text) if sig & signals.EMOJI else ([], [])
            # (readings, variant, cap, whether a digit beside a hit makes its filler part of a number: 2比1的)
            kinds: list[tuple[Sequence[_Reading], str | None, float, bool]] = [
                (respelled(text), "leet", 1.0, False),
                (fancy_words(text) if sig & signals.FANCY else [], "fancy", 1.0, False),
                (keycap_fillers(text) if sig & signals.KEYCAP else [], "separator", 1.0, False),
                (iterated(text), "repeat", 1.0, False), (unit_repeats(text), "repeat", 1.0, False),
                (letter_fillers(text), "separator", CAP_LETTER_FILLER, True),
                ([*(flipped_runs(text) if sig & signals.FLIPPED else ()), *overridden(text)], "flipped", 1.0, False),
                (zhuyin_words(text) if sig & signals.ZHUYIN else [], None, 1.0, False),
                (ruby_words(text), "separator", 1.0, False), (tone_digit_words(text), None, 1.0, False),
                (emoji_one, "emoji", 1.0, False), (emoji_two, "emoji", CAP_TWO_CHARACTER_NAME, False)]
            for readings, variant, cap, numeric in kinds:
                if readings:  # each kind in one scan (第1条, 3楼: letter fillers are common)
                    found = self._scan_words([r.text for r in readings])
                    new = [m for r, f in zip(readings, found) for m in _read_again(text, f, r, offset, variant, cap)
                           if not (numeric and _digit_beside(text, m.start - offset, m.end - offset))
                           and (variant != "emoji" or not emoji_only(m.text))]  # 👑 alone is a crown
                    hits = _with_new(hits, _outermost_of_each_term(new))
            lines = line_readings(text)
            if lines:  # the marks it takes out (> , 1. ) were read as noise: its confidence wins on the same span
                found = self._scan_words([r.text for r in lines])
                hits = _with_new(hits, [m for r, f in zip(lines, found)
                                        for m in _read_again(text, f, r, offset, "separator")], higher=True)
            columns = table_columns(text) if "|" in text and "\n" in text else []
            if columns:  # a term down a table's column; two characters are two whole values (性别: 男, 女)
                found = self._scan_words([r.text for r in columns])
                hits = _with_new(hits, [m if len(m.matched) > 2 else m._replace(confidence=min(m.confidence, CAP_LIST_ITEMS))
                                        for r, f in zip(columns, found)
                                        for m in _read_again(text, f, r, offset, "separator")], higher=True)
            if self._context:
                hits = self._in_context(text, hits, offset)
            return hits

    def _scan_words(self, words: Sequence[str], layouts: Sequence[Layout] | None = None) -> list[list[Match]]:
        """The hits of each of ``words`` (a second reading of part of a text), offsets in that word, from one scan of
        them all (joined by paragraph breaks, which no hit crosses); ``layouts``: each word's :class:`Layout`."""
        bases = np.cumsum([0, *[len(w) + len(DOC_JOIN) for w in words]]).tolist()
        out: list[list[Match]] = [[] for _ in words]
        for m in self._scan_text(DOC_JOIN.join(words), 0, Layout.join(layouts) if layouts else None):
            k = bisect_right(bases, m.start) - 1
            out[k].append(m._replace(start=m.start - bases[k], end=m.end - bases[k]))
        return out

    def _scan_text(self, text: str, offset: int, written: Layout | None = None) -> list[Match]:
        """The hits of ``text``; ``written``: how a decoded text was written (see :class:`Layout`)."""
        norm = normalize(text)
        found = [self._search(self._main, norm.text, norm.cps)]
        if self._sound is not None:
            sound_cps = sound_table()[norm.cps]
            found.append(self._search(self._sound, to_text(sound_cps), sound_cps))
        term, channel, s, e = found[0] if len(found) == 1 else (np.concatenate(parts) for parts in zip(*found))
        hits = self._resolve(text, norm, term, channel, s, e, offset, written) if term.size else []
        mixed_hits = self._mixed(norm)
        if mixed_hits:
            hits = _with_mixed(hits, [self._make_mixed(text, norm, h, offset) for h in mixed_hits])
        initial_hits = self._initial_letters(text, norm)
        if initial_hits:
            hits = _with_initials(hits, [self._make_initial(text, norm, h, offset) for h in initial_hits])
        return hits

    def _initial_letters(self, text: str, norm: Normalized) -> list[InitialHit]:
        """Terms with one character written as the initial of its pinyin (:mod:`beian.text.initial_letter`)."""
        if norm.text.isascii() or _ANY_LOWER.search(norm.text) is None:
            return []
        return find_initials(norm.text, lambda p: _lone_lower(text, int(norm.starts[p]), int(norm.ends[p])),
                             self._initial_index, self._word_cut().is_word)

    def _initial_index(self) -> InitialIndex:
        if self._initials_by_key is None:
            self._initials_by_key = InitialIndex.load_or_build(self._cache_folder, self.key, self._t.folds,
                                                               self._t.spelled)
        return self._initials_by_key

    def _commoner_first(self, ti: int, seen: str) -> tuple[bool, int, int]:
        """Sort key of the entries a stretch with one initial may stand for (after the one most lists have): a
        dictionary word first, then the one whose character at the letter is commoner (jieba's count), then lexicon
        order."""
        words, fold = self._word_cut(), self._t.spelled[ti]
        at = next((k for k, c in enumerate(seen) if c.isascii()), 0)
        return not words.is_word(fold), -words.count(fold[at:at + 1]), ti

    def _make_initial(self, text: str, norm: Normalized, hit: InitialHit, offset: int) -> Match:
        """The :class:`Match` of a term with one character written as its initial (two characters: below the
        gateway's default, ``A股``-like labels aside, a letter and one character are too common to act on)."""
        s, e, t = hit.start, hit.end, self._t
        ostart, oend = int(norm.starts[s]), int(norm.ends[e - 1])
        listed = Counter(t.folds[k] for k in hit.terms)  # 法l功: 法轮功 (in most lists) before 法论功, 法仑功
        ti = min(hit.terms, key=lambda k: (-listed[t.folds[k]], *self._commoner_first(k, norm.text[s:e])))
        confidence = CONFIDENCE["initial_letter"] if e - s > 2 else CAP_INITIAL_LETTER_PAIR
        cap = gap_cap(norm, s, e, len(t.spelled[ti]))
        if cap is not None:
            confidence = min(confidence, cap)
        candidates = tuple(dict.fromkeys((t.texts[k], t.categories[k]) for k in hit.terms))
        return Match(ostart + offset, oend + offset, text[ostart:oend], t.texts[ti], "initial_letter",
                     t.categories[ti], t.risks[ti], confidence, t.sources[ti], candidates if len(candidates) > 1 else ())

    def _mixed(self, norm: Normalized) -> list[MixedHit]:
        """Terms with any of their characters written as pinyin (:mod:`beian.text.mixed`)."""
        if self._longest_pattern and not norm.text.isascii():
            return find_mixed(norm.text, norm.runs,
                              lambda view: self._search(self._main, view, codepoints(view)), PINYIN,
                              min(self.max_term_chars, MIXED_MAX_CHARS), self._spelling, lambda: _letter_breaks(norm))
        return []

    def _common_homophone(self, ti: int, same: Sequence[int]) -> bool:
        """Whether a pinyin hit on entry ``ti`` (and the same-sound entries ``same``) spells a common word that is
        none of them (:func:`~beian.text.misreads.common_homophone`), while none of them is a dictionary word itself:
        ``guanxi`` for the coinage 冠希 is 关系; ``bingdu`` for 冰毒 (a word) stays, as its evasion."""
        syllables = self._spelling(ti)[1]
        folds = {self._t.folds[k] for k in (ti, *same)}
        if not syllables or any(self._word_cut().count(f) for f in folds):
            return False
        return common_homophone("".join(syllables), folds | {self._t.texts[k] for k in (ti, *same)})

    def _tones_name_entry(self, text: str, ostart: int, oend: int, ti: int) -> bool:
        """Whether the tones written on a pinyin hit are the entry's and those of no dictionary word its syllables
        spell: ``mí fěn`` is 迷粉, not 米粉 mǐ fěn (the two-hundred-and-seventh probe); ``zhù yì`` is 注意 whatever the
        entry."""
        term = self._t.texts[ti]
        words = [w for w in same_reading_words("".join(self._spelling(ti)[1])) if len(w) == len(term)]
        return (bool(words) and tone_cap(text, ostart, oend, term) is None
                and all(tone_cap(text, ostart, oend, w) is not None for w in words))

    def _reading_cap(self, text: str, ostart: int, oend: int, ti: int, channel: int) -> float:
        """The cap that reading the hit where it stands gives (1.0: none): a pinyin hit in a sentence written in
        pinyin, with written tones, or as a name in an English line (:mod:`beian.text.pinyin_reading`); a Latin
        pinyin entry written apart (:meth:`_latin_pinyin_cap`)."""
        t = self._t
        caps: list[float | None] = [1.0]
        if channel in (PINYIN, TONES):
            caps += [sentence_cap(text, ostart, oend, self._word_cut().count(t.folds[ti])),
                     tone_cap(text, ostart, oend, t.texts[ti]), gloss_cap(text, ostart, oend, t.texts[ti]),
                     run_gloss_cap(text, ostart, oend, t.texts[ti])]
            pair_name = len(t.texts[ti]) == 2 and (in_english_line(text, ostart, oend)
                                                   or after_name_label(text, ostart, oend))
            if pair_name or in_english_prose(text, ostart, oend):  # a name in English text (Applicant: MA HUI), in a
                caps.append(CAP_WORD)  # name field (申请人：MAI YIN, 麦茵（MAI YIN）), a name in a log line or SQL
        elif channel == FOLD and not text[ostart:oend].isascii() and self._t.texts[ti].isascii() and (
                index_letters(text[ostart:oend]) or (self._latin_pinyin(ti) == 1 and toned_syllable(text[ostart:oend]))):
            caps.append(CAP_WORD)  # xᵢ of a formula for the entry xi; mā of a pinyin lesson for the entry ma
        elif channel == FOLD and self._latin_pinyin(ti) >= 2:  # (a piece of a reading: _latin_in_context)
            caps.append(gloss_cap(text, ostart, oend, t.texts[ti]))  # 病毒 bìngdú for the entry bingdu
            if not text[ostart:oend].isalpha():
                caps.append(self._latin_pinyin_cap(text, ostart, oend, ti))
        return min(c for c in caps if c is not None)

    def _latin_pinyin_cap(self, text: str, ostart: int, oend: int, ti: int) -> float | None:
        """The cap for a folded hit on a Latin entry that is pinyin of two or more syllables (``bushi``, ``liusi``),
        written apart: read in its pinyin sentence as a pinyin hit is (``wo bu shi`` is 不是), and at ``CAP_WORD``
        when written as a romanized name of two syllables (``Ms. Liu Si``), as :func:`romanized_name` does. Written
        as one word (``Taiwan``, ``guójiā``) it is the entry itself, and not read here. The entry counts as the word
        its syllables most likely write when the lexicon lists that word too (``guojia`` and 国家), else as unknown."""
        syllables = self._latin_pinyin(ti)
        if syllables == 2 and name_shaped(text[ostart:oend]):
            return CAP_WORD
        word, count = latin_reading(self._t.texts[ti])
        if word not in self._hanzi_folds():  # guojia beside 国家 in the lexicon is 国家; bushi (布什) is not 不是
            count = 0
        return sentence_cap(text, ostart, oend, count)

    def _latin_in_context(self, text: str, idx: IntArray, term: IntArray, channel: IntArray, a: IntArray,
                          b: IntArray) -> npt.NDArray[np.bool_]:
        """Which folded hits on Latin entries are part of something else, by position in ``idx``: a name in code
        joined on by an underscore (``sb_len``, ``qq_id``: :func:`~beian.text.hitfilters.snake_case_part`), or, for a
        pinyin entry (``ma``, ``cao``), a piece of a run of pinyin that spells out the characters beside it
        (``mā ma（妈妈）``: :func:`~beian.text.pinyin_reading.run_gloss_cap`)."""
        out = np.zeros(idx.size, dtype=bool)
        for k in _nonzero((channel[idx] == FOLD) & (self._t.hanzi[term[idx]] == 0)).tolist():
            ti, x, y = int(term[idx[k]]), int(a[k]), int(b[k])
            out[k] = snake_case_part(text, x, y) or (
                self._latin_pinyin(ti) > 0 and run_gloss_cap(text, x, y, self._t.texts[ti]) is not None)
        return out

    def _latin_pinyin(self, ti: int) -> int:
        """How many pinyin syllables entry ``ti`` is, when it is a Latin word (``bushi`` 2; 0: not pinyin), cached."""
        syllables = self._latin_syllables.get(ti)
        if syllables is None:
            term = self._t.texts[ti]
            letters = "".join(c for c in term if c.isalpha())  # c a o, fa-lun-gong: the letters the fold keeps
            syllables = self._latin_syllables[ti] = pinyin_syllable_count(letters) if term.isascii() and letters else 0
        return syllables

    def _hanzi_folds(self) -> frozenset[str]:
        """The folds of the lexicon's Chinese entries, made on first use."""
        if self._hanzi_entries is None:
            self._hanzi_entries = frozenset(f for f, h in zip(self._t.folds, self._t.hanzi.tolist()) if h)
        return self._hanzi_entries

    def _likeliest_reading(self, ti: int, same: Sequence[int], original: str) -> int:
        """Of the entries a pinyin hit ``original`` spells (``ti`` and the same-sound ``same``), the one whose tones
        agree with the written ones (``hǒng chǎn dāng``: 裆, not 谠 dǎng), then one of Chinese characters only (哄铲裆
        before 哄chan党, whose letters the pinyin also spells), then the one jieba counts most (``qi ta``: 其他 before
        骑他, 骑她), then one written as its own fold (老虎机 before 老.虎.机 and 老虎機), else ``ti``: the word the pinyin
        most likely writes is the one to report."""
        words, t = self._word_cut(), self._t
        return max((ti, *same), key=lambda k: (tone_cap(original, 0, len(original), t.texts[k]) is None,
                                               bool(t.hanzi[k]), words.count(t.folds[k]), bool(t.canonical[k]),
                                               k == ti))

    def _likeliest_phrase(self, ti: int, same: Sequence[int], letters: int) -> int:
        """Of the entries an initials hit of ``letters`` written letters spells (``ti`` and the same-initials ``same``),
        one with a character for each letter (``szzz`` is no 苏兆征, though a doubled letter may be one), then the one
        the dictionary reads most probably (its best segmentation's log probability: 圣战|组织 before 矢|泽|种子), then one
        written as its own fold, else ``ti``: the phrase the letters most likely stand for is the one to report, with
        its category; the others stay in ``candidates``."""
        words, t = self._word_cut(), self._t
        return max((ti, *same), key=lambda k: (len(t.folds[k]) == letters, words.score(t.folds[k]),
                                               bool(t.canonical[k]), k == ti))

    def _spelling(self, ti: int) -> tuple[str, list[str]]:
        """A term's fold with its doubled characters written out (one per syllable: ``扫了爷爷``) and its toneless
        syllables, for :func:`beian.text.mixed.find` (empty: not Chinese), cached."""
        got = self._syllables.get(ti)
        if got is None:
            text = self._t.texts[ti]
            syllables = [s.rstrip("012345") for s in tone_syllables(text)] if is_hanzi(text) else []
            got = self._syllables[ti] = (self._t.spelled[ti] if syllables else "", syllables)
        return got

    def _make_mixed(self, text: str, norm: Normalized, hit: MixedHit, offset: int) -> Match | None:
        """The :class:`Match` of a mixed hit read at scan time; None when a Latin word goes on past its edge."""
        s, e, t = hit.start, hit.end, self._t
        ostart, oend = int(norm.starts[s]), int(norm.ends[e - 1])
        if _latin_joined(norm, s - 1, s) or _latin_joined(norm, e - 1, e) or not _pinyin_like(text, ostart, oend):
            return None
        words = self._word_cut()
        same = sorted(hit.same, key=lambda k: (not words.is_word(t.folds[k]), k))  # 色情 before 涩情
        ti = same[0]
        confidence = CONFIDENCE["mixed"]
        cap = gap_cap(norm, s, e, len(t.spelled[ti]))
        if cap is not None:
            confidence = min(confidence, cap)
        if run_gloss_cap(text, ostart, oend, t.texts[ti]) is not None:  # 增 dabao of 新增 dabao 打包: the pinyin is
            confidence = min(confidence, CAP_WORD)                      # the reading of the 打包 beside it
        candidates = tuple(dict.fromkeys((t.texts[k], t.categories[k]) for k in same))
        return Match(ostart + offset, oend + offset, text[ostart:oend], t.texts[ti], "mixed", t.categories[ti],
                     t.risks[ti], confidence, t.sources[ti], candidates if len(candidates) > 1 else ())

    @staticmethod
    def _search(ch: Channel, ntext: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray, IntArray]:
        pid, s, e = ch.engine.find(ntext, cps)
        if _native_fan_out is not None and pid.size and pid.dtype == s.dtype == e.dtype == ch.counts.dtype == _I64:
            try:  # one C pass instead of a dozen NumPy calls
                raw = _native_fan_out(pid, s, e, ch.firsts.astype(_I64, copy=False), ch.counts)
            except (ValueError, BufferError):  # not contiguous int64 arrays (some engines): NumPy below
                pass
            else:
                entry, s, e = (np.frombuffer(part, _I64) for part in raw)
                return ch.entry_term[entry], ch.entry_channel[entry], s, e
        counts = ch.counts[pid]
        if pid.size == 0 or int(counts.max()) == 1:  # one entry per pattern: no fan-out needed
            entry = ch.firsts[pid]
            return ch.entry_term[entry], ch.entry_channel[entry], s, e
        # entries firsts[pid] ... firsts[pid] + counts - 1 of each pattern, in one arange
        upto = np.cumsum(counts)
        entry = np.repeat(ch.firsts[pid] - (upto - counts), counts) + np.arange(int(upto[-1]))
        return ch.entry_term[entry], ch.entry_channel[entry], np.repeat(s, counts), np.repeat(e, counts)

    def _resolve(self, text: str, norm: Normalized, term: IntArray, channel: IntArray,
                 s: IntArray, e: IntArray, offset: int, written: Layout | None = None) -> list[Match]:
        t = self._t
        ostart, oend = norm.starts[s], norm.ends[e - 1]
        flags, present = text_flags(norm.source_cps)  # present: the flags set anywhere (a check of none is skipped)
        allow = t.is_allow[term].astype(bool)
        keep = ~allow
        if any_true(allow):
            keep &= ~covered(ostart, oend, ostart[allow], oend[allow])
        if present & LATIN:  # else no hit has a Latin letter beside it
            head, tail = mixed_edges(char_flags(), norm.cps, s, e, channel, t.latin_head[term], t.latin_tail[term])
            ostart, oend = self._word_edges(text, norm, term, s, e, ostart, oend, head, tail, channel)
            keep &= latin_ok(flags, ostart, oend, head, tail, channel, norm.source_cps)
        if present & (SYMBOL | ESCAPE):  # else every pinyin run is unbroken
            keep &= pinyin_runs_ok(flags, ostart, oend, channel, text)
        if present & DIGIT and any_true((flags[ostart] | flags[oend - 1]) & DIGIT != 0):  # a hit at a digit
            keep &= ~((channel == FOLD) & inside_number(norm.source_cps, ostart, oend))
        idx = _nonzero(keep)
        idx = idx[self._verified(flags, present, norm, idx, term, channel, s, e, ostart, oend)]
        sounds = _same_sound(idx, term, channel, ostart, oend)
        ftext = _Lazy(lambda: _folded_text(norm))
        doubled = _doubled(norm.runs)  # doubled[k]: collapsed runs before normalised k; None: no repeat at all
        plain = idx[~self._all_doubled(doubled, idx, term, channel, s, e)]
        ostart, oend = self._trim_repeats(norm, doubled is not None, ftext, plain, term, channel, s, e, ostart, oend)
        found = idx
        joined = self._joined_by_repeat(norm, doubled, ftext, plain, term, channel, s, e)
        a, b = ostart[idx], oend[idx]
        if present & NUMERAL and any_true((flags[a] | flags[b - 1]) & NUMERAL != 0):  # a hit at a numeral
            joined[idx] |= (channel[idx] == FOLD) & inside_chinese_number(norm.source_cps, a, b)
        if present & DIGIT and present & LATIN:  # 2b in a hash, 64 in a UUID, 500 in E500; K in 4K 粉丝
            joined[idx] |= alnum_joined(flags, a, b)
            ends = _nonzero(((flags[a] | flags[b - 1]) & LATIN != 0) & ((b - a) > 2))
            for k, x, y in zip(ends.tolist(), a[ends].tolist(), b[ends].tolist()):
                joined[idx[k]] |= letter_of_a_number(text, x, y)
        if present & DIGIT:  # 8964 in 400-820-8964, 2B in 00:1A:2B:3C
            joined[idx] |= (channel[idx] == FOLD) & id_group(text, norm.source_cps, a, b)
        if present & (DIGIT | NUMERAL):  # 24 in 3分24秒, 500 in 500米, 六十四 in 第六十四条
            numbers = _nonzero((channel[idx] == FOLD) & self._short_number[term[idx]])
            for k, x, y in zip(numbers.tolist(), a[numbers].tolist(), b[numbers].tolist()):
                joined[idx[k]] |= counted_number(text, x, y)
        if present & LATIN:  # ma of mā ma（妈妈）: a piece of a reading beside its characters; sb of sb_len: a name
            joined[idx] |= self._latin_in_context(text, idx, term, channel, a, b)
        inserted = self._inserted(norm, s, e, ostart, oend)
        apart = _regular_insertion(norm, s, e, ostart, oend, written) | _whole_unit(written, ostart, oend)
        spaced, cut = self._spaced_reading(text, ftext, idx, term, channel, ostart, oend)
        if spaced.size:  # 脸 色 情 绪: decided here, read joined; a cut one is lowered, a whole one not checked again
            joined[spaced] |= cut
            apart[spaced] = ~cut
            inserted[spaced] = False
        idx, weak = self._settle(flags, present, ftext, idx, term, channel, ostart, oend, joined, inserted, apart)
        self._beside_disguised(norm, ftext, idx, term, channel, s, e, ostart, oend, weak)
        # the text spells the term itself: built in bulk (a word-cutting hit only has its confidence lowered)
        a, b, hit_terms = ostart[idx], oend[idx], term[idx]
        clean = (channel[idx] == FOLD) & (t.canonical[hit_terms] == 1) & ((b - a) == t.n_chars[hit_terms])
        if present & CHANGED:
            clean &= count(flags, CHANGED, a, b) == 0
        if present & DIGIT:  # a Chinese term read in digits (6合彩), and a short Latin term after a number (22.7ma, a
            clean &= (t.hanzi[hit_terms] == 0) | (count(flags, DIGIT, a, b) == 0)  # unit): made one by one
            maybe = _nonzero(clean & self._short_latin[hit_terms])
            clean[maybe] = [not latin_unit(text, x, y) for x, y in zip(a[maybe].tolist(), b[maybe].tolist())]
        if present & NUMERAL:  # a term with digits read in Chinese numerals (六合彩 for 6合彩): made one by one
            clean &= ~self._digit_terms[hit_terms] | (count(flags, NUMERAL, a, b) == 0)
        plain = idx[clean]
        exact = self._exact(ostart[plain], oend[plain], term[plain], weak[plain], offset)
        if len(exact) == idx.size:
            return exact
        odd = _nonzero(~clean)
        rest = idx[odd]
        spans = _Lazy(lambda: _SpanTerms(found[channel[found] == FOLD], term, ostart, oend, rest))
        # a folded hit with one normalised character per character of the text (nothing deleted or collapsed
        # in it): made once per (text, term, weak, symbols beside it), see _make_plain (活動 for 活动, INFO)
        simple = (channel[rest] == FOLD) & ((e[rest] - s[rest]) == (oend[rest] - ostart[rest]))
        if doubled is not None:  # and no collapsed repeat inside (a span trimmed by _trim_repeats may hold one)
            simple &= doubled[e[rest]] == doubled[s[rest]]
        made: dict[tuple[str, int, bool, bool, bool], tuple[object, ...]] = {}
        settled: dict[tuple[str, int, bool], tuple[object, ...]] = {}  # see _settled_plain
        merged: list[Match] = []
        new, taken = tuple.__new__, 0
        for n_before, (i, j, one_for_one, at, to, weak_j) in enumerate(zip(
                odd.tolist(), rest.tolist(), simple.tolist(), ostart[rest].tolist(), oend[rest].tolist(),
                weak[rest].tolist())):
            merged.extend(exact[taken:i - n_before])
            taken = i - n_before
            if one_for_one:
                key = (text[at:to], int(term[j]), weak_j)
                fields = settled.get(key)
                if fields is None:
                    ti = self._own_spelling(text, j, spans, term, channel, ostart, oend)
                    fields = self._make_plain(text, norm, ti, int(s[j]), int(e[j]), at, to, 0, weak_j, made)[2:]
                    if self._settled_plain(key[0], key[1]):
                        settled[key] = fields
                merged.append(new(Match, (at + offset, to + offset, *fields)))
                continue
            ti = self._own_spelling(text, j, spans, term, channel, ostart, oend)
            merged.append(self._make(text, norm, ti, int(channel[j]), int(s[j]), int(e[j]), at, to, offset, weak_j,
                                     sounds.get((at, to, _SOUND_OF.get(int(channel[j]), -1)), ())))
        merged.extend(exact[taken:])
        return merged

    def _word_edges(self, text: str, norm: Normalized, term: IntArray, s: IntArray, e: IntArray, ostart: IntArray,
                    oend: IntArray, head: IntArray, tail: IntArray, channel: IntArray) -> tuple[IntArray, IntArray]:
        """Spans of Latin-edged hits without the copy of their edge letter that begins or ends the next word.

        The fold collapses one letter written twice across a space (``heroin near`` reads ``heroinear``), so the hit on
        ``heroin`` ends at the ``n`` of ``near`` and looks like part of a longer word. Where the term needs one copy
        there and a space or symbol follows the first copy (precedes the last), the hit ends (starts) there. A pinyin
        hit needs one copy at its edges (no syllable ends or begins with a doubled letter): ``jiedijiqingyinse，ESP``
        reads ``…yinsesp`` and its hit ends at ``se`` (the hundred-and-ninety-first probe)."""
        runs, pinyin = norm.runs, (channel == PINYIN) | (channel == TONES)  # full pinyin (initials are one letter each)
        ends = _nonzero(((tail != 0) | pinyin) & (runs[e - 1] > 1))
        starts = _nonzero(((head != 0) | pinyin) & (runs[s] > 1))
        if ends.size == 0 and starts.size == 0:
            return ostart, oend
        ostart, oend, t = ostart.copy(), oend.copy(), self._t
        for j in ends.tolist():
            first = int(norm.starts[e[j] - 1]) + 1
            if (pinyin[j] or t.runs[int(term[j])][-1] == 1) and ostart[j] < first < oend[j] and not text[first].isalnum():
                oend[j] = first
        for j in starts.tolist():
            last = int(norm.ends[s[j]]) - 1
            if (pinyin[j] or t.runs[int(term[j])][0] == 1) and ostart[j] < last < oend[j] and not text[last - 1].isalnum():
                ostart[j] = last
        return ostart, oend

    def _settled_plain(self, seen: str, ti: int) -> bool:
        """Whether every one-for-one folded hit of entry ``ti`` written ``seen`` gets the same fields after its
        offsets wherever it stands (given its ``weak``), so :meth:`_resolve` makes them once per text: ``seen``
        has no ASCII character (no unit, code, formula or option label to look for around it), the entry has no
        symbols (none to look for beside it) and no entry is spelled ``seen`` (:meth:`_own_spelling` keeps ``ti``).
        ``活动`` for ``活動`` is most of such hits in ordinary text."""
        return not self._symbols(ti) and _NO_ASCII.fullmatch(seen) is not None and seen not in self._entry_texts()

    def _entry_texts(self) -> frozenset[str]:
        """The entries as the lexicon spells them, made on first use."""
        if self._spelled_entries is None:
            self._spelled_entries = frozenset(self._t.texts)
        return self._spelled_entries

    def _symbols(self, ti: int) -> set[str]:
        """The symbols entry ``ti`` is spelled with (``《》`` in ``《苹果》``), cached."""
        got = self._term_symbols.get(ti)
        if got is None:
            got = self._term_symbols[ti] = term_symbols(self._t.texts[ti])
        return got

    def _make_plain(self, text: str, norm: Normalized, ti: int, s: int, e: int, ostart: int, oend: int, offset: int,
                    weak: bool, made: dict[tuple[str, int, bool, bool, bool], tuple[object, ...]]) -> Match:
        """:meth:`_make` for a folded hit with one normalised character per character of the text.

        Such a hit has no gap, no collapsed repeat and no candidates, so its variant, confidence and
        misread checks depend only on its text, its term, ``weak``, whether one of the term's symbols
        stands beside it (:func:`~beian.text.misreads.plain_form_of_symbol_term`) and whether a number stands
        before it (:func:`~beian.text.misreads.latin_unit`), it is recased in code or it ends in an option label
        (:func:`~beian.text.hitfilters.option_label`); the fields after the offsets are made once per such key.
        """
        symbols = self._symbols(ti)
        near = bool(symbols) and any(c in text[max(0, ostart - 2):oend + 2] for c in symbols)
        key = (text[ostart:oend], ti, weak, near, latin_unit(text, ostart, oend)
               or recased_in_code(text, ostart, oend, self._t.texts[ti]) or option_label(text, ostart, oend))
        fields = made.get(key)
        if fields is None:
            fields = made[key] = tuple(self._make(text, norm, ti, FOLD, s, e, ostart, oend, 0, weak, ())[2:])
        return tuple.__new__(Match, (ostart + offset, oend + offset, *fields))

    def _own_spelling(self, text: str, j: int, spans: _Lazy[_SpanTerms], term: IntArray, channel: IntArray,
                      ostart: IntArray, oend: IntArray) -> int:
        """The term of hit ``j``, or another entry on the same span spelled exactly as the text, or else one
        spelled without symbols where the text has none of the term's symbols.

        ``64`` and ``6.4`` (``苹果`` and ``《苹果》``) fold alike and the overlap resolution keeps one of
        them; the entry spelled as the text is the one to report (:mod:`beian.text.misreads` judges
        the others). An evasion of both (``老̄虎̫机͂`` for ``老虎机`` and ``老.虎.机``) is reported as the plain entry,
        whichever the lexicon files listed first.
        """
        ti, a, b = int(term[j]), int(ostart[j]), int(oend[j])
        original = text[a:b]
        if channel[j] != FOLD or self._t.texts[ti] == original:
            return ti
        others = spans.get().terms(a, b)
        same = next((k for k in others if self._t.texts[k] == original), None)
        if same is not None:
            return same
        symbols = self._symbols(ti)
        if symbols and not any(c in text[max(0, a - 2):b + 2] for c in symbols):  # 老.虎.机 for 老̄虎̫机͂ when
            return next((k for k in others if not self._symbols(k)), ti)          # the list also has 老虎机
        return ti

    def _settle(self, flags: npt.NDArray[np.uint8], present: int, ftext: _Lazy[str], idx: IntArray, term: IntArray,
                channel: IntArray, ostart: IntArray, oend: IntArray, joined: npt.NDArray[np.bool_],
                inserted: npt.NDArray[np.bool_],
                apart: npt.NDArray[np.bool_]) -> tuple[IntArray, npt.NDArray[np.bool_]]:
        """The outermost hits and which of them cut through a word (never one broken by invisible characters only:
        ``inserted``, see :meth:`_inserted`; nor one written apart from its neighbours: ``apart``, see
        :func:`_regular_insertion` and :func:`_whole_unit`).

        A hit found to cut through a word no longer hides the hits inside it, so those may surface
        and are checked in turn, until nothing changes. Only hits that can surface are checked, each
        once. A few hits are resolved in rounds (resolve overlaps, check the outermost, repeat), many
        in sweeps over one sorted order (:func:`~beian.text.hitfilters.settle_sweep`): the same result,
        the rounds have fewer NumPy calls, the sweeps do not resolve every hit again per round.
        """
        gapped = np.zeros(term.size, dtype=bool)
        if present & (CLAUSE | BREAK):
            gapped[idx] = count(flags, CLAUSE | BREAK, ostart[idx], oend[idx]) > 0  # spans do not change below
        if self._sound is not None:  # a homophone hit (0.5) never hides the hits inside it: 涩情 stays in 涩情网站
            gapped[idx] |= channel[idx] == HOMOPHONE
        cut_free = inserted & ~gapped | apart  # 网\xad赌, 高·仿·真: broken on purpose, not two words that meet
        if idx.size < _FEW_HITS:
            return self._settle_rounds(ftext, idx, term, channel, ostart, oend, gapped, joined, cut_free)
        return self._settle_sweeps(ftext, idx, term, channel, ostart, oend, gapped, joined, cut_free)

    @staticmethod
    def _inserted(norm: Normalized, s: IntArray, e: IntArray, ostart: IntArray,
                  oend: IntArray) -> npt.NDArray[np.bool_]:
        """Hits (by position) broken only by invisible characters (``网\\xad赌``, ``神\\u200b仙\\u200b水``, combining marks):
        a reader sees the word whole, so the characters around it cannot be read as words across it. Spaces and
        other visible marks stand between words too (``不错 比``), so they do not count; nor does a hit with a
        collapsed repeat at an edge (that copy may belong to the next word)."""
        out = np.zeros(s.size, dtype=bool)
        maybe = _nonzero((oend - ostart) > (e - s))
        if maybe.size == 0:
            return out
        maybe = maybe[(norm.runs[s[maybe]] == 1) & (norm.runs[e[maybe] - 1] == 1)]
        gap, cps = fold_tables()[2], norm.source_cps
        for k, a, b in zip(maybe.tolist(), ostart[maybe].tolist(), oend[maybe].tolist()):
            out[k] = int(gap[cps[a:b]].max()) <= Gap.MARK
        return out

    def _settle_rounds(self, ftext: _Lazy[str], idx: IntArray, term: IntArray, channel: IntArray, ostart: IntArray,
                       oend: IntArray, gapped: npt.NDArray[np.bool_], joined: npt.NDArray[np.bool_],
                       cut_free: npt.NDArray[np.bool_]) -> tuple[IntArray, npt.NDArray[np.bool_]]:
        weak = joined.copy()
        checked = cut_free.copy()  # never checked
        while True:
            out = self._outermost(idx, term, channel, ostart, oend, gapped | weak)
            todo = out[~checked[out]]
            if todo.size == 0:
                return out, weak
            checked[todo] = True
            cut = self._cuts_words(ftext, todo, term, channel, ostart, oend, gapped)
            if not any_true(cut):
                return out, weak
            weak[todo] |= cut  # a hit joined by a repeat stays weak

    def _settle_sweeps(self, ftext: _Lazy[str], idx: IntArray, term: IntArray, channel: IntArray, ostart: IntArray,
                       oend: IntArray, gapped: npt.NDArray[np.bool_], joined: npt.NDArray[np.bool_],
                       cut_free: npt.NDArray[np.bool_]) -> tuple[IntArray, npt.NDArray[np.bool_]]:
        lowered = (gapped | joined)[idx]
        cut = np.where(self._cut_checked(term[idx], channel[idx]) & ~cut_free[idx], UNKNOWN, 0).astype(np.uint8)
        free = _nonzero(~lowered)
        rank = channel[idx] * len(self._t.texts) + term[idx]
        order = free[span_order(ostart[idx][free], oend[idx][free], rank[free])]
        while True:
            moved, need = settle_sweep(order, oend[idx], cut)
            if need.size == 0:
                break
            cut[need] = self._cuts_words(ftext, idx[need], term, channel, ostart, oend, gapped)
        lowered[moved] = True
        out = self._outermost(idx, term, channel, ostart, oend, _scatter(term.size, idx, lowered))
        weak = joined.copy()
        at = np.searchsorted(idx, out)  # idx is sorted: the positions of the kept hits
        unknown = at[cut[at] == UNKNOWN]  # kept hits of the lowered group not checked yet
        if unknown.size:
            cut[unknown] = self._cuts_words(ftext, idx[unknown], term, channel, ostart, oend, gapped)
        weak[out] |= cut[at] == 1
        return out, weak

    def _outermost(self, idx: IntArray, term: IntArray, channel: IntArray, ostart: IntArray, oend: IntArray,
                   lowered: npt.NDArray[np.bool_]) -> IntArray:
        """Hits not inside a longer hit, ordered by position.

        A hit with a clause mark or a line break inside, or one that cuts through a word (``lowered``,
        by position in ``term``), has a lowered confidence, so it never hides the hits inside it
        (``咖啡，因为`` may hold ``咖啡因`` and still reports ``咖啡``).
        """
        gapped = lowered[idx]
        n_terms = len(self._t.texts)
        if not any_true(gapped):  # one group: outermost() keeps one hit per start, already in order
            return idx[outermost(ostart[idx], oend[idx], channel[idx] * n_terms + term[idx])]
        parts = [sub[outermost(ostart[sub], oend[sub], channel[sub] * n_terms + term[sub])]
                 for sub in (idx[~gapped], idx[gapped])]
        out = np.concatenate(parts)
        return out[np.lexsort((oend[out], ostart[out]))]

    def _verified(self, flags: npt.NDArray[np.uint8], present: int, norm: Normalized, idx: IntArray, term: IntArray,
                  channel: IntArray, s: IntArray, e: IntArray, ostart: IntArray,
                  oend: IntArray) -> npt.NDArray[np.bool_]:
        """Per-hit checks that need Python: run lengths of doubled terms, two-character hits across
        two ordinary words, homophones of ordinary words.

        They run before overlaps are resolved, so a rejected long hit never hides a real short one.
        """
        t = self._t
        ok = np.ones(idx.size, dtype=bool)
        ch = channel[idx]
        # only hits whose spelling in their own channel holds a doubled character need the Python check
        runs = _nonzero(self._runs_bits[term[idx]] & _RUNS_BIT[ch])
        if runs.size:  # the written-out form (带。套。套, see compiler._add_written_out): each copy typed once
            hit = idx[runs]
            written = (channel[hit] == FOLD) & (e[hit] - s[hit] > self._fold_len[term[hit]])
            for k, a, b in zip(runs[written].tolist(), s[hit[written]].tolist(), e[hit[written]].tolist()):
                ok[k] = int(norm.runs[a:b].max()) == 1
            runs = runs[~written]
        if runs.size:  # a term folded to one character (大大 -> 大) needs one run that long: no loop
            hit = idx[runs]
            need = np.where(_RUNS_BIT[channel[hit]] == 1, self._one_char_need[term[hit]], 0)
            one = need > 0
            ok[runs[one]] = norm.runs[s[hit[one]]] >= need[one]
            runs = runs[~one]
        for k in runs.tolist():
            i = int(idx[k])
            ok[k] = self._runs_ok(norm, int(term[i]), int(channel[i]), int(s[i]), int(e[i]))
        pair = _nonzero((ch == FOLD) & (e[idx] - s[idx] == 2) & self._pair_checked[term[idx]])
        if pair.size:  # not at a collapsed repeat: in 车震 震动 the words around are 车震 and 震动,
            hit = idx[pair]                # each with its own 震, not 这车 and 震动 read in 这车震动
            pair = pair[(norm.runs[s[hit]] == 1) & (norm.runs[e[hit] - 1] == 1)]
        if pair.size:
            hit = idx[pair]
            across = straddles_words(norm.text, norm.cps, s[hit], e[hit]) & _touching(norm, s[hit], e[hit])
            ok[pair[across]] = False
        sound = _nonzero(ch == HOMOPHONE)
        if sound.size:
            hit = idx[sound]
            if present & CLAUSE:
                ok[sound[count(flags, CLAUSE, ostart[hit], oend[hit]) > 0]] = False
            words, folds, ntext = self._word_cut(), t.folds, norm.text
            spread = (oend[hit] - ostart[hit]) != (e[hit] - s[hit])  # something deleted or a repeat collapsed inside
            for k, a, b, ti, apart in zip(sound.tolist(), s[hit].tolist(), e[hit].tolist(), term[hit].tolist(),
                                          spread.tolist()):
                if ok[k]:
                    ok[k] = not apart and read_as_term(ntext, a, b, folds[ti], words)
        return ok

    def warm(self) -> None:
        """Load now what scanning loads on first use (the segmenter's dictionary, English words, the
        digit and numeral tables, pinyin syllables, pypinyin, the emoji table, the index of terms with one character
        written as its initial), so a server's first request does not wait for it."""
        self._word_cut().load_tables()
        english_words()
        dictionary_words()
        load_pair_table()
        number_masks()
        pinyin_syllables()
        common_readings()
        reading("中")  # imports pypinyin for the mixed reading (beian.text.mixed)
        emoji_table()
        self._initial_index()  # loaded from beside the compiled lexicon (built and saved there the first time)

    def _word_cut(self) -> WordCut:
        if self._wordcut is None:
            self._wordcut = WordCut(self.user_words, self._t.spelled)
        return self._wordcut

    def _all_doubled(self, doubled: IntArray | None, idx: IntArray, term: IntArray, channel: IntArray,
                     s: IntArray, e: IntArray) -> npt.NDArray[np.bool_]:
        """Hits (by position in ``idx``) with every character typed more than once (``判判处处死死刑刑``):
        the repeat evasion, not words meeting at a doubled character.

        Chinese doubles words of two characters (``高高兴兴``, ``明明白白``), so a two-character hit
        qualifies only when its term is not a dictionary word or its doubled form is not one either (jieba lists
        高高兴兴 and 明明白白, not 洗洗钱钱); from three characters on, every hit does. The word-boundary readings of :meth:`_trim_repeats` and :meth:`_joined_by_repeat` do not
        apply to these hits. Terms that spell a doubled character themselves are left to those checks.
        """
        if idx.size == 0 or doubled is None:
            return np.zeros(idx.size, dtype=bool)
        a, b = s[idx], e[idx]
        out = np.asarray((channel[idx] == FOLD) & (b - a >= 2) & (doubled[b] - doubled[a] == b - a)
                         & (self._runs_bits[term[idx]] & 1 == 0), dtype=bool)
        pairs = _nonzero(out & (b - a == 2))
        if pairs.size:  # 高高兴兴 is how Chinese doubles 高兴 (the dictionary lists it); 洗洗钱钱 is not
            words, folds = dictionary_words(), self._t.folds
            out[pairs] = [f not in words or f[0] * 2 + f[1] * 2 not in words
                          for f in (folds[k] for k in term[idx[pairs]].tolist())]
        return out

    def _trim_repeats(self, norm: Normalized, repeats: bool, ftext: _Lazy[str], idx: IntArray, term: IntArray, channel: IntArray,
                      s: IntArray, e: IntArray, ostart: IntArray, oend: IntArray) -> tuple[IntArray, IntArray]:
        """Spans without the repeated characters that belong to the next or previous word.

        Repeat folding joins ``共和国|国务院`` into ``共和国务院``; the hit ``国务院`` then spans ``国国务院``.
        When the extra copy closes a dictionary word before the hit (or opens one after it), or the
        repeated characters are a word themselves (``爸爸``, ``个个``), or the whole span is one
        (``火辣辣``), the span starts (ends) at the copies the term needs: ``国务院``,
        ``客服|服务`` → ``客服``, ``你爸爸`` → ``你爸``, ``火辣辣`` → ``火辣``.
        """
        t, runs = self._t, norm.runs
        if idx.size == 0 or not repeats:
            return ostart, oend  # nothing was collapsed
        by_fold = channel[idx] == FOLD
        lead = _nonzero(by_fold & (runs[s[idx]] > 1))
        tail = _nonzero(by_fold & (runs[e[idx] - 1] > 1))
        if lead.size == 0 and tail.size == 0:
            return ostart, oend
        ostart, oend, words = ostart.copy(), oend.copy(), self._word_cut()
        fold, text = fold_tables()[0], ftext.get()
        for j in idx[lead].tolist():
            need = t.runs[int(term[j])][0]
            copies = _copies(fold, norm, int(s[j]))
            if len(copies) > need and _extra_copies_in_word(words, text, copies, copies[0], int(oend[j]), True):
                ostart[j] = copies[-need]
        for j in idx[tail].tolist():
            need = t.runs[int(term[j])][-1]
            copies = _copies(fold, norm, int(e[j]) - 1)
            if len(copies) <= need or copies[need - 1] < ostart[j]:
                continue  # one run trimmed at its start already (宝宝．宝宝 read as its last 宝宝): keep that
            if _extra_copies_in_word(words, text, copies, int(ostart[j]), copies[-1] + 1, False):
                oend[j] = copies[need - 1] + 1
        return ostart, oend

    def _joined_by_repeat(self, norm: Normalized, doubled: IntArray | None, ftext: _Lazy[str], idx: IntArray, term: IntArray, channel: IntArray,
                          s: IntArray, e: IntArray) -> npt.NDArray[np.bool_]:
        """Hits (by position in ``term``) whose inner repeat joins two words: ``认证|证书`` reads as ``认证书``.

        The copy before the repeat closes a dictionary word and the copy after it opens one, so the
        doubled character is two words meeting, not a character typed twice. Terms longer than
        :data:`REPEAT_JOIN_MAX_CHARS` are not read so: two words that meet on a shared character and spell such a
        term (``销售猎枪|枪手枪``, ``专卖匕首|首刀具``) are a term written with a character typed twice.
        """
        weak = np.zeros(term.size, dtype=bool)
        if doubled is None:
            return weak
        span = e[idx] - s[idx]  # hits with an inner character, of the folded form (not the written-out one)
        longer = idx[(channel[idx] == FOLD) & (span > 2) & (span <= REPEAT_JOIN_MAX_CHARS)
                     & (span == self._fold_len[term[idx]])]
        if longer.size == 0:
            return weak
        inner = longer[doubled[e[longer] - 1] - doubled[s[longer] + 1] > 0]  # one among [s + 1, e - 1)
        if inner.size == 0:
            return weak
        words, fold, text = self._word_cut(), fold_tables()[0], ftext.get()
        for j in inner.tolist():
            first, need = int(s[j]), self._t.runs[int(term[j])]  # a fold hit spans one character per term character
            doubled_word = False
            for k in range(first + 1, int(e[j]) - 1):
                if int(norm.runs[k]) != need[k - first] + 1:
                    continue  # two words meeting give one extra copy; more is a character typed again and again
                copies = _copies(fold, norm, k)
                if words.is_word(text[copies[0] - 1:copies[0] + 1]) and words.is_word(text[copies[-1]:copies[-1] + 2]):
                    weak[j] = True
                    break
                doubled_word = doubled_word or words.is_word(text[copies[0]:copies[-1] + 1])
            else:  # a doubled word (妈妈) inside: the text as written may put a word across the hit's edge (其他|妈妈|的)
                weak[j] = doubled_word and _edge_cut(words, text, int(norm.starts[first]), int(norm.ends[int(e[j]) - 1]))
        return weak

    def _cuts_words(self, ftext: _Lazy[str], idx: IntArray, term: IntArray, channel: IntArray,
                    ostart: IntArray, oend: IntArray, gapped: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
        """Which hits cut through a dictionary word (:mod:`beian.text.wordcut`); always-block terms never do.

        The segmenter reads the hit as its term, between up to ``CONTEXT`` folded characters of the
        original text on either side (deleted characters become a breaker). A 拆字 hit is read as the
        characters written: ``二手车交易`` holds ``车交`` (较), which cuts through ``二手车`` and ``交易``.
        A hit the dictionary's best reading cuts through but that reads as probably as an unlisted word of its own
        (:data:`~beian.text.wordcut.UNLISTED`: ``主播真傻逼``) is whole when it is a folded hit with nothing of a
        clause or a line inside (``gapped``, by position): ``外地人，在深圳`` is still two clauses meeting.
        """
        t = self._t
        out = np.zeros(idx.size, dtype=bool)
        ti, ch = term[idx], channel[idx]
        todo = _nonzero(self._cut_checked(ti, ch))
        if todo.size == 0:
            return out
        words, text, hit = self._word_cut(), ftext.get(), idx[todo]
        # a 拆字 or homophone hit is read as the characters written (车交 in 二手车交易, 卖银 in 卖银饰), any other as
        split = (ch[todo] == SPLIT) | (ch[todo] == HOMOPHONE)  # its term
        got = words.cut_hits(text, ostart[hit], oend[hit], ti[todo], split.astype(np.uint8), t.spelled) if (
            isinstance(t.spelled, list)) else None
        if got is None:  # else one C call: look up each window, decide and cache the ones not seen yet
            keys = [window_key(text, a, b, text[a:b] if c else t.spelled[k])
                    for a, b, k, c in zip(ostart[hit].tolist(), oend[hit].tolist(), ti[todo].tolist(), split.tolist())]
            got = np.array(words.cut_keys(keys), dtype=np.uint8)
        out[todo] = (got == CUT) | ((got == UNLISTED) & (gapped[hit] | (ch[todo] != FOLD)))
        return out

    def _beside_disguised(self, norm: Normalized, ftext: _Lazy[str], idx: IntArray, term: IntArray, channel: IntArray,
                          s: IntArray, e: IntArray, ostart: IntArray, oend: IntArray,
                          weak: npt.NDArray[np.bool_]) -> None:
        """Mark weak (in place) the kept hits that reach into a term written with characters inserted in it (``发轮`` in
        ``发轮 奸``, beside ``轮奸``; ``马的`` in ``赌 马的``): read with that term's insertions taken out, as its writer
        means it, the word check sees ``发|轮奸`` as it does in ``发轮奸``. Without this the insertion breaks the word the
        neighbour cuts through, and the neighbour (another entry, another category) is reported whole. Only a kept,
        whole disguised term the gateway acts on counts (its gaps allow at least :data:`CAP_DISGUISED_NEIGHBOUR`: not
        ``一）个`` or ``导、人`` read across a list mark or a clause, no term the writer wrote); neighbours longer than
        :data:`NEIGHBOUR_SPAN` characters are not looked at."""
        inside = idx[(channel[idx] == FOLD) & ((oend[idx] - ostart[idx]) > (e[idx] - s[idx])) & ~weak[idx]]
        if inside.size == 0:
            return
        text, spelled = ftext.get(), self._t.spelled
        inside = inside[[BREAKER in text[a:b] and _gaps_allow(norm, x, y, len(spelled[k]), CAP_DISGUISED_NEIGHBOUR)
                         for a, b, x, y, k in zip(ostart[inside].tolist(), oend[inside].tolist(), s[inside].tolist(),
                                                  e[inside].tolist(), term[inside].tolist())]]
        bs, be = ostart[inside], oend[inside]
        lo, hi = np.searchsorted(ostart[idx], bs - NEIGHBOUR_SPAN), np.searchsorted(ostart[idx], be)
        counts = hi - lo
        if inside.size == 0 or not counts.any():
            return
        which = np.repeat(np.arange(inside.size), counts)  # (disguised hit, kept hit) pairs that may cross
        j = idx[np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))]
        a, b, x, y = ostart[j], oend[j], bs[which], be[which]
        cross = ((a < x) & (x < b) & (b < y)) | ((x < a) & (a < y) & (y < b))
        cross &= ~weak[j] & (term[j] != term[inside][which]) & self._cut_checked(term[j], channel[j])
        pairs = _nonzero(cross)
        if pairs.size == 0:
            return
        keys = [_joined_key(text, int(a[k]), int(b[k]), int(x[k]), int(y[k]), self._t.spelled[int(term[j[k]])])
                for k in pairs.tolist()]
        got = np.array(self._word_cut().cut_keys(keys), dtype=np.uint8)
        weak[j[pairs][got == CUT]] = True

    def _spaced_reading(self, text: str, ftext: _Lazy[str], idx: IntArray, term: IntArray, channel: IntArray,
                        ostart: IntArray, oend: IntArray) -> tuple[IntArray, npt.NDArray[np.bool_]]:
        """Hits (by position) written with one separator between every two characters in a text spaced so beside them
        too (:func:`beian.text.wordcut.spaced_window`), and whether each, read with its neighbours joined, cuts
        through a word (``脸 色 情 绪``: yes; ``看 色 情 片``: no)."""
        t = self._t
        maybe = idx[(channel[idx] == FOLD) & self._word_checked[term[idx]] & ((oend[idx] - ostart[idx]) > t.n_chars[term[idx]])]
        if maybe.size == 0:
            return maybe, np.zeros(0, dtype=bool)
        gap, folded = fold_tables()[2], ftext.get()

        def spacing(chars: str) -> bool:
            return all(0 < int(gap[ord(c)]) <= Gap.NOISE for c in chars)

        keys = [spaced_window(text, folded, a, b, t.spelled[k], spacing)
                for a, b, k in zip(ostart[maybe].tolist(), oend[maybe].tolist(), term[maybe].tolist())]
        found = np.array([key is not None for key in keys], dtype=bool)
        got = self._word_cut().cut_keys([key for key in keys if key is not None])
        return maybe[found], np.array(got, dtype=np.uint8) == CUT  # spacing holds no clause mark: UNLISTED is whole

    def _cut_checked(self, term: IntArray, channel: IntArray) -> npt.NDArray[np.bool_]:
        """Which hits the word check applies to: folded, 拆字 and homophone hits of Chinese terms not always blocked."""
        checked: npt.NDArray[np.bool_] = ((channel == FOLD) | (channel == SPLIT) | (channel == HOMOPHONE)) & (
            self._word_checked[term])
        return checked

    def _runs_ok(self, norm: Normalized, ti: int, channel: int, s: int, e: int) -> bool:
        t = self._t
        if channel in (MIXED, TONES, SPLIT):
            return True  # these patterns have their own letters; doubled characters are rare there
        need = {PINYIN: t.pinyin_runs, INITIALS: t.initial_runs}.get(channel, t.runs)[ti]
        return all(have >= want for have, want in zip(norm.runs[s:e].tolist(), need))

    def _exact(self, starts: IntArray, ends: IntArray, terms: IntArray, weak: npt.NDArray[np.bool_],
               offset: int) -> list[Match]:
        """Hits whose original text is the folded term itself, built in one pass.

        The original text of such a hit is the term itself, so no slicing is needed; a hit that cuts
        through a word (``weak``) is the same hit at ``CAP_WORD``, the only check that applies to it.
        """
        tails, new = self._exact_tails, tuple.__new__
        if offset:
            starts, ends = starts + offset, ends + offset
        rows = terms + weak * len(self._t.texts)
        if _native_exact_hits is not None and starts.dtype == ends.dtype == rows.dtype == _I64:
            try:
                return _native_exact_hits(Match, starts, ends, rows, tails)  # type: ignore[no-any-return]
            except BufferError:  # not contiguous: Python below
                pass
        return [new(Match, (a, b, *tails[k])) for a, b, k in zip(starts.tolist(), ends.tolist(), rows.tolist())]

    def _make(self, text: str, norm: Normalized, ti: int, channel: int, s: int, e: int,
              ostart: int, oend: int, offset: int, weak: bool = False, same: Sequence[int] = ()) -> Match:
        t = self._t
        original = text[ostart:oend]
        if channel in (PINYIN, TONES) and same:
            ti = self._likeliest_reading(ti, same, original)
        elif channel == INITIALS and same:
            ti = self._likeliest_phrase(ti, same, sum(c.isalpha() for c in original))
        variant = CHANNEL_VARIANT.get(channel) or fold_variant(original, t.texts[ti], norm.runs[s:e],
                                                                sum(t.runs[ti]))
        confidence = CONFIDENCE[variant]
        if channel == INITIALS and _long_initials(original, len(t.folds[ti])):
            confidence = CONFIDENCE_LONG_INITIALS
        cap = gap_cap(norm, s, e) if channel != HOMOPHONE else None
        if cap is not None:
            confidence = min(confidence, cap)
        if channel == FOLD and spaced_letters(original):
            confidence = min(confidence, CAP_SPACED_LETTERS)
        if variant == "separator" and len(t.texts[ti]) == 2 and list_items(text, ostart, oend):
            confidence = min(confidence, CAP_LIST_ITEMS)
        if _number_term(t.texts[ti]) and not original.isdigit() and digit_sequence_piece(text, ostart, oend):
            confidence = min(confidence, CAP_WORD)  # 5 3 5 of the notation | 5 3 5 1' |: a piece of a longer sequence
        confidence = min(confidence, self._reading_cap(text, ostart, oend, ti, channel))
        if weak or english_like(original, channel) or romanized_name(original, channel, t.texts[ti]) or (
                channel == INITIALS and (in_latin_prose(text, ostart, oend) or typed_abbreviation(original)
                                         or command_option(text, ostart, oend) or identifier_like(text, ostart, oend)
                                         or code_token(text, ostart, oend) or joined_words(text, ostart, oend)
                                         or named_abbreviation(text, ostart, oend))) or (
                channel in (PINYIN, TONES) and (identifier_like(text, ostart, oend) or code_token(text, ostart, oend)
                                                or not_pinyin_spelling(original, t.texts[ti])
                                                or fewer_syllables(original, _chinese_chars(t.folds[ti])))) or (
                channel in (PINYIN, TONES) and self._common_homophone(ti, same)
                and not self._tones_name_entry(text, ostart, oend, ti)) or (
                channel == FOLD and (ascii_misread(original, t.texts[ti], _ascii_repeat(norm, s, e, t.runs[ti])
                                                   and not (self._mixed_script[ti]
                                                            and (_every_char_doubled(norm, s, e, t.runs[ti])
                                                                 or _repeats_between_hanzi(norm, s, e, t.runs[ti]))))
                                     or plain_form_of_symbol_term(text[max(0, ostart - 2):oend + 2], t.texts[ti])
                                     or plain_form_of_lookalike_term(original, t.texts[ti])
                                     or latin_unit(text, ostart, oend)
                                     or english_words_joined(original, t.texts[ti])
                                     or recased_in_code(text, ostart, oend, t.texts[ti])
                                     or option_label(text, ostart, oend)
                                     or numeral_zero(text, ostart, oend) or vietnamese_word(text, ostart, oend)
                                     or typographic_space(text, ostart, oend, t.texts[ti])
                                     or (variant == "separator" and gapped_latin_in_tokens(text, ostart, oend, t.texts[ti])))):
            confidence = min(confidence, CAP_WORD)
        candidates = tuple(dict.fromkeys((t.texts[k], t.categories[k]) for k in same))
        return Match(ostart + offset, oend + offset, original, t.texts[ti], variant, t.categories[ti],
                     t.risks[ti], confidence, t.sources[ti], candidates if len(candidates) > 1 else ())


def _number_term(term: str) -> bool:
    """A term that is a number (``64``, ``6.4``, ``8-9``): digits, with a point or dash between them at most."""
    return _NUMBER_TERM.fullmatch(term) is not None


_NUMBER_TERM = re.compile(r"\d+(?:[.\-/]\d+)*")


def _long_initials(written: str, characters: int) -> bool:
    """Whether an initials hit is written with :data:`LONG_INITIALS` letters or more, one for each of the entry's
    ``characters`` and :data:`DISTINCT_INITIALS` different ones at least (not ``xxxxxx`` or ``zzzzz``)."""
    letters = [c.lower() for c in written if c.isalpha()]
    return len(letters) >= LONG_INITIALS and len(letters) == characters and len(set(letters)) >= DISTINCT_INITIALS


_ASCII_DIGIT = re.compile("[0-9]")


def _chinese_chars(fold: str) -> int:
    """How many Chinese characters a folded term has (the syllables its pinyin has: 转让92式 3)."""
    return sum("\u3400" <= c <= "\u9fff" for c in fold)


def _numerals_only(fold: str) -> bool:
    """Whether a folded term is written in Chinese numerals only (六四, 六十四, 二百五)."""
    return bool(fold) and all(c in CHINESE_NUMERALS for c in fold)


_DIGITS_AND_HANZI = re.compile(r"(?=.*[0-9a-z])(?=.*[\u3400-\u9fff])[0-9a-z\u3400-\u9fff]+")


def _digits_and_hanzi(folds: Sequence[str], hanzi: IntArray) -> npt.NDArray[np.bool_]:
    """Per term: folded to digits or Latin letters and Chinese characters only, both (``16大``, ``70年``, ``89之``,
    ``k粉``): the word check reads the digits and letters as characters of their own, so ``70年代``, ``89之间`` and
    ``4K粉丝`` cut through 年代, 之间 and 粉丝."""
    out = np.zeros(len(folds), dtype=bool)
    for k in _nonzero(hanzi == 0).tolist():
        out[k] = _DIGITS_AND_HANZI.fullmatch(folds[k]) is not None
    return out


def _letter_breaks(norm: Normalized) -> list[int]:
    """Normalised positions ``j``, in order, whose letter the text set apart from the letter at ``j - 1`` (a space or a
    mark the fold deleted between two words)."""
    cps = norm.cps
    if cps.size < 2:
        return []
    letters = (cps >= 97) & (cps <= 122)
    apart = norm.starts[1:] != norm.ends[:-1]
    found: list[int] = (np.flatnonzero(letters[1:] & letters[:-1] & apart) + 1).tolist()
    return found


def _latin_joined(norm: Normalized, j: int, k: int) -> bool:
    """Whether normalised characters ``j`` and ``k = j + 1`` are both Latin letters with nothing between
    them in the text (one word: a mixed hit must not start or end inside it)."""
    if j < 0 or k >= len(norm.text):
        return False
    both = norm.text[j].isascii() and norm.text[j].isalpha() and norm.text[k].isascii() and norm.text[k].isalpha()
    return both and int(norm.ends[j]) == int(norm.starts[k])


def _pinyin_like(text: str, start: int, end: int) -> bool:
    """Whether the Latin letters of ``text[start:end]`` read as pinyin: each run all lower or all upper case
    (``mA``, ``GHz`` are units), none right after a digit (``800mA的`` is not ``ma的``), and an edge that is a
    letter not one word of a Latin phrase (a letter and a space or joiner beyond it)."""
    first, last = text[start], text[end - 1]
    if start > 0 and text[start - 1].isdigit() and _ascii_letter(first):
        return False
    if (_ascii_letter(first) and _after_latin_word(text[max(0, start - 2):start])
            and _pinyin_word(_LATIN_BEFORE.search(text, 0, start - 1))) or (
            _ascii_letter(last) and _after_latin_word(text[end:end + 2][::-1])
            and _pinyin_word(_LATIN_RUN.match(text, end + 1))):
        return False  # one word of a Latin phrase: tian mao 靠谱 is 天猫, not 毛靠; 袭jing OA审批 is 袭警 (the 141st probe)
    return all(run.islower() or run.isupper() for run in _LATIN_RUN.findall(text, start, end))


_LATIN_BEFORE = re.compile(r"[A-Za-z]+$")


def _pinyin_word(m: re.Match[str] | None) -> bool:
    """Whether the Latin word beside a hit reads as pinyin (``tian``), not an acronym or a word in capitals (``OA``)."""
    return m is not None and not m.group().isupper() and pinyin_syllable_count(m.group()) > 0


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _after_latin_word(two: str) -> bool:
    """Whether ``two`` is a Latin letter and then a space or joiner (read towards the hit)."""
    return len(two) == 2 and two[1] in " /\\_=@:-" and _ascii_letter(two[0])


def _with_mixed(hits: list[Match], mixed: Sequence[Match | None]) -> list[Match]:
    """``hits`` with the mixed hits read at scan time: one already found (same span and term) is not
    repeated, one inside another hit is dropped, and hits inside a mixed one are dropped (outermost)."""
    made = [m for m in mixed if m is not None]
    new = [m for m in made if not any(h.start <= m.start and m.end <= h.end and (
        h.matched == m.matched or (h.start, h.end) != (m.start, m.end)) for h in hits)
        and not any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in made)]
    if not new:
        return hits
    kept = [h for h in hits if not any(m.start <= h.start and h.end <= m.end for m in new)]
    return sorted(kept + new, key=lambda m: (m.start, m.end))


def _with_initials(hits: list[Match], found: list[Match]) -> list[Match]:
    """``hits`` with the terms found with one character written as its initial: one on (or inside) the span of a hit
    already found is not added (``傻x`` listed as such stays ``傻x``), the hits inside a new one give way to it."""
    starts = [h.start for h in hits]  # sorted: a hit holding m starts at most a longest hit before it

    def covered(m: Match) -> bool:
        lo = bisect_left(starts, m.start - _LONGEST_HIT)
        return any(h.start <= m.start and m.end <= h.end for h in hits[lo:bisect_right(starts, m.start)])

    new = [m for m in found if not covered(m)]
    new = [m for m in new if not any(o.start <= m.start and m.end <= o.end and o is not m for o in new)]
    if not new:
        return hits
    inside = {k for m in new for k in range(bisect_left(starts, m.start), bisect_left(starts, m.end))
              if hits[k].end <= m.end}  # the hits that start inside a new one and end in it
    kept = [h for k, h in enumerate(hits) if k not in inside]
    return sorted(kept + new, key=lambda m: (m.start, m.end))


_ANY_LOWER = re.compile("[a-z]")
_NO_ASCII = re.compile(r"[^\x00-\x7f]+")  # a hit written without any ASCII character
_LONGEST_HIT = 4096  # characters: a hit spanning more (a term with long gaps, escape codes) is not looked for


def _lone_lower(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one lower-case ASCII letter standing alone (no letter, digit or backslash
    beside it: ``qq号``, ``\\n``, ``3d`` are not initials)."""
    if end - start != 1 or not ("a" <= text[start] <= "z"):
        return False
    before, after = text[start - 1:start], text[end:end + 1]
    return not (before.isascii() and (before.isalnum() or before == "\\")) and not (after.isascii() and after.isalnum())


MIN_REGULAR_CHARS = 3
"""Fewest characters of a term with something inserted between every two of them that is read as written apart
from its neighbours (a two-character term has one gap: ``水，乳交融`` is two words meeting at a comma)."""


class Layout(NamedTuple):
    """How a decoded text (:mod:`beian.text.escapes`) was written, one item per character: ``units`` numbers each
    run of characters written as escape codes from 1 (plain characters 0); ``breaks`` says whether markup was
    removed right before the character (``&ensp;``, ``<br>``, a written ``\\n``)."""

    units: IntArray
    breaks: npt.NDArray[np.bool_]

    @staticmethod
    def join(layouts: Sequence[Layout]) -> Layout:
        """The layout of the texts joined by ``DOC_JOIN``."""
        units = np.zeros(len(DOC_JOIN), dtype=_I64)
        breaks = np.zeros(len(DOC_JOIN), dtype=bool)
        return Layout(np.concatenate([part for w in layouts for part in (w.units, units)]),
                      np.concatenate([part for w in layouts for part in (w.breaks, breaks)]))


def layout(decoded: Decoded) -> Layout:
    """The :class:`Layout` of a decoded text."""
    escaped = np.asarray(decoded.escaped, dtype=bool)
    starts = escaped & ~np.concatenate(([False], escaped[:-1]))
    return Layout(np.where(escaped, np.cumsum(starts), 0).astype(_I64), np.asarray(decoded.after_tag, dtype=bool))


def _regular_insertion(norm: Normalized, s: IntArray, e: IntArray, ostart: IntArray, oend: IntArray,
                       written: Layout | None) -> npt.NDArray[np.bool_]:
    """Hits (by position) of three or more characters with something inserted between every two of them (deleted
    characters, or markup a decoded text removed) and no collapsed repeat (``高·仿·真·假·币店``, ``台\\n湾\\n色\\n网站``):
    the insertion marks where the term begins and ends, so a word the last character makes with the next one
    (``网站``) does not make the hit a misreading."""
    out = np.zeros(s.size, dtype=bool)
    n = e - s
    longer = (oend - ostart) - n >= n - 1
    maybe = _nonzero((n >= MIN_REGULAR_CHARS) & (longer if written is None else True))
    for k, x, y in zip(maybe.tolist(), s[maybe].tolist(), e[maybe].tolist()):
        gaps = norm.starts[x + 1:y] > norm.ends[x:y - 1]
        if written is not None:
            gaps |= written.breaks[norm.starts[x + 1:y]]
        out[k] = bool(gaps.all() and (norm.runs[x:y] == 1).all())
    return out


def _whole_unit(written: Layout | None, ostart: IntArray, oend: IntArray) -> npt.NDArray[np.bool_]:
    """Hits (by position) that are exactly one run of escape codes (:class:`Layout`): ``执业`` written as
    ``%E6%89%A7%E4%B8%9A`` between ``服`` and ``务`` is not the ``业务`` those make."""
    out = np.zeros(ostart.size, dtype=bool)
    if written is None or not written.units.any():
        return out
    units, n = written.units, written.units.size
    first = units[ostart]
    maybe = _nonzero((first > 0) & (units[oend - 1] == first))
    for k, a, b in zip(maybe.tolist(), ostart[maybe].tolist(), oend[maybe].tolist()):
        u = units[a]
        out[k] = (a == 0 or units[a - 1] != u) and (b == n or units[b] != u) and bool((units[a:b] == u).all())
    return out


def _with_escaped(text: str, plain: list[Match], decoded_hits: list[tuple[Window, list[Match]]],
                  offset: int) -> list[Match]:
    """The hits of ``text`` with those of its escape-decoded windows (variant ``escape``, spanning the codes).

    A plain hit that lies inside a run of escape codes reads the codes themselves (``27861`` holds
    ``786``) and is dropped. A decoded hit across removed HTML markup (``法<b></b>轮功``) is markup
    inserted into the term: ``separator`` (or the fold's own variant), at most the separator's
    confidence; it replaces a plain hit of the same span and term (the plain scan may have read the markup as
    punctuation: ``赌<!-- -->博``). Any other decoded hit was found by the plain scan. All windows at once: a long
    text with a comment in every document (``<!-- INFO END -->``) has hundreds of windows and ten thousand hits.
    """
    runs = sorted((x + offset, y + offset) for window, _ in decoded_hits for x, y in window.runs)
    run_starts = [x for x, _ in runs]
    new: list[Match] = []
    for window, found in decoded_hits:
        new += _decoded_hits(text, found, window, offset)
    replaced = {(m.start, m.end, m.matched) for m in new if m.variant != "escape"}

    def dropped(m: Match) -> bool:
        k = bisect_right(run_starts, m.start) - 1  # the last run starting at or before the hit
        inside = k >= 0 and m.end <= runs[k][1]
        return inside or (m.start, m.end, m.matched) in replaced

    kept = [m for m in plain if not dropped(m)] if runs or replaced else list(plain)
    return sorted(kept + new, key=lambda m: (m.start, m.end)) if new else kept


def _decoded_hits(text: str, found: list[Match], window: Window, offset: int) -> list[Match]:
    """The hits of one decoded window that touch a code (``escape``) or cross markup (``separator``), over the
    original span."""
    decoded, base = window.decoded, window.start
    out: list[Match] = []
    for m in found:
        if decoded.touches_escape(m.start, m.end):
            a, b = decoded.span(m.start, m.end)
            a, b = a + base, b + base
            out.append(m._replace(start=a + offset, end=b + offset, text=text[a:b], variant="escape",
                                  confidence=min(m.confidence, CONFIDENCE["escape"])))
        elif decoded.crosses_tag(m.start, m.end):
            a, b = decoded.span(m.start, m.end)
            a, b = a + base, b + base
            out.append(m._replace(start=a + offset, end=b + offset, text=text[a:b],
                                  variant="separator" if m.variant == "exact" else m.variant,
                                  confidence=min(m.confidence, CONFIDENCE["separator"])))
    return out


class _Reading(Protocol):
    """A part of a text read a second time (:class:`~beian.text.leet.Respelled`, :class:`~beian.text.flipped.Flipped`,
    :class:`~beian.text.zhuyin.Spelled`): its text, which characters the reading changed, and the original span of
    a stretch of it."""

    @property
    def text(self) -> str: ...

    def touches_change(self, start: int, end: int) -> bool: ...

    def span(self, start: int, end: int) -> tuple[int, int]: ...


def _digit_beside(text: str, start: int, end: int) -> bool:
    """Whether an ASCII digit stands right before or right after ``text[start:end]``."""
    return any(c.isascii() and c.isdigit() for c in text[max(0, start - 1):start] + text[end:end + 1])


def _read_again(text: str, found: list[Match], reading: _Reading, offset: int, variant: str | None,
                cap: float = 1.0) -> list[Match]:
    """The hits of a second reading that cover a changed character, over the original span, as ``variant`` (None:
    the channel's own, for zhuyin read as pinyin) and at most ``cap``: ``leet`` digits for letters, ``fancy`` a
    generator's borrowed letters, ``separator`` fillers, ``repeat`` the iteration mark, ``flipped`` upside-down or
    overridden text. Not the initials channel (three letters with a digit are a model number far more often than a
    disguised acronym)."""
    out = []
    for m in found:
        if m.variant == "initials" or not reading.touches_change(m.start, m.end):
            continue
        if variant is None and m.variant not in ("pinyin", "mixed"):
            continue  # a reading as pinyin (zhuyin, tone digits) is for the sound channels: hěn dà is not the entry da
        a, b = reading.span(m.start, m.end)
        name = variant or m.variant
        out.append(m._replace(start=a + offset, end=b + offset, text=text[a:b], variant=name,
                              confidence=min(m.confidence, CONFIDENCE[name], cap)))
    return out


def _outermost_of_each_term(hits: list[Match]) -> list[Match]:
    """``hits`` without those inside another of the same term (🐅 read as 虎 in ``老🐅机`` and as 老虎 in ``🐅机``: one
    hit, ``老🐅机``)."""
    if len(hits) < 2:
        return hits
    ordered = sorted(hits, key=lambda m: (m.start, -m.end))
    reach: dict[str, int] = {}  # per term, the furthest end of a hit kept so far
    out = []
    for m in ordered:
        if reach.get(m.matched, -1) >= m.end:
            continue
        reach[m.matched] = m.end
        out.append(m)
    return out


def _with_new(plain: list[Match], new: list[Match], higher: bool = False) -> list[Match]:
    """``plain`` with the hits of a second reading that it does not hold already (same span and term; the first of
    several new ones), by position; with ``higher``, a new hit more confident than the same span and term in
    ``plain`` replaces it."""
    if not new:
        return plain
    seen = {(m.start, m.end, m.matched): m.confidence for m in plain}
    added, replaced = [], set()
    for m in new:
        key = (m.start, m.end, m.matched)
        if key not in seen or (higher and m.confidence > seen[key]):
            if key in seen:
                replaced.add(key)
            seen[key] = m.confidence
            added.append(m)
    if not added:
        return plain
    kept = [m for m in plain if (m.start, m.end, m.matched) not in replaced]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


T = TypeVar("T")


class _Lazy(Generic[T]):
    """A value computed on first use (the folded text is only needed when a hit needs a closer look)."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make: Callable[[], T] | None = make
        self._value: T | None = None

    def get(self) -> T:
        if self._make is not None:
            self._value, self._make = self._make(), None
        return self._value  # type: ignore[return-value]


class _SpanTerms:
    """The terms found on the spans of some hits, for looking up same-span entries."""

    def __init__(self, hits: IntArray, term: IntArray, ostart: IntArray, oend: IntArray, wanted: IntArray) -> None:
        width = int(oend.max(initial=0)) + 1
        starts = np.zeros(width, dtype=bool)
        starts[ostart[wanted]] = True
        hits = hits[starts[ostart[hits]]]  # a cheap first cut on the start alone (most hits share no start with them)
        keys = ostart[hits] * width + oend[hits]
        near = np.isin(keys, ostart[wanted] * width + oend[wanted])  # only the spans asked about
        self._terms: dict[tuple[int, int], list[int]] = {}
        for a, b, k in zip(ostart[hits[near]].tolist(), oend[hits[near]].tolist(), term[hits[near]].tolist()):
            self._terms.setdefault((a, b), []).append(k)

    def terms(self, start: int, end: int) -> list[int]:
        """Term numbers of the hits spanning exactly ``[start, end)``, in the order found."""
        return self._terms.get((start, end), [])


_native_fold_str, _native_fan_out = native("fold_str"), native("fan_out")
_native_exact_hits = native("exact_hits", "_hits")
_I64 = np.dtype(np.int64)


_OPEN_VALUE = re.compile(r'"[ \t]*:[ \t]*"[^"\n]{0,16}$')  # a stream that ends inside a JSON string value
# the end of a stream in a short list item, quoted line or JSON string value: ``1. 海\n`` (``2. 洛`` may follow),
# ``{"a": "海洛", "b": "`` (``因"`` may follow); its content is held until what follows it is known
_SHORT_ITEM = re.compile(r'(?:(?:^|\n)[ \t]*(?:>|\d{1,3}[.、)）]|[-*•·●○◦▪])[ \t]*|"[ \t]*:[ \t]*")'
                         r'([^\n"]{1,4})(?:\n(?:[ \t]*(?:>|\d{1,3}[.、)）]?|[-*•·●○◦▪])[ \t]*[^\n"]{0,4})?'  # the next item begun
                         r'|",?[ \t\n]*(?:"[^"\n]{0,40}(?:"[ \t]*:?[ \t]*"?)?)?)?$')


def _short_item_tail(tail: str) -> int:
    """How many trailing characters of ``tail`` a short list item or JSON value at its end holds (from its content)."""
    m = _SHORT_ITEM.search(tail[-80:])
    return len(tail[-80:]) - m.start(1) if m else 0


def _gaps_allow(norm: Normalized, s: int, e: int, chars: int, least: float) -> bool:
    """Whether what separates the characters of normalised ``[s, e)`` (:func:`~beian.text.hitfilters.gap_cap`) allows a
    confidence of at least ``least``."""
    cap = gap_cap(norm, s, e, chars)
    return cap is None or cap >= least


def _joined_key(ftext: str, a: int, b: int, bs: int, be: int, hit: str) -> str:
    """The window key (:func:`~beian.text.wordcut.window_key`) of the hit ``[a, b)`` of the folded text read as ``hit``,
    with the breakers of the disguised term ``[bs, be)`` beside it taken out."""
    def joined(lo: int, hi: int) -> str:
        return "".join(c for i, c in enumerate(ftext[lo:hi], lo) if not (bs <= i < be and c == BREAKER))

    reach = CONTEXT + (be - bs)
    return joined(max(0, a - reach), a)[-CONTEXT:] + "\x00" + hit + "\x00" + joined(b, b + reach)[:CONTEXT]


def _folded_text(norm: Normalized) -> str:
    """The original text folded character by character (same offsets), deleted characters as ``BREAKER``."""
    if _native_fold_str is not None:
        text: str = _native_fold_str(norm.source_cps, fold_tables()[0], ord(BREAKER))
        return text
    folded = fold_tables()[0][norm.source_cps]  # a new array: changed in place
    folded[folded == 0] = ord(BREAKER)
    return to_text(folded)


def _ascii_repeat(norm: Normalized, s: int, e: int, need: Sequence[int]) -> bool:
    """Whether the fold collapsed more copies of an ASCII letter or digit inside normalised ``[s, e)`` than
    the term has there (``2000`` for ``20``, ``Tell`` for ``tel``; ``qq`` for ``qq`` is none)."""
    return any(r > n and chr(c).isascii() and chr(c).isalnum()
               for c, r, n in zip(norm.cps[s:e].tolist(), norm.runs[s:e].tolist(), need))


def _repeats_between_hanzi(norm: Normalized, s: int, e: int, need: Sequence[int]) -> bool:
    """Whether every ASCII letter or digit of normalised ``[s, e)`` typed more often than the term has it has Chinese
    characters of the hit on both sides (``快播大666毛片`` for ``快播大6毛片``): typed again on purpose inside a term,
    where a number or an English spelling (``2000`` for ``20``) runs past the term's edge."""
    cps, runs = norm.cps[s:e].tolist(), norm.runs[s:e].tolist()
    hanzi = [is_hanzi(chr(c)) for c in cps]
    extra = [k for k, (c, r, n) in enumerate(zip(cps, runs, need)) if r > n and chr(c).isascii() and chr(c).isalnum()]
    return bool(extra) and all(any(hanzi[:k]) and any(hanzi[k + 1:]) for k in extra)


def _every_char_doubled(norm: Normalized, s: int, e: int, need: Sequence[int]) -> bool:
    """Whether every character of normalised ``[s, e)`` is written at least twice as often as the term has it
    (``KK粉粉`` for ``K粉``, ``66合合彩彩``): for a term of letters or digits and Chinese characters, doubling on
    purpose, not an English spelling (``Tell``, ``BBC``)."""
    return e - s == len(need) and all(have >= 2 * want for have, want in zip(norm.runs[s:e].tolist(), need))


def _edge_cut(words: WordCut, text: str, start: int, end: int) -> bool:
    """Whether the folded ``text`` read as written puts a word across an edge of ``[start, end)``: ``其他|妈妈|的``
    holds ``他妈妈的`` (read as 他妈的) with ``其他`` across its start; ``你|他|妈妈|的`` does not."""
    lo = max(0, start - CONTEXT)
    bounds = {lo + b for b in words.segment(text[lo:end + CONTEXT])}
    return start not in bounds or end not in bounds


def _extra_copies_in_word(words: WordCut, text: str, copies: list[int], start: int, end: int, lead: bool) -> bool:
    """Whether the extra copies of a run collapsed at a hit's start (``lead``) or end belong to a word,
    not to the term: the run is a word itself (``爸爸``), the whole span ``[start, end)`` is one
    (``火辣辣``), or the outer copy closes a word before the hit (``共和国|国务院``) or opens one after it."""
    first, last = copies[0], copies[-1]
    if words.is_word(text[first:last + 1]) or words.is_word(text[start:end]):
        return True
    if lead:
        return any(words.is_word(text[first - k:first + 1]) for k in (1, 2, 3) if first >= k)
    return any(words.is_word(text[last:last + k + 1]) for k in (1, 2, 3) if last + k < len(text))


def _copies(fold: npt.NDArray[np.uint32], norm: Normalized, j: int) -> list[int]:
    """Original positions of the characters that normalised character ``j`` collapsed."""
    a, b = int(norm.starts[j]), int(norm.ends[j])
    found: list[int] = (a + _nonzero(fold[norm.source_cps[a:b]] == norm.cps[j])).tolist()
    return found


# Indexed by channel: which bit of Matcher._runs_bits says the run-length check (Matcher._runs_ok) may fail.
# Most channels check the folded form (1); pinyin and initials their own spelling (2: any doubled
# character, a safe superset); MIXED, TONES and SPLIT are never checked (0).
_RUNS_BIT = np.ones(max(FOLD, PINYIN, INITIALS, HOMOPHONE, MIXED, TONES, SPLIT) + 1, dtype=np.uint8)
_RUNS_BIT[[PINYIN, INITIALS]] = 2
_RUNS_BIT[[MIXED, TONES, SPLIT]] = 0
_SLICE = 8192


def _touching(norm: Normalized, s: IntArray, e: IntArray) -> npt.NDArray[np.bool_]:
    """Whether the normalised characters just before ``s`` and just after ``e`` touch the hit in the text, with nothing
    deleted between: ``行：色情网`` does not read as ``行色|情网`` (the colon ends the clause before the hit)."""
    n = norm.starts.size
    before, after = np.maximum(s - 1, 0), np.minimum(e, n - 1)
    inside = (s > 0) & (e < n)
    touching: npt.NDArray[np.bool_] = inside & (norm.ends[before] == norm.starts[s]) & (norm.starts[after] == norm.ends[e - 1])
    return touching


def _doubled(runs: IntArray) -> IntArray | None:
    """How many runs the fold collapsed before each normalised position (``n + 1`` counts), None when none."""
    if runs.size == 0 or int(runs.max()) == 1:
        return None
    out = np.zeros(runs.size + 1, dtype=np.int64)
    np.cumsum(runs > 1, out=out[1:])
    return out


def _scatter(size: int, idx: IntArray, values: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    out = np.zeros(size, dtype=bool)
    out[idx] = values
    return out


def _nonzero(mask: npt.NDArray[np.generic]) -> IntArray:
    """``np.flatnonzero`` of a 1-D array without its Python wrappers (a fifth of the cost on a few hits)."""
    found: IntArray = mask.nonzero()[0]
    return found


def _fold_lengths(folds: list[str]) -> IntArray:
    """``len`` of every folded term, a slice at a time, so a thread that loads a matcher while a server
    runs hands the interpreter lock back between slices."""
    parts = [np.fromiter(map(len, folds[a:a + _SLICE]), dtype=np.int64) for a in range(0, len(folds), _SLICE)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


_LATIN_RUN = re.compile(r"[A-Za-z]+")
_SOUND_OF = {PINYIN: PINYIN, TONES: PINYIN, INITIALS: INITIALS, MIXED: MIXED, HOMOPHONE: HOMOPHONE}


def _same_sound(idx: IntArray, term: IntArray, channel: IntArray, ostart: IntArray,
                oend: IntArray) -> dict[tuple[int, int, int], list[int]]:
    """Sound-channel hits grouped by span and channel kind: every entry that sounds like the text.

    The lowest term number comes first (it is the one :meth:`Matcher._outermost` keeps).
    """
    groups: dict[tuple[int, int, int], list[int]] = {}
    ch = channel[idx]
    sel = idx[(ch != FOLD) & (ch != SPLIT)]
    if sel.size == 0:
        return groups
    for j in sel[np.argsort(term[sel], kind="stable")].tolist():
        key = (int(ostart[j]), int(oend[j]), _SOUND_OF[int(channel[j])])
        groups.setdefault(key, []).append(int(term[j]))
    return groups


def _begins_pattern(patterns: list[str], piece: str) -> bool:
    """Whether some pattern in the sorted list starts with ``piece``."""
    i = bisect_left(patterns, piece)
    return i < len(patterns) and patterns[i].startswith(piece)


# ------------------------------------------------------------------ chunking
def _chunks(text: str) -> Iterable[tuple[int, str]]:
    """``(offset, piece)`` for each piece of :func:`_chunk_bounds`."""
    for a, b in _chunk_bounds(text):
        yield a, text[a:b]


def _chunk_bounds(text: str) -> Iterable[tuple[int, int]]:
    """``[start, end)`` of pieces of at most about MAX_CHUNK_CHARS, cut where no hit can run across: at a paragraph
    break (a hard boundary), else at a line break after a sentence end (a term held across "。\n" is not read as
    one), else at a line break, in the last three quarters of the window. An empty text is one empty piece."""
    pos = 0
    while True:
        cut = min(pos + MAX_CHUNK_CHARS, len(text))
        if cut < len(text):
            cut = _cut_at(text, pos + (cut - pos) // 4, cut)
        yield pos, cut
        pos = cut
        if pos >= len(text):
            return


_SENTENCE_BREAK = re.compile(r"[。！？!?；;.]\n")


def _cut_at(text: str, lo: int, hi: int) -> int:
    """Where to end a piece in ``text[lo:hi]``: after the last paragraph break, sentence-end line break or line
    break there (in that order of preference); ``hi`` where there is none."""
    para = text.rfind(DOC_JOIN, lo, hi)
    if para >= 0:
        return para + len(DOC_JOIN)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(lo, hi - 20_000), hi)]
    if ends:
        return ends[-1]
    nl = text.rfind("\n", lo, hi)
    return nl + 1 if nl >= 0 else hi


def _batches(texts: Sequence[str]) -> Iterable[tuple[int, list[str]]]:
    first, size = 0, 0
    batch: list[str] = []
    for i, text in enumerate(texts):
        if batch and size + len(text) > MAX_CHUNK_CHARS:
            yield first, batch
            first, size, batch = i, 0, []
        batch.append(text)
        size += len(text) + len(DOC_JOIN)
    if batch:
        yield first, batch


def build_matcher(paths: Sequence[Path], allow: Sequence[Path] = (), profile: Profile | None = None,
                  cache_dir: Path | None = None, user_dict: Sequence[Path] = ()) -> Matcher:
    """Load lexicon files (and allowlists, and the user's segmenter dictionaries) and compile them."""
    from beian.text.lexicon import load_allowlist, load_lexicons, load_user_dict

    lexicon = load_lexicons(list(paths), profile=profile)
    for path in allow:
        lexicon.allow.extend(load_allowlist(path))
    for path in user_dict:
        lexicon.user_words.extend(load_user_dict(path))
    return Matcher.build(lexicon, cache_dir=cache_dir)
