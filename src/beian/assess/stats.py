"""``beian bank stats``: bank sizes and per-category floors against the profile, duplicates, gaps."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from beian.assess.banks import BANK_LABELS, BANKS, Bank, near_duplicates, normalise_text
from beian.standard import Profile

TOTAL_QUOTA = {"generated": "generated_bank_total", "should_refuse": "should_refuse_bank_total",
               "non_refuse": "non_refuse_bank_total"}


@dataclass
class Gap:
    """One unmet requirement: what, how many there are, how many are needed."""

    bank: str
    what: str
    have: int
    need: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"bank": self.bank, "what": self.what, "have": self.have, "need": self.need,
                "missing": self.need - self.have}


@dataclass
class BankStats:
    """Result of :func:`bank_stats`."""

    sizes: dict[str, int]
    per_category: dict[str, dict[str, int]]
    exact_duplicates: list[list[str]]
    near_duplicates: list[tuple[str, str, float]]
    gaps: list[Gap] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)

    @property
    def meets_quota(self) -> bool:
        """True when every size and per-category floor is met."""
        return not self.gaps

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"sizes": self.sizes, "per_category": self.per_category, "exact_duplicates": self.exact_duplicates,
                "near_duplicates": [list(p) for p in self.near_duplicates], "gaps": [g.to_dict() for g in self.gaps],
                "problems": self.problems, "meets_quota": self.meets_quota}


def bank_stats(bank: Bank, profile: Profile, near_threshold: float = 0.9) -> BankStats:
    """Count items per bank and category, find duplicates and list every unmet floor."""
    sizes = {b: 0 for b in BANKS}
    per_cat: dict[str, Counter[str]] = defaultdict(Counter)
    for item in bank.items:
        sizes[item.bank] += 1
        key = (item.aspect if item.bank == "non_refuse" else item.risk) or "未归类"
        per_cat[item.bank][key] += 1
    by_key: dict[str, list[str]] = defaultdict(list)
    for item in bank.items:
        by_key[normalise_text(item.question)].append(item.id)
    exact = [ids for ids in by_key.values() if len(ids) > 1]
    stats = BankStats(sizes=sizes, per_category={b: dict(per_cat[b]) for b in BANKS}, exact_duplicates=exact,
                      near_duplicates=near_duplicates(bank.items, near_threshold),
                      problems=[{"source": p.source, "code": p.code, "message": p.message} for p in bank.problems])
    stats.gaps = _gaps(sizes, per_cat, profile)
    return stats


def _gaps(sizes: dict[str, int], per_cat: dict[str, Counter[str]], profile: Profile) -> list[Gap]:
    gaps: list[Gap] = []
    for b in BANKS:
        need = int(profile.quota(TOTAL_QUOTA[b]))
        if sizes[b] < need:
            gaps.append(Gap(b, f"{BANK_LABELS[b]}总题数", sizes[b], need))
    for risk in profile.risks:
        for b, need in (("generated", risk.generated_min), ("should_refuse", risk.refuse_min)):
            have = per_cat["generated" if b == "generated" else b][risk.id]
            if need and have < need:
                gaps.append(Gap(b, f"{risk.id} {risk.name}", have, need))
    for aspect in profile.aspects:
        have = per_cat["non_refuse"][aspect.id]
        if aspect.min and have < aspect.min:
            gaps.append(Gap("non_refuse", f"{aspect.id} {aspect.name}", have, aspect.min))
    return gaps
