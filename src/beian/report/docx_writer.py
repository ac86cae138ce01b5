"""Word output for official documents: 仿宋 body and 黑体 headings (with Latin fallbacks), a TOC field,
page numbers, tables across the text width, and bookmarks around every place a person fills.

A fill place is a paragraph (or table cell) wrapped in a bookmark named ``bf_…``; the bookmark is the
stable anchor by which :mod:`beian.report.anchors` finds the text a user wrote there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from beian.standard.cac_excel import FIXED_TIME, normalise_zip

P = "【请填写】"
BODY_FONT = ("仿宋", "FangSong", "Noto Serif CJK SC")
HEAD_FONT = ("黑体", "SimHei", "Noto Sans CJK SC")
LATIN = "Times New Roman"
TEXT_WIDTH_CM = 15.6


@dataclass(frozen=True)
class Fill:
    """A place a person fills: ``key`` is its anchor, ``value`` the text kept from an earlier build."""

    key: str
    value: str = ""
    note: str = ""

    @property
    def text(self) -> str:
        """What the place shows: the kept text, or the placeholder."""
        return self.value or P


Cell = str | Fill
Block = tuple[Any, ...]


def _fonts(style: Any, names: tuple[str, ...], size: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.name = LATIN
    style.font.size = Pt(size)
    style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), names[0])
    fonts.set(qn("w:ascii"), LATIN)
    fonts.set(qn("w:hAnsi"), LATIN)
    fonts.set(qn("w:hint"), "eastAsia")


def _alt_names(document: Any) -> None:
    """Font-table entries so a reader without 仿宋/黑体 substitutes the named alternatives."""
    from docx.oxml import parse_xml

    part = document.part
    for rel in part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            table = rel.target_part
            root = parse_xml(table.blob)
            ns = root.nsmap.get("w")
            for names in (BODY_FONT, HEAD_FONT):
                font = root.makeelement(f"{{{ns}}}font", {f"{{{ns}}}name": names[0]})
                alt = font.makeelement(f"{{{ns}}}altName", {f"{{{ns}}}val": ",".join(names[1:])})
                font.append(alt)
                root.append(font)
            from lxml import etree

            table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _styles(document: Any) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Cm, RGBColor

    _fonts(document.styles["Normal"], BODY_FONT, 14)  # 四号仿宋
    title_ppr = document.styles["Title"].element.pPr
    if title_ppr is not None:
        for border in title_ppr.findall(qn("w:pBdr")):
            title_ppr.remove(border)  # no blue rule under the title
    for name, size in (("Title", 22), ("Heading 1", 16), ("Heading 2", 14)):
        style = document.styles[name]
        _fonts(style, HEAD_FONT, size, bold=False)
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.italic = False
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def _field(paragraph: Any, code: str, shown: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> Any:
        run = OxmlElement("w:r")
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        run.append(fld)
        return run

    instr = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {code} "
    instr.append(text)
    p = paragraph._p
    p.append(char("begin"))
    p.append(instr)
    p.append(char("separate"))
    paragraph.add_run(shown)
    p.append(char("end"))


def _toc(document: Any, heads: list[str]) -> None:
    """A TOC field whose shown result already lists the headings (Word refreshes it with page numbers)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    title = document.add_paragraph("目　录")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first = document.add_paragraph()
    _field(first, 'TOC \\o "1-2" \\h \\z \\u', heads[0] if heads else "")
    end = first._p[-1]  # the field's end mark moves to the last line
    first._p.remove(end)
    last = first
    for head in heads[1:]:
        last = document.add_paragraph(head)
    last._p.append(end)
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    document.settings.element.append(update)


def _page_numbers(document: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    _field(footer, "PAGE", "1")
    footer.add_run(" —")




class _Marks:
    """Bookmark ids for one document."""

    def __init__(self) -> None:
        self.next_id = 1

    def wrap(self, paragraph: Any, key: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(self.next_id))
        start.set(qn("w:name"), key)
        end.set(qn("w:id"), str(self.next_id))
        self.next_id += 1
        p = paragraph._p
        ppr = p.pPr
        (ppr.addnext if ppr is not None else lambda e: p.insert(0, e))(start)
        p.append(end)


def _table(document: Any, rows: Sequence[Sequence[Cell]], widths: Sequence[float] | None, marks: _Marks) -> None:
    from docx.shared import Cm, Pt

    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.autofit = False
    share = widths or [1.0] * len(rows[0])
    cms = [TEXT_WIDTH_CM * w / sum(share) for w in share]
    for c, width in enumerate(cms):
        table.columns[c].width = Cm(width)  # the grid LibreOffice lays out by
    grid = table._cells  # once: table.cell(r, c) rebuilds this list on every call (quadratic in the cells)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            target = grid[r * len(rows[0]) + c]
            target.width = Cm(cms[c])
            para = target.paragraphs[0]
            run = para.add_run(cell.text if isinstance(cell, Fill) else str(cell))
            run.font.size = Pt(10.5)  # 五号 in tables so they fit the page
            run.bold = r == 0
            if isinstance(cell, Fill):
                marks.wrap(para, cell.key)
                if cell.note:
                    note = target.add_paragraph().add_run(cell.note)
                    note.font.size = Pt(9)
                    note.italic = True


def write_document(path: Path, title: str, blocks: Sequence[Block]) -> None:
    """Write ``blocks``: ("toc",), ("h1"|"h2"|"p", text), ("fill", label, Fill), ("table", rows, widths)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    for prop in ("created", "modified", "last_printed"):
        setattr(document.core_properties, prop, FIXED_TIME)
    document.core_properties.author = "beian"
    document.core_properties.title = title
    _styles(document)
    _alt_names(document)
    _page_numbers(document)
    marks = _Marks()
    heading = document.add_heading(title, level=0)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    previous = ""
    for block in blocks:
        kind = block[0]
        if kind == "toc":
            _toc(document, [b[1] for b in blocks if b[0] == "h1"])
        elif kind in ("h1", "h2"):
            document.add_heading(block[1], level=1 if kind == "h1" else 2)
        elif kind in ("p", "fill"):
            para = document.add_paragraph(block[1] if kind == "p" else f"{block[1]}：{block[2].text}")
            if kind == "fill":
                marks.wrap(para, block[2].key)
            if previous == "table":  # a line of space between a table and the text under it
                para.paragraph_format.space_before = Pt(8)
        elif kind == "table":
            _table(document, block[1], block[2] if len(block) > 2 else None, marks)
        previous = kind
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    normalise_zip(path)
