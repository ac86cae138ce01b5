"""safety: keyword list and test banks against the profile; operational safety measures shown."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.model import Package
from beian.prereview.rules.banks import bank_findings, keyword_findings
from beian.prereview.rules.base import find_any, has_all_groups, make, rule, to_number

MEASURE_DOCS = ("assessment_report", "service_agreement", "privacy_policy", "content_safety_rules", "form")
EMERGENCY = {
    "应急组织": ("应急小组", "应急组织", "应急领导小组", "应急工作组"),
    "事件分级": ("分级", "一级事件", "等级"),
    "处置流程": ("处置流程", "响应流程", "处置步骤"),
    "联系方式": ("联系人", "联系电话", "联系方式"),
    "应急演练": ("演练",),
}
MEASURES = [
    ("safety.minors", Severity.MEDIUM, "未成年人保护", ("未成年人",), "写明未成年人模式、防沉迷或禁止未成年人使用的措施。"),
    ("safety.opt_out", Severity.MEDIUM, "用户关闭训练使用", ("关闭训练", "撤回授权", "拒绝将其输入用于训练", "不用于模型训练", "退出训练"),
     "在协议与产品中提供关闭“输入内容用于模型训练”的开关，并写明操作路径。"),
    ("safety.aigc_label", Severity.HIGH, "显式与隐式标识", ("显式标识",), "按《人工智能生成合成内容标识办法》写明显式标识（文字提示）与隐式标识（元数据）。"),
    ("safety.aigc_label", Severity.HIGH, "隐式标识", ("隐式标识",), "写明在文件元数据中添加隐式标识（生成合成标签、服务提供者名称或编码、内容编号）。"),
    ("safety.human_monitor", Severity.MEDIUM, "人工监看", ("人工审核", "人工监看", "监看人员", "审核人员"), "写明人工审核/监看岗位、人数与值班安排。"),
    ("safety.reassessment", Severity.MEDIUM, "模型更新后重新评估", ("重新评估", "重新开展安全评估", "再次评估"),
     "写明模型版本更新、重大功能变更后重新开展安全评估的机制。"),
]


@rule("safety.banks", "关键词库与测试题库达到数量要求", "safety.keyword_layout", "safety.keyword_total",
      "safety.keyword_per_risk", "safety.bank_layout", "safety.bank_total", "safety.bank_per_risk",
      "safety.bank_per_aspect", "safety.bank_unanswered")
def banks(pkg: Package) -> Iterator[Finding]:
    """Excel attachments 4 and 5 measured against the profile's quotas."""
    kw = pkg.doc("keyword_list")
    if kw and kw.primary:
        yield from keyword_findings(kw.primary, pkg.profile)
    tb = pkg.doc("test_bank")
    if tb and tb.primary:
        yield from bank_findings(tb.primary, pkg.profile)


@rule("safety.emergency", "应急预案要素齐全", "safety.emergency_plan")
def emergency(pkg: Package) -> Iterator[Finding]:
    """An emergency plan with organisation, levels, steps, contacts and drills."""
    text = pkg.text_of(*MEASURE_DOCS)
    if not text:
        return
    if "应急预案" not in text and "应急响应" not in text:
        yield make("safety.emergency_plan", Severity.HIGH, "没有找到应急预案。", "评估报告/管理制度",
                   "增加应急预案：应急组织、事件分级、处置流程、联系人与联系方式、定期演练。")
        return
    missing = has_all_groups(text, EMERGENCY)
    if missing:
        yield make("safety.emergency_plan", Severity.MEDIUM, f"应急预案缺少要素：{'、'.join(missing)}。", "评估报告/管理制度",
                   f"在应急预案中补充{'、'.join(missing)}。")


_TIME_LIMIT = re.compile(r"(?:投诉|举报)[^。\n]{0,60}?(\d+|[一二三四五六七八九十]+)\s*个?\s*(工作日|小时|日|天)内")
_RETENTION = re.compile(r"日志[^。\n]{0,40}?(?:不少于|至少|保存|留存)\s*(\d+|[一二三四五六七八九十]+)\s*(个月|年)")


@rule("safety.complaints", "投诉举报渠道与处理时限", "safety.complaint_channel")
def complaints(pkg: Package) -> Iterator[Finding]:
    """A complaint channel with a stated handling time limit."""
    text = pkg.text_of(*MEASURE_DOCS)
    if not text:
        return
    m = find_any(text, ("投诉", "举报"))
    if m is None:
        yield make("safety.complaint_channel", Severity.HIGH, "没有写明投诉举报渠道。", "服务协议/评估报告",
                   "写明投诉举报入口（电话、邮箱、页面位置）和处理时限，例如“收到投诉后 7 个工作日内反馈”。")
    elif not _TIME_LIMIT.search(text):
        yield make("safety.complaint_channel", Severity.HIGH, "写了投诉举报渠道，但没有处理时限。", "服务协议/评估报告",
                   "写明处理时限，例如“收到投诉后 7 个工作日内处理并反馈结果”。")


@rule("safety.logs", "日志留存不少于规定期限", "safety.log_retention")
def logs(pkg: Package) -> Iterator[Finding]:
    """Log retention stated and at least the profile's months."""
    text = pkg.text_of(*MEASURE_DOCS)
    if not text:
        return
    need = pkg.profile.operations["log_retention_months"].value
    m = _RETENTION.search(text)
    if m is None:
        yield make("safety.log_retention", Severity.HIGH, "没有写明日志留存期限。", "评估报告/隐私政策",
                   f"写明网络日志留存不少于 {need:.0f} 个月。")
        return
    months = (to_number(m.group(1)) or 0) * (12 if m.group(2) == "年" else 1)
    if months < need:
        yield make("safety.log_retention", Severity.HIGH, f"日志留存 {months:.0f} 个月，少于 {need:.0f} 个月。", "评估报告/隐私政策",
                   f"把日志留存期限改为不少于 {need:.0f} 个月，并落实到系统配置。", evidence=m.group())


_CLICKS = re.compile(r"(\d+)\s*次(?:点击|操作)")


@rule("safety.measures", "安全措施有描述", "safety.minors", "safety.opt_out", "safety.aigc_label", "safety.human_monitor",
      "safety.reassessment", "safety.evidence")
def measures(pkg: Package) -> Iterator[Finding]:
    """Minors, training opt-out, AIGC labels, human monitors, re-assessment and screenshots."""
    text = pkg.text_of(*MEASURE_DOCS)
    if not text:
        return
    for code, sev, name, words, fix in MEASURES:
        if not find_any(text, words):
            yield make(code, sev, f"没有写明“{name}”相关措施。", "评估报告/服务协议", fix)
    m = _CLICKS.search(text)
    limit = pkg.profile.operations["opt_out_max_clicks"].value
    if m and int(m.group(1)) > limit:
        yield make("safety.opt_out", Severity.MEDIUM, f"关闭训练使用需要 {m.group(1)} 次点击，超过 {limit:.0f} 次。", "服务协议",
                   f"把关闭入口调整到主界面起 {limit:.0f} 次点击以内。", evidence=m.group())
    if not any(f.ext in {"png", "jpg", "jpeg"} for f in pkg.files):
        yield make("safety.evidence", Severity.MEDIUM, "材料包中没有任何截图，安全措施只有文字描述。", "其他佐证",
                   "在“其他佐证”中放入投诉入口、标识、关闭训练开关、拦截效果等截图。")
