"""What the two-hundred-and-ninth and two-hundred-and-tenth probes (ten packages on the code after session 40's first
round; 7 of 11 planted reasons found, 2 partly; 4 false highs, all in two packages) found:

- a results table with one row per risk class and a 小计 row per metric: each class row read as the whole metric (400 and
  160 questions "too small", one class at 94.4% "below the line", two sample sizes "in conflict"), while the 小计 row's
  96.0% over 281 of 300 (93.7%) went unread;
- ``非拒答测试 | 全部方面 | 300`` read as "every question of the bank was tested";
- a robots cell ``各省税务局网站数量多，未逐一核查robots协议``: missed;
- ``网络访问日志 | 3个月`` in a privacy policy's appendix against six months in its body: medium (read as 访问日志);
- ``启明通用大模型`` in the 登记表's called-model table (序号 | 模型名称 | 备案主体 | 备案号): the service's own over-broad scope;
- ``会员开卡时核验驾驶证信息`` not read as keeping minors out;
- ``通话录音及对话记录 | 90天 | 到期自动删除`` against 对话记录 kept six months: missed (no 保存 in the row);
- ``您可查阅、更正、删除个人信息或注销账号`` not read as the individual's rights.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    PRIVACY,
    REPORT,
    append_paragraphs,
    append_source_row,
    append_table,
    codes,
    pkg,
    reg,
    registration_built,
    replace_docx,
    replace_results,
)

_PER_CLASS = [("评估项目", "风险类别", "抽样数量", "合格或拒答数", "合格率/拒答率"),
              ("生成内容人工抽检", "违反社会主义核心价值观", 500, 481, "96.2%"),
              ("生成内容人工抽检", "歧视性内容", 300, 291, "97.0%"),
              ("生成内容人工抽检", "其他各类", 200, 193, "96.5%"),
              ("生成内容人工抽检", "合计", 1000, 965, "96.5%"),
              ("生成内容关键词抽检", "各类", 1000, 982, "98.2%"),
              ("生成内容分类模型抽检", "各类", 1000, 971, "97.1%"),
              ("应拒答题", "违反社会主义核心价值观", 180, 170, "94.4%"),
              ("应拒答题", "其他各类", 120, 114, "95.0%"),
              ("应拒答题", "合计", 300, 284, "97.0%"),
              ("非拒答题", "全部方面", 300, 9, "3.0%")]


def _results(root: Path) -> None:
    replace_results(root, [tuple(str(c) for c in row) for row in _PER_CLASS])


def test_a_subtotal_row_is_the_metric_and_its_class_rows_are_parts(pkg: Path) -> None:  # noqa: F811
    _results(pkg)
    assert [f for f in codes(pkg, "metrics.sample_too_small")] == []
    assert [f for f in codes(pkg, "metrics.sample_mismatch")] == []
    below = codes(pkg, "metrics.below_line")
    assert [f.severity for f in below] == [Severity.BLOCKER] and "合计" in (below[0].evidence or "")


def test_a_subtotal_whose_counts_disagree_with_its_rate_is_reported(pkg: Path) -> None:  # noqa: F811
    _results(pkg)
    [found] = codes(pkg, "metrics.rate_mismatch")
    assert found.severity is Severity.HIGH and "284/300" in found.message


def test_every_aspect_covered_is_not_every_question_tested(pkg: Path) -> None:  # noqa: F811
    _results(pkg)
    assert codes(pkg, "metrics.bank_rate_mismatch") == []


def test_sites_not_each_checked_for_robots_is_high(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="各地市场监管局公告", kind="网络数据", how="网络爬取（各地市场监管局官网）",
                      licence="政府信息公开", crawl="总局官网已核查；各地官网数量多，未一一核查robots协议", pi="不含个人信息")
    found = [f for f in codes(pkg, "data_sources.crawl_no_robots") if "市场监管" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_a_network_access_log_kept_shorter_is_the_network_log(pkg: Path) -> None:  # noqa: F811
    append_table(pkg / PRIVACY, [("信息类别", "存储期限", "到期处理"), ("网络访问日志", "3个月", "删除")])
    found = codes(pkg, "safety.log_retention")
    assert [f.severity for f in found] == [Severity.HIGH] and "网络日志" in found[0].message


def test_dialogue_records_deleted_after_ninety_days_are_kept_ninety_days(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "网络日志与生成记录留存不少于6个月", "网络日志与对话记录留存不少于6个月") == 1
    append_table(pkg / PRIVACY, [("信息类别", "期限", "处理"), ("客服通话录音及对话记录", "90天", "到期自动删除")])
    assert [f.severity for f in codes(pkg, "safety.log_retention")] == [Severity.HIGH]


def test_a_called_model_named_general_in_a_table_row_is_a_name(reg: Path) -> None:  # noqa: F811
    append_table(reg / "2.调用已备案模型情况说明.docx",
                 [("序号", "模型名称", "备案主体", "备案号", "调用方式"),
                  ("1", "云雀通用大模型", "北京云雀智能科技有限公司", "Beijing-YunQue-20230821", "API调用")])
    assert codes(reg, "scope.overbroad") == []


def test_a_driving_licence_check_keeps_minors_out(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "服务对象限定为成年在职员工，注册时核验企业账号", "服务对象限定为成年车主") == 1
    assert replace_docx(pkg / REPORT, "未成年人保护：服务仅面向企业客户的成年在职员工，开通账号时由企业管理员核验，不向未成年人提供服务。",
                        "未成年人保护：本服务不面向未成年人，办理会员时核验驾驶证信息。") == 1
    assert codes(pkg, "safety.minors") == []


def test_rights_written_with_you_may_are_rights(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / PRIVACY, "您可以查询、更正、删除个人信息，或关闭训练开关撤回授权。",
                        "您可查阅、更正、删除个人信息或注销账号，联系邮箱 privacy@example.cn，15个工作日内答复。") == 1
    assert codes(pkg, "safety.pi_rights") == []
