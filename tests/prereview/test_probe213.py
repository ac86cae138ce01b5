"""What the two-hundred-and-thirteenth and two-hundred-and-fourteenth probes (ten packages on the code after session
40's second round; 7 of 10 planted reasons found, 1 partly; no false high) found:

- a hotel platform's ``展示价调整系数`` raised for users tagged 商旅高频 who booked five times in ninety days: missed
  (展示价 was no price word);
- a hospital pharmacy assistant offering 用药指导 that refuses to 开具或调整处方: read as refusing the service it offers
  (prescribing and explaining medication were one concept);
- ``生成的文字带“AI辅助生成”标识``: not read as the explicit label;
- ``公示主体：…`` in a 拟公示内容 naming the company differently: not read as the applicant;
- a USCC in prose right after an applicant that is no company (``申请主体：南江市精神卫生中心（统一社会信用代码：…）``):
  a one-digit difference from the form only asked about at medium.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.facts import Fact, attribute_uscc
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    REPORT,
    add_to_self_assessment,
    algo,
    append_paragraphs,
    codes,
    pkg,
    replace_docx,
)


def test_a_shown_price_raised_for_frequent_bookers_is_high(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "附表：挂牌价浮动规则——会员等级为金卡且近60天下单≥8次的用户，挂牌价按1.05倍展示。")
    assert [f.severity for f in codes(algo, "safety.price_discrimination")] == [Severity.HIGH]


def test_explaining_medication_while_refusing_to_prescribe_is_a_boundary(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "服务范围补充：本助手为门诊患者提供用药指导常识问答，对开具或调整处方的请求一律不予回答。")
    assert all("处方" not in f.message for f in codes(pkg, "scope.high_risk_domain"))


def test_ai_assisted_wording_is_the_explicit_label(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "对话界面以文字提示添加显式标识“内容由人工智能生成”", "对话界面中生成的文字带“AI辅助生成”字样") == 1
    assert replace_docx(pkg / AGREEMENT, "生成内容带有显式标识和隐式标识", "生成内容带有隐式标识") == 1
    assert [f for f in codes(pkg, "safety.aigc_label") if "显式" in f.message] == []


def test_the_disclosures_publishing_subject_is_the_applicant(algo: Path) -> None:  # noqa: F811
    import docx

    path = next(algo.glob("*拟公示*.docx"))
    document = docx.Document(str(path))
    document.add_paragraph("公示主体：星河远景网络科技有限公司")
    document.save(str(path))
    found = [f for f in codes(algo, "consistency.mismatch") if "星河远景" in (f.evidence or "")]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_a_code_written_after_an_applicant_that_is_no_company_is_the_applicants() -> None:
    said = "申请主体：南江市精神卫生中心（统一社会信用代码：12440300MB2C7X6Q9J），地址：南江市……"
    fact = Fact("uscc", "12440300MB2C7X6Q9J", "附件1 安全评估报告.docx 第3段", said, "prose", "assessment_report")
    attributed = attribute_uscc(fact, {"南江市精神卫生中心"})
    assert attributed is not None and attributed.confident


def test_a_code_after_another_organisation_stays_unsure() -> None:
    said = "依托的算力由南江市大数据中心提供（统一社会信用代码：12440300MB2C7X6Q9J）。"
    fact = Fact("uscc", "12440300MB2C7X6Q9J", "附件1 安全评估报告.docx 第3段", said, "prose", "assessment_report")
    attributed = attribute_uscc(fact, {"南江市精神卫生中心"})
    assert attributed is None or not attributed.confident
