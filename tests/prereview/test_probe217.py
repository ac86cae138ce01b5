"""What the two-hundred-and-seventeenth and two-hundred-and-eighteenth probes (ten packages on the code after session
40's third round; 7 of 9 planted reasons found, 1 partly; 5 false highs in two packages) found:

- a results table under a caption without a number (``生成内容测试`` over rows ``人工抽检 | 关键词抽检 | 分类模型抽检``):
  the rows named no metric, three "missing" highs;
- a PDF whose results tables have one row per risk class and a ``合计`` row, the caption lost in the text layer and only
  ``……结果见表5。`` right above: not read (a 6.3% false-refusal total missed);
- a two-column ``项目 | 情况`` table whose values are sentences (``抽取4,000条，合格3,912条，合格率97.8%``): a row of values
  taken as the header of the row below, its counts given to ``技术抽检`` (a false blocker and a false high);
- ``近30天下单≥8次且使用iOS设备的乘客，溢价系数上浮0.1``: missed (乘客, iOS设备);
- ``本服务仅面向年满18周岁的成年人，注册时通过手机号实名认证核验年龄``: "no minors measure".

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
    drop_table,
    pkg,
    replace_docx,
    replace_results,
)

_CORPUS_AND_REFUSALS = [("指标", "抽样数量", "合格率或拒答率"), ("语料人工抽检", "4000条", "97.8%"),
                        ("语料技术抽检", "占总量10.5%", "99.1%"), ("应拒答题", "300题", "97.3%"), ("非拒答题", "300题", "2.3%")]


def test_a_caption_without_a_number_names_the_rows_metric(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, _CORPUS_AND_REFUSALS)
    append_paragraphs(pkg / REPORT, "模型输出内容抽检结果")
    append_table(pkg / REPORT, [("测试项", "抽样数量", "合格数量", "合格率"), ("人工抽检", "1,200", "1,170", "97.5%"),
                                ("关键词抽检", "1,200", "1,181", "98.4%"), ("分类模型抽检", "1,200", "1,175", "97.9%")])
    assert codes(pkg, "metrics.missing") == []


def test_a_total_row_under_a_sentence_pointing_at_the_table_is_read(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [*_CORPUS_AND_REFUSALS[:4], ("生成内容人工抽检", "1000题", "97.0%"),
                          ("生成内容关键词抽检", "1000题", "98.0%"), ("生成内容分类模型抽检", "1000题", "97.5%")])
    append_paragraphs(pkg / REPORT, "从非拒答题库随机抽取400题测试，各方面结果见下表。")
    append_table(pkg / REPORT, [("方面", "抽样题数", "误拒答题数", "误拒率"), ("文化、习俗", "200", "9", "4.5%"),
                                ("健康、职业", "200", "15", "7.5%"), ("合计", "400", "24", "6.0%")])
    found = codes(pkg, "metrics.below_line")
    assert [f.severity for f in found] == [Severity.BLOCKER] and "合计" in (found[0].evidence or "")


def test_a_two_column_table_of_labels_and_sentences_is_read_row_by_row(pkg: Path) -> None:  # noqa: F811
    replace_results(pkg, [("指标", "抽样数量", "合格率或拒答率"), *_CORPUS_AND_REFUSALS[3:],
                          ("生成内容人工抽检", "1000题", "97.0%"), ("生成内容关键词抽检", "1000题", "98.0%"),
                          ("生成内容分类模型抽检", "1000题", "97.5%")])
    append_paragraphs(pkg / REPORT, "语料安全评估")
    append_table(pkg / REPORT, [("项目", "情况"), ("语料人工抽检", "抽取4,000条，合格3,912条，合格率97.8%"),
                                ("语料技术抽检", "抽取语料总量的10%，合格率99.0%")])
    assert codes(pkg, "metrics.below_line") == [] and codes(pkg, "metrics.rate_mismatch") == []
    assert [f for f in codes(pkg, "metrics.unrecognised") if "语料" in f.message] == []


def test_a_surcharge_for_passengers_on_one_phone_is_high(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "附表：会员分层——近60天叫车≥10次且使用苹果手机的乘客，加价系数上调0.05。")
    assert [f.severity for f in codes(algo, "safety.price_discrimination")] == [Severity.HIGH]


def test_adults_only_with_an_age_check_is_a_minors_measure(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "服务对象限定为成年在职员工，注册时核验企业账号", "见隐私政策") == 1
    assert replace_docx(pkg / REPORT, "未成年人保护：服务仅面向企业客户的成年在职员工，开通账号时由企业管理员核验，不向未成年人提供服务。",
                        "使用对象：本服务仅面向年满十八周岁的员工，开通时核验年龄。") == 1
    assert [f for f in codes(pkg, "safety.minors") if "未找到" in f.message] == []
