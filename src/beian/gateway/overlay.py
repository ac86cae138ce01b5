"""Keyword changes without a full recompile: a compiled base plus an overlay of changed terms.

A keyword change must act on the next request, but compiling a 100k-term lexicon takes many
seconds. The overlay answers at once: added terms get a small matcher of their own (a few ms),
removed terms are filtered out of the base matcher's hits. Hits a removed term used to hide are
found again: terms with the same folded form are compiled into the small matcher, and the text
around a dropped hit is scanned again without the dropped hit's first or last character (for
terms inside it). A full rebuild in the background later replaces base and overlay at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from beian.text.compiler import compile_lexicon
from beian.text.matcher import Match, Matcher
from beian.text.normalize import codepoints, fold_tables, normalize
from beian.text.terms import Lexicon, Term

ADMIN_CATEGORY = "运营新增"
ADMIN_SOURCE = "admin"
MAX_RECOVERY_DEPTH = 3
SOUND_VARIANTS = {"pinyin": 1, "initials": 2, "homophone": 3}  # same-span ties: the folded form first


@dataclass(frozen=True)
class KeywordState:
    """The database's keyword changes at one version: terms added (with category) and removed."""

    version: int = 0
    added: Mapping[str, str | None] = field(default_factory=dict)
    removed: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        """No change at all: the lexicon files as they are."""
        return not self.added and not self.removed


def admin_term(text: str, category: str | None) -> Term:
    """The term an operator added (category ``运营新增`` when none was given)."""
    return Term(text, category=category or ADMIN_CATEGORY, source=ADMIN_SOURCE)


def effective(base: Lexicon, state: KeywordState) -> Lexicon:
    """``base`` minus removed terms plus added ones (a new object; ``base`` is untouched)."""
    terms = [t for t in base.terms if t.text not in state.removed]
    present = {t.text for t in terms}
    terms += [admin_term(text, cat) for text, cat in state.added.items() if text not in present]
    return replace(base, terms=terms, allow=list(base.allow), category_options=dict(base.category_options),
                   sources=list(base.sources), user_words=list(base.user_words))  # every other field carried over


def _identity(text: str, in_file: bool, state: KeywordState) -> tuple[str, str | None] | None:
    """Where ``text`` comes from in the effective lexicon of ``state`` (None: not in it)."""
    if in_file and text not in state.removed:
        return ("file", None)
    if text in state.added:
        return ("admin", state.added[text])
    return None


def changed_terms(base: Lexicon, built: KeywordState, now: KeywordState) -> tuple[list[Term], frozenset[str]]:
    """What differs between the lexicon compiled for ``built`` and the one for ``now``.

    Returns the terms to add on top of the compiled matcher and the term texts whose hits it
    must no longer report (removed, or re-added under another category).
    """
    candidates = set(built.added) | set(now.added) | built.removed | now.removed
    if not candidates:
        return [], frozenset()
    in_file: dict[str, list[Term]] = {}
    for term in base.terms:
        if term.text in candidates:
            in_file.setdefault(term.text, []).append(term)
    extra: list[Term] = []
    dropped: set[str] = set()
    for text in sorted(candidates):
        before = _identity(text, text in in_file, built)
        after = _identity(text, text in in_file, now)
        if before == after:
            continue
        if before is not None:
            dropped.add(text)
        if after is not None:
            extra += in_file[text] if after[0] == "file" else [admin_term(text, after[1])]
    return extra, frozenset(dropped)


def fold_siblings(terms: Sequence[Term], dropped: Iterable[str]) -> list[Term]:
    """Terms of ``terms`` that fold to the same form as a dropped text but are not dropped.

    The compiled matcher reports one hit per span, so a dropped term hides such a sibling. Folding
    is per character (to one character or none), so only terms whose every character folds into
    the dropped forms' characters can be siblings: one vectorised pass finds those few, and only
    they are folded in full.
    """
    drop = set(dropped)
    targets = {normalize(t).text for t in drop} - {""}
    live = [t for t in terms if t.text and t.text not in drop]
    if not targets or not live:
        return []
    fold = fold_tables()[0]
    allowed = np.zeros(len(fold), dtype=bool)  # a lookup table, not np.isin: no long sort under the GIL
    allowed[codepoints("".join(targets))] = True
    allowed[0] = True  # characters that fold away
    lens = np.fromiter((len(t.text) for t in live), dtype=np.int64, count=len(live))
    foreign = (~allowed[fold[codepoints("".join(t.text for t in live))]]).astype(np.int64)
    bad = np.add.reduceat(foreign, np.cumsum(lens) - lens)
    return [live[i] for i in np.flatnonzero(bad == 0).tolist() if normalize(live[i].text).text in targets]


def small_matcher(terms: list[Term], like: Lexicon) -> Matcher | None:
    """A matcher for a few terms with ``like``'s allowlist and switches (no disk cache; a few ms)."""
    if not terms:
        return None
    lex = replace(like, terms=terms, allow=list(like.allow), category_options=dict(like.category_options),
                  sources=list(like.sources), user_words=list(like.user_words))
    return Matcher(compile_lexicon(lex, "auto"), "overlay")


def _rank(m: Match, from_base: bool) -> tuple[int, int]:
    return SOUND_VARIANTS.get(m.variant, 0), 0 if from_base else 1


def outermost(hits: list[tuple[Match, bool]]) -> list[Match]:
    """Hits not inside a longer one, one per span, ordered by position (as the compiled matcher does)."""
    hits.sort(key=lambda h: (h[0].start, -h[0].end, _rank(*h)))
    out: list[Match] = []
    reach = -1
    last: tuple[int, int] | None = None
    for m, _ in hits:
        span = (m.start, m.end)
        if span != last and m.end > reach:
            out.append(m)
        last = span
        reach = max(reach, m.end)
    out.sort(key=lambda m: (m.start, m.end))
    return out


class OverlayMatcher:
    """A compiled base matcher with terms added (``extra``) and term texts dropped since it was built.

    It offers the parts of :class:`~beian.text.matcher.Matcher` the gateway uses: ``scan``,
    ``scan_many``, ``pending_chars``, ``max_term_chars``, ``n_terms``, ``engine_name``.
    """

    def __init__(self, base: Matcher, extra: Matcher | None, dropped: frozenset[str], n_terms: int) -> None:
        self.base = base
        self.extra = extra
        self.dropped = dropped
        self.max_term_chars = max(base.max_term_chars, extra.max_term_chars if extra else 0)
        self.skipped = list(base.skipped) + (list(extra.skipped) if extra else [])
        self.key = base.key + "+overlay"
        self._n_terms = n_terms

    @property
    def engine_name(self) -> str:
        """The base matcher's engine."""
        return self.base.engine_name

    @property
    def n_terms(self) -> int:
        """How many deny terms are in effect."""
        return self._n_terms

    def scan(self, text: str) -> list[Match]:
        """All hits in ``text``, ordered by position, as a fresh build of the changed lexicon finds them."""
        hits = self._base_hits(text, 0, len(text), 0)
        if self.extra is not None:
            hits += [(m, False) for m in self.extra.scan(text)]
        if not hits:
            return []
        return outermost(hits)

    def _base_hits(self, text: str, lo: int, hi: int, depth: int) -> list[tuple[Match, bool]]:
        """Base hits in ``text[lo:hi]`` (offsets of ``text``) minus dropped terms, with what they hid."""
        found = self.base.scan(text[lo:hi])
        if lo:
            found = [m._replace(start=m.start + lo, end=m.end + lo) for m in found]
        kept = [(m, True) for m in found if m.matched not in self.dropped]
        if len(kept) == len(found):
            return kept
        for m in found:
            if m.matched in self.dropped:
                kept += self._inside(text, m, depth)
        return kept

    def _inside(self, text: str, hit: Match, depth: int) -> list[tuple[Match, bool]]:
        """Base hits strictly inside a dropped ``hit`` (it hid them), with context on the open side."""
        if depth >= MAX_RECOVERY_DEPTH:  # pathological nesting: keep the dropped hit, never lose a block
            return [(hit, True)]
        ctx = 2 * max(self.base.max_term_chars, 1)
        out: list[tuple[Match, bool]] = []
        for lo, hi in ((max(0, hit.start - ctx), hit.end - 1), (hit.start + 1, min(len(text), hit.end + ctx))):
            if hi <= lo:
                continue
            for m, base in self._base_hits(text, lo, hi, depth + 1):
                if hit.start <= m.start and m.end <= hit.end and (m.start, m.end) != (hit.start, hit.end):
                    out.append((m, base))
        return out

    def scan_many(self, texts: Sequence[str]) -> list[list[Match]]:
        """Hits per document."""
        return [self.scan(t) for t in texts]

    def pending_chars(self, text: str) -> int:
        """Trailing characters that could still grow into a hit of the base or the added terms."""
        held = self.base.pending_chars(text)
        return max(held, self.extra.pending_chars(text)) if self.extra is not None else held


def overlaid(base_matcher: Matcher, base: Lexicon, built: KeywordState, now: KeywordState) -> Any:
    """The live matcher for ``now`` on top of ``base_matcher`` (compiled for ``built``)."""
    extra, dropped = changed_terms(base, built, now)
    if not extra and not dropped:
        return base_matcher
    compiled_for = effective(base, built)
    siblings = fold_siblings(compiled_for.terms, dropped) if dropped else []
    small = small_matcher(extra + siblings, base)
    n_terms = base_matcher.n_terms + (small.n_terms if small else 0) - len(dropped)
    return OverlayMatcher(base_matcher, small, dropped, max(n_terms, 0))
