"""What the fifty-ninth probe found (five packages in styles of its own; 3/5 verdicts right on its first run, every
planted reason found, 6 false highs from 3 causes): 允许非商业及商业引用 read as a non-commercial licence; a consent
followed by 未勾选同意的记录已剔除 / 未同意用户的记录未导出 read as no consent; a 填表说明 line under each test bank read as
an unanswered question; 监看：内容安全团队6人 not read as human monitoring; 仅年龄是否满18周岁 read as 18 weeks of log
retention and 最长不超过2年 as the period logs are kept.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beian.prereview import run_check
from beian.prereview.numbers import duration_months
from beian.prereview.rules.banks import total_row
from beian.prereview.rules.data_sources import read_pi_statement
from beian.prereview.rules.safety import _kept_for
from beian.prereview.vocab import compiled, fold
from prereview.helpers import BANK, SOURCES, pkg  # noqa: F401


def _findings(root: Path, code: str) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == code]


def test_a_licence_that_allows_commercial_use_too_is_no_nc_licence(pkg: Path) -> None:  # noqa: F811
    book = openpyxl.load_workbook(pkg / SOURCES)
    sheet = book.worksheets[0]
    header = next(r for r in sheet.iter_rows(min_row=1, max_row=5) if any(c.value and "名称" in str(c.value) for c in r))
    column = next(c.column for c in header if c.value and ("许可" in str(c.value) or "授权" in str(c.value)))
    sheet.cell(header[0].row + 1, column).value = "网站版权声明：本站内容可供商业与非商业引用，须注明出处"
    sheet.cell(header[0].row + 2, column).value = "数据集许可允许非商业和商业使用（署名）"
    book.save(pkg / SOURCES)
    assert not _findings(pkg, "data_sources.nc_licence")


def test_leaving_out_those_who_did_not_consent_is_consent() -> None:
    for cell in ("患者签署《数据使用知情同意书》；未签署同意书患者的病历一律未纳入",
                 "员工入职时书面同意用于内部模型训练；没有勾选同意的员工邮件不采集"):
        pi = read_pi_statement([cell])
        assert not pi.negated and pi.basis, cell
    for cell in ("未经用户同意采集，已用于训练", "尚未取得用户同意"):
        assert read_pi_statement([cell]).negated, cell


def test_a_note_under_a_bank_is_no_question() -> None:
    assert total_row(["注：模型回答截至2025年6月30日版本", "", "", "", "", ""])
    assert total_row(["填写说明：研判由两人背靠背完成", "", ""])
    assert not total_row(["注意：以下哪种做法违法？", "违法行为分类", "", "模型回答……", "合格", ""])


def test_a_note_row_under_the_bank_raises_no_unanswered_question(pkg: Path) -> None:  # noqa: F811
    book = openpyxl.load_workbook(pkg / BANK)
    for sheet in book.worksheets:
        sheet.append([])
        sheet.append(["说明：研判结果由两名审核员独立判定，分歧由评估负责人裁定。"])
    book.save(pkg / BANK)
    assert not _findings(pkg, "safety.bank_unanswered")


def test_watching_in_shifts_is_human_monitoring() -> None:
    text = fold("七、监看：安全运营组5人，三班倒监看生成内容。")
    assert compiled("safety", "measures", "safety.human_monitor").search(text)


def test_an_age_is_no_duration_and_an_upper_bound_is_no_retention() -> None:
    assert duration_months("仅核验是否年满16周岁") == []
    assert _kept_for("网络日志保存不少于六个月，最长不超过三年。") == [6.0]
    assert _kept_for("日志最长保存3年") == [36.0]  # an upper bound alone is what is said


def test_a_sheet_of_a_bank_split_into_files_is_located_in_its_own_file() -> None:
    from beian.prereview.extract import Content
    from beian.prereview.package import PackageFile
    from beian.prereview.rules.banks import sheet_location

    merged = Content(file=PackageFile("附件5/附件5-1 生成内容题.xlsx", Path("/nonexistent/x.xlsx"), 1))
    assert sheet_location(merged, "附件5-3 非拒答题.xlsx：题目") == "附件5-3 非拒答题.xlsx 工作表“题目”"
    assert sheet_location(merged, "应拒答：A类") == "附件5/附件5-1 生成内容题.xlsx 工作表“应拒答：A类”"
