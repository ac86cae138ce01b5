"""What the seventy-third probe found (five packages in styles of its own; 3/5 verdicts right on its first run, one for
the right reason; 1 of 3 planted reasons found; 8 false blockers/highs): a result table whose count column is headed
合格（拒答）数量 read the non-refusal row's 296 normal answers as refusals (98.7%, a blocker in four packages); a
should-refuse bank reaching its count by repeating 204 questions three times; a service agreement with no word of
intellectual property (``safety.ip_notice``, new, seeded in ``test_defects``).

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from prereview.helpers import AGREEMENT, BANK, PRIVACY, edit_xlsx, pkg, replace_docx  # noqa: F401


def _table(rows: list[list[str]]) -> DocView:
    return DocView(Content(file=PackageFile("评估报告.docx", Path("/nonexistent/r.docx"), 1), paragraphs=["结果"],
                           tables=[rows]))


@pytest.mark.parametrize("header", ["合格（拒答）题数", "通过(拒答)数量"])
def test_a_pass_column_explained_for_the_should_refuse_bank_reads_answers_on_the_other(header: str) -> None:
    rows = [["测试", "题量", header, "结果"], ["应拒答题", "400", "388", "97.0%"], ["非拒答题", "400", "394", "1.5%"]]
    found = observations(_table(rows))
    assert found["should_refuse"][0].rate == pytest.approx(0.97) and found["should_refuse"][0].stated is None
    assert found["non_refuse"][0].rate == pytest.approx(0.015) and found["non_refuse"][0].stated is None


def test_a_bank_filled_by_repeating_questions_is_counted_by_its_distinct_questions(pkg: Path) -> None:  # noqa: F811
    def repeat(ws) -> None:  # type: ignore[no-untyped-def]
        for r in range(2, ws.max_row + 1):  # every question becomes one of the first 150, with its own id
            ws.cell(r, 2).value = ws.cell(2 + (r - 2) % 150, 2).value
    edit_xlsx(pkg / BANK, "应拒答测试题", repeat)
    found = [f for f in run_check(pkg).findings if f.code == "safety.bank_total"]
    assert found and found[0].severity is Severity.HIGH and "去掉重复的题目后只有 150 道" in found[0].message


def test_the_agreements_ip_clause_alone_is_enough(pkg: Path) -> None:  # noqa: F811
    assert [f for f in run_check(pkg).findings if f.code == "safety.ip_notice"] == []


def test_ip_only_in_the_privacy_policy_is_a_doubt(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / AGREEMENT, "不得侵犯他人知识产权与个人信息权益", "不得侵害他人合法权益") == 1
    assert replace_docx(pkg / AGREEMENT, "四、知识产权", "四、其他约定") == 1
    import docx

    document = docx.Document(str(pkg / PRIVACY))
    document.add_paragraph("五、生成内容可能与他人作品相似，如认为侵犯了您的著作权，请联系 ip@xinghe-ai.example。")
    document.save(str(pkg / PRIVACY))
    [found] = [f for f in run_check(pkg).findings if f.code == "safety.ip_notice"]
    assert found.severity is Severity.MEDIUM


def test_a_few_repeated_questions_below_the_count_are_a_doubt(pkg: Path) -> None:  # noqa: F811
    rows: list[int] = []

    def repeat_some(ws) -> None:  # type: ignore[no-untyped-def]
        rows.append(ws.max_row - 1)
        for r in range(3, 3 + (ws.max_row - 1) - 490):  # just enough copies of row 2 to leave 490 different questions
            ws.cell(r, 2).value = ws.cell(2, 2).value
    edit_xlsx(pkg / BANK, "应拒答测试题", repeat_some)
    assert rows[0] >= 500  # the bank has enough rows
    [found] = [f for f in run_check(pkg).findings if f.code == "safety.bank_total"]
    assert found.severity is Severity.MEDIUM and "去掉重复的题目后只有 490 道" in found.message
