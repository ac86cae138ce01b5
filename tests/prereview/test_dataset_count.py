"""The number of datasets a sentence states against the rows of the 数据溯源清单 (the thirty-eighth probe: the report
said twelve datasets, the list had nine): data_sources.count_mismatch, medium."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.rules.data_sources import stated_dataset_count
from prereview.helpers import FORM, REPORT, SOURCES, edit_xlsx, pkg, replace_docx  # noqa: F401 - the example package

LISTED = "训练语料共5个来源"  # the example report's sentence; its list has five datasets


def _mismatches(root: Path) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == "data_sources.count_mismatch"]


@pytest.mark.parametrize(("sentence", "count"), [
    ("本次微调所用数据集共计 7 个，均列于数据溯源清单", 7),
    ("训练语料来源于十二个数据集", 12),
    ("语料来源共3个", 3),
    ("训练语料共 5 个来源", 5),
    ("其中2个数据集由本公司自行采集", None),   # a part of the list
    ("共使用4个开源数据集", None),             # a kind of dataset: a part
    ("语料分为3类来源：开源、自采、商业采购", None),  # kinds, not datasets
])
def test_the_count_a_sentence_states(sentence: str, count: int | None) -> None:
    assert stated_dataset_count(sentence) == count


def test_a_report_count_that_is_not_the_lists(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, LISTED, "本次微调所用数据集共计 7 个")
    found = _mismatches(pkg)
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "7" in found[0].message and "5" in found[0].message and "数据溯源清单" in found[0].location


def test_a_form_count_in_chinese_numerals(pkg: Path) -> None:  # noqa: F811
    replace_docx(pkg / FORM, "与本公司签约的企业客户", "与本公司签约的企业客户（训练语料来源于四个数据集）")
    assert [f.severity for f in _mismatches(pkg)] == [Severity.MEDIUM]


def test_a_list_that_grew_by_one_row(pkg: Path) -> None:  # noqa: F811
    def add(ws) -> None:  # type: ignore[no-untyped-def]
        ws.append([6, *[c.value for c in ws[6]][1:]])
        ws.cell(7, 2).value = "行业问答补充集（2025年12月版）"
    edit_xlsx(pkg / SOURCES, "数据溯源清单", add)
    assert [f.severity for f in _mismatches(pkg)] == [Severity.MEDIUM]


def test_matching_counts_and_parts_are_not_reported(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, LISTED, "训练数据集共5个，其中2个数据集为自采，另有3个开源数据集")
    assert _mismatches(pkg) == []
