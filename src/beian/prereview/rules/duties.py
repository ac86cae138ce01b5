"""Duties whose absence reviewers send back, checked by presence in the material that carries them.

- ``safety.ip_notice``: the service agreement tells users about the intellectual-property risks of generated content
  (requirements.md §1.3 IP row and the 附件2 row of the document list: “user agreement must cover … IP risks”). The
  seventy-third probe's agreement said nothing of it, and nothing else did; the package passed.
- ``safety.label_notice``: the service agreement states how generated content is labelled (Labeling Measures
  Art. 8; the 附件2 row of requirements.md's document list). The seventy-ninth probe described its labels everywhere
  but in the agreement; the package passed.
- ``safety.cross_border``: personal information stored abroad has an export basis (PIPL Art. 38–39). The
  eighty-sixth probe's privacy policy kept conversations in Singapore with no assessment, contract or consent.
- ``safety.liability_waiver``, ``safety.third_party_sharing``, ``safety.sensitive_consent``, ``safety.pi_rights``:
  what the agreement and the privacy policy must not say (the provider owes nothing for unlawful outputs; users'
  inputs go to marketing partners on 使用即视为同意) and must say (a separate consent for biometrics; the individual's
  rights), from the eighty-third to eighty-ninth probes. ``safety.pi_rights`` is medium: abridged policies without
  rights are common in packages written to pass.
- ``data_sources.annotation_rules``: the 语料标注规则 say how annotators are trained and examined and how annotation
  results are verified (TC260-003 5.3). The seventy-second probe's rules described only the categories; the package
  passed.

The words live in ``standard/vocabulary.yaml`` under ``duties``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.docmodel import Sentence, grid_of
from beian.prereview.model import Document, Package
from beian.prereview.negation import is_bounded, mentions
from beian.prereview.rules.base import make, rule
from beian.prereview.rules.materials import MIN_TEXT_CHARS
from beian.prereview.vocab import fold, words

AGREEMENT = "service_agreement"
USER_FACING = ("privacy_policy",)  # what users read besides the agreement; a report's 知识产权 is about the corpus
ANNOTATION = "annotation_rules"


def _sentences(pkg: Package, *doc_ids: str) -> list[tuple[Document, Sentence, str]]:
    """Each readable sentence of the materials ``doc_ids`` with its material and its folded text."""
    return [(d, s, fold(s.text)) for d in pkg.docs(*doc_ids) if d.view for s in d.view.sentences()]


def _said(text: str, *path: str) -> bool:
    """Whether ``text`` (folded) names one of the words at ``path``: any mention shows the material deals with it (“不得
    侵犯他人知识产权” is an IP clause too)."""
    return any(fold(w) in text for w in words(*path))


@rule("safety.ip", "服务协议提示生成内容的知识产权风险", "safety.ip_notice")
def ip_notice(pkg: Package) -> Iterator[Finding]:
    """No word of intellectual property in the service agreement: medium, naming whether the privacy policy (the other
    text users read) has one. Medium, not high: eight complete packages by other hands had no IP clause and were
    written to pass, one (the seventy-third probe) planted its absence as a reason for return; the requirement is
    practice (requirements.md's document list), so the tool asks rather than decides."""
    agreement = pkg.doc(AGREEMENT)
    if pkg.route == "算法备案" or agreement is None or agreement.unreadable or agreement.template:
        return
    if _said(fold(agreement.text), "duties", "ip"):
        return
    elsewhere = next((d for d in pkg.docs(*USER_FACING) if d.view is not None and _said(fold(d.text), "duties", "ip")),
                     None)
    fix = ("在服务协议中提示生成内容可能涉及他人知识产权、约定双方责任，并写明知识产权投诉渠道（如“知识产权投诉请发送至 ip@…，"
           "收到后 7 个工作日内处理”）。")
    where = f"（《{elsewhere.spec.name}》提到了，但提示与责任约定应写在用户同意的服务协议里）" if elsewhere else "（隐私政策也没有）"
    yield make("safety.ip_notice", Severity.MEDIUM, f"服务协议没有提到知识产权{where}：审核实践要求协议提示生成内容的知识产权风险、"
               "约定责任并写明知识产权投诉渠道，请确认。", agreement.location, fix)


@rule("safety.label_notice", "服务协议写明生成内容的标识方法", "safety.label_notice")
def label_notice(pkg: Package) -> Iterator[Finding]:
    """No word of labels (标识、水印) in the service agreement: the Labeling Measures (Art. 8, in force 2025-09-01)
    require the agreement itself to state the methods and styles of the labels on generated content (the
    seventy-ninth probe: labels implemented and described in the report, the agreement silent). High; medium when the
    privacy policy describes them (the users are told, in the wrong material)."""
    agreement = pkg.doc(AGREEMENT)
    if pkg.route == "算法备案" or agreement is None or agreement.unreadable or agreement.template:
        return
    if len(fold(agreement.text)) < MIN_TEXT_CHARS or _said(fold(agreement.text), "duties", "label"):
        return
    elsewhere = next((d for d in pkg.docs(*USER_FACING) if d.view is not None and
                      _said(fold(d.text), "duties", "label")), None)
    fix = ("在服务协议中写明生成内容的标识方法与样式（如“AI生成”文字提示、角标、文件元数据中的隐式标识），"
           "并提示用户不得删除、篡改或隐匿标识（《人工智能生成合成内容标识办法》第八条、第十条）。")
    if elsewhere is not None:
        yield make("safety.label_notice", Severity.MEDIUM, f"服务协议没有写生成内容的标识方法（《{elsewhere.spec.name}》写了）："
                   "《标识办法》第八条要求在用户服务协议中说明，请确认。", agreement.location, fix)
        return
    yield make("safety.label_notice", Severity.HIGH, "服务协议没有写生成内容的标识方法与样式：《人工智能生成合成内容标识办法》"
               "第八条要求在用户服务协议中明确说明，并提示用户阅读标识管理要求。", agreement.location, fix)


@rule("safety.cross_border", "个人信息存储在境外时有出境依据", "safety.cross_border")
def cross_border(pkg: Package) -> Iterator[Finding]:
    """Personal information stored or processed outside mainland China (存储于……新加坡区域的服务器) with no export basis
    named anywhere (数据出境安全评估, 标准合同, 个人信息保护认证) and no separate consent: high (PIPL Art. 38–39; the
    eighty-sixth probe's privacy policy kept users' conversations in Singapore)."""
    if pkg.route == "算法备案":
        return
    found = next(((d, s, place) for d, s, folded in _sentences(pkg, AGREEMENT, *USER_FACING, "assessment_report")
                  if (place := _stored_abroad(folded)) is not None), None)
    if found is None or _export_basis(pkg):
        return
    doc, sentence, place = found
    yield make("safety.cross_border", Severity.HIGH, f"《{doc.spec.name}》写明个人信息存储或处理在境外（{place}），"
               "材料里没有数据出境安全评估、标准合同或个人信息保护认证，也没有单独同意（个人信息保护法第三十八、三十九条）。",
               sentence.where, "个人信息存储在境内；确需出境的，按规定完成数据出境安全评估、订立标准合同或取得认证，"
               "在隐私政策中写明境外接收方、目的、方式与种类，并取得个人单独同意。", evidence=sentence.text[:120])


# 不对生成内容的合法性……承担任何责任; 一切法律责任（包括生成内容本身含有违法违规信息……）均由用户自行承担
_WAIVED = re.compile(r"(?:不|概不|无须|无需)(?:对[^。；;]{0,30}?)?(?:承担|负)(?:任何|一切|全部)?(?:法律)?责任"
                     r"|(?:一切|全部|所有)(?:法律)?责任[^。；;]{0,40}?(?:由|均由)(?:用户|您|使用者)[^。；;]{0,4}?(?:自行)?承担")
_GENERATED = re.compile(r"生成|输出|ai|人工智能|模型")
# (or every legal liability for what is generated: 因使用本服务生成内容所引起的一切法律责任，均由用户自行承担, the 178th probe)
_UNLAWFUL = re.compile(r"合法性|违法|违规|有害|不良信息|侵犯|侵权|(?:一切|全部|所有)的?法律责任")


@rule("safety.liability_waiver", "服务协议不免除提供者对生成内容的责任", "safety.liability_waiver")
def liability_waiver(pkg: Package) -> Iterator[Finding]:
    """The agreement waives the provider's responsibility for unlawful generated content (不对生成内容的合法性承担任何
    责任; 生成内容含有违法违规信息的，一切法律责任由用户承担): high. The provider bears the content producer's
    responsibility for what its service generates (Interim Measures Art. 9) and cannot hand it to users; a disclaimer
    of accuracy alone (生成内容仅供参考，不保证准确) is ordinary and not reported (the eighty-fourth probe)."""
    if pkg.route == "算法备案":
        return
    waived = next((s for _, s, folded in _sentences(pkg, AGREEMENT)
                   if _WAIVED.search(folded) and _GENERATED.search(folded) and _UNLAWFUL.search(folded)), None)
    if waived is not None:
        yield make("safety.liability_waiver", Severity.HIGH, "服务协议免除了提供者对生成内容合法性的责任、把违法生成内容的责任"
                   "全部转给用户：提供者须依法承担网络信息内容生产者责任（《生成式人工智能服务管理暂行办法》第九条），审核会退回。",
                   waived.where, "删去免除提供者对生成内容合法性责任的条款；可以提示生成内容可能不准确、约定用户对其输入与使用"
                   "行为负责，但不能免除提供者对生成内容的安全责任。", evidence=waived.text[:120])


# 将您……输入的文本……提供给我们的营销合作伙伴，由其用于产品推广、精准营销 (the eighty-ninth probe)
_SHARED = re.compile(r"(?:提供给|提供予|共享给|分享给|出售给|转让给|转交给|披露给|有偿提供给|授权给)[^。；;]{0,16}?"
                     # 合作商业保险机构 (the two-hundred-and-second probe): a partner named with words between
                     r"(?:第三方|合作伙伴|合作[^。；;，,]{0,6}?(?:方|机构|企业|单位|公司)|关联方|广告主|商家|保险(?:机构|公司)"
                     r"|金融机构)")  # the hundred-and-sixth
# probe: 提供给合作招聘企业及人力资源服务合作伙伴，用于其人才推荐与营销推广
_FOR_THEIR_USE = re.compile(r"营销|推广|广告|画像|商业|推送|销售|精准")
# 单独征得您的同意 too; 单独书面同意 (the hundred-and-seventy-seventh probe's voiceprints, read for biometrics as well)
_SEPARATE_CONSENT = re.compile(r"单独(?:征得|取得|获得|征求)?[^。；;，,]{0,6}?同意|单独授权")


@rule("safety.third_party_sharing", "向第三方提供个人信息有单独同意", "safety.third_party_sharing")
def third_party_sharing(pkg: Package) -> Iterator[Finding]:
    """The agreement or privacy policy hands users' inputs or personal information to third parties for their marketing
    (提供给营销合作伙伴，用于精准营销) without a separate consent (使用即视为同意 is none): high (PIPL Art. 23)."""
    if pkg.route == "算法备案":
        return
    sentences = _sentences(pkg, AGREEMENT, *USER_FACING)
    tables = _sharing_tables(pkg, AGREEMENT, *USER_FACING)
    shared = next(((d, s) for d, s, folded in sentences if _shared_for_marketing(folded)
                   or (_row_of(s, tables) and _listed_for_marketing(folded) and not _consented(d, sentences))), None)
    if shared is not None:
        doc, sentence = shared
        yield make("safety.third_party_sharing", Severity.HIGH, f"《{doc.spec.name}》写明把用户的输入或个人信息提供给第三方用于"
                   "其营销、推广，没有取得单独同意（个人信息保护法第二十三条），审核会退回。", sentence.where,
                   "删去向第三方提供用户输入用于其营销的约定；确需提供的，告知接收方名称、目的、方式与种类并取得单独同意，"
                   "不能以“使用即视为同意”代替。", evidence=sentence.text[:120])


def _shared_for_marketing(folded: str) -> bool:
    """A sentence handing data to third parties for their marketing, not denied (我们不会将……提供给第三方) and not on a
    separate consent."""
    m = _SHARED.search(folded)
    return m is not None and _FOR_THEIR_USE.search(folded) is not None and not is_bounded(folded, m.start(), m.end()) \
        and _SEPARATE_CONSENT.search(folded) is None


def _sharing_tables(pkg: Package, *doc_ids: str) -> set[str]:
    """Where the tables are that list who receives personal information: a header naming the recipient (接收方 |
    共享信息 | 用途) or a heading about sharing above them (四、共享情况; the hundred-and-forty-seventh probe)."""
    headers = tuple(fold(w) for w in words("duties", "sharing", "headers"))
    headings = tuple(fold(w) for w in words("duties", "sharing", "headings"))
    return {g.where for d in pkg.docs(*doc_ids) if d.view for g in d.view.grids if g.rows and not g.is_sheet
            and (any(w in fold(" ".join(g.rows[0])) for w in headers) or any(w in fold(g.section) for w in headings))}


def _row_of(sentence: Sentence, tables: set[str]) -> bool:
    """Whether ``sentence`` is a row of one of ``tables``."""
    return sentence.in_table and grid_of(sentence.where) in tables


def _listed_for_marketing(folded: str) -> bool:
    """A row of a sharing table whose recipient gets the data for marketing (用于其向您推送……营销推广信息), not denied
    and not on a separate consent; a row needs no verb of sharing, the table is one."""
    m = re.search("|".join(re.escape(fold(w)) for w in words("duties", "sharing", "marketing")), folded)
    return m is not None and not is_bounded(folded, m.start(), m.end()) and _SEPARATE_CONSENT.search(folded) is None


def _consented(doc: Document, sentences: list[tuple[Document, Sentence, str]]) -> bool:
    """Whether the material says the sharing it lists is on a separate consent (上述共享我们将单独征得您的同意)."""
    return any(d is doc and _SEPARATE_CONSENT.search(folded) and re.search("共享|提供|第三方", folded)
               for d, _, folded in sentences)


@rule("safety.pi_rights", "隐私政策写明个人的权利与行使方式", "safety.pi_rights")
def pi_rights(pkg: Package) -> Iterator[Finding]:
    """A privacy policy naming none of the individual's rights (查阅、复制、更正、删除、注销 …): medium, asked (PIPL
    Art. 44–47, Art. 50 on the way to exercise them). The eighty-seventh probe planted it as a reason for return, but 60
    packages by other hands written to pass had abridged policies without rights: practice does not make it high."""
    policy = pkg.doc(USER_FACING[0])
    if pkg.route == "算法备案" or policy is None or policy.view is None or policy.template:
        return
    if len(fold(policy.text)) < MIN_TEXT_CHARS or any(_a_right(fold(s.text)) for s in policy.view.sentences()):
        return
    yield make("safety.pi_rights", Severity.MEDIUM, f"《{policy.spec.name}》没有写个人对其个人信息的权利（查阅、复制、更正、删除、"
               "撤回同意、注销账号）及行使方式（个人信息保护法第四十四至四十七、五十条），请确认。", policy.location,
               "写明个人可查阅、复制、更正、补充、删除其个人信息，撤回同意与注销账号，以及行使这些权利的入口与答复时限"
               "（如“设置—隐私—个人信息管理”，15个工作日内答复）。")


def _a_right(folded: str) -> bool:
    """A sentence granting the individual a right (您有权查阅, 可以申请删除, 可在设置中注销账号) or listing three or more
    under a heading of rights; a bare 删除 in a retention clause (期满后删除或匿名化处理) is no right."""
    if not _said(folded, "duties", "pi_rights"):
        return False
    listed = sum(fold(w) in folded for w in words("duties", "pi_rights"))
    return _MAY.search(folded) is not None or listed >= LISTED_RIGHTS


LISTED_RIGHTS = 3  # a bare list of this many rights (查阅、复制、更正、删除、注销，15个工作日内答复: the 232nd probe) grants them


# words granting it: 有权, 可以 …, and the one who may written right before 可 (您可查阅: the two-hundred-and-tenth probe;
# 监护人可查阅、复制、更正、删除学员的个人信息: the two-hundred-and-twenty-first)
_MAY = re.compile(r"有权|可以|可在|可通过|可向|可申请|可随时|申请|请求|要求|权利|(?:您|用户|个人|本人|监护人|家长)可")


@rule("safety.sensitive_consent", "收集生物识别等敏感个人信息有单独同意", "safety.sensitive_consent")
def sensitive_consent(pkg: Package) -> Iterator[Finding]:
    """The privacy policy or agreement collects biometric information (人脸 for login, 声纹, 指纹) and no sentence about
    it or about sensitive personal information asks for a separate consent: high (PIPL Art. 29; the eighty-third probe's
    face login)."""
    if pkg.route == "算法备案":
        return
    sentences = _sentences(pkg, *USER_FACING, AGREEMENT)
    kinds = tuple(fold(w) for w in words("duties", "sensitive", "kinds"))
    listed = _collecting_tables(pkg, *USER_FACING, AGREEMENT)
    about = [(d, s, m.word) for d, s, folded in sentences
             for m in _collected(folded, kinds, _row_of(s, listed))]
    if not about:
        return
    about_kinds = [i for i, (_, _, folded) in enumerate(sentences) if any(k in folded for k in (*kinds, "敏感个人信息"))]
    # the consent in the sentence that names the data or in the next one of the same material (我们收集您的既往病史；收集前
    # 以弹窗单独征得您的同意)
    consented = any(_SEPARATE_CONSENT.search(sentences[j][2]) for i in about_kinds for j in (i, i + 1)
                    if j < len(sentences) and sentences[j][0] is sentences[i][0])
    if consented:
        return
    doc, sentence, kind = about[0]
    yield make("safety.sensitive_consent", Severity.HIGH, f"《{doc.spec.name}》写明收集{kind}（敏感个人信息），没有写明取得单独同意"
               "（个人信息保护法第二十九条），也没有说明必要性与对个人权益的影响（第三十条）。", sentence.where,
               f"在收集{kind}之前单独告知目的、必要性与影响并取得单独同意（如单独弹窗勾选），提供不使用{kind}的替代方式（如短信验证码登录）。",
               evidence=sentence.text[:120])


def _collected(folded: str, kinds: tuple[str, ...], listed: bool = False) -> list:  # type: ignore[type-arg]
    """Sensitive kinds a sentence collects or uses (收集人脸信息用于登录验证), not denied (不收集人脸); a row of a table
    of what is collected (``listed``) needs no verb of its own."""
    if not (listed or any(fold(v) in folded for v in words("duties", "sensitive", "verbs"))) or _DENIED.search(folded):
        return []
    if any(w in folded for w in words("duties", "sensitive", "not_people")):
        return []  # a pet's medical history (宠物档案（品种、年龄、体重、病史）) is nobody's personal information
    return [m for m in mentions(folded, kinds) if not m.bounded]


def _collecting_tables(pkg: Package, *doc_ids: str) -> set[str]:
    """Where the tables are whose header row or heading says they list what is collected (功能 | 收集的个人信息 | 用途;
    the ninety-ninth probe: 声纹特征 in such a row, no verb in the row itself)."""
    header_words = (*(fold(v) for v in words("duties", "sensitive", "verbs")), "个人信息", "信息类型", "信息种类")
    return {g.where for d in pkg.docs(*doc_ids) if d.view for g in d.view.grids if g.rows and not g.is_sheet
            and (any(w in fold(" ".join(g.rows[0])) for w in header_words) or re.search("收集|采集", g.section))}


_DENIED = re.compile(r"(?:不|不会|未|无需|不再|从不)(?:收集|采集|获取|使用|存储|识别|提取|上传|保存)")
# 服务器与数据均部署于中国境内: stored at home, whatever foreign name the sentence also holds (香港……控股有限公司)
_DOMESTIC = re.compile(r"(?:存储|存放|保存|储存|部署|托管|处理)(?:于|在)?(?:中国|中华人民共和国)?(?:大陆)?境内"
                       r"|(?:存储|存放|保存|部署)(?:于|在)(?:中国)?(?:大陆|国内)")


def _export_basis(pkg: Package) -> bool:
    """Whether any material names an export basis (出境安全评估, 标准合同, 个人信息保护认证), or a separate consent in a
    sentence about going abroad (a 单独同意 for sharing with third parties is not one for export)."""
    text = fold(pkg.text_of(AGREEMENT, *USER_FACING, "assessment_report", "other_evidence"))
    if _said(text, "duties", "cross_border", "bases"):
        return True
    return any(_SEPARATE_CONSENT.search(s) is not None and re.search("境外|出境|跨境", s) for s in re.split(r"[。；;\n]", text))


def _stored_abroad(folded: str) -> str | None:
    """The place abroad a sentence stores or processes data in (存储于……新加坡区域), None when it says none or denies it
    (存储在境内，不向境外提供)."""
    if not any(fold(v) in folded for v in words("duties", "cross_border", "verbs")) or _DOMESTIC.search(folded):
        return None
    found = [m.word for m in mentions(folded, tuple(fold(p) for p in words("duties", "cross_border", "places")))
             if not m.bounded]
    named = [w for w in found if w not in ("境外", "海外")]  # 美国 rather than the 海外 of 保障海外访问速度
    return (named or found or [None])[0]


@rule("data_sources.annotation", "语料标注规则写明人员培训考核与结果核验", "data_sources.annotation_rules")
def annotation_rules(pkg: Package) -> Iterator[Finding]:
    """The annotation rules say how annotators are trained and examined, and how results are verified: both missing is
    high, one missing medium (a wording the vocabulary lacks)."""
    doc = pkg.doc(ANNOTATION)
    if pkg.route != "备案" or doc is None or doc.unreadable or doc.template or doc.view is None:
        return
    text = fold(doc.text)
    if len(text) < MIN_TEXT_CHARS or any(w in text for w in words("duties", "annotation", "not_involved")):
        return  # an empty file is materials.empty_document's; 不涉及标注 with its reason materials.not_applicable's
    missing = [name for key, name in (("training", "标注人员的培训与考核"), ("verification", "标注结果的审核、抽检或核验"))
               if not _said(text, "duties", "annotation", key)]
    if not missing:
        return
    fix = "按 TC260-003 5.3 写明：标注人员上岗前的培训与考核、标注与审核岗位分离、每批次抽检或逐条复核的比例与返工规则。"
    yield make("data_sources.annotation_rules", Severity.HIGH if len(missing) == 2 else Severity.MEDIUM,
               f"《{doc.spec.name}》没有写{'，也没有写'.join(missing)}" + ("。" if len(missing) == 2 else "，请确认。"),
               doc.location, fix)
