"""A third-party test report attached as evidence but commissioned by another company, about another model (the
thirty-fourth probe's AE): it was checked for existence only. Its labelled 委托单位 and 样品名称 are now compared
with the applicant and the model the filing form states."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.templates.writer import write_docx
from prereview.helpers import pkg  # noqa: F401 - the example package fixture

COMPANY, MODEL = "上海星河智能科技有限公司", "星河问答大模型"


def _report(root: Path, client: str, sample: str) -> list[tuple[Severity, str]]:
    write_docx(root / "其他佐证" / "附件6 第三方安全测试报告.docx", "生成式人工智能服务安全测试报告", [
        ("table", [["项目", "内容"], ["委托单位", client], ["样品名称", sample], ["检测依据", "TC260-003"]]),
        ("p", "经检测，送检样品生成内容安全抽检合格率 96.1%，应拒答题拒答率 97.0%。"),
    ])
    return [(f.severity, f.message) for f in run_check(root).findings if f.code == "materials.test_report_mismatch"]


def test_the_form_names_what_the_report_is_compared_with(pkg: Path) -> None:  # noqa: F811
    assert _report(pkg, COMPANY, f"{MODEL} V1.0") == []


@pytest.mark.parametrize(("client", "sample", "severity"), [
    ("上海澜涛数字科技有限公司", "澜涛营销文案生成模型 V2.0", Severity.HIGH),  # another company, another model
    ("上海澜涛数字科技有限公司", MODEL, Severity.HIGH),
    (COMPANY, "北辰客服机器人", Severity.MEDIUM),  # another name for a model may be its product name: ask
])
def test_a_report_for_another_company_or_model(pkg: Path, client: str, sample: str, severity: Severity) -> None:  # noqa: F811
    found = _report(pkg, client, sample)
    assert len(found) == 1 and found[0][0] == severity


def test_abbreviations_of_the_same_names_match(pkg: Path) -> None:  # noqa: F811
    assert _report(pkg, "星河智能科技", "星河问答") == []
