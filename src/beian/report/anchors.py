"""Reading back what a user wrote in the fill places of an earlier build (by bookmark name)."""

from __future__ import annotations

from pathlib import Path

from beian.report.docx_writer import P

PREFIX = "bf_"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(element: object) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))  # type: ignore[attr-defined]


def _ancestor(element: object, tag: str) -> object | None:
    node = element.getparent()  # type: ignore[attr-defined]
    while node is not None and node.tag != f"{W}{tag}":
        node = node.getparent()
    return node


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
            value = "\n".join(_text(p) for p in cell.iter(f"{W}p")).strip()
        elif para is not None:
            text = _text(para)
            value = text.split("：", 1)[1].strip() if "：" in text else text.strip()
        else:
            continue
        if value and P not in value:
            out[name] = value
    return out
