"""The text of a .docx as Word shows it, where python-docx leaves some out.

python-docx reads a paragraph's runs and hyperlinks only, and a body's or cell's paragraphs and tables only. Word
shows more, and filing documents use it: values typed into content controls (``w:sdt``, the fill-in boxes of form
templates, inline and around whole paragraphs or tables), text inserted with tracked changes (``w:ins``), simple
fields (``w:fldSimple``), smart tags, custom XML, and text boxes (a process drawn as boxes: 受理 → 核实 → 反馈，
7个工作日内). Here a paragraph's text is every run under it, in order, except runs deleted or moved away by tracked
changes, runs of its text boxes and the fallback copy of alternate content (the VML twin of a text box); each run's
text is python-docx's (tabs, line breaks, no-break hyphens). A text box's paragraphs follow the paragraph it is
anchored in. Body and cell blocks inside content controls and custom XML are read where they stand; footnotes and
endnotes after the body, as a reader finds them under the text.

Tick boxes are read as the box characters the checks look for (☑ ☒ □ ✓): a symbol inserted from Wingdings or
Wingdings 2 (``w:sym``), text typed in those fonts (the usual way to make one in Chinese offices: type ``R`` or ``£``
and set the font to Wingdings 2), and a legacy check-box form field (``FORMCHECKBOX``, ticked or not by its data).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_P, _TBL, _BOX = f"{{{W}}}p", f"{{{W}}}tbl", f"{{{W}}}txbxContent"
_WRAPPERS = {f"{{{W}}}sdt": f"{{{W}}}sdtContent", f"{{{W}}}customXml": None}
_HIDDEN = {f"{{{W}}}del", f"{{{W}}}moveFrom", _BOX, f"{{{MC}}}Fallback"}  # runs under these are not this paragraph's
_RUNS = etree.XPath(".//w:r", namespaces={"w": W})
_BOXES = etree.XPath(".//w:txbxContent", namespaces={"w": W})
_PLAIN_RUNS = etree.XPath("./w:r | ./w:hyperlink/w:r", namespaces={"w": W})
_SYM, _FLD_CHAR, _RFONTS = f"{{{W}}}sym", f"{{{W}}}fldChar", f"{{{W}}}rFonts"
_CHECKBOX = etree.XPath("./w:fldChar/w:ffData/w:checkBox", namespaces={"w": W})
_RUN_TEXT = {f"{{{W}}}{tag}" for tag in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab")}
# symbol-font characters (low byte; Word also writes them as U+F0xx) that draw a tick box, a tick or a cross in a box
SYMBOL_TICKS = {
    "wingdings": {0x6F: "□", 0x71: "□", 0xA8: "□", 0x78: "☒", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑"},
    "wingdings 2": {0x50: "✓", 0x51: "☒", 0x52: "☑", 0x53: "☒", 0x54: "☒", 0xA3: "□"},
}
_PLAIN = {f"{{{W}}}{tag}" for tag in ("r", "hyperlink", "pPr", "bookmarkStart", "bookmarkEnd", "proofErr",
                                      "commentRangeStart", "commentRangeEnd", "permStart", "permEnd")}


def blocks(parent: Any) -> Iterator[Any]:
    """The paragraphs (``w:p``) and tables (``w:tbl``) of a body, cell or text box in order, those wrapped in
    content controls or custom XML included."""
    for child in parent.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag in _WRAPPERS:
            inner = _WRAPPERS[child.tag]
            holder = child.find(inner) if inner else child
            if holder is not None:
                yield from blocks(holder)


def paragraph_text(p: Any) -> str:
    """The text of a ``w:p`` element as Word shows it with tracked changes accepted (not its text boxes)."""
    if not any(child.tag not in _PLAIN for child in p.iterchildren()):
        return "".join(map(run_text, _PLAIN_RUNS(p)))  # most paragraphs: plain runs and hyperlinks
    return "".join(run_text(r) for r in _RUNS(p) if _own(r, p))


def run_text(r: Any) -> str:
    """A run's text as python-docx gives it, with tick boxes drawn in symbol fonts or as form fields as characters."""
    font = _symbol_font(r)
    if font is None and r.find(_SYM) is None and r.find(_FLD_CHAR) is None:
        return str(r.text)
    out = []
    for child in r.iterchildren():
        if child.tag == _SYM:
            out.append(_symbol(child.get(f"{{{W}}}font", ""), child.get(f"{{{W}}}char", "")))
        elif child.tag == _FLD_CHAR:
            out.append(_checkbox(r))
        elif child.tag in _RUN_TEXT:
            text = str(child)
            out.append("".join(_symbol(font, f"{ord(c):x}") for c in text) if font else text)
    return "".join(out)


def _symbol_font(r: Any) -> str | None:
    """The symbol font a run's text is set in (a key of :data:`SYMBOL_TICKS`), None for ordinary text."""
    rpr = r.find(f"{{{W}}}rPr")
    fonts = rpr.find(_RFONTS) if rpr is not None else None
    if fonts is None:
        return None
    name = (fonts.get(f"{{{W}}}ascii") or fonts.get(f"{{{W}}}hAnsi") or "").strip().lower()
    return name if name in SYMBOL_TICKS else None


def _symbol(font: str, code: str) -> str:
    """The tick-box character a symbol-font character draws ('' for other symbols: icons are no text)."""
    try:
        low = int(code, 16) & 0xFF
    except ValueError:
        return ""
    return SYMBOL_TICKS.get(font.strip().lower(), {}).get(low, "")


def _checkbox(r: Any) -> str:
    """☑ or □ for a run that begins a check-box form field, '' for any other field character."""
    box = _CHECKBOX(r)
    if not box:
        return ""
    state = box[0].find(f"{{{W}}}checked")
    if state is None:
        state = box[0].find(f"{{{W}}}default")
        return "☑" if state is not None and state.get(f"{{{W}}}val", "0") in ("1", "true", "on") else "□"
    return "□" if state.get(f"{{{W}}}val", "1") in ("0", "false", "off") else "☑"


def box_paragraphs(p: Any) -> Iterator[Any]:
    """The paragraphs of the text boxes anchored in paragraph ``p`` (and of boxes inside those), in order."""
    for box in _BOXES(p):  # (a text box sits inside a run: w:drawing or mc:AlternateContent)
        if _own(box, p):
            for block in blocks(box):
                if block.tag == _P:
                    yield block
                    yield from box_paragraphs(block)


def cell_text(tc: Any) -> str:
    """A cell's paragraphs joined by line breaks (not its nested tables; its text boxes' paragraphs after the one they
    are anchored in), as python-docx's ``_Cell.text`` gives the paragraphs."""
    lines = []
    for b in blocks(tc):
        if b.tag == _P:
            lines.append(paragraph_text(b))
            lines += [paragraph_text(q) for q in box_paragraphs(b)]
    return "\n".join(lines)


def _own(element: Any, p: Any) -> bool:
    """Whether ``element`` belongs to paragraph ``p`` itself: no deletion, move, text box or fallback between them."""
    node = element.getparent()
    while node is not None and node is not p:
        if node.tag in _HIDDEN:
            return False
        node = node.getparent()
    return True


NOTE_PARTS = ("/footnotes", "/endnotes")  # relationship types of the parts whose notes a reader sees under the text
_NOTES = etree.XPath("./w:footnote[not(@w:type)] | ./w:endnote[not(@w:type)]", namespaces={"w": W})


def note_paragraphs(document: Any) -> Iterator[str]:
    """The text of each paragraph of the footnotes and endnotes of a python-docx ``Document`` (not the separators),
    in order: a reader sees them under the text (注1：……7个工作日内处理), python-docx does not read them."""
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(NOTE_PARTS):
            continue
        try:
            root = parse_xml(rel.target_part.blob)  # python-docx's element classes: runs read as in the body
        except etree.XMLSyntaxError:
            continue
        for note in _NOTES(root):
            yield from (paragraph_text(block) for block in blocks(note) if block.tag == _P)


__all__ = ["SYMBOL_TICKS", "blocks", "box_paragraphs", "cell_text", "note_paragraphs", "paragraph_text", "run_text"]
