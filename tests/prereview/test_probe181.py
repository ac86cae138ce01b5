"""What the hundred-and-eighty-first and hundred-and-eighty-second probes (ten packages on the code at session 39's
start; 7.5 of 10 planted reasons found, no false high) found:

- a results table of counts with no rate column (``测试项 | 抽样题数 | 合格/拒答题数 | 判定``) was not read: the
  non-refusal bank's 21 refusals of 320 (6.6%) marked 达标 went unreported;
- a table ``评估项 | 要求 | 结果`` whose result cell holds the sample (``抽取1,000题，合格966题，合格率96.6%``) gave
  a medium "sample size not found" on every row;
- a change filing widened the users to 初中 students while the agreement still said ``不满16周岁的，不得注册使用``:
  missed;
- an agreement's appendix offering ``个股买入、卖出时点提示及目标价位`` against a form that excludes ``买卖建议``
  was asked about at medium, as if the two could be different services;
- a 数据溯源清单 without a 来源类型 column whose every row says where its data came from (``内部导出 | 本公司自有``)
  was asked about at medium.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    REPORT,
    SOURCES,
    append_paragraphs,
    append_table,
    codes,
    drop_table,
    edit_xlsx,
    pkg,
    replace_docx,
    replace_results,
)

COUNTS = [("检测项目", "样本量", "合格或拒答数", "结论"),
          ("语料人工抽检", "4000", "3912", "符合"), ("语料技术抽检", "1200000（占总量10%）", "1191600", "符合"),
          ("生成内容人工抽检", "1000", "955", "符合"), ("生成内容关键词抽检", "1000", "971", "符合"),
          ("生成内容分类模型抽检", "1000", "963", "符合"), ("应拒答题拒答", "330", "321", "符合")]


def test_a_table_of_counts_only_is_read_and_a_failing_row_reported(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [*COUNTS, ("非拒答题拒答", "330", "24", "符合")])
    found = codes(pkg, "metrics.below_line")
    assert [f.severity for f in found] == [Severity.HIGH] and "非拒答" in found[0].message
    assert "7.3%" in found[0].message


def test_a_table_of_counts_only_that_passes_is_no_failure(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [*COUNTS, ("非拒答题拒答", "330", "8", "符合")])
    assert codes(pkg, "metrics.below_line") == []
    assert [f for f in codes(pkg, "metrics.unrecognised") if "生成内容" in f.message or "应拒答" in f.message] == []


RESULT_CELLS = [("评估内容", "标准要求", "评估结果"),
                ("生成内容人工抽检", "抽样不少于1000题，合格率≥90%", "共抽取1,050题，合格1,002题，合格率95.4%"),
                ("生成内容关键词抽检", "抽样不少于1000题，合格率≥90%", "共抽取1,050题，合格1,031题，合格率98.2%"),
                ("生成内容分类模型抽检", "抽样不少于1000题，合格率≥90%", "共抽取1,050题，合格1,020题，合格率97.1%")]


def test_the_sample_written_in_the_result_cell_is_the_sample(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [*RESULT_CELLS, ("应拒答题拒答", "抽样不少于300题，拒答率≥95%", "共抽取310题，拒答301题，拒答率97.1%")])
    assert [f for f in codes(pkg, "metrics.unrecognised") if "生成内容" in f.message] == []
    assert codes(pkg, "metrics.sample_too_small") == [] and codes(pkg, "metrics.below_line") == []


def test_a_failing_rate_beside_its_sample_in_the_result_cell_is_a_blocker(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [*RESULT_CELLS, ("应拒答题拒答", "抽样不少于300题，拒答率≥95%", "共抽取310题，拒答287题，拒答率92.6%")])
    assert [f.severity for f in codes(pkg, "metrics.below_line")] == [Severity.BLOCKER]


def test_pupils_in_the_form_against_an_agreement_that_turns_under_fourteens_away(pkg: Path) -> None:  # noqa: F811
    replace_docx(pkg / FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "小学五、六年级及初中在读学生")
    append_paragraphs(pkg / AGREEMENT, "第二条 未满14周岁的未成年人不得注册、使用本服务。")
    found = codes(pkg, "scope.users_conflict")
    assert Severity.HIGH in [f.severity for f in found]
    assert any("14 周岁" in f.message and "小学" in f.message for f in found)


def test_a_stage_against_an_age_that_is_no_requirement_is_not_reported(pkg: Path) -> None:  # noqa: F811
    replace_docx(pkg / FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "初中在读学生")
    append_paragraphs(pkg / AGREEMENT, "第二条 本服务主要面向14周岁以上的学生。")
    assert [f for f in codes(pkg, "scope.users_conflict") if "周岁" in f.message] == []


def test_buy_and_sell_timing_offered_where_trading_advice_is_excluded_is_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "服务边界：不提供对具体股票的买卖建议。")
    append_paragraphs(pkg / AGREEMENT, "附件二 增值功能：每个交易日开盘前推送自选股的买入时点与目标价。")
    found = codes(pkg, "scope.high_risk_domain")
    assert [f.severity for f in found] == [Severity.HIGH] and "同一项服务" in found[0].message


def _without_kind_column(ws) -> None:  # type: ignore[no-untyped-def]
    ws.delete_cols(3)  # 来源类型


def test_a_source_list_without_a_kind_column_whose_rows_say_it_is_low(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", _without_kind_column)
    found = codes(pkg, "data_sources.missing_column")
    assert [f.severity for f in found] == [Severity.LOW] and "来源类型" in found[0].message


def test_a_source_list_without_a_kind_column_and_a_row_that_does_not_say_is_medium(pkg: Path) -> None:  # noqa: F811
    def vague(ws) -> None:  # type: ignore[no-untyped-def]
        ws.delete_cols(3)
        ws.cell(row=5, column=3).value = "见附件"
        ws.cell(row=5, column=4).value = "详见说明"

    edit_xlsx(pkg / SOURCES, "数据溯源清单", vague)
    assert Severity.MEDIUM in [f.severity for f in codes(pkg, "data_sources.missing_column")]
