"""What the hundred-and-sixth and hundred-and-seventh probes found (ten packages; first runs 9/10 verdicts right, 7 of
10 planted reasons found and 2 more at medium, 0 false highs):

- résumés handed to 合作招聘企业及人力资源服务合作伙伴 for their 营销推广 on 注册即视为同意: no finding (the recipient
  stood farther from the verb than the rule looked);
- 对话记录及系统日志保存3个月 against 对话记录 (会话记录) kept 6 months elsewhere asked at medium;
- 所调用模型版本更新后，重新进行安全测试 not read as re-assessment after an update;
- a form's section row 一、申请主体 over a bare 名称 | 上海…有限公司: the applicant's name not found.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.facts import facts_of
from beian.prereview.package import PackageFile
from beian.prereview.vocab import compiled, fold
from prereview.helpers import AGREEMENT, PRIVACY, REPORT, append_paragraphs, codes, pkg  # noqa: F401


def test_inputs_handed_to_partners_named_at_length_for_their_marketing_is_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "开通“职位速递”后，我们会把您的作品集与测评报告提供给签约的连锁用人单位及猎头服务合作伙伴，"
                                     "用于其岗位推送与营销活动；使用该功能即视为同意。")
    assert [f.severity for f in codes(pkg, "safety.third_party_sharing")] == [Severity.HIGH]


def test_the_same_hand_over_on_a_separate_consent_raises_nothing(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "开通“职位速递”前，我们会单独征得您的同意，再把您的作品集提供给签约用人单位及第三方猎头服务"
                                     "合作伙伴，用于其岗位推送。")
    assert codes(pkg, "safety.third_party_sharing") == []


def test_session_records_are_dialogue_records(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "用户会话记录与网络日志留存不少于6个月。")
    append_paragraphs(pkg / PRIVACY, "您的聊天记录及运行日志保存3个月后删除。")
    found = [f for f in codes(pkg, "safety.log_retention") if "3 个月" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


@pytest.mark.parametrize("text", ["所调用模型升级后，我们将重新进行安全测试，测试合格后再上线。", "底座模型更新后先跑一轮安全测试再发布。"])
def test_a_safety_test_rerun_after_a_model_update_is_reassessment(text: str) -> None:
    assert compiled("safety", "measures", "safety.reassessment").search(fold(text))


def _form(rows: list[list[str]]) -> DocView:
    return DocView(Content(file=PackageFile("登记表.docx", Path("/nonexistent/f.docx"), 1), paragraphs=["登记表"],
                           tables=[rows]))


def test_a_bare_name_under_the_applicants_section_row_is_the_applicant() -> None:
    view = _form([["一、申请单位信息", ""], ["名称", "杭州云栖数据服务有限公司"], ["统一社会信用代码", "91330106MA2H3K4L5X"],
                  ["二、服务信息", ""], ["名称", "云栖房源助手"]])
    companies = [f.value for f in facts_of(view, "form") if f.key == "company"]
    assert companies == ["杭州云栖数据服务有限公司"]
