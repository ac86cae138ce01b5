"""Reading back what a user wrote in the fill places of an earlier build (by bookmark name)."""

from __future__ import annotations

from pathlib import Path

from beian.report.docx_writer import P

PREFIX = "bf_"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(element: object) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))  # type: ignore[attr-defined]


def _ancestor(element: object, tag: str) -> object | None:
    node: object | None = element.getparent()  # type: ignore[attr-defined]
    while node is not None and node.tag != f"{W}{tag}":  # type: ignore[attr-defined]
        node = node.getparent()  # type: ignore[attr-defined]
    return node


def _span(cell: object, mark: object) -> str:
    """The text of the cell's paragraphs from the bookmark's start to its end (a user may add lines)."""
    mark_id = mark.get(f"{W}id")  # type: ignore[attr-defined]
    lines: list[str] = []
    inside = False
    for p in cell.iter(f"{W}p"):  # type: ignore[attr-defined]
        inside = inside or mark in list(p.iter(f"{W}bookmarkStart"))
        if inside:
            lines.append(_text(p))
            if any(e.get(f"{W}id") == mark_id for e in p.iter(f"{W}bookmarkEnd")):
                break
    return "\n".join(lines).strip()


def read_fills(path: Path) -> dict[str, str]:
    """Anchor → the text a user wrote there; places still showing 【请填写】 (or emptied) are left out."""
    if not path.exists():
        return {}
    import docx

    try:
        body = docx.Document(str(path)).element.body
    except Exception:
        return {}
    out: dict[str, str] = {}
    for mark in body.iter(f"{W}bookmarkStart"):
        name = mark.get(f"{W}name") or ""
        if not name.startswith(PREFIX):
            continue
        cell = _ancestor(mark, "tc")
        para = _ancestor(mark, "p") if mark.getparent().tag != f"{W}p" else mark.getparent()
        if cell is not None:
            value = _span(cell, mark)
        elif para is not None:
            text = _text(para)
            value = text.split("：", 1)[1].strip() if "：" in text else text.strip()
        else:
            continue
        if value and P not in value:
            out[name] = value
    return out
