"""Dates in the wrong order (the thirty-fourth probe): a filing form signed before the assessment it attests was
finished, and a test bank finished after the assessment that used it ended. Only labelled dates are compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.prereview import run_check
from prereview.helpers import BANK, FORM, REPORT, pkg, replace_docx  # noqa: F401 - the example package


def _dates(root: Path) -> list[str]:
    return [f"{f.severity.value} {f.message}" for f in run_check(root).findings if f.code == "consistency.date_order"]


def _date_form_and_report(root: Path, form: str, report: str) -> None:
    assert replace_docx(root / FORM, "李静 021-5888 6601", f"李静 021-5888 6601　{form}") > 0
    assert replace_docx(root / REPORT, "日期：2026年1月1日", report) > 0


@pytest.mark.parametrize(("form", "report", "flagged"), [
    ("填表日期：2025年12月1日", "报告日期：2026年1月1日", True),
    ("签署日期 2025.12.01", "评估时间：2025年12月3日至2025年12月20日", True),  # a period ending after the signing
    ("填报日期：2026年1月5日", "报告日期：2026年1月1日", False),
    ("2025年12月1日", "报告日期：2026年1月1日", False),  # an unlabelled date may be about anything
])
def test_a_form_signed_before_the_assessment_was_done(pkg: Path, form: str, report: str, flagged: bool) -> None:  # noqa: F811
    _date_form_and_report(pkg, form, report)
    found = _dates(pkg)
    assert bool(found) is flagged, found
    assert all(m.startswith("high") for m in found)


def test_a_test_bank_finished_after_the_assessment_ended(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "日期：2026年1月1日", "评估时间：2025年11月1日至2025年11月30日　报告日期：2026年1月1日") > 0
    import openpyxl

    wb = openpyxl.load_workbook(str(pkg / BANK))
    note = wb.create_sheet("说明")
    note.append(["附件5 评估测试题"])
    note.append(["编制完成日期", "2025年12月5日"])
    wb.save(str(pkg / BANK))
    assert any("编制完成日期" in m for m in _dates(pkg))
