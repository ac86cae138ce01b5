"""Write a lexicon in the CAC keyword-list layout (xlsx), as CSV or as grouped text.

一级分类 is the risk's class name (e.g. 包含违反社会主义核心价值观的内容),
二级分类 the risk's name; an unmapped term gets 一级分类 ``未分类`` and its original
category as 二级分类.

What is written counts as ``beian lexicon stats`` counts: a word (after NFKC + case
folding) is one row per risk it is listed under, and an unmapped listing is dropped
when the same word is mapped elsewhere. Control characters (line breaks included),
which the matcher deletes when folding, are removed from entries. Always-block terms
keep their ``!`` in txt and a 始终拦截 column after the official ones in csv/xlsx; entries
starting with ``#`` / ``!`` get the ``\\`` escape in txt, and spreadsheet formula
characters are neutralised (a text cell in xlsx, a leading ``'`` in csv).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from beian.errors import InputError, UsageError
from beian.text.lexicon import ALWAYS_COLUMNS, ALWAYS_MARKS, CONTEXT_COLUMNS, CONTEXT_MARK, ESCAPE
from beian.text.lexicon_stats import normalize_key
from beian.text.terms import Lexicon, Term

if TYPE_CHECKING:
    from beian.standard import Profile

EXPORT_FORMATS = ("cac-xlsx", "csv", "txt")
FORMAT_SUFFIXES = {".xlsx": "cac-xlsx", ".csv": "csv", ".txt": "txt"}
"""Output extension → the format it implies (``--format`` may be left out)."""
UNWRITABLE_SUFFIXES = (".xls", ".xlsm", ".tsv")
UNCLASSIFIED = "未分类"
ALWAYS_COLUMN = ALWAYS_COLUMNS[0]
CONTEXT_COLUMN = CONTEXT_COLUMNS[0]
ALWAYS_YES = "是"
_WIDTHS = (40, 36, 40, 10)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_STRIP = " \t\r\n\u3000\ufeff\u00a0"
_TXT_ESCAPED = re.compile(r"^\\*[#!！]")
_TABLE_ESCAPED = re.compile(r"^(?:\\*[!！]|\\+#)")  # a plain leading # needs none under a header
_CSV_FORMULA = re.compile(r"^'*[=+\-@]")


@dataclass(frozen=True)
class ExportRow:
    """One row of the keyword list."""

    text: str
    first: str
    second: str
    always: bool = False
    context: tuple[str, ...] = ()  # the words of a context rule (``人大 && 代表|常委会``)


@dataclass
class ExportPlan:
    """The rows to write and what the user should be told about them."""

    rows: list[ExportRow] = field(default_factory=list)
    n_input: int = 0
    cleaned: list[Term] = field(default_factory=list)
    """Input entries that held control characters (removed in the export)."""
    dropped: list[Term] = field(default_factory=list)
    """Input entries that were nothing but control characters and spaces."""

    @property
    def n_words(self) -> int:
        """Distinct words written (a word under two risks is one word, two rows)."""
        return len({normalize_key(r.text) for r in self.rows})

    @property
    def n_multi_risk(self) -> int:
        """Words written under more than one risk (one row each)."""
        rows = Counter(normalize_key(r.text) for r in self.rows)
        return sum(1 for n in rows.values() if n > 1)

    @property
    def n_merged(self) -> int:
        """Input entries that got no row of their own (duplicates)."""
        return self.n_input - len(self.dropped) - len(self.rows)

    @property
    def has_always(self) -> bool:
        """True when some row is always-block (the tables then get the 始终拦截 column)."""
        return any(r.always for r in self.rows)

    @property
    def has_context(self) -> bool:
        """True when some row has a context rule (the tables then get the 语境词 column)."""
        return any(r.context for r in self.rows)


def clean_entry(text: str) -> str:
    """``text`` without control characters (the matcher deletes them when folding), trimmed."""
    return _CONTROL.sub("", text).strip(_STRIP)


def plan_export(lexicon: Lexicon, profile: Profile) -> ExportPlan:
    """The keyword-list rows for ``lexicon``: one per (word, risk), the first spelling of each word."""
    plan = ExportPlan(n_input=len(lexicon.terms))
    entries = list(_cleaned_entries(lexicon.terms, plan))
    mapped = {key for key, _, term in entries if term.risk is not None}
    always = {key for key, _, term in entries if term.always_block}
    context: dict[str, tuple[str, ...]] = {}
    for key, _, term in entries:
        if term.context:
            context[key] = tuple(dict.fromkeys((*context.get(key, ()), *term.context)))
    spelling: dict[str, str] = {}
    seen: set[tuple[str, str | None]] = set()
    for key, text, term in entries:
        spelling.setdefault(key, text)
        pair = (key, term.risk)
        if (term.risk is None and key in mapped) or pair in seen:
            continue
        seen.add(pair)
        plan.rows.append(ExportRow(spelling[key], *_classes(term, profile), always=key in always,
                                   context=context.get(key, ())))
    return plan


def _cleaned_entries(terms: Sequence[Term], plan: ExportPlan) -> Iterator[tuple[str, str, Term]]:
    """``(key, text, term)`` for each term, control characters removed (noted in ``plan``)."""
    for term in terms:
        text = term.text
        if _CONTROL.search(text):
            text = clean_entry(text)
            (plan.cleaned if text else plan.dropped).append(term)
            if not text:
                continue
        yield normalize_key(text), text, term


def cac_rows(lexicon: Lexicon, profile: Profile) -> Iterator[tuple[str, str, str]]:
    """``(关键词, 一级分类, 二级分类)`` for each row of :func:`plan_export`, in lexicon order."""
    for row in plan_export(lexicon, profile).rows:
        yield row.text, row.first, row.second


def _classes(term: Term, profile: Profile) -> tuple[str, str]:
    category = clean_entry(term.category or "")
    if term.risk is None:
        return UNCLASSIFIED, category
    try:
        risk = profile.risk(term.risk)
    except KeyError:
        return UNCLASSIFIED, category or term.risk
    return profile.class_name(risk.class_id), risk.name


def export_format(fmt: str | None, output: Path) -> str:
    """The format to write ``output`` in: ``fmt``, else the one its extension implies; a contradiction
    (``-f cac-xlsx -o 词表.csv``) or an extension beian cannot write is a :class:`UsageError`."""
    suffix = Path(output).suffix.lower()
    implied = FORMAT_SUFFIXES.get(suffix)
    choices = " / ".join(EXPORT_FORMATS)
    if fmt is not None and fmt not in EXPORT_FORMATS:
        raise UsageError(f"不支持的导出格式：{fmt}", hint=f"可选：{choices}")
    if suffix in UNWRITABLE_SUFFIXES:
        raise UsageError(f"不能导出为 {suffix} 文件", hint="请使用 .xlsx（附件4）、.csv 或 .txt 扩展名")
    if fmt is None:
        if implied is None:
            raise UsageError(f"无法从输出文件名 {Path(output).name} 判断导出格式",
                             hint=f"请用 --format 指定（{choices}），或使用 .xlsx / .csv / .txt 扩展名")
        return implied
    if implied is not None and implied != fmt:
        wanted = next(s for s, f in FORMAT_SUFFIXES.items() if f == fmt)
        raise UsageError(f"导出格式 {fmt} 与输出文件扩展名 {suffix} 不一致",
                         hint=f"{fmt} 格式请用 {wanted} 扩展名，或去掉 --format 由扩展名决定格式")
    return fmt


def check_not_an_input(output: Path, inputs: Sequence[Path]) -> None:
    """Refuse to write the export over one of the lexicons it is read from."""
    target = Path(output).resolve()
    for path in inputs:
        if Path(path).resolve() == target or (target.exists() and Path(path).exists()
                                              and Path(path).samefile(target)):
            raise UsageError(f"输出文件 {output} 就是输入的词库文件，导出会覆盖原词库",
                             hint="请用 -o 指定另一个文件名")


def export_lexicon(lexicon: Lexicon, path: Path, profile: Profile, fmt: str = "cac-xlsx") -> int:
    """Write ``lexicon`` to ``path`` in ``fmt``; returns how many rows were written."""
    return len(write_export(lexicon, path, profile, fmt).rows)


def write_export(lexicon: Lexicon, path: Path, profile: Profile, fmt: str = "cac-xlsx") -> ExportPlan:
    """Write ``lexicon`` to ``path`` in ``fmt``; returns the plan (rows, merged and cleaned entries)."""
    writers: dict[str, Callable[[ExportPlan, Path, Profile], None]] = {
        "cac-xlsx": _write_xlsx, "csv": _write_csv, "txt": _write_txt}
    if fmt not in writers:
        raise UsageError(f"不支持的导出格式：{fmt}", hint=f"可选：{' / '.join(EXPORT_FORMATS)}")
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise InputError(f"输出目录不存在：{path.parent}")
    plan = plan_export(lexicon, profile)
    writers[fmt](plan, path, profile)
    return plan


def _header(plan: ExportPlan, profile: Profile) -> list[str]:
    layout = list(profile.excel_layouts["keyword_list"])
    return [*layout, *([ALWAYS_COLUMN] if plan.has_always else []), *([CONTEXT_COLUMN] if plan.has_context else [])]


def _table_rows(plan: ExportPlan, escape: Callable[[str], object]) -> Iterator[list[object]]:
    """The rows of the csv/xlsx list; a keyword gets the ``\\`` escape before a literal leading ``!``."""
    always_column, context_column = plan.has_always, plan.has_context  # each a pass over the rows: once
    for row in plan.rows:
        text = ESCAPE + row.text if _TABLE_ESCAPED.match(row.text) else row.text
        cells: list[object] = [escape(text), escape(row.first), escape(row.second)]
        if always_column:
            cells.append(ALWAYS_YES if row.always else None)
        if context_column:
            cells.append(escape("|".join(row.context)) if row.context else None)
        yield cells


def _write_xlsx(plan: ExportPlan, path: Path, profile: Profile) -> None:
    """The CAC keyword-list workbook (bold frozen header, sized columns), by the one CAC Excel writer."""
    from beian.standard.cac_excel import write_workbook

    rows = list(_table_rows(plan, _xlsx_text))
    write_workbook(path, {"关键词列表": [_header(plan, profile), *rows]}, widths=_WIDTHS, styled_header=True)


def _xlsx_text(value: str) -> object:
    """A text cell: a value that Excel would take as a formula or an error code (``=…``, ``#N/A``) is
    written as rich text, which openpyxl stores as a string."""
    from openpyxl.cell.cell import ERROR_CODES
    from openpyxl.cell.rich_text import CellRichText

    from beian.standard.cac_excel import fit_cell

    text = str(fit_cell(value))
    return CellRichText(text) if text.startswith("=") or text in ERROR_CODES else text


def _csv_text(value: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula: ``'`` before a leading ``= + - @`` (beian drops it)."""
    return "'" + value if _CSV_FORMULA.match(value) else value


def _write_csv(plan: ExportPlan, path: Path, profile: Profile) -> None:
    """CSV with the CAC columns, UTF-8 with BOM so that Excel opens it correctly."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(_header(plan, profile))
        writer.writerows(_table_rows(plan, _csv_text))


def _write_txt(plan: ExportPlan, path: Path, profile: Profile) -> None:
    """One term per line, grouped under ``# 分类: …`` headers (the loader reads them back)."""
    groups: dict[str, list[str]] = {}
    for row in plan.rows:
        groups.setdefault(row.second or row.first, []).append(_txt_entry(row))
    lines: list[str] = []
    for name, entries in groups.items():
        lines.append(f"# 分类: {name}")
        lines.extend(entries)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _txt_entry(row: ExportRow) -> str:
    """``!`` for always-block, ``\\`` before a leading ``#`` / ``!`` that is part of the entry."""
    text = ESCAPE + row.text if _TXT_ESCAPED.match(row.text) else row.text
    text = f"{text} {CONTEXT_MARK} {'|'.join(row.context)}" if row.context else text
    return ALWAYS_MARKS[0] + text if row.always else text
