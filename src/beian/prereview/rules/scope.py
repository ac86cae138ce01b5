"""scope: concrete scenario, users, service form, out-of-scope handling; no over-broad claims."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.model import Package
from beian.prereview.rules.base import excerpt, find_any, has_all_groups, make, rule

SCOPE_DOCS = ("form", "assessment_report", "service_agreement", "content_safety_rules", "base_model_statement")
OVERBROAD = ("通用大模型", "全场景", "任何领域", "无所不能", "所有领域", "所有行业", "一切问题", "全领域", "任何问题", "无限制")
ELEMENTS = {
    "具体应用场景": ("应用场景", "使用场景", "服务场景"),
    "服务对象": ("服务对象", "目标用户", "面向用户", "用户群体"),
    "服务形式": ("服务形式", "服务方式", "提供方式"),
    "超出范围的处理": ("超出服务范围", "超出范围", "范围外"),
}
HIGH_RISK = {
    "医疗健康": (("医疗", "诊断", "病症", "用药"), ("不构成诊断", "不构成医疗建议", "执业医师", "就医")),
    "金融投资": (("金融", "投资", "理财", "证券"), ("不构成投资建议", "投资风险", "风险提示")),
    "心理咨询": (("心理咨询", "心理疏导", "情感陪伴"), ("危机干预", "转介", "心理援助热线")),
    "关键信息基础设施": (("关键信息基础设施", "电力调度", "工业控制"), ("人工复核", "人工确认")),
}


@rule("scope.overbroad", "服务范围表述具体，不夸大", "scope.overbroad")
def overbroad(pkg: Package) -> Iterator[Finding]:
    """Over-broad claims such as 通用大模型 or 全场景 in the form, report or agreement."""
    for doc_id in SCOPE_DOCS:
        doc = pkg.doc(doc_id)
        text = doc.text if doc else ""
        pattern = "|".join(map(re.escape, OVERBROAD))
        for m in re.finditer(pattern, text):
            yield make("scope.overbroad", Severity.HIGH, f"《{doc.spec.name}》使用了过宽的表述“{m.group()}”。",  # type: ignore[union-attr]
                       doc.location, "改为具体的场景、用户与功能，例如“面向企业员工的办公文档写作与问答助手，"  # type: ignore[union-attr]
                       "提供文字生成、摘要与改写，不提供医疗、金融等专业建议”。", evidence=excerpt(text, m.start(), m.end()))


@rule("scope.elements", "写明场景、对象、形式与范围外处理", "scope.missing_element")
def elements(pkg: Package) -> Iterator[Finding]:
    """The form or report names the scenario, users, service form and out-of-scope handling."""
    text = pkg.text_of(*SCOPE_DOCS)
    form = pkg.doc("form")
    if not text or form is None:
        return
    for name in has_all_groups(text, ELEMENTS):
        yield make("scope.missing_element", Severity.HIGH, f"备案表与评估报告中没有写明“{name}”。", form.location,
                   f"在备案表“服务范围”部分写明{name}（例如“超出服务范围的请求：提示用户并拒绝回答”）。")


@rule("scope.high_risk", "高风险领域有相应保障", "scope.high_risk_domain")
def high_risk(pkg: Package) -> Iterator[Finding]:
    """Medical, financial, counselling or infrastructure use without matching safeguards."""
    text = pkg.text_of(*SCOPE_DOCS)
    for domain, (words, guards) in HIGH_RISK.items():
        m = find_any(text, words)
        if m and not find_any(text, guards):
            yield make("scope.high_risk_domain", Severity.HIGH, f"服务涉及{domain}领域，但没有对应的保障措施。", "备案表/评估报告",
                       f"写明{domain}场景的保障：{'、'.join(guards)}等；或在服务范围中明确排除该领域。",
                       evidence=excerpt(text, m.start(), m.end()))
