"""Building the per-app matcher: lexicon files plus the database's add/remove log."""

from __future__ import annotations

from pathlib import Path

from beian.text.lexicon import load_allowlist, load_lexicons
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term


def load_files(paths: list[Path], allow: list[Path]) -> Lexicon:
    """Load an app's deny lists and allowlists with the text core's loader."""
    lex = load_lexicons(list(paths)) if paths else Lexicon()
    for p in allow:
        lex.allow.extend(load_allowlist(p))
    return lex


def with_overlay(base: Lexicon, added: dict[str, str | None], removed: set[str]) -> Lexicon:
    """``base`` minus removed terms plus added ones (a new object; base is untouched)."""
    terms = [t for t in base.terms if t.text not in removed]
    present = {t.text for t in terms}
    terms += [Term(text, category=cat or "运营新增", source="admin") for text, cat in added.items()
              if text not in present]
    return Lexicon(terms=terms, allow=list(base.allow), options=base.options,
                   category_options=dict(base.category_options), sources=list(base.sources))


def compile_lexicon(lex: Lexicon) -> Matcher:
    """The matcher for ``lex`` (an empty lexicon gives a matcher that finds nothing)."""
    return Matcher.build(lex)
