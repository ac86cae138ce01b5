"""Lexicon statistics: size, duplicates, suspicious entries and the per-risk quota check.

Counts toward the quotas are *distinct* terms (after NFKC and case folding):
a duplicated entry does not make a list larger in the reviewer's eyes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beian.text.lexicon_words import WordNote, word_notes
from beian.text.terms import Lexicon, Term

if TYPE_CHECKING:
    from beian.standard import Profile

LONG_TERM_CHARS = 50
"""Entries longer than this are flagged: a keyword list is not a sentence list."""

SUSPICIOUS_REASONS: dict[str, str] = {
    "control": "含控制字符（文件可能损坏或混入了不可见字符）",
    "single_char": "只有一个字符，极易误拦截",
    "punctuation": "只由分隔符或标点组成，不是有效关键词",
    "common_word": "是常用词，拦截会造成大量误报",
    "too_long": f"超过 {LONG_TERM_CHARS} 个字符，更像句子而不是关键词",
}
"""Reason code → Chinese explanation shown to the user."""

_COMMON_WORDS_FILE = Path(__file__).parent / "data" / "common_words.txt"
UNLABELLED = "（无分类）"


@dataclass(frozen=True)
class Suspicious:
    """A lexicon entry that is probably a mistake."""

    text: str
    code: str
    reason: str
    source: str
    line: int


@dataclass
class LexiconStats:
    """What ``beian lexicon stats`` reports."""

    total: int
    distinct: int
    duplicate_count: int
    duplicates: dict[str, int]
    suspicious: list[Suspicious]
    unmapped: dict[str, int]
    per_risk: dict[str, int]
    missing: dict[str, int]
    quota_total: int
    profile: str
    risk_names: dict[str, str] = field(default_factory=dict)
    risk_minimums: dict[str, int] = field(default_factory=dict)
    word_notes: list[WordNote] = field(default_factory=list)

    @property
    def meets_total(self) -> bool:
        """True when the distinct term count reaches the profile's total."""
        return self.distinct >= self.quota_total

    @property
    def meets_quota(self) -> bool:
        """True when both the total and every per-risk minimum are met."""
        return self.meets_total and not self.missing

    @property
    def total_shortfall(self) -> int:
        """How many more distinct terms the total quota needs (0 when met)."""
        return max(0, self.quota_total - self.distinct)

    def suspicious_counts(self) -> dict[str, int]:
        """Reason code → how many entries were flagged for it."""
        return dict(Counter(s.code for s in self.suspicious))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (stable keys)."""
        return {
            "profile": self.profile,
            "total": self.total,
            "distinct": self.distinct,
            "duplicate_count": self.duplicate_count,
            "duplicates": self.duplicates,
            "suspicious_counts": self.suspicious_counts(),
            "suspicious": [asdict(s) for s in self.suspicious],
            "unmapped": self.unmapped,
            "per_risk": self.per_risk,
            "risk_minimums": self.risk_minimums,
            "missing": self.missing,
            "quota_total": self.quota_total,
            "total_shortfall": self.total_shortfall,
            "meets_quota": self.meets_quota,
            "word_notes": [{**asdict(n), "message": n.message} for n in self.word_notes],
        }


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def normalize_key(text: str) -> str:
    """The key used for duplicate detection: NFKC + case folding + trimmed."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The built-in list of ordinary high-frequency words (``data/common_words.txt``)."""
    lines = _COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize_key(w) for w in lines if w.strip() and not w.startswith("#"))


def suspicion(text: str) -> str | None:
    """Reason code for a doubtful entry, or None when it looks fine."""
    if _CONTROL.search(text):  # Unicode category Cc, as one regex (a 5-million-character line stays fast)
        return "control"
    key = normalize_key(text)
    if all(unicodedata.category(ch)[0] in "PZS" for ch in key):
        return "punctuation"
    if len(key) == 1:
        return "single_char"
    if key in common_words():
        return "common_word"
    if len(text) > LONG_TERM_CHARS:
        return "too_long"
    return None


def lexicon_stats(lexicon: Lexicon, profile: Profile | None = None) -> LexiconStats:
    """Count, de-duplicate and check ``lexicon`` against ``profile``'s keyword quotas."""
    if profile is None:
        from beian.standard import load_profile

        profile = load_profile()
    counts: Counter[str] = Counter()
    first: dict[str, Term] = {}
    per_risk_keys: dict[str, set[str]] = {r.id: set() for r in profile.keyword_risks}
    unmapped: Counter[str] = Counter()
    suspicious: list[Suspicious] = []
    for term in lexicon.terms:
        key = normalize_key(term.text)
        counts[key] += 1
        first.setdefault(key, term)
        if term.risk is None:
            unmapped[term.category or UNLABELLED] += 1
        elif term.risk in per_risk_keys:
            per_risk_keys[term.risk].add(key)
        code = suspicion(term.text) if counts[key] == 1 else None
        if code is not None:
            suspicious.append(Suspicious(term.text, code, SUSPICIOUS_REASONS[code], term.source, term.line))
    return _assemble(lexicon, profile, counts, first, per_risk_keys, unmapped, suspicious)


def _assemble(lexicon: Lexicon, profile: Profile, counts: Counter[str], first: dict[str, Term],
              per_risk_keys: dict[str, set[str]], unmapped: Counter[str],
              suspicious: list[Suspicious]) -> LexiconStats:
    duplicates = {first[k].text: n for k, n in counts.most_common() if n > 1}
    per_risk = {rid: len(keys) for rid, keys in per_risk_keys.items()}
    minimums = {r.id: r.keyword_min for r in profile.keyword_risks}
    missing = {rid: minimums[rid] - n for rid, n in per_risk.items() if n < minimums[rid]}
    return LexiconStats(
        total=len(lexicon.terms),
        distinct=len(counts),
        duplicate_count=sum(n - 1 for n in duplicates.values()),
        duplicates=duplicates,
        suspicious=suspicious,
        unmapped=dict(unmapped.most_common()),
        per_risk=per_risk,
        missing=missing,
        quota_total=int(profile.quota("keywords_total")),
        profile=profile.id,
        risk_names={r.id: r.name for r in profile.keyword_risks},
        risk_minimums=minimums,
        word_notes=word_notes(k for k, n in counts.items() if len(k) >= 2),
    )
