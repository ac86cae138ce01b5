"""scope: concrete scenario, users, service form, out-of-scope handling; no over-broad claims.

A phrase inside a negated or excluding statement is a boundary, not a claim (see
:mod:`beian.prereview.negation`); for a high-risk domain a boundary counts as a safeguard.
Word lists live in ``standard/vocabulary.yaml`` under ``scope``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from beian.findings import Finding, Severity
from beian.prereview.facts import bare_label, is_filing_number, label_key
from beian.prereview.model import Document, Package
from beian.prereview.negation import (
    SENTENCE_BREAKS,
    Mention,
    covered_by,
    is_bounded,
    mentions,
    span_between,
    unwrap_lines,
)
from beian.prereview.rules.base import excerpt, make, rule
from beian.prereview.vocab import compiled, fold, section, words

SCOPE_DOCS = ("form", "assessment_report", "service_agreement", "content_safety_rules", "base_model_statement",
              "algo_disclosure", "algo_self_assessment")
GUARD_DOCS = ("privacy_policy", "content_safety_rules", "other_evidence")  # where safeguards are also written
ELEMENT_NAMES = {"scenario": "具体应用场景", "users": "服务对象", "form": "服务形式", "out_of_scope": "超出范围的处理"}


@rule("scope.overbroad", "服务范围表述具体，不夸大", "scope.overbroad")
def overbroad(pkg: Package) -> Iterator[Finding]:
    """Over-broad claims such as 通用大模型 or 全场景 — not when negated, nor about the called base model."""
    for doc in pkg.docs(*SCOPE_DOCS):
        text = reading_text(doc)
        claims = list(_claims(text))
        subtle = [] if claims else list(_claims(text, subtle=True))
        if claims or subtle:
            yield _overbroad(doc, text, claims or subtle, certain=bool(claims))


def _overbroad(doc: Document, text: str, claims: list[Mention], *, certain: bool) -> Finding:
    """One finding per document, quoting every over-broad phrase; subtle phrases alone only ask for a check."""
    claims = sorted(claims, key=lambda m: m.start)
    first = claims[0]
    quoted = "、".join(dict.fromkeys(f"“{text[m.start:m.end]}”" for m in claims))
    fix = ("改为具体的场景、用户与功能，例如“面向企业员工的办公文档写作与问答助手，"
           "提供文字生成、摘要与改写，不提供医疗、金融等专业建议”。")
    if certain:
        return make("scope.overbroad", Severity.HIGH, f"《{doc.spec.name}》使用了过宽的表述{quoted}。", doc.location, fix,
                    evidence=excerpt(text, first.start, first.end))
    return make("scope.overbroad", Severity.MEDIUM, f"《{doc.spec.name}》的服务范围写作{quoted}，可能过宽，请确认是否限定了具体行业与需求。",
                doc.location, fix, evidence=excerpt(text, first.start, first.end))


def _claims(text: str, *, subtle: bool = False) -> Iterator[Mention]:
    """Over-broad phrases claimed for the service; ``subtle``: the milder phrases (各行业、各类需求) instead."""
    allowed = words("scope", "overbroad", "allowed")
    if subtle:
        strong: list[tuple[Mention, bool]] = []
        contextual = [(m, True) for m in mentions(text, words("scope", "overbroad", "subtle"))]
    else:
        strong = [(m, False) for m in mentions(text, words("scope", "overbroad", "phrases"))]
        contextual = [(m, True) for m in mentions(text, words("scope", "overbroad", "contextual"))]
    for m, needs_verb in strong + contextual:
        if m.bounded or covered_by(fold(text), m.start, m.end, allowed) or _about_base_model(text, m) or \
                _in_model_name(text, m):
            continue
        if needs_verb and not _capability_claim(text, m):
            continue
        yield m


_VERSION_AFTER = re.compile(r"\s*(?:[Vv]\d|\d+(?:\.\d+)+|\d+\s*[Bb]\b)")


def _in_model_name(text: str, m: Mention) -> bool:
    """True when the phrase is part of a model's name: a version right after it (启明通用大模型V2) or a filing number in
    its sentence beside the word 备案 (the seventieth probe: a clause table's note “启明通用大模型V2，备案号Beijing-…”
    under 6 a)); a bare long number is a phone number as often as a filing number."""
    sentence, folded = _sentence(text, m), fold(text)
    return _VERSION_AFTER.match(folded, m.end) is not None or ("备案" in sentence and is_filing_number(sentence)) \
        or _NAMED_FILING.search(sentence) is not None or _model_name_field(folded, m.start)


# a filing number written as one (Zhejiang-QiMing-20240125) in the same table row or sentence: the row of a called
# model (序号 | 模型名称 | 备案主体 | 备案号 under a header: the two-hundred-and-ninth probe's 启明通用大模型), where a bare
# long number could be a phone number
_NAMED_FILING = re.compile(r"[a-z]+-[a-z0-9]+-\d{8}")


_FIELD = re.compile(r"([^\s：:。；;，,|]{2,12})[：:]\s*([^\s：:。；;，,|]{0,12})$")


def _model_name_field(folded: str, start: int) -> bool:
    """Whether the phrase ends a model's name written as a field's value (``模型名称：启明通用大模型``, ``备用：启明通用大模型``:
    the 143rd probe's called model, reported as the service's own over-broad scope): a name, not a description."""
    m = _FIELD.search(folded, max(0, start - 26), start)
    if m is None or not m.group(2):
        return False  # the phrase opens the value (服务范围：通用大模型……) or no field is there: a description
    label = bare_label(m.group(1))
    return label_key(label) in ("model", "base_model") or label.endswith("名称") or \
        label in words("scope", "overbroad", "name_fields")


def _sentence(text: str, m: Mention) -> str:
    folded = fold(text)
    left, right = span_between(folded, m.start, m.end, SENTENCE_BREAKS)
    return folded[left:right]


def _capability_claim(text: str, m: Mention) -> bool:
    sentence = _sentence(text, m)
    return any(w in sentence for w in words("scope", "overbroad", "capability")) and \
        not any(w in sentence for w in words("scope", "overbroad", "not_capability"))


def _about_base_model(text: str, m: Mention) -> bool:
    folded = fold(text)
    left, _ = span_between(folded, m.start, m.end, SENTENCE_BREAKS + "，,")
    return any(w in folded[left:m.start] for w in words("scope", "overbroad", "reference"))


@rule("scope.elements", "写明场景、对象、形式与范围外处理", "scope.missing_element")
def elements(pkg: Package) -> Iterator[Finding]:
    """The form or report names the scenario, users, service form and out-of-scope handling.

    Absence of a concept in free text can also be a wording the vocabulary lacks, so this is
    a medium finding that says where it looked.
    """
    docs = pkg.docs(*SCOPE_DOCS)
    form = pkg.doc("form") or pkg.doc("algo_disclosure")
    if form is None or form.unreadable or pkg.blind(*SCOPE_DOCS):
        return
    yield from _blank_fields(form)
    text = _ticked_only(pkg, fold(pkg.text_of(*SCOPE_DOCS)))
    if not text.strip():
        return
    looked = "、".join(d.location for d in docs)
    optional = section("scope", "elements_optional").get(pkg.route, [])
    for key, name in ELEMENT_NAMES.items():
        if not compiled("scope", "elements", key).search(text):
            asked = key not in optional  # the route's materials have no such field: a suggestion, low
            yield make("scope.missing_element", Severity.MEDIUM if asked else Severity.LOW,
                       f"未找到“{name}”的说明，" + ("请人工确认。" if asked else f"{pkg.route}材料没有这一栏，建议在自评估报告中写明。"),
                       form.location,
                       f"在{'备案表“服务范围”部分' if asked else '自评估报告'}写明{name}（例如“超出服务范围的请求：提示用户并拒绝回答”）。",
                       evidence=f"查找范围：{looked}")


def _blank_fields(form: Document) -> Iterator[Finding]:
    """Scope fields of the form left empty or written “/” (the seventy-fourth probe: 服务形式 | / and 超出服务范围的处理
    with nothing beside it): the form is what the reviewer fills the record from, so high whatever other materials say."""
    fields = {bare_label(w) for w in words("scope", "form_fields")}
    empty = {fold(w) for w in words("scope", "empty_values")}
    for grid in form.view.grids if form.view else []:
        for r, row in enumerate(grid.rows, 1):
            cells = [c.strip() for c in row]
            if len(cells) < 2 or bare_label(cells[0]) not in fields:
                continue
            value = next((c for c in cells[1:] if c != cells[0]), "")
            if fold(value) in empty:
                yield make("scope.missing_element", Severity.HIGH, f"《{form.spec.name}》的“{cells[0]}”一栏没有填写"
                           + (f"（只写了“{value}”）。" if value else "。"), f"{grid.where} 第{r}行",
                           f"在备案表中具体填写“{cells[0]}”；其他材料写了的，照抄到表里。", evidence="：".join(c for c in cells if c))


def _ticked_only(pkg: Package, text: str) -> str:
    """The text with options left unticked removed (☐网页 does not say the service is offered on the web)."""
    for doc in pkg.docs(*SCOPE_DOCS):
        for tick in doc.view.ticks() if doc.view else []:
            if not tick.checked:
                text = re.sub(rf"[{''.join(map(re.escape, words('ticks', 'unchecked')))}]\s*{re.escape(fold(tick.label))}",
                              " ", text)
    return text


@rule("scope.users", "服务对象是具体人群", "scope.users_unbounded")
def users_unbounded(pkg: Package) -> Iterator[Finding]:
    """服务对象为所有用户 / 面向任何人 / 适用人群：不限 — the users written as no group at all (medium: wording varies)."""
    for doc in pkg.docs(*SCOPE_DOCS):
        found = _unbounded_users(doc.text)
        if found is not None:
            start, end, said = found
            yield make("scope.users_unbounded", Severity.MEDIUM, f"《{doc.spec.name}》的服务对象写作“{said}”，没有限定具体人群，请确认。",
                       doc.location, "写明具体人群与条件，例如“年满18周岁的个人用户”“本单位员工”“已签约的企业客户”。",
                       evidence=excerpt(doc.text, start, end))
            return  # once per package: the same wording is usually copied into every document


def _unbounded_users(text: str) -> tuple[int, int, str] | None:
    """The span from a users label to the unbounded phrase right after it, and the phrase, when the sentence is
    about the service."""
    folded = fold(text)
    labels = "|".join(map(re.escape, words("scope", "users_unbounded", "labels")))
    phrases = "|".join(map(re.escape, words("scope", "users_unbounded", "phrases")))
    for m in re.finditer(rf"(?:{labels})[\s为是：:|\t]{{0,3}}(?P<who>{phrases})", folded):
        left, right = span_between(folded, m.start(), m.end(), SENTENCE_BREAKS)
        sentence = folded[left:right]
        if any(w in sentence for w in words("scope", "users_unbounded", "not_scope")):
            continue
        if is_bounded(text, m.start(), m.end()):
            continue
        return m.start(), m.end(), m.group("who")
    return None


@rule("scope.high_risk", "高风险领域有相应保障", "scope.high_risk_domain")
def high_risk(pkg: Package) -> Iterator[Finding]:
    """A high-risk domain offered (not only excluded) with no safeguard and no boundary anywhere in the package."""
    if pkg.blind(*SCOPE_DOCS):
        return
    scope_docs = [(d, reading_text(d)) for d in pkg.docs(*SCOPE_DOCS)]
    all_docs = [(d, reading_text(d)) for d in pkg.docs(*SCOPE_DOCS, *GUARD_DOCS)]
    whole = fold("\n".join(text for _, text in all_docs))
    for domain, spec in section("scope", "high_risk").items():
        if domain == "source" or _package_of_another_field(whole, spec):
            continue
        offered = [Hit(d, text, m) for d, text in scope_docs for m in mentions(text, tuple(spec["strong"]))
                   if not m.bounded and not _a_role(text, m) and not _a_professional(text, m) and not _a_source(text, m)
                   and not _an_incident(text, m) and not _a_document(text, m) and not _a_checked_item(text, m)
                   and not _another_field(text, m, spec)]
        if not offered or all(_under_review(h) for h in offered):
            continue  # each mention is a request the package says how it handles (复核, 提示到医院就诊): a boundary
        bounded: dict[str, Hit] = {}
        refused: dict[str, Hit] = {}  # bounded by more than a disclaimer: 不构成法律意见 is a safeguard, not a refusal
        for d, text in all_docs:
            for m in mentions(text, (*spec["strong"], *spec["weak"])):
                if m.bounded and not _inside_scope(text, m):
                    hit = Hit(d, text, m)
                    bounded.setdefault(m.word, hit)
                    if not _disclaimed(hit) and not _withheld_from_users(hit):
                        refused.setdefault(m.word, hit)
        contradicts = spec.get("contradiction", True)
        both = [h for h in offered if h.mention.word in refused and not _under_review(h)] if contradicts else []
        if both:
            yield _contradiction(domain, both[0], refused[both[0].mention.word])
            continue
        unsure = [h for h in offered if not _under_review(h)]
        same = _same_service(unsure, refused, spec.get("synonyms", [])) if contradicts else None
        alike = None if same is not None or not contradicts else _same_service(unsure, refused, spec.get("concepts", []))
        pair = same or alike
        if pair is not None:
            yield _contradiction(domain, *pair, sure=False, alike=same is None)
            continue
        if bounded or any(fold(g) in whole for g in spec["safeguards"]):
            continue
        yield _unguarded(domain, spec, offered[0])


@dataclass(frozen=True)
class Hit:
    """A mention found in one document (the text searched is the document's reading text)."""

    doc: Document
    text: str
    mention: Mention

    @property
    def said(self) -> str:
        """The words as written."""
        return self.text[self.mention.start:self.mention.end]

    @property
    def evidence(self) -> str:
        """A short excerpt around the mention."""
        return excerpt(self.text, self.mention.start, self.mention.end)


def reading_text(doc: Document) -> str:
    """The document's text as the scope rules read it: a PDF's soft line breaks joined, so a sentence is whole."""
    primary = doc.primary
    return unwrap_lines(doc.text) if primary is not None and primary.file.ext == "pdf" else doc.text


def _unguarded(domain: str, spec: dict[str, Any], hit: Hit) -> Finding:
    """A high-risk domain offered with neither safeguard nor boundary."""
    return make("scope.high_risk_domain", Severity.HIGH,
                f"服务涉及{domain}（《{hit.doc.spec.name}》：“{hit.said}”），但材料中没有对应的保障措施或服务边界。",
                hit.doc.location, f"写明{domain}场景的保障：{'、'.join(spec['safeguards'][:4])}等；或在服务范围中明确排除该领域。",
                evidence=hit.evidence)


def _inside_scope(text: str, m: Mention) -> bool:
    """True when the words name what the service keeps to, refusing everything else: 与【就医】无关的问题不予回答,
    【医疗】以外的请求 — no boundary on that domain (the forty-seventh probe's hospital bot gave 诊断意见和用药建议);
    超出【处方】解释范围的问题不作回答 (the hundred-and-eighteenth probe: the scope is explaining prescriptions)."""
    after = fold(text[m.end:m.end + 12])
    if re.match(r"[^，,。；;]{0,8}?(?:无关|以外|之外|不相关)", after) is not None:
        return True
    before = fold(text[max(0, m.start - 6):m.start])
    return re.search(r"(?:超出|超过|超越)[^，,。；;]{0,4}$", before) is not None and \
        re.match(r"[^，,。；;]{0,8}?范围", after) is not None


def _same_service(offered: list[Hit], refused: dict[str, Hit], concepts: list[list[str]]) -> tuple[Hit, Hit] | None:
    """An offered service and an excluded one written differently but of one concept (辅助诊断 offered, 疾病诊断 not)."""
    for hit in offered:
        for group in concepts:
            if hit.mention.word in group:
                other = next((refused[w] for w in group if w in refused), None)
                if other is not None:
                    return hit, other
    return None


_HANDLED = re.compile(r"[^。；;，,]{0,16}?[的类等](?:回答|答复|回复|内容|输出|问题|提问|请求|咨询)[^。；;]{0,30}?"
                      r"(?:复核|审核|审查|抽检|人工|医师|医生|药师|律师|转接|拦截|过滤|识别|检测|加固|纠正|处置|修复|微调|训练|"
                      r"提示|引导|转介|拒绝|拒答|不予|婉拒)")  # 涉及医疗诊断的提问提示用户咨询医疗机构 (125th probe)


_REDIRECTED = re.compile(r"[^。；;]{0,20}?(?:提示|引导|建议|告知)(?:其|用户|您|患者|对方)?[^。；;]{0,6}?"
                         r"(?:咨询|就医|就诊|前往|到医院|到正规|联系|求助)")


# the words are the name of where the user is sent: 提示联系学校【心理辅导】中心, 建议拨打【心理咨询】热线
_REFERRED_TO = re.compile(r"(?:提示|引导|建议|告知|转介|推荐)[^。；;，,]{0,6}?(?:联系|拨打|前往|求助于?|咨询|找|到|去)[^。；;，,]{0,8}$")
_BY_PROFESSIONAL = re.compile(r"[^。；;，,]{0,4}?(?:仍|均|须|必须|只能|一律|应当?|全部)?由[^。；;，,]{0,6}?"
                              r"(?:医师|医生|药师|律师|专业人员|人工|执业|持牌|专家)[^。；;，,]{0,6}?"
                              r"(?:开具|出具|作出|做出|负责|审核|确认|决定|判断|提供)")
_PROFESSIONAL_DOES = re.compile(r"(?:医师|医生|药师|律师|专业人员|专家)(?:人工)?(?:审核|开具|出具|复核|核对|审查)(?:该|其|的)?$")
_PLACE = re.compile(r"(?:中心|热线|室|站|机构|门诊|科|老师|专线|服务台|平台)")
# examples in brackets after a kind of answer, then what is done to such answers (the 229th probe's pet clinic)
_EXAMPLES_BEFORE = re.compile(r"(?:回答|答复|回复|内容|输出|问题|提问|请求|话题)[（(][^（(）)]{0,16}$")
_EXAMPLES_HANDLED = re.compile(r"[^（(）)。；;]{0,16}[）)][^。；;]{0,8}?(?:替换|改写|拦截|过滤|拒绝|拒答|不予|转人工|人工复核|复核|审核|"
                               r"引导|提示|屏蔽|删除)")


def _under_review(hit: Hit) -> bool:
    """True when the words name a kind of answer or question that a safeguard handles (涉及【用药剂量】、孕产妇的回答由执业医师
    复核, the sixty-third probe; 对检测中发现的诱导【荐股】、内幕信息类问题，通过针对性训练加固): the package says how such answers
    are checked, no offer that a refusal elsewhere contradicts."""
    text = fold(hit.text)
    before = re.split(r"[。；;！？!?\n]", text[max(0, hit.mention.start - 12):hit.mention.start])[-1]
    after = text[hit.mention.end:hit.mention.end + 40]
    if re.search(r"涉及|有关|关于|针对|对", before) is not None and _HANDLED.match(after) is not None:
        return True
    if re.search(r"涉及|有关|关于|针对|询问|问及|问到|咨询|对", before) is not None and _REDIRECTED.match(after) is not None:
        return True  # 用户询问【医疗诊断】、用药方案的，提示其到医院就诊: sent to a professional (the 125th probe)
    if _BY_PROFESSIONAL.match(after) is not None or _PROFESSIONAL_DOES.search(before) is not None:
        return True  # 处方仍由医师开具、经药师审核 (the hundred-and-seventieth probe), 执业药师人工审核【处方】 (the 193rd): a
        # professional does it, not the service
    if _EXAMPLES_BEFORE.search(before) is not None and _EXAMPLES_HANDLED.match(after) is not None:
        return True  # 高风险答复（【用药剂量】、手术建议）一律替换为引导到院话术: examples of answers a safeguard replaces
    if _REFERRED_TO.search(before) is not None and _PLACE.match(after) is not None:
        return True  # 助手提示联系学校【心理辅导】中心: the place the user is sent to (the hundred-and-sixty-fifth probe)
    # what a human checks the answer against (提示药师结合【处方】人工复核: the seventy-fifth probe)
    clause = re.split(r"[。；;，,]", after)[0]
    return re.search(r"(?:结合|核对|对照|审核|依据|根据|参照|查看|凭)$", before) is not None and \
        re.search(r"复核|审核|核对|确认|核验", clause) is not None


def _disclaimed(hit: Hit) -> bool:
    """True when the words are bounded by a disclaimer (不构成医疗诊断, 不能替代医生诊断): a safeguard on the service,
    not a refusal of another wording of it."""
    before = fold(hit.text[max(0, hit.mention.start - 12):hit.mention.start])
    return any(fold(w) in before for w in words("scope", "disclaimers"))


def _a_role(text: str, m: Mention) -> bool:
    """True when the words name people (本公司【投资顾问】、研究员等内部员工): a list of roles ending in 员工/人员, not the
    service."""
    roles = "|".join(map(re.escape, words("scope", "role_after")))
    return re.match(rf"(?:[、，,/和及与][\u4e00-\u9fa5]{{1,5}}){{0,3}}等?(?:内部|在职|专职|持证)?(?:{roles})",
                    fold(text[m.end:m.end + 24])) is not None


def _a_professional(text: str, m: Mention) -> bool:
    """True when the words name a licensed person the user is sent to (投资决策请咨询持牌【投资顾问】, 引导联系执业【医师】: the
    hundred-and-third probe), not the service: a licence word right before them (vocabulary ``scope.licensed_before``)."""
    before = fold(text[max(0, m.start - 8):m.start])
    return any(before.endswith(fold(w)) for w in words("scope", "licensed_before"))


def _a_source(text: str, m: Mention) -> bool:
    """True when the words begin the name of a collection the corpus or the answers draw on (本院协定【处方】集, 《中医【诊断】
    标准》: the hundred-and-seventieth probe's training data), not a service: a collection word right after them
    (vocabulary ``scope.source_after``)."""
    after = fold(text[m.end:m.end + 4])
    return after.startswith(tuple(fold(w) for w in words("scope", "source_after")))


def _a_checked_item(text: str, m: Mention) -> bool:
    """True when the words are an item a check looks for (合规风险识别：是否【荐股】、是否承诺收益: the two-hundred-and-twenty-ninth
    probe's review assistant finds stock tips in advisers' articles), not a service: a question word right before them,
    or a compliance review right after (证券【投资顾问】业务合规审核: what is reviewed)."""
    if re.search(r"(?:是否|有无|有没有|是不是)(?:存在|涉及|含有|包含)?$", fold(text[max(0, m.start - 6):m.start])) is not None:
        return True
    if _reviewed_for_others(text, m):
        return True
    return _COMPLIANCE_AFTER.match(fold(text[m.end:m.end + 14])) is not None  # 证券【投资顾问】业务合规审核


FIELD_REACH = 100  # characters either side of a mention read for the field the paragraph is about


def _another_field(text: str, m: Mention, spec: dict[str, Any]) -> bool:
    """True when the paragraph around the words is about another field (用药建议 next to 农药标签、安全间隔期: the
    two-hundred-and-forty-sixth probe's crop-disease assistant advises on pesticides, not medicine): a word of the
    domain's ``other_fields`` within reach and none of its ``human_words``."""
    window = fold(text[max(0, m.start - FIELD_REACH):m.end + FIELD_REACH])
    return any(fold(w) in window for w in spec.get("other_fields", [])) and \
        not any(fold(w) in window for w in spec.get("human_words", []))


FIELD_MENTIONS = 3  # mentions of another field, with no word of people's health, that make the whole package about it


def _package_of_another_field(whole: str, spec: dict[str, Any]) -> bool:
    """True when the package is about another field throughout (a crop-disease assistant saying 农药 again and again and
    never 患者, 医生 or 医院): its 用药建议 are about pesticides wherever they stand."""
    fields = sum(whole.count(fold(w)) for w in spec.get("other_fields", []))
    return fields >= FIELD_MENTIONS and not any(fold(w) in whole for w in spec.get("human_words", []))


_REVIEWED_AFTER = re.compile(r"(?:进行|开展|作|做)?(?:合规)?(?:预审|审核|审查|检查|质检|复核|风险识别)")


def _reviewed_for_others(text: str, m: Mention) -> bool:
    """True when the words name what the service reviews for others (对拟发布的【投资建议】、研报摘要、直播话术进行合规预审: the
    two-hundred-and-forty-seventh probe's compliance assistant checks advisers' drafts), not advice it gives: 对 before
    them and a review verb after them in the same clause, or a review verb right before them."""
    before = re.split(r"[。；;！？!?\n，,]", fold(text[max(0, m.start - 16):m.start]))[-1]
    after = re.split(r"[。；;！？!?\n，,]", fold(text[m.end:m.end + 40]))[0]
    if re.search(r"(?:审核|审查|检查|质检|复核|识别)(?:[^，,。；;、]{0,8}的)?$", before) is not None:
        return True
    return "对" in before and _REVIEWED_AFTER.search(after) is not None


_COMPLIANCE_AFTER = re.compile(r"(?:业务|类|相关)?(?:内容|文章|话术|材料|文案)?的?合规(?:审核|审查|检查|质检|风险识别|性审查)")


def _a_document(text: str, m: Mention) -> bool:
    """True when the words name a document the user hands in (【处方】图片识别, 上传【处方】: the hundred-and-ninety-third
    probe's pharmacy reads the prescription a doctor wrote) or a class of drugs (【处方】药), not a service of writing one:
    a picture or upload word right after them or right before (vocabulary ``scope.document_after``, ``document_before``)."""
    after, before = fold(text[m.end:m.end + 4]), fold(text[max(0, m.start - 4):m.start])
    return after.startswith(tuple(fold(w) for w in words("scope", "document_after"))) or \
        before.endswith(tuple(fold(w) for w in words("scope", "document_before")))


_INCIDENT_AFTER = re.compile(r"[^，,。；;]{0,2}?等?(?:事件|事故|差错|安全事件|风险事件)")
_INCIDENT_BEFORE = re.compile(r"(?:错误|不当|不实|违规|虚假|有害)的?$")


def _an_incident(text: str, m: Mention) -> bool:
    """True when the words name an incident the package plans for (发生【错误用药指导】等事件时立即下线助手: the
    hundred-and-eighty-fifth probe's emergency plan), not a service it offers: a fault word right before them or an
    incident word right after."""
    before, after = fold(text[max(0, m.start - 4):m.start]), fold(text[m.end:m.end + 8])
    return _INCIDENT_BEFORE.search(before) is not None or _INCIDENT_AFTER.match(after) is not None


def _withheld_from_users(hit: Hit) -> bool:
    """True when the words are refused to a group of users (未满18周岁的不能开通【健康咨询】功能, the fifty-sixth probe): the
    service is offered, to the others; a boundary on who uses it, not a refusal of the service."""
    before = fold(hit.text[max(0, hit.mention.start - 16):hit.mention.start])
    before = re.split(r"[。；;！？!?\n，,]", before)[-1]
    groups = [n for names in section("scope", "users_conflict", "groups").values() for n in names]
    return any(fold(g) in before for g in groups)


def _contradiction(domain: str, offered: Hit, excluded: Hit, *, sure: bool = True, alike: bool = True) -> Finding:
    """The same service both offered and excluded: a reviewer cannot tell which holds (medium when the two are written
    differently and may be two services (``alike``): 辅助诊断 may be meant for doctors while 疾病诊断 is refused to patients;
    high when the two words are one service written two ways: 卖出时点 is a 买卖建议)."""
    where = "；".join(dict.fromkeys((offered.doc.location, excluded.doc.location)))
    said = "" if sure else f"“{excluded.mention.word}”，与之是同一类服务，请确认" if alike else f"“{excluded.mention.word}”，两者是同一项服务"
    return make("scope.high_risk_domain", Severity.HIGH if sure or not alike else Severity.MEDIUM,
                f"服务范围前后矛盾：《{offered.doc.spec.name}》提供“{offered.mention.word}”，"
                f"《{excluded.doc.spec.name}》写明不提供{said}（{domain}）。", where,
                f"统一服务范围：确实提供{domain}服务的，写明相应保障措施；不提供的，删除提供该服务的表述。",
                evidence=f"{offered.evidence} / {excluded.evidence}")
