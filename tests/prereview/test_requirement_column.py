"""A results table's 要求 column quotes the standard's line (抽样≥总量10%，合格率≥98%); its numbers are not the
package's own. Before, a technical sample written as a count only took its share from that column, so a report with
300,000 of 12,000,000 records (2.5%) was said to "write 10%"; with no total anywhere it would have passed as 10%."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from prereview.helpers import REPORT, codes, pkg, replace_docx  # noqa: F401


def _table(rows: list[list[str]]) -> DocView:
    return DocView(Content(file=PackageFile("评估报告.docx", Path("/nonexistent/r.docx"), 1), paragraphs=["三、抽检结果"],
                           tables=[rows]))


def test_the_lines_column_gives_no_share() -> None:
    view = _table([["项目", "样本量", "通过率", "标准要求"],
                   ["训练语料技术抽检", "86万条", "99.1%", "抽检不少于语料总量的10%，合格率不低于98%"]])
    [found] = observations(view)["corpus_technical"]
    assert found.fraction is None and found.n == 860000


def test_a_share_written_in_the_sample_cell_is_still_read() -> None:
    view = _table([["项目", "样本量", "通过率", "要求"],
                   ["训练语料技术抽检", "86万条（占全部语料12%）", "99.1%", "≥10%"]])
    [found] = observations(view)["corpus_technical"]
    assert found.fraction == 0.12


def test_a_count_short_of_the_line_by_the_reports_total_says_the_share_it_comes_to(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "1200000条（占总量10%）", "300000条") == 1
    found = [f for f in codes(pkg, "metrics.unrecognised") + codes(pkg, "metrics.sample_too_small") if "技术" in f.message]
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "2.5%" in found[0].message and "写的抽样比例 10%" not in found[0].message
