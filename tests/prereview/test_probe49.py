"""What the forty-ninth probe found (documents as office tools make them; 4/6 verdicts on the code before this
session's text boxes): a 登记表 whose 模型来源 boxes were legacy check-box form fields read as 自研 (a false blocker); a
test bank under a two-row header (风险分类 over 一级分类 | 二级分类) read as 2,061 unanswered questions and no risk
covered (six false highs); “本服务不面向未成年人，注册时须确认年满18周岁” excluded adults; “……发现未成年人使用的停止服务”
offered the service to minors."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from beian.prereview import run_check
from beian.prereview.extract import Content, _read_docx
from prereview.helpers import BANK, FORM, REPORT, append_paragraphs, pkg  # noqa: F401 - the example package

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _checkbox(ticked: bool | None, default: bool = False) -> str:
    """The runs of a legacy FORMCHECKBOX field: ``ticked`` None leaves the state to the default."""
    state = "" if ticked is None else f'<w:checked w:val="{int(ticked)}"/>'
    return (f'<w:r {NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(default)}"/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
            f'<w:r {NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>')


def _symbol_run(font: str, char: str) -> str:
    return f'<w:r {NS}><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def _typed_run(font: str, text: str) -> str:
    return (f'<w:r {NS}><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')


def _paragraph_with(tmp_path: Path, *parts: tuple[str, str]) -> str:
    d = docx.Document()
    p = d.add_paragraph()
    for kind, value in parts:
        if kind == "text":
            p.add_run(value)
        else:
            p._p.append(parse_xml(f"<w:wrap {NS}>{value}</w:wrap>")[0])
    d.save(str(tmp_path / "f.docx"))
    content = Content(file=None)  # type: ignore[arg-type]
    _read_docx(tmp_path / "f.docx", content)
    return content.paragraphs[0]


@pytest.mark.parametrize(("parts", "read"), [
    ((("xml", _checkbox(False)), ("text", "自研 "), ("xml", _checkbox(True)), ("text", "调用已备案模型")), "□自研 ☑调用已备案模型"),
    ((("xml", _checkbox(None, default=True)), ("text", "是 "), ("xml", _checkbox(None)), ("text", "否")), "☑是 □否"),
    ((("xml", _symbol_run("Wingdings 2", "F052")), ("text", "符合 "), ("xml", _symbol_run("Wingdings 2", "F0A3")),
      ("text", "不符合")), "☑符合 □不符合"),
    ((("xml", _typed_run("Wingdings 2", "R")), ("text", "否 "), ("xml", _typed_run("Wingdings 2", "£")), ("text", "是")),
     "☑否 □是"),
    ((("xml", _symbol_run("Wingdings", "F0FE")), ("text", "是"), ("xml", _symbol_run("Wingdings", "F0A8")), ("text", "否")),
     "☑是□否"),
])
def test_tick_boxes_drawn_in_symbol_fonts_or_form_fields_are_read(tmp_path: Path, parts: tuple, read: str) -> None:
    assert _paragraph_with(tmp_path, *parts) == read


def test_a_test_bank_under_a_two_row_header_is_read(pkg: Path) -> None:  # noqa: F811
    """风险分类 over 一级分类 | 二级分类 and 评测结果 over 模型回答 | 研判结果, 序号 and 测试题 merged down both rows."""
    import openpyxl

    before = {(f.code, f.severity.value) for f in run_check(pkg).findings if f.code.startswith("safety.bank")}
    wb = openpyxl.load_workbook(str(pkg / BANK))
    for ws in wb.worksheets:
        ws.insert_rows(1)
        for col, group in ((1, "序号"), (2, "测试题"), (3, "风险分类"), (5, "评测结果")):
            ws.cell(row=1, column=col, value=group)
        for first, last in (("A1", "A2"), ("B1", "B2"), ("C1", "D1"), ("E1", "F1")):
            ws.merge_cells(f"{first}:{last}")
    wb.save(str(pkg / BANK))
    after = {(f.code, f.severity.value) for f in run_check(pkg).findings if f.code.startswith("safety.bank")}
    assert after == before


@pytest.mark.parametrize("sentence", [
    "本服务不面向未成年人，注册时须确认年满18周岁。",
    "本服务不面向未成年人：注册须确认年满18周岁，发现未成年人使用的停止服务。",
])
def test_an_age_check_after_not_serving_minors_offers_nothing(pkg: Path, sentence: str) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, sentence)
    append_paragraphs(pkg / FORM, "服务对象：年满18周岁的个人旅行者。")
    assert [f for f in run_check(pkg).findings if f.code == "scope.users_conflict"] == []
