"""consistency: company, USCC, model, version, base model, 备案号, corpus size — the same everywhere.

Facts are read by :mod:`beian.prereview.facts` (labels, label/value table cells, a few prose
forms, OCR), normalised and clustered, with declared abbreviations (简称) honoured. Two
clusters of one fact are a conflict: high when both sides were read from labels, medium
("请人工确认") when one side comes from prose or OCR. A package calling two filed models compares each model's 备案号
with that model's number elsewhere. On the 登记 route the called model must be filed and unmodified
(``consistency.called_model_unfiled``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from beian.findings import Finding, Severity
from beian.prereview.docmodel import DocView, dedupe_cells, grid_of, ticked_options
from beian.prereview.facts import (
    UNFILED,
    Fact,
    aliases_of,
    anchored_companies,
    anchored_versions,
    attribute_uscc,
    bare_label,
    by_key,
    clusters,
    facts_of,
    label_key,
    source_file,
    trailing_version,
)
from beian.prereview.model import Document, Package
from beian.prereview.negation import SENTENCE_BREAKS, mentions, span_between
from beian.prereview.rules.base import make, rule
from beian.prereview.rules.scope import reading_text
from beian.prereview.vocab import fold, section, words
from beian.text.pii import validate_uscc

LABELS = {"company": "申请主体名称", "uscc": "统一社会信用代码", "model": "模型名称", "product": "产品/服务名称",
          "version": "模型版本", "base_model": "基础模型", "base_filing": "基础模型备案号", "corpus_size": "训练语料规模"}
COMPARED = ("company", "uscc", "model", "product", "version", "base_model", "base_filing", "corpus_size")
# Agreements, policies and data lists carry their own document versions ("版本号：V1.0" of the policy)
# and third parties' names: there a bare label is not the applicant's fact; a specific one (模型版本) is.
OWN_DOCS_ONLY = {"version": ("service_agreement", "privacy_policy", "data_sources"),
                 "product": ("data_sources",), "model": ("data_sources",), "base_model": ("data_sources",)}
GENERIC_LABELS = ("版本", "版本号")
NAMED_KEYS = ("company", "model", "product", "base_model")  # names, which a declared 简称 may shorten
# the called model is stated in its own statement; an 算法备案 has no form: its applicant may stand in any of its
# materials (the hundredth probe: name and credit code in the commitment, not in the self-assessment)
STATED_WITH_FORM = {"登记": ("base_model_statement",), "算法备案": ("algo_commitment", "algo_responsibility", "algo_disclosure")}
ROUTE_LABELS = {"登记": {"base_model": "所调用的已备案模型", "base_filing": "所调用已备案模型的备案号"}}
CALLED_MODEL_DOCS = ("form", "base_model_statement")  # where a 登记 package states what model it calls and how
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
    names = {re.sub(r"\s*[Vv]?\d+(\.\d+)+$", "", f.value).strip() for f in out if f.key == "model" and f.confident}
    if pkg.route == "登记":  # no model of its own: a version stated after the product name is the service's version
        names |= {f.value for f in out if f.key == "product" and f.confident}
    products = {f.value for f in out if f.key in ("product", "abbreviation", "model") and f.confident}
    labelled = {f.doc_id for f in out if f.key == "company"}
    for doc in pkg.docs(*section("facts", "documents")):
        if doc.view is None:
            continue
        if names and doc.spec.id != "change_statement":  # its prose tells the filing before the change, its 变更后
            out.extend(_dedupe(out, anchored_versions(names, doc.text, doc.location, doc.spec.id)))  # column the new one
        if doc.spec.id not in labelled:
            out.extend(anchored_companies(products | names, doc.text, doc.location, doc.spec.id))
    return _attributed(out)  # after the companies named in prose: 成都…有限公司（统一社会信用代码：…）郑重承诺


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
    models = clusters("base_model", found.get("base_model", []), aliases)
    several = _several_models(models)
    labels = {**LABELS, **ROUTE_LABELS.get(pkg.route, {})}
    for key in COMPARED:
        if key == "base_filing":
            for group in _filings_by_model(found.get(key, []), models, found.get("base_model", []), several):
                yield from _compare(key, clusters(key, group, aliases), labels[key])
        elif key != "base_model" or not several:  # two called models are not one model named twice
            groups = clusters(key, found.get(key, []), aliases)
            yield from _compare(key, groups, labels[key])
            if key == "base_model" and len(groups) == 1:  # one model: its versions, where written, agree
                yield from _compare(key, _by_version(groups[0]), labels[key])
    codes = clusters("uscc", found.get("uscc", []), aliases)
    mismatched = {f.norm for g in codes for f in g} if sum(any(f.confident for f in g) for g in codes) >= 2 else set()
    yield from _uscc([f for f in found.get("uscc", []) if f.norm not in mismatched])  # the mismatch names it once
    yield from _required_in_form(pkg, found, labels)


def _several_models(models: list[list[Fact]]) -> bool:
    """True when one document names two called models (登记表 rows 调用的已备案模型（一）/（二）): the package calls both."""
    docs = [{(f.doc_id, source_file(f.where)) for f in group} for group in models]
    return any(a & b for i, a in enumerate(docs) for b in docs[i + 1:])


def _by_version(group: list[Fact]) -> list[list[Fact]]:
    """The facts of one base model (names compared without their versions) that write a version, grouped by it
    (华佗医药大模型 V3.0 in the form, V2.5 in the report's appendix: the hundred-and-ninety-third probe)."""
    out: dict[str, list[Fact]] = {}
    for fact in group:
        if (version := trailing_version(fact.value)) is not None:
            out.setdefault(version, []).append(fact)
    return list(out.values())


def _filings_by_model(filings: list[Fact], models: list[list[Fact]], named: list[Fact],
                      several: bool) -> list[list[Fact]]:
    """The 备案号 facts to compare with each other: all of them for one called model; per model for several (a number
    no model can be given to is left out rather than compared with another model's number)."""
    if not several:
        return [filings]
    groups: list[list[Fact]] = [[] for _ in models]
    unowned: list[Fact] = []
    for fact in filings:
        owner = _owner(fact, models, named)
        (groups[owner] if owner is not None else unowned).append(fact)
    for fact in unowned:
        same = [i for i, g in enumerate(groups) if any(_series(f.norm) == _series(fact.norm) for f in g)]
        if len(same) == 1:
            groups[same[0]].append(fact)
    return groups


def _owner(fact: Fact, models: list[list[Fact]], named: list[Fact]) -> int | None:
    """The called model a 备案号 belongs to: the one its cell names, else the only one named in its row, its table or
    sheet (one sheet or table per called model, the hundred-and-forty-eighth probe), or its document."""
    if fact.subject:
        return next((i for i, g in enumerate(models) if any(f.subject == fact.subject or f.value == fact.subject
                                                            for f in g)), None)
    for near in (lambda f: f.where == fact.where, lambda f: grid_of(f.where) == grid_of(fact.where),
                 lambda f: source_file(f.where) == source_file(fact.where)):
        owners = {i for i, g in enumerate(models) for f in g if near(f) and f.doc_id == fact.doc_id}
        if len(owners) == 1:
            return owners.pop()
        if owners:
            return None
    return None


def _series(number: str) -> str:
    """A filing number without its date and serial (BEIJING-YUNQUE-20230821S0003 → BEIJING-YUNQUE): the model it names."""
    return re.sub(r"-?\d{6,}.*$", "", number)


def _compare(key: str, groups: list[list[Fact]], label: str) -> Iterator[Finding]:
    if len(groups) < 2:
        return
    certain = sum(any(f.confident for f in g) for g in groups) >= 2
    detail = "；".join(f"{g[0].where}：{g[0].value}" + (f"（另 {len(g) - 1} 处相同）" if len(g) > 1 else "")
                      + ("" if g[0].confident else "（从正文或 OCR 识别）") for g in groups)
    where = "、".join(dict.fromkeys(name for g in groups for f in g for name in source_file(f.where).split("、")))
    if certain:
        invalid = [g[0].norm for g in groups if key == "uscc" and not validate_uscc(g[0].norm)]
        note = f"其中“{'”“'.join(invalid)}”的校验位不正确（GB 32100），应是笔误。" if invalid else ""
        yield make("consistency.mismatch", Severity.HIGH, f"“{label}”在各材料中不一致。{note}", where,
                   str(section("facts", "fixes", key)), evidence=detail[:400], public=key == "uscc")
    else:
        fix = (f"核对{label}是否为同一对象；如为简称，在首次出现处注明“（以下简称“…”）”。" if key in NAMED_KEYS
               else f"核对{label}，以原始记录为准统一各材料的写法。")  # a corpus size has no 简称 (the seventieth probe)
        yield make("consistency.mismatch", Severity.MEDIUM, f"“{label}”可能不一致（部分取值从正文或 OCR 识别），请人工确认。",
                   where, fix, evidence=detail[:400])


def _uscc(found: list[Fact]) -> Iterator[Finding]:
    reported: set[str] = set()
    # a labelled reading first: a PDF's form is read both as lines of text and as a ruled table, and the table's
    # reading of the same code is the sure one (the hundred-and-third packages exported to PDF said "maybe OCR")
    for fact in sorted(found, key=lambda f: not f.confident):
        code = fact.norm
        if code in reported or validate_uscc(code):
            continue
        reported.add(code)
        sev = Severity.HIGH if fact.confident else Severity.MEDIUM
        note = "" if fact.confident else "（该值由 OCR 或正文识别，可能是识别误差）"
        yield make("consistency.uscc_invalid", sev, f"统一社会信用代码“{code}”校验位不正确或格式错误{note}。", fact.where,
                   "对照营业执照核对 18 位统一社会信用代码（GB 32100 校验位）。", evidence=code, public=True)


def _required_in_form(pkg: Package, found: dict[str, list[Fact]], labels: dict[str, str]) -> Iterator[Finding]:
    form = pkg.doc("form") or pkg.doc("algo_self_assessment")
    if form is None or form.unreadable or form.template:
        return
    where = (form.spec.id, "config", *STATED_WITH_FORM.get(pkg.route, ()))
    for key in FORM_NEEDS.get(pkg.route, ()):
        here = [f for f in found.get(key, []) if f.doc_id in where]
        if key == "base_filing" and any(f.doc_id in where for f in found.get(UNFILED, [])):
            continue  # the form says there is none: consistency.called_model_unfiled
        if not here:
            yield make("consistency.missing_fact", Severity.MEDIUM, f"未能在《{form.spec.name}》中识别“{labels[key]}”，请人工确认。",
                       form.location, f"在表中以“{labels[key]}：……”的形式填写，或在 beian.yaml 的 facts 中给出。")


@rule("consistency.called_model", "登记路线调用的是已备案且未经修改的模型", "consistency.called_model_unfiled")
def called_model(pkg: Package) -> Iterator[Finding]:
    """On the 登记 route the called model is filed and unmodified: a 备案号 field saying there is none, or a form ticking
    自研 / 微调 / 训练, is a blocker (the package belongs on 大模型上线备案); fine-tuning only mentioned in prose is a doubt."""
    if pkg.route != "登记":
        return
    views = [(d, d.view) for d in pkg.docs(*CALLED_MODEL_DOCS) if d.view is not None and not d.template]
    docs = [d for d, _ in views]
    stated = [f for d, view in views for f in facts_of(view, d.spec.id)]
    unfiled = [f for f in stated if f.key == UNFILED][:1]
    found = [_unfiled_reason(f, stated) for f in unfiled]
    answers = [answer for _, view in views for answer in _form_answers(view)]
    found += answers
    if found:
        reasons = "、".join(dict.fromkeys(short for short, _, _ in found))
        yield make("consistency.called_model_unfiled", Severity.BLOCKER,
                   f"所调用的模型{reasons}，不适用登记，应办理生成式人工智能（大语言模型）上线备案。",
                   "、".join(dict.fromkeys(where for _, _, where in found)),
                   CALLED_MODEL_FIX + (CONTRADICTION_FIX if any(_numbered_elsewhere(f, stated) for f in unfiled) else ""),
                   evidence="；".join(dict.fromkeys(detail for _, detail, _ in found))[:400])
        if not answers:  # a model without a filing number; another one fine-tuned, said in prose, is a cause of its own
            yield from (f for f in _hints(docs) if f.severity is Severity.HIGH)  # (the fifty-first probe)
        return
    hints = list(_hints(docs))
    if not any(f.severity is Severity.HIGH for f in hints):  # said done in another material (a 内容安全管理制度:
        done = [f for f in _hints(_other_docs(pkg)) if f.severity is Severity.HIGH]  # 对GLM-4-Air进行了LoRA微调,
        hints = done[:1] or hints  # the sixtieth probe) while the form says 否
    yield from hints


def _unfiled_reason(fact: Fact, stated: list[Fact]) -> tuple[str, str, str]:
    """(reason, detail, file) of a 备案号 field saying there is none, naming the model and, when another material gives
    it a 备案号, that material and number."""
    model = _model_above(fact, stated)
    reason = f"{f'“{model}”' if model else ''}没有备案号（“{fact.value[:40]}”）"
    if (number := _numbered_elsewhere(fact, stated)) is not None:
        reason += f"；而“{source_file(number.where)}”写其备案号 {number.value}，两处矛盾"
    return reason, f"{fact.label.strip('：: ') or '备案情况'}：{fact.value}", source_file(fact.where)


def _numbered_elsewhere(fact: Fact, stated: list[Fact]) -> Fact | None:
    """A 备案号 another material gives the model of a field saying there is none (a backup model 申请中 in the
    statement and with a number in the form: the sixty-fourth probe)."""
    model = _model_above(fact, stated)
    return next((f for f in stated if f.key == "base_filing" and model and _model_above(f, stated) == model
                 and source_file(f.where) != source_file(fact.where)), None)


_PLACE = re.compile(r"^(.*?)第(\d+)[段行]$")


def _model_above(fact: Fact, stated: list[Fact]) -> str:
    """The called model a fact without a subject is about: named in its table row, else in the nearest paragraph
    above it in the same file, or row above it in the same table (模型名称：青城大模型 … 备案号：申请中)."""
    if fact.subject:
        return fact.subject
    at = _PLACE.search(fact.where)
    if at is None:
        return ""
    above = [(int(m.group(2)), f.value) for f in stated if f.key == "base_model"
             and (m := _PLACE.search(f.where)) and m.group(1) == at.group(1) and int(m.group(2)) <= int(at.group(2))]
    return max(above)[1] if above else ""


def _other_docs(pkg: Package) -> list[Document]:
    """The readable materials other than the form and the called-model statement."""
    return [d for d in pkg.documents.values() if d.spec.id not in CALLED_MODEL_DOCS and d.view is not None
            and not d.template]


@rule("consistency.base_model", "备案路线使用的第三方基础模型已经备案", "consistency.base_model_unfiled")
def base_model(pkg: Package) -> Iterator[Finding]:
    """On the 备案 route a service built on a third party's base model uses a filed one (TC260-003 6 a)): a form
    naming a third-party base model whose 备案号 field says there is none (境外开源模型，无境内备案号) is high. A
    self-developed model (基础模型：不涉及/自研) has nothing to file."""
    form = pkg.doc("form")
    if pkg.route != "备案" or form is None or form.view is None or form.template:
        return
    third = [(label, value) for label, value, _ in _label_values(form.view)
             if label_key(label) == "base_model" and not _own_model(value)]  # read as written: a licence note is long
    unfiled = [f for f in facts_of(form.view, "form") if f.key == UNFILED]
    if third and unfiled:
        (label, value), said = third[0], unfiled[0]
        yield make("consistency.base_model_unfiled", Severity.HIGH,
                   f"基础模型“{value[:40]}”是第三方模型，备案号一栏写明没有备案（“{said.value[:40]}”）；"
                   "基于第三方基础模型提供服务的，应使用已经主管部门备案的基础模型（TC260-003 6 a)）。",
                   source_file(said.where), BASE_MODEL_FIX,
                   evidence=f"{label}：{value}；{said.label or '备案号'}：{said.value}"[:300])


BASE_MODEL_FIX = ("改用已经备案的基础模型并重新评估；基础模型确已备案的，填写其备案号；自行训练、不依赖第三方基础模型的，"
                  "在“基础模型”一栏写明“不涉及（自研）”，并在评估报告中说明训练过程。")


def _own_model(value: str) -> bool:
    """True when a base-model cell says there is no third-party base model (不涉及, 自研, 未使用第三方基础模型)."""
    folded = fold(value).strip()
    said = any(folded.startswith(w) and not re.match(r"[\u4e00-\u9fff]", folded[len(w):len(w) + 1])
               for w in words("facts", "called_model", "no_third_party"))  # 无（…） or 无, not 无锡…大模型
    return said or any(w in folded for w in words("facts", "called_model", "own"))


CALLED_MODEL_FIX = ("登记只适用于通过 API 等方式调用已备案模型、未作微调或再训练的服务；自研、未备案或经过微调的模型应办理"
                    "生成式人工智能（大语言模型）上线备案。确为调用已备案模型的，在登记表中填写其备案号，并更正“模型来源”“是否微调”等栏目。")


CONTRADICTION_FIX = "材料对同一模型的备案情况说法矛盾：先核实它是否已备案，已备案的更正写“未备案/申请中”的材料，尚未备案的不得调用（备用模型也一样）。"


def _form_answers(view: DocView) -> Iterator[tuple[str, str, str]]:
    """(reason, the row, file) of form rows (table cells or 标签：值 paragraphs) answering 模型来源 with 自研, 是否微调 with
    是, or ticking a 微调/训练 option under 调用方式: what the filer says it did to the model."""
    for label, value, where in _label_values(view):
        kind = _answer_kind(label)
        if kind is None:
            continue
        options = _chosen(value)
        if kind == "origin" and (hit := _any_in(options, "own")):
            yield f"为“{hit}”模型", f"{label}：{value}", where
        elif kind == "modified" and any(o.startswith(words("facts", "called_model", "affirmative")) for o in options):
            yield "经过微调或再训练", f"{label}：{value}", where
        elif kind == "usage" and _ticked(value) and (hit := _any_in(options, "modifying")):
            yield f"经过{hit}", f"{label}：{value}", where


def _label_values(view: DocView) -> Iterator[tuple[str, str, str]]:
    """(label, value, file) of each label/value cell pair and each 标签：值 paragraph line."""
    for g in view.grids:
        if g.is_sheet:
            continue
        for row in g.rows:
            cells = dedupe_cells(row)
            for label, value in pairwise(cells):
                if label and value:
                    yield label.strip(), value.strip(), view.file
    for p in view.paras:
        m = re.match(r"\s*([^：:]{2,20})[：:]\s*(.{1,80})", p.text)
        if m:
            yield m.group(1).strip(), re.split(r"[。；;\n]", m.group(2))[0].strip(), view.file


def _answer_kind(label: str) -> str | None:
    """origin / modified / usage for a form label; a question about training the model (是否对所调用模型进行微调、再训练)
    is a modified label however it is worded."""
    bare = bare_label(label)
    for kind, group in (("origin", "origin_labels"), ("modified", "modified_labels"), ("usage", "usage_labels")):
        if bare in words("facts", "called_model", group):
            return kind
    asks = bare.startswith(words("facts", "called_model", "hint_questions"))
    return "modified" if asks and len(bare) <= 30 and any(w in bare for w in words("facts", "called_model", "modifying")) \
        else None


def _ticked(value: str) -> list[str] | None:
    """The options ticked in a tick-box value (None when it has no tick boxes)."""
    return ticked_options(fold(value))


def _chosen(value: str) -> list[str]:
    """What a form cell answers: its ticked options, or its plain text when it has no tick boxes."""
    ticked = _ticked(value)
    return ticked if ticked is not None else [fold(value)]


def _any_in(options: list[str], group: str) -> str | None:
    """The first word of vocabulary group ``called_model.<group>`` in the options, outside a negation (不微调)."""
    negations = words("facts", "called_model", "hint_negations")
    for option in options:
        for w in words("facts", "called_model", group):
            at = option.find(w)
            if at != -1 and not any(n in option[:at] for n in negations):
                return w
    return None


def _unticked_option(before: str) -> bool:
    """True when a mention is part of an option left unticked (☐微调/再训练: 再训练 too)."""
    marks = re.findall(rf"[{''.join(map(re.escape, (*words('ticks', 'checked'), *words('ticks', 'unchecked'))))}]\S*$",
                       before)
    return bool(marks) and marks[-1][0] in words("ticks", "unchecked")


def _hints(docs: list[Document]) -> Iterator[Finding]:
    """Fine-tuning or an own model mentioned (not negated, not a 是否… question) in the form or the statement: a doubt,
    or high when the sentence says it was done (对…做了SFT精调, 精调后的模型): the first such mention is reported."""
    first: Finding | None = None
    for d in docs:
        for m, sentence, evidence in _hint_mentions(reading_text(d)):  # a PDF's wrapped lines joined: 未对其进行微\n调
            done = any(w in sentence for w in words("facts", "called_model", "done")) or _done_with_data(sentence)
            found = make("consistency.called_model_unfiled", Severity.HIGH if done else Severity.MEDIUM,
                         (f"《{d.spec.name}》写明对所调用的模型作了微调或再训练（“{m}”）：登记只适用于调用已备案、未经修改的模型，"
                          "应办理生成式人工智能（大语言模型）上线备案。") if done else
                         (f"《{d.spec.name}》提到“{m}”：登记只适用于调用已备案、未经修改的模型，"
                          "请确认没有对所调用的模型作微调或再训练。"), d.location, CALLED_MODEL_FIX, evidence=evidence)
            if done:
                yield found
                return
            first = first or found
    if first is not None:
        yield first


# data used to fine-tune, said as done (在专属部署版本上使用……工单约46万条进行LoRA微调: the two-hundred-and-thirty-sixth
# probe's call statement), not a plan or a condition (如需微调, 计划使用……进行微调)
# (……约12万条对模型进行LoRA参数高效微调，形成“……专用版”权重: the two-hundred-and-seventy-ninth probe, only asked about)
_DONE_USING = re.compile(r"(?:使用|利用|基于|采用|用)[^。；;]{0,40}?(?:进行|开展|做)了?[^。；;，,]{0,10}?"
                         r"(?:微调|精调|再训练|增量训练|继续训练)")
_NOT_YET = re.compile(r"如需|如果|若|拟|计划|将来|未来|后续|可能|可以|如有")


def _done_with_data(sentence: str) -> bool:
    """Whether a folded sentence says the model was fine-tuned on some data, as done."""
    return _DONE_USING.search(sentence) is not None and _NOT_YET.search(sentence) is None


def _hint_mentions(raw: str) -> Iterator[tuple[str, str, str]]:
    """(word, folded sentence, sentence as written) of each hint word not negated, not a question, not an unticked
    option."""
    negations = (*words("facts", "called_model", "hint_negations"), *words("facts", "called_model", "hint_questions"))
    text = fold(raw)
    source = raw if len(raw) == len(text) else text  # quote the document as written where folding kept the offsets
    for m in mentions(text, words("facts", "called_model", "hints")):
        left, _ = span_between(text, m.start, m.end, SENTENCE_BREAKS + "，,")
        if m.bounded or any(n in text[left:m.start] for n in negations) or _unticked_option(text[left:m.start]):
            continue
        left, right = span_between(text, m.start, m.end, SENTENCE_BREAKS)
        yield m.word, text[left:right], source[left:right][:200].strip()
