"""What the thirty-eighth probe (cross-document consistency, 2026-12-05) found `beian check` missing: a report signed
(its 落款 date under the signatures) before the assessment ended; an agreement naming its operator only in the legal
formula ``本协议由……有限公司（以下简称“我们”）与您订立``; a credit-code typo reported twice and masked on one side; the
technical check's share of the corpus read only from the table; 获取方式 demanded beside 来源类型; out-of-scope handling
written as what is done (统一拒答并提示, 引导拨打110)."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.vocab import compiled, fold
from prereview.helpers import AGREEMENT, FORM, REPORT, pkg, replace_docx  # noqa: F401 - the example package

USCC = "91310115MA1K4B3C25"


def _codes(root: Path, prefix: str) -> list[tuple[str, Severity, str]]:
    return [(f.code, f.severity, f.message) for f in run_check(root).findings if f.code.startswith(prefix)]


def test_a_report_whose_closing_date_precedes_the_assessment_end_is_high(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "日期：2026年1月1日", "2025年4月28日") == 1
    assert replace_docx(pkg / REPORT, "一、基本情况", "一、基本情况（评估期间：2025年5月12日至2025年5月30日）") == 1
    found = _codes(pkg, "consistency.date_order")
    assert [(c, s) for c, s, _ in found] == [("consistency.date_order", Severity.HIGH)] and "落款日期" in found[0][2]


def test_a_closing_date_after_the_assessment_is_fine(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "日期：2026年1月1日", "2025年6月3日") == 1
    assert replace_docx(pkg / REPORT, "一、基本情况", "一、基本情况（评估期间：2025年5月12日至2025年5月30日）") == 1
    assert _codes(pkg, "consistency.date_order") == []


def test_an_agreement_declaring_another_operator_is_a_mismatch(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / AGREEMENT, "服务提供者名称：上海星河智能科技有限公司",
                        "本协议由上海星和智能科技有限公司（以下简称“星河智能”或“我们”）与您订立。") == 1
    found = _codes(pkg, "consistency.mismatch")
    assert [(c, s) for c, s, _ in found] == [("consistency.mismatch", Severity.HIGH)] and "申请主体" in found[0][2]


def test_the_same_operator_declared_in_the_formula_is_no_finding(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / AGREEMENT, "服务提供者名称：上海星河智能科技有限公司",
                        "本协议由上海星河智能科技有限公司（以下简称“我们”）与您订立。") == 1
    assert _codes(pkg, "consistency.mismatch") == []


def test_a_credit_code_typo_is_one_finding_with_both_codes_in_full(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "一、基本情况", f"一、基本情况 统一社会信用代码：{USCC[:-2]}15") == 1
    found = [f for f in run_check(pkg).findings if f.code.startswith("consistency.uscc") or
             (f.code == "consistency.mismatch" and "信用代码" in f.message)]
    assert [f.code for f in found] == ["consistency.mismatch"]
    assert USCC in (found[0].evidence or "") and f"{USCC[:-2]}15" in (found[0].evidence or "")


@pytest.mark.parametrize("sentence", ["对涉及个股、基金的买卖建议类问题统一拒答并提示。", "遇紧急情况引导拨打110或120。",
                                      "车辆故障类问题提示以车辆说明书为准。"])
def test_out_of_scope_handling_written_as_a_practice_is_read(sentence: str) -> None:
    assert compiled("scope", "elements", "out_of_scope").search(fold(sentence))


def test_the_share_of_the_technical_check_is_taken_from_the_prose() -> None:
    from beian.prereview.rules.metrics import Observation, _best

    table = Observation("corpus_technical", 1210000, None, 0.985, "表1", "", True)
    prose = Observation("corpus_technical", 1210000, 0.101, 0.985, "第5段", "", False)
    assert _best([table, prose]).fraction == pytest.approx(0.101) and _best([table, prose]).where == "表1"


def test_a_corpus_size_said_in_the_report_prose_is_compared_at_medium(pkg: Path) -> None:  # noqa: F811
    """The form says 1200万条; the report's sentence 训练语料共8,642,310条 differs by far more than rounding."""
    assert replace_docx(pkg / REPORT, "二、语料安全评估", "二、语料安全评估 训练语料共8,642,310条。") == 1
    found = [f for f in run_check(pkg).findings if f.code == "consistency.mismatch" and "语料规模" in f.message]
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_a_corpus_size_within_rounding_is_no_finding(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "二、语料安全评估", "二、语料安全评估 训练语料共12,034,117条。") == 1
    assert not any(f.code == "consistency.mismatch" for f in run_check(pkg).findings)
