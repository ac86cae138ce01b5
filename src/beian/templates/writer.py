"""Deterministic writers for .docx and .xlsx (fixed timestamps, so regenerated files are identical)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from beian.standard.cac_excel import FIXED_TIME, normalise_zip, write_workbook

FIXED = FIXED_TIME
Block = tuple[str, object]
__all__ = ["write_docx", "write_xlsx"]

write_xlsx = write_workbook  # the CAC Excel layout's writer


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
    normalise_zip(path)

