"""The rule registry and helpers shared by the rule families."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from beian.findings import Finding, Severity
from beian.prereview.model import Package
from beian.prereview.vocab import pattern

CheckFn = Callable[[Package], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A named check over a package; ``codes`` are the finding codes it can emit."""

    id: str
    family: str
    title: str
    codes: tuple[str, ...]
    check: CheckFn


RULES: list[Rule] = []


def rule(rule_id: str, title: str, *codes: str) -> Callable[[CheckFn], CheckFn]:
    """Register ``fn`` as a rule of the family named by the id's prefix."""

    def deco(fn: CheckFn) -> CheckFn:
        RULES.append(Rule(id=rule_id, family=rule_id.split(".")[0], title=title, codes=codes or (rule_id,), check=fn))
        return fn

    return deco


def make(code: str, severity: Severity, message: str, location: str, fix: str,
         evidence: str | None = None, *, public: bool = False, **extra: object) -> Finding:
    """A finding of the family named by the code's prefix; personal information in the evidence is masked, unless
    ``public`` says the evidence is public registration data (a company's credit code compared digit by digit).

    A code resting on a recommended clause (宜, per the rule catalogue) says so in its message:
    TC260-003 9.1 d) 4) keeps it out of the report's overall conclusion, while reviewers still expect it.
    """
    from beian.prereview.catalog import force_of

    if force_of(code) == "宜":
        message += RECOMMENDED_NOTE
    return Finding(code=code, message=message, severity=severity, source="prereview", family=code.split(".")[0],
                   location=location, evidence=(evidence if public else mask(evidence)) if evidence else None, fix=fix,
                   extra={"force": force_of(code), **extra})


RECOMMENDED_NOTE = "（推荐性条款“宜”：按 TC260-003 9.1 d) 4) 不影响评估报告的总体结论，但审核实践中普遍要求达到。）"


def mask(text: str) -> str:
    """Mask phone numbers, ID numbers and other personal information in evidence."""
    from beian.text.pii import mask_pii

    return str(mask_pii(text))


HIT_OPEN, HIT_CLOSE = "▶", "◀"
"""Marks around the hit in an excerpt: not 【】, which filers use themselves (【请填写】, 《【…】》 would misquote)."""


def excerpt(text: str, start: int, end: int, context: int = 12) -> str:
    """A short one-line excerpt around ``[start, end)``, the hit between :data:`HIT_OPEN` and :data:`HIT_CLOSE`."""
    left = text[max(0, start - context):start].replace("\n", " ")
    right = text[end:end + context].replace("\n", " ")
    return f"…{left}{HIT_OPEN}{text[start:end]}{HIT_CLOSE}{right}…"


def find_any(text: str, words: Iterable[str]) -> re.Match[str] | None:
    """First occurrence of any of ``words`` (``.*`` in a word: a bounded gap within a clause, as the vocabulary reads it)."""
    return pattern(words).search(text)
