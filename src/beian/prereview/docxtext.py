"""The text of a .docx as Word shows it, where python-docx leaves some out.

python-docx reads a paragraph's runs and hyperlinks only, and a body's or cell's paragraphs and tables only. Word
shows more, and filing documents use it: values typed into content controls (``w:sdt``, the fill-in boxes of form
templates, inline and around whole paragraphs or tables), text inserted with tracked changes (``w:ins``), simple
fields (``w:fldSimple``), smart tags, custom XML, and text boxes (a process drawn as boxes: 受理 → 核实 → 反馈，
7个工作日内). Here a paragraph's text is every run under it, in order, except runs deleted or moved away by tracked
changes, runs of its text boxes and the fallback copy of alternate content (the VML twin of a text box); each run's
text is python-docx's (tabs, line breaks, no-break hyphens). A text box's paragraphs follow the paragraph it is
anchored in. Body and cell blocks inside content controls and custom XML are read where they stand.
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
        return "".join(r.text for r in _PLAIN_RUNS(p))  # most paragraphs: plain runs and hyperlinks
    return "".join(r.text for r in _RUNS(p) if _own(r, p))


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


__all__ = ["blocks", "box_paragraphs", "cell_text", "paragraph_text"]
