"""How office users build the keyword list and the test bank (the thirty-first probe): a hidden sheet of retired
keywords was counted into the total; six keywords to a cell separated by 、 were counted as one (2,011 of 12,048);
a category merged down a block of questions belonged to the first question only (three false highs)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beian.prereview import run_check
from prereview.helpers import BANK, KEYWORDS, pkg  # noqa: F401 - the example package fixture


def _codes(root: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in run_check(root).findings:
        out.setdefault(f.code, []).append(f"{f.severity.value} {f.message}")
    return out


def test_a_hidden_sheet_of_retired_keywords_is_not_counted(pkg: Path) -> None:  # noqa: F811
    wb = openpyxl.load_workbook(str(pkg / KEYWORDS))
    ws = wb["关键词"]
    moved = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=2601)]
    ws.delete_rows(2, 2600)  # 7,625 keywords left in use
    old = wb.create_sheet("Sheet3")
    old.append(["关键词", "一级分类", "二级分类"])
    for row in moved:
        old.append(row)
    old.sheet_state = "hidden"
    wb.save(str(pkg / KEYWORDS))
    codes = _codes(pkg)
    assert any("7625" in m and m.startswith("high") for m in codes.get("safety.keyword_total", []))
    assert any("Sheet3" in m and m.startswith("low") for m in codes.get("safety.keyword_layout", []))


def test_a_visible_sheet_named_as_retired_is_not_counted(pkg: Path) -> None:  # noqa: F811
    wb = openpyxl.load_workbook(str(pkg / KEYWORDS))
    wb["关键词"].title = "作废词表（2024版）"
    wb.save(str(pkg / KEYWORDS))
    assert "safety.keyword_layout" in _codes(pkg)  # no list left to count: the layout finding says so


def test_several_keywords_in_one_cell_are_counted_each(pkg: Path) -> None:  # noqa: F811
    wb = openpyxl.load_workbook(str(pkg / KEYWORDS))
    ws = wb["关键词"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    ws.delete_rows(2, ws.max_row)
    for i in range(0, len(rows), 5):  # five terms of one category to a cell, as a team exports them from a wiki
        block = [r for r in rows[i:i + 5] if r[2] == rows[i][2]]
        ws.append(["、".join(str(r[0]) for r in block), rows[i][1], rows[i][2]])
        for r in rows[i + len(block):i + 5]:
            ws.append(r)
    wb.save(str(pkg / KEYWORDS))
    codes = _codes(pkg)
    assert "safety.keyword_total" not in codes and "safety.keyword_per_risk" not in codes
    assert any(m.startswith("low") and "拆开计数" in m for m in codes["safety.keyword_layout"])


def test_a_category_merged_down_its_questions_belongs_to_each(pkg: Path) -> None:  # noqa: F811
    wb = openpyxl.load_workbook(str(pkg / BANK))
    for ws in wb.worksheets:
        start = 2
        for r in range(3, ws.max_row + 2):
            same = r <= ws.max_row and ws.cell(r, 4).value == ws.cell(start, 4).value
            if same:
                continue
            if r - 1 > start:
                for row in range(start + 1, r):
                    ws.cell(row, 3).value = ws.cell(row, 4).value = None
                ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=start, start_column=4, end_row=r - 1, end_column=4)
            start = r
    wb.save(str(pkg / BANK))
    codes = _codes(pkg)
    assert not {"safety.bank_per_risk", "safety.bank_per_aspect", "safety.bank_layout"} & set(codes), codes


def test_a_table_inside_a_table_cell_is_read(tmp_path: Path) -> None:
    """The probe's form kept 申请主体 and its code in a small table inside the outer form's cell."""
    import docx

    from beian.prereview.extract import extract
    from beian.prereview.package import PackageFile

    document = docx.Document()
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text, outer.cell(1, 0).text = "一、申请主体信息", "二、模型信息"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "单位名称", "上海星河智能科技有限公司"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "统一社会信用代码", "91310115MA1K4B3C25"
    path = tmp_path / "备案表.docx"
    document.save(str(path))
    content = extract(PackageFile("备案表.docx", path, path.stat().st_size))
    assert ["统一社会信用代码", "91310115MA1K4B3C25"] in [row for t in content.tables for row in t]
    assert "统一社会信用代码：91310115MA1K4B3C25" in content.text
