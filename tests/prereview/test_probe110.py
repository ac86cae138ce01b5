"""What the hundred-and-tenth and hundred-and-eleventh probes found (ten packages; first run 10/10 verdicts right, 5 of
8 planted reasons found, one false high):

- a registration form of three columns, 栏目 | 项目 | 填写内容, whose first column names the section (申请主体, 所调用模型):
  the section words were read as the applicant's name (a false high), and the called model's 备案号 in it, which
  disagreed with the called-model statement, was not compared at all;
- a result cell 拒答302题，拒答率96.9% under a sample of 320 (302 of 320 is 94.4%): the stated rate was taken;
- an appendix table whose status column said the implicit label was 开发中，计划于…上线 while the report's prose described
  it as working.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from prereview.helpers import REPORT, append_table, codes, pkg, reg, registration_built, replace_docx  # noqa: F401

REG_FORM = "1.登记表-途灵科技.docx"
SECTIONED = [
    ("栏目", "项目", "填写内容"),
    ("申请单位", "单位全称", "深圳途灵智行科技有限公司"),
    ("申请单位", "统一社会信用代码", "91440300MA5GQ2TN6Y"),
    ("申请单位", "法定代表人", "梁景川"),
    ("产品", "产品名称", "途灵旅行助手"),
    ("产品", "服务形式", "App、小程序"),
    ("调用的已备案模型", "模型名称", "文心大模型ERNIE 4.0"),
    ("调用的已备案模型", "模型备案号", "Beijing-WenXinYiYan-20230831"),
    ("调用的已备案模型", "模型提供方", "北京百度网讯科技有限公司"),
    ("其他", "填报日期", "2026年10月8日"),
]


def _sectioned_form(path: Path, rows: list[tuple[str, str, str]]) -> None:
    """The form's first table (the applicant's and called model's facts) replaced by a three-column sectioned one."""
    append_table(path, rows, replace_first=True)


def test_a_section_column_is_not_the_applicants_name(reg: Path) -> None:  # noqa: F811
    _sectioned_form(reg / REG_FORM, SECTIONED)
    assert codes(reg, "consistency.mismatch") == []
    assert not [f for f in codes(reg, "consistency.missing_fact") if "信用代码" in f.message]


def test_the_called_models_filing_number_in_a_section_column_form_is_compared(reg: Path) -> None:  # noqa: F811
    rows = [r if r[1] != "模型备案号" else (r[0], r[1], "Beijing-WenXinYiYan-20230813") for r in SECTIONED]
    _sectioned_form(reg / REG_FORM, rows)
    found = codes(reg, "consistency.mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "备案号" in found[0].message


def test_a_count_written_beside_the_rate_is_the_result(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "98.0%", "共拒答282题，拒答率为98.0%") == 1
    below = [f for f in codes(pkg, "metrics.below_line") if "应拒答" in f.message]
    assert [f.severity for f in below] == [Severity.BLOCKER] and "94.0%" in below[0].message
    assert [f.severity for f in codes(pkg, "metrics.rate_mismatch")] == [Severity.HIGH]


def _status_table(path: Path, status: str) -> None:
    document = docx.Document(str(path))
    document.add_paragraph("附录C 标识实施情况")
    rows = [("类别", "适用范围", "做法", "当前进度"),
            ("隐式标识", "下载的音频文件", "文件元数据写入AIGC字段", status)]
    table = document.add_table(rows=2, cols=4)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(path))


def test_a_status_table_saying_the_implicit_label_is_still_being_built(pkg: Path) -> None:  # noqa: F811
    _status_table(pkg / REPORT, "研发测试中，预计于2027年第一季度上线")
    found = [f for f in codes(pkg, "safety.aigc_label") if "隐式" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "计划" in found[0].message


def test_a_status_table_saying_the_implicit_label_works(pkg: Path) -> None:  # noqa: F811
    _status_table(pkg / REPORT, "已于2025年8月上线")
    assert not [f for f in codes(pkg, "safety.aigc_label") if "隐式" in f.message]


def test_a_list_of_called_models_whose_first_column_repeats_is_read_by_its_header(reg: Path) -> None:  # noqa: F811
    """Not every table whose first column repeats is sectioned: 用途 | 模型名称 | 模型备案号 with 调用模型 down the first
    column lists records; a wrong filing number in it is still compared."""
    _sectioned_form(reg / REG_FORM, [
        ("用途", "模型名称", "模型备案号"),
        ("调用模型", "文心大模型ERNIE 4.0", "Beijing-WenXinYiYan-20230813"),
        ("调用模型", "文心大模型ERNIE 4.0 Turbo", "Beijing-WenXinYiYan-20230813"),
        ("调用模型", "文心大模型ERNIE Speed", "Beijing-WenXinYiYan-20230813"),
    ])
    found = codes(reg, "consistency.mismatch")
    assert found and "备案号" in found[0].message
