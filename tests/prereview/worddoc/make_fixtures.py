"""Make the .doc fixtures of ``tests/prereview/test_worddoc.py`` (run by hand; needs LibreOffice).

    python tests/prereview/worddoc/make_fixtures.py

``sample.docx`` is written with python-docx (headings, a table with merged cells and a cell of two paragraphs, a
tracked deletion and insertion, a comment, a hyperlink, a PAGE field, a line break, a picture); LibreOffice
(``soffice --convert-to doc``, 7.4 on Debian 12) saves it and the example package's Word files as Word 97–2003
``.doc``; it also saves ``textbox.fodt`` (a paragraph with a text frame, written by hand as LibreOffice's flat XML)
as ``textbox.docx``, where Word's text box and its VML fallback both hold the text; ``formfields.docx`` (a form of
legacy form fields: text fields, check boxes ticked, not ticked and ticked by default) is saved as ``formfields.doc``;
``footnote.fodt`` (a clause whose time limit is in a footnote) as ``footnote.docx``. The tests compare what beian reads from each .doc with what python-docx reads from its .docx, so the
fixtures are kept beside the files they were made from (``example-*.doc`` from ``examples/package-beian``).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parents[2] / "examples" / "package-beian"
STAMP = "2026-12-06T00:00:00Z"
PROFILE = Path(tempfile.gettempdir()) / "beian-fixtures-soffice"  # its own profile: another soffice does not block it


def _png() -> bytes:
    """A 2×2 red PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _tracked(paragraph, tag: str, text: str, ident: int) -> None:
    mark = OxmlElement(f"w:{tag}")
    for key, value in (("w:id", str(ident)), ("w:author", "审核"), ("w:date", STAMP)):
        mark.set(qn(key), value)
    run, body = OxmlElement("w:r"), OxmlElement("w:delText" if tag == "del" else "w:t")
    body.text = text
    run.append(body)
    mark.append(run)
    paragraph._p.append(mark)


def _hyperlink(paragraph, url: str, text: str) -> None:
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link, run, body = OxmlElement("w:hyperlink"), OxmlElement("w:r"), OxmlElement("w:t")
    link.set(qn("r:id"), rel)
    body.text = text
    run.append(body)
    link.append(run)
    paragraph._p.append(link)


def _page_field(paragraph) -> None:
    field, run, body = OxmlElement("w:fldSimple"), OxmlElement("w:r"), OxmlElement("w:t")
    field.set(qn("w:instr"), " PAGE ")
    body.text = "1"
    run.append(body)
    field.append(run)
    paragraph._p.append(field)


def sample(path: Path, picture: Path) -> None:
    """The feature sample: what a filing document holds that a reader can get wrong."""
    d = docx.Document()
    d.add_heading("附件1 安全评估报告", level=0)
    d.add_paragraph("一、评估概况")
    d.add_paragraph("本报告依据《生成式人工智能服务安全基本要求》（TC260-003）编制，评估对象为“小明助手”。")
    d.add_heading("1.1 语料安全评估", level=2)
    t = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("指标", "结果", "是否达标"), ("生成内容合格率", "96.5%", "达标"), ("应拒答率", "", "达标"),
                             ("说明", "", "")]):
        for c, text in enumerate(row):
            t.rows[r].cells[c].text = text
    t.rows[2].cells[2].add_paragraph("（抽样 300 题）")
    t.rows[3].cells[1].merge(t.rows[3].cells[2]).text = "横向合并的单元格"
    t.rows[1].cells[0].merge(t.rows[2].cells[0])  # a vertical merge: 生成内容合格率 spans two rows
    p = d.add_paragraph("经评估，结论为")
    _tracked(p, "del", "不符合", 1)
    _tracked(p, "ins", "符合", 2)
    p.add_run("要求。")
    commented = d.add_paragraph().add_run("抽样方法见附件5。")
    d.add_comment(commented, text="请补充抽样数量", author="审核")
    link = d.add_paragraph("投诉入口：")
    _hyperlink(link, "https://example.com/complaint", "在线投诉页面")
    _page_field(d.add_paragraph("第 "))
    d.add_paragraph("第二行\n换行之后")
    d.add_picture(str(picture))
    d.add_paragraph("English words and 数字 12345 mixed.")
    d.save(str(path))


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _form_field(kind: str, value: str = "", ticked: bool | None = None, default: bool = False) -> list[str]:
    """The runs of a legacy form field: FORMTEXT with ``value``, or FORMCHECKBOX ticked, not, or by its default."""
    if kind == "text":
        data = '<w:textInput/>'
    else:
        state = "" if ticked is None else f'<w:checked w:val="{int(ticked)}"/>'
        data = f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(default)}"/>{state}</w:checkBox>'
    runs = [f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="F1"/><w:enabled/>{data}'
            '</w:ffData></w:fldChar></w:r>',
            f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORM{kind.upper() if kind == "text" else "CHECKBOX"} '
            '</w:instrText></w:r>']
    if kind == "text":
        runs += [f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>', f'<w:r {W_NS}><w:t>{value}</w:t></w:r>']
    return [*runs, f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>']


def form_fields(path: Path) -> None:
    """A 登记表 made of legacy form fields, as a protected Word template is."""
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("调用已备案大模型上线登记表")
    rows = [("产品名称", [("text", "锦程行程规划助手")]),
            ("模型来源", [("box", False, False), ("label", "自研  "), ("box", True, False), ("label", "调用已备案模型")]),
            ("是否面向未成年人", [("box", None, True), ("label", "否  "), ("box", None, False), ("label", "是")])]
    table = d.add_table(rows=len(rows), cols=2)
    for r, (label, parts) in enumerate(rows):
        table.rows[r].cells[0].text = label
        p = table.rows[r].cells[1].paragraphs[0]
        for part in parts:
            if part[0] == "label":
                p.add_run(part[1])
                continue
            xml = _form_field("text", part[1]) if part[0] == "text" else _form_field("box", ticked=part[1], default=part[2])
            for run in xml:
                p._p.append(parse_xml(run))
    d.save(str(path))


def convert(sources: list[Path], out: Path, to: str = "doc") -> None:
    """Copies of ``sources`` in ``out`` saved as ``to`` by LibreOffice."""
    subprocess.run(["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--convert-to", to,
                    "--outdir", str(out), *map(str, sources)], check=True, capture_output=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        picture = work / "red.png"
        picture.write_bytes(_png())
        sample(HERE / "sample.docx", picture)
        sources = [HERE / "sample.docx"]
        for src in sorted(EXAMPLE.glob("*.docx")):
            copy = work / src.name
            shutil.copy(src, copy)
            sources.append(copy)
        convert(sources, work / "out")
        shutil.copy(work / "out" / "sample.doc", HERE / "sample.doc")
        for src in sorted(EXAMPLE.glob("*.docx")):
            shutil.copy(work / "out" / (src.stem + ".doc"), HERE / f"example-{src.stem}.doc")
        form_fields(HERE / "formfields.docx")
        convert([HERE / "formfields.docx"], work / "form")
        shutil.copy(work / "form" / "formfields.doc", HERE / "formfields.doc")
        convert([HERE / "textbox.fodt", HERE / "footnote.fodt"], work / "box", "docx")
        shutil.copy(work / "box" / "textbox.docx", HERE / "textbox.docx")
        shutil.copy(work / "box" / "footnote.docx", HERE / "footnote.docx")


if __name__ == "__main__":
    main()
