"""Turn package files into text: paragraphs, tables and sheets.

Problems (corrupt, encrypted, macro-enabled, scanned, undecodable) become findings on
the :class:`Content`, never tracebacks. Spreadsheet results are cached by content hash
so re-checking the same attachment is cheap.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beian.errors import InputError
from beian.findings import Finding, Severity
from beian.prereview.package import PackageFile, file_digest
from beian.prereview.script import is_traditional, to_simplified
from beian.standard.cac_excel import cell_text
from beian.text import textio

if TYPE_CHECKING:
    from beian.text.wordcut import WordCut

Row = list[str]
Table = list[Row]
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MACRO_EXTS = {"docm", "xlsm", "dotm", "xltm"}
TEXT_EXTS = {"md", "txt"}
WORD_EXTS = frozenset({"docx", "doc"})  # Word files: a .doc (Word 97–2003) is read as a .docx is
_SHEET_CACHE: dict[str, dict[str, Table]] = {}
_HIDDEN_CACHE: dict[str, frozenset[str]] = {}


@dataclass
class Content:
    """What could be read from one file."""

    file: PackageFile
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    sheets: dict[str, Table] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    headings: dict[int, int] = field(default_factory=dict)
    table_anchor: list[int] = field(default_factory=list)
    ocr: bool = False
    stamps: int = 0
    revisions: int = 0  # tracked insertions and deletions left in a Word file
    comments: int = 0  # comments (批注) left in a Word file
    traditional: bool = False  # written in traditional characters: read converted to simplified
    hidden_sheets: frozenset[str] = frozenset()  # sheets hidden in the workbook (a reviewer does not see them)

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


_OLE_PROBLEMS = {
    "encrypted": ("文件设置了打开密码（已加密），审核方与本工具都无法读取。", "取消文件密码后重新保存。"),
    "doc": ("文件实际是旧版 Word 格式（.doc），只是扩展名改成了 .{ext}，本工具无法读取。", "用 Office/WPS 打开后另存为 .{ext}。"),
    "xls": ("文件实际是旧版 Excel 格式（.xls），只是扩展名改成了 .{ext}，本工具无法读取。", "用 Office/WPS 打开后另存为 .{ext}。"),
    "": ("文件不是 .{ext} 格式（是旧版 Office 文件或设置了打开密码），本工具无法读取。",
         "用 Office/WPS 打开：有密码的取消密码，是旧版格式的另存为 .{ext}。"),
}


def _ole_kind(f: PackageFile) -> str:
    """What an OLE file with an OOXML extension is: ``encrypted`` (its directory names EncryptedPackage), ``doc`` or
    ``xls`` (an old Word or Excel stream, renamed), or ``""`` when neither shows."""
    try:
        data = f.path.read_bytes()[:1 << 20]
    except OSError:
        return ""
    for kind, stream in (("encrypted", "EncryptedPackage"), ("doc", "WordDocument"), ("xls", "Workbook")):
        if stream.encode("utf-16-le") in data:
            return kind
    return ""


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
        kind = _ole_kind(f)  # an old .doc/.xls renamed, or an encrypted file: both are OLE containers
        message, fix = _OLE_PROBLEMS.get(kind, _OLE_PROBLEMS[""])
        content.findings.append(_problem(f, "materials.encrypted_file", message.format(ext=f.ext), fix.format(ext=f.ext)))
        return content
    try:
        reader(f.path, content)
    except Exception as exc:
        content.paragraphs.clear()
        content.tables.clear()
        content.sheets.clear()
        problem = _problem(f, "materials.corrupt_file", "文件已损坏或格式与扩展名不符，无法读取。",
                           "用 Office/WPS 打开确认能正常显示后另存一份，再放入材料包。")
        content.findings.append(replace(problem, evidence=f"读取时的错误类型：{type(exc).__name__}"))
        return content
    _simplify(content)
    return content


def _simplify(content: Content) -> None:
    """A file written in traditional characters, read as simplified (see :mod:`beian.prereview.script`), reported once."""
    if not is_traditional(content.text):
        return
    content.traditional = True
    content.paragraphs = [to_simplified(p) for p in content.paragraphs]
    content.tables = [[[to_simplified(c) for c in row] for row in t] for t in content.tables]
    content.sheets = {to_simplified(k): [[to_simplified(c) for c in row] for row in t] for k, t in content.sheets.items()}
    content.hidden_sheets = frozenset(to_simplified(k) for k in content.hidden_sheets)
    content.findings.append(_problem(
        content.file, "materials.traditional_script", "文件以繁体中文书写；本工具已转为简体后检查，但审核按简体中文材料进行。",
        "提交前用 Office/WPS 的“繁转简”转换为简体中文（文件名一并转换），核对专有名词后重新检查。", Severity.MEDIUM))


def _read_docx(path: Path, content: Content) -> None:
    """Paragraphs and tables in document order, as Word shows them (:mod:`beian.prereview.docxtext`: content controls,
    tracked insertions and simple fields that python-docx leaves out); heading levels from the paragraph styles."""
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table as DocxTable

    from beian.prereview.docxtext import blocks, box_paragraphs, cell_text, note_paragraphs, paragraph_text

    document = docx.Document(str(path))
    body = document.element.body
    content.revisions = sum(1 for tag in ("w:ins", "w:del") for _ in body.iter(qn(tag)))
    content.comments = sum(1 for _ in document.comments) if _has_comments(document) else 0
    style_names = {s.style_id: s.name or "" for s in document.styles}
    for block in blocks(body):
        if block.tag == qn("w:tbl"):
            for table in _with_nested(DocxTable(block, document._body)):
                content.table_anchor.append(len(content.paragraphs))
                content.tables.append([[cell_text(c._tc).strip() for c in row.cells] for row in table.rows])
            continue
        text = paragraph_text(block).strip()
        if text:
            level = heading_level(style_names.get(block.style or "", ""))
            if level:
                content.headings[len(content.paragraphs)] = level
            content.paragraphs.append(text)
        content.paragraphs += [t for q in box_paragraphs(block) if (t := paragraph_text(q).strip())]
    content.paragraphs += [t for note in note_paragraphs(document) if (t := note.strip())]


def _with_nested(table: Any, depth: int = 0) -> list[Any]:
    """``table`` and, after it, the tables nested in its cells (a form whose 申请主体 block is a table inside a cell),
    each once although a merged cell repeats in every row it spans."""
    out, seen = [table], set()
    if depth >= MAX_NESTING:
        return out
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            for inner in cell.tables:
                out += _with_nested(inner, depth + 1)
    return out


MAX_NESTING = 4  # tables inside tables read this deep


def _has_comments(document: Any) -> bool:
    """Whether the Word file has a comments part (python-docx creates an empty one when asked for it otherwise)."""
    return any(rel.reltype.endswith("/comments") for rel in document.part.rels.values())


def heading_level(style: str) -> int:
    """The heading level a paragraph style's name gives: 1 for 'Heading 1' / '标题 1' / 'Title', 0 for body styles."""
    name = style.lower().replace(" ", "")
    if name in ("title", "标题"):
        return 1
    for prefix in ("heading", "标题"):
        if name.startswith(prefix) and name[len(prefix):].isdigit():
            return int(name[len(prefix):])
    return 0


RTF_MAGIC, ZIP_MAGIC = b"{\\rtf", b"PK\x03\x04"
_DOC_PROBLEMS = {
    "encrypted": ("materials.encrypted_file", "文件设置了打开密码（已加密），审核方与本工具都无法读取。", "取消文件密码后重新保存。"),
    "too_old": ("materials.corrupt_file", "文件是 Word 95 或更早的格式，本工具无法读取，提交系统也可能无法打开。",
                "用 Office/WPS 打开后另存为 .docx（Word 文档）。"),
}


def _read_doc(path: Path, content: Content) -> None:
    """An old Word file (Word 97–2003, :mod:`beian.prereview.worddoc`); a .docx or RTF file named .doc is said."""
    from beian.prereview.worddoc import WordDocError, read_doc

    data = path.read_bytes()
    if data.startswith(ZIP_MAGIC):
        _read_docx(path, content)  # a .docx renamed: read it as what it is
        return
    if data.lstrip()[:5] == RTF_MAGIC:
        content.findings.append(_problem(
            content.file, "materials.corrupt_file", "文件实际是 RTF 格式，只是扩展名为 .doc，本工具无法读取其内容；部分提交系统也不接受。",
            "用 Office/WPS 打开后另存为 .docx（Word 文档）。"))
        return
    try:
        text = read_doc(data)
    except WordDocError as exc:
        if exc.kind not in _DOC_PROBLEMS:
            raise  # damaged or not Word: the corrupt-file finding of extract()
        code, message, fix = _DOC_PROBLEMS[exc.kind]
        content.findings.append(_problem(content.file, code, message, fix))
        return
    content.paragraphs, content.tables, content.table_anchor = text.paragraphs, text.tables, text.table_anchor
    content.headings, content.revisions, content.comments = text.headings, text.revisions, text.comments


def _read_pdf(path: Path, content: Content) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted and not reader.decrypt(""):
        content.findings.append(_problem(
            content.file, "materials.encrypted_file", "PDF 设置了打开密码，审核方无法查看。", "取消 PDF 密码后重新导出。"))
        return
    pages = _pdf_page_texts(path) or [(page.extract_text() or "").strip() for page in reader.pages]
    if any(pages):
        content.tables = _pdf_tables(path)
        cells = pdf_cell_text(content.tables)
        content.paragraphs = [para for p in pages for para in reflowed(p.splitlines(), cells)]
        content.table_anchor = pdf_table_anchors(content.paragraphs, content.tables)
    else:
        _recognise_scan(content, "PDF 没有文字层（扫描件）")


def _pdf_page_texts(path: Path) -> list[str] | None:
    """Each page's text as pdfplumber lays it out from the characters' positions; None when it cannot read the file
    (pypdf's reading is used then). pypdf's stream order put the full-width quotes of a font fallback elsewhere in the
    line (``AI “回答……标注AI ”生成``) and spaces between Chinese and digits (``年满18 周岁``): the PDF copies of the hands'
    packages lost ``标注“AI生成”`` that way."""
    try:
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return [(page.extract_text() or "").strip() for page in pdf.pages]
    except Exception:  # pdfminer raises many kinds on damaged files; pypdf reads those it can
        return None


ANCHOR_CHARS = 6  # opening characters of a PDF table's first cell looked for in the text layer


def pdf_table_anchors(paragraphs: list[str], tables: list[Table]) -> list[int]:
    """Where each table of a PDF stands among its lines (tables are read apart from the text layer): at the first line,
    after the previous table's, that holds its first cell's opening characters; -1 for a table not found. The heading
    above a table then names its section as in the Word file (一、主用模型 / 二、备用模型: the hundred-and-thirty PDF
    copies read two called models' tables as one model named twice)."""
    anchors: list[int] = []
    at = 0
    for table in tables:
        first = next((re.sub(r"\s+", "", c)[:ANCHOR_CHARS] for row in table for c in row if c.strip()), "")
        found = next((i for i in range(at, len(paragraphs)) if first and first in re.sub(r"\s+", "", paragraphs[i])),
                     None)
        anchors.append(found if found is not None else -1)
        at = found + max(1, len(table) - 1) if found is not None else at  # the next table starts below this one's rows
    return anchors


FULL_LINE = 0.9  # a line at least this share of a page's widest line runs to the margin: its paragraph may go on
_ENDS_PARAGRAPH = re.compile(r"[。！？!?；;：:）)」』”]$")
_STARTS_PARAGRAPH = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节条部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|"
                               r"\d+(?:\.\d+)*[、.．\s]|[•·●■◆▪\-–—*]\s?|附件)")


def reflowed(lines: list[str], cells: str = "") -> list[str]:
    """A PDF page's lines as paragraphs: a line that runs to the right margin (at least :data:`FULL_LINE` of the widest
    line, counting a Chinese character as two) and does not end a sentence goes on in the next line, unless that one
    starts a heading or a list item. Wrapped text is one paragraph again, as in the Word file (the hundred-and-thirty
    PDF copies of the hands' packages: ``成都幻屿互动娱乐有限公`` / ``司`` read as two names). A line of table cells
    (:func:`in_cells` of ``cells``, the tables read apart: :func:`pdf_cell_text`) is never joined: it stays the text layer's
    copy of the table, which the rules leave to the table's rows."""
    kept = [line.strip() for line in lines if line.strip()]
    widest = max((_width(line) for line in kept), default=0)
    out: list[str] = []
    joining = False
    for k, line in enumerate(kept):
        in_table = in_cells(line, cells)
        if joining and not in_table and not _STARTS_PARAGRAPH.match(line):
            out[-1] += (" " if out[-1][-1:].isascii() and line[:1].isascii() else "") + line  # English keeps its space
        else:
            out.append(line)
        joining = not in_table and not _ENDS_PARAGRAPH.search(line) and (
            _width(line) >= FULL_LINE * widest or _wrapped_before_code(line, kept[k + 1:k + 2], widest))
    return out


_CODE_START = re.compile(r"[A-Za-z0-9][!-~]{7,}")  # a code, number or address of eight characters or more


def _wrapped_before_code(line: str, after: list[str], widest: int) -> bool:
    """Whether a short line ends where the next line's opening code (a 备案号, a credit code, an order number) did not
    fit: a PDF writer breaks lines at spaces, so ``……备案号为 Beijing-WenXin-20230380。我院……`` wraps before the number
    and everything after it up to the next space (the two-hundred-and-sixty-sixth probe's statement read the number as
    a paragraph of its own, and its 备案号 was lost)."""
    if not after or not _CODE_START.match(after[0]):
        return False
    return _width(line) + _width(after[0].split(" ", 1)[0]) >= FULL_LINE * widest


def pdf_cell_text(tables: list[Table]) -> str:
    """A PDF's table cells, whitespace removed, joined by NUL: what :func:`in_cells` searches ('' without tables)."""
    return "\0".join(re.sub(r"\s+", "", c) for table in tables for row in table for c in row if c.strip())


def in_cells(line: str, cells: str) -> bool:
    """Whether every run of ``line`` lies inside one table cell of ``cells`` (:func:`pdf_cell_text`): the text layer's copy
    of a table row."""
    return bool(cells) and all(chunk in cells for chunk in line.split())


def _width(line: str) -> int:
    """A line's width in half-width characters (a Chinese character or a full-width sign counts two)."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in line)


def has_media(path: Path) -> bool:
    """Whether a Word file has a picture pasted in (``word/media/`` in the .docx; a picture or drawing in an old .doc)."""
    if path.suffix.lower() == ".doc":
        try:
            stat = path.stat()
        except OSError:
            return False
        return _doc_pictures(str(path), stat.st_mtime_ns, stat.st_size)
    try:
        with zipfile.ZipFile(path) as zf:
            return any(name.startswith("word/media/") for name in zf.namelist())
    except (OSError, zipfile.BadZipFile):
        return False


def pdf_pictures(path: Path) -> bool:
    """Whether a PDF holds a picture on one of its first :data:`EVIDENCE_PDF_PAGES` pages (pypdf lists them without
    decoding); False for a PDF that cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        return any(len(page.images) for page in reader.pages[:EVIDENCE_PDF_PAGES])
    except (OSError, PdfReadError, ValueError, KeyError):
        return False


def pdf_screenshots(path: Path) -> bool:
    """Whether a PDF with a text layer holds a picture shaped like a screenshot on one of its first
    :data:`EVIDENCE_PDF_PAGES` pages: an image at least :data:`SHOT_MIN_SIDE` pixels on its short side and clearly longer
    one way than the other (a phone or a desktop screen). A seal is round, its image square: a stamped report is no
    screenshot. Only the image dictionaries are read (no decoding); False for a PDF that cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        return any(_screen_shaped(page) for page in reader.pages[:EVIDENCE_PDF_PAGES])
    except (OSError, PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        return False


SHOT_MIN_SIDE = 120  # pixels: smaller pictures are icons, logos or signatures
SHOT_MIN_RATIO = 1.25  # the long side over the short one: a seal's image is about square


def _screen_shaped(page: Any) -> bool:
    """Whether a PDF page's resources name an image shaped like a screenshot (see :func:`pdf_screenshots`)."""
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    for ref in (xobjects.get_object().values() if xobjects is not None else ()):
        image = ref.get_object()
        if image.get("/Subtype") != "/Image":
            continue
        w, h = int(image.get("/Width", 0)), int(image.get("/Height", 0))
        if min(w, h) >= SHOT_MIN_SIDE and max(w, h) >= SHOT_MIN_RATIO * min(w, h):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _doc_pictures(path: str, mtime_ns: int, size: int) -> bool:
    """Whether an old .doc holds a picture, parsed once per file version (the checks ask once per rule)."""
    from beian.prereview.worddoc import WordDocError, read_doc

    del mtime_ns, size  # the cache key: a file changed in place is read again
    try:
        return read_doc(Path(path).read_bytes()).pictures > 0
    except (OSError, WordDocError):
        return False


EVIDENCE_PDF_PAGES = 30  # pages of an evidence PDF read as text (a standalone emergency plan, a drill record)


def extract_text_layer(f: PackageFile, max_pages: int = EVIDENCE_PDF_PAGES) -> Content:
    """The text layer of a PDF of the evidence folder, its first ``max_pages`` pages, without tables or OCR. A scan,
    an encrypted or a damaged PDF gives an empty content and no finding: evidence is read for what it says, and a
    scanned business licence or authorisation letter is expected to have no text."""
    from pypdf import PdfReader

    content = Content(file=f)
    try:
        reader = PdfReader(str(f.path))
        if reader.is_encrypted and not reader.decrypt(""):
            return content
        pages = [(page.extract_text() or "").strip() for page in reader.pages[:max_pages]]
    except Exception:  # a PDF pypdf cannot parse is not read, as a screenshot is not
        return content
    content.paragraphs = [line.strip() for p in pages for line in p.splitlines() if line.strip()]
    _simplify(content)
    return content


MAX_TABLE_PAGES = 40
TAIL_TABLE_PAGES = 20  # and the last pages of a longer PDF: appendices hold tables too (the 144th probe's 56-page
# report stated the called model's filing number in a table of appendix B, on its last page)
PAGE_TOP, PAGE_BOTTOM = 0.2, 0.75  # a table continues on the next page when it ends low and restarts high


def _pdf_tables(path: Path) -> list[Table]:
    """Ruled tables of a text PDF (pdfplumber reads cell borders; pypdf only gives lines of text)."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    tables: list[Table] = []
    ended_at_bottom = False
    try:
        with pdfplumber.open(str(path)) as pdf:
            n = len(pdf.pages)
            read = sorted({*range(min(n, MAX_TABLE_PAGES)), *range(max(0, n - TAIL_TABLE_PAGES), n)})
            for k, at in enumerate(read):
                page = pdf.pages[at]
                ended_at_bottom = ended_at_bottom and k > 0 and read[k - 1] == at - 1  # a skipped page ends a table
                found = page.find_tables()
                for i, table in enumerate(found):
                    rows = _merged_down(table.extract())
                    continues = (i == 0 and ended_at_bottom and tables and table.bbox[1] < page.height * PAGE_TOP
                                 and len(rows[0]) == len(tables[-1][0]))
                    if continues:
                        tables[-1].extend(_join_split_row(tables[-1], rows))  # a table split by a page break is one
                    elif rows:
                        tables.append(rows)
                ended_at_bottom = bool(found) and found[-1].bbox[3] > page.height * PAGE_BOTTOM
    except Exception:  # a table the layout reader cannot parse leaves the text layer as it is
        return tables
    return tables


def _merged_down(raw: list[list[str | None]]) -> Table:
    """A PDF table's rows, the first cell of a row that a cell merged down from above covers (``None`` from pdfplumber)
    given that cell's text, as Word's table model repeats it (``生成内容安全`` over 人工抽检 / 关键词抽检 / 分类模型抽检:
    the 143rd probe's two rows were read without their subject and reported missing)."""
    rows: Table = []
    for row in raw:
        cells = [_pdf_cell(c) for c in row]
        if cells and row[0] is None and rows and rows[-1] and any(cells[1:]):
            cells[0] = rows[-1][0]
        rows.append(cells)
    return rows


def _join_split_row(table: Table, rows: Table) -> Table:
    """The rows continuing ``table`` on the next page, the first joined cell by cell to the table's last row when the
    page break cut that row in two (its first cell, the 序号, empty on the new page while the last row has one: the
    eighty-first probe's 数据溯源清单 row “BELLE … 中文指令数据集（train_2M_CN子集）”)."""
    last = table[-1] if table else []
    if not (rows and last and rows[0] and any(rows[0]) and len(rows[0]) == len(last)):
        return rows
    if not rows[0][0] and last[0] and _whole_row(last, rows[0]):
        # a first column merged down over rows that the page break parts (生成内容 over 人工抽检 / 关键词抽检 / 分类模型抽检,
        # the hundred-and-ninety-fourth probe): the new page's row is whole and under the same group
        return [[last[0], *rows[0][1:]], *rows[1:]]
    if (not rows[0][0] and last[0]) or _continues(last, rows[0]) or _cut_mid_phrase(last, rows[0]):
        table[-1] = [a + b for a, b in zip(last, rows[0], strict=True)]
        return rows[1:]
    return rows


def _whole_row(last: list[str], row: list[str]) -> bool:
    """Whether ``row`` (first cell empty) is a row of its own, not the rest of ``last``: most of its cells filled, at
    least three, and no cell the continuation of the one above (no word or number cut between them, no closing mark
    or punctuation opening a cell)."""
    filled = [i for i, c in enumerate(row) if c.strip()]
    if len(filled) < 3 or len(filled) * 2 <= len(row) or _continues(last, row):
        return False
    return not any(last[i].strip() and _cut_inside(last[i].strip(), row[i].strip()) for i in filled)


_OPEN, _CLOSE = "（(【[「《“", "）)】]」》”"


def _continues(last: list[str], row: list[str]) -> bool:
    """Whether ``row``, the first on a new page, is the rest of ``last`` cut by the page break though its first cell is
    filled (the 159th probe: ``列）`` ending the name ``电力行业标准公开文本（DL/T系`` above, the other cells mostly
    empty): at least half of its cells empty, each filled one under a filled one, and one of them closing a bracket the
    cell above left open or starting with a mark that never starts a cell (``）``, ``，``)."""
    filled = [i for i, c in enumerate(row) if c.strip()]
    if len(filled) * 2 > len(row) or any(not last[i].strip() for i in filled):
        return False
    return any(sum(last[i].count(c) for c in _OPEN) > sum(last[i].count(c) for c in _CLOSE)
               or row[i].lstrip()[:1] in _CLOSE + "，,。、；;：:" for i in filled)


def _cut_mid_phrase(last: list[str], row: list[str]) -> bool:
    """Whether ``row``, the first on a new page, is the rest of ``last`` with most cells filled (the 190th probe's
    数据溯源清单 exported by LibreOffice, whose rows may break across pages: ``不涉及爬`` / ``取``, ``不含个人`` / ``信息``,
    ``80,000`` / ``条``): every filled cell stands under a filled one, and in at least two cells and half of them the
    page break cuts a word (jieba's segmentation of the joined cell has a word across the cut) or a number from its
    unit or date part."""
    filled = [i for i, c in enumerate(row) if c.strip()]
    if not filled or any(not last[i].strip() for i in filled):
        return False
    cut = sum(_cut_inside(last[i].strip(), row[i].strip()) for i in filled)
    return cut >= 2 and cut * 2 >= len(filled)


_UNIT_AFTER = re.compile(r"\d[,，.]?$")
_UNIT_START = re.compile(r"(?:[条个项份篇万亿%％]|\d{1,2}\s*[月日])")


def _cut_inside(a: str, b: str) -> bool:
    """Whether ``a`` + ``b`` is one phrase cut between them: a word across the cut, or a number and its unit."""
    if (_UNIT_AFTER.search(a) or a.endswith(("年", "月"))) and _UNIT_START.match(b):
        return True
    if not (re.search(r"[\u4e00-\u9fff]$", a) and re.match(r"[\u4e00-\u9fff]", b)):
        return False
    head = a[-6:]
    return len(head) not in _word_cut().segment(head + b[:6])  # jieba's route puts no boundary at the page break


@functools.lru_cache(maxsize=1)
def _word_cut() -> WordCut:
    """The text core's word segmenter (jieba's dictionary, its maximum-probability route), made on first use."""
    from beian.text.wordcut import WordCut

    return WordCut()


def _pdf_cell(cell: str | None) -> str:
    """A PDF table cell with the line breaks of wrapped text removed (Chinese has no spaces to restore)."""
    return "".join((cell or "").split("\n")).strip()


def _recognise_scan(content: Content, what: str) -> None:
    """OCR for a scan: its lines become paragraphs and the finding says the text came from OCR."""
    from beian.prereview import ocr

    if not ocr.available():
        content.findings.append(_problem(
            content.file, "materials.scanned_pdf", f"{what}，未安装文字识别组件，无法核对其中内容。",
            "同时提供同名的 Word 版本或带文字层的 PDF；或安装 OCR：pip install 'beian[ocr]'。", Severity.LOW))
        return
    result = ocr.ocr_image(content.file.path) if content.file.ext in ocr.IMAGE_EXTS else ocr.ocr_pdf(content.file.path)
    content.paragraphs = [line.text.strip() for page in result.pages for line in page.lines if line.text.strip()]
    content.ocr, content.stamps = True, result.stamps
    if result.problem or not content.paragraphs:
        content.findings.append(_problem(
            content.file, "materials.scanned_pdf", f"{what}，文字识别未能读出内容（{result.problem or '无可识别文字'}）。",
            "提供清晰的扫描件（不低于 200 dpi），或同时提供 Word 版本。", Severity.MEDIUM))
        return
    content.findings.append(_problem(
        content.file, "materials.scanned_pdf",
        f"{what}：内容由 OCR 识别（{len(result.pages)} 页，平均置信度 {result.mean_confidence:.0%}，识别到红色公章 {result.stamps} 枚），"
        "据此得出的事实请人工核对。", "同时提供同名的 Word 版本或带文字层的 PDF，便于审核人员检索。", Severity.INFO))


def _read_image(path: Path, content: Content) -> None:
    del path
    _recognise_scan(content, "图片格式的材料")






def _read_xlsx(path: Path, content: Content) -> None:
    """Every sheet as text cells, a merged range's value in each of its cells (a category merged down a block of
    questions belongs to each); hidden sheets are named in ``content.hidden_sheets``."""
    key = "x" + file_digest(path)
    if key not in _SHEET_CACHE:
        import openpyxl

        wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
        try:
            sheets, hidden = {}, set()
            for ws in wb.worksheets:
                table = [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
                sheets[ws.title] = _open_header(_spread(table, _merged_ranges(path, getattr(ws, "_worksheet_path", ""))))
                if getattr(ws, "sheet_state", "visible") != "visible":
                    hidden.add(ws.title)
            _SHEET_CACHE[key] = sheets
            _HIDDEN_CACHE[key] = frozenset(hidden)
        finally:
            wb.close()
    content.sheets = _SHEET_CACHE[key]
    content.hidden_sheets = _HIDDEN_CACHE.get(key, frozenset())


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')
MAX_MERGED_CELLS = 200_000  # cells filled from merged ranges per sheet (a sheet merged whole is not a table)


def _merged_ranges(path: Path, part: str) -> list[tuple[int, int, int, int]]:
    """The merged ranges of one sheet as 0-based (first row, first column, last row, last column), read from the
    sheet's XML (openpyxl's read-only mode does not keep them)."""
    if not part:
        return []
    import zipfile

    from openpyxl.utils import column_index_from_string

    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read(part.lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return []
    return [(int(r1) - 1, column_index_from_string(c1.decode()) - 1, int(r2) - 1, column_index_from_string(c2.decode()) - 1)
            for c1, r1, c2, r2 in _MERGE_REF.findall(xml)]


def _spread(table: Table, ranges: list[tuple[int, int, int, int]]) -> Table:
    """``table`` with each merged range's top-left value written into its other cells."""
    budget = MAX_MERGED_CELLS
    for r1, c1, r2, c2 in ranges:
        if r1 >= len(table) or c1 >= len(table[r1]) or not table[r1][c1]:
            continue
        value = table[r1][c1]
        for r in range(r1, min(r2, len(table) - 1) + 1):
            row = table[r]
            for c in range(c1, min(c2, len(row) - 1) + 1):
                if budget <= 0:
                    return table
                if not row[c]:
                    row[c] = value
                    budget -= 1
    return table


HEADER_ROWS_LOOKED_AT = 5  # a sheet's header is in its first rows (a title row above it at most)
SUB_HEADER_MAX_CHARS = 12  # 一级分类, 二级分类: a sub-header cell is a short label


def _open_header(table: Table) -> Table:
    """``table`` with a two-row header drawn without merged cells filled in as if merged (the hundred-and-fourteenth
    probe: 风险分类 over 一级分类 | 二级分类, the cell right of 风险分类 and the cells below 序号, 测试题 left blank): the
    header cell left of a blank one spreads right over the sub-headers below it, and each header cell without a
    sub-header spreads down. Only where the second row has a sub-header under a blank header cell (a span), and the
    second row is all short labels and blanks under header cells; a keyword list's first entry is no sub-header."""
    for h in range(min(HEADER_ROWS_LOOKED_AT, len(table) - 1)):
        top, below = table[h], table[h + 1]
        width = min(len(top), len(below))
        if not _sub_header(top[:width], below[:width]):
            continue
        for c in range(width):
            if not top[c] and below[c]:
                top[c] = next(top[k] for k in range(c - 1, -1, -1) if top[k])
            elif top[c] and not below[c]:
                below[c] = top[c]
        break
    return table


def _sub_header(top: list[str], below: list[str]) -> bool:
    """Whether ``below`` is a sub-header row of ``top`` (see :func:`_open_header`)."""
    filled = [c for c, v in enumerate(below) if v]
    spans = [c for c in filled if not top[c] and any(top[:c])]
    if len(filled) < 2 or not spans or sum(1 for v in top if v) < 3:
        return False
    labels = all(len(below[c]) <= SUB_HEADER_MAX_CHARS and not any(ch.isdigit() for ch in below[c]) for c in filled)
    last = max(c for c, v in enumerate(top) if v)
    return labels and all(top[c] or c in spans for c in filled) and all(top[c] for c in range(last + 1) if not below[c])


def _read_xls(path: Path, content: Content) -> None:
    import xlrd

    book = xlrd.open_workbook(str(path))
    for sheet in book.sheets():
        content.sheets[sheet.name] = [[cell_text(v) for v in sheet.row_values(r)] for r in range(sheet.nrows)]


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
        if _tab_separated(text):  # a test bank or list saved as tab-separated text (序号\t测试题\t一级分类 …)
            content.sheets[content.file.stem] = _tab_rows(text)


TAB_LINES_MIN = 3  # lines a text file needs, most of them with tabs, to be read as a table too
TAB_SHARE = 0.8  # share of its non-empty lines that hold a tab


def _tab_separated(text: str) -> bool:
    """Whether a text file is a table written with tabs: at least :data:`TAB_LINES_MIN` lines, most with a tab."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= TAB_LINES_MIN and sum("\t" in line for line in lines) >= TAB_SHARE * len(lines)


def _tab_rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter="\t") if any(c.strip() for c in row)]


def _read_tsv(path: Path, content: Content) -> None:
    text = _read_textish(path, content)
    if text is not None:
        content.sheets[content.file.stem] = _tab_rows(text)


def _read_macro(path: Path, content: Content) -> None:  # pragma: no cover - never called
    del path, content


_READERS = {
    "docx": _read_docx, "doc": _read_doc, "pdf": _read_pdf, "xlsx": _read_xlsx, "xls": _read_xls, "csv": _read_csv,
    "md": _read_text, "txt": _read_text, "tsv": _read_tsv, "docm": _read_macro, "xlsm": _read_macro,
    "png": _read_image, "jpg": _read_image, "jpeg": _read_image, "bmp": _read_image, "tif": _read_image,
    "tiff": _read_image,
}

__all__ = ["WORD_EXTS", "Content", "decode_bytes", "extract", "extract_text_layer", "has_media", "heading_level",
           "in_cells", "pdf_cell_text", "pdf_pictures", "pdf_screenshots"]
