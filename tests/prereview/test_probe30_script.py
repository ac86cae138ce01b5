"""A package written in traditional Chinese (the thirtieth probe's W: a Hong Kong parent's mainland subsidiary): file
names and text in traditional characters were matched against simplified vocabulary, so every material read as
missing (8 blockers) and every measure as unwritten. Now names and text are read as simplified and the script is
told once, at medium."""

from __future__ import annotations

from pathlib import Path

import opencc
import openpyxl
import pytest
from docx import Document

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.script import is_traditional, to_simplified
from prereview.helpers import pkg  # noqa: F401 - the example package fixture

S2T = opencc.OpenCC("s2hk")


def _docx_to_traditional(path: Path) -> None:
    doc = Document(str(path))
    paragraphs = list(doc.paragraphs) + [p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    for p in paragraphs:
        for run in p.runs:
            run.text = S2T.convert(run.text)
    doc.save(str(path))


def _xlsx_to_traditional(path: Path) -> None:
    wb = openpyxl.load_workbook(str(path))
    for ws in wb.worksheets:
        ws.title = S2T.convert(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.value = S2T.convert(cell.value)
    wb.save(str(path))


def _to_traditional(root: Path) -> None:
    """Every Word and Excel file's text and every file and folder name in Hong Kong traditional characters."""
    for path in sorted(root.rglob("*"), key=lambda p: -len(p.parts)):
        if path.suffix == ".docx":
            _docx_to_traditional(path)
        elif path.suffix == ".xlsx":
            _xlsx_to_traditional(path)
        elif path.suffix == ".pdf":
            path.unlink()  # the signed copies would stay simplified: not what this package looks like
            continue
        renamed = path.with_name(S2T.convert(path.name))
        if renamed != path:
            path.rename(renamed)


def test_a_package_in_traditional_chinese_is_read(pkg: Path) -> None:  # noqa: F811
    _to_traditional(pkg)
    assert any(p.name != to_simplified(p.name) for p in pkg.rglob("*"))  # the names did change
    report = run_check(pkg)
    serious = [(f.code, f.message) for f in report.findings if f.severity.at_least(Severity.HIGH)]
    assert serious == [] and report.verdict == "pass"
    script = [f for f in report.findings if f.code == "materials.traditional_script"]
    assert len(script) == 1 and script[0].severity == Severity.MEDIUM and "附件1" in script[0].evidence


@pytest.mark.parametrize(("text", "traditional"), [
    ("本公司承諾所填報的資訊真實、準確、完整，投訴舉報管道已於網站公示，處理時限為七個工作日。", True),
    ("本公司承诺所填报的信息真实、准确、完整，投诉举报渠道已在网站公示，处理时限为七个工作日。", False),
    ("乾隆年间的历史资料与后来的发展，本公司承诺所填报的信息真实。" * 3, False),  # a few t2s-sensitive words only
    ("Model card: safety evaluation report, version 2.1", False),
])
def test_the_script_of_a_text(text: str, traditional: bool) -> None:
    assert is_traditional(text * 2) is traditional
