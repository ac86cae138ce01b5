"""Turn package files into text: paragraphs, tables and sheets.

Problems (corrupt, encrypted, macro-enabled, scanned, undecodable) become findings on
the :class:`Content`, never tracebacks. Spreadsheet results are cached by content hash
so re-checking the same attachment is cheap.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from beian.errors import InputError
from beian.findings import Finding, Severity
from beian.prereview.package import PackageFile
from beian.text import textio

Row = list[str]
Table = list[Row]
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MACRO_EXTS = {"docm", "xlsm", "dotm", "xltm"}
TEXT_EXTS = {"md", "txt"}
_SHEET_CACHE: dict[str, dict[str, Table]] = {}


@dataclass
class Content:
    """What could be read from one file."""

    file: PackageFile
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    sheets: dict[str, Table] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Paragraphs and table rows as one text (cells joined with '：' so 'label：value' reads)."""
        rows = ["：".join(c for c in row if c) for t in self.tables for row in t]
        sheet_rows = ["：".join(c for c in row if c) for t in self.sheets.values() for row in t[:200]]
        return "\n".join(self.paragraphs + rows + sheet_rows)

    @property
    def readable(self) -> bool:
        """True when anything at all was read."""
        return bool(self.paragraphs or self.tables or self.sheets)


def _problem(f: PackageFile, code: str, msg: str, fix: str, sev: Severity = Severity.HIGH) -> Finding:
    return Finding(code=code, message=msg, severity=sev, source="prereview.extract",
                   family="materials", location=f.rel, fix=fix)


def extract(f: PackageFile) -> Content:
    """Read ``f`` according to its extension."""
    content = Content(file=f)
    reader = _READERS.get(f.ext)
    if reader is None:
        return content
    if f.ext in MACRO_EXTS:
        content.findings.append(_problem(
            f, "materials.macro_file", "文件启用了宏（.docm/.xlsm），审核方通常拒收含宏文件，且本工具不会读取其中内容。",
            "另存为不含宏的 .docx / .xlsx 后重新放入材料包。"))
        return content
    try:
        head = f.path.open("rb").read(8)
    except OSError as exc:
        content.findings.append(_problem(f, "materials.corrupt_file", f"无法读取文件：{exc.strerror}。", "检查文件权限后重试。"))
        return content
    if head == OLE_MAGIC and f.ext in {"docx", "xlsx"}:
        content.findings.append(_problem(
            f, "materials.encrypted_file", "文件设置了打开密码（已加密），审核方与本工具都无法读取。",
            "取消文件密码后重新保存。"))
        return content
    try:
        reader(f.path, content)
    except Exception as exc:
        content.paragraphs.clear()
        content.tables.clear()
        content.sheets.clear()
        content.findings.append(_problem(
            f, "materials.corrupt_file", f"文件已损坏或格式与扩展名不符，无法读取（{type(exc).__name__}）。",
            "用 Office/WPS 打开确认能正常显示后另存一份，再放入材料包。"))
    return content


def _read_docx(path: Path, content: Content) -> None:
    import docx

    document = docx.Document(str(path))
    content.paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        content.tables.append([[c.text.strip() for c in row.cells] for row in table.rows])


def _read_pdf(path: Path, content: Content) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted and not reader.decrypt(""):
        content.findings.append(_problem(
            content.file, "materials.encrypted_file", "PDF 设置了打开密码，审核方无法查看。", "取消 PDF 密码后重新导出。"))
        return
    pages = [(page.extract_text() or "").strip() for page in reader.pages]
    content.paragraphs = [line.strip() for p in pages for line in p.splitlines() if line.strip()]
    if not content.paragraphs:
        content.findings.append(_problem(
            content.file, "materials.scanned_pdf", "PDF 没有文字层（扫描件），无法核对其中内容。",
            "同时提供同名的 Word 版本，或导出带文字层的 PDF。", Severity.LOW))


def _digest(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _read_xlsx(path: Path, content: Content) -> None:
    key = "x" + _digest(path)
    if key not in _SHEET_CACHE:
        import openpyxl

        wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
        try:
            _SHEET_CACHE[key] = {
                ws.title: [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
                for ws in wb.worksheets
            }
        finally:
            wb.close()
    content.sheets = _SHEET_CACHE[key]


def _read_xls(path: Path, content: Content) -> None:
    import xlrd

    book = xlrd.open_workbook(str(path))
    for sheet in book.sheets():
        content.sheets[sheet.name] = [[_cell(v) for v in sheet.row_values(r)] for r in range(sheet.nrows)]


def decode_bytes(data: bytes) -> str | None:
    """The text core's decoder (BOMs, UTF-8, GB18030, …); None when the bytes are not text."""
    try:
        return textio.decode_bytes(data, "")
    except InputError:
        return None


def _read_textish(path: Path, content: Content) -> str | None:
    text = decode_bytes(path.read_bytes())
    if text is None:
        content.findings.append(_problem(
            content.file, "materials.unreadable_encoding", "文件编码无法识别（不是 UTF-8、UTF-16 或 GBK）。",
            "用 UTF-8 编码重新保存该文件。", Severity.MEDIUM))
    return text


def _read_csv(path: Path, content: Content) -> None:
    text = _read_textish(path, content)
    if text is not None:
        content.sheets[content.file.stem] = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]


def _read_text(path: Path, content: Content) -> None:
    text = _read_textish(path, content)
    if text is not None:
        content.paragraphs = [line.strip().lstrip("#").strip() for line in text.splitlines() if line.strip()]


def _read_macro(path: Path, content: Content) -> None:  # pragma: no cover - never called
    del path, content


_READERS = {
    "docx": _read_docx, "pdf": _read_pdf, "xlsx": _read_xlsx, "xls": _read_xls, "csv": _read_csv,
    "md": _read_text, "txt": _read_text, "docm": _read_macro, "xlsm": _read_macro,
}

__all__ = ["Content", "decode_bytes", "extract"]
