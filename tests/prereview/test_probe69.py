"""What the sixty-ninth probe found (five packages in styles of its own; 4/5 verdicts right on its first run, 3 of 4
planted reasons fully found, 0 false blockers/highs): a tutoring model for 小学一年级至高中三年级学生 with no protection of
minors anywhere raised only the medium “请确认” (the audience, written by school grade, was not read as minors, and
“学生家长” read as a safeguard); a 补正说明 saying the should-refuse bank was expanded, beside a bank still short, did
not name the claim (``test_corrections``).

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.helpers import FORM, REPORT, pkg, replace_docx  # noqa: F401

ADULTS = "与本公司签约的企业客户及其年满18周岁的在职员工"
MINORS_MEASURE = "未成年人保护：服务仅面向企业客户的成年在职员工，开通账号时由企业管理员核验，不向未成年人提供服务。"


def _minors(root: Path, audience: str, measure: str) -> list:  # type: ignore[type-arg]
    assert replace_docx(root / FORM, ADULTS, audience) == 1
    assert replace_docx(root / REPORT, MINORS_MEASURE, measure) == 1
    return [f for f in run_check(root).findings if f.code == "scope.high_risk_domain"]


@pytest.mark.parametrize("audience", ["义务教育阶段的在校学生及其家长", "初中阶段学生，以及学生家长与班主任",
                                      "小学一年级到六年级的学生"])
def test_an_audience_written_by_school_grade_without_protection_is_high(pkg: Path, audience: str) -> None:  # noqa: F811
    [found] = _minors(pkg, audience, "用户分层：按年级推送练习题。")
    assert found.severity is Severity.HIGH and "未成年人" in found.message


def test_a_guardian_who_can_do_something_is_a_safeguard(pkg: Path) -> None:  # noqa: F811
    assert _minors(pkg, "初中阶段学生，以及学生家长与班主任", "家长可在家长端查看学习记录并设置每日使用时长上限。") == []
