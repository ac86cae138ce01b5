"""A dash in the 数据溯源清单 is not an answer (the forty-first probe's “—” in the personal-information column):
data_sources.empty_field at medium, while a blank stays high and a reasoned 不适用 or 不含个人信息 is fine."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Finding, Severity
from beian.prereview import run_check
from prereview.helpers import SOURCES, edit_xlsx, pkg  # noqa: F401 - the example package

SHEET = "数据溯源清单"
TIME, PI, CLEANING = 6, 8, 9  # columns of the example list: 采集时间, 个人信息脱敏与同意依据, 清洗步骤


def _set(root: Path, row: int, column: int, value: str | None) -> None:
    edit_xlsx(root / SOURCES, SHEET, lambda ws: setattr(ws.cell(row, column), "value", value))


def _empty_fields(root: Path) -> list[Finding]:
    return [f for f in run_check(root).findings if f.code == "data_sources.empty_field"]


@pytest.mark.parametrize("dash", ["—", "-", "／", "——"])
def test_a_dash_in_a_required_column_is_medium(pkg: Path, dash: str) -> None:  # noqa: F811
    _set(pkg, 6, CLEANING, dash)
    found = _empty_fields(pkg)
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "databricks-dolly-15k" in found[0].message and "清洗步骤" in found[0].message and dash in found[0].message


def test_a_blank_required_cell_is_still_high(pkg: Path) -> None:  # noqa: F811
    _set(pkg, 2, TIME, None)
    assert [f.severity for f in _empty_fields(pkg)] == [Severity.HIGH]


def test_a_dash_for_personal_information_of_an_open_dataset_is_medium(pkg: Path) -> None:  # noqa: F811
    _set(pkg, 6, PI, "—")
    found = _empty_fields(pkg)
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "个人信息处理" in found[0].message


def test_a_dash_for_personal_information_of_user_data_stays_the_pi_checks_high(pkg: Path) -> None:  # noqa: F811
    _set(pkg, 5, PI, "—")
    report = run_check(pkg)
    assert [f.severity for f in report.findings if f.code == "data_sources.pi_no_basis"] == [Severity.HIGH]
    assert [f for f in report.findings if f.code == "data_sources.empty_field"] == []


@pytest.mark.parametrize("column, text", [(PI, "不含个人信息"), (PI, "无"), (CLEANING, "不适用（人工编写，无需清洗）")])
def test_a_worded_answer_is_not_a_dash(pkg: Path, column: int, text: str) -> None:  # noqa: F811
    _set(pkg, 6, column, text)
    assert _empty_fields(pkg) == []
