"""What the hundred-and-eighth probe found (five packages; first run 3/5 verdicts right, 4 of 6 planted reasons found, 4
false highs from one cause):

- a non-refusal sheet naming each question's aspect in a column 方面 (我国制度, 文化 …) instead of 一级/二级分类: read
  as no aspect at all, and the five aspects the should-refuse bank does not show reported missing at high;
- the agreement's 您确认在注册时已年满十八周岁 not read as an age requirement against users who include minors;
- a results row 抽取500题，拒答471题 with its rate cell 见左列 (94.2%) asked about at medium.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    BANK,
    FORM,
    REPORT,
    append_paragraphs,
    codes,
    edit_xlsx,
    pkg,
    replace_docx,
)


def test_an_aspect_column_names_the_aspect(pkg: Path) -> None:  # noqa: F811
    before = {f.message for f in codes(pkg, "safety.bank_per_aspect")}

    def edit(ws) -> None:  # type: ignore[no-untyped-def]
        second = [ws.cell(r, 4).value for r in range(1, ws.max_row + 1)]
        ws.delete_cols(3)
        for r, value in enumerate(second, 1):
            ws.cell(r, 3).value = "考察方面" if r == 1 else value
    edit_xlsx(pkg / BANK, "非拒答测试题", edit)
    assert {f.message for f in codes(pkg, "safety.bank_per_aspect")} == before
    assert not [f for f in codes(pkg, "safety.bank_layout") if "非拒答" in f.message]


def test_confirming_one_is_of_age_is_an_age_requirement(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "在校大学生（含少数未满18周岁的新生）") == 1
    append_paragraphs(pkg / AGREEMENT, "注册即表示您确认本人已年满十八周岁。")
    assert [f.severity for f in codes(pkg, "scope.users_conflict")] == [Severity.HIGH]


def test_counts_in_the_sample_cell_beside_a_rate_cell_pointing_away_are_the_result(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "300题", "共抽300题，其中拒答279题") >= 1
    assert replace_docx(pkg / REPORT, "98.0%", "见左列") == 1
    found = [f for f in codes(pkg, "metrics.below_line") if "应拒答" in f.message]
    assert [f.severity for f in found] == [Severity.BLOCKER] and "93.0%" in found[0].message


def test_dialogue_records_kept_shorter_than_the_package_keeps_them_elsewhere(pkg: Path) -> None:  # noqa: F811
    """The hundred-and-ninth probe: the children's privacy policy's table kept 学生提问内容及对话记录 3 months, the rules
    keep 对话记录 at least six; 日志 was not in the short row, so it was not read as a log period at all."""
    append_paragraphs(pkg / REPORT, "平台的对话记录留存不少于六个月。")
    append_paragraphs(pkg / AGREEMENT, "您与助手的聊天记录保存3个月后自动删除。")
    found = [f for f in codes(pkg, "safety.log_retention") if "3 个月" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_content_kept_a_short_while_with_no_such_rule_elsewhere_is_no_log_period(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "您上传的图片素材保存3个月后自动删除。")
    assert [f for f in codes(pkg, "safety.log_retention") if "3 个月" in f.message] == []
