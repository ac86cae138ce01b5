"""A clause table whose verdict and note share one cell (“不符合。已于5月整改……”, “结论：符合；见附件3”): the verdict is the
word that opens the cell, the rest is the note; prose that merely contains 符合 is no verdict."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.rules.materials import _verdict_of
from prereview.helpers import REPORT, pkg  # noqa: F401

VERDICTS = ("符合", "不符合", "不适用", "部分符合")


def test_the_verdict_that_opens_a_cell_is_read_with_its_note() -> None:
    assert _verdict_of("不符合。上线前未完成复测", VERDICTS) == ("不符合", "上线前未完成复测")
    assert _verdict_of("结论：部分符合；夜间人工值守待补充", VERDICTS) == ("部分符合", "夜间人工值守待补充")
    assert _verdict_of("符合要求（见附件5第3页）", VERDICTS)[0] == "符合"
    assert _verdict_of("不适用\n本服务不生成图片", VERDICTS) == ("不适用", "本服务不生成图片")
    assert _verdict_of("Non-compliant 不符合", VERDICTS)[0] == "不符合"


def test_prose_that_contains_a_verdict_word_is_no_verdict() -> None:
    for cell in ("符合国家标准的过滤机制", "符合性评估见第四章", "应符合GB/T 45654的要求", "基本符合", "待定"):
        assert _verdict_of(cell, VERDICTS) == ("", ""), cell


def _write_cell(root: Path, row: int, text: str) -> None:
    document = docx.Document(str(root / REPORT))
    table = document.tables[1]
    cells = table.rows[row].cells
    cells[2].text = text
    cells[3].text = ""
    document.save(str(root / REPORT))


def _codes(root: Path) -> dict[str, list]:  # type: ignore[type-arg]
    out: dict[str, list] = {}  # type: ignore[type-arg]
    for f in run_check(root).findings:
        out.setdefault(f.code, []).append(f)
    return out


def test_not_met_written_with_its_note_in_one_cell_is_high(pkg: Path) -> None:  # noqa: F811
    _write_cell(pkg, 3, "不符合。投诉举报入口尚未上线，客服电话仅工作日接听")
    [found] = _codes(pkg)["materials.clause_not_met"]
    assert found.severity is Severity.HIGH


def test_not_met_with_rectification_in_the_same_cell_is_medium(pkg: Path) -> None:  # noqa: F811
    _write_cell(pkg, 3, "判定：不符合；已于2026年5月整改，复测记录见附件9")
    [found] = _codes(pkg)["materials.clause_not_met"]
    assert found.severity is Severity.MEDIUM


def test_met_with_its_note_in_one_cell_raises_nothing(pkg: Path) -> None:  # noqa: F811
    _write_cell(pkg, 3, "符合，已建立7×24小时值守与投诉处理流程")
    found = _codes(pkg)
    assert "materials.clause_not_met" not in found and "materials.clause_no_verdict" not in found
