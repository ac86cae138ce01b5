"""Load keyword lists into a :class:`~beian.text.terms.Lexicon`.

Formats: one term per line (``.txt``; category from a ``# 分类: …`` header line
or from the file name), the houbb tagged format (``WORD 0,4``; auto-detected),
``.csv`` and the CAC Excel layout (``.xlsx``: 关键词 / 一级分类 / 二级分类, or
one sheet per category). Every term's ``risk`` is the profile's risk id for its
category (None when unmapped).

Entry syntax shared by every format: a leading ``!`` marks an always-block term; a
leading ``\\`` before ``#``, ``!`` or ``！`` is an escape (``\\#约炮#`` is the entry
``#约炮#``). Tables may carry a 始终拦截 column instead of the ``!``; in CSV a ``'``
before ``= + - @`` (the formula-injection guard the exporter writes) is dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from beian.errors import InputError, LexiconError
from beian.text.terms import Lexicon, Term
from beian.text.textio import read_text, split_lines

if TYPE_CHECKING:
    from beian.standard import Profile

HOUBB_TAGS: dict[str, str] = {"0": "政治", "1": "毒品", "2": "色情", "3": "赌博", "4": "违法犯罪"}
"""houbb/sensitive-word ``WordTagType`` codes → category names."""
ALWAYS_MARKS = "!！"
"""A term written ``!词条`` (any format) is always-block: kept at full confidence even inside ordinary words."""
ALWAYS_COLUMNS = ("始终拦截", "always_block", "always")
CONTEXT_COLUMNS = ("语境词", "context")
"""Table column (after the CAC ones) holding a context rule's words (``代表|常委会``; ``、`` and ``，`` also separate)."""
"""Table column (after the CAC ones) whose truthy cells mark always-block terms (the exporter writes the first)."""
ESCAPE = "\\"
"""Written before a leading ``#``, ``!`` or ``！`` that belongs to the entry (``\\#约炮#``)."""

_STRIP = " \t\r\n\u3000\ufeff\u00a0"
_NAME_SUFFIXES = ("敏感词库", "关键词库", "词库", "词表", "类型", "列表", "敏感词", "关键词", "名单")
_HEADER = re.compile(r"^#\s*(?:分类|分類|类别|類別|一级分类|一級分類|category)\s*[:：]\s*(.*?)\s*$", re.IGNORECASE)
_TAGGED = re.compile(r"^(.+?)[ \t]+([0-4](?:,[0-4])*)$")  # houbb WordTagType codes 0-4 (HOUBB_TAGS)
_TAGGED_MIN_LINES = 10
_ESCAPED = re.compile(r"^\\+[#!！]")
_CSV_FORMULA_GUARD = re.compile(r"^'+[=+\-@]")
_YES = frozenset({"是", "1", "true", "yes", "y", "√", "✓", "✔", "always"})
_TERM_COLUMNS = ("关键词", "keyword", "敏感词", "词条", "word", "term")
_CAT_COLUMNS = ("一级分类", "category", "分类", "类别")
_SUB_COLUMNS = ("二级分类", "subcategory")
_UNCLASSIFIED = "未分类"
_GENERIC_SHEETS = re.compile(r"^(sheet\d*|工作表\d*|关键词.*|拦截关键词.*|词库)$", re.IGNORECASE)
_TAB_SUFFIXES = (".csv", ".tsv")
_XLSX_SUFFIXES = (".xlsx", ".xlsm")

Row = tuple[int, str, str | None, str | None]  # line, term, category, subcategory


def load_lexicon(path: Path, *, category: str | None = None, profile: Profile | None = None,
                 errors: str = "strict") -> Lexicon:
    """Load one lexicon file; ``category`` overrides whatever the file says.

    Raises :class:`LexiconError` when the file holds no terms.
    """
    path = Path(path)
    terms = _load_terms(path, category=category, profile=profile, errors=errors)
    if not terms:
        raise LexiconError(f"词库为空：{path.name} 中没有任何词条",
                           hint="词库每行一个词；以 # 开头的行是注释，空行会被跳过")
    return Lexicon(terms=terms, sources=[path.name])


def load_lexicons(paths: Sequence[Path], *, category: str | None = None, profile: Profile | None = None,
                  errors: str = "strict") -> Lexicon:
    """Load several lexicon files and merge them into one :class:`Lexicon`."""
    if not paths:
        raise LexiconError("没有给出任何词库文件")
    merged = Lexicon()
    for path in paths:
        merged.extend(load_lexicon(path, category=category, profile=profile, errors=errors))
    return merged


def load_allowlist(path: Path, *, errors: str = "strict") -> list[Term]:
    """Load an allowlist (same formats as lexicons; may be empty)."""
    return _load_terms(Path(path), category=None, profile=None, errors=errors, resolve=False)


def load_user_dict(path: Path, *, errors: str = "strict") -> list[tuple[str, int]]:
    """The user's own segmenter dictionary (jieba format: ``词语 [词频] [词性]`` per line)."""
    from beian.text.wordcut import parse_user_dict

    return list(parse_user_dict(read_text(Path(path), errors=errors)))


def category_from_filename(path: Path) -> str | None:
    """Category implied by a file name: ``色情词库.txt`` → ``色情``; None when nothing is left."""
    stem = Path(path).stem.strip()
    changed = True
    while changed:
        changed = False
        for suffix in _NAME_SUFFIXES:
            if stem.endswith(suffix) and len(stem) > len(suffix):
                stem, changed = stem[: -len(suffix)].rstrip(" -_"), True
    return stem or None


def _load_terms(path: Path, *, category: str | None, profile: Profile | None, errors: str,
                resolve: bool = True) -> list[Term]:
    suffix = path.suffix.lower()
    if suffix in _XLSX_SUFFIXES:
        rows: Iterable[Row] = _xlsx_rows(path)
    elif suffix == ".xls":
        raise LexiconError(f"暂不支持旧版 Excel 格式：{path.name}", hint="请在 Excel/WPS 中另存为 .xlsx 后再试")
    elif suffix in _TAB_SUFFIXES:
        rows = _csv_rows(read_lexicon_text(path, errors=errors), delimiter="\t" if suffix == ".tsv" else ",",
                         default_category=category_from_filename(path))
    else:
        rows = _text_rows(read_lexicon_text(path, errors=errors), category_from_filename(path))
    if category is not None:
        rows = ((n, t, category, None) for n, t, _, _ in rows)
    risk_of = _risk_lookup(_profile(profile)) if resolve else None
    source = path.name
    return [_term(source, row, risk_of) for row in rows]


def _risk_lookup(profile: Profile) -> Callable[[str | None, str | None], str | None]:
    """``profile``'s risk for a row's (category, subcategory), each pair resolved once per file: a lexicon has a
    handful of categories and ~100k rows, and resolving one normalises the name (NFKC, patterns)."""
    seen: dict[tuple[str | None, str | None], str | None] = {}

    def risk_of(cat: str | None, sub: str | None) -> str | None:
        key = (cat, sub)
        if key not in seen:
            seen[key] = profile.resolve_risk(sub) or profile.resolve_risk(cat)
        return seen[key]
    return risk_of


def _profile(profile: Profile | None) -> Profile:
    if profile is not None:
        return profile
    from beian.standard import load_profile

    return load_profile()


def _term(source: str, row: Row, risk_of: Callable[[str | None, str | None], str | None] | None) -> Term:
    line, text, cat, sub = row
    risk = risk_of(cat, sub) if risk_of is not None else None
    category = sub or (cat if cat != _UNCLASSIFIED else None)
    always = len(text) > 1 and text[0] in ALWAYS_MARKS
    if always:
        text = text[1:].strip(_STRIP)
    text, context = split_context(text)
    if text[:1] == ESCAPE and _ESCAPED.match(text):
        text = text[1:]
    return Term(text=text, category=category, risk=risk, source=source, line=line, subcategory=sub,
                always_block=always, context=context)


CONTEXT_MARK = "&&"
"""``人大 && 代表|常委会``: the entry 人大, acted on only with one of 代表, 常委会 near it (a context rule)."""


def split_context(text: str) -> tuple[str, tuple[str, ...]]:
    """An entry and the context words of its rule (``人大 && 代表|常委会`` -> ``人大``, ``(代表, 常委会)``); an entry
    without ``&&`` (or with nothing on one side of it) is returned as it is, with no rule."""
    if CONTEXT_MARK not in text:  # nearly every entry: no rule (a plain test, for 200k entries at start-up)
        return text, ()
    term, mark, words = text.partition(CONTEXT_MARK)
    context = tuple(dict.fromkeys(w.strip(_STRIP) for w in words.split("|") if w.strip(_STRIP)))
    if not mark or not term.strip(_STRIP) or not context:
        return text, ()
    return term.strip(_STRIP), context


def _clean(value: object) -> str:
    return "" if value is None else str(value).strip(_STRIP)


# --- decoding ----------------------------------------------------------------

def read_lexicon_text(path: Path, errors: str = "strict") -> str:
    """A lexicon file as text (:func:`~beian.text.textio.read_text`: UTF-8, GB18030/GBK, Big5, UTF-16 with or
    without a byte-order mark, UTF-32), old Mac files whose lines end in CR only read as lines."""
    try:
        return _cr_only_lines(read_text(path, errors=errors))
    except InputError as exc:
        raise LexiconError(exc.message, hint=exc.hint) from None


def _cr_only_lines(text: str) -> str:
    """Old Mac files end lines with CR alone: read them as lines (a CR inside an entry of an LF file stays)."""
    if "\r\n" not in text and text.count("\r") > text.count("\n"):
        return text.replace("\r", "\n")
    return text


# --- plain text and houbb tags -------------------------------------------------

def _text_rows(text: str, default_category: str | None) -> Iterator[Row]:
    lines = list(split_lines(text))
    if _is_tagged(lines):
        yield from _tagged_rows(lines)
        return
    current = default_category
    for number, raw in lines:
        line = raw.strip(_STRIP)
        if not line:
            continue
        if line.startswith("#"):
            header = _HEADER.match(line)
            if header:
                current = header.group(1) or default_category
            continue
        yield number, line, current, None


def _is_tagged(lines: list[tuple[int, str]]) -> bool:
    """houbb format: no ``# 分类:`` header, at least :data:`_TAGGED_MIN_LINES` entries and (nearly) every one
    ending in tag codes 0-4 (``词 0,4``); a plain list whose names end in a number (``排列 3``) is not."""
    head = [s for _, raw in lines[:500] if (s := raw.strip(_STRIP))]
    if any(_HEADER.match(s) for s in head if s.startswith("#")):
        return False
    sample = [s for s in head if not s.startswith("#")]
    if len(sample) < _TAGGED_MIN_LINES:
        return False
    tagged = sum(1 for s in sample if _TAGGED.match(s))
    return tagged >= int(len(sample) * 0.95)


def _tagged_rows(lines: list[tuple[int, str]]) -> Iterator[Row]:
    for number, raw in lines:
        line = raw.strip(_STRIP)
        if not line or line.startswith("#"):
            continue
        match = _TAGGED.match(line)
        if match is None:
            yield number, line, None, None
            continue
        word, tags = match.groups()
        first = tags.split(",")[0]
        yield number, word.strip(_STRIP), HOUBB_TAGS.get(first, first), None


# --- csv ----------------------------------------------------------------------

def _csv_rows(text: str, delimiter: str = ",", default_category: str | None = None) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [(i, [_unguard(c) for c in row]) for i, row in enumerate(reader, start=1)]
    yield from _table_rows(rows, sheet=default_category)


def _unguard(cell: str) -> str:
    """A CSV cell without the ``'`` the exporter writes before ``= + - @`` (spreadsheet formula guard)."""
    return cell[1:] if _CSV_FORMULA_GUARD.match(cell) else cell


Columns = tuple[int, int | None, int | None, int | None, int | None]  # term, category, sub, always, context


def _find_columns(row: Sequence[object]) -> Columns | None:
    names = [_clean(c).lower() for c in row]

    def index(options: tuple[str, ...]) -> int | None:
        return next((i for i, n in enumerate(names) if n in options), None)

    term = index(_TERM_COLUMNS)
    if term is None:
        return None
    return term, index(_CAT_COLUMNS), index(_SUB_COLUMNS), index(ALWAYS_COLUMNS), index(CONTEXT_COLUMNS)


def _table_rows(rows: Sequence[tuple[int, Sequence[object]]], sheet: str | None) -> Iterator[Row]:
    """Rows of a table: a header (within the first 10 rows) names the columns, else column A is the term.

    Under a header every term cell is an entry (``#约炮#`` too); without one, ``#`` rows are comments as in txt.
    """
    columns: Columns = (0, 1, None, None, None)
    start = 0
    for k, (_, row) in enumerate(rows[:10]):
        found = _find_columns(row)
        if found is not None:
            columns, start = found, k + 1
            break
    else:
        if rows and all(len(r) < 2 for _, r in rows[:10]):
            columns = (0, None, None, None, None)
    term_col, cat_col, sub_col, always_col, context_col = columns
    for number, row in rows[start:]:
        text = _clean(row[term_col]) if term_col < len(row) else ""
        if not text or (start == 0 and text.startswith("#")):
            continue
        if (_cell(row, always_col) or "").lower() in _YES and text[0] not in ALWAYS_MARKS:
            text = ALWAYS_MARKS[0] + text
        context = _cell(row, context_col)
        if context and CONTEXT_MARK not in text:
            text = f"{text} {CONTEXT_MARK} {re.sub('[、，,;；]', '|', context)}"
        yield number, text, _cell(row, cat_col) or sheet, _cell(row, sub_col)


def _cell(row: Sequence[object], col: int | None) -> str | None:
    if col is None or col >= len(row):
        return None
    return _clean(row[col]) or None


# --- xlsx ---------------------------------------------------------------------

def _xlsx_rows(path: Path) -> Iterator[Row]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    if not path.exists():
        raise LexiconError(f"找不到词库文件：{path}")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise LexiconError(f"无法读取 Excel 词库 {path.name}：文件已损坏或不是 xlsx 格式",
                           hint="请用 Excel/WPS 打开确认后另存为 .xlsx") from exc
    try:
        for sheet in book.worksheets:
            rows = [(i, tuple(r)) for i, r in enumerate(sheet.iter_rows(values_only=True), start=1)]
            name = None if _GENERIC_SHEETS.match(sheet.title.strip()) else sheet.title.strip()
            yield from _table_rows(rows, sheet=name)
    finally:
        book.close()


from beian.text.lexicon_stats import LexiconStats, Suspicious, lexicon_stats  # noqa: E402

__all__ = [
    "HOUBB_TAGS", "LexiconStats", "Suspicious", "category_from_filename",
    "lexicon_stats", "load_allowlist", "load_lexicon", "load_lexicons", "load_user_dict",
]
