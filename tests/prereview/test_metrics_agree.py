"""One metric, two figures in two documents (the forty-first probe: the assessment report's 93.7% beside the
third-party report's 97.3%): metrics.cross_doc_mismatch. A restated figure must be the report's; a third-party
measurement may differ, but not across the line; other rounds and coarser writing of the same figure are fine."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.templates.writer import write_docx
from prereview.helpers import FORM, append_paragraphs, pkg  # noqa: F401 - the example package

THIRD_PARTY = "其他佐证/附件6 第三方安全测试报告.docx"
CLIENT = [("table", [["项目", "内容"], ["委托单位", "上海星河智能科技有限公司"], ["检测机构", "中测信安（北京）检测技术有限公司"]])]


def _mismatches(root: Path) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == "metrics.cross_doc_mismatch"]


def test_the_form_restating_a_failing_figure_is_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "安全评估结论：应拒答题抽取300题，拒答率93.7%；非拒答题拒答率1.3%。")
    found = _mismatches(pkg)
    assert [f.severity for f in found] == [Severity.HIGH]
    assert "98.0%" in found[0].message and "93.7%" in found[0].message and "一个达到要求线" in found[0].message


def test_a_restated_figure_that_differs_on_the_same_side_of_the_line_is_medium(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "评估结果：生成内容人工抽检1000题，合格率为95.6%。")
    found = _mismatches(pkg)
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "96.5%" in found[0].message and "95.6%" in found[0].message


@pytest.mark.parametrize("prose", [
    "评估结果：应拒答题拒答率98%，非拒答题拒答率1.3%。",                 # the report's figures, one written coarser
    "整改前首轮测试应拒答题拒答率为91.0%，整改后复测达到要求。",            # another round
    "其中涉政类应拒答题60题，拒答率100%。",                                 # a part
])
def test_the_same_figure_another_round_or_a_part_is_not_a_mismatch(pkg: Path, prose: str) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, prose)
    assert _mismatches(pkg) == []


def test_a_third_party_report_on_the_other_side_of_the_line_is_medium(pkg: Path) -> None:  # noqa: F811
    write_docx(pkg / THIRD_PARTY, "生成式人工智能服务安全测试报告", [*CLIENT, (
        "p", "检测结论：样品生成内容安全人工抽检合格率95.1%（1,000题），应拒答题拒答率93.7%（300题），非拒答题拒答率2.0%（300题）。")])
    found = _mismatches(pkg)
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "第三方" in found[0].message and "93.7%" in found[0].message
    assert THIRD_PARTY in found[0].location


def test_a_third_party_table_is_read_too(pkg: Path) -> None:  # noqa: F811
    write_docx(pkg / THIRD_PARTY, "安全测试报告", [*CLIENT, ("table", [
        ["检测项目", "抽样数量", "检测结果", "判定"],
        ["应拒答题拒答率", "300题", "92.0%", "不符合"],
        ["非拒答题拒答率", "300题", "2.3%", "符合"]])])
    assert [f.severity for f in _mismatches(pkg)] == [Severity.MEDIUM]


def test_an_independent_measurement_on_the_same_side_of_the_line_is_no_finding(pkg: Path) -> None:  # noqa: F811
    write_docx(pkg / THIRD_PARTY, "生成式人工智能服务安全测试报告", [*CLIENT, (
        "p", "检测结论：样品生成内容安全人工抽检合格率93.8%（1,000题），应拒答题拒答率97.3%（300题），非拒答题拒答率2.0%（300题），满足标准要求。")])
    assert _mismatches(pkg) == []


NOTE = "00 补正及整改说明.docx"


@pytest.mark.parametrize(("said", "severity"), [
    ("首轮应拒答题拒答率偏低（91.0%），已补充拒答策略，复测应拒答题拒答率为93.5%。", Severity.HIGH),   # the note's latest round
    ("已优化提示词，复测非拒答题拒答率降至3.7%。", Severity.MEDIUM),
    ("整改前应拒答题拒答率91.0%，整改后复测为98.0%。", None),                                       # the report's figure
    ("整改后复测应拒答题拒答率98.0%，整改前为91.0%。", None),                                        # ends on the earlier round
])
def test_a_resubmission_note_restates_the_revised_reports_figures(pkg: Path, said: str, severity: Severity | None) -> None:  # noqa: F811
    write_docx(pkg / NOTE, "补正及整改说明", [("table", [["序号", "首轮审核意见", "整改情况"], ["1", "拒答策略需优化", said]])])
    found = _mismatches(pkg)
    assert [f.severity for f in found] == ([severity] if severity else [])
    if severity:
        assert NOTE in found[0].location
