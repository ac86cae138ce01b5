"""What the forty-sixth probe found on correct packages written naturally: list items under “本服务不提供以下服务：”
read as offered, and a disclaimer (不构成法律意见) read as a refusal, made a contradiction (high, the one wrong
verdict); a 不面向 reached past a comma into a clause of its own (…确认成员均已年满18周岁) and excluded adults."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Finding
from beian.prereview import run_check
from prereview.helpers import FORM, REPORT, append_paragraphs, pkg  # noqa: F401 - the example package
from prereview.helpers import bounded as bounded_at

LEAD = "本服务不提供以下服务："
ITEMS = ("（一）针对具体个案的诉讼策略与胜诉预测；", "（二）代替执业律师出具法律意见书；", "（三）医疗、投资理财等与合同文书无关的咨询。")


def _found(root: Path, code: str) -> list[Finding]:
    return [f for f in run_check(root).findings if f.code == code]


@pytest.mark.parametrize(("text", "word", "bounded"), [
    ("\n".join((LEAD, *ITEMS)), "法律意见", True),
    ("\n".join((LEAD, *ITEMS)), "诉讼策略", True),
    ("\n".join(("本服务提供以下服务：", "（一）法律意见书初稿起草；")), "法律意见", False),
    ("本服务不面向未成年人，机构账号开通时由企业管理员确认成员均已年满18周岁，并在服务协议中约定。", "年满18周岁", False),
    ("本服务不面向未成年人，机构账号开通时由企业管理员确认成员均已年满18周岁。", "未成年人", True),
    ("不提供医疗诊断、投资建议，以及法律意见。", "法律意见", True),
    ("不提供医疗诊断、投资建议，包括但不限于荐股。", "荐股", True),
    ("不提供医疗诊断，但可以提供健康科普。", "健康科普", False),
    ("本服务不提供任何形式的医疗服务，包括在线问诊、处方开具、诊断疾病、用药指导等。", "用药指导", True),   # the list goes on
    ("本服务不提供任何形式的医疗服务，在线问诊、处方开具、诊断疾病、用药指导均不涉及。", "用药指导", True),
])
def test_how_far_a_negation_reaches(text: str, word: str, bounded: bool) -> None:
    assert bounded_at(text, word) is bounded


def test_a_negated_list_and_a_disclaimer_are_no_contradiction(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, LEAD, *ITEMS)
    append_paragraphs(pkg / REPORT, "审阅意见仅供参考，不构成法律意见；高风险条款交由执业律师人工复核。")
    assert _found(pkg, "scope.high_risk_domain") == []


def test_a_disclaimer_on_an_offered_service_is_no_refusal_of_it(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "本服务为签约律所的律师提供法律意见书初稿起草。")
    append_paragraphs(pkg / REPORT, "生成内容仅供参考，不构成法律意见，须由执业律师审核后使用。")
    assert _found(pkg, "scope.high_risk_domain") == []


def test_adults_confirmed_after_the_comma_are_not_excluded(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务不面向未成年人，机构账号开通时由企业管理员确认成员均已年满18周岁，并在服务协议中约定。")
    assert _found(pkg, "scope.users_conflict") == []


def test_a_refusal_after_a_disclaimer_of_the_same_words_is_still_a_contradiction(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "生成内容仅供参考，不构成法律意见。")
    append_paragraphs(pkg / REPORT, "本服务不提供法律意见。")
    append_paragraphs(pkg / "附件2 模型服务协议.docx", "本服务为签约律所的律师提供法律意见书初稿起草。")
    found = _found(pkg, "scope.high_risk_domain")
    assert [f.severity.value for f in found] == ["high"] and "前后矛盾" in found[0].message
