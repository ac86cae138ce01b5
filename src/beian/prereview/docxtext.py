"""The text of a .docx as Word shows it, where python-docx leaves some out.

python-docx reads a paragraph's runs and hyperlinks only, and a body's or cell's paragraphs and tables only. Word
shows more, and filing documents use it: values typed into content controls (``w:sdt``, the fill-in boxes of form
templates, inline and around whole paragraphs or tables), text inserted with tracked changes (``w:ins``), simple
fields (``w:fldSimple``), smart tags and custom XML. Here a paragraph's text is every run under it, in order, except
runs deleted or moved away by tracked changes, runs of text boxes (their own paragraphs) and the fallback copy of
alternate content; each run's text is python-docx's (tabs, line breaks, no-break hyphens). Body and cell blocks
inside content controls and custom XML are read where they stand.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_P, _TBL = f"{{{W}}}p", f"{{{W}}}tbl"
_WRAPPERS = {f"{{{W}}}sdt": f"{{{W}}}sdtContent", f"{{{W}}}customXml": None}
_RUNS = etree.XPath(".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)"
                    " and not(ancestor::mc:Fallback)]", namespaces={"w": W, "mc": MC})
_PLAIN_RUNS = etree.XPath("./w:r | ./w:hyperlink/w:r", namespaces={"w": W})


def blocks(parent: Any) -> Iterator[Any]:
    """The paragraphs (``w:p``) and tables (``w:tbl``) of a body or cell in order, those wrapped in content controls
    or custom XML included."""
    for child in parent.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag in _WRAPPERS:
            inner = _WRAPPERS[child.tag]
            holder = child.find(inner) if inner else child
            if holder is not None:
                yield from blocks(holder)


def paragraph_text(p: Any) -> str:
    """The text of a ``w:p`` element as Word shows it with tracked changes accepted."""
    runs = _RUNS(p) if _has_containers(p) else _PLAIN_RUNS(p)
    return "".join(r.text for r in runs)


def cell_text(tc: Any) -> str:
    """A cell's paragraphs joined by line breaks (not its nested tables), as python-docx's ``_Cell.text``."""
    return "\n".join(paragraph_text(b) for b in blocks(tc) if b.tag == _P)


def _has_containers(p: Any) -> bool:
    """Whether a paragraph holds anything but plain runs and hyperlinks (most do not: the quick path)."""
    return any(child.tag not in _PLAIN for child in p.iterchildren())


_PLAIN = {f"{{{W}}}{tag}" for tag in ("r", "hyperlink", "pPr", "bookmarkStart", "bookmarkEnd", "proofErr",
                                      "commentRangeStart", "commentRangeEnd", "permStart", "permEnd")}

__all__ = ["blocks", "cell_text", "paragraph_text"]
