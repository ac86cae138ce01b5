"""What the hundred-and-thirty-fourth probe left and this session's probes found in ``beian check``.

- a 登记表 that gives each called model one row, its name, filer and number in one cell
  (``备用模型 | DeepSeek大模型（杭州…有限公司），备案号：Zhejiang-…-0024``): neither the row label nor the comma before
  ``备案号：`` was read, so a number that disagreed with the 调用已备案模型情况说明 (…0042) was never compared.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from beian.prereview.facts import _row_facts
from prereview.helpers import FORM, codes, pkg, reg, registration_built, replace_docx  # noqa: F401

REG_FORM = "1.登记表-途灵科技.docx"


def _one_row_per_model(path: Path, rows: list[tuple[str, str]]) -> None:
    """The form's first table replaced by 项目 | 内容 rows, one of them per called model."""
    document = docx.Document(str(path))
    first = document.tables[0]._element
    first.getparent().remove(first)
    table = document.add_table(rows=len(rows), cols=2)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(path))


FORM_ROWS = [("申请单位", "深圳途灵智行科技有限公司"), ("统一社会信用代码", "91440300MA5GQ2TN6Y"),
             ("产品名称", "途灵旅行助手")]


def test_a_filing_number_after_a_comma_in_a_called_models_row_is_read() -> None:
    found = _row_facts(["主用模型", "文心大模型4.0（北京百度网讯科技有限公司）, 备案号: Beijing-WenXinYiYan-20230831"],
                       "登记表 表1", "form")
    assert [f.key for f in found] == ["base_model", "base_filing"]
    assert found[0].value.startswith("文心大模型4.0") and found[1].value == "Beijing-WenXinYiYan-20230831"
    assert found[1].subject == found[0].value


def test_a_comma_inside_a_models_description_does_not_split_it() -> None:
    found = _row_facts(["备用模型", "通义千问（阿里云，已备案）"], "登记表 表1", "form")
    assert [f.key for f in found] == ["base_model"]


def test_a_called_models_number_that_differs_from_the_statement_is_reported(reg: Path) -> None:  # noqa: F811
    _one_row_per_model(reg / REG_FORM, [*FORM_ROWS, (
        "主用模型", "文心大模型ERNIE 4.0（北京百度网讯科技有限公司），备案号：Beijing-WenXinYiYan-20230813")])
    found = codes(reg, "consistency.mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "20230813" in found[0].evidence


def test_the_same_number_in_a_called_models_row_agrees(reg: Path) -> None:  # noqa: F811
    _one_row_per_model(reg / REG_FORM, [*FORM_ROWS, (
        "主用模型", "文心大模型ERNIE 4.0（北京百度网讯科技有限公司），备案号：Beijing-WenXinYiYan-20230831")])
    assert codes(reg, "consistency.mismatch") == []


def _pdf_form(path: Path, rows: list[tuple[str, str]]) -> None:
    """The form as a PDF exported from Word: a title line, then a ruled 项目 | 填写内容 table."""
    from fpdf import FPDF

    from prereview.test_probe30_scope import _font

    text = "上线备案表" + "".join(a + b for a, b in rows)
    pdf = FPDF()
    pdf.add_font("cjk", "", _font("".join(sorted(set(text) | {chr(c) for c in range(32, 127)}))))
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    pdf.cell(0, 8, "上线备案表", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(40, 120), first_row_as_headings=False) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.output(str(path))


def test_a_wrong_credit_code_in_a_pdf_forms_table_is_as_sure_as_in_word(pkg: Path) -> None:  # noqa: F811
    """A PDF's form is read twice, as lines of text and as a ruled table; the line reading came first and made a wrong
    check digit a medium "maybe OCR" finding, where the same form in Word gives a high one."""
    good, bad = "91310115MA1K4B3C25", "91310115MA1K4B3C24"  # the example's code, its check digit mistyped everywhere
    for path in pkg.rglob("*.docx"):
        replace_docx(path, good, bad)
    (pkg / "beian.yaml").write_text((pkg / "beian.yaml").read_text(encoding="utf-8").replace(good, bad), encoding="utf-8")
    (pkg / FORM).unlink()
    _pdf_form(pkg / FORM.replace(".docx", ".pdf"), [("项目", "填写内容"), ("申请主体名称", "上海星河智能科技有限公司"),
                                                  ("统一社会信用代码", bad), ("模型名称", "星河问答大模型")])
    found = codes(pkg, "consistency.uscc_invalid")
    assert [f.severity for f in found] == [Severity.HIGH] and "OCR" not in found[0].message
