"""Test banks: read CAC Excel / CSV / JSONL, normalise categories, check quotas and duplicates."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beian.errors import InputError
from beian.kinds import Bank as BankKind
from beian.standard import Profile
from beian.standard.cac_excel import HEADER_ROWS, NUMBER_COLUMN, find_sheets, read_workbook, sheet_ids
from beian.text.textio import read_text

BANKS = BankKind.values()
BANK_ALIASES = {
    "generated": "generated", "生成内容": "generated", "生成内容测试题库": "generated", "生成内容测试题": "generated",
    "should_refuse": "should_refuse", "应拒答": "should_refuse", "应拒答测试题库": "should_refuse",
    "应拒答测试题": "should_refuse", "non_refuse": "non_refuse", "非拒答": "non_refuse",
    "非拒答测试题库": "non_refuse", "非拒答测试题": "non_refuse", "不应拒答": "non_refuse",
}
BANK_LABELS = BankKind.labels()
QUESTION_COLS = ("测试题", "问题", "题目", "测试题目", "测试问题", "提问", "question", "prompt")
ID_COLS = ("序号", "编号", "题号", "id")
CAT1_COLS = ("一级分类", "category", "分类", "类别", "风险类别", "风险类型", "一级类别", "风险分类")
CAT2_COLS = ("二级分类", "二级类别", "细分类别", "subcategory")
ANSWER_COLS = ("模型回答", "回答", "answer", "response")
BANK_COLS = ("题库", "所属题库", "题库类型", "bank")


@dataclass
class BankItem:
    """One test question; ``messages`` holds the chat turns (the last is the user's question)."""

    id: str
    bank: str
    messages: list[dict[str, str]]
    category: str = ""
    risk: str | None = None
    aspect: str | None = None
    answer: str | None = None
    source: str = ""

    @property
    def question(self) -> str:
        """The last user turn."""
        return self.messages[-1]["content"] if self.messages else ""


@dataclass
class BankProblem:
    """Something wrong in a bank file (reported, the item is kept when possible)."""

    source: str
    code: str
    message: str


@dataclass
class Bank:
    """Items from one or more files plus the problems found while reading."""

    items: list[BankItem] = field(default_factory=list)
    problems: list[BankProblem] = field(default_factory=list)

    def extend(self, other: Bank) -> None:
        """Append another bank's items and problems."""
        self.items.extend(other.items)
        self.problems.extend(other.problems)


def normalise_bank(name: str | None) -> str | None:
    """Map a bank name (English or Chinese) to ``generated``/``should_refuse``/``non_refuse``."""
    if not name:
        return None
    key = re.sub(r"\s+", "", str(name)).lower()
    return BANK_ALIASES.get(key)


def pick(row: dict[str, Any], names: tuple[str, ...]) -> str:
    """The first non-empty value among the columns ``names`` (case- and space-insensitive), stripped."""
    for n in names:
        for k, v in row.items():
            if k is not None and str(k).strip().lower() == n.lower() and v is not None and str(v).strip():
                return str(v).strip()
    return ""


def load_bank(path: Path, profile: Profile, bank: str | None = None) -> Bank:
    """Read one bank file (.jsonl, .csv, .xlsx); ``bank`` is the default bank for items that lack one."""
    if not path.exists():
        raise InputError(f"找不到题库文件：{path}")
    return _to_bank(read_rows(path), path, profile, bank)


def read_rows(path: Path, key_columns: tuple[str, ...] = QUESTION_COLS,
              what: str = "Excel 题库") -> list[tuple[str, dict[str, Any]]]:
    """(place, row) of a .jsonl / .csv / .xlsx file; ``place`` names the file and line or sheet row. An .xlsx
    sheet counts when its header holds one of ``key_columns`` (a bank: the question; answers: the answer); a workbook
    where no sheet does is an :class:`InputError` that lists the headers found and the names accepted. In an answers
    workbook a merged cell counts for every row it covers, as in the review workbook. A CSV cell keeps its line breaks
    exactly as written (``\\n`` or ``\\r\\n`` inside quotes, as JSONL and .xlsx keep theirs); its separator may be
    a comma, a semicolon or a tab (Excel's "Unicode 文本")."""
    if path.is_dir():
        raise InputError(f"{path} 是文件夹，不是文件", hint="给出其中的 .jsonl、.csv 或 .xlsx 文件")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".json"):
        return _read_jsonl(path)
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, key_columns, what)
    raise InputError(f"不支持的文件格式：{path.name}", hint="支持 .jsonl、.csv、.xlsx（CAC 附件格式）")


def item_id(value: str) -> str:
    """An item id as text: ``1.0`` (a number a spreadsheet or a JSON writer made a float) is ``1``."""
    return value[:-2] if value.endswith(".0") and value[:-2].isdigit() else value


def load_banks(paths: list[Path], profile: Profile, bank: str | None = None) -> Bank:
    """Read several files and check ids are unique across them."""
    out = Bank()
    for p in paths:
        out.extend(load_bank(p, profile, bank))
    seen: Counter[str] = Counter(i.id for i in out.items)
    for item_id, n in seen.items():
        if n > 1:
            out.problems.append(BankProblem("", "duplicate_id", f"题目编号 {item_id} 重复出现 {n} 次，已自动加后缀区分"))
    if any(n > 1 for n in seen.values()):
        counts: Counter[str] = Counter()
        for item in out.items:
            counts[item.id] += 1
            if seen[item.id] > 1 and counts[item.id] > 1:
                item.id = f"{item.id}#{counts[item.id]}"
    return out


def _read_text(path: Path) -> str:
    try:
        return read_text(path)
    except InputError as exc:  # the generic hint names --errors, which assess and bank do not have
        raise InputError(exc.message, hint="请把文件另存为 UTF-8 编码（Excel：另存为“CSV UTF-8”）后重试") from None


JSONL_HINT = ("每行应是一个 JSON 对象（花括号里的键值对）：题库如 {\"id\": \"1\", \"question\": \"……\"}，"
              "回答文件如 {\"id\": \"1\", \"answer\": \"……\"}")


def _read_jsonl(path: Path) -> list[tuple[str, dict[str, Any]]]:
    text = _read_text(path)
    if (whole := _json_array(path, text)) is not None:
        return whole
    rows: list[tuple[str, dict[str, Any]]] = []
    for n, line in enumerate(_json_lines(text), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path.name} 第 {n} 行第 {exc.colno} 列不是合法的 JSON（{_JSON_ERRORS.get(exc.msg, exc.msg)}）",
                             hint=JSONL_HINT) from None
        if not isinstance(obj, dict):
            raise InputError(f"{path.name} 第 {n} 行应为 JSON 对象，收到的是{_JSON_KINDS.get(type(obj), '其他值')}",
                             hint=JSONL_HINT)
        rows.append((f"{path.name}:{n}", obj))
    return rows


def _json_array(path: Path, text: str) -> list[tuple[str, dict[str, Any]]] | None:
    """The rows of a file that is one JSON array of objects (``[{…}, {…}]``, pretty-printed or not, as many tools
    export); None when the text is not one JSON array (read line by line then, bad lines named by number)."""
    if not text.lstrip("\ufeff \t\r\n").startswith("["):
        return None
    try:
        items = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError:
        return None
    if not isinstance(items, list):
        return None
    rows: list[tuple[str, dict[str, Any]]] = []
    for k, obj in enumerate(items, 1):
        if not isinstance(obj, dict):
            raise InputError(f"{path.name} 的 JSON 数组第 {k} 项应为对象，收到的是{_JSON_KINDS.get(type(obj), '其他值')}",
                             hint=JSONL_HINT)
        rows.append((f"{path.name} 第 {k} 项", obj))
    return rows


_JSON_KINDS = {list: "数组（方括号）", str: "字符串", int: "数字", float: "数字", bool: "true/false", type(None): "null"}


def _json_lines(text: str) -> list[str]:
    """The lines of a JSONL text, split at line feeds only (``\\r\\n`` leaves a ``\\r`` that JSON reads as
    white space): U+2028, NEL or a form feed inside a JSON string are text, not line breaks. A file with classic
    Mac ``\\r`` line ends and no line feed is split at those."""
    return text.split("\n") if "\n" in text or "\r" not in text else text.split("\r")


_JSON_ERRORS = {  # json's messages in Chinese
    "Expecting value": "此处应是一个值", "Expecting property name enclosed in double quotes": "键名应用双引号",
    "Expecting ',' delimiter": "缺少逗号", "Expecting ':' delimiter": "缺少冒号", "Extra data": "一行里有多余的内容",
    "Unterminated string starting at": "字符串没有结束的引号", "Invalid control character at": "字符串里有控制字符",
    "Invalid \\escape": "无效的转义", "Invalid \\uXXXX escape": "无效的 \\u 转义",
}


CSV_SEPARATORS = (",", "\t", ";")  # comma first: it wins a tie


def _read_csv(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """Rows of a CSV file under its header. Quoted cells keep their line breaks as written; the place is the row's
    first line in the file."""
    text = _read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_separator(text))
    rows: list[tuple[str, dict[str, Any]]] = []
    for r in reader:
        rows.append((f"{path.name}:{reader.line_num - _line_breaks(r)}", dict(r)))
    return rows


def _line_breaks(row: dict[str, Any]) -> int:
    """Line breaks inside a CSV row's cells (the reader counts them as lines of the file)."""
    cells = [v for v in row.values() if isinstance(v, str)] + [x for v in row.values() if isinstance(v, list) for x in v]
    return sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in cells)


def csv_separator(text: str) -> str:
    """The separator of a CSV text: whichever of comma, tab and semicolon its header line holds most (a comma when
    none or tied). Excel saves "Unicode 文本" with tabs and, in many European locales, CSV with semicolons."""
    header = text.split("\n", 1)[0]
    return max(CSV_SEPARATORS, key=header.count)


def _read_xlsx(path: Path, key_columns: tuple[str, ...], what: str) -> list[tuple[str, dict[str, Any]]]:
    """Rows of every sheet in the CAC layout; ``序号`` restarting on each sheet is not a duplicate. An answers
    workbook (``key_columns`` the answer columns) is read with merged cells spread over the rows they cover."""
    tables = read_workbook(path, what, merged=key_columns == ANSWER_COLS)
    sheets = list(find_sheets(tables, key_columns))
    if not sheets:
        raise _no_key_column(path, tables, key_columns, what)
    ids = sheet_ids(sheets)
    rows: list[tuple[str, dict[str, Any]]] = []
    for sheet in sheets:
        sheet_bank = normalise_bank(sheet.sheet)
        for n, record in sheet.records():
            row: dict[str, Any] = dict(record)
            if (sheet.sheet, n) in ids:
                row[NUMBER_COLUMN] = ids[(sheet.sheet, n)]
            if sheet_bank and not pick(row, BANK_COLS):
                row["bank"] = sheet_bank
            rows.append((f"{path.name}!{sheet.sheet}:{n}", row))
    return rows


def _no_key_column(path: Path, tables: dict[str, list[list[str]]], key_columns: tuple[str, ...],
                   what: str) -> InputError:
    """The error for a workbook none of whose sheets has a header with one of ``key_columns``: which headers it has,
    and the names that are read."""
    firsts = (next((row for row in table[:HEADER_ROWS] if any(row)), []) for table in tables.values())
    found = list(dict.fromkeys(c for row in firsts for c in row if c))  # each sheet's first filled row
    shown = "、".join(found[:12]) + ("……" if len(found) > 12 else "") if found else "没有任何表头"
    kind = "回答" if key_columns == ANSWER_COLS else "题目"
    accepted = f"{kind}列可用的列名：{'、'.join(key_columns)}"
    if key_columns == ANSWER_COLS:
        accepted += f"；编号列：{'、'.join(ID_COLS)}"
    return InputError(f"{what} {path.name} 里没有可识别的{kind}列：没有一个工作表在前 {HEADER_ROWS} 行里有这样的表头"
                      f"（各工作表的第一行：{shown}）", hint=f"把表头改成可识别的名称后再试。{accepted}")


def _messages(row: dict[str, Any]) -> list[dict[str, str]]:
    msgs = row.get("messages")
    if isinstance(msgs, list) and msgs:
        return [{"role": str(m.get("role", "user")), "content": str(m.get("content", ""))} for m in msgs
                if isinstance(m, dict)]
    q = pick(row, QUESTION_COLS)
    return [{"role": "user", "content": q}] if q else []


def _to_bank(rows: list[tuple[str, dict[str, Any]]], path: Path, profile: Profile, bank: str | None) -> Bank:
    out = Bank()
    for n, (where, row) in enumerate(rows, 1):
        msgs = _messages(row)
        if not msgs or not msgs[-1]["content"].strip():
            if any(v not in (None, "") for v in row.values()):
                out.problems.append(BankProblem(where, "empty_question", f"{where} 题目为空，已跳过"))
            continue
        raw_bank = pick(row, BANK_COLS)
        b = normalise_bank(raw_bank) or bank
        if b is None:
            out.problems.append(BankProblem(where, "unknown_bank", f"{where} 无法判断所属题库（{raw_bank or '未填写'}），"
                                            "按生成内容题库处理"))
            b = "generated"
        cat1, cat2 = pick(row, CAT1_COLS), pick(row, CAT2_COLS)
        item = BankItem(id=item_id(pick(row, ID_COLS)) or f"{path.stem}-{n}", bank=b, messages=msgs,
                        category=cat2 or cat1, answer=pick(row, ANSWER_COLS) or None, source=where)
        _classify(item, cat1, cat2, profile, out)
        out.items.append(item)
    return out


def _classify(item: BankItem, cat1: str, cat2: str, profile: Profile, out: Bank) -> None:
    if item.bank == "non_refuse":
        item.aspect = profile.resolve_aspect(cat2) or profile.resolve_aspect(cat1)
        known = item.aspect
    else:
        item.risk = profile.resolve_risk(cat2) or profile.resolve_risk(cat1)
        known = item.risk
    if not known:
        shown = cat2 or cat1 or "未填写"
        cls = None if item.bank == "non_refuse" else profile.resolve_class(cat2) or profile.resolve_class(cat1)
        said = (f"只对应到大类“{cls} {profile.class_name(cls)}”，没有细到其中的某一类风险" if cls else
                "无法对应到标准的类别")
        out.problems.append(BankProblem(item.source, "unknown_category", f"{item.source} 分类“{shown}”{said}（已保留，计入“未归类”）"))


def normalise_text(text: str) -> str:
    """NFKC, lower-case, without whitespace and punctuation: the key for duplicate detection."""
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in t if ch.isalnum())


def _shingles(text: str, k: int = 3) -> set[str]:
    return {text[i:i + k] for i in range(max(1, len(text) - k + 1))}


def near_duplicates(items: list[BankItem], threshold: float = 0.9) -> list[tuple[str, str, float]]:
    """Pairs of (id, id, Jaccard) with character-3-gram Jaccard >= ``threshold`` (exact dups excluded).

    Candidate pairs come from an inverted index on rare shingles, so it stays fast on a few thousand items.
    """
    keys = [normalise_text(i.question) for i in items]
    sh = [_shingles(k) for k in keys]
    index: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(sh):
        for g in sorted(s)[:8] if len(s) > 8 else s:
            index[g].append(n)
    pairs: list[tuple[str, str, float]] = []
    seen: set[tuple[int, int]] = set()
    for n, s in enumerate(sh):
        for g in s:
            for m in index.get(g, ()):
                if m <= n or (n, m) in seen or keys[n] == keys[m]:
                    continue
                seen.add((n, m))
                a, b = len(s), len(sh[m])
                if min(a, b) / max(a, b) < threshold:
                    continue
                j = len(s & sh[m]) / len(s | sh[m])
                if j >= threshold:
                    pairs.append((items[n].id, items[m].id, round(j, 3)))
    return pairs
