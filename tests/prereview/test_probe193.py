"""What the hundred-and-ninety-third and hundred-and-ninety-fourth probes (ten packages on the code after session 39's
third round; 7 of 8 planted reasons found, 10 false highs) found:

- ``光影集约拍助手由成都……有限公司（以下简称“我们”）提供``: the product's name was read into the company's (a false high
  in four agreements of four companies);
- ``处方图片识别`` (reading the prescription a user uploads) read as offering prescriptions against ``开具处方等超出范围的
  请求`` (a false high); ``执业药师人工审核处方`` too;
- a change statement's ``……20231220（同一提供方，版本升级，备案号不变）``: the note read into the number (a false high);
- a results table captioned ``表3-1 生成内容测试结果`` whose rows say only ``关键词抽检``: the caption was not read, and two
  results were reported missing (two false highs); the same where a merged first cell ``生成内容`` leaves the rows below it
  empty, and where a ``说明`` column names other checks;
- a report appendix still giving the base model as ``V2.5`` where every other place says ``V3.0``: missed, versions of one
  model were not compared.

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


def test_a_product_named_before_the_company_is_not_part_of_its_name(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "星河问答助手由上海星河智能科技有限公司（以下简称“我们”）开发并提供。")
    assert codes(pkg, "consistency.mismatch") == []


def test_reading_an_uploaded_prescription_is_no_prescribing(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "服务范围：不提供诊断、开具处方等医疗服务。")
    append_paragraphs(pkg / REPORT, "新增功能：用户上传处方照片后，助手识别药名生成购药清单；处方药须经执业药师审核处方后方可购买。")
    assert [f for f in codes(pkg, "scope.high_risk_domain") if f.severity is Severity.HIGH] == []


def test_prescribing_offered_against_a_boundary_is_still_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "服务范围：不提供诊断、开具处方等医疗服务。")
    append_paragraphs(pkg / REPORT, "新增功能：根据用户描述的症状开具处方。")
    assert Severity.HIGH in [f.severity for f in codes(pkg, "scope.high_risk_domain")]


def test_a_note_after_a_filing_number_is_not_part_of_it(pkg: Path) -> None:  # noqa: F811
    replace_docx(pkg / REPORT, "Beijing-YunFanDaMoXing-202403150021", "Beijing-YunFanDaMoXing-202403150021（备案号未变）")
    assert codes(pkg, "consistency.mismatch") == []


def test_two_versions_of_the_base_model_are_a_mismatch(pkg: Path) -> None:  # noqa: F811
    append_table(pkg / REPORT, [("参数", "取值"), ("基础模型", "云帆大模型 V1.5"), ("参数规模", "13B")])
    replace_docx(pkg / FORM, "云帆大模型", "云帆大模型 V2.0")
    found = [f for f in codes(pkg, "consistency.mismatch") if "基础模型" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "V1.5" in found[0].evidence


def test_a_caption_names_what_the_rows_leave_out(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, caption="附表2 生成内容测试结果", rows=[("检测方式", "抽样数量", "合格率"), ("人工抽检", "1000题", "96.1%"),
                                       ("关键词抽检", "1000题", "98.0%"), ("分类模型抽检", "1000题", "97.3%")])
    assert [f for f in codes(pkg, "metrics.missing") if "生成内容" in f.message] == []


def test_rows_under_a_merged_group_cell_and_a_remarks_column(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [("类别", "方式", "抽样数量", "合格率", "说明"),
                       ("生成内容", "人工抽检", "1000题", "96.1%", "两人交叉判定"),
                       ("", "关键词抽检", "1000题", "98.0%", "用关键词库匹配，命中后人工复核"),
                       ("", "分类模型抽检", "1000题", "97.3%", "分类模型判定，结果人工抽查")])
    assert [f for f in codes(pkg, "metrics.missing") + codes(pkg, "metrics.unrecognised") if "生成内容" in f.message] == []


def test_a_whole_row_under_a_merged_cell_on_the_next_page_keeps_its_group() -> None:
    table = [["类别", "方式", "抽样数量", "合格率"], ["生成内容", "人工抽检", "1,000题", "96.1%"]]
    rest = _join_split_row(table, [["", "关键词抽检", "1,000题", "98.0%"], ["", "分类模型抽检", "1,000题", "97.3%"]])
    assert table[-1] == ["生成内容", "人工抽检", "1,000题", "96.1%"]
    assert rest[0] == ["生成内容", "关键词抽检", "1,000题", "98.0%"]
