"""What the seventy-fourth probe found (five packages in styles of its own; 4/5 verdicts right on its first run, 2 of 3
planted reasons found, 0 false blockers/highs, 1 wrong medium): a filing form whose 服务形式 was “/” and whose
超出服务范围的处理 was empty raised nothing (the agreement said both); a sample of 4,000篇 was not read as a count.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.rules.metrics import _count
from prereview.helpers import FORM, pkg, replace_docx  # noqa: F401

OUT_OF_SCOPE = "对与办公写作无关、或需要专业资质的咨询请求，提示“该问题超出本服务范围”并不予生成"


@pytest.mark.parametrize("value", ["", "——", "待定"])
def test_a_form_field_left_blank_is_high(pkg: Path, value: str) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, OUT_OF_SCOPE, value) == 1
    found = [f for f in run_check(pkg).findings if f.code == "scope.missing_element" and f.severity is Severity.HIGH]
    assert found and "超出服务范围的处理" in found[0].message


def test_a_filled_form_raises_no_blank_field(pkg: Path) -> None:  # noqa: F811
    assert [f for f in run_check(pkg).findings if f.code == "scope.missing_element"] == []


def test_articles_are_a_count() -> None:
    assert _count("抽取 4,000篇") == 4000
