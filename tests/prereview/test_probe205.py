"""What the two-hundred-and-fifth and two-hundred-and-sixth probes (ten packages on the code at the start of session 40;
8 of 10 planted reasons found, 1 partly; no clearly false high, three debatable) found, with the hundred-and-eighty-fifth
probe's reason no rule covered:

- an emergency plan cited by its title (制定《……应急预案》) in a paragraph that itself names the organisation and the
  handling steps, with no levels or drills anywhere: high in four packages, the same as a plan only named;
- a robots cell saying one crawled site was checked and another was not (``人社部网站已核查robots协议；省人社厅网站
  未核查``): missed;
- a privacy policy keeping ``对话日志`` three months against a report keeping ``用户输入与生成内容日志`` six: medium
  (not read as the same records);
- a licence cell whose basis is a user-agreement clause (``本公司自有，用户协议约定用于服务改进``): high, but the message
  said only the de-identification was written;
- a used-car platform's service fee scaled by the user's phone and bidding activity (``iOS用户1.08``): no rule.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    PRIVACY,
    REPORT,
    add_to_self_assessment,
    algo,
    append_paragraphs,
    append_source_row,
    codes,
    pkg,
    replace_docx,
)

_PLAN = "应急预案"


def _emergency_paragraph(root: Path) -> str:
    import docx

    return next(p.text for p in docx.Document(str(root / REPORT)).paragraphs if p.text.startswith(_PLAN))


def test_a_cited_plan_described_where_it_is_cited_is_asked_about(pkg: Path) -> None:  # noqa: F811
    said = ("应急处置：我司已印发《智能问答内容安全应急预案》，由运营副总牵头组建应急工作组，处置流程为发现、暂停生成、"
            "删除、上报属地网信部门。")
    assert replace_docx(pkg / REPORT, _emergency_paragraph(pkg), said) == 1
    found = codes(pkg, "safety.emergency_plan")
    assert [f.severity for f in found] == [Severity.MEDIUM] and "《智能问答内容安全应急预案》" in found[0].message


def test_a_cited_plan_described_only_elsewhere_stays_high(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, _emergency_paragraph(pkg), "应急处置：发生安全事件的，按《智能问答内容安全应急预案》办理。") == 1
    append_paragraphs(pkg / REPORT, "运营副总牵头组建工作组负责内容审核。")
    assert [f.severity for f in codes(pkg, "safety.emergency_plan")] == [Severity.HIGH]


def test_one_crawled_site_left_unchecked_is_high(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="两家行业协会网站公告", kind="网络数据", how="网络爬取（行业协会官网）",
                      licence="网站公开公告", crawl="甲协会网站已审查robots协议，乙协会网站尚未审查", pi="不含个人信息")
    found = [f for f in codes(pkg, "data_sources.crawl_no_robots") if "行业协会" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "乙协会网站尚未审查" in found[0].message


def test_every_crawled_site_checked_is_fine(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="两家行业协会网站公告", kind="网络数据", how="网络爬取（行业协会官网）",
                      licence="网站公开公告", crawl="两家网站均已审查robots协议，未发现禁止抓取条款", pi="不含个人信息")
    assert [f for f in codes(pkg, "data_sources.crawl_no_robots") if "行业协会" in f.message] == []


def test_inputs_and_outputs_kept_longer_than_the_dialogue_log_are_the_same_records(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "网络日志与生成记录留存不少于6个月", "用户提问与模型回答记录留存不少于6个月") == 1
    append_paragraphs(pkg / PRIVACY, "说明：问答日志自产生起保存90天后删除。")
    found = codes(pkg, "safety.log_retention")
    assert [f.severity for f in found] == [Severity.HIGH] and "对话记录" in found[0].message


def test_a_user_agreement_clause_is_no_consent_to_training(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="售后工单摘要", kind="用户数据", how="从工单系统导出",
                      licence="自有数据，按服务协议约定可用于产品优化", pi="已删除姓名与电话，去标识化")
    found = [f for f in codes(pkg, "data_sources.pi_no_basis") if "售后工单" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "服务协议约定" in found[0].message


def test_a_user_agreement_naming_separate_consent_is_a_basis(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="售后工单摘要", kind="用户数据", how="从工单系统导出",
                      licence="按服务协议约定，用户在提交工单时单独勾选同意用于模型训练", pi="已删除姓名与电话，去标识化")
    assert [f for f in codes(pkg, "data_sources.pi_no_basis") if "售后工单" in f.message] == []


def test_a_fee_scaled_by_the_users_phone_is_high(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "附：撮合佣金费率按终端区分，苹果手机用户1.10，其余用户1.00，由定价模块自动计算。")
    found = codes(algo, "safety.price_discrimination")
    assert [f.severity for f in found] == [Severity.HIGH]


def test_a_promise_of_one_price_for_everyone_is_fine(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "平台不会根据用户画像调整价格，同一商品对所有用户展示相同标价。",
                           "推荐模块根据用户偏好推荐不同价格区间的商品。")
    assert codes(algo, "safety.price_discrimination") == []
