"""A test bank laid out as a database export: questions, answers and judgements in separate sheets joined by a
question ID, and the three banks told apart by a 题库 column instead of by sheet.

``题目 | 模型回答 | 研判结果`` sheets each keyed by 题目ID become one sheet per bank (named by the 题库 value, so
:func:`beian.prereview.rules.banks._kind` reads which bank it is) with the CAC columns side by side. A sheet in the CAC
layout that holds every bank with a 题库 column (题库类型 | 测试题 | …: the two-hundred-and-fifty-fifth probe) is split
the same way; other workbooks in the CAC layout are returned unchanged.
"""

from __future__ import annotations

import re

from beian.prereview.vocab import fold, section
from beian.standard.cac_excel import header_key

Rows = list[list[str]]
_ID = re.compile(r"^(?:题目|问题|试题)?(?:id|编号|编码|题号)$", re.IGNORECASE)
_BANK = ("题库", "题库类型", "所属题库", "测试题类型", "题型")


def joined_bank(sheets: dict[str, Rows]) -> dict[str, Rows]:
    """The sheets with a question sheet joined to its answer and judgement sheets by ID (see the module docstring)."""
    questions = next((n for n, rows in sheets.items() if _has(rows, "测试题") and _id_col(rows) is not None
                      and not (_has(rows, "模型回答") and _has(rows, "研判结果"))), None)
    extra = {n: rows for n, rows in sheets.items() if questions is not None and n != questions
             and _id_col(rows) is not None and (_has(rows, "模型回答") or _has(rows, "研判结果")) and not _has(rows, "测试题")}
    if questions is None or not extra:  # one sheet of every bank told apart by a 题库类型 column (the 255th probe)
        split = {k: v for n, rows in sheets.items() for k, v in (_by_bank(n, rows) if rows else {n: rows}).items()}
        return sheets if split.keys() == sheets.keys() else split  # unchanged: the same object (its hidden sheets stay)
    table = _join(sheets[questions], list(extra.values()))
    rest = {n: rows for n, rows in sheets.items() if n != questions and n not in extra}
    return {**rest, **_by_bank(questions, table)}


def _canonical(cell: str) -> str:
    key = fold(header_key(cell))
    for canon, names in section("tables", "cac_columns").items():
        if key in {fold(w) for w in names}:
            return str(canon)
    return header_key(cell)


def _has(rows: Rows, column: str) -> bool:
    return bool(rows) and column in {_canonical(c) for c in rows[0]}


def _id_col(rows: Rows) -> int | None:
    return next((i for i, c in enumerate(rows[0]) if _ID.match(re.sub(r"\s+", "", header_key(c)))), None) if rows else None


def _join(questions: Rows, others: list[Rows]) -> Rows:
    """The question rows with every other sheet's columns (not its ID) appended, matched by ID."""
    qid = _id_col(questions)
    header = list(questions[0])
    lookups = []
    for rows in others:
        oid = _id_col(rows) or 0  # every sheet passed in has an ID column (see joined_bank)
        keep = [i for i in range(len(rows[0])) if i != oid]
        header += [rows[0][i] for i in keep]
        lookups.append(({r[oid].strip(): r for r in rows[1:] if oid < len(r)}, keep))
    out = [header]
    for row in questions[1:]:
        key = row[qid].strip() if qid is not None and qid < len(row) else ""
        joined = list(row)
        for table, keep in lookups:
            other = table.get(key, [])
            joined += [other[i] if i < len(other) else "" for i in keep]
        out.append(joined)
    return out


def _by_bank(name: str, table: Rows) -> dict[str, Rows]:
    """One sheet per value of the 题库 column (``题目：应拒答测试题``), or the table whole when there is none."""
    col = next((i for i, c in enumerate(table[0]) if header_key(c) in _BANK), None)
    if col is None:
        return {name: table}
    out: dict[str, Rows] = {}
    for row in table[1:]:
        bank = row[col].strip() if col < len(row) else ""
        out.setdefault(f"{name}：{bank}" if bank else name, [table[0]]).append(row)
    return out
