"""What the two-hundred-and-first and two-hundred-and-second probes (ten packages on the code after session 39's fifth
round; 3 of 9 planted reasons found, 2 partly; no false high) found:

- a results table written only as fractions (``拒答题数/总题数 | 合格题数/总题数`` with ``19/300``): not read, the
  non-refusal bank's 6.3% left at five "unrecognised" mediums;
- a bought weather dataset whose licence cell names no contract (``按需付费采购，供应商开放平台下载``): not asked about;
- a statement table ``用途 | 模型名称 | 模型提供方 | 备案号 | 调用方式`` whose backup model's number is
  ``备案号待平台公示后补充（上游称已提交）``: the header was not read (its labels stand apart), and the pending number not
  read as no number (a blocker missed); the form's ``主用模型备案号`` not read as a label (a wrong medium);
- a privacy policy's note giving health data ``给合作商业保险机构，用于其健康保险产品的推广``: missed (words between
  合作 and 机构);
- a crawled dataset whose licence cell says ``网站页面可公开访问（未做robots协议核查）`` and whose list has no robots
  column: missed.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.facts import _header_row
from prereview.helpers import (  # noqa: F401
    PRIVACY,
    REPORT,
    append_paragraphs,
    append_source_row,
    append_table,
    codes,
    drop_table,
    pkg,
    reg,
    registration_built,
    replace_results,
)


def test_a_results_table_of_fractions_is_read(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [("项目", "合格数/抽样数", "拒答数/抽样数", "结论"),
                                ("生成内容人工抽检", "965/1000", "—", "合格"), ("生成内容关键词抽检", "982/1000", "—", "合格"),
                                ("生成内容分类模型抽检", "971/1000", "—", "合格"), ("应拒答题", "—", "291/300", "合格"),
                                ("非拒答题", "—", "22/300", "合格")])
    found = codes(pkg, "metrics.below_line")
    assert [f.severity for f in found] == [Severity.BLOCKER] and "非拒答" in found[0].message
    assert [f for f in codes(pkg, "metrics.unrecognised") if "生成内容" in f.message] == []


def test_a_purchase_naming_no_contract_is_asked_about(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="路况历史数据", kind="商业数据", how="某地图服务商", licence="按调用量付费购买，接口拉取",
                      size="30万条")
    found = [f for f in codes(pkg, "data_sources.no_contract") if "路况" in f.message]
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_a_purchase_naming_its_contract_is_not(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="路况历史数据", kind="商业数据", how="某地图服务商",
                      licence="按调用量付费购买，数据服务合同DT-2025-07", size="30万条")
    assert [f for f in codes(pkg, "data_sources.no_contract") if "路况" in f.message] == []


def test_a_records_header_whose_labels_stand_apart() -> None:
    rows = [["序号", "模型名称", "提供单位", "备案号", "接入方式"], ["1", "星火大模型", "科大讯飞股份有限公司", "待公布", "API"]]
    header = _header_row(rows)
    assert header is not None and header[0] == 0 and {k for _, k in header[1].values()} == {"model", "base_filing"}


def test_side_by_side_label_value_pairs_are_no_header() -> None:
    assert _header_row([["申请主体", "星河公司", "统一社会信用代码", "91310115MA1K4B3C25"]]) is None


def test_a_pending_number_of_a_backup_model_is_no_number(reg: Path) -> None:  # noqa: F811
    append_table(reg / "2.调用已备案模型情况说明.docx",
                 [("用途", "模型名称", "提供单位", "备案号", "接入方式"),
                  ("备用", "星火大模型", "科大讯飞股份有限公司", "备案号待平台公示后补充", "API")])
    assert Severity.BLOCKER in [f.severity for f in codes(reg, "consistency.called_model_unfiled")]


def test_health_data_given_to_an_insurance_partner_for_its_marketing(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "注：我们会将您的问诊摘要提供给合作的商业保险公司，用于其保险产品的营销，您使用本服务即视为同意。")
    assert [f.severity for f in codes(pkg, "safety.third_party_sharing")] == [Severity.HIGH]


def test_a_crawl_whose_licence_cell_says_robots_were_not_checked(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="论坛公开帖子", kind="网络爬取", how="爬虫采集",
                      licence="页面公开可访问，未进行robots协议审查", crawl="见授权依据", size="12万条")
    assert Severity.HIGH in [f.severity for f in codes(pkg, "data_sources.crawl_no_robots")]


def test_the_primary_models_number_label_is_read() -> None:
    found = [f for f in _facts([["主用模型备案号", "Beijing-TongyiQianwen-20230828S0002"]]) if f.key == "base_filing"]
    assert [f.value for f in found] == ["Beijing-TongyiQianwen-20230828S0002"]


def _facts(rows: list[list[str]]) -> list:  # type: ignore[type-arg]
    from beian.prereview.facts import _row_facts

    return [f for row in rows for f in _row_facts(row, "登记表 表1", "form")]
