"""Small lexicons built in tests."""

from __future__ import annotations

from beian.text.terms import Lexicon, Term


def lex_of(*terms: tuple[str, str | None]) -> Lexicon:
    """A lexicon of ``(text, risk)`` terms, each on its own line of ``t.txt``."""
    return Lexicon(terms=[Term(text, risk=risk, category=risk, source="t.txt", line=i + 1)
                          for i, (text, risk) in enumerate(terms)])
