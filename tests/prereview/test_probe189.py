"""What the hundred-and-eighty-ninth and hundred-and-ninetieth probes (ten packages on the code after session 39's
second round; 9 of 10 planted reasons found, 3 false highs) found:

- a results row ``非拒答测试 | 300题 | 295题 | 拒答率1.7%`` under a column headed 合格率: the cell's own 拒答率 was read
  as the header's 合格率 and the row reported as a misstated 98.3% (a false high that failed a clean package);
- a change filing after a merger: ``原申请主体……与……吸收合并，存续主体更名为……`` read the old name as the applicant, and
  the evidence for the agreement's stale name quoted that sentence instead of the agreement;
- a 数据溯源清单 exported by LibreOffice whose row broke across two pages with most cells filled on both (``不涉及爬`` /
  ``取``): the rest of the row read as a sixth dataset with empty fields (two false highs);
- an agreement ``使用本服务的用户应为年满18周岁`` against a children's museum guide for 6–14-year-olds: missed;
- ``未成年人参保事项由监护人代为咨询`` read as minors among the users; ``抽样覆盖全部业务场景`` as an over-broad scope.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.extract import _join_split_row
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    REPORT,
    append_paragraphs,
    append_table,
    codes,
    drop_table,
    pkg,
    replace_docx,
    replace_results,
)

ROWS = [("项目", "抽样", "合格数量", "合格率"), ("生成内容人工抽检", "1000题", "962题", "96.2%"),
        ("生成内容关键词抽检", "1000题", "975题", "97.5%"), ("生成内容分类模型抽检", "1000题", "968题", "96.8%"),
        ("应拒答题拒答", "300题", "293题", "97.7%")]


def test_a_rate_cell_naming_its_own_rate_is_read_as_written(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [*ROWS, ("非拒答题拒答", "300题", "296题", "拒答率：1.3%（误拒4题）")])
    assert codes(pkg, "metrics.rate_mismatch") == [] and codes(pkg, "metrics.below_line") == []


def test_a_rate_cell_naming_its_own_rate_still_fails_below_the_line(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [*ROWS, ("非拒答题拒答", "300题", "279题", "拒答率7.0%")])
    assert [f.severity for f in codes(pkg, "metrics.below_line")] == [Severity.BLOCKER]


def test_the_former_name_in_a_merger_sentence_is_not_the_applicant(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "说明：原申请主体上海星云智能科技有限公司已于2025年6月并入本公司，原备案事项由本公司承继。")
    assert codes(pkg, "consistency.mismatch") == []


def test_a_stale_name_in_the_agreement_is_quoted_from_the_agreement(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "说明：原申请主体上海星云智能科技有限公司已于2025年6月并入本公司。")
    replace_docx(pkg / AGREEMENT, "上海星河智能科技有限公司", "上海星云智能科技有限公司")
    found = [f for f in codes(pkg, "consistency.mismatch") if "星云" in (f.evidence or "")]
    assert found and "附件2" in found[0].evidence and "原申请主体" not in found[0].evidence


def test_a_row_broken_across_pages_with_most_cells_filled_is_joined() -> None:
    table = [["数据集名称", "来源类型", "采集时间", "个人信息处理", "规模", "采集后抽检"],
             ["志愿者录入问答", "人工编写", "2024年", "不含个人", "52,000", "违法不良"]]
    rest = _join_split_row(table, [["题库", "", "5月—2025年1月", "信息", "条", "信息占比0.0%"],
                                   ["馆藏图录", "自有数据", "2025年2月", "不含个人信息", "8,000条", "违法不良信息占比0.0%"]])
    assert table[-1][3] == "不含个人信息" and table[-1][4] == "52,000条" and [r[0] for r in rest] == ["馆藏图录"]


def test_a_whole_row_on_the_next_page_stays_a_row() -> None:
    table = [["数据集名称", "来源类型", "采集时间", "规模"], ["展品说明", "自有数据", "2024年5月", "12万条"]]
    rest = _join_split_row(table, [["讲解词", "自有数据", "2024年6月", "3万条"]])
    assert len(table) == 2 and [r[0] for r in rest] == ["讲解词"]


def test_users_who_must_be_adults_against_a_childrens_service(pkg: Path) -> None:  # noqa: F811
    replace_docx(pkg / FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "由家长陪同参观的8至12周岁儿童")
    append_paragraphs(pkg / AGREEMENT, "第二条 注册本服务的用户应为年满18周岁的自然人。")
    assert Severity.HIGH in [f.severity for f in codes(pkg, "scope.users_conflict")]


def test_minors_whose_guardians_ask_for_them_are_not_users(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务面向参保职工与经办人，使用前须实名认证，未成年人的医保事项由其监护人代为咨询。")
    assert [f for f in codes(pkg, "scope.users_conflict") if "未成年人" in f.message] == []


def test_a_test_sample_covering_every_scenario_is_no_overbroad_scope(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "生成内容测试题按业务分层抽取，抽样覆盖所有场景与全部业务类型。")
    assert codes(pkg, "scope.overbroad") == []
