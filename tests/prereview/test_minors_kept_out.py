"""A service said not to be for minors with nothing that keeps them out (the eighty-seventh probe: “本服务仅限成年人
使用”, no real-name or age check): the practice asks for technical or management measures, not a statement, so check
asks (medium). The example package opens accounts through the customer's administrator, which is such a measure. The
wording below is not the probe's."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import PRIVACY, REPORT, codes, pkg, replace_docx  # noqa: F401

EXAMPLE_LINE = "未成年人保护：服务仅面向企业客户的成年在职员工，开通账号时由企业管理员核验，不向未成年人提供服务。"


def _no_gate(root: Path, line: str) -> None:
    """The example's three measures (accounts checked at opening, employee numbers) taken out, ``line`` put in."""
    assert replace_docx(root / REPORT, EXAMPLE_LINE, line) == 1
    assert replace_docx(root / REPORT, "服务对象限定为成年在职员工，注册时核验企业账号", "服务对象为成年用户") == 1
    assert replace_docx(root / PRIVACY, "（企业名称、工号、手机号）", "（手机号）") == 1


def test_an_adults_only_statement_without_a_measure_is_asked_about(pkg: Path) -> None:  # noqa: F811
    _no_gate(pkg, "未成年人保护：本产品的使用者应当是年满十八周岁以上的自然人。")
    [found] = codes(pkg, "safety.minors")
    assert found.severity is Severity.MEDIUM and "防止未成年人使用" in found.message


def test_the_same_statement_with_an_age_check_passes(pkg: Path) -> None:  # noqa: F811
    _no_gate(pkg, "未成年人保护：本产品的使用者应当是年满十八周岁以上的自然人，注册时通过运营商实名信息校验出生日期。")
    assert codes(pkg, "safety.minors") == []


def test_the_example_package_keeps_minors_out_through_its_administrators(pkg: Path) -> None:  # noqa: F811
    assert codes(pkg, "safety.minors") == []
