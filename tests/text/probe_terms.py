"""A matcher over a probe's handful of terms, and the best confidence it gives a term in a text (the probe tests)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term


def probe_matcher(terms: Iterable[str], cache_dir: Path) -> Matcher:
    """A matcher of ``terms`` (category 测试), compiled in ``cache_dir``."""
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in terms]), cache_dir=cache_dir, engine="auto")


def best(matcher: Matcher, text: str, term: str) -> float:
    """The highest confidence of a hit on ``term`` in ``text`` (0.0: none)."""
    return max((m.confidence for m in matcher.scan(text) if m.matched == term), default=0.0)
