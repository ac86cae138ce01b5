"""What the two-hundred-and-forty-fourth and two-hundred-and-forty-fifth probes (ten packages on the code at the end of
session 41, after the fifth round's three changes; verdicts 9/10, 7 of 13 planted reasons found, 3 partly) found:

- an accounting firm (特殊普通合伙) whose report is signed by its 执行事务合伙人: "no 法定代表人 signed" (high);
- ``……输入违法信息的账号将被暂停``: "no measure against abusers" (medium);
- a PDF results table whose first row is its caption (``表4-1生成内容及非拒答测试汇总`` across the columns) over rows
  ``关键词抽检 | 1,000 | 合格率98.6%``: "the report gives no keyword / classifier results" (high, twice);
- a provider's authorisation letter ``……（统一社会信用代码：…）通过API方式调用我公司青岚医言大模型（备案号：Beijing-…）``
  whose number differs from the 登记表's by one digit: not read (the credit code's value ran over the second label; now a
  medium "please confirm", as other numbers read from prose); reading it brought up a form row ``算法备案情况 | ……算法备案
  已提交，备案号：网信算备……号`` (the service's own algorithm filing) read as the base model's number.

Not changed: a 登记 compiled file giving the called model two 备案号 in two chapters (missed: the package passed); a
function table recommending patent medicines with dosage against "不构成诊断或治疗意见"; an agreement admitting users
from 17 beside 是否面向未成年人：否; résumés used for training on a privacy policy's general 统计分析和使用 clause.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    PRIVACY,
    REPORT,
    RESULTS_TABLE,
    append_paragraphs,
    append_table,
    codes,
    drop_table,
    pkg,
    reg,
    registration_built,
    remove_abuse_measures,
    replace_docx,
)


def test_a_partnership_signed_by_its_managing_partner(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "法定代表人：张明远（签字）", "执行事务合伙人：张明远（签字）") == 1
    assert codes(pkg, "materials.report_signatures") == []


def test_a_report_without_its_legal_representative_still_lacks_one(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "法定代表人：张明远（签字）", "项目经理：张明远（签字）") == 1
    assert [f.severity for f in codes(pkg, "materials.report_signatures")] == [Severity.HIGH]


def test_an_account_that_will_be_suspended(pkg: Path) -> None:  # noqa: F811
    remove_abuse_measures(pkg)
    append_paragraphs(pkg / AGREEMENT, "一周内三次提交违法信息的，其账号将被暂停。")
    assert codes(pkg, "safety.user_abuse") == []


def test_a_caption_written_as_the_tables_first_row(pkg: Path) -> None:  # noqa: F811
    drop_table(pkg / REPORT, RESULTS_TABLE)
    append_paragraphs(pkg / REPORT, "语料人工抽检4000条，合格率97.8%；语料技术抽检占总量10.5%，合格率99.1%。")
    append_table(pkg / REPORT, [("表5 生成内容测试结果", "", "", ""), ("项目", "样本数", "结果", "要求"),
                                ("人工抽检", "1,000", "合格率97.0%", "≥90%"), ("关键词抽检", "1,000", "合格率98.0%", "≥90%"),
                                ("分类模型抽检", "1,000", "合格率97.5%", "≥90%"), ("应拒答题", "300", "拒答率97.0%", "≥95%"),
                                ("非拒答题", "300", "拒答率2.0%", "≤5%")])
    assert [f for f in codes(pkg, "metrics.missing") if "生成内容" in f.message] == []


def test_a_filing_number_after_a_credit_code_in_one_sentence(reg: Path) -> None:  # noqa: F811
    statement = next(reg.glob("*调用已备案模型情况说明*.docx"))
    for pdf in reg.glob("*调用已备案模型情况说明*.pdf"):
        pdf.unlink()
    append_paragraphs(statement, "兹确认深圳途灵智行科技有限公司（统一社会信用代码：91440300MA5GQ2TN6Y）通过API方式调用"
                                 "文心大模型（备案号：Beijing-WenXinYiYan-20230931）。")
    found = [f for f in codes(reg, "consistency.mismatch") if "备案号" in f.message]
    assert found and "20230931" in (found[0].evidence or "")


def test_the_services_own_algorithm_filing_is_not_the_models(pkg: Path) -> None:  # noqa: F811
    append_table(pkg / FORM, [("算法备案情况", "深度合成服务算法备案已提交，备案号：网信算备310115000000001250011号")])
    assert [f for f in codes(pkg, "consistency.mismatch") if "备案号" in f.message] == []
