"""scope.users_conflict: the documents name the same service users.

A users statement is a sentence that says who the service is for: a users label (服务对象：…, 目标用户为…) or the
service as subject with a verb (本产品主要面向…, 本服务仅供…使用). In it, each user group of the vocabulary
(``scope.users_conflict.groups``: 未成年人, 成年人, 个人用户, 机构用户) is offered, or excluded when the mention is
negated (不向未成年人提供服务). Some statements exclude by implication: users written as adults exclude minors;
users that are only organisations, in a labelled or exclusive statement (仅面向企业客户), exclude individuals.
A group offered in one statement and excluded in another is reported once, at medium: wording varies (B2B2C
services, parents of pupils), so the tool asks for a check rather than declaring the package wrong.
Mentions that are not the users themselves (面向未成年人的保护措施, 中小学生家长) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from beian.findings import Finding, Severity
from beian.prereview.docmodel import Sentence
from beian.prereview.model import Document, Package
from beian.prereview.negation import mentions
from beian.prereview.numbers import parse_number
from beian.prereview.rules.base import excerpt, make, rule
from beian.prereview.vocab import fold, section, words

USERS_DOCS = ("form", "assessment_report", "service_agreement", "content_safety_rules", "algo_disclosure",
              "algo_self_assessment", "base_model_statement", "change_statement")
ORGANISATIONS, INDIVIDUALS, MINORS = "机构用户", "个人用户", "未成年人"
# an agreement's age requirement (您在注册、使用本服务前，应当年满18周岁; 未满18周岁的，请勿注册或使用本服务)
# (本服务仅向年满18周岁、具有完全民事行为能力的用户提供: the hundred-and-sixty-fifth probe)
# (用户应为年满18周岁、具有完全民事行为能力的自然人: the hundred-and-ninetieth probe)
_AGE_GATE = re.compile(r"(?:应当|应|须|需|必须|需要|仅限|仅向|只向|仅对|只对|仅供|只供|仅面向|只面向)(?:已经?|是|为)?年满(?:18|十八)周?岁"
                       r"|确认[^。；]{0,10}?(?:已经?|是)?年满(?:18|十八)周?岁"  # 您确认在注册时已年满十八周岁 (the 108th probe)
                       r"|(?:未满|不满)(?:18|十八)周?岁[^。]{0,10}?(?:请勿|不得|不能|不可|禁止|无法)(?:注册|使用|登录)")


@dataclass(frozen=True)
class Said:
    """One group offered or excluded by one users statement."""

    group: str
    offered: bool
    doc: Document
    where: str
    evidence: str
    gate: bool = False  # an age requirement of the agreement (应当年满18周岁), not a users statement
    allowance: bool = False  # an agreement's clause letting minors use it with a guardian, often a template's sentence
    admits: bool = False  # an age requirement under 18 (用户应年满14周岁): minors of those ages are let in, in so many words


@rule("scope.users_conflict", "各材料的服务对象一致", "scope.users_conflict")
def users_conflict(pkg: Package) -> Iterator[Finding]:
    """A user group offered in one statement and excluded in another (medium, once per group)."""
    said = [s for doc in pkg.docs(*USERS_DOCS) for s in _statements(doc)]
    for group in section("scope", "users_conflict", "groups"):
        offered = [s for s in said if s.group == group and s.offered]
        excluded = [s for s in said if s.group == group and not s.offered and
                    all(o.where != s.where for o in offered)]
        if offered and excluded:
            yield _conflict(group, offered[0], min(excluded, key=lambda s: not s.gate))
    yield from _ages_disagree([a for doc in pkg.docs(*USERS_DOCS) for a in _ages(doc)])


CHILD_AGE = 14  # PIPL Art. 31: the personal information of a child under this age needs a guardian's consent
POLICY_DOCS = ("privacy_policy", "service_agreement")


@rule("safety.child_consent", "面向不满14周岁儿童的服务写明取得监护人同意", "safety.child_consent")
def child_consent(pkg: Package) -> Iterator[Finding]:
    """Users from an age under 14 (服务对象：8–16岁学员, 小学生) while neither the privacy policy nor the agreement says a
    guardian consents to the child's personal information being handled (个人信息保护法第三十一条): high. A policy
    written for adults (主要面向成年人, 不会主动收集不满14周岁儿童的个人信息: the two-hundred-and-thirty-second probe's
    coding school for 8–16-year-olds) is quoted."""
    ages = [a for doc in pkg.docs(*USERS_DOCS) for a in _ages(doc) if a.low < CHILD_AGE and not a.gate]
    policies = [d for d in pkg.docs(*POLICY_DOCS) if d.view is not None and not d.template]
    if not ages or not policies or any(_guardian_consent(fold(d.text)) for d in policies):
        return
    young = min(ages, key=lambda a: a.low)
    adult = next(((d, s) for d in policies for s in d.view.sentences() if _ADULT_POLICY.search(fold(s.text))), None)
    said = f"，反而写明“{adult[1].text[:40]}”" if adult else ""
    named = f"{young.stage}学生（约 {young.low} 周岁起）" if young.stage else f"{young.low} 周岁起的儿童"
    yield make("safety.child_consent", Severity.HIGH,
               f"《{young.doc.spec.name}》的服务对象包括{named}，而隐私政策与服务协议没有写明处理不满十四周岁儿童的个人信息"
               f"须取得其父母或其他监护人的同意{said}（个人信息保护法第三十一条、《儿童个人信息网络保护规定》），审核会退回。",
               "；".join(dict.fromkeys((young.where, *(d.location for d in policies)))),
               "在隐私政策中单列儿童个人信息保护规则：收集前取得监护人同意（写明方式，如家长账号授权确认），说明收集范围、用途与监护人的权利；"
               "确实不面向不满十四周岁儿童的，改写服务对象。", evidence=young.evidence)


_GUARDIAN_CONSENT = re.compile(r"(?:监护人|家长|父母|法定代理人)[^。；;]{0,16}?(?:同意|授权|许可)|"
                               r"(?:同意|授权)[^。；;]{0,8}?(?:监护人|家长|父母|法定代理人)")
# consent not obtained (如我们发现在未事先获得可证实的父母同意的情况下收集了……: an adult service's clause, the
# two-hundred-and-seventieth probe's English course for 6–12-year-olds)
_NOT_OBTAINED = re.compile(r"(?:未|没有|无|未经)(?:事先|预先|提前)?(?:获得|取得|征得|经)?[^。；;，,]{0,8}$")


def _guardian_consent(text: str) -> bool:
    """Whether ``text`` says a guardian consents, outside a clause about data collected without it (未经监护人同意，不收集
    is a rule that asks for it, and counts)."""
    for m in _GUARDIAN_CONSENT.finditer(text):
        before = text[max(0, m.start() - 16):m.start()] + m.group().split("同意")[0]  # up to the word of consent
        if not (_NOT_OBTAINED.search(before) and _COLLECTED_WITHOUT.search(text[m.end():m.end() + 24])):
            return True
    return False


_COLLECTED_WITHOUT = re.compile(r"情况下|收集了|删除")


_ADULT_POLICY = re.compile(r"主要面向成年人|面向成年人|不会?主动收集[^。；;]{0,6}?(?:不满|未满)(?:14|十四)周?岁|仅面向成年")


@dataclass(frozen=True)
class Age:
    """The lowest age of the users one users statement names (面向6至12周岁的儿童 → 6)."""

    low: int
    doc: Document
    where: str
    evidence: str
    gate: bool = False  # an age requirement (用户注册时须年满16周岁；不满16周岁的，不得注册使用), not only a description
    stage: str = ""  # the school stage the age was read from (初中), when no age was written


_AGE_NUMBER = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
# 6至12周岁, 8周岁至12周岁, 6-12岁, 年满6周岁, 6周岁以上: the lowest age a users statement names
_AGE_LOW = re.compile(rf"{_AGE_NUMBER}\s*(?:周岁|岁)?\s*(?:至|到|-|－|—|–|~|～)\s*{_AGE_NUMBER}\s*周?岁"
                      rf"|年满{_AGE_NUMBER}\s*周?岁|{_AGE_NUMBER}\s*周?岁(?:以上|及以上)")


# an age requirement with any age (须年满16周岁, 不满14周岁的不得注册): the 18 of an adult service is read by _AGE_GATE
_GATE_BEFORE = re.compile(r"(?:应当|应|须|需|必须|需要|仅限|仅向|只向|仅供|只供)(?:已经?|是|为)?$")
_GATE_AFTER = re.compile(rf"(?:未满|不满){_AGE_NUMBER}\s*周?岁[^。]{{0,10}}?(?:请勿|不得|不能|不可|禁止|无法)(?:注册|使用|登录)"
                         # 年满14周岁方可注册 (the hundred-and-ninety-seventh probe)
                         rf"|年满{_AGE_NUMBER}\s*周?岁(?:以上|后)?[^。，,；;]{{0,4}}?(?:方可|才能|才可|方能|始可)(?:注册|使用|登录)")


def _ages(doc: Document) -> Iterator[Age]:
    """The lowest user age of each users statement in ``doc`` that names one under 18 (the 18 of an adult service is
    read as a group above), or, with no age written, the school stage it names (初中 → 12)."""
    for sentence in _sentences(doc):
        clauses = re.split(r"[；;。]", sentence.text)
        for k, clause in enumerate(clauses):
            folded = fold(clause)
            cue = _cue(folded)
            m = _AGE_LOW.search(folded, cue[0]) if cue is not None else None
            low = _age_of(m) if m is not None else 0
            if m is not None and 0 < low < 18:
                gate = bool(_GATE_BEFORE.search(folded[:m.start()])) or any(
                    (g := _GATE_AFTER.search(fold(c))) is not None and _age_of(g) == low
                    for c in clauses[k:k + 2])
                yield Age(low, doc, sentence.where, excerpt(clause, m.start(), m.end()), gate)
            elif cue is not None and (stage := _stage(folded, cue[0])) is not None:
                yield Age(stage[0], doc, sentence.where, excerpt(clause, stage[1], stage[2]), stage=folded[stage[1]:stage[2]])
            elif (g := _GATE_AFTER.search(folded)) is not None and 0 < _age_of(g) < 18:
                # 不满16周岁的，不得注册使用: an age requirement in a sentence that is no users statement
                yield Age(_age_of(g), doc, sentence.where, excerpt(clause, g.start(), g.end()), True)


def _sentences(doc: Document) -> Iterator[Sentence]:
    """Every sentence of every file of a material: a called-model statement beside its proof (二-2、……证明材料.docx is
    the primary file, the statement's own 二、……应用场景说明.docx says the students are 15 to 18: the
    two-hundred-and-seventy-eighth probe)."""
    for view in doc.views:
        yield from view.sentences()


def _age_of(m: re.Match[str]) -> int:
    """The age a match of :data:`_AGE_LOW` or :data:`_GATE_AFTER` names, in whichever group holds it (0: unreadable)."""
    return int(parse_number(next(g for g in m.groups() if g)) or 0)


def _stage(folded: str, start: int) -> tuple[int, int, int] | None:
    """The youngest school stage a users statement names after ``start`` (服务对象：初中（7-9年级）与高中…在读学生 → 12),
    with its span; None when it names none (a parent's or teacher's stage is not the users': 初中学生家长)."""
    found = []
    for age, names in section("scope", "users_conflict", "stage_ages").items():
        for word in map(fold, map(str, names)):
            at = folded.find(word, start)
            if at >= 0 and not _not_the_users(folded, at + len(word)):
                found.append((int(age), at, at + len(word)))
    return min(found) if found else None


def _ages_disagree(ages: list[Age]) -> Iterator[Finding]:
    """Two documents whose users statements name different lowest ages (协议“面向8周岁至12周岁的儿童”, 变更后的备案表
    “6至12周岁”: the hundred-and-sixty-ninth probe), once, at medium; high where the older age is an age requirement that
    turns the younger users away (协议“不满16周岁的，不得注册使用”, 备案表的服务对象包括初中学生: the 181st probe). A
    school stage's age is approximate and only held against an age requirement."""
    if len({a.low for a in ages}) < 2:
        return
    young = min(ages, key=lambda a: a.low)
    old = max(ages, key=lambda a: (a.low, a.gate))
    if young.doc is old.doc:
        return
    if old.gate:  # the agreement turns the younger users away: a reviewer sends it back
        named = f"{young.stage}学生（约 {young.low} 周岁起）" if young.stage else f"{young.low} 周岁起的用户"
        yield make("scope.users_conflict", Severity.HIGH,
                   f"服务对象与协议的年龄要求矛盾：《{young.doc.spec.name}》的服务对象包括{named}，《{old.doc.spec.name}》"
                   f"却要求用户年满 {old.low} 周岁，审核会退回。", "；".join(dict.fromkeys((young.where, old.where))),
                   "确实面向这些用户的，修改协议的年龄要求并写明未成年人模式、监护人同意等保护措施；不面向的，改写服务对象。",
                   evidence=f"{young.evidence} / {old.evidence}")
        return
    if young.stage or old.stage:
        return  # a stage's age is approximate: it is only held against an age requirement
    yield make("scope.users_conflict", Severity.MEDIUM,
               f"服务对象的年龄下限前后不一致：《{young.doc.spec.name}》写 {young.low} 周岁起，《{old.doc.spec.name}》写 "
               f"{old.low} 周岁起，请核对。", "；".join(dict.fromkeys((young.where, old.where))),
               "各材料统一写明服务对象的年龄范围；降低了年龄下限的，同步修改协议、隐私政策与保护措施。",
               evidence=f"{young.evidence} / {old.evidence}")


def _conflict(group: str, offered: Said, excluded: Said) -> Finding:
    where = "；".join(dict.fromkeys((offered.where, excluded.where)))
    if offered.admits and not excluded.gate:  # the 275th probe: 用户应年满14周岁 against 是否面向未成年人：否
        return make("scope.users_conflict", Severity.HIGH,
                    f"服务对象自相矛盾：《{offered.doc.spec.name}》的年龄要求让未满18周岁的用户可以使用本服务"
                    f"（“{re.sub('[…▶◀]', '', offered.evidence)[:30]}”），《{excluded.doc.spec.name}》却写明不面向{group}，审核会退回。", where,
                    f"不面向{group}的，把协议的年龄要求改为年满18周岁并写明年龄核验；面向的，改写备案表并补充未成年人模式、监护人同意等保护措施。",
                    evidence=f"{offered.evidence} / {excluded.evidence}")
    if offered.allowance:  # a template's guardian clause against 不面向未成年人: asked about, the clause may be left over
        return make("scope.users_conflict", Severity.MEDIUM,
                    f"服务对象前后不一致：《{offered.doc.spec.name}》允许{group}在监护人同意下使用本服务，"
                    f"《{excluded.doc.spec.name}》写明不面向{group}，请核对。", where,
                    f"不面向{group}的，删除协议中允许{group}使用的条款并写明防止其使用的措施（实名、年龄核验）；面向的，改写服务对象并补充未成年人保护措施。",
                    evidence=f"{offered.evidence} / {excluded.evidence}")
    if excluded.gate:  # the eightieth probe: 服务对象：中小学生 in the form, 应当年满18周岁 in the agreement
        return make("scope.users_conflict", Severity.HIGH,
                    f"服务对象自相矛盾：《{offered.doc.spec.name}》写明服务对象包括{group}，《{excluded.doc.spec.name}》"
                    "却要求用户年满18周岁，审核会退回。", where,
                    f"确实面向{group}的，修改协议的年龄要求并写明未成年人模式、监护人同意等保护措施；不面向的，改写服务对象。",
                    evidence=f"{offered.evidence} / {excluded.evidence}")
    return make("scope.users_conflict", Severity.MEDIUM,
                f"服务对象前后不一致：《{offered.doc.spec.name}》写明服务对象包括{group}，"
                f"《{excluded.doc.spec.name}》写明不包括，请核对。", where,
                f"各材料统一写明服务对象；确实面向{group}的，补充相应的保护措施（如未成年人模式、实名与监护人同意）并修改排除的表述；"
                f"不面向的，删除或改写写明面向{group}的句子。",
                evidence=f"{offered.evidence} / {excluded.evidence}")


def _statements(doc: Document) -> Iterator[Said]:
    for sentence in _sentences(doc):
        for clause in re.split(r"[；;]", sentence.text):
            yield from _read(clause, doc, sentence.where)


# a form's yes/no field (是否面向未成年人：是（须监护人同意）), answered, not a blank template (是/否, □是 □否)
_MINORS_FIELD = re.compile(r"是否(?:主要|专门)?(?:面向|服务于?|包括|包含|适用于?|针对|向)未成年人[^：:。；]{0,8}?[：:]\s*"
                           r"[（(]?\s*(?:[☑√✓■]\s*)?([是否])(?!\s*[/／、或□☐]\s*[是否])")
# a lowest age under 18 in a users statement (年满17周岁的预报名学员, 16周岁以上): minors among the users (the 137th probe)
# an age range starting under 18 (年龄16–20周岁: the two-hundred-and-forty-first probe)
_UNDER_18_RANGE = r"(?<!\d)(?:1[0-7]|[6-9])\s*(?:周岁|岁)?\s*(?:至|到|-|－|—|–|~|～)\s*\d{1,2}\s*周?岁"
_MINOR_AGE = re.compile(r"年满(?:1[0-7]|[6-9]|十[一二三四五六七]?|[六七八九])周?岁|(?:1[0-7]|十[一二三四五六七])周?岁(?:以上|及以上)|"
                        + _UNDER_18_RANGE)


# someone else uses the service for the group (未成年人参保事项由监护人代为咨询): not a users statement of the group;
# accompanied use (由家长陪同使用) is still theirs
_ACTED_FOR = re.compile(r"[^，,。；;]{0,8}?由(?:其)?(?:监护人|家长|父母|法定代理人|近亲属)(?:代为|代理|代替|代)")


# a group kept out by what follows it (服务对象为企业商家，未成年人无法开通账号: the 125th probe's report, read as offered)
_DENIED_AFTER = re.compile(r"(?:用户)?(?:均|一律)?(?:无法|不能|不得|不予|不可|禁止|请勿|谢绝|不允许)")


# an agreement letting minors use the service with a guardian (未成年人应在监护人同意并陪同下阅读本协议后使用本服务: the
# two-hundred-and-forty-seventh probe's companion app, whose form says 是否面向未成年人：否): minors are among its users
_MINORS_WITH_GUARDIAN = re.compile(r"未成年(?:人|用户)[^。；;，,]{0,6}?(?:应|须|需|应当|可以?)?(?:在|经|由|取得)(?:其)?"
                                   r"(?:监护人|家长|父母|法定代理人)[^。；;]{0,12}?(?:同意|陪同|指导|监护)[^。；;]{0,16}?(?:使用|注册)")


# an age rating or the age a product suits under 18 (游戏适龄提示为12+, 适合12周岁以上玩家使用: the
# two-hundred-and-fifty-fifth probe's NPC chat, whose form says 是否面向未成年人：否): minors are among its users
_AGE_RATING = re.compile(r"(?:适龄提示|适龄|年龄分级)[^。；;，,]{0,4}?(?:1[0-7]|[6-9])\s*(?:周岁|岁)?\s*\+"
                         r"|(?:适合|适用于|面向)(?:1[0-7]|[6-9])\s*(?:周岁|岁)\s*(?:以上|及以上)"
                         # 本服务供……在校学生（一般为14至18周岁）……使用: the two-hundred-and-fifty-eighth probe
                         r"|(?:学生|用户|学员|儿童|青少年|玩家)[^。；;]{0,12}?" + _UNDER_18_RANGE)


# an age requirement under 18 (用户应年满14周岁), or users from an age under 18 to 18 let in with a guardian (14周岁以上未满
# 18周岁的用户，应在监护人同意后注册使用: the two-hundred-and-seventy-fifth probe's counselling app, 是否面向未成年人：否)
_ADMITS_MINORS = re.compile(r"(?:应当|应|须|需|必须|需要)(?:已经?|是|为)?年满(?:1[0-7]|十[一二三四五六七]|[6-9])周?岁(?!以下)"
                            r"|(?:1[0-7]|[6-9])\s*周?岁(?:以上|及以上)?[、，,]?(?:未满|不满)(?:18|十八)周?岁的?(?:用户|人|学生|青少年)?"
                            r"[^。；;]{0,10}?(?:监护人|家长|父母)[^。；;]{0,8}?(?:同意|陪同|授权)")


def _read(clause: str, doc: Document, where: str) -> Iterator[Said]:
    """The groups one clause offers or excludes, when the clause is a users statement."""
    folded = fold(clause)
    if (answer := _MINORS_FIELD.search(folded)) is not None:
        yield Said(MINORS, answer.group(1) == "是", doc, where, excerpt(clause, answer.start(), answer.end()))
        return
    cue = _cue(folded)
    if cue is None and (allowed := _MINORS_WITH_GUARDIAN.search(folded)) is not None:
        yield Said(MINORS, True, doc, where, excerpt(clause, allowed.start(), allowed.end()), allowance=True)
        return
    if cue is None and (admitted := _ADMITS_MINORS.search(folded)) is not None:
        yield Said(MINORS, True, doc, where, excerpt(clause, admitted.start(), admitted.end()), admits=True)
        return
    if cue is None and (rated := _AGE_RATING.search(folded)) is not None:
        yield Said(MINORS, True, doc, where, excerpt(clause, rated.start(), rated.end()))
        return
    if cue is None:
        if (gate := _AGE_GATE.search(folded)) is not None:
            yield Said(MINORS, False, doc, where, excerpt(clause, gate.start(), gate.end()), gate=True)
        return
    start, labelled = cue
    group_of = {name: group for group, names in section("scope", "users_conflict", "groups").items() for name in names}
    found: dict[str, tuple[bool, int, int]] = {}
    first_end: int | None = None
    # all groups at once (成年人 inside 未成年人 is no mention of adults), in the order written
    for m in sorted(mentions(clause, tuple(group_of)), key=lambda m: m.start):
        group = group_of[m.word]
        if m.start < start or _not_the_users(folded, m.end) or _ACTED_FOR.match(folded, m.end):
            continue  # 未成年人参保事项由监护人代为咨询: a guardian asks for them (the hundred-and-ninetieth probe)
        if first_end is not None and _measure_clause(folded, first_end, m.start):
            continue  # 本服务面向成年人，自述未满18周岁的用户转人工: a later clause about a measure
        if first_end is None:
            first_end = m.end
        if group not in found:  # the first mention is the statement's object; a later one is about a measure
            offered = not m.bounded and _DENIED_AFTER.match(folded, m.end) is None  # 未成年人无法开通账号
            found[group] = (offered, m.start, m.end)  # (不面向未成年人：……发现未成年人使用的停止服务)
    young = _MINOR_AGE.search(folded, start)
    if young is not None and MINORS not in found:
        found[MINORS] = (True, young.start(), young.end())
    exclusive = labelled or any(w in folded[max(0, start - 8):start + 4]
                                for w in words("scope", "users_conflict", "exclusive"))
    for group, (offered, s, e) in found.items():
        yield Said(group, offered, doc, where, excerpt(clause, s, e))
    if not found and (gate := _AGE_GATE.search(folded)) is not None:  # 本服务仅向年满18周岁……的用户提供: no group named
        yield Said(MINORS, False, doc, where, excerpt(clause, gate.start(), gate.end()), gate=True)
    yield from _implied(found, exclusive, clause, doc, where)


def _implied(found: dict[str, tuple[bool, int, int]], exclusive: bool, clause: str, doc: Document,
             where: str) -> Iterator[Said]:
    """Exclusions a statement makes by naming its users: adults exclude minors; organisations only, in a labelled or
    exclusive statement, exclude individuals."""
    offered = {g for g, (o, _, _) in found.items() if o}
    for group, excluded in section("scope", "users_conflict", "implies_not").items():
        if group in offered and not (group == ORGANISATIONS and (not exclusive or INDIVIDUALS in found)):
            s, e = found[group][1:]
            for other in excluded:
                if other not in found:
                    yield Said(other, False, doc, where, excerpt(clause, s, e))


def _cue(folded: str) -> tuple[int, bool] | None:
    """Where a users statement's object begins, and whether it is a label (服务对象：); None when the clause is not one."""
    labels = "|".join(map(re.escape, words("scope", "users_conflict", "labels")))
    m = re.search(rf"(?:{labels})(?:不|限定|限于|仅限|主要|均)?(?:为|是|包括|：|:|\s)", folded)
    if m:
        return m.end(), True
    subjects = "|".join(map(re.escape, words("scope", "users_conflict", "subjects")))
    verbs = "|".join(map(re.escape, words("scope", "users_conflict", "verbs")))
    m = re.search(rf"(?:{subjects})[^，,。]{{0,8}}?(?:{verbs})", folded)
    return (m.end(), False) if m else None


def _measure_clause(folded: str, after: int, at: int) -> bool:
    """True when the group mentioned at ``at`` stands in a later clause than the statement's first group (a comma or
    colon between them) that names no users of its own (no users verb, label or 包括/以及): ``本服务面向成年人，自述
    未满18周岁的用户转人工客服处理``, ``不面向未成年人：……未满18周岁的不能开通`` say what is done about them."""
    gap = folded[after:at]
    cut = max(gap.rfind(c) for c in "，,：:")
    if cut < 0:
        return False
    tail = gap[cut + 1:]
    cues = (*words("scope", "users_conflict", "verbs"), *words("scope", "users_conflict", "labels"), "包括", "以及", "同时")
    return not any(w in tail for w in cues)


def _not_the_users(folded: str, end: int) -> bool:
    """True when the words right after a group name make it something else (家长, 保护措施, 模式)."""
    after = folded[end:end + 6]
    return after.startswith(words("scope", "users_conflict", "not_after"))
