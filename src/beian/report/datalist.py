"""The 数据溯源清单 in the package: the 采集后 run's list, with a 采集前抽检 column from the 采集前 run.

The list is copied from the 采集后 run folder (a person's edits to it are kept). When a 采集前 run is
given, a 采集前抽检 column is inserted before 采集后抽检: each source's keyword hit share in the form
``beian check`` parses ("违法不良信息占比 x.x%"), or, for a source the 采集前 run does not list, a
note without figures (which ``beian check`` asks a person to confirm).
"""

from __future__ import annotations

import shutil
import unicodedata
from copy import copy
from pathlib import Path
from typing import Any

from beian.report.corpus_runs import CorpusRun, basis, listed, share_of
from beian.report.figures import percent

LIST_NAME = "数据溯源清单.xlsx"
PRE_COLUMN = "采集前抽检"
MISSING = "没有采集前评估结果，请补充"


def _key(value: object) -> str:
    return unicodedata.normalize("NFKC", str(value or "")).strip().casefold()


def pre_cell(src: dict[str, Any], run: CorpusRun) -> str:
    """A source's 采集前 share as the list states it (rounded toward failing the 5 % line)."""
    rule = src["source_rule"]
    if rule.get("share") is None:
        return "采集前扫描无法计算违法不良信息占比，请补充"
    ci = rule.get("ci95") or [0.0, 1.0]
    return (f"违法不良信息占比 {percent(share_of(src), '<=')}（采集前扫描，{basis(run)}，95%区间 {percent(ci[0], '>=')}–"
            f"{percent(ci[1], '<=')}；{rule.get('verdict', '')}；运行 {run.id}）")


def copy_list(post: CorpusRun, pre: CorpusRun | None, target: Path) -> list[str]:
    """Copy the 采集后 run's list to ``target`` and add the 采集前 column; returns notes for the user."""
    source = post.folder / LIST_NAME
    if not source.exists():
        return [f"数据溯源清单未复制：{post.folder} 中没有 {LIST_NAME}。"]
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    if pre is None:
        return []
    return add_pre_column(target, pre)


def add_pre_column(path: Path, pre: CorpusRun) -> list[str]:
    """Write the 采集前 figures into the list at ``path``: a new 采集前抽检 column before the 采集后 one,
    or, when the list already has a 采集前 column, its rows for the sources the 采集前 run measured."""
    import openpyxl

    from beian.standard.cac_excel import normalise_zip

    book = openpyxl.load_workbook(path)
    sheet = book.active
    found = _header(sheet)
    if found is None:
        return [f"数据溯源清单的表头中没有数据集名称与采集后抽检两列，未写入采集前评估结果；请手工补充（运行 {pre.id}）。"]
    row, name_col, post_col, pre_col = found
    shares = {_key(s["name"]): pre_cell(s, pre) for s in listed(pre.result)}
    if pre_col is None:
        sheet.insert_cols(post_col)
        pre_col = post_col
        header = sheet.cell(row, pre_col)
        header.value = PRE_COLUMN
        header._style = copy(sheet.cell(row, pre_col + 1)._style)
    for r in range(row + 1, sheet.max_row + 1):
        name = _key(sheet.cell(r, name_col).value)
        cell = sheet.cell(r, pre_col)
        if name and (name in shares or cell.value in (None, "")):
            cell.value = shares.get(name, MISSING)
    book.save(path)
    normalise_zip(path)
    return []


def _column(header: list[str], key: str) -> int | None:
    from beian.prereview.vocab import section

    names = [_key(w) for w in section("tables", "data_sources", key)]
    return next((i + 1 for i, text in enumerate(header) if any(n in text for n in names)), None)


def _header(sheet: Any) -> tuple[int, int, int, int | None] | None:
    """(row, name column, 采集后 column, 采集前 column or None) of the header within the first 5 rows."""
    for row in range(1, min(5, sheet.max_row) + 1):
        header = [_key(c.value) for c in sheet[row]]
        name, post = _column(header, "名称"), _column(header, "采集后抽检")
        if name is not None and post is not None:
            return row, name, post, _column(header, "采集前抽检")
    return None
