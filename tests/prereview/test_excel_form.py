"""A filing form filled in as a workbook (some consultancies export the CAC system's form to Excel): its content is
read and checked like the Word form's, and the format is reported once, medium."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from beian.prereview import run_check
from prereview.helpers import FORM, pkg  # noqa: F401 - the example package


def _form_rows(root: Path) -> list[list[str]]:
    document = docx.Document(str(root / FORM))
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    return rows + [[p.text] for p in document.paragraphs[1:] if p.text.strip()]


def _two_pairs_a_row(rows: list[list[str]]) -> list[list[str]]:
    """Another hand's layout: two label | value pairs side by side in each row, under a title row."""
    pairs = [r for r in rows if len(r) == 2 and r[0] != "项目"]
    out = [["生成式人工智能（大语言模型）上线备案表", "", "", ""]]
    for i in range(0, len(pairs), 2):
        out.append(pairs[i] + (pairs[i + 1] if i + 1 < len(pairs) else ["", ""]))
    return out + [r for r in rows if len(r) == 1]


def _as_workbook(root: Path, layout=lambda rows: rows, edit=lambda text: text) -> Path:  # type: ignore[no-untyped-def]
    rows = layout(_form_rows(root))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "备案表"
    for row in rows:
        sheet.append([edit(c) for c in row])
    target = root / FORM.replace(".docx", ".xlsx")
    book.save(target)
    (root / FORM).unlink()
    return target


@pytest.mark.parametrize("layout", [lambda rows: rows, _two_pairs_a_row], ids=["label-value", "two-pairs-a-row"])
def test_a_workbook_form_is_read_and_only_its_format_is_noted(pkg: Path, layout) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _as_workbook(pkg, layout)
    report = run_check(pkg)
    notes = [f for f in report.findings if f.code == "materials.missing_document"]
    assert len(notes) == 1 and "已按表格读取" in notes[0].message and notes[0].severity.value == "medium"
    others = [(f.code, f.message) for f in report.findings if f.severity.rank >= 2 and f not in notes]
    assert others == []  # no other finding of medium or above: the form's content was read
    assert next(d for d in report.documents if d["id"] == "form")["files"] == [FORM.replace(".docx", ".xlsx")]


def test_a_workbook_forms_company_is_compared_with_the_other_documents(pkg: Path) -> None:  # noqa: F811
    _as_workbook(pkg, edit=lambda c: c.replace("上海星河智能科技有限公司", "上海星河数据科技有限公司"))
    found = [f for f in run_check(pkg).findings if f.code == "consistency.mismatch"]
    assert found and "上海星河数据科技有限公司" in (found[0].evidence or "") + found[0].message


def test_a_workbook_forms_scope_is_judged(pkg: Path) -> None:  # noqa: F811
    _as_workbook(pkg, edit=lambda c: c.replace("企业内部办公场景下的文档起草、会议纪要整理、制度问答与文本改写", "通用大模型，全场景覆盖"))
    assert "scope.overbroad" in {f.code for f in run_check(pkg).findings}


def test_a_workbook_forms_results_are_compared_with_the_report(pkg: Path) -> None:  # noqa: F811
    _as_workbook(pkg, layout=lambda rows: [*rows, ["安全评估结果", "应拒答题拒答率93.7%（抽取300题）"]])
    found = [f for f in run_check(pkg).findings if f.code == "metrics.cross_doc_mismatch"]
    assert [f.severity.value for f in found] == ["high"] and "93.7%" in found[0].message
