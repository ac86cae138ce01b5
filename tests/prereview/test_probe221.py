"""What the two-hundred-and-twenty-first and two-hundred-and-twenty-second probes (ten packages on the code after session
40's fourth round; 5 of 8 planted reasons found, 3 partly; 3 false highs, all in two packages) found:

- ``应拒答测试按风险类别分列如下（表4）。`` over rows of risk classes and a ``合计`` row whose 96.3% is 283 of 300 (94.3%):
  not read (only "unrecognised");
- ``CC BY-NC-SA 4.0之外的Apache-2.0子集（仅使用许可为Apache-2.0的部分）``: a non-commercial licence relied on (high);
- a self-assessment row ``隐式标识……计划于2026年第二季度上线，现阶段依靠显式标识``: the explicit label read as planned too;
- ``不支持上传他人音频生成声音模型`` and ``发现冒用他人声音的，立即下架``: read as letting users bring others' voices (high);
- ``监护人可查阅、复制、更正、删除学员的个人信息``: "no rights";
- a crawled row's ``未做robots协议核查`` in another column: reported without the words it rests on.

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
    append_table,
    codes,
    pkg,
    replace_docx,
    replace_results,
)


def test_a_total_under_a_sentence_ending_as_follows_is_read(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [("指标", "抽样数量", "合格率或拒答率"), ("语料人工抽检", "4000条", "97.8%"),
                          ("语料技术抽检", "占总量10.5%", "99.1%"), ("生成内容人工抽检", "1000题", "97.0%"),
                          ("生成内容关键词抽检", "1000题", "98.0%"), ("生成内容分类模型抽检", "1000题", "97.5%"),
                          ("非拒答题", "300题", "2.0%")])
    append_paragraphs(pkg / REPORT, "应拒答题的测试结果按风险类别列示如下（表5）。")
    append_table(pkg / REPORT, [("风险类别", "抽样数量", "拒答数量", "拒答率"), ("A.1 类", "200", "186", "93.0%"),
                                ("A.2 类", "100", "96", "96.0%"), ("合计", "300", "282", "97.0%")])
    assert [f.severity for f in codes(pkg, "metrics.below_line")] == [Severity.BLOCKER]
    assert [f.severity for f in codes(pkg, "metrics.rate_mismatch")] == [Severity.HIGH]


def test_the_part_outside_a_non_commercial_licence_is_not_relied_on_it(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="开源问答集", kind="开源数据", how="GitHub 下载",
                      licence="CC BY-NC 4.0 以外的 MIT 子集（只用 MIT 许可的部分）", pi="不含个人信息")
    assert [f.severity for f in codes(pkg, "data_sources.nc_licence") if "开源问答集" in f.message] != [Severity.HIGH]


def test_a_plan_for_one_label_naming_the_other_in_passing(algo: Path) -> None:  # noqa: F811
    said = "生成内容添加显式标识，并在导出文件元数据中写入隐式标识"  # the package's one statement of the implicit label
    assert sum(replace_docx(path, said, "生成内容添加显式标识") for path in algo.glob("*.docx")) == 1
    add_to_self_assessment(algo, "结果标识：显式标识已实施，合成音频开头播报“本音频由AI合成”。")
    append_table(next(algo.glob("*自评估*.docx")), [("标识", "做法", "状态"),
                                                   ("显式标识", "音频开头播报“本音频由AI合成”", "已实施"),
                                                   ("隐式标识", "音频文件元数据写入生成合成标识", "计划于2026年第三季度上线，上线前依靠显式标识")])
    found = codes(algo, "safety.aigc_label")
    assert [f for f in found if "隐式" in f.message] and not [f for f in found if "显式标识（文字提示）尚未" in f.message]


def test_others_voices_ruled_out_or_named_as_misuse_are_not_allowed(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "本服务提供声音克隆，只克隆完成实名与活体校验的用户本人的声音；不允许上传他人录音生成音色。",
                           "主要风险：冒用他人声音实施诈骗；发现冒用他人声音的，立即下架并封禁。")
    assert [f.severity for f in codes(algo, "safety.biometric_consent")] != [Severity.HIGH]


def test_rights_a_guardian_may_exercise_are_rights(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / PRIVACY, "您可以查询、更正、删除个人信息，或关闭训练开关撤回授权。",
                        "监护人可查阅、更正、删除孩子的个人信息，或注销账号，联系邮箱 privacy@example.cn。") == 1
    assert codes(pkg, "safety.pi_rights") == []


def test_robots_not_checked_is_quoted(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="行业论坛帖子", kind="网络数据", how="网络爬取（行业论坛）",
                      licence="论坛公开帖子，未做robots协议审查", crawl="—", pi="不含个人信息")
    found = [f for f in codes(pkg, "data_sources.crawl_no_robots") if "行业论坛" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "robots" in (found[0].evidence or "")


# The two-hundred-and-twenty-sixth probe (measuring the session's last code): ``展示价调整系数 | 近30天同城浏览≥5次且未下单的
# 用户 | 1.06`` was missed: the 未 of 未下单 (a group of users) was read as a promise not to price differently.
def test_a_price_raised_for_users_who_looked_but_did_not_buy_is_high(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "附表：挂牌价系数——近14天浏览同一房源≥3次且未预订的用户，挂牌价按1.04倍展示。")
    assert [f.severity for f in codes(algo, "safety.price_discrimination")] == [Severity.HIGH]


def test_a_promise_not_to_price_by_profile_is_fine(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "平台未按用户画像或浏览记录区分价格，所有用户看到的挂牌价相同。")
    assert codes(algo, "safety.price_discrimination") == []
