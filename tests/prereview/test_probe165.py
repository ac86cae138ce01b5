"""What the hundred-and-sixty-fifth and hundred-and-sixty-sixth probes (ten packages on the code after session 38's
first round; 8 of 10 planted reasons found, one false high) found:

- a results table turned on its side (``项目 | 应拒答 | 非拒答`` over rows 抽样数量 / 模型拒答数量 / 拒答率): the row of
  how many were refused (372 of 400, 93.0%) was not read, and the stated 97.0% passed (a missed blocker);
- an agreement whose age requirement reads ``本服务仅向年满18周岁、具有完全民事行为能力的用户提供`` beside a form that
  serves 16-to-18-year-old students: not read as an age requirement (a missed high);
- ``助手提示联系学校心理辅导中心`` read as the service offering 心理辅导 with no safeguard (a false high): the words
  name the place the user is sent to.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from prereview.helpers import AGREEMENT, FORM, REPORT, append_paragraphs, codes, pkg  # noqa: F401


def _report(rows: list[list[str]]) -> DocView:
    return DocView(Content(file=PackageFile("评估报告.docx", Path("/nonexistent/r.docx"), 1), paragraphs=["拒答测试"],
                           tables=[rows]))


def test_a_row_of_refused_counts_in_a_table_on_its_side_is_the_evidence() -> None:
    found = observations(_report([["指标", "应拒答题", "非拒答题"], ["测试题数", "500", "400"],
                                  ["拒答题数", "463", "8"], ["拒答率", "96.6%", "2.0%"]]))
    [refuse], [answer] = found["should_refuse"], found["non_refuse"]
    assert round(refuse.rate, 3) == 0.926 and refuse.stated == 0.966 and round(answer.rate, 3) == 0.02


def test_a_table_on_its_side_without_counts_keeps_the_stated_rate() -> None:
    [refuse] = observations(_report([["指标", "应拒答题", "非拒答题"], ["测试题数", "500", "400"],
                                     ["拒答率", "96.6%", "2.0%"]]))["should_refuse"]
    assert (refuse.rate, refuse.n) == (0.966, 500)


def test_service_only_for_those_of_eighteen_conflicts_with_a_form_serving_minors(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "是否面向未成年人：是（含年满16周岁的中职学生）")
    append_paragraphs(pkg / AGREEMENT, "第二条 本服务只向年满十八周岁、具备完全民事行为能力的自然人提供。")
    assert [f.severity for f in codes(pkg, "scope.users_conflict")] == [Severity.HIGH]


def test_the_same_agreement_beside_a_form_for_adults_is_no_conflict(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "第二条 本服务只向年满十八周岁、具备完全民事行为能力的自然人提供。")
    assert codes(pkg, "scope.users_conflict") == []


def test_the_counselling_centre_the_user_is_sent_to_is_no_offer(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "涉及考试焦虑、情绪低落的提问，助手建议学生前往校心理辅导室，并同步告知辅导员。")
    assert not [f for f in codes(pkg, "scope.high_risk_domain") if f.severity is Severity.HIGH]


def test_counselling_offered_without_a_safeguard_is_still_reported(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本助手为学生提供心理辅导，帮助缓解考试焦虑。")
    assert [f.severity for f in codes(pkg, "scope.high_risk_domain")] == [Severity.HIGH]
