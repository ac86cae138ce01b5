"""Duties whose absence reviewers send back, checked by presence in the material that carries them.

- ``safety.ip_notice``: the service agreement tells users about the intellectual-property risks of generated content
  (requirements.md §1.3 IP row and the 附件2 row of the document list: “user agreement must cover … IP risks”). The
  seventy-third probe's agreement said nothing of it, and nothing else did; the package passed.
- ``safety.label_notice``: the service agreement states how generated content is labelled (Labeling Measures
  Art. 8; the 附件2 row of requirements.md's document list). The seventy-ninth probe described its labels everywhere
  but in the agreement; the package passed.
- ``data_sources.annotation_rules``: the 语料标注规则 say how annotators are trained and examined and how annotation
  results are verified (TC260-003 5.3). The seventy-second probe's rules described only the categories; the package
  passed.

The words live in ``standard/vocabulary.yaml`` under ``duties``.
"""

from __future__ import annotations

from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.model import Package
from beian.prereview.rules.base import make, rule
from beian.prereview.rules.materials import MIN_TEXT_CHARS
from beian.prereview.vocab import fold, words

AGREEMENT = "service_agreement"
USER_FACING = ("privacy_policy",)  # what users read besides the agreement; a report's 知识产权 is about the corpus
ANNOTATION = "annotation_rules"


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
