"""safety.update_frequency: how often the keyword library and the test banks are updated, as the materials state it.

TC260-003 8.1 and 8.2 ask for weekly keyword updates and monthly test-bank updates (the profile's
``quotas.keywords_update_days`` and ``quotas.bank_update_days``; confidence M, "宜" clauses). A sentence that names one of
them, speaks of updating and states a period (每周, 每月, 每季度, 每半年, 每年, 一年一次, 每 15 天, 年度) is read; the period
nearest after the subject is its update interval, and the fastest interval stated counts (每周增量更新，每年全面修订 is
weekly). Slower than the profile is medium; slower than three times the profile and a quarter or more is high (the
seventy-ninth probe: 关键词库每年更新一次, the package passed). 不定期、根据需要 (no period) is not judged. Words live in
``standard/vocabulary.yaml`` under ``updates``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.docmodel import Sentence
from beian.prereview.model import Package
from beian.prereview.numbers import nfkc
from beian.prereview.rules.base import excerpt, make, rule
from beian.prereview.vocab import fold, words

DOCS = ("assessment_report", "content_safety_rules", "other_evidence", "form")
HIGH_FACTOR, HIGH_DAYS = 3, 90  # slower than three times the profile and a quarter or more: high
UNIT_DAYS = {"天": 1, "日": 1, "周": 7, "星期": 7, "月": 30, "季": 91, "半年": 182, "年": 365}
CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十五": 15, "半": 0.5}
_NUM = r"(\d{1,3}|十五|[一两二三四五六七八九十半])"
# 每周、每两周、每15天、每个月、每季度、每半年、每年（度）；按周、按月、按季度、按年；年度更新、一年一次、半年一次
_PERIOD = re.compile(rf"(?:每|按)(?:隔)?{_NUM}?个?(半年|星期|周|天|日|月|季度?|年)|(半年|季度|年度|月度)(?:更新|修订|迭代)"
                     rf"|(?:一|1)(半年|季度?|年|个?月|周)(?:更新)?一次")


@rule("safety.updates", "关键词库与测试题库按要求更新", "safety.update_frequency")
def update_frequency(pkg: Package) -> Iterator[Finding]:
    """The keyword library and the test banks updated at least as often as the profile asks."""
    if pkg.route == "算法备案":
        return
    sentences = [s for d in pkg.docs(*DOCS) if d.view for s in d.view.sentences()]
    for what, quota in (("keywords", "keywords_update_days"), ("banks", "bank_update_days")):
        found = _fastest(sentences, what)
        if found is None:
            continue
        days, sentence, start, end = found
        need = pkg.profile.quotas[quota].value
        if days <= need:
            continue
        yield _finding(what, days, need, sentence, start, end)


def _finding(what: str, days: float, need: float, sentence: Sentence, start: int, end: int) -> Finding:
    name = "关键词库" if what == "keywords" else "测试题库"
    high = days > HIGH_FACTOR * need and days >= HIGH_DAYS
    return make("safety.update_frequency", Severity.HIGH if high else Severity.MEDIUM,
                f"材料写明{name}{_spoken(days)}更新一次，TC260-003 要求至少{_spoken(need)}更新一次"
                + ("，审核会认为库已过时。" if high else "，请确认。"), sentence.where,
                f"把{name}的更新频次改为至少{_spoken(need)}一次，并在评估报告中写明最近一次更新的日期与新增条数。",
                evidence=excerpt(sentence.text, start, end))


def _spoken(days: float) -> str:
    """7 → 每周, 30 → 每月, 365 → 每年; otherwise 每 N 天."""
    named = {1: "每天", 7: "每周", 30: "每月", 91: "每季度", 182: "每半年", 365: "每年"}
    return named.get(int(days), f"每 {days:.0f} 天")


def _fastest(sentences: list[Sentence], what: str) -> tuple[float, Sentence, int, int] | None:
    """The shortest update interval stated for ``what`` (keywords or banks), with its sentence and span."""
    subjects = words("updates", what)
    others = words("updates", "banks" if what == "keywords" else "keywords")
    best: tuple[float, Sentence, int, int] | None = None
    for s in sentences:
        text = nfkc(s.text)
        if not any(w in text for w in words("updates", "verbs")):
            continue
        for start, end, days in _intervals(text, subjects, others):
            if best is None or days < best[0]:
                best = (days, s, start, end)
    return best


def _intervals(text: str, subjects: tuple[str, ...], others: tuple[str, ...]) -> Iterator[tuple[int, int, float]]:
    """(start, end, days) of the period nearest after each mention of a subject, before the next subject of either
    kind and within one sentence part (关键词库每周更新，测试题库每月更新 gives each its own)."""
    folded = fold(text)
    marks = sorted((m.start(), m.end(), w in subjects) for w in (*subjects, *others) if w
                   for m in re.finditer(re.escape(fold(w)), folded))
    for i, (start, end, mine) in enumerate(marks):
        if not mine or any(a <= start < b for a, b, _ in marks[:i] if (a, b) != (start, end)):
            continue  # a subject inside a longer one (题库 in 测试题库) is read once
        stop = next((a for a, _, _ in marks[i + 1:] if a >= end), len(folded))
        m = _PERIOD.search(folded, end, min(stop, end + MAX_GAP))
        if m is not None and not _negated(folded, m.start()):
            yield start, m.end(), _days(m)


MAX_GAP = 30  # characters between the subject and its period


def _negated(folded: str, at: int) -> bool:
    """True when the period is what the update is not limited to (不限于每月, 至少每周 are fine either way)."""
    return folded[max(0, at - 3):at].endswith(tuple(words("updates", "not_before")))


def _days(m: re.Match[str]) -> float:
    """The days of one matched period."""
    count, unit = m.group(1), m.group(2) or m.group(3) or m.group(4)
    unit = {"季度": "季", "年度": "年", "月度": "月", "个月": "月"}.get(unit, unit)
    n = 1.0 if not count else float(count) if count.isdigit() else CN_DIGITS.get(count, 1.0)
    return n * UNIT_DAYS[unit]

