"""consistency: the dates the materials carry come in the order the work was done.

The filing form attests that the assessment is done, so it cannot be signed before the assessment period ends or
the report is signed; the test bank the report used cannot be finished after the assessment ended. Only dates with
a label (填表日期, 评估时间 … 至 …, 落款/签字日期, 编制完成日期) are compared: a date in running text may be about
anything. Label words live in ``standard/vocabulary.yaml`` under ``dates``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from beian.findings import Finding, Severity
from beian.prereview.model import Document, Package
from beian.prereview.numbers import nfkc
from beian.prereview.rules.base import make, rule
from beian.prereview.rules.data_sources import find_table
from beian.prereview.vocab import fold, words

_DATE = r"((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?"


@rule("consistency.dates", "各材料的日期先后合理", "consistency.date_order")
def date_order(pkg: Package) -> Iterator[Finding]:
    """The form signed after the assessment; the test bank finished before the assessment ended."""
    form, report, bank = pkg.doc("form"), pkg.doc("assessment_report"), pkg.doc("test_bank")
    if form is None or report is None:
        return
    signed = _last(_labelled(form, "signed") + _closing(form))
    done = _assessment_done(report)
    if signed is not None and done is not None and signed[0] < done[0]:
        yield make("consistency.date_order", Severity.HIGH,
                   f"备案表的{signed[1]}（{signed[0]:%Y-%m-%d}）早于安全评估完成（{done[1]} {done[0]:%Y-%m-%d}）："
                   "备案表承诺已完成的评估，填表时还没有完成。", f"{form.location}；{report.location}",
                   "评估与报告签字完成后再填写并签署备案表；日期写错的，按实际日期统一改正。",
                   evidence=f"{form.location}：{signed[2]}；{report.location}：{done[2]}")
    end = _last(_periods(report))
    report_signed = _first(_labelled(report, "signed") + _closing(report))  # any signing date before the end
    if end is not None and report_signed is not None and report_signed[0] < end[0]:
        yield make("consistency.date_order", Severity.HIGH,
                   f"安全评估报告的{report_signed[1]}（{report_signed[0]:%Y-%m-%d}）早于评估结束（{end[0]:%Y-%m-%d}）："
                   "报告在评估完成之前就签署了。", report.location,
                   "核对评估期间与报告签署日期，按实际日期统一改正；评估未完成时不能出具报告。",
                   evidence=f"{report_signed[2]}；{end[2]}")
    if end is not None:
        yield from _collected_after(pkg, end)
    built = _last(_labelled(bank, "bank_built")) if bank is not None else None
    if end is not None and built is not None and built[0] > end[0]:
        yield make("consistency.date_order", Severity.HIGH,
                   f"测试题库的{built[1]}（{built[0]:%Y-%m-%d}）晚于评估结束（{end[0]:%Y-%m-%d}）：评估不可能用了这套题库。",
                   f"{bank.location}；{report.location}" if bank is not None else report.location,
                   "核对评估实际使用的题库版本与日期，题库与评估记录须前后一致。",
                   evidence=f"{built[2]}；{end[2]}")


Dated = tuple[dt.date, str, str]  # a date, its label, and the words it was read from
_MONTH = r"((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*月?(?![\d.／/-]*\d{1,2}\s*日)"  # 2025年4月, 2025-04 (no day)


def _collected_after(pkg: Package, end: Dated) -> Iterator[Finding]:
    """A dataset of the list collected after the assessment period ended (the eighty-seventh probe: 2025-04-02 至
    2025-04-18 against an assessment ending 2025-03-28): the assessment cannot have covered it. A month without a day
    counts from its first day."""
    table = find_table(pkg)
    if table is None or "采集时间" not in table.columns:
        return
    for rec in table.records:
        latest = _latest_date(rec.get("采集时间"))
        if rec.get("名称") and latest is not None and latest > end[0]:
            yield make("consistency.date_order", Severity.HIGH,
                       f"数据集“{rec.get('名称')}”的采集时间（{rec.get('采集时间')}）晚于安全评估结束（{end[0]:%Y-%m-%d}）："
                       "评估不可能覆盖这批语料。", f"{table.where}；{pkg.doc('assessment_report').location}",  # type: ignore[union-attr]
                       "核对采集时间；评估之后才采集的语料须重新做语料安全评估并更新报告，或从本次训练语料中剔除。",
                       evidence=f"{rec.get('采集时间')}；{end[2]}")
            return


def _latest_date(cell: str) -> dt.date | None:
    """The latest full date in a cell, or the first day of its latest month when no day is written."""
    text = nfkc(cell)
    days = [d for m in re.finditer(_DATE, text) if (d := _date(m.group(1), m.group(2), m.group(3)))]
    months = [d for m in re.finditer(_MONTH, text) if (d := _date(m.group(1), m.group(2), "1"))]
    found = days or months
    return max(found) if found else None


def _assessment_done(report: Document) -> Dated | None:
    """When the assessment was complete: the later of its period's end and the report's signing date."""
    found = _periods(report) + _labelled(report, "signed") + _closing(report)
    return max(found, key=lambda d: d[0]) if found else None


CLOSING_LINES = 8  # the last lines of a document where a date standing alone is its 落款 (signing date)


def _closing(doc: Document) -> list[Dated]:
    """The signing date of a document written as its own line among its last lines (the 落款 under the signatures:
    ``2025年4月28日``); a date inside a sentence is not one."""
    content = doc.primary
    if content is None or content.sheets:
        return []
    lines = [p.strip() for p in content.paragraphs if p.strip()][-CLOSING_LINES:]
    found = [m for line in lines if (m := re.fullmatch(rf"[（(]?{_DATE}[)）]?", nfkc(line)))]
    return [(d, "落款日期", m.group(0)) for m in found[-1:] if (d := _date(m.group(1), m.group(2), m.group(3)))]


def _first(found: list[Dated]) -> Dated | None:
    return min(found, key=lambda d: d[0]) if found else None


def _last(found: list[Dated]) -> Dated | None:
    return max(found, key=lambda d: d[0]) if found else None


def _labelled(doc: Document, kind: str) -> list[Dated]:
    """Dates right after a label of ``kind`` (vocabulary ``dates.<kind>``): 填表日期：2025年6月10日."""
    return [(d, m.group(1), m.group(0).strip()) for m in _label_pattern(kind).finditer(_text(doc))
            if (d := _date(m.group(2), m.group(3), m.group(4))) is not None]


def _periods(doc: Document) -> list[Dated]:
    """The end of each labelled period: 评估时间：2025年6月12日至2025年6月20日."""
    return [(d, m.group(1), m.group(0).strip()) for m in _period_pattern().finditer(_text(doc))
            if (d := _date(m.group(5), m.group(6), m.group(7))) is not None]


def _text(doc: Document) -> str:
    """The document's text; of a workbook every sheet's rows (a 说明 sheet beside the questions holds the dates)."""
    content = doc.primary
    return nfkc(content.text if content is not None and content.sheets else doc.text)


@lru_cache(maxsize=8)
def _label_pattern(kind: str) -> re.Pattern[str]:
    labels = "|".join(re.escape(fold(w)) for w in words("dates", kind))
    return re.compile(rf"({labels})[^\d\n]{{0,30}}?{_DATE}")  # 评估时间 Assessment period：2025年…


@lru_cache(maxsize=1)
def _period_pattern() -> re.Pattern[str]:
    labels = "|".join(re.escape(fold(w)) for w in words("dates", "period"))
    return re.compile(rf"({labels})[^\d\n]{{0,30}}?{_DATE}\s*(?:至|到|—|－|-|~|～)\s*{_DATE}")


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None
