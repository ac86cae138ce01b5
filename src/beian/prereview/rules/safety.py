"""safety: keyword list and test banks against the profile; operational safety measures shown.

A measure is judged absent only over documents that could be read; when one of them is
unreadable the absence is not reported (the unreadable file is the root cause, reported
once). Word lists live in ``standard/vocabulary.yaml`` under ``safety``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from beian.findings import Finding, Severity
from beian.prereview.docmodel import Sentence
from beian.prereview.extract import WORD_EXTS, Content, has_media, pdf_pictures, pdf_screenshots
from beian.prereview.model import TEXT_STAND_INS, Document, Package
from beian.prereview.negation import is_bounded, mentions, number_wrapped
from beian.prereview.numbers import duration_months, durations, nfkc, parse_number
from beian.prereview.rules.banks import bank_findings, keyword_findings
from beian.prereview.rules.base import excerpt, make, rule
from beian.prereview.script import simplified_name
from beian.prereview.vocab import compiled, fold, section, words

# where safety measures are read, on every route (a 登记表 answering 是否面向未成年人：否 states the minors measure)
MEASURE_DOCS = ("assessment_report", "service_agreement", "privacy_policy", "content_safety_rules", "form",
                "algo_responsibility", "algo_self_assessment", "base_model_statement", "other_evidence")
# searched too, but one unreadable does not blind the search (an 算法备案承诺书 is a pledge in set words: a scanned one left
# the two-hundred-and-sixty-seventh probe's face swap of any uploaded photo unjudged)
SUPPORTING = ("base_model_statement", "other_evidence", "algo_commitment")
WINDOW = 3  # sentences after a complaint mention in which its time limit may stand
MEASURE_FIXES = {
    "safety.minors": (Severity.MEDIUM, "未成年人保护", "写明未成年人模式、防沉迷或禁止未成年人使用的措施。"),
    "safety.opt_out": (Severity.MEDIUM, "用户关闭训练使用", "在协议与产品中提供关闭“输入内容用于模型训练”的开关，并写明操作路径。"),
    "safety.human_monitor": (Severity.MEDIUM, "人工审核/监看", "写明人工审核/监看岗位、人数与值班安排。"),
    "safety.reassessment": (Severity.MEDIUM, "模型更新后重新评估", "写明模型版本更新、重大功能变更后重新开展安全评估的机制。"),
    # 《生成式人工智能服务管理暂行办法》第十四条第二款：使用者利用服务从事违法活动的，警示、限制功能、暂停或者终止服务
    "safety.user_abuse": (Severity.MEDIUM, "对违规使用者的处置（警示、限制功能、暂停或终止服务）",
                          "在服务协议与管理制度中写明：使用者连续或多次输入违法不良信息的，采取警示、限制功能、暂停或终止服务等处置，"
                          "保存记录并向主管部门报告。"),
}


def _sentences(pkg: Package) -> list[Sentence]:
    return [s for d in pkg.docs(*MEASURE_DOCS) if d.view for s in d.view.sentences()]


def _searchable(pkg: Package) -> str | None:
    """The folded measure text, or None when a measure document is unreadable (absence would be a guess) or the route is
    the algorithm filing (its four documents are checked for completeness, consistency and over-broad wording only)."""
    if pkg.route == "算法备案" or pkg.blind(*(d for d in MEASURE_DOCS if d not in SUPPORTING)):
        return None
    text = fold(pkg.text_of(*MEASURE_DOCS))
    return text if text.strip() else None


def _looked(pkg: Package) -> str:
    return "查找范围：" + "、".join(d.location for d in pkg.docs(*MEASURE_DOCS) if d.spec.id != "other_evidence")[:200]


@rule("safety.banks", "关键词库与测试题库达到数量要求", "safety.keyword_layout", "safety.keyword_total",
      "safety.keyword_per_risk", "safety.keyword_suspicious", "safety.bank_layout", "safety.bank_total",
      "safety.bank_per_risk", "safety.bank_per_aspect", "safety.bank_unanswered")
def banks(pkg: Package) -> Iterator[Finding]:
    """Excel attachments 4 and 5 measured against the profile's quotas."""
    kw = workbook_of(pkg.doc("keyword_list"), pkg.profile.excel_layouts["keyword_list"][0])
    if kw is not None:
        yield from keyword_findings(kw, pkg.profile)
    tb = workbook_of(pkg.doc("test_bank"), pkg.profile.excel_layouts["test_bank"][1])
    if tb is not None:
        declared = {str(k): str(v) for k, v in (pkg.config.get("not_applicable_aspects") or {}).items()}
        yield from bank_findings(tb, pkg.profile, declared)


def workbook_of(doc: Document | None, column: str) -> Content | None:
    """The sheets of every spreadsheet of the document as one workbook (a keyword list or test bank split into one file
    per risk category is counted whole), each sheet named by its file too (``附件5-2 应拒答题.xlsx：Sheet1`` says which
    bank it holds); without a spreadsheet, a text file one entry a line, read as the layout's ``column`` (关键词); None
    when no sheet has rows."""
    if doc is None:
        return None
    books = [c for c in doc.contents if c.sheets] or [  # else a list written one word a line in a text file
        replace(c, sheets={c.file.stem: [[column], *([line] for line in c.paragraphs if column not in line)]})
        for c in doc.contents if c.file.ext in TEXT_STAND_INS and c.paragraphs]
    if not books:
        return None
    merged = books[0] if len(books) == 1 else Content(
        file=books[0].file, sheets={f"{c.file.name}：{name}": rows for c in books for name, rows in c.sheets.items()})
    return merged if any(len(rows) > 1 for rows in merged.sheets.values()) else None


@rule("safety.emergency", "应急预案要素齐全", "safety.emergency_plan")
def emergency(pkg: Package) -> Iterator[Finding]:
    """An emergency plan with organisation, levels, steps, contacts and drills."""
    text = _searchable(pkg)
    if text is None:
        return
    if not any(fold(w) in text for w in section("safety", "emergency", "plan")):
        yield _no_plan(pkg, text)
        return
    missing = [name for name in section("safety", "emergency", "parts")
               if not compiled("safety", "emergency", "parts", name).search(text)]
    cited = None if not missing or _plan_held(pkg) else _PLAN_CITED.search(text)
    if cited is not None and _described_where_cited(text, cited):
        yield make("safety.emergency_plan", Severity.MEDIUM, f"材料引用了{cited.group(1)}，材料包里没有这份预案；引用处写了应急组织"
                   f"与处置流程，但未识别到{'、'.join(missing)}，请确认并附上预案。", "评估报告/管理制度",
                   f"把{cited.group(1)}放入“其他佐证”，或在引用处补充{'、'.join(missing)}。",
                   evidence=excerpt(text, cited.start(), cited.end()))
        return
    if cited is not None:  # a plan only named, its elements pieced together from scattered words (the 71st probe)
        yield make("safety.emergency_plan", Severity.HIGH, f"材料引用了{cited.group(1)}，但材料包里没有这份预案，材料里也没有"
                   f"成文的预案（未识别到{'、'.join(missing)}）。", "评估报告/管理制度",
                   f"把{cited.group(1)}放入“其他佐证”（应急组织、事件分级、处置流程、联系人、演练），或在材料中写明预案内容。",
                   evidence=excerpt(text, cited.start(), cited.end()))
        return
    plans = _plan_files(pkg)
    if plans:  # a plan file of its own is judged by what it says
        yield from _plan_file_gaps(plans)
    elif missing:
        yield make("safety.emergency_plan", Severity.MEDIUM, f"应急预案未识别到这些要素：{'、'.join(missing)}，请人工确认。",
                   "评估报告/管理制度", f"在应急预案中补充{'、'.join(missing)}。")


def _described_where_cited(text: str, cited: re.Match[str]) -> bool:
    """Whether the sentence citing a plan, with the next, states the plan's organisation and handling steps itself
    (制定《……应急预案》，设立……应急处置领导小组，明确报告、处置、复盘流程；发生安全事件时立即停止生成……: the two-hundred-and-fifth
    probe) rather than only naming it (依照《……应急预案》执行, the seventy-first)."""
    start = max(text.rfind("。", 0, cited.start()), text.rfind("\n", 0, cited.start())) + 1
    end = cited.end()
    for _ in range(2):
        stop = text.find("。", end)
        end = len(text) if stop < 0 else stop + 1
    around = text[start:end].replace(cited.group(1), "")
    return all(compiled("safety", "emergency", "parts", name).search(around) for name in _CORE_PARTS)


_CORE_PARTS = ("应急组织", "处置流程")


def _plan_files(pkg: Package) -> list[Content]:
    """The readable files named as an emergency plan (网络安全事件应急预案（V1.2）.docx), PDF twins of one plan counted
    once."""
    seen: dict[str, Content] = {}
    for c in pkg.contents:
        name = simplified_name(c.file.stem)
        if c.readable and any(w in name for w in _PLAN_WORDS):
            seen.setdefault(re.sub(r"[（(][^）)]*[）)]|\s", "", name), c)
    return [c for c in seen.values() if len(c.text) >= MIN_PLAN_CHARS]


def _plan_file_gaps(plans: list[Content]) -> Iterator[Finding]:
    """The elements a plan file itself lacks although other materials mention words of them (the seventy-seventh probe:
    a plan file without drills or contacts, the complaint hotline elsewhere counted as its contact): two or more
    missing from the plan is a plan a reviewer sends back (high), one is medium."""
    # each element's words: the plan's own list where it has one (流程 alone is its 处置流程), else the general one
    parts = {**{name: "parts" for name in section("safety", "emergency", "parts")},
             **{name: "in_plan" for name in section("safety", "emergency", "in_plan")}}
    for c in plans:
        text = fold(c.text)
        lacking = [name for name, group in parts.items() if not compiled("safety", "emergency", group, name).search(text)
                   and not (name == "联系方式" and _CONTACT.search(text))]  # 组长：陆一鸣（13816624087）: the 247th probe
        if lacking:
            sev = Severity.HIGH if len(lacking) >= 2 else Severity.MEDIUM
            yield make("safety.emergency_plan", sev, f"应急预案《{c.file.stem}》本身没有写{'、'.join(lacking)}"
                       "（其他材料里的零散说明不能代替预案的内容）。", c.file.rel,
                       f"在预案中补充{'、'.join(lacking)}（预案应写明应急组织、事件分级、处置流程、联系人与联系方式、定期演练及其记录）。")


MIN_PLAN_CHARS = 200  # a shorter "plan" file is a cover or a signature page: its elements are not judged from it


# a plan cited by its title as a document of its own (见其他佐证《网络与内容安全事件应急预案》: the seventy-first probe)
_PLAN_CITED = re.compile(r"(《[^《》\n]{0,30}(?:应急预案|处置预案|响应预案)》)")
_PLAN_WORDS = ("应急预案", "处置预案", "响应预案")


def _plan_held(pkg: Package) -> bool:
    """Whether the package holds an emergency plan: a file named so (or 应急处置…), or a section of a material headed as a
    plan (a section 应急处置 saying only 按照《……应急预案》处置 is no plan)."""
    if any(w in simplified_name(f.stem) for f in pkg.files for w in (*_PLAN_WORDS, "应急处置", "应急响应")):
        return True
    headings = {re.sub(r"《[^》]*》", "", p.section) for d in pkg.documents.values() for v in d.views
                for p in v.paras}  # a title cited in a heading (按照《…应急预案》处置) is not this section's
    return any(w in h for h in headings if len(h) <= MAX_PLAN_HEADING for w in _PLAN_WORDS)


MAX_PLAN_HEADING = 30  # characters: a longer "heading" is a sentence a PDF's layout made look like one


def _no_plan(pkg: Package, text: str) -> Finding:
    """No emergency plan: high when nothing is said about emergencies, medium when only scattered handling is
    (立即停止输出、下线相关功能并向属地网信部门报告): a plan may exist that the package does not show."""
    fix = "增加应急预案：应急组织、事件分级、处置流程、联系人与联系方式、定期演练。"
    said = [w for w in section("safety", "emergency", "mentions") if fold(w) in text]
    if said:
        return make("safety.emergency_plan", Severity.MEDIUM,
                    f"只找到零散的应急处置说明（{'、'.join(said[:4])}），没有成文的应急预案，请确认。", "评估报告/管理制度", fix,
                    evidence=_looked(pkg))
    return make("safety.emergency_plan", Severity.HIGH, "没有找到应急预案或应急处置机制。", "评估报告/管理制度", fix,
                evidence=_looked(pkg))


@rule("safety.complaints", "投诉举报渠道与处理时限", "safety.complaint_channel")
def complaints(pkg: Package) -> Iterator[Finding]:
    """A complaint channel with a stated handling time limit (TC260-003 7 f)."""
    text = _searchable(pkg)
    if text is None:
        return
    sentences = _sentences(pkg)
    channel = compiled("safety", "complaints", "channel")
    hits = [i for i, s in enumerate(sentences) if channel.search(fold(s.text))]
    if not hits:
        yield make("safety.complaint_channel", Severity.HIGH, "没有写明投诉举报渠道。", "服务协议/评估报告",
                   "写明投诉举报入口（电话、邮箱、页面位置）和处理时限，例如“收到投诉后 7 个工作日内反馈”。", evidence=_looked(pkg))
        return
    if not any(_time_limit(s.text) for i in hits for j, s in enumerate(sentences[i:i + WINDOW + 1])
               if j == 0 or _about_complaints(s.text) or _contact_means(s.text)):
        first = _handling_sentence(sentences, hits)
        if any(_contact_means(s.text) for i in hits for s in sentences[i:i + WINDOW + 1]):
            yield make("safety.complaint_channel", Severity.HIGH, "写了投诉举报渠道，但没有找到处理时限。", first.where,
                       "写明处理时限，例如“收到投诉后 7 个工作日内处理并反馈结果”。", evidence=first.text[:160])
        else:
            yield make("safety.complaint_channel", Severity.HIGH, "提到了投诉举报，但没有写明具体渠道（电话、邮箱、页面入口），也没有处理时限。",
                       first.where, "写明投诉举报入口（电话、邮箱、页面位置）和处理时限，例如“App‘我的—意见反馈’或 400 电话，"
                       "收到后 7 个工作日内处理并反馈”。", evidence=first.text[:160])


_CONTACT = re.compile(r"\d{3,4}[-\s]?\d{3,4}[-\s]?\d{3,4}|1[3-9]\d{9}|[\w.-]+@[\w-]+\.\w+|https?://|www\.|\.(?:com|cn|net)\b")


def _contact_means(text: str) -> bool:
    """Whether a sentence gives a concrete way to complain: a number, an address, or an entry (页面, 意见反馈, 客服)."""
    folded = fold(text)
    return _CONTACT.search(folded) is not None or any(w in folded for w in words("safety", "complaints", "means"))


def _handling_sentence(sentences: list[Sentence], hits: list[int]) -> Sentence:
    """The complaint mention that says how complaints are handled (“收到后将尽快处理并反馈”): the sentence a time limit
    belongs to, rather than a passing mention (“设立知识产权投诉渠道”); the first mention when none says so."""
    handling = section("safety", "complaints", "handling")
    for i in hits:
        window = fold("".join(s.text for s in sentences[i:i + WINDOW + 1]))
        if any(fold(w) in window for w in handling):
            return sentences[i]
    return sentences[hits[0]]


def _about_complaints(text: str) -> bool:
    """A sentence about complaints or their handling (a time limit after the channel stands in one of these, or in the
    sentence giving the contact: 五、投诉 / 客服热线……，24小时内响应, the two-hundred-and-forty-seventh probe)."""
    folded = fold(text)
    return bool(compiled("safety", "complaints", "channel").search(folded)) or \
        any(fold(w) in folded for w in section("safety", "complaints", "handling"))


def _time_limit(text: str) -> bool:
    """A time limit for handling complaints: a duration bounded (内, 不超过 …) and tied to handling — a handling word
    right after it (7个工作日内处理并反馈, 24小时内响应) or a 时限 word right before (处理时限为7个工作日); not a
    reporting deadline (2小时内报告属地网信部门) nor another step's (30分钟内定级)."""
    folded = fold(text)
    handling = "|".join(map(re.escape, (*words("safety", "complaints", "handling"), *words("safety", "complaints",
                                                                                          "responding"))))
    for _, _, start, end in durations(folded):
        around = folded[max(0, start - 8):end + 4]
        after, before = folded[end:end + 12], folded[max(0, start - 12):start]
        tied = re.match(rf"\s*(?:个工作日|工作日|日|天|小时)?\s*(?:内|以内|之内)?[^，。；]{{0,6}}?(?:{handling})", after) or \
            re.search(r"时限|期限", before)
        if (re.search(r"内|以内|之内|不超过|不晚于|最迟|前", around) or re.search(r"时限|期限", before)) and tied:
            return True
        # a handling word right after the duration bounds it too (24小时响应，5个工作日办结: the 270th probe, a false high)
        if re.match(rf"\s*(?:个工作日|工作日|日|天|小时)?\s*(?:{handling})", after):
            return True
    return False


@rule("safety.logs", "日志留存不少于规定期限", "safety.log_retention")
def logs(pkg: Package) -> Iterator[Finding]:
    """Log retention stated and at least the profile's months (《网络安全法》第21条). On the algorithm filing route its
    four documents need not state it, but a period they do state is held to the same line (生成记录……保存90日后自动删除:
    the two-hundred-and-thirty-ninth probe's self-assessment)."""
    need = pkg.profile.operations["log_retention_months"].value
    algo = pkg.route == "算法备案"
    if not algo and _searchable(pkg) is None:
        return
    sentences = [*(s for d in pkg.docs(*ALGO_DOCS) if d.view for s in d.view.sentences()),
                 *_unwrapped_pdf_sentences(pkg, ALGO_DOCS)] if algo else [*_sentences(pkg), *_unwrapped_pdf_sentences(pkg)]
    stated = [(months, s) for s in sentences if _about_logs(s.text) for months in _kept_for(s.text)]
    if not stated:
        if not algo:  # the algorithm filing's documents need not state it
            yield make("safety.log_retention", Severity.HIGH, "没有写明日志留存期限。", "评估报告/隐私政策",
                       f"写明网络日志留存不少于 {need:.0f} 个月。", evidence=_looked(pkg))
        return
    months, where = max(stated, key=lambda x: x[0])
    if months < need:
        yield make("safety.log_retention", Severity.HIGH, f"日志留存 {months:.0f} 个月，少于 {need:.0f} 个月。", where.where,
                   f"把日志留存期限改为不少于 {need:.0f} 个月，并落实到系统配置。", evidence=where.text[:80])
        return
    yield from _shorter_elsewhere(stated, need, months, where)


def _unwrapped_pdf_sentences(pkg: Package, doc_ids: tuple[str, ...] = MEASURE_DOCS) -> list[Sentence]:
    """Two lines of a PDF measure document joined where the page wrapped a number apart from its unit (日志保存12个 /
    月。: the two-hundred-and-thirty-sixth probe's emergency plan; 滚动保存 90 / 日: the two-hundred-and-fifty-first's
    note under an algorithm filing's table), so the period is read whole."""
    out = []
    for d in pkg.docs(*doc_ids):
        if d.view is None or d.primary is None or d.primary.file.ext != "pdf":
            continue
        lines = [s for s in d.view.sentences() if not s.in_table]
        out += [Sentence(a.text + b.text, a.where, a.section) for a, b in pairwise(lines) if number_wrapped(a.text, b.text)]
    return out


def _shorter_elsewhere(stated: list[tuple[float, Sentence]], need: float, longest: float,
                       where: Sentence) -> Iterator[Finding]:
    """A sentence about logs whose longest period is below the line while another meets it (the fifty-first probe: the
    privacy policy still said 操作日志保存三个月 after the 补正说明 said it was changed to 六个月): medium, as the two may
    speak of different logs. Only sentences naming 日志 count: 对话记录保存90天 is how long content is kept."""
    per_sentence: dict[int, tuple[float, Sentence]] = {}
    for months, s in stated:
        if id(s) not in per_sentence or months > per_sentence[id(s)][0]:
            per_sentence[id(s)] = (months, s)
    kept = set().union(*(_log_kinds(x.text) for n, x in stated if n >= need))  # what the sentences meeting it name
    # not 对话记录保存90天 on its own (how long content is kept), unless the package keeps 对话记录 as a log elsewhere
    # (对话记录留存不少于六个月 in the rules: the hundred-and-ninth probe)
    short = [(m, s) for m, s in per_sentence.values()
             if m < need and ("日志" in fold(s.text) or _log_kinds(s.text) & kept)]
    if short:
        m, s = short[0]
        same = _log_kinds(s.text) & ({"网络"} | kept)  # 网络日志 is the log the law speaks of
        yield make("safety.log_retention", Severity.HIGH if same else Severity.MEDIUM,
                   f"日志留存期限前后不一致：此处写 {m:.0f} 个月，少于 {need:.0f} 个月（{where.where} 写 {longest:.0f} 个月）"
                   + (f"，说的是同一类日志（{'、'.join(k if k.endswith('记录') else f'{k}日志' for k in sorted(same))}）。"
                      if same else "，请核对。"),
                   s.where, f"统一各材料的日志留存期限（不少于 {need:.0f} 个月）；确是另一类日志的，写明其名称与依据。",
                   evidence=s.text[:80])


_DIALOGUE = frozenset({"对话", "聊天", "交互", "会话", "问答"})
# the user's inputs and what was generated for them are the dialogue, however named (用户输入与生成内容日志留存不少于6个月
# against 对话日志保存3个月 in the privacy policy: the two-hundred-and-fifth probe)
_INPUT_AND_OUTPUT = re.compile(r"(?:输入|提问|提示词)[^，,。；;]{0,4}(?:生成|输出|回答|回复)(?:内容|结果)?的?(?:日志|记录)")


def _log_kinds(text: str) -> set[str]:
    """The kinds of log a sentence names (网络日志, 操作日志 → 网络, 操作): two characters before 日志; and the records
    it names beside them, 对话记录 however named (聊天记录, 会话记录: the hundred-and-third and hundred-and-seventh probes,
    对话记录及系统日志保存3个月 against 对话记录与网络日志不少于6个月 in the report speak of the same dialogue records)."""
    folded = fold(text)
    kinds = {m.group(1) for m in re.finditer(r"([\u4e00-\u9fa5]{2})日志", folded)}
    kinds |= {"网络" for _ in re.finditer(r"网络[\u4e00-\u9fa5]{1,4}日志", folded)}  # 网络访问日志 (the 209th probe)
    dialogue = kinds & _DIALOGUE  # 对话日志 is the dialogue records too (the hundred-and-twenty-ninth probe: 90 days)
    return (kinds - _DIALOGUE) | {"对话记录" for _ in dialogue} | {"对话记录" for _ in _INPUT_AND_OUTPUT.finditer(folded)} | \
        {"对话记录" for _ in re.finditer(r"(?:对话|聊天|交互|会话)记录", folded)}  # one kind, however named (not 生成记录:
    # the records of what was generated, which a package may keep longer than the conversations: the fifty-first probe)


def _kept_for(text: str) -> list[float]:
    """The retention periods a sentence states, in months (at least one): an upper bound beside a lower one
    (不少于6个月，最长不超过2年) is how long logs may be kept, not how long they are."""
    found = [(months, start) for months, start, _ in duration_months(text) if months >= 1]
    folded = nfkc(text)
    floor = [m for m, start in found if not _UPPER_BOUND.search(folded[max(0, start - 8):start])]
    return floor if floor else [m for m, _ in found]


_UPPER_BOUND = re.compile(r"(?:最长|不超过|至多|最多|上限)[^，,。；]{0,4}$")


def _about_logs(text: str) -> bool:
    folded = fold(text)
    if "日志" in folded:
        return True
    return bool(compiled("safety", "logs", "subject").search(folded)
                and compiled("safety", "logs", "retention").search(folded))


_CLICKS = re.compile(r"(\d+)\s*(?:次|步)(?:点击|操作)?")


@rule("safety.measures", "安全措施有描述", "safety.minors", "safety.opt_out", "safety.aigc_label", "safety.human_monitor",
      "safety.reassessment", "safety.user_abuse", "safety.evidence")
def measures(pkg: Package) -> Iterator[Finding]:
    """Minors, training opt-out, AIGC labels, human monitors, re-assessment and screenshots."""
    if pkg.route == "算法备案":  # its documents need not describe these measures, but a label still to come is one
        algo_text = fold(pkg.text_of(*ALGO_DOCS))
        for found in _labels(algo_text, absent_too=False, where="算法备案材料"):
            said = [d.location for d in pkg.docs(*ALGO_DOCS) if found.evidence and found.evidence in fold(d.text)]
            yield replace(found, location="、".join(said) or "、".join(d.location for d in pkg.docs(*ALGO_DOCS)))
        yield from _explicit_only(algo_text, "、".join(d.location for d in pkg.docs(*ALGO_DOCS)))
        yield from _withheld_labels(pkg, ALGO_DOCS)
        return
    text = _searchable(pkg)
    if text is None:
        return
    for code, (sev, name, fix) in MEASURE_FIXES.items():
        if code == "safety.opt_out" and (refused := _opt_out_refused(text)) is not None:
            yield make(code, Severity.HIGH, "材料写明不能关闭“输入内容用于模型训练”（TC260-003 7 c) 要求提供关闭方式），审核会退回。",
                       "评估报告/服务协议/隐私政策", fix, evidence=refused[:120])
        elif code == "safety.reassessment" and (skipped := _reassessment_skipped(text)) is not None:
            yield make(code, Severity.HIGH, "材料写明模型升级后不重新开展安全评估（TC260-003 7 h) 要求重要更新、升级后重新评估），"
                       "审核会退回。", "评估报告/管理制度", fix, evidence=skipped[:120])
        elif code == "safety.reassessment" and pkg.route == "登记" and not compiled("safety", "measures", code).search(text):
            # the called model is updated by its provider; what the registrant owes is a check when it switches models
            # or versions (the two-hundred-and-forty-sixth and forty-seventh probes both read medium as too loud here)
            yield make(code, Severity.LOW, "未找到所调用模型更换或升级后重新评估（必要时变更登记）的安排，建议写明。",
                       "评估报告/管理制度", "写明所调用模型更换、版本升级或功能重大变更时，重新开展安全评估并按要求变更登记。",
                       evidence=_looked(pkg))
        elif not compiled("safety", "measures", code).search(text):
            yield make(code, sev, f"未找到“{name}”相关措施，请确认。", "评估报告/服务协议", fix, evidence=_looked(pkg))
    yield from _labels(text)
    yield from _withheld_labels(pkg, MEASURE_DOCS)
    yield from _monitors_for_scale(text)
    yield from _minors_not_kept_out(text)
    m = re.search(r"(?:关闭|撤回|退出)[^。；\n]{0,30}?" + _CLICKS.pattern, text)
    limit = pkg.profile.operations["opt_out_max_clicks"].value
    if m and int(m.group(1)) > limit:
        yield make("safety.opt_out", Severity.MEDIUM, f"关闭训练使用需要 {m.group(1)} 次点击，超过 {limit:.0f} 次。", "服务协议",
                   f"把关闭入口调整到主界面起 {limit:.0f} 次点击以内。", evidence=m.group())
    if pkg.route != "算法备案" and not _pictures(pkg):
        yield make("safety.evidence", Severity.MEDIUM, "材料包中没有任何截图（图片文件或插在 Word 文件里的图片），安全措施只有文字描述。",
                   "其他佐证", "在“其他佐证”中放入投诉入口、标识、关闭训练开关、拦截效果等截图。")


def _minors_not_kept_out(text: str) -> Iterator[Finding]:
    """A service said not to be for minors (仅限成年人使用, 不面向未成年人) with no measure that keeps them out anywhere in
    the materials (real-name or age checks, accounts opened by an administrator, a guardian, 青少年模式): medium, as the
    practice (Interim Measures Art. 10) asks for technical or management measures, not a statement (the eighty-seventh
    probe). A statement alone satisfied :data:`MEASURE_FIXES`' word check before."""
    said = compiled("safety", "minors_kept_out", "excluded").search(text)
    if said is None or compiled("safety", "minors_kept_out", "gate").search(text):
        return
    yield make("safety.minors", Severity.MEDIUM, "材料写明服务不面向未成年人，但没有写怎样防止未成年人使用（实名认证、年龄核验、"
               "由管理员开通账号等），请确认。", "评估报告/服务协议",
               "写明防止未成年人使用的技术或管理措施，如注册时实名认证或年龄核验、仅由机构管理员开通账号。", evidence=said.group()[:80])


# 不能关闭：否定落在“关闭、退出、撤回”上（“未提供关闭或退出该用途的设置选项”），不是“不会将……用于训练”这类不训练的说法
_NO_OPT_OUT = re.compile(r"(?:未|不|无法|不能|没有|暂不|尚未|暂未)(?:提供|支持|设置|开放|允许|可以|可|能够|能)?[^。；，,]{0,6}?"
                         r"(?:关闭|退出|撤回|取消授权)")


def _opt_out_refused(text: str) -> str | None:
    """The clause saying users cannot turn training use off (the seventy-first probe: 将默认被用于模型的训练与优化。……目前
    产品中未提供关闭或退出该用途的设置选项, while only 撤回同意 among the personal-information rights read as an opt-out),
    when no clause about training gives a way; None otherwise. A refusal counts when it or the clause before it speaks of
    training; a way counts when it speaks of training itself."""
    pattern = compiled("safety", "measures", "safety.opt_out")
    clauses = [c for c in re.split(r"[。；;\n]", text) if c.strip()]
    refused = None
    for i, clause in enumerate(clauses):
        about = _TRAINING_USE.search(clause) or (i and _TRAINING_USE.search(clauses[i - 1]))
        if not about:
            continue
        if _NO_OPT_OUT.search(clause):
            refused = refused or clause
        elif pattern.search(clause) and _A_WAY.search(clause):
            return None
    return refused


_NUMBER = r"(\d[\d,]*(?:\.\d+)?\s*[万亿]?|[一二两三四五六七八九十]+)"
# 日活跃用户约50万人, 日活50万, 日均活跃用户 120 万
_DAILY_USERS = re.compile(r"(?:日活跃?用户|日活|日均活跃用户|dau)(?:数|规模|量)?[^\d。；;，,]{0,6}?" + _NUMBER)
# 兼职审核员1名, 配备审核人员2名, 2名兼职审核员, 监看人员：1人
_MONITORS = re.compile(r"(兼职)?(?:审核|监看|审查)(?:员|人员|专员)[^\d。；;]{0,6}?" + _NUMBER + r"\s*(?:名|人|位)"
                       r"|" + _NUMBER + r"\s*(?:名|位)(兼职)?(?:的)?(?:内容)?(?:审核|监看|审查)(?:员|人员|专员)")
MIN_MONITORS, LARGE_SERVICE = 2, 100_000  # at most this many monitors (or part-time only) for this many daily users


def _monitors_for_scale(text: str) -> Iterator[Finding]:
    """Human monitors far too few for the service (TC260-003 7 g) 3): monitors matched to the scale): a service of at
    least :data:`LARGE_SERVICE` daily users watched by at most :data:`MIN_MONITORS` people, or only by part-timers (the
    eighty-first probe: 日活跃用户约50万人, 兼职审核员1名). The most monitors stated count."""
    users = [v for m in _DAILY_USERS.finditer(text) if (v := parse_number(m.group(1).replace(" ", ""))) is not None]
    staff = [(v, bool(m.group(1) or m.group(4)), m.group()) for m in _MONITORS.finditer(text)
             if (v := parse_number((m.group(2) or m.group(3)).replace(" ", ""))) is not None]
    if not users or not staff or max(users) < LARGE_SERVICE:
        return
    most = max(staff, key=lambda s: (s[0], s[1]))
    if most[0] > MIN_MONITORS and not all(part for _, part, _ in staff):
        return
    yield make("safety.human_monitor", Severity.HIGH,
               f"日活跃用户约 {max(users):,.0f}，人工审核/监看只有 {most[0]:.0f} 人{'（兼职）' if most[1] else ''}：与服务规模明显不相称"
               "（TC260-003 7 g) 要求监看人员与服务规模相匹配），审核会退回。", "评估报告/管理制度",
               "按服务规模配备专职审核/监看人员并写明人数、排班（如 7×24 小时轮班）与人均处理量。", evidence=most[2][:80])


_UPDATE = re.compile(r"更新|升级|迭代|版本|变更|上线|发布")
# 不再单独组织安全评估、无需重新评估、不另行开展安全评估（第七十八只手）
_NO_REASSESS = re.compile(r"(?:不再|不|无需|无须|不必|不需要?|不另行|免于|免除)(?:单独|另行|重新|再次|专门)?"
                          r"(?:组织|开展|进行|实施|做)?(?:安全|的)?(?:评估|测评)")
_MINOR_ONLY = re.compile(r"小版本|非重大|一般性|轻微|补丁|热修复|不涉及模型|仅涉及|修订号")


def _reassessment_skipped(text: str) -> str | None:
    """The clause saying an upgrade goes live without a new security assessment (版本升级……直接发布上线，不再单独组织安全
    评估), unless it speaks of minor versions only (小版本、补丁 need none), or another clause states a re-assessment
    (重大更新后重新评估 beside 日常迭代不再单独评估 is a policy, not a gap); None otherwise."""
    pattern = compiled("safety", "measures", "safety.reassessment")
    skipped: list[str] = []
    for clause in re.split(r"[。；;\n]", text):
        if _UPDATE.search(clause) and _NO_REASSESS.search(clause):
            if _MINOR_ONLY.search(clause):
                return None
            skipped.append(clause.strip())
        elif pattern.search(clause):
            return None
    return skipped[0] if skipped else None


_TRAINING_USE = re.compile(r"训练|改进模型|优化模型|模型的?优化|模型改进|改进计划")
# what makes a clause a way out rather than the name of one (a clause table's 要求 “用户输入用于训练的处理与关闭方式”):
# where or how to act, or a promise not to train at all
_A_WAY = re.compile(r"可|能够|设置|开关|入口|点击|菜单|选项|申请|联系|发送|邮件|不(?:会|再)?(?:将|把|拿|使用|用于|用来)")


def _pictures(pkg: Package) -> bool:
    """Whether the package holds a picture: an image file, or one pasted into a Word file (``word/media/`` in the
    .docx, wherever the file sits), or into a PDF of the evidence folder that has a text layer (a screenshot compilation,
    the sixtieth probe; a scanned PDF's pages are scans, not screenshots), or a screenshot-shaped picture in any other
    PDF with a text layer (a report exported to PDF with its screenshots: the hundred-and-twenty-ninth probe; a report's
    seal is square, no screenshot)."""
    evidence = pkg.doc("other_evidence")
    pdfs = [c.file for c in evidence.contents if c.file.ext == "pdf" and c.readable] if evidence else []
    others = [c.file for c in pkg.contents if c.file.ext == "pdf" and c.readable and not c.ocr and c.file not in pdfs]
    return any(f.ext in {"png", "jpg", "jpeg"} for f in pkg.files) or any(
        f.ext in WORD_EXTS and has_media(f.path) for f in pkg.files) or any(pdf_pictures(f.path) for f in pdfs) or \
        any(pdf_screenshots(f.path) for f in others)


LABEL_SIDES = {"explicit": "显式标识（文字提示）", "implicit": "隐式标识（元数据）"}  # vocabulary: safety.aigc_label_<side>


ALGO_DOCS = ("algo_disclosure", "algo_self_assessment", "algo_responsibility", "algo_commitment")


def _labels(text: str, *, absent_too: bool = True, where: str = "评估报告/服务协议") -> Iterator[Finding]:
    """Both AIGC labels written as in place: not planned (正在开发, 计划于…上线), not refused (不添加), and with
    ``absent_too`` not missing (the algorithm filing's documents need not describe them: the forty-first probe's
    self-assessment said the implicit label was still being built)."""
    fix = "按《人工智能生成合成内容标识办法》与 GB 45438 写明显式标识（文字提示）与隐式标识（文件元数据）。"
    states = {name: _label_state(text, side) for side, name in LABEL_SIDES.items()}
    absent = [side for side, (state, _) in states.items() if state == "absent"]
    for side, (state, clause) in states.items():
        if state in ("planned", "refused"):
            how = "尚未实施（写的是计划）" if state == "planned" else "写明不添加"
            yield make("safety.aigc_label", Severity.HIGH, f"{side}{how}；《人工智能生成合成内容标识办法》自 2025 年 9 月 1 日起施行，"
                       "上线时须已实施。", where, fix, evidence=clause[:120])
    if not absent_too:
        return
    if len(absent) == 2:
        yield make("safety.aigc_label", Severity.HIGH, "没有写明人工智能生成合成内容标识（显式与隐式）。", "评估报告/服务协议", fix)
    elif absent and absent[0] == LABEL_SIDES["implicit"] and (media := _media_output(text)) is not None:
        yield make("safety.aigc_label", Severity.HIGH, f"本服务提供“{media}”，生成内容以文件交付，材料中没有写明隐式标识（文件元数据）：GB 45438 要求"
                   "生成合成内容的文件元数据中添加隐式标识，审核会退回。", "评估报告/服务协议", fix, evidence=media)
    elif absent and absent[0] == LABEL_SIDES["implicit"] and (shown := _text_only_display(text)) is not None:
        yield make("safety.aigc_label", Severity.LOW, f"未找到{absent[0]}的说明；材料写明生成内容只在界面上以文字展示、不以文件交付，"
                   "隐式标识（文件元数据）可能不适用，请确认有没有别的交付方式（接口、复制导出）。", "评估报告/服务协议", fix,
                   evidence=shown)
    elif absent:
        yield make("safety.aigc_label", Severity.MEDIUM, f"未找到{absent[0]}的说明，请确认。", "评估报告/服务协议", fix)


# a cell of a label table's 显式标识 column saying the label is left out for that kind of content
_WITHHELD = re.compile(r"不(?:加|添加|另行|另加|设置?|作|做|显示|展示|播放)[^。；，,:]{0,8}?(?:标识|提示|标注|水印|角标|声明)|"
                       r"不另行提示|无需(?:添加|标识|提示)|不予(?:标识|提示)")
_BARE = re.compile(r"[—\-–－/]+|无|否|未(?:添加|设置)")


# a sentence about labels saying generated content carries no notice on screen or in sound (画面中不另行叠加文字或语音
# 提示: the two-hundred-and-fifty-fourth probe's digital-human guide, its risk table marking this 已落实)
_NO_NOTICE = re.compile(r"不(?:另行|再)?(?:叠加|添加|加注|显示|展示|设置|加|播放|插入)[^。；;，,:]{0,6}?"
                        r"(?:文字|语音|声音|角标|水印|提示|标识|标签|字样)")


def _withheld_labels(pkg: Package, doc_ids: tuple[str, ...]) -> Iterator[Finding]:
    """Explicit labels the documents say are left out: rows of a label table, then sentences elsewhere."""
    rows = list(_label_table_gaps(pkg, doc_ids))
    yield from rows
    yield from _explicit_withheld(pkg, doc_ids, {f.location for f in rows})


def _explicit_withheld(pkg: Package, doc_ids: tuple[str, ...], told: set[str]) -> Iterator[Finding]:
    """A sentence (not a label table's row already ``told`` by :func:`_label_table_gaps`) about AIGC labels saying the
    content is shown or played without any notice: high, the explicit label is what 标识办法 Art. 4 asks for."""
    fix = "按《人工智能生成合成内容标识办法》第四条添加显式标识（视频画面角标或片头提示、音频语音提示、文本文字提示）。"
    for d in pkg.docs(*doc_ids):
        for s in d.view.sentences() if d.view else []:
            folded = fold(s.text)
            m = _NO_NOTICE.search(folded)
            if m is None or s.where in told or "显式" in folded or not re.search(r"标识|生成合成|AI生成|人工智能生成|数字人|合成", folded) or \
                    re.search(r"隐式|元数据", folded[max(0, m.start() - 10):m.end()]):
                continue
            yield make("safety.aigc_label", Severity.HIGH, f"材料写明生成内容不加显式标识（“{s.text[:60]}”）：在别处页面统一说明"
                       "不能代替内容本身的显式标识，审核会退回。", s.where, fix, evidence=s.text[:120])
            return


def _label_table_gaps(pkg: Package, doc_ids: tuple[str, ...]) -> Iterator[Finding]:
    """Rows of a label table (内容类型 | 显式标识 | 隐式标识) whose explicit cell says the label is left out for a kind
    of content (合成语音 | —（为保证自然交友体验，播放时不加提示音） | 元数据: the two-hundred-and-forty-seventh probe's
    dating avatars): high, the 标识办法 asks for an explicit label on every kind a service generates; a bare dash or 无
    is medium, asked about (the kind may not be generated at all); 不适用 is not asked about."""
    fix = "按《人工智能生成合成内容标识办法》第四条为每类生成合成内容添加显式标识（文本的文字提示、音频的语音或节奏提示、图片视频的角标）。"
    for d in pkg.docs(*doc_ids):
        for g in d.view.grids if d.view else []:
            head = next((i for i, r in enumerate(g.rows[:2]) if any("显式" in fold(c) for c in r)), None)
            if g.is_sheet or head is None:
                continue
            col = next(i for i, c in enumerate(g.rows[head]) if "显式" in fold(c))
            for n, row in enumerate(g.rows[head + 1:], head + 2):
                cell = row[col].strip() if 0 < col < len(row) else ""
                withheld = _WITHHELD.search(fold(cell)) is not None and not fold(cell).startswith("不适用")
                if cell and (withheld or _BARE.fullmatch(cell)) and row[0].strip():
                    yield make("safety.aigc_label", Severity.HIGH if withheld else Severity.MEDIUM,
                               f"标识表写明“{row[0].strip()[:20]}”不加显式标识（“{cell[:40]}”）"
                               + ("，审核会退回。" if withheld else "，请确认该类内容是否生成、显式标识怎样添加。"),
                               f"{g.where} 第{n}行", fix, evidence=cell[:120])


def _explicit_only(text: str, where: str) -> Iterator[Finding]:
    """An algorithm filing whose documents describe the explicit label of generated pictures, audio or video but never
    the implicit one (the hundred-and-eighty-sixth probe: NPC voices from 语音合成, only the on-screen notice described):
    medium, as the four documents need not describe labels at all, but the one they describe is half of what is due."""
    explicit, implicit = (_label_state(text, side)[0] for side in LABEL_SIDES)
    media = _media_output(text) if explicit == "present" and implicit == "absent" else None
    if media is not None:
        yield make("safety.aigc_label", Severity.MEDIUM,
                   f"算法生成“{media}”，材料只写了显式标识，没有写隐式标识（文件元数据）；GB 45438 与《人工智能生成合成内容标识办法》"
                   "要求两者都有，请确认并在自评估报告中写明。", where,
                   "写明隐式标识的做法（文件元数据中的生成合成标识、服务提供者名称或编码、内容编号）。", evidence=media)


# generated text shown only on screen, never as a file (“仅在对话界面以文字形式展示，不提供下载或导出”: the eighty-third
# probe's service): the implicit label lives in file metadata, so its absence is a question, not a likely rejection
_TEXT_ONLY = re.compile(r"(?:不提供|不支持|无|没有)[^。；，,\n]{0,4}(?:下载|导出)|仅(?:在|于)[^。；\n]{0,12}(?:界面|页面|对话框|窗口|聊天框)"
                        r"[^。；\n]{0,8}(?:展示|显示|呈现)|仅以文字(?:形式)?[^。；\n]{0,8}(?:展示|显示|呈现)")


def _text_only_display(text: str) -> str | None:
    """The clause saying generated content is only shown as text (no download, no export), None when none says so."""
    m = _TEXT_ONLY.search(text)
    return m.group() if m else None


def _media_output(text: str) -> str | None:
    """The picture, audio or video output the service says it makes (文生图, 生成视频; not 不生成图片), or the files it
    exports generated text as (导出为DOCX文件), None for none: such content leaves the service as files, whose metadata
    must carry the implicit label."""
    found = next((m for m in mentions(text, tuple(words("safety", "media_outputs")))
                  if not m.bounded and not _LABEL_HEADING.match(text, m.end)), None)
    if found is not None:
        return found.word
    exported = next((m for m in _FILE_EXPORT.finditer(text) if not is_bounded(text, m.start(), m.end())), None)
    return exported.group() if exported else None


# a heading or row naming the labels of a kind of content (“图片、视频生成内容的标识”, a template's row whose answer may be
# “本服务仅提供文字生成……不适用”): it names the kind, it does not say the service makes it
_LABEL_HEADING = re.compile(r"内容的?(?:显式|隐式)?标识")

# generated text handed over as a file (导出TXT、DOCX草稿文件: the sixty-seventh probe): a file, whose metadata GB 45438 labels
_FILE_EXPORT = re.compile(r"(?:导出|下载|另存)[^。；，,\n]{0,8}?(?:txt|docx?|word|pdf|markdown|文档|文件)", re.IGNORECASE)


def _label_state(text: str, side: str) -> tuple[str, str]:
    """``present`` at the first mention that says the label is in place; else ``planned`` or ``refused`` with the
    clause that says so, or ``absent`` when the label is never mentioned."""
    other, present = ("absent", ""), False
    opposite = compiled("safety", "measures", f"safety.aigc_label_{'implicit' if side == 'explicit' else 'explicit'}")
    for m in compiled("safety", "measures", f"safety.aigc_label_{side}").finditer(text):
        left = max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in "。；;\n") if i >= 0]
        clause = text[left:min(ends) if ends else len(text)]
        if (first := opposite.search(clause)) is not None and first.start() < m.start() - left and (
                _status_planned(clause) or compiled("safety", "label_not_yet").search(clause)):
            continue  # a row about the other label's plan naming this one in passing (隐式标识……计划于……，现阶段依靠显式标识)
        if _status_planned(clause):
            return "planned", clause  # a status table says so, whatever the prose describes
        if compiled("safety", "label_not_yet").search(clause):
            other = other if other[0] != "absent" else ("planned", clause)
        elif _LABEL_REFUSED.search(clause):
            other = other if other[0] != "absent" else ("refused", clause)
        else:
            present = True
    return ("present", "") if present else other


def _status_planned(clause: str) -> bool:
    """Whether ``clause`` is a table row (cells joined by ``:`` in the searchable text) whose last cell, its status,
    says the label is not in place yet (隐式 | 导出文件元数据 | AIGC{…} | 开发中，计划于2025年10月上线: the
    hundred-and-eleventh probe's appendix, while the report's prose described the label as working)."""
    cells = clause.split(":")
    return len(cells) >= 3 and compiled("safety", "label_not_yet").search(cells[-1]) is not None


_LABEL_REFUSED = re.compile(r"(?:不|未|无需|没有)(?:会|再|在|对|于|向)?[^。；，,]{0,14}?(?:添加|加注|嵌入|写入|标注|加上|打上)")


# where prices are set: the algorithm filing's four documents and the measure documents of the other routes
PRICING_DOCS = (*ALGO_DOCS, *MEASURE_DOCS)


@rule("safety.pricing", "不利用算法对用户实施不合理的价格差别待遇", "safety.price_discrimination")
def pricing(pkg: Package) -> Iterator[Finding]:
    """A price, fee or its factor set by the user's device, habits or profile (iOS用户1.08, 近30天出价≥3次的用户1.05: the
    hundred-and-eighty-fifth probe's used-car platform): the differential treatment in trading conditions that
    《互联网信息服务算法推荐管理规定》第二十一条 forbids. A clause that forbids or guards against it (不得、禁止、防止、
    杜绝、统一标价) is a commitment, not a finding."""
    for s in (s for d in pkg.docs(*PRICING_DOCS) if d.view for s in d.view.sentences()):
        text = fold(s.text)
        if not _PRICE.search(text):
            continue
        for clause in re.split(r"[；;。]", text):
            by = _BY_USER.search(clause)
            if by and (_PRICE.search(clause) or _FACTOR_VALUE.search(clause)) and not _GUARDED.search(text):
                yield make("safety.price_discrimination", Severity.HIGH,
                           f"材料写明价格或费用按用户特征区别对待（“{by.group()}”）：《互联网信息服务算法推荐管理规定》第二十一条"
                           "禁止根据消费者的偏好、交易习惯等特征利用算法在交易价格等交易条件上实施不合理的差别待遇，审核会退回。",
                           s.where, "删除按用户设备、消费行为或画像调整价格（系数）的策略，写明同一商品或服务对所有用户同价，"
                           "并在自评估报告中说明防范“大数据杀熟”的措施。", evidence=s.text[:100])
                return


@rule("safety.selection", "不以性别、年龄、婚育等为依据对求职者排序或筛选", "safety.discriminatory_feature")
def selection(pkg: Package) -> Iterator[Finding]:
    """In a document about hiring (求职者, 简历, 招聘 …), a sentence or table row that uses sex, age, marriage or
    childbirth, ethnicity, religion, origin or health to rank, weight, match or filter (基本属性 | 年龄段、性别、婚育状况 |
    简历填写 | 排序加权（匹配企业偏好设置）: the two-hundred-and-thirtieth probe's job-matching algorithm): the
    discrimination 《生成式人工智能服务管理暂行办法》第四条（二） and the employment law forbid. A sentence that excludes
    or guards against it (不得、不作为、剔除、防止歧视) is a commitment."""
    for d in (d for d in pkg.docs(*PRICING_DOCS) if d.view):
        if len(_HIRING.findall(fold(d.text))) < HIRING_MENTIONS:
            continue
        for s in d.view.sentences():
            text = fold(s.text)
            trait, use = _PROTECTED.search(text), _RANKS.search(text)
            if trait and use and not _EXCLUDED.search(text):
                yield make("safety.discriminatory_feature", Severity.HIGH,
                           f"《{d.spec.name}》写明以“{trait.group()}”等个人特征对求职者排序、加权或筛选（“{use.group()}”）："
                           "《生成式人工智能服务管理暂行办法》第四条（二）要求防止民族、信仰、地域、性别、年龄、健康等歧视，"
                           "《就业促进法》禁止就业歧视，审核会退回。", s.where,
                           "从排序、匹配与筛选特征中删除性别、年龄、婚育、民族、宗教、地域、健康等特征（也不向招聘方提供按这些特征筛选的设置），"
                           "并在自评估报告中写明防止就业歧视的措施与检测结果。", evidence=s.text[:120])
                return


@rule("safety.recommendation", "个性化推荐提供不针对个人特征的选项或关闭选项", "safety.recommendation_opt_out")
def recommendation(pkg: Package) -> Iterator[Finding]:
    """Recommendations personalised by the user's interests or behaviour (个性化推荐, 个性化推送类) with no option that is
    not based on personal traits and no way to switch them off (关闭个性化推荐, 不针对个人特征的选项): 《互联网信息服务算法
    推荐管理规定》第十七条 requires one of the two. “不感兴趣” and tag settings only steer the recommendations (the
    two-hundred-and-thirty-second probe's housing platform: 个性化推荐作为平台基础服务默认开启)."""
    docs = [d for d in pkg.docs(*PRICING_DOCS) if d.view and not d.template]
    said = next(((d, s) for d in docs for s in d.view.sentences() if _personalised(fold(s.text))), None)
    if said is None or any(_switched_off(fold(d.text)) for d in docs):
        return
    _, sentence = next(((d, s) for d in docs for s in d.view.sentences() if _ALWAYS_ON.search(fold(s.text))), said)
    yield make("safety.recommendation_opt_out", Severity.HIGH,
               "材料写明提供个性化推荐，但没有写明向用户提供不针对其个人特征的选项或便捷的关闭算法推荐的选项"
               "（“不感兴趣”、标签管理只是调整推荐）：《互联网信息服务算法推荐管理规定》第十七条要求二者之一，审核会退回。",
               sentence.where, "在产品中提供“关闭个性化推荐”开关（或不基于个人特征的推荐选项），写明操作路径，并在拟公示内容与自评估报告中说明；"
               "关闭后立即停止使用个人特征推荐。", evidence=sentence.text[:120])


_PERSONALISED = re.compile(r"个性化(?:推荐|推送|排序|分发)|千人千面|猜你喜欢|"
                           r"根据用户的?(?:兴趣|偏好|画像|浏览|行为|历史)[^。；;]{0,10}?(?:推荐|推送)")
_NOT_PERSONALISED = re.compile(r"(?:不|未|无|没有)(?:提供|进行|涉及|使用|采用|做)?[^。；;，,]{0,4}个性化")
_OFF = re.compile(r"(?:关闭|退出|停用|取消)[^。；;]{0,12}?(?:个性化|算法推荐|推荐服务|推荐功能)|"
                  r"(?:个性化|算法推荐|推荐)[^。；;]{0,12}?(?:关闭|开关)|不针对[^。；;]{0,6}?个人特征|非个性化")
_CANNOT = re.compile(r"(?:不可|无法|不能|不支持|不提供)[^。；;]{0,4}$")
_ALWAYS_ON = re.compile(r"默认开启|不可关闭|无法关闭|不能关闭|基础服务")


def _personalised(text: str) -> bool:
    """Whether a sentence says recommendations are personalised (not 不提供个性化推荐)."""
    return _PERSONALISED.search(text) is not None and _NOT_PERSONALISED.search(text) is None


def _switched_off(text: str) -> bool:
    """Whether a document offers a way out of personalised recommendation (not 个性化推荐不可关闭, nor a switch still
    planned: 个性化推荐关闭开关已纳入2026年第一季度版本计划……整改中, the two-hundred-and-sixty-second probe)."""
    return any(_CANNOT.search(text[max(0, m.start() - 8):m.start()]) is None and "不可关闭" not in m.group()
               and "无法关闭" not in m.group() and not _planned_clause(text, m.end()) for m in _OFF.finditer(text))


def _planned_clause(text: str, at: int) -> bool:
    """Whether the sentence from ``at`` says what it names is not in place yet (计划, 整改中, 开发中 …)."""
    ends = [i for i in (text.find(c, at) for c in "。；;\n") if i >= 0]
    return compiled("safety", "label_not_yet").search(text[at:min(ends) if ends else len(text)]) is not None


HIRING_MENTIONS = 3  # a document naming job seekers, résumés or hiring this often is about hiring
_HIRING = re.compile(r"求职|招聘|简历|应聘|候选人|人岗|职位推荐|岗位推荐|岗位匹配")
# (not 地域: a job seeker's wished-for place of work is matched on, not held against them)
_PROTECTED = re.compile(r"性别|年龄段?|婚育|婚姻状况|生育|怀孕|民族|宗教|信仰|籍贯|户籍|健康状况|病史|残疾|相貌|身高")
_RANKS = re.compile(r"排序|加权|权重|降权|筛选|过滤|匹配|打分|评分|淘汰|优先|偏好设置")
_EXCLUDED = re.compile(r"不得|禁止|严禁|不使用|不采集|不作为|不纳入|不参与|不用于|未使用|未纳入|剔除|屏蔽|去除|删除|排除|脱敏|"
                       r"防止|避免|杜绝|歧视|公平性")


_USERS = r"(?:用户|买家|客户|消费者|乘客|旅客|顾客|会员|住客|车主)"  # 近30天下单≥8次且使用iOS设备的乘客 (the 218th probe)
_PRICE = re.compile(r"价格|定价|标价|报价|售价|费率|服务费|手续费|佣金|运费|票价|房价|溢价|加价|价格系数|展示系数|定价系数|折扣率"
                    r"|展示价|成交价|挂牌价|销售价|实付价|到手价")  # 展示价调整系数 (the two-hundred-and-thirteenth probe)
# a user's device, habits or profile as the ground of a price: iOS用户1.08, 苹果手机用户, 近30天出价≥3次的用户, 高消费能力用户
_BY_USER = re.compile(r"(?:ios|iphone|苹果(?:手机|设备)?|安卓|android|高端机型|机型)(?:设备|手机|终端)?的?" + _USERS +
                      r"[^，,；;。]{0,6}|"
                      r"(?:消费能力|支付意愿|价格敏感度|消费习惯|交易习惯|浏览(?:次数|频次|记录)|出价(?:次数|频次)?|"
                      r"近\d+天[^，,；;。]{0,10}次)[^，,；;。]{0,12}" + _USERS + r"[^，,；;。]{0,6}|"
                      r"(?:根据|按照?|依据|基于)(?:用户)?(?:画像|偏好|消费能力|支付意愿|设备类型|消费习惯|交易习惯)"
                      r"(?:(?!推荐|展示|排序)[^，,；;。]){0,10}(?:调整|上浮|下浮|差异化|区别|不同)[^，,；;。]{0,6}"
                      r"(?:价格|定价|报价|费率|系数)(?!区间|档|段|范围)")
_FACTOR_VALUE = re.compile(r"\d\.\d{1,2}(?![\d%])")  # a factor written as a number (1.08) beside the user group
# the clause forbids or guards against it, or prices are the same for all (同一车源对所有用户展示同一标价)
# (not a bare 未 or 无: 近30天同城浏览≥5次且未下单的用户 is a group of users, the two-hundred-and-twenty-sixth probe)
# (差别待遇：不依据消费能力对同一作品设置不同价格: the two-hundred-and-seventy-eighth probe's safeguard, a false high)
_GUARDED = re.compile(r"不得|禁止|严禁|杜绝|防止|防范|避免|不会|不存在|未(?:对|按|根据|依据|设置|实施|采用|区分)|无(?:差别|区别)|"
                      r"不(?:依据|根据|按照?|基于|因)|"
                      r"杀熟|同一(?:标价|价格)|统一(?:标价|定价|价格)|相同(?:价格|标价)")
