"""The document model every rule reads: paragraphs with their section, tables as records, tick boxes.

A :class:`DocView` is built once per read file (:class:`~beian.prereview.extract.Content`).
Rules ask it for sentences, records of a table found by its header words, or tick boxes,
instead of searching raw text. Template placeholders (【请填写】) are kept apart: an
unfilled line is reported by the placeholder rule and is invisible to every other rule,
so "投诉举报渠道：【请填写】" never reads as a channel without a time limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from beian.prereview.extract import Content, in_cells, pdf_cell_text
from beian.prereview.vocab import fold, section, words

HEADING = re.compile(r"^\s*(?:第[一二三四五六七八九十百\d]+[章节部分条]|[一二三四五六七八九十]+[、.．]|"
                     r"[（(][一二三四五六七八九十]+[)）]|\d+(?:\.\d+)*[、.．]?\s)")
MAX_HEADING_CHARS = 40
SENTENCE_END = re.compile(r"(?<=[。；;！？!?])")
HEADER_SCAN_ROWS = 8


@dataclass(frozen=True)
class Para:
    """One paragraph (or PDF line) with its 1-based number and the heading it sits under."""

    index: int
    text: str
    section: str
    filled: bool  # read by the rules: no placeholder, or only a value masked at its end (see ``blank``)
    heading: bool = False
    blank: bool = False  # holds a placeholder the placeholder rule reports (a masked 0531-8265XXXX too)


@dataclass(frozen=True)
class Sentence:
    """A sentence or table row: its text, where it is, and the heading above it."""

    text: str
    where: str
    section: str = ""
    in_table: bool = False


# a table's caption right above it (表3-1 生成内容测试结果, 附表2：拒答测试情况): a short line naming the table, read with the
# heading as the table's subject (the hundred-and-ninety-third probe's rows 关键词抽检, 分类模型抽检 under 第三章 模型安全)
_CAPTION = re.compile(r"(?:附表|表)\s*[\d一二三四五六七八九十]+(?:[-－.．]\d+)?\s*[：:、.．]?\s*[^。；;]{2,30}")
# a short line naming what the table below holds, with no number (生成内容测试, 语料安全抽检结果: the two-hundred-and-seventeenth
# probe's results table under 第三部分 模型安全, its rows only 人工抽检, 关键词抽检, 分类模型抽检)
_BARE_CAPTION = re.compile(r"[^。；;，,：:\n]{2,18}(?:测试|抽检|评估|检测)(?:结果|情况|汇总)?[：:]?")
# a paragraph right above the table opening with such a name as its label (生成内容测试：题库二千题，覆盖三十一类风险。 over rows
# 人工抽检 | 1,000题 | 95.1%: the two-hundred-and-sixty-seventh probe, whose three rows were reported missing)
_CAPTION_LABEL = re.compile(r"([^。；;，,：:\n]{2,18}(?:测试|抽检|评估|检测)(?:结果|情况|汇总)?)[：:]")
# a sentence pointing at the table below (非拒答题库抽取300题进行测试，结果见表5。: the 218th probe's PDF, where the table's own
# caption fell elsewhere in the text layer; ……按风险类别分列如下（表4）。: the 221st)
_SEE_TABLE = re.compile(r"[^。；;\n]{2,40}(?:(?:结果|情况|如下)[^。；;\n]{0,4}(?:见|如)下?表\s*[\d一二三四五六七八九十]*[-－.．\d]*"
                        r"|如下\s*(?:[（(]\s*表\s*[\d一二三四五六七八九十]+[-－.．\d]*\s*[）)])?"
                        r"|如下表\s*[\d一二三四五六七八九十]*[-－.．\d]*)[。：:]?")  # ……明细如下表。


@dataclass(frozen=True)
class Grid:
    """A Word table or a spreadsheet sheet: where it is, its rows and the heading above it."""

    where: str
    rows: list[list[str]]
    section: str = ""
    is_sheet: bool = False
    set_aside: bool = False  # a sheet hidden in the workbook or named as not current (旧版（作废）): not the package's
    chapter: str = ""  # the numbered heading the section belongs to (2 语料安全 over 2.2 内容安全抽检), when there is one


_NUMBERED = re.compile(r"^\s*(\d+(?:[.．]\d+)+)")


def _chapter(before: list[Para]) -> str:
    """The heading one level up from the last numbered heading in ``before`` (2 语料安全 for 2.2 内容安全抽检), empty
    when the last heading is not numbered that way or its parent is not found."""
    last = next((p for p in reversed(before) if p.heading), None)
    m = _NUMBERED.match(last.text) if last is not None else None
    if m is None:
        return ""
    parent = re.split(r"[.．]", m.group(1))[:-1]
    for p in reversed(before):
        n = re.match(r"^\s*(\d+(?:[.．]\d+)*)(?!\d)[.．、\s]", p.text)
        if p.heading and n is not None and re.split(r"[.．]", n.group(1)) == parent:
            return p.text
    return ""


def _title_row(rows: list[list[str]]) -> str:
    """The table's first row when it is a caption alone (one filled cell reading 表4-1 ……汇总), else ''."""
    filled = [c.strip() for c in rows[0] if c.strip()] if rows else []
    if len(filled) != 1:
        return ""
    text = filled[0]
    return text if _CAPTION.fullmatch(text) or _BARE_CAPTION.fullmatch(text) else ""


@dataclass(frozen=True)
class Record:
    """A data row of a table, with its cells by canonical column name."""

    row: int
    cells: tuple[str, ...]
    fields: dict[str, str]
    where: str = ""  # the table it was read from, when that is not the Records' own (sheets read as one list)

    def get(self, key: str) -> str:
        """The cell under the canonical column ``key`` ('' when the table has no such column)."""
        return self.fields.get(key, "")


@dataclass
class Records:
    """A table read as records: which column is which, the data rows, the rows skipped and why."""

    grid: Grid
    header_row: int
    columns: dict[str, int]
    records: list[Record] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)

    @property
    def where(self) -> str:
        """Location of the table for findings."""
        return self.grid.where

    @property
    def header(self) -> list[str]:
        """The header cells as read."""
        return self.grid.rows[self.header_row - 1]

    def at(self, rec: Record) -> str:
        """Location of one record for findings: its table and row."""
        return f"{rec.where or self.where} 第{rec.row}行"

    def joined(self, others: list[Records]) -> Records:
        """These records followed by those of ``others`` (tables with the same columns: one list over several sheets)."""
        if not others:
            return self
        more = [replace(r, where=o.where) for o in others for r in o.records]
        return Records(self.grid, self.header_row, self.columns, self.records + more,
                       self.skipped + [s for o in others for s in o.skipped])


@dataclass(frozen=True)
class Tick:
    """A tick-box option: its label and whether it is ticked."""

    label: str
    checked: bool
    where: str


_PROMPTED = re.compile(r"[【\[（(](?:请|待)?填写[：:][^】\]）)]{1,30}[】\]）)]")  # 【请填写：标注项目名称】


# digits masked inside a number (账号UID 1736xxxx9021, 138XXXX5678): a filled-in value shown partly, not a blank
_MASKED = re.compile(r"(?<=\d)[xX]{2,}(?=\d)")


# a number written up to its last digits and masked from there (0531-8265XXXX, 400-8XX-XXXX): left to fill in, but the
# sentence around it is written (您可通过“意见反馈”入口、电话0531-8265XXXX投诉，7个工作日内处理: the hundred-and-twenty-fifth probe)
_MASKED_VALUE = re.compile(r"\d[\d-]*[xX]{1,}[\dxX-]*")


def masked_value(text: str) -> bool:
    """Whether the only placeholders in ``text`` are numbers masked from some digit on: the rest of it is read by the
    rules (the placeholder rule still reports the number)."""
    return _MASKED_VALUE.search(text) is not None and not is_placeholder(_MASKED_VALUE.sub("0", text))


def placeholder_at(text: str) -> re.Match[str] | None:
    """Where the first placeholder of ``text`` is (a template mark, a masked number, XXXX), or None."""
    marks = "|".join(re.escape(m) for m in words("safety", "placeholder"))
    masked = next((m for m in _MASKED_VALUE.finditer(text) if not _MASKED.search(m.group())), None)  # not 138XXXX5678
    found = [m for m in (re.search(marks, text, re.IGNORECASE), _PROMPTED.search(text), masked) if m]
    return min(found, key=lambda m: m.start()) if found else None


def is_placeholder(text: str) -> bool:
    """True when ``text`` still holds a template placeholder (``【请填写】``, or one that says what to fill in); an
    account number masked in its middle (1736xxxx9021: the eightieth probe) is filled in."""
    if "填写" not in text and "XXXX" not in text.upper():
        return False
    text = _MASKED.sub("", text)
    folded = fold(text)
    return any(p in folded for p in words("safety", "placeholder")) or _PROMPTED.search(text) is not None


def grid_of(where: str) -> str:
    """The table or sheet a row's location names (``附件.xlsx 工作表“备用模型” 第4行`` → ``附件.xlsx 工作表“备用模型”``)."""
    return where.rsplit(" 第", 1)[0]


def dedupe_cells(row: list[str]) -> list[str]:
    """Cells of a row with horizontally merged repeats collapsed (Word repeats merged cells)."""
    out: list[str] = []
    for cell in row:
        if not out or cell != out[-1] or not cell:
            out.append(cell)
    return out


class DocView:
    """Structured reading of one :class:`Content`."""

    def __init__(self, content: Content, *, sheets_as_text: bool = False) -> None:
        self.content = content
        self.file = content.file.rel
        self.sheets_as_text = sheets_as_text  # a Word material filled in as a workbook: its rows are its text

    @cached_property
    def paras(self) -> list[Para]:
        """Paragraphs with their section heading and placeholder state."""
        out: list[Para] = []
        section = ""
        for i, text in enumerate(self.content.paragraphs):
            text = without_translation(text)
            heading = bool(self.content.headings.get(i)) or _looks_like_heading(text)
            if heading:
                section = text
            blank = is_placeholder(text)
            out.append(Para(i + 1, text, section, not blank or masked_value(text), heading, blank))
        return out

    @cached_property
    def grids(self) -> list[Grid]:
        """Word tables (with the heading above each) and spreadsheet sheets."""
        out = []
        for t, rows in enumerate(self.content.tables, 1):
            anchor = self.content.table_anchor[t - 1] if t - 1 < len(self.content.table_anchor) else 0
            section = next((p.section for p in reversed(self.paras[:anchor])), "") if anchor > 0 else ""
            caption = self.paras[anchor - 1] if anchor > 0 and anchor - 1 < len(self.paras) else None
            if caption is not None and not caption.heading and (_CAPTION.fullmatch(caption.text.strip())
                                                                or _BARE_CAPTION.fullmatch(caption.text.strip())
                                                                or _SEE_TABLE.fullmatch(caption.text.strip())):
                section = f"{section} {caption.text.strip()}".strip()  # 表3-1 生成内容测试结果 over rows 关键词抽检, …
            elif caption is not None and not caption.heading and (lead := _CAPTION_LABEL.match(caption.text.strip())):
                section = f"{section} {lead.group(1)}".strip()  # 生成内容测试：题库二千题，……。 over rows 人工抽检, …
            title = _title_row(rows)
            if title and title not in section:  # the caption as the table's own first row (a PDF's 表4-1生成内容及非拒答测试
                section = f"{section} {title}".strip()  # 汇总 across the columns: the two-hundred-and-forty-fifth probe)
            out.append(Grid(f"{self.file} 表{t}", _current(rows), section, chapter=_chapter(self.paras[:anchor])))
        retired = set(set_aside(self.content))
        for name, rows in self.content.sheets.items():
            out.append(Grid(f"{self.file} 工作表“{name}”", _current(rows), name, is_sheet=True, set_aside=name in retired))
        return out

    @cached_property
    def filled_text(self) -> str:
        """Paragraphs and table rows without placeholder lines (what content rules search)."""
        return "\n".join(s.text for s in self.sentences())

    def sentences(self) -> list[Sentence]:
        """Filled paragraphs split into sentences, and filled table rows (cells joined by '：'); sheet rows too when
        the workbook stands in for a Word material."""
        return self._sentences

    @cached_property
    def _sentences(self) -> list[Sentence]:
        out: list[Sentence] = []
        for p in self.paras:
            if not p.filled or self._quoted_line(p.text) or self._table_line(p.text):
                continue
            for part in SENTENCE_END.split(p.text):
                if part.strip():
                    out.append(Sentence(part.strip(), f"{self.file} 第{p.index}段", p.section))
        for g in self.grids:
            if g.is_sheet and (g.set_aside or not self.sheets_as_text):
                continue  # a keyword list's or test bank's rows are data, not text; a hidden or draft sheet is not read
            quoted = quoted_columns(g.rows)
            for r, row in enumerate(g.rows, 1):
                if quoted:
                    row = [c for i, c in enumerate(row) if i not in quoted]
                cells = [c for c in dedupe_cells(row) if c]
                if cells and not any(is_placeholder(c) for c in cells):
                    out.append(Sentence("：".join(cells), f"{g.where} 第{r}行", g.section, True))
        return out

    @cached_property
    def _quoted_cells(self) -> list[str]:
        """A PDF's quoted-column cells (a clause table's 要求 copied from the standard), whitespace removed: its text
        layer holds them again as wrapped lines (“疗、心理咨询、金融等”, the sixtieth probe)."""
        if self.content.file.ext != "pdf":
            return []
        out = []
        for g in self.grids:
            quoted = quoted_columns(g.rows)
            out += [re.sub(r"\s+", "", row[i]) for row in g.rows for i in quoted if i < len(row) and row[i].strip()]
        return out

    def _quoted_line(self, text: str) -> bool:
        """Whether a PDF line is a wrapped piece of a quoted cell (after the clause number a row starts with)."""
        if not self._quoted_cells:
            return False
        line = re.sub(r"\s+", "", _ROW_CLAUSE.sub("", text))
        return len(line) >= QUOTED_LINE_MIN and any(line in cell for cell in self._quoted_cells)

    @cached_property
    def _pdf_cells(self) -> str:
        """A PDF's table cells, whitespace removed, joined by NUL ('' for other files and PDFs without tables)."""
        if self.content.file.ext != "pdf":
            return ""
        return pdf_cell_text([g.rows for g in self.grids if not g.is_sheet])

    def table_line(self, text: str) -> bool:
        """Whether a PDF paragraph is the text layer's copy of table cells already read as the table's rows."""
        return self._table_line(text)

    def _table_line(self, text: str) -> bool:
        """Whether a PDF line is the text layer's copy of table cells, read already as the table's rows: each run of
        it lies inside one cell. Read as prose, a cell wrapped mid-word cut its words apart (“拒绝出”/“具法律意见书”
        read 法律意见 as offered: the sixty-sixth probe)."""
        chunks = text.split()
        return sum(map(len, chunks)) >= QUOTED_LINE_MIN and in_cells(text, self._pdf_cells)

    def ticks(self) -> list[Tick]:
        """Tick-box options in paragraphs and table cells (☑■√ ticked, ☐□ not)."""
        checked = words("ticks", "checked")
        return [Tick(m.group(2), m.group(1) in checked, s.where)
                for s in self.sentences() for m in _tick_option().finditer(s.text)]


# 7 a) 2)、5.2 c)、9.1、A.1、第十条 (a short cell that starts so; a bare 1, 2, 3 is a row number, not a clause)
_CLAUSE_REF = re.compile(r"^\s*(?:(?:(?:1\d|[1-9])\.\d{1,2}(?:\.\d{1,2})*(?![\d.%％])(?:\s*[a-z][)）])?(?:\s*\d+[)）])?"
                         r"|(?:1\d|[1-9])\s*[a-z][)）](?:\s*\d+[)）])?|[A-Z]\.\d+(?:\.\d+)*)(?![\d%％])"
                         r"|第[一二三四五六七八九十百\d]+条)[\s\S]{0,12}$")  # not a figure: 91.0%, 98.50


def is_clause_ref(cell: str) -> bool:
    """True for a short cell naming a clause of the standard (7 a) 2)、5.2 c)、9.1、A.1、第十条)."""
    return _CLAUSE_REF.match(cell) is not None


QUOTED_LINE_MIN = 4  # characters a PDF line needs to be recognised as a piece of a quoted cell
_ROW_CLAUSE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\s*(?:[a-z][)）]\s*)?(?:\d{1,2}[)）]\s*)?")


# a translation after a slash in a script of China's minority languages (Uyghur and Kazakh in Arabic script, Tibetan,
# Mongolian): 是否面向未成年人 / قۇرامىغا يەتمىگەنلەر (the hundred-and-fifty-ninth probe's Chinese–Uyghur form)
_MINORITY_SCRIPT = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0f00-\u0fff\u1800-\u18af"
_TRANSLATION = re.compile(rf"\s*/\s*(?=[^\u4e00-\u9fff（(]*[{_MINORITY_SCRIPT}])[^\u4e00-\u9fff（(]+")


def without_translation(text: str) -> str:
    """``text`` without a translation into a minority script after a slash (``否 / ياق（…）`` → ``否（…）``): the Chinese
    side is what the rules read; a text in that script alone is kept."""
    return _TRANSLATION.sub("", text) if "/" in text else text


def _current(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows as the rules read them: translations into a minority script and a change table's 变更前 column
    left out."""
    rows = [[without_translation(c) for c in row] for row in rows]
    return without_columns(rows, former_columns(rows))


def former_columns(rows: list[list[str]]) -> set[int]:
    """The 变更前 column of a change table (事项 | 变更前 | 变更后): what the filing said before the change, not what this
    one states (vocabulary ``tables.change_columns``). Empty unless the header names both sides."""
    for header in rows[:2]:
        names = [fold(re.sub(r"[\s：:]+", "", c)) for c in header]
        before = {i for i, c in enumerate(names) if _side(c, "before")}
        if before and any(_side(c, "after") for i, c in enumerate(names) if i not in before):
            return before
    return set()


def _side(name: str, side: str) -> bool:
    """Whether a header cell names one side of a change: one of the words, or starting with one of three characters or
    more (变更前内容)."""
    return any(name == w or (len(w) >= 3 and name.startswith(w)) for w in words("tables", "change_columns", side))


def without_columns(rows: list[list[str]], columns: set[int]) -> list[list[str]]:
    """``rows`` without the cells of ``columns``."""
    return [[c for i, c in enumerate(row) if i not in columns] for row in rows] if columns else rows


def quoted_columns(rows: list[list[str]]) -> set[int]:
    """The columns of a clause-by-clause table (条款 | 要求 | 评估结果 | 说明) that quote the standard: the requirement
    column, when the header has a clause column too and most of that column's cells are clause numbers. Their words
    are the standard's, not the applicant's (vocabulary ``tables.clause_table``)."""
    for h, header in enumerate(rows[:2]):
        names = [fold(re.sub(r"[（(][^）)]{0,12}[）)]|\s+", "", c)) for c in header]  # 条款要求（摘录）
        clause = next((i for i, c in enumerate(names) if _clause_header(c)), None)
        wanted = {i for i, c in enumerate(names) if i != clause and _has(c, "requirement") and not _has(c, "not_requirement")}
        if clause is None or not wanted:
            continue
        refs = [row[clause] for row in rows[h + 1:] if clause < len(row) and row[clause].strip()]
        if refs and sum(is_clause_ref(c) for c in refs) * 2 >= len(refs):
            return wanted
    return set()


def _clause_header(name: str) -> bool:
    """A header naming the clause column: 条款, 标准章条, 条款号 (not 条款要求, the requirement), or just 编号."""
    return (_has(name, "clause") and not _has(name, "requirement")) or name in _names("clause_exact")


def _has(name: str, kind: str) -> bool:
    return any(w in name for w in _names(kind))


def _names(kind: str) -> frozenset[str]:
    """Folded header words of the clause table (vocabulary ``tables.clause_table``)."""
    return frozenset(fold(w) for w in words("tables", "clause_table", kind))


def _tick_option() -> re.Pattern[str]:
    """A tick mark and the option label after it."""
    marks = "".join(re.escape(m) for m in (*words("ticks", "checked"), *words("ticks", "unchecked")))
    return re.compile(rf"([{marks}])\s*([^{marks}\s，,；;。]{{1,16}})")


def ticked_options(text: str) -> list[str] | None:
    """The options ticked in a tick-box cell (“☑符合 ☐不符合 ☐不适用” → [符合]); None when it has no tick boxes."""
    found = _tick_option().findall(text)
    checked = words("ticks", "checked")
    return [label for mark, label in found if mark in checked] if found else None


def _looks_like_heading(text: str) -> bool:
    return len(text) <= MAX_HEADING_CHARS and not text.endswith(("。", "；", ";")) and bool(HEADING.match(text))


def _match_column(cell: str, synonyms: dict[str, tuple[str, ...]], fallback: frozenset[str]) -> tuple[str, int] | None:
    """The canonical column a header cell names: the longest synonym wins, fallback keys last."""
    folded = fold(re.sub(r"\s+", "", cell))
    best: tuple[str, int] | None = None
    for key, words_ in synonyms.items():
        length = max((len(w) for w in words_ if w and fold(w) in folded), default=0)
        if not length:
            continue
        score = length - (100 if key in fallback else 0)
        if best is None or score > best[1]:
            best = (key, score)
    return best


def header_columns(cells: list[str], synonyms: dict[str, tuple[str, ...]],
                   fallback: frozenset[str] = frozenset()) -> dict[str, int]:
    """Canonical column → index for one header row (each key to its best-matching column)."""
    scored: dict[str, tuple[int, int]] = {}
    for i, cell in enumerate(cells):
        if not cell or (i and cell == cells[i - 1]):
            continue
        hit = _match_column(cell, synonyms, fallback)
        if hit and (hit[0] not in scored or hit[1] > scored[hit[0]][1]):
            scored[hit[0]] = (i, hit[1])
    return {key: i for key, (i, _) in scored.items()}


def _combined_header(rows: list[list[str]], h: int) -> list[str]:
    """Header cells of row ``h`` joined with the row below when that row is a sub-header."""
    top = rows[h]
    below = rows[h + 1] if h + 1 < len(rows) else []
    if not below or sum(bool(re.search(r"\d", c)) for c in below) > len(below) // 3:
        return top
    return [f"{a}{b}" if b and b != a else a for a, b in zip(top, below + [""] * (len(top) - len(below)))]


def read_records(grid: Grid, synonyms: dict[str, tuple[str, ...]], *, need: tuple[str, ...] = (),
                 min_columns: int = 3, fallback: frozenset[str] = frozenset()) -> Records | None:
    """Read ``grid`` as records when one of its first rows is a header naming ``need`` and enough columns.

    Title rows above the header, a sub-header row below it, merged cells, and total / notes /
    blank rows at the bottom are recognised; skipped rows are listed with the reason.
    """
    best: tuple[int, dict[str, int], bool] | None = None
    for h, row in enumerate(grid.rows[:HEADER_SCAN_ROWS]):
        for combined in (False, True):
            cells = _combined_header(grid.rows, h) if combined else row
            cols = header_columns(cells, synonyms, fallback)
            if all(k in cols for k in need) and len(cols) >= min_columns and (best is None or len(cols) > len(best[1])):
                best = (h, cols, combined)
    if best is None:
        return None
    h, cols, combined = best
    table = Records(grid, h + 1, cols)
    for r in range(h + (2 if combined else 1), len(grid.rows)):
        _add_record(table, r + 1, grid.rows[r])
    return table


NOTE_LEAD = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹*＊※†‡①②③④⑤⑥⑦⑧⑨]|注\s*[\d¹²³⁴⁵⁶⁷⁸⁹]?\s*[:：])")
ROW_NUMBER = re.compile(r"\d{1,3}[.、]?")  # a bare row number (5, 5., 5、)


def note_row(filled: list[str]) -> bool:
    """Whether a table row's filled cells are one note (``¹ 注：……``, ``※……``), after a row number at most: the
    two-hundred-and-sixty-sixth probe's 数据溯源清单 wrote its footnote in the 名称 column of a numbered row, and it was
    read as a dataset with every field empty."""
    text = [c for c in filled if not ROW_NUMBER.fullmatch(c)]
    return len(text) == 1 and len(filled) <= 2 and NOTE_LEAD.match(text[0]) is not None


def _add_record(table: Records, number: int, row: list[str]) -> None:
    cells = [c.strip() for c in row]
    filled = [c for c in cells if c]
    if not filled:
        return
    first = fold(filled[0]).strip("：: ")
    if any(first.startswith(fold(w)) for w in words("tables", "skip_rows")):
        table.skipped.append((number, f"“{filled[0][:10]}”行"))
        return
    if note_row(filled):
        table.skipped.append((number, "表下注释行"))
        return
    if len(set(filled)) == 1 and len(cells) > 2:
        table.skipped.append((number, "通栏说明行"))
        return
    header = [fold(c) for c in table.header]
    if sum(fold(c) in header for c in filled) >= max(2, len(filled) - 1):
        table.skipped.append((number, "重复的表头行"))
        return
    fields = {k: cells[i] if i < len(cells) else "" for k, i in table.columns.items()}
    table.records.append(Record(number, tuple(cells), fields))


def set_aside(content: Content) -> list[str]:
    """Sheets not counted: hidden in the workbook, or named as not current (已停用词条, 旧版题目, 备份)."""
    retired = [fold(w) for w in section("tables", "retired_sheets")]
    return [name for name in content.sheets
            if name in content.hidden_sheets or any(w in fold(name) for w in retired)]
