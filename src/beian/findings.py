"""Severities and :class:`Finding`, the result of a check on a filing package.

The result types of beian, one per level, each named for what it is:

- :class:`Finding` — a problem in a package (``beian check``), with location, evidence and a fix;
- :class:`beian.text.matcher.Match` — one keyword hit in a text (offsets, matched form, variant);
- :class:`beian.text.pii.PIIMatch` — one piece of personal information in a text;
- :class:`beian.gateway.policy.PolicyHit` — a Match or PIIMatch with the action an app's policy gives it;
- :class:`beian.text.classifiers.ClassifierVerdict` — a guard model's or judge's verdict on an answer;
- :class:`beian.assess.stance.StanceVerdict` — the stance of an answer (refusal … answer), with spans;
- :class:`beian.assess.judges.JudgeResult` — one judge plugin's verdict on one answer (what run logs store);
- :class:`beian.commands.scan.ScanRecord` — one line of the ``beian scan --json`` contract (a Match or
  PIIMatch with its document index, the shape users parse).

Every one of them has ``to_dict()`` (or ``to_json()`` for the scan contract) and carries masked evidence
only. Audit and run records (:mod:`beian.records`) and the vocabularies (:mod:`beian.kinds`) are the
other shared types.

Detection produces matches; a policy (in the gateway) or a verdict rule (in ``check``) decides
what to do with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    """Ordered severity levels; ``blocker`` is the worst."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    BLOCKER = "blocker"

    @property
    def rank(self) -> int:
        """Position in the order info < low < medium < high < blocker."""
        return _SEVERITY_ORDER.index(self)

    @property
    def label_zh(self) -> str:
        """Chinese label for reports."""
        return _SEVERITY_ZH[self]

    def at_least(self, other: Severity) -> bool:
        """True when this severity is ``other`` or worse."""
        return self.rank >= other.rank

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Parse an English or Chinese severity name."""
        text = value.strip().lower()
        for sev in cls:
            if text in (sev.value, sev.label_zh):
                return sev
        raise ValueError(f"未知的严重程度：{value!r}（可选 info/low/medium/high/blocker）")


_SEVERITY_ORDER = [Severity.INFO, Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.BLOCKER]
_SEVERITY_ZH = {
    Severity.INFO: "提示",
    Severity.LOW: "低",
    Severity.MEDIUM: "中",
    Severity.HIGH: "高",
    Severity.BLOCKER: "阻断",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a scanner, rule or judge found, with its evidence and a fix.

    ``message``, ``evidence`` and ``fix`` are for people and written in Chinese.
    ``evidence`` is always masked unless the user explicitly enabled raw text.
    """

    code: str
    message: str
    severity: Severity = Severity.MEDIUM
    source: str = ""
    family: str | None = None
    location: str = ""
    evidence: str | None = None
    fix: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (enums as their values)."""
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The worst severity among ``findings``, or None when there are none."""
    ranks = [f.severity for f in findings]
    return max(ranks, key=lambda s: s.rank) if ranks else None
