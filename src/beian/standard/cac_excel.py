"""The CAC Excel layout (附件4 拦截关键词列表, 附件5 评估测试题): one reader and one writer.

Reading: the header row is searched in the first :data:`HEADER_ROWS` rows of each sheet (CAC
templates often start with a title row), header cells are compared without a parenthesised note
(``研判结果（是否合格）`` is ``研判结果``). Writing: one sheet per bank, the profile's columns as header,
``序号`` counted from 1 on each sheet — the CAC per-sheet numbering convention, which the reader
therefore does not treat as duplicate ids (:func:`sheet_ids`).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beian.errors import InputError

HEADER_ROWS = 5
NUMBER_COLUMN = "序号"
Table = list[list[str]]


def header_key(cell: str) -> str:
    """A header cell without its parenthesised note, surrounding space, and the English beside the Chinese of a
    bilingual header (``关键词 Keyword``, ``Question / 测试题`` → the Chinese)."""
    key = re.sub(r"[（(].*?[)）]", "", cell).strip()
    if re.search(r"[\u4e00-\u9fff]", key):
        key = re.sub(r"^[A-Za-z][A-Za-z0-9 .'&-]*[\s/|:：]+|[\s/|:：]+[A-Za-z][A-Za-z0-9 .'&-]*$", "", key).strip()
    return key


def cell_text(value: object) -> str:
    """A cell as text: '' for empty cells, ``3`` (not ``3.0``) for whole numbers."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass
class CacSheet:
    """The data rows of one sheet under its header; ``rows`` are (1-based row number, cells)."""

    sheet: str
    cols: dict[str, int]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)

    def get(self, row: Sequence[str], col: str) -> str:
        """Cell of ``row`` under header ``col`` ('' when absent)."""
        i = self.cols.get(col)
        return row[i].strip() if i is not None and i < len(row) else ""

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Each data row as (row number, {header: cell})."""
        for number, row in self.rows:
            yield number, {col: self.get(row, col) for col in self.cols}


def find_sheet(name: str, table: Table, key_column: str | tuple[str, ...]) -> CacSheet | None:
    """The sheet's header and data rows when one of its first rows holds ``key_column`` (or one of
    several alternatives, compared without case), else None. A header of two rows (风险分类 over 一级分类 | 二级分类,
    the key merged down both: each merged cell's value is in both rows) is read as its lower row, the upper row where
    the lower is empty or only a note in brackets."""
    keys = {k.lower() for k in ((key_column,) if isinstance(key_column, str) else key_column)}
    for h, header in enumerate(table[:HEADER_ROWS]):
        if keys & {header_key(c).lower() for c in header}:
            below = table[h + 1] if h + 1 < len(table) else []
            grouped = bool(keys & {header_key(c).lower() for c in below})  # the key merged down two header rows
            if grouped:
                # the lower row's cell, unless it is only a note in brackets (研判结果 over （是否合格）, fifty-fourth probe)
                header = [b if header_key(b) else a for a, b in zip(header, [*below, *[""] * (len(header) - len(below))])]
            cols = {header_key(c): i for i, c in enumerate(header) if c.strip()}
            first = h + (2 if grouped else 1)
            data = [(first + 1 + i, r) for i, r in enumerate(table[first:]) if any(c.strip() for c in r)]
            return CacSheet(name, cols, data)
    return None


def find_sheets(tables: Mapping[str, Table], key_column: str | tuple[str, ...]) -> Iterator[CacSheet]:
    """Each sheet whose header (in its first rows) holds ``key_column``."""
    for name, table in tables.items():
        sheet = find_sheet(name, table, key_column)
        if sheet is not None:
            yield sheet


def read_workbook(path: Path, what: str = "Excel 文件", merged: bool = False) -> dict[str, Table]:
    """Every sheet of an .xlsx file as text cells; a broken file is an :class:`InputError` naming ``what``. With
    ``merged`` a merged range's value is in each of its cells (a reviewer merges 合格 down a block of rows); that
    needs the whole workbook in memory, so it is for small workbooks."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=not merged, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        raise InputError(f"无法打开 {what} {path.name}：文件损坏或不是 xlsx",
                         "用 Excel 或 WPS 打开后另存为 .xlsx 再试") from None
    try:
        if merged:
            for ws in wb.worksheets:
                _spread_merged(ws)
        return {ws.title: [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
                for ws in wb.worksheets}
    finally:
        wb.close()


def _spread_merged(ws: Any) -> None:
    """Unmerge every merged range of a sheet, writing its value into each of its cells."""
    for block in list(ws.merged_cells.ranges):
        value = ws.cell(block.min_row, block.min_col).value
        ws.unmerge_cells(str(block))
        for row in ws.iter_rows(min_row=block.min_row, max_row=block.max_row, min_col=block.min_col,
                                max_col=block.max_col):
            for c in row:
                c.value = value


def sheet_ids(sheets: Sequence[CacSheet]) -> dict[tuple[str, int], str]:
    """Item ids for the ``序号`` cells of several sheets: kept as written, or ``工作表-序号`` when the
    numbers restart on each sheet (the CAC convention) so that they stay unique without a warning."""
    numbers = [(s.sheet, r, s.get(row, NUMBER_COLUMN)) for s in sheets for r, row in s.rows]
    across = Counter(n for _, _, n in numbers if n)
    within = Counter((name, n) for name, _, n in numbers if n)
    restart = any(c > 1 for c in across.values()) and all(c == 1 for c in within.values())
    return {(name, r): (f"{name}-{n}" if restart and across[n] > 1 else n) for name, r, n in numbers if n}


def numbered_sheet(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> list[list[object]]:
    """Header plus rows; when the first column is ``序号`` each row gets its number from 1 on this sheet."""
    numbered = columns and columns[0] == NUMBER_COLUMN
    body = [[n, *row] if numbered else list(row) for n, row in enumerate(rows, 1)]
    return [list(columns), *body]


CELL_MAX = 32767  # characters Excel keeps in a cell
UNSHOWN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters a workbook cannot hold or a reader cannot see: control characters other than tab, line feed and carriage
return (NUL, BEL, ESC, VT, FF, DEL, the C1 controls), lone surrogates, and the non-characters U+FFFE and U+FFFF."""
FORMULA_LIKE = ("=",)  # a text cell that Excel would run as a formula


def visible_text(text: str) -> str:
    """``text`` with every :data:`UNSHOWN` character written as its Python escape: ``\\x1b`` for ESC, ``\\x00`` for
    NUL, ``\\x0c`` for a form feed, ``\\ud800`` for a lone surrogate, ``\\ufffe`` for U+FFFE (backslash, ``x`` and
    two hex digits below U+0100; backslash, ``u`` and four hex digits above).

    This is the one convention for text that beian shows rather than keeps: Excel outputs (附件5, the review workbook,
    every workbook :func:`write_workbook` writes) and the Markdown transcript. openpyxl refuses these characters and a
    terminal would run an ESC sequence; escaped, they stay visible as evidence. The exact text, characters and all,
    is kept in the run's ``log.jsonl``. A backslash already in the text is left as it is."""
    return UNSHOWN.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def fit_cell(value: object) -> object:
    """A cell value a workbook can hold: a text with its :data:`UNSHOWN` characters escaped (:func:`visible_text`) and,
    when longer than a cell holds, cut with a note saying so and giving the full length (the full text stays in the
    run's own files). Other values are returned as they are."""
    if not isinstance(value, str):
        return value
    shown = visible_text(value)
    if len(shown) <= CELL_MAX:
        return shown
    note = f"……（超出 Excel 单元格上限，已截断；全文 {len(value)} 字）"
    return shown[:CELL_MAX - len(note)] + note


def text_cell(value: object) -> object:
    """:func:`fit_cell`, and a text that starts like a formula (``=…``) as rich text, which openpyxl stores as a
    string: an answer such as ``=1+1`` is evidence to show, not a formula for Excel to run."""
    from openpyxl.cell.rich_text import CellRichText

    fitted = fit_cell(value)
    if isinstance(fitted, str) and fitted.startswith(FORMULA_LIKE):
        return CellRichText(fitted)
    return fitted


def write_workbook(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]], *,
                   widths: Sequence[float] = (), styled_header: bool = False) -> None:
    """Write a workbook, one sheet per key (first row the header), with fixed timestamps so that
    regenerated files are byte-identical; ``styled_header`` makes the header bold and frozen,
    ``widths`` sizes the first columns (the CAC 附件4 export). Every cell goes through :func:`text_cell`: control
    characters are escaped visibly, long texts cut with a note, ``=…`` kept as text."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook(write_only=True)
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "beian"
    for name, rows in sheets.items():
        ws = wb.create_sheet(title=name[:31])
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        if styled_header:
            ws.freeze_panes = "A2"
        for n, row in enumerate(rows):
            if n == 0 and styled_header:
                row = [_bold(WriteOnlyCell(ws, value=text_cell(v)), Font) for v in row]
            ws.append([text_cell(v) for v in row])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalise_zip(path)


def _bold(cell: Any, font: Any) -> Any:
    cell.font = font(bold=True)
    return cell


FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)
_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _fix_times(name: str, data: bytes) -> bytes:
    """Replace the save time that openpyxl and python-docx write into docProps/core.xml."""
    if name != "docProps/core.xml":
        return data
    return _STAMP.sub(rb"\g<1>2026-01-01T00:00:00Z\g<2>", data)


def normalise_zip(path: Path) -> None:
    """Rewrite an Office zip with fixed entry timestamps and order."""
    with zipfile.ZipFile(path) as zf:
        items = [(i.filename, _fix_times(i.filename, zf.read(i))) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
