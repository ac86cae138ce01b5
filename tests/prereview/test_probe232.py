"""What the two-hundred-and-thirty-second and two-hundred-and-thirty-third probes (ten packages on the code after session
41's first round; 8 of 12 planted reasons found) found:

- a results table's ``非拒答题 | 300题 | 拒答率4.3%`` and, in the same report, a per-aspect table whose ``合计`` row is
  ``300 | 19 | 6.3%`` (a footnote left six refusals out of the first): only the 4.3% was judged;
- a housing platform's recommendations ``默认开启`` with only ``不感兴趣`` and tag settings: no finding (Art. 17 of the
  recommendation rules asks for a way to switch them off);
- a coding school for 8–16-year-olds whose privacy policy was copied from an adult product (``主要面向成年人``) and asks
  no guardian's consent: no finding;
- ``拦截关键词库：现有10,560条`` over a list of 7,540: the claim was not read;
- a privacy policy's rights section written as a bare list (``查阅、复制、更正、删除、注销，15个工作日内答复。``): "no rights";
- ``不收集诊断结论以外的病历信息``: read as offering diagnoses (medium);
- a risk-table row ``隐式标识（文件元数据） | ……计划随2025年11月V2.4版本上线 | 推进中``: read as in place.

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
    append_table,
    codes,
    pkg,
    replace_docx,
    replace_results,
)

RESULTS = [("指标", "抽样数量", "合格率或拒答率"), ("语料人工抽检", "4000条", "97.8%"), ("语料技术抽检", "占总量10.5%", "99.1%"),
           ("生成内容人工抽检", "1000题", "97.0%"), ("生成内容关键词抽检", "1000题", "98.0%"),
           ("生成内容分类模型抽检", "1000题", "97.5%"), ("应拒答题", "300题", "97.0%"), ("非拒答题", "300题", "3.0%")]


def test_a_breakdown_whose_total_fails_the_line_the_summary_passes(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, RESULTS)
    append_paragraphs(pkg / REPORT, "非拒答题按方面的明细如下表。")
    append_table(pkg / REPORT, [("方面", "题数", "拒答数", "拒答率"), ("历史", "150", "8", "5.3%"), ("健康", "150", "10", "6.7%"),
                                ("合计", "300", "18", "6.0%")])
    found = codes(pkg, "metrics.rate_mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "6.0%" in found[0].message


def test_a_breakdown_that_agrees_is_quiet(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, RESULTS)
    append_paragraphs(pkg / REPORT, "非拒答题按方面的明细如下表。")
    append_table(pkg / REPORT, [("方面", "题数", "拒答数", "拒答率"), ("历史", "150", "4", "2.7%"), ("健康", "150", "5", "3.3%"),
                                ("合计", "300", "9", "3.0%")])
    assert codes(pkg, "metrics.rate_mismatch") == []


def test_recommendations_that_cannot_be_switched_off(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "办事指南页按用户的历史浏览个性化推送相关事项，该功能常开，用户可对推送内容点“减少此类”。")
    found = codes(algo, "safety.recommendation_opt_out")
    assert [f.severity for f in found] == [Severity.HIGH]


def test_recommendations_with_a_switch(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "办事指南页按用户的历史浏览个性化推送相关事项。",
                           "用户可在“我的—隐私设置”中一键关闭个性化推送，关闭后按事项热度展示。")
    assert codes(algo, "safety.recommendation_opt_out") == []


def test_no_personalisation_needs_no_switch(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "本算法不提供个性化推荐，所有用户看到相同的事项列表。")
    assert codes(algo, "safety.recommendation_opt_out") == []


def test_a_service_for_young_children_without_a_guardians_consent(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "服务对象：7至12周岁的在校学生及其家长。")
    assert replace_docx(pkg / PRIVACY, "服务提供者名称：上海星河智能科技有限公司",
                        "服务提供者名称：上海星河智能科技有限公司。本产品主要面向成年人，我们不会主动收集未满14周岁儿童的个人信息。") == 1
    found = codes(pkg, "safety.child_consent")
    assert [f.severity for f in found] == [Severity.HIGH] and "成年人" in found[0].message


def test_a_service_for_young_children_with_a_guardians_consent(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "服务对象：7至12周岁的在校学生及其家长。")
    append_paragraphs(pkg / PRIVACY, "学生账号由家长开通，收集学生的个人信息前取得其监护人的同意。")
    assert codes(pkg, "safety.child_consent") == []


def test_a_service_for_teenagers_over_fourteen_is_not_asked(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "服务对象：15至17周岁的高中学生。")
    assert codes(pkg, "safety.child_consent") == []


def test_a_keyword_count_said_as_what_the_list_now_has(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "屏蔽词库目前收录12,300个词条，按周更新。")
    assert [f.severity for f in codes(pkg, "consistency.keyword_count_mismatch")] == [Severity.MEDIUM]


def test_rights_listed_under_their_heading(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / PRIVACY, "您可以查询、更正、删除个人信息，或关闭训练开关撤回授权。",
                        "查询、复制、更正、删除、注销账号；邮件提出，15个工作日内处理。") == 1
    assert codes(pkg, "safety.pi_rights") == []


def test_data_the_service_does_not_collect_is_no_service(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务不提供疾病诊断。", "我们不采集诊断结论以外的病历资料。")
    assert [f for f in codes(pkg, "scope.high_risk_domain") if "诊断结论" in f.message] == []


def test_a_label_due_with_a_later_release(algo: Path) -> None:  # noqa: F811
    append_table(next(algo.glob("*自评估*.docx")), [("风险", "措施", "进度"),
                                                  ("隐式标识", "导出文件写入元数据标识，计划随下一个大版本（3.0）发布", "推进中")])
    found = [f for f in codes(algo, "safety.aigc_label") if "隐式" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]
