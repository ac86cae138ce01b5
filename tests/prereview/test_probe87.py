"""What the eighty-seventh, eighty-eighth and eighty-ninth probes found (fifteen packages by three hands on the
session's last code; first runs 2/5, 4/5 and 2/5 verdicts right, 3 of 9 planted reasons found, no false high):

- a privacy policy naming none of the individual's rights (``safety.pi_rights``, new);
- a report saying all should-refuse questions were tested, giving 310 while 附件5 holds 520;
- users' inputs handed to marketing partners on “使用即视为同意” (``safety.third_party_sharing``, new);
- a technical sampling share written as 12% whose count is 2% of the corpus total the same report states.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    PRIVACY,
    REPORT,
    SOURCES,
    append_paragraphs,
    codes,
    edit_xlsx,
    pkg,
    replace_docx,
)


def test_a_privacy_policy_without_any_right_is_high(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / PRIVACY, "您可以查询、更正、删除个人信息，或关闭训练开关撤回授权。",
                        "对话记录期满后删除。") == 1
    [found] = codes(pkg, "safety.pi_rights")
    assert found.severity is Severity.MEDIUM


def test_a_right_written_in_other_words_passes(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / PRIVACY, "您可以查询、更正、删除个人信息，或关闭训练开关撤回授权。",
                        "您有权申请导出或注销账号，我们将在15个工作日内处理。") == 1
    assert codes(pkg, "safety.pi_rights") == []


@pytest.mark.parametrize("said", ["经您同意后，我们可能将对话摘要共享给广告主，用于向您推送商品。",
                                  "您的输入可能有偿提供给合作机构用于用户画像与商业分析。"])
def test_inputs_given_to_third_parties_for_marketing_are_high(pkg: Path, said: str) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, said)
    [found] = codes(pkg, "safety.third_party_sharing")
    assert found.severity is Severity.HIGH


@pytest.mark.parametrize("said", ["我们不会将您的输入提供给第三方用于营销推广。",
                                  "如需将您的信息提供给合作伙伴用于营销，我们会另行取得您的单独同意。"])
def test_sharing_denied_or_on_a_separate_consent_passes(pkg: Path, said: str) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, said)
    assert codes(pkg, "safety.third_party_sharing") == []


def test_all_should_refuse_questions_said_tested_with_another_count(pkg: Path) -> None:  # noqa: F811
    assert not codes(pkg, "metrics.bank_rate_mismatch")  # 300 of the bank's 510, sampled: not compared
    assert replace_docx(pkg / REPORT, "300题", "300题（附件5全部应拒答题逐题测试）", ) >= 1
    found = [f for f in codes(pkg, "metrics.bank_rate_mismatch") if "全部" in f.message]
    assert found and found[0].severity is Severity.HIGH and "300" in found[0].message and "510" in found[0].message


def test_a_share_that_the_count_does_not_give_is_high(pkg: Path) -> None:  # noqa: F811
    def told(root: Path) -> list:  # type: ignore[type-arg]
        return [f for f in run_check(root).findings if f.code == "metrics.sample_too_small" and "只占" in f.message]
    assert told(pkg) == []  # 1,200,000 of 1,200万条 is the 10% it says
    assert replace_docx(pkg / REPORT, "1200000条（占总量10%）", "240000条（占总量10%）") == 1
    [found] = told(pkg)
    assert found.severity is Severity.HIGH and "2.0%" in found.message


def test_a_dataset_collected_after_the_assessment_ended_is_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "评估时间：2024年10月8日至2024年11月15日")
    assert not [f for f in codes(pkg, "consistency.date_order") if "采集时间" in f.message]  # collected by 2024-09-30

    def late(ws) -> None:  # type: ignore[no-untyped-def]
        column = next(c for c in range(1, ws.max_column + 1) if ws.cell(1, c).value == "采集时间")
        ws.cell(6, column).value = "2024年12月"
    edit_xlsx(pkg / SOURCES, "数据溯源清单", late)
    found = [f for f in codes(pkg, "consistency.date_order") if "采集时间" in f.message]
    assert found and found[0].severity is Severity.HIGH and "2024-11-15" in found[0].message
