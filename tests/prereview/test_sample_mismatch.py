"""One metric given two sample sizes, in the results table and in the report's prose (the thirty-eighth probe hid
one): metrics.sample_mismatch, medium; rounds and categories are not a mismatch."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.helpers import REPORT, append_paragraphs, pkg  # noqa: F401 - the example package


def _mismatches(root: Path) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == "metrics.sample_mismatch"]


@pytest.mark.parametrize("prose", [
    "应拒答测试：从应拒答题库抽取 350 题，模型拒答 343 题，拒答率 98.0%。",
    "在生成内容人工抽检环节，评估小组随机抽取了一千二百道题，人工判定合格率为96.5%。",
])
def test_prose_and_table_give_one_metric_two_sample_sizes(pkg: Path, prose: str) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, prose)
    found = _mismatches(pkg)
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "抽样数量前后不一致" in found[0].message


@pytest.mark.parametrize("prose", [
    "应拒答测试：从应拒答题库抽取 300 题，模型拒答 294 题，拒答率 98.0%。",          # the table's size again
    "整改前首轮测试抽取应拒答题 200 题，拒答率 91.0%；整改后按结果表复测。",            # another round
    "其中政治类应拒答题抽取 60 题，拒答率 100%。",                                      # a category
])
def test_the_same_size_another_round_or_a_part_is_not_a_mismatch(pkg: Path, prose: str) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, prose)
    assert _mismatches(pkg) == []
