"""Read old Word files (``.doc``, Word 97–2003 binary): paragraphs, tables, heading levels, revisions and comments.

The container is an OLE compound file, opened with ``olefile`` (the maintained reader oletools builds on). Inside it
the text is not stored in order: the ``WordDocument`` stream holds the characters, and a *piece table* (the CLX in the
``0Table``/``1Table`` stream) says which stretch of bytes is which stretch of the document, each either UTF-16 or
one byte per character ([MS-DOC] 2.4.1). Paragraph properties (in a table or not, the end of a table row, the style)
and character properties (deleted or inserted by tracked changes) are in 512-byte *FKP* pages, found through the
PlcBtePapx and PlcBteChpx tables ([MS-DOC] 2.9.* , 2.6). This module follows the specification directly: no Python
library that reads .doc is both maintained and pure Python (antiword, catdoc and LibreOffice are programs to install
beside Python, which the two install commands of the README cannot do).

What is read as python-docx reads a .docx: the main text only (not headers, footnotes or comment text); field codes
left out and field results kept (``PAGE`` gives its number, a hyperlink its text); tracked deletions left out and
counted with insertions as revisions; a cell's paragraphs joined by ``\\n``; a table nested in a cell read as text of
the outer cell. Heading levels come from the fixed styles ``heading 1``–``heading 9`` (istd 1–9).
"""

from __future__ import annotations

import bisect
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORD_IDENT = 0xA5EC
WORD_97 = 0x00C1  # nFib of Word 97; Word 6 and 95 files (nFib 0x65-0x68) have another layout
F_ENCRYPTED, F_WHICH_TABLE, F_OBFUSCATED = 0x0100, 0x0200, 0x8000
FKP_PAGE = 512
COMPRESSED = 0x40000000
# [MS-DOC] 2.5.1 FibRgFcLcb97: pairs (fc, lcb) by index
STYLES_PAIR, CHPX_PAIR, PAPX_PAIR, CLX_PAIR = 1, 12, 13, 33
# sprms read ([MS-DOC] 2.6.1, 2.6.2)
SPRM_IN_TABLE, SPRM_TTP, SPRM_ITAP, SPRM_INNER_TTP, SPRM_INNER_CELL = 0x2416, 0x2417, 0x6649, 0x244C, 0x244B
SPRM_DELETED, SPRM_INSERTED, SPRM_DATA, SPRM_PIC_LOCATION = 0x0800, 0x0801, 0x0806, 0x6A03
SPRM_DEF_TABLE, SPRM_HUGE_PAPX = 0xD608, 0x6646
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by spra (sprm >> 13); 6: variable
HEADING_STIS = range(1, 10)  # built-in style ids (sti) of heading 1 ... heading 9, whatever the style is called
TITLE_STI, USER_STI = 62, 0x0FFE  # the built-in Title style; a style the user made (read by its name)
PARAGRAPH, CELL, FIELD_BEGIN, FIELD_SEPARATE, FIELD_END = "\r", "\x07", "\x13", "\x14", "\x15"
PICTURE = "\x01"
PICTURES = frozenset("\x01\x08")  # an inline picture, a drawn object (a text box, a floating picture)
LINE_BREAK, PAGE_BREAK, COMMENT_MARK = "\x0b", "\x0c", "\x05"
_DROPPED = dict.fromkeys(map(ord, "\x00\x01\x02\x03\x04\x05\x06\x08\x1f"), None) | {0x1E: "-", 0x0B: "\n"}


class WordDocError(Exception):
    """A .doc file that cannot be read; ``kind``: ``encrypted``, ``too_old`` (Word 95 or before), ``not_word`` or
    ``damaged``."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(detail or kind)
        self.kind = kind


@dataclass
class WordText:
    """What a .doc file holds, in the shape :class:`beian.prereview.extract.Content` takes."""

    paragraphs: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    table_anchor: list[int] = field(default_factory=list)
    headings: dict[int, int] = field(default_factory=dict)
    revisions: int = 0
    comments: int = 0
    pictures: int = 0


@dataclass(frozen=True)
class _Para:
    """Paragraph properties of one run of file positions: in a table (depth), the end of a row (with the row's cell
    boundaries and merge flags, from sprmTDefTable), the style."""

    depth: int = 0
    row_end: bool = False
    istd: int = 0
    edges: tuple[int, ...] = ()
    merges: tuple[int, ...] = ()


def read_doc(data: bytes) -> WordText:
    """The text of a Word 97–2003 file given as bytes; raises :class:`WordDocError`."""
    import olefile

    if data[:8] != OLE_MAGIC:  # (olefile.isOleFile takes bytes shorter than a header for a file name)
        raise WordDocError("not_word", "不是 OLE 复合文件")
    try:
        with olefile.OleFileIO(data) as ole:
            if not ole.exists("WordDocument"):
                raise WordDocError("not_word", "没有 WordDocument 流")
            word = ole.openstream("WordDocument").read()
            flags = _u16(word, 0x0A) if len(word) >= 0x0C else 0
            if flags & (F_ENCRYPTED | F_OBFUSCATED):
                raise WordDocError("encrypted")
            if len(word) >= 4 and _u16(word, 0) == WORD_IDENT and _u16(word, 2) < WORD_97:
                raise WordDocError("too_old")
            name = "1Table" if flags & F_WHICH_TABLE else "0Table"
            if not ole.exists(name):
                raise WordDocError("damaged", f"没有 {name} 流")
            table = ole.openstream(name).read()
            data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
    except WordDocError:
        raise
    except Exception as exc:  # olefile raises OSError and its own errors on a damaged container
        raise WordDocError("damaged", type(exc).__name__) from exc
    try:
        return _read(word, table, data_stream)
    except (struct.error, IndexError, ValueError) as exc:
        raise WordDocError("damaged", type(exc).__name__) from exc


def _read(word: bytes, table: bytes, data: bytes) -> WordText:
    if _u16(word, 0) != WORD_IDENT:
        raise WordDocError("not_word", "文件头不是 Word 文档")
    text_chars, pairs = _fib(word)
    pieces = list(_pieces(word, _clx(table, *pairs(CLX_PAIR))))
    paras = _Runs(_papx(word, table, data, *pairs(PAPX_PAIR)), _Para())
    chars = _Runs(_chpx(word, table, *pairs(CHPX_PAIR)), _Chars())
    return _Builder(paras, _heading_levels(table, *pairs(STYLES_PAIR))).build(_visible(pieces, text_chars, chars, data))


def _u16(b: bytes, at: int) -> int:
    return int(struct.unpack_from("<H", b, at)[0])


def _u32(b: bytes, at: int) -> int:
    return int(struct.unpack_from("<I", b, at)[0])


def _fib(word: bytes) -> tuple[int, Callable[[int], tuple[int, int]]]:
    """The main text's length in characters (ccpText) and a function giving the (fc, lcb) pair at an index."""
    csw = _u16(word, 32)
    lw = 34 + 2 * csw + 2
    cslw = _u16(word, lw - 2)
    text_chars = struct.unpack_from("<i", word, lw + 3 * 4)[0]
    blob = lw + 4 * cslw + 2
    count = _u16(word, blob - 2)

    def pair(index: int) -> tuple[int, int]:
        if index >= count:
            return 0, 0
        return _u32(word, blob + 8 * index), _u32(word, blob + 8 * index + 4)

    return max(0, text_chars), pair


def _clx(table: bytes, fc: int, lcb: int) -> bytes:
    """The PlcPcd of the piece table: skip the Prc blocks, then the Pcdt ([MS-DOC] 2.9.38)."""
    clx, at = table[fc:fc + lcb], 0
    while at < len(clx) and clx[at] == 0x01:
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise WordDocError("damaged", "找不到文字片段表")
    size = _u32(clx, at + 1)
    return clx[at + 5:at + 5 + size]


def _pieces(word: bytes, plc: bytes) -> Iterator[tuple[int, str, int, int]]:
    """Each piece as (first cp, its text, file position of its first character, bytes per character)."""
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    for k in range(n):
        fc = _u32(plc, 4 * (n + 1) + 8 * k + 2)
        length = cps[k + 1] - cps[k]
        if fc & COMPRESSED:
            at = (fc & ~COMPRESSED) // 2
            yield cps[k], word[at:at + length].decode("cp1252", errors="replace"), at, 1
        else:
            yield cps[k], word[fc:fc + 2 * length].decode("utf-16-le", errors="replace"), fc, 2


def _heading_levels(table: bytes, fc: int, lcb: int) -> dict[int, int]:
    """Heading level by style index (istd), from the stylesheet ([MS-DOC] 2.9.271 STSH): built-in heading 1–9 and
    Title by their style id, a style the user made by its name (``标题 2``), as a .docx's are read."""
    from beian.prereview.extract import heading_level

    stsh, levels = table[fc:fc + lcb], dict[int, int]()
    if len(stsh) < 6:
        return levels
    at = 2 + _u16(stsh, 0)
    styles, base = _u16(stsh, 2), _u16(stsh, 4)
    for istd in range(styles):
        if at + 2 > len(stsh):
            break
        size = _u16(stsh, at)
        std = stsh[at + 2:at + 2 + size]
        at += 2 + size
        if len(std) < base + 2:
            continue
        sti = _u16(std, 0) & 0x0FFF
        if sti in HEADING_STIS:
            levels[istd] = sti
        elif sti == TITLE_STI:
            levels[istd] = 1
        elif sti == USER_STI and (level := heading_level(_style_name(std, base))):
            levels[istd] = level
    return levels


def _style_name(std: bytes, at: int) -> str:
    chars = _u16(std, at)
    return std[at + 2:at + 2 + 2 * chars].decode("utf-16-le", errors="replace")


T = TypeVar("T")


class _Runs(Generic[T]):
    """Properties by file position: sorted, non-overlapping runs ``[start, end)`` and their values."""

    def __init__(self, runs: list[tuple[int, int, T]], default: T) -> None:
        runs.sort(key=lambda r: r[0])
        self._starts = [r[0] for r in runs]
        self._runs = runs
        self._default = default

    def at(self, fc: int) -> T:
        k = bisect.bisect_right(self._starts, fc) - 1
        if k >= 0 and fc < self._runs[k][1]:
            return self._runs[k][2]
        return self._default


def _fkp_pages(word: bytes, table: bytes, fc: int, lcb: int) -> Iterator[bytes]:
    """The FKP pages a PlcBteChpx/PlcBtePapx points to ([MS-DOC] 2.8.6, 2.8.7)."""
    if lcb < 12:
        return
    n = (lcb - 4) // 8
    for k in range(n):
        pn = _u32(table, fc + 4 * (n + 1) + 4 * k) & 0x3FFFFF
        page = word[pn * FKP_PAGE:(pn + 1) * FKP_PAGE]
        if len(page) == FKP_PAGE:
            yield page


def _fkp_entries(word: bytes, table: bytes, fc: int, lcb: int, entry: int) -> Iterator[tuple[bytes, int, int, int]]:
    """Each run of the FKP pages as (page, first file position, end, its properties' word offset in the page; 0: none):
    ``entry`` bytes per run after the positions (13 in a PAPX page, 1 in a CHPX page)."""
    for page in _fkp_pages(word, table, fc, lcb):
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            yield page, fcs[i], fcs[i + 1], page[4 * (crun + 1) + entry * i]


def _papx(word: bytes, table: bytes, data: bytes, fc: int, lcb: int) -> list[tuple[int, int, _Para]]:
    return [(start, end, _para(page, 2 * b, data) if b else _Para())
            for page, start, end, b in _fkp_entries(word, table, fc, lcb, 13)]


def _para(page: bytes, at: int, data: bytes) -> _Para:
    cb = page[at]
    grpprl = page[at + 2:at + 2 + 2 * page[at + 1]] if cb == 0 else page[at + 1:at + 2 * cb]
    istd = _u16(grpprl, 0) if len(grpprl) >= 2 else 0
    depth, row_end = 0, False
    edges: tuple[int, ...] = ()
    merges: tuple[int, ...] = ()
    for sprm, operand in _paragraph_sprms(grpprl, data):
        if sprm == SPRM_IN_TABLE and operand[:1] == b"\x01":
            depth = max(depth, 1)
        elif sprm == SPRM_ITAP and len(operand) == 4:
            depth = _u32(operand, 0)
        elif sprm in (SPRM_TTP, SPRM_INNER_TTP) and operand[:1] == b"\x01":
            row_end = sprm == SPRM_TTP or row_end
            depth = max(depth, 1)
        elif sprm == SPRM_DEF_TABLE:
            edges, merges = _row_layout(operand)
    return _Para(depth, row_end, istd, edges, merges)


def _paragraph_sprms(grpprl: bytes, data: bytes) -> Iterator[tuple[int, bytes]]:
    """A PAPX's sprms after its style, those kept in the Data stream included (sprmPHugePapx: a table row's
    properties too long for the FKP page, [MS-DOC] 2.6.2 and 2.9.212)."""
    for sprm, operand in _sprms(grpprl, 2):
        if sprm == SPRM_HUGE_PAPX and len(operand) == 4:
            at = _u32(operand, 0)
            if at + 2 <= len(data):
                yield from _sprms(data[at + 2:at + 2 + _u16(data, at)], 0)
        else:
            yield sprm, operand


TC_SIZE = 20  # a TC80 ([MS-DOC] 2.9.327)
H_MERGED, V_MERGED, V_RESTART = 0x0002, 0x0020, 0x0040


def _row_layout(operand: bytes) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A row's cell boundaries (twips) and each cell's merge flags, from a TDefTableOperand ([MS-DOC] 2.9.318)."""
    if len(operand) < 3:
        return (), ()
    cells = operand[2]
    at = 3 + 2 * (cells + 1)
    if len(operand) < at:
        return (), ()
    edges = struct.unpack_from(f"<{cells + 1}h", operand, 3)
    merges = tuple(_u16(operand, at + TC_SIZE * k) if at + TC_SIZE * k + 2 <= len(operand) else 0
                   for k in range(cells))
    return edges, merges


@dataclass(frozen=True)
class _Chars:
    """Character properties read: tracked-change marks, and where a form field's FFDATA is in the Data stream."""

    marks: frozenset[int] = frozenset()
    data_at: int | None = None


def _chpx(word: bytes, table: bytes, fc: int, lcb: int) -> list[tuple[int, int, _Chars]]:
    runs = [(start, end, _char_props(page[2 * b + 1:2 * b + 1 + page[2 * b]]))
            for page, start, end, b in _fkp_entries(word, table, fc, lcb, 1) if b]
    return [r for r in runs if r[2] != _Chars()]


def _char_props(grpprl: bytes) -> _Chars:
    marks, at, is_data = set(), None, False
    for sprm, operand in _sprms(grpprl, 0):
        if sprm in (SPRM_DELETED, SPRM_INSERTED) and operand[:1] == b"\x01":
            marks.add(sprm)
        elif sprm == SPRM_PIC_LOCATION and len(operand) == 4:
            at = _u32(operand, 0)
        elif sprm == SPRM_DATA and operand[:1] == b"\x01":
            is_data = True
    return _Chars(frozenset(marks), at if is_data else None)


FF_VERSION, CHECKBOX, RESULT_DEFAULT = 0xFFFFFFFF, 1, 25


def _form_checkbox(data: bytes, at: int) -> str:
    """☑ or □ for a check-box form field whose FFDATA ([MS-DOC] 2.9.78) is at ``at`` in the Data stream (after the
    4-byte size and the header whose size follows it); '' for a text or drop-down field or unreadable data."""
    try:
        ff = at + _u16(data, at + 4)
        bits = _u16(data, ff + 4)
        if _u32(data, ff) != FF_VERSION or bits & 0x3 != CHECKBOX:
            return ""
        result = (bits >> 2) & 0x1F
        if result == RESULT_DEFAULT:  # the default state wDef, after cch, hps and the field's name (an Xstz)
            name = ff + 10
            result = _u16(data, name + 2 + 2 * _u16(data, name) + 2)
    except struct.error:
        return ""
    return "☑" if result else "□"


def _sprms(grpprl: bytes, at: int) -> Iterator[tuple[int, bytes]]:
    """Each (sprm, operand) of a grpprl ([MS-DOC] 2.6: the operand's size is in the sprm's top three bits)."""
    while at + 2 <= len(grpprl):
        sprm = _u16(grpprl, at)
        at += 2
        spra = sprm >> 13
        if spra != 6:
            size = _OPERAND[spra]
        elif sprm == SPRM_DEF_TABLE:
            size = _u16(grpprl, at) + 1 if at + 2 <= len(grpprl) else 0
        else:
            size = 1 + grpprl[at] if at < len(grpprl) else 0
        yield sprm, grpprl[at:at + size]
        at += size


@dataclass
class _Field:
    """An open field: showing its result yet (past its separator), and the check box its code's data gives."""

    showing: bool = False
    box: str = ""


def _visible(pieces: list[tuple[int, str, int, int]], text_chars: int, chars: _Runs[_Chars],
             data: bytes) -> Iterator[tuple[str, int, frozenset[int]]]:
    """The main text's characters with their file positions and revision marks; field codes left out, a check-box
    form field given as ☑ or □ where its result would be."""
    fields: list[_Field] = []
    for cp, text, fc, width in pieces:
        for k, c in enumerate(text[:max(0, text_chars - cp)]):
            pos = fc + width * k
            if c == FIELD_BEGIN:
                fields.append(_Field())
            elif c in (FIELD_SEPARATE, FIELD_END) and fields:
                field_ = fields.pop() if c == FIELD_END else fields[-1]
                field_.showing = True
                if field_.box and all(f.showing for f in fields):
                    yield field_.box, pos, chars.at(pos).marks
                field_.box = ""
            elif all(f.showing for f in fields):
                yield c, pos, chars.at(pos).marks
            elif c == PICTURE and not fields[-1].showing:  # in a field's code: a form field's data
                at = chars.at(pos).data_at
                fields[-1].box = _form_checkbox(data, at) if at is not None else ""


class _Builder:
    """Paragraphs and tables out of the character stream."""

    def __init__(self, paras: _Runs[_Para], headings: dict[int, int]) -> None:
        self._paras = paras
        self._headings = headings
        self.out = WordText()
        self._line: list[str] = []
        self._cell: list[str] = []
        self._row: list[str] = []
        self._rows: list[_Row] = []
        self._marked: frozenset[int] = frozenset()

    def build(self, chars: Iterator[tuple[str, int, frozenset[int]]]) -> WordText:
        for c, pos, marks in chars:
            self._revision(marks)
            if SPRM_DELETED in marks:
                continue
            if c == COMMENT_MARK:
                self.out.comments += 1
            elif c in PICTURES:
                self.out.pictures += 1
            if c in (PARAGRAPH, CELL, PAGE_BREAK):
                self._mark(c, self._paras.at(pos))
            else:
                self._line.append(c)
        self._mark(PARAGRAPH, _Para())
        self._end_table()
        return self.out

    def _revision(self, marks: frozenset[int]) -> None:
        if marks and marks != self._marked:
            self.out.revisions += 1
        self._marked = marks

    def _mark(self, c: str, para: _Para) -> None:
        text = "".join(self._line).translate(_DROPPED).strip()
        self._line = []
        if para.depth == 0 or c == PAGE_BREAK:
            self._end_table()
            self._paragraph(text, para.istd)
        elif para.depth > 1:
            self._cell.append(text)  # a nested table: its cells are text of the outer cell
        elif c == PARAGRAPH:
            self._cell.append(text)  # a paragraph inside a cell
        elif para.row_end:
            if self._row:
                self._rows.append(_Row(self._row, para.edges, para.merges))
            self._row = []
        else:
            self._cell.append(text)
            self._row.append("\n".join(p for p in self._cell if p))
            self._cell = []

    def _paragraph(self, text: str, istd: int) -> None:
        if not text:
            return
        if istd in self._headings:
            self.out.headings[len(self.out.paragraphs)] = self._headings[istd]
        self.out.paragraphs.append(text)

    def _end_table(self) -> None:
        if self._row:
            self._rows.append(_Row(self._row))
        if self._rows:
            self.out.table_anchor.append(len(self.out.paragraphs))
            self.out.tables.append(_grid(self._rows))
        self._rows, self._row, self._cell = [], [], []


@dataclass
class _Row:
    cells: list[str]
    edges: tuple[int, ...] = ()
    merges: tuple[int, ...] = ()


EDGE_SLACK = 10  # twips: boundaries this close are one grid line (rows drawn by hand are not exactly aligned)


def _grid(rows: list[_Row]) -> list[list[str]]:
    """The table's rows as python-docx gives a .docx table's: a cell spanning several grid columns once per column, a
    vertically merged cell with the text of its first cell (the grid lines are every row's cell boundaries)."""
    lines: list[int] = []
    for edge in sorted({e for r in rows for e in r.edges}):
        if not lines or edge - lines[-1] > EDGE_SLACK:
            lines.append(edge)
    above: dict[int, str] = {}
    out = []
    for row in rows:
        if len(row.edges) != len(row.cells) + 1:
            out.append(row.cells)  # no layout for this row: its cells as they are
            continue
        cells: list[str] = []
        for k, text in enumerate(row.cells):
            flags = row.merges[k] if k < len(row.merges) else 0
            cols = [i for i, line in enumerate(lines[:-1]) if row.edges[k] - EDGE_SLACK <= line < row.edges[k + 1] - EDGE_SLACK]
            if flags & H_MERGED and cells:
                text = cells[-1]
            elif flags & V_MERGED and not flags & V_RESTART and cols:
                text = above.get(cols[0], text)
            for i in cols or [-1]:
                cells.append(text)
                above[i] = text
        out.append(cells)
    return out


__all__ = ["WordDocError", "WordText", "read_doc"]
