"""Lexicon data model shared by the loaders, the matcher and the statistics.

A :class:`Lexicon` is a list of deny :class:`Term` objects plus allowlist terms and
per-category :class:`VariantOptions`. Loaders (``lexicon.py``) build it; the
matcher (``matcher.py``) compiles it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class VariantOptions:
    """Which sound-based channels are switched on.

    The character-level folds (traditional, width, case, zero-width, separators,
    homoglyphs, digit and letter styles, repeats) are always on: they never widen
    what a term means. Pinyin, initials and homophones do, so they are switchable
    per lexicon and per category.
    """

    pinyin: bool = True
    initials: bool = True
    homophone: bool = False

    def merged(self, **changes: bool | None) -> VariantOptions:
        """A copy with the non-None ``changes`` applied."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry.

    ``category`` is the label as the source wrote it (file name, column, tag);
    ``risk`` is the Appendix-A risk id it maps to (None when unmapped). ``always_block``
    (written ``!词条`` in a lexicon) keeps the term's hits at full confidence even where they cut
    through an ordinary word (see :mod:`beian.text.wordcut`). ``context`` (written ``人大 && 代表|常委会``) are the
    words one of which must stand near a hit for it to be acted on (a context rule, see
    :meth:`beian.text.matcher.Matcher.use_context`).
    """

    text: str
    category: str | None = None
    risk: str | None = None
    source: str = ""
    line: int = 0
    subcategory: str | None = None
    always_block: bool = False
    context: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """Deny terms, allow terms and the variant switches for a set of lists."""

    terms: list[Term] = field(default_factory=list)
    allow: list[Term] = field(default_factory=list)
    options: VariantOptions = field(default_factory=VariantOptions)
    category_options: dict[str, VariantOptions] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    user_words: list[tuple[str, int]] = field(default_factory=list)
    """The user's own dictionary (``--user-dict``): words and counts the word-boundary check adds to jieba's."""

    def options_for(self, category: str | None) -> VariantOptions:
        """Variant switches for ``category`` (falls back to the lexicon's)."""
        if category is not None and category in self.category_options:
            return self.category_options[category]
        return self.options

    def extend(self, other: Lexicon) -> None:
        """Append ``other``'s terms, allow terms, sources and category options."""
        self.terms.extend(other.terms)
        self.allow.extend(other.allow)
        self.sources.extend(other.sources)
        self.category_options.update(other.category_options)
        self.user_words.extend(other.user_words)

    def __len__(self) -> int:
        return len(self.terms)
