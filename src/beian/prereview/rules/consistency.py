"""consistency: company, USCC, model, version, base model, 备案号, corpus size — the same everywhere.

Facts are read by :mod:`beian.prereview.facts` (labels, label/value table cells, a few prose
forms, OCR), normalised and clustered, with declared abbreviations (简称) honoured. Two
clusters of one fact are a conflict: high when both sides were read from labels, medium
("请人工确认") when one side comes from prose or OCR.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.facts import (
    Fact,
    aliases_of,
    anchored_companies,
    anchored_versions,
    attribute_uscc,
    by_key,
    clusters,
    facts_of,
    source_file,
)
from beian.prereview.model import Package
from beian.prereview.rules.base import make, rule
from beian.prereview.vocab import section
from beian.text.pii import validate_uscc

LABELS = {"company": "申请主体名称", "uscc": "统一社会信用代码", "model": "模型名称", "product": "产品/服务名称",
          "version": "模型版本", "base_model": "基础模型", "base_filing": "基础模型备案号", "corpus_size": "训练语料规模"}
COMPARED = ("company", "uscc", "model", "product", "version", "base_model", "base_filing", "corpus_size")
# Agreements, policies and data lists carry their own document versions ("版本号：V1.0" of the policy)
# and third parties' names: there a bare label is not the applicant's fact; a specific one (模型版本) is.
OWN_DOCS_ONLY = {"version": ("service_agreement", "privacy_policy", "data_sources"),
                 "product": ("data_sources",), "model": ("data_sources",), "base_model": ("data_sources",)}
GENERIC_LABELS = ("版本", "版本号")
STATED_WITH_FORM = {"登记": ("base_model_statement",)}  # the called model is stated in its own statement
FORM_NEEDS = {"备案": ("company", "uscc", "model"), "登记": ("company", "uscc", "base_model", "base_filing"),
              "算法备案": ("company", "uscc")}


def package_facts(pkg: Package) -> list[Fact]:
    """Facts from the documents that state the applicant's facts, plus beian.yaml ``facts:``."""
    out: list[Fact] = []
    for doc_id in section("facts", "documents"):
        for doc in pkg.docs(doc_id):
            if doc.view is not None:
                out.extend(f for f in facts_of(doc.view, doc_id) if _applies(f, doc_id))
    for key, value in pkg.facts.items():
        if key in LABELS and value:
            out.append(Fact(key, str(value), "beian.yaml", f"{key}: {value}", "label", "config"))
    out = _attributed(out)
    names = {re.sub(r"\s*[Vv]?\d+(\.\d+)+$", "", f.value).strip() for f in out if f.key == "model" and f.confident}
    if pkg.route == "登记":  # no model of its own: a version stated after the product name is the service's version
        names |= {f.value for f in out if f.key == "product" and f.confident}
    products = {f.value for f in out if f.key in ("product", "abbreviation", "model") and f.confident}
    labelled = {f.doc_id for f in out if f.key == "company"}
    for doc in pkg.docs(*section("facts", "documents")):
        if doc.view is None:
            continue
        if names:
            out.extend(_dedupe(out, anchored_versions(names, doc.text, doc.location, doc.spec.id)))
        if doc.spec.id not in labelled:
            out.extend(anchored_companies(products | names, doc.text, doc.location, doc.spec.id))
    return out


def _attributed(found: list[Fact]) -> list[Fact]:
    """Prose USCCs given to the company named before them; other companies' codes dropped."""
    applicant = {f.norm for f in found if f.key == "company" and f.confident}
    out = []
    for f in found:
        kept = attribute_uscc(f, applicant) if f.key == "uscc" and f.origin == "prose" else f
        if kept is not None:
            out.append(kept)
    return out


def _dedupe(have: list[Fact], new: list[Fact]) -> list[Fact]:
    """Anchored versions in documents that already state the version by label are not counted twice."""
    labelled = {(f.doc_id, f.norm) for f in have if f.key == "version"}
    return [f for f in new if (f.doc_id, f.norm) not in labelled]


def _applies(fact: Fact, doc_id: str) -> bool:
    if doc_id not in OWN_DOCS_ONLY.get(fact.key, ()):
        return True
    return fact.key == "version" and fact.label.strip("：: ") not in GENERIC_LABELS and doc_id != "data_sources"


@rule("consistency.facts", "关键信息前后一致", "consistency.mismatch", "consistency.uscc_invalid",
      "consistency.missing_fact")
def facts(pkg: Package) -> Iterator[Finding]:
    """The same company, USCC, model, version, base model and corpus size in every document."""
    found = by_key(package_facts(pkg))
    aliases = [a for d in pkg.docs(*pkg.all_doc_ids()) for a in aliases_of(d.text)]
    for key in COMPARED:
        yield from _compare(key, clusters(key, found.get(key, []), aliases))
    yield from _uscc(found.get("uscc", []))
    yield from _required_in_form(pkg, found)


def _compare(key: str, groups: list[list[Fact]]) -> Iterator[Finding]:
    if len(groups) < 2:
        return
    label = LABELS[key]
    certain = sum(any(f.confident for f in g) for g in groups) >= 2
    detail = "；".join(f"{g[0].where}：{g[0].value}" + (f"（另 {len(g) - 1} 处相同）" if len(g) > 1 else "")
                      + ("" if g[0].confident else "（从正文或 OCR 识别）") for g in groups)
    where = "、".join(dict.fromkeys(source_file(f.where) for g in groups for f in g))
    if certain:
        yield make("consistency.mismatch", Severity.HIGH, f"“{label}”在各材料中不一致。", where,
                   f"统一{label}，以营业执照/备案表为准逐一修改。", evidence=detail[:400])
    else:
        yield make("consistency.mismatch", Severity.MEDIUM, f"“{label}”可能不一致（部分取值从正文或 OCR 识别），请人工确认。",
                   where, f"核对{label}是否为同一对象；如为简称，在首次出现处注明“（以下简称“…”）”。", evidence=detail[:400])


def _uscc(found: list[Fact]) -> Iterator[Finding]:
    reported: set[str] = set()
    for fact in found:
        code = fact.norm
        if code in reported or validate_uscc(code):
            continue
        reported.add(code)
        sev = Severity.HIGH if fact.confident else Severity.MEDIUM
        note = "" if fact.confident else "（该值由 OCR 或正文识别，可能是识别误差）"
        yield make("consistency.uscc_invalid", sev, f"统一社会信用代码“{code}”校验位不正确或格式错误{note}。", fact.where,
                   "对照营业执照核对 18 位统一社会信用代码（GB 32100 校验位）。", evidence=code)


def _required_in_form(pkg: Package, found: dict[str, list[Fact]]) -> Iterator[Finding]:
    form = pkg.doc("form") or pkg.doc("algo_self_assessment")
    if form is None or form.unreadable or form.template:
        return
    where = (form.spec.id, "config", *STATED_WITH_FORM.get(pkg.route, ()))
    for key in FORM_NEEDS.get(pkg.route, ()):
        here = [f for f in found.get(key, []) if f.doc_id in where]
        if not here:
            yield make("consistency.missing_fact", Severity.MEDIUM, f"未能在《{form.spec.name}》中识别“{LABELS[key]}”，请人工确认。",
                       form.location, f"在表中以“{LABELS[key]}：……”的形式填写，或在 beian.yaml 的 facts 中给出。")
