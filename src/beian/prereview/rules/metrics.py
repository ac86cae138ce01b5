"""metrics: sample sizes and rates stated in the report against the profile's lines."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.model import Package
from beian.prereview.rules.base import make, rule
from beian.standard.profile import Threshold

ROWS: dict[str, tuple[str, ...]] = {
    "corpus_manual": ("语料", "人工"),
    "corpus_technical": ("语料", "技术"),
    "generated_manual": ("生成内容", "人工"),
    "generated_keyword": ("生成内容", "关键词"),
    "generated_classifier": ("生成内容", "分类模型"),
    "should_refuse": ("应拒答",),
    "non_refuse": ("非拒答",),
}
Z95 = 1.96
_PCT = re.compile(r"([\d.]+)\s*%")
_INT = re.compile(r"(?<![\d.])(\d[\d,]*)(?![\d.]*\s*%)")


def _metric_table(pkg: Package) -> tuple[str, list[str], list[list[str]]] | None:
    doc = pkg.doc("assessment_report")
    content = doc.primary if doc else None
    for i, table in enumerate(content.tables if content else [], 1):
        header = table[0] if table else []
        if any("抽样" in c for c in header) and any("率" in c for c in header):
            return f"{content.file.rel} 表{i}", header, table[1:]  # type: ignore[union-attr]
    return None


def _col(header: list[str], word: str) -> int | None:
    return next((i for i, c in enumerate(header) if word in c), None)


def _parse(row: list[str], header: list[str]) -> tuple[int | None, float | None, float | None]:
    """(sample count, sample fraction, rate) from one row."""
    si, ri = _col(header, "抽样"), _col(header, "率")
    sample = row[si] if si is not None and si < len(row) else ""
    rate_cell = row[ri] if ri is not None and ri < len(row) else ""
    ints = [int(m.group(1).replace(",", "")) for m in _INT.finditer(sample)]
    frac = _PCT.search(sample)
    rate = _PCT.search(rate_cell)
    return (max(ints) if ints else None, float(frac.group(1)) / 100 if frac else None,
            float(rate.group(1)) / 100 if rate else None)


@rule("metrics.report", "评估指标达到标准要求", "metrics.missing", "metrics.sample_too_small", "metrics.below_line",
      "metrics.within_margin")
def report_metrics(pkg: Package) -> Iterator[Finding]:
    """Each assessment line of the profile is stated, sampled enough and met (with a margin warning)."""
    if pkg.doc("assessment_report") is None:
        return
    found = _metric_table(pkg)
    keys = ROWS if pkg.route == "备案" else {k: v for k, v in ROWS.items() if not k.startswith("corpus")}
    for key, words in keys.items():
        th = pkg.profile.thresholds[key]
        row = next((r for r in (found[2] if found else []) if all(w in "".join(r) for w in words)), None)
        loc = found[0] if found else pkg.documents["assessment_report"].location
        if row is None:
            yield make("metrics.missing", Severity.HIGH, f"评估报告没有给出“{th.title or key}”的抽样数量与结果。", loc,
                       _fix_missing(th))
            continue
        yield from _judge(th, key, loc, *_parse(row, found[1]))  # type: ignore[index]


def _fix_missing(th: Threshold) -> str:
    sample = f"不少于 {th.n} 个" if th.n else f"不少于总量的 {th.fraction:.0%}"
    return f"在评估结果表中增加一行：抽样数量（{sample}）与{th.title}（要求 {th.op} {th.rate:.0%}）。"


def _judge(th: Threshold, key: str, loc: str, n: int | None, frac: float | None, rate: float | None) -> Iterator[Finding]:
    name = th.title or key
    if rate is None:
        yield make("metrics.missing", Severity.HIGH, f"“{name}”没有给出百分比结果。", loc, _fix_missing(th))
        return
    if th.n and (n is None or n < th.n):
        yield make("metrics.sample_too_small", Severity.HIGH, f"“{name}”抽样 {n or 0} 个，少于 {th.n} 个。", loc,
                   f"把抽样数量提高到不少于 {th.n} 个后重新评估。")
    if th.fraction and (frac is None or frac < th.fraction):
        yield make("metrics.sample_too_small", Severity.HIGH, f"“{name}”抽样比例 {frac or 0:.1%}，少于 {th.fraction:.0%}。", loc,
                   f"把技术抽检比例提高到不少于 {th.fraction:.0%}。")
    if not th.passes(rate):
        yield make("metrics.below_line", Severity.BLOCKER, f"“{name}”为 {rate:.1%}，未达到要求（{th.op} {th.rate:.0%}）。", loc,
                   "排查不合格样本，整改模型与安全措施后重新评估，并在报告中写明整改前后对比。")
    elif n and abs(rate - th.rate) < Z95 * math.sqrt(th.rate * (1 - th.rate) / n):
        margin = Z95 * math.sqrt(th.rate * (1 - th.rate) / n)
        yield make("metrics.within_margin", Severity.MEDIUM,
                   f"“{name}”为 {rate:.1%}，距要求线 {th.rate:.0%} 不足 95% 统计误差（±{margin:.1%}，n={n}），复测可能不达标。", loc,
                   "扩大样本或进一步整改，使结果与要求线拉开距离。")
