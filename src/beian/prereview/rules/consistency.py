"""consistency: company, USCC, model, version, base model, 备案号, corpus size — the same everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.model import Package
from beian.prereview.rules.base import make, rule
from beian.text.pii import validate_uscc

FACT_DOCS = ("form", "assessment_report", "service_agreement", "privacy_policy", "content_safety_rules",
             "base_model_statement", "data_sources")
_V = r"\s*[：:]\s*([^\s，。；;,、：:（）()【】]{2,40})"
FACTS: dict[str, tuple[str, re.Pattern[str]]] = {
    "company": ("申请主体名称", re.compile(r"(?:申请主体|申请单位|单位名称|企业名称|公司名称|服务提供者名称|运营主体)[：:\s]*"
                                      r"([^\s，。；;,：:]{4,40}?(?:有限责任公司|股份有限公司|有限公司))")),
    "uscc": ("统一社会信用代码", re.compile(r"统一社会信用代码[：:\s]*([0-9A-Za-z]{15,20})")),
    "model": ("模型名称", re.compile(r"(?<![础座])(?:模型名称|服务名称)" + _V)),
    "version": ("模型版本", re.compile(r"(?:模型版本|版本号)\s*[：:]\s*[Vv]?(\d+(?:\.\d+)*)")),
    "base_model": ("基础模型", re.compile(r"(?:基础模型名称|基座模型名称|所调用的已备案模型|基础模型)" + _V)),
    "base_filing": ("基础模型备案号", re.compile(r"备案号\s*[：:]\s*([A-Za-z0-9\-]{6,60})")),
    "corpus_size": ("训练语料规模", re.compile(r"(?:语料总规模|训练语料规模|语料规模)\s*[：:]\s*([\d.,]+\s*(?:万|亿)?\s*(?:条|GB|TB|token|tokens))")),
    "service_form": ("服务形式", re.compile(r"服务形式" + _V)),
}


def _values(text: str, pattern: re.Pattern[str]) -> set[str]:
    return {re.sub(r"[\s,]", "", m.group(1)).upper() for m in pattern.finditer(text)}


@rule("consistency.facts", "关键信息前后一致", "consistency.mismatch", "consistency.uscc_invalid", "consistency.missing_fact")
def facts(pkg: Package) -> Iterator[Finding]:
    """The same company, USCC, model, version, base model and corpus size in every document."""
    seen: dict[str, dict[str, set[str]]] = {k: {} for k in FACTS}
    for doc_id in FACT_DOCS:
        doc = pkg.doc(doc_id)
        if doc is None or doc.primary is None:
            continue
        for key, (_, pattern) in FACTS.items():
            vals = _values(doc.text, pattern)
            if vals:
                seen[key][doc.location] = vals
    for key, value in pkg.facts.items():
        if key in FACTS and value:
            seen[key]["beian.yaml"] = {re.sub(r"[\s,]", "", str(value)).upper()}
    for key, (label, _) in FACTS.items():
        yield from _compare(label, seen[key])
    yield from _uscc(seen["uscc"])
    yield from _required_in_form(pkg, seen)


def _compare(label: str, where: dict[str, set[str]]) -> Iterator[Finding]:
    distinct = set().union(*where.values()) if where else set()
    if len(distinct) > 1:
        detail = "；".join(f"{loc}：{'/'.join(sorted(v))}" for loc, v in where.items())
        yield make("consistency.mismatch", Severity.HIGH, f"“{label}”在各材料中不一致。", "、".join(where),
                   f"统一{label}，以营业执照/备案表为准逐一修改。", evidence=detail[:300])


def _uscc(where: dict[str, set[str]]) -> Iterator[Finding]:
    for loc, values in where.items():
        for v in sorted(values):
            if not validate_uscc(v.strip().upper()):
                yield make("consistency.uscc_invalid", Severity.HIGH, f"统一社会信用代码“{v}”校验位不正确或格式错误。", loc,
                           "对照营业执照核对 18 位统一社会信用代码（GB 32100 校验位）。", evidence=v)


def _required_in_form(pkg: Package, seen: dict[str, dict[str, set[str]]]) -> Iterator[Finding]:
    form = pkg.doc("form")
    if form is None or form.primary is None:
        return
    needed = ["company", "uscc", "model"] + (["base_model", "base_filing"] if pkg.route == "登记" else [])
    for key in needed:
        if form.location not in seen[key] and "beian.yaml" not in seen[key]:
            label = FACTS[key][0]
            yield make("consistency.missing_fact", Severity.MEDIUM, f"备案表中找不到“{label}”。", form.location,
                       f"在备案表中以“{label}：……”的形式填写，或在 beian.yaml 的 facts 中给出。")
