"""Deterministic writers for .docx and .xlsx (fixed timestamps, so regenerated files are identical)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)
Block = tuple[str, object]


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _fix_times(name: str, data: bytes) -> bytes:
    """Replace the save time that openpyxl writes into docProps/core.xml."""
    if name != "docProps/core.xml":
        return data
    return _STAMP.sub(rb"\g<1>2026-01-01T00:00:00Z\g<2>", data)


def _normalise_zip(path: Path) -> None:
    """Rewrite a zip with fixed entry timestamps and order."""
    with zipfile.ZipFile(path) as zf:
        items = [(i.filename, _fix_times(i.filename, zf.read(i))) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)


def write_docx(path: Path, title: str, blocks: Sequence[Block]) -> None:
    """Write a Word file: ("h", text) headings, ("p", text) paragraphs, ("table", rows) tables."""
    import docx

    document = docx.Document()
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.core_properties.last_printed = FIXED
    document.core_properties.author = "beian"
    document.core_properties.title = title
    document.add_heading(title, level=0)
    for kind, value in blocks:
        if kind == "h":
            document.add_heading(str(value), level=1)
        elif kind == "p":
            document.add_paragraph(str(value))
        elif kind == "table":
            rows = list(value)  # type: ignore[call-overload]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    _normalise_zip(path)


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> None:
    """Write an Excel workbook, one sheet per key, first row the header."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "beian"
    for name, rows in sheets.items():
        ws = wb.create_sheet(title=name[:31])
        for row in rows:
            ws.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    _normalise_zip(path)
