"""What Word shows in a .docx and python-docx leaves out: content controls, tracked insertions, simple fields.

Form templates put their fill-in boxes in content controls (``w:sdt``); python-docx reads neither an inline control's
value nor a block-level control's paragraphs and tables, so a filled form read as empty.
"""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from beian.prereview import run_check
from beian.prereview.extract import Content, _read_docx
from prereview.helpers import AGREEMENT, FORM, REPORT, pkg, replace_docx  # noqa: F401

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _read(path: Path) -> Content:
    content = Content(file=None)  # type: ignore[arg-type]
    _read_docx(path, content)
    return content


def _control(inner: str) -> str:
    return f'<w:sdt {NS}><w:sdtPr><w:alias w:val="填写"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'


def _run(text: str, tag: str = "t") -> str:
    return f'<w:r {NS}><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'


def test_inline_and_block_controls_are_read(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("产品名称：")
    p._p.append(parse_xml(_control(_run("小明助手"))))
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(_control(f"<w:p {NS}>{_run('块级内容控件里的段落')}</w:p>")))
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "服务对象"
    cell = table.rows[0].cells[1]._tc
    cell.remove(cell.find(qn("w:p")))
    cell.append(parse_xml(_control(f"<w:p {NS}>{_run('年满18周岁的企业用户')}</w:p>")))
    d.save(str(tmp_path / "form.docx"))
    content = _read(tmp_path / "form.docx")
    assert content.paragraphs == ["产品名称：小明助手", "块级内容控件里的段落"]
    assert content.tables == [[["服务对象", "年满18周岁的企业用户"]]]


def test_tracked_changes_read_accepted(tmp_path: Path) -> None:
    """Inserted text read, deleted and moved-away text not, a simple field's result read."""
    d = docx.Document()
    p = d.add_paragraph("应拒答率")
    p._p.append(parse_xml(f'<w:del {NS} w:id="1" w:author="a">{_run("93.7%", "delText")}</w:del>'))
    p._p.append(parse_xml(f'<w:ins {NS} w:id="2" w:author="a">{_run("98.0%")}</w:ins>'))
    p._p.append(parse_xml(f'<w:moveFrom {NS} w:id="3" w:author="a">{_run("（旧位置）")}</w:moveFrom>'))
    q = d.add_paragraph("第")
    q._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE ">{_run("3")}</w:fldSimple>'))
    q.add_run("页")
    d.save(str(tmp_path / "r.docx"))
    assert _read(tmp_path / "r.docx").paragraphs == ["应拒答率98.0%", "第3页"]


def _wrap_cells(path: Path) -> int:
    """Every filled cell of every table: its runs moved into an inline content control; how many."""
    document = docx.Document(str(path))
    wrapped = 0
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    runs = p._p.findall(qn("w:r"))
                    if not runs or not p.text.strip():
                        continue
                    control = parse_xml(_control(""))
                    holder = control.find(qn("w:sdtContent"))
                    for r in runs:
                        holder.append(copy.deepcopy(r))
                        p._p.remove(r)
                    p._p.append(control)
                    wrapped += 1
    document.save(str(path))
    return wrapped


def test_form_filled_in_content_controls_checks_as_typed(pkg: Path) -> None:  # noqa: F811
    """The example's form and report with every table value in a content control: the same findings."""
    before = {(f.code, f.severity.value, f.message) for f in run_check(pkg).findings}
    assert _wrap_cells(pkg / FORM) > 10 and _wrap_cells(pkg / REPORT) > 10
    after = {(f.code, f.severity.value, f.message) for f in run_check(pkg).findings}
    assert after == before


BOX = Path(__file__).resolve().parent / "worddoc" / "textbox.docx"  # LibreOffice's .docx of a paragraph with a text frame


def test_text_box_paragraphs_follow_their_anchor() -> None:
    """Word's text box and its VML fallback both hold the text: read once, after the paragraph it is anchored in."""
    assert _read(BOX).paragraphs == ["三、投诉举报处理流程", "投诉处理流程如下图所示：", "受理投诉 → 核实 → 处置 → 反馈用户",
                                     "自受理之日起7个工作日内处理并反馈结果", "投诉记录保存不少于三年。"]


def test_a_time_limit_drawn_in_a_text_box_counts(pkg: Path) -> None:  # noqa: F811
    for name in (REPORT, AGREEMENT):
        assert replace_docx(pkg / name, "收到投诉后 7 个工作日内处理并反馈结果", "收到投诉后尽快处理") == 1
    assert any(f.code == "safety.complaint_channel" for f in run_check(pkg).findings)
    report, box = docx.Document(str(pkg / REPORT)), docx.Document(str(BOX))
    body = report.element.body
    for p in box.element.body.findall(qn("w:p")):
        body.insert(len(body) - 1, copy.deepcopy(p))
    report.save(str(pkg / REPORT))
    assert not any(f.code == "safety.complaint_channel" for f in run_check(pkg).findings)


def test_footnotes_are_read_after_the_body() -> None:
    """LibreOffice's .docx of a clause whose complaint time limit is in a footnote (the forty-ninth probe's P1)."""
    paragraphs = _read(Path(__file__).resolve().parent / "worddoc" / "footnote.docx").paragraphs
    assert paragraphs == ["第六条 投诉与举报", "用户可通过“我的—帮助与反馈—投诉举报”提交投诉。", "第七条 其他",
                          "投诉处理时限：我们在收到投诉举报后7个工作日内处理并反馈处理结果。"]
