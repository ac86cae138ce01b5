"""materials: required documents present and complete, report parts, cited attachments, 不涉及 reasons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from beian.findings import Finding, Severity
from beian.prereview.docmodel import is_placeholder
from beian.prereview.model import Document, Package
from beian.prereview.negation import is_bounded
from beian.prereview.rules.base import excerpt, find_any, make, rule
from beian.prereview.rules.data_sources import find_table
from beian.prereview.vocab import section
from beian.standard.profile import DocumentSpec

PLACEHOLDERS = ("【请填写】", "【待填写】", "【填写】", "（请填写）")
MIN_TEXT_CHARS = 80
@rule("materials.required", "路线要求的材料齐全", "materials.missing_document", "materials.empty_document",
      "materials.missing_pair")
def required_documents(pkg: Package) -> Iterator[Finding]:
    """Each required document of the route is present, readable and not empty."""
    for spec in pkg.profile.documents[pkg.route]:
        doc = pkg.doc(spec.id)
        if doc is None:
            if spec.id == "data_sources" and (table := find_table(pkg)) is not None:
                yield make("materials.missing_document", Severity.LOW, f"《{spec.name}》没有单独成文件，写在{table.where}。",
                           table.where, f"可以照原样提交；有的审核方要求单独的《{spec.name}》，可把这张表另存一份。")
            elif spec.required and spec.id not in pkg.not_applicable:
                yield _missing(pkg, spec)
            continue
        yield from _empty(doc)
        yield from _pair(doc)


@rule("materials.revisions", "提交的文件不带修订痕迹与批注", "materials.revisions")
def revisions(pkg: Package) -> Iterator[Finding]:
    """Tracked changes and comments left in a Word file: the reviewer sees every one of them (a figure changed from
    93.7% to 98.0%, a comment that the sample was smaller than written)."""
    for c in pkg.contents:
        if c.revisions or c.comments:
            parts = [f"{c.revisions} 处修订" if c.revisions else "", f"{c.comments} 条批注" if c.comments else ""]
            yield make("materials.revisions", Severity.HIGH, f"文件仍带有{'、'.join(p for p in parts if p)}，审核方打开即可看到。",
                       c.file.rel, "逐条核对后“接受/拒绝所有修订”并删除全部批注，另存后再放入材料包；被改动的数字以核实后的为准。")


@rule("materials.algorithm", "算法备案材料齐全", "materials.algo_incomplete")
def algorithm_documents(pkg: Package) -> Iterator[Finding]:
    """When any 算法备案 document is present, all of them are."""
    if not pkg.algo_documents:
        return
    for spec in pkg.profile.documents.get("算法备案", ()):
        if spec.required and spec.id not in pkg.algo_documents:
            yield make("materials.algo_incomplete", Severity.MEDIUM, f"材料包含算法备案材料，但缺少《{spec.name}》。", "材料包",
                       f"补充《{spec.name}》，或把算法备案材料移出本材料包单独提交。")


_READ_ELSEWHERE = frozenset({"xlsx", "xls", "csv", "docx", "pdf"})  # formats a reviewer opens: another shape, not unreadable


def _missing(pkg: Package, spec: DocumentSpec) -> Finding:
    wrong = [f for f in pkg.files if any(p in f.stem for p in spec.patterns) and f.ext not in spec.formats]
    if wrong:
        readable = wrong[0].ext in _READ_ELSEWHERE  # a form filled in as a spreadsheet: there, in another format
        return make("materials.missing_document", Severity.MEDIUM if readable else Severity.BLOCKER,
                    f"《{spec.name}》的格式 .{wrong[0].ext} " + ("与通常要求不同" if readable else "不被接受")
                    + f"（通常：{'/'.join(spec.formats)}）" + ("，本工具没有按这份材料检查其内容，请确认提交系统接受。" if readable
                                                          else "。"), wrong[0].rel,
                    f"用 Office/WPS 另存为 {'/'.join(spec.formats)} 格式后替换。")
    return make("materials.missing_document", Severity.BLOCKER, f"缺少必备材料《{spec.name}》。", "材料包",
                f"补充《{spec.name}》（可接受格式：{'/'.join(spec.formats)}），文件名中包含“{spec.patterns[0]}”。")


def _empty(doc: Document) -> Iterator[Finding]:
    if doc.spec.id == "other_evidence":
        return
    content = doc.primary
    if content is None and any(c.findings for c in doc.contents):
        return  # the file-level finding (corrupt, encrypted, scanned …) is the root cause, reported once
    if content is None:
        yield make("materials.empty_document", Severity.HIGH, f"《{doc.spec.name}》无法读取或没有内容。", doc.location,
                   "确认文件能用 Office/WPS 正常打开并包含正文。")
    elif content.sheets and not any(len(rows) > 1 for rows in content.sheets.values()):
        yield make("materials.empty_document", Severity.HIGH, f"《{doc.spec.name}》只有表头，没有数据行。", doc.location,
                   "按模板逐行填写数据。")
    elif not content.sheets and not doc.template and len(doc.text) < MIN_TEXT_CHARS and not _na_with_reason(doc.text):
        yield make("materials.empty_document", Severity.HIGH, f"《{doc.spec.name}》正文过短（{len(doc.text)} 字）。",
                   doc.location, "补充完整正文；确实不涉及的，写明“不涉及”及具体原因。")


def _pair(doc: Document) -> Iterator[Finding]:
    exts = {f.ext for f in doc.files}
    if doc.spec.pair and not ({"docx", "doc"} & exts and "pdf" in exts):
        missing = "PDF（签字盖章版）" if "pdf" not in exts else "Word 可编辑版"
        yield make("materials.missing_pair", Severity.LOW, f"《{doc.spec.name}》只有一种格式，缺少{missing}。",
                   doc.location, f"按惯例同时提交 Word 与签字盖章后的 PDF，两者同名；补充{missing}。")


def _na_with_reason(text: str) -> bool:
    return bool(find_any(text, _na_words())) and bool(find_any(text, section("report", "reason_words")))


@rule("materials.seal", "盖章版扫描件带有公章", "materials.no_seal")
def seals(pkg: Package) -> Iterator[Finding]:
    """A scanned document (read by OCR) of the documents reviewers expect signed and sealed shows a red seal."""
    for doc in pkg.docs(*pkg.all_doc_ids()):
        if not doc.spec.pair and not doc.spec.id.startswith("algo_"):
            continue
        for content in doc.contents:
            if content.ocr and content.readable and content.stamps == 0:
                yield make("materials.no_seal", Severity.MEDIUM, f"《{doc.spec.name}》的扫描件中未识别到红色公章，请确认已盖章。",
                           content.file.rel, "提交加盖公章后的扫描件（彩色扫描，公章清晰可见）；黑白扫描或骑缝章可能无法识别，请人工确认。")


@rule("materials.placeholder", "模板占位内容已填写", "materials.placeholder")
def placeholders(pkg: Package) -> Iterator[Finding]:
    """Template placeholders (【请填写】) left in a document: one finding per document, the items listed."""
    for doc in pkg.docs(*pkg.all_doc_ids()):
        if doc.view is None:
            continue
        items = [(f"第{p.index}段", _label(p.text)) for p in doc.view.paras if not p.filled]
        for g in doc.view.grids:
            items += [(f"{g.where.split(' ')[-1]} 第{r}行", _label("：".join(c for c in row if c)))
                      for r, row in enumerate(g.rows, 1) if any(is_placeholder(c) for c in row)]
        if items:
            shown = "、".join(label for _, label in items[:8]) + ("等" if len(items) > 8 else "")
            yield make("materials.placeholder", Severity.HIGH, f"《{doc.spec.name}》仍有 {len(items)} 处待填写：{shown}。",
                       f"{doc.view.file} {items[0][0]}", "把“【请填写】”等占位内容替换为实际内容。",
                       evidence="；".join(f"{where} {label}" for where, label in items)[:1000])


def _label(text: str) -> str:
    for mark in PLACEHOLDERS:
        if mark in text:
            return text.split(mark)[0].strip("：: ")[:20] or text[:20]
    return text[:20]


@rule("materials.report", "安全评估报告结构完整", "materials.report_missing_part", "materials.report_no_clause_table",
      "materials.report_signatures")
def report_structure(pkg: Package) -> Iterator[Finding]:
    """The self-assessment report has its parts, the clause table and the signatures."""
    doc = pkg.doc("assessment_report")
    if doc is None or doc.primary is None or pkg.route != "备案" or not doc.text.strip() or doc.template:
        return
    text = doc.text
    for part in _missing_parts(doc):
        yield make("materials.report_missing_part", Severity.HIGH, f"安全评估报告缺少“{part}”部分。", doc.location,
                   f"增加“{part}”章节，写明评估方法、样本、结果与证据。")
    rows = _clause_rows(doc)
    if rows < int(section("report", "clause_rows_min")):
        verdicts = any(v in text for v in section("report", "verdicts"))
        fix = "增加表格：列为“条款 / 要求 / 评估结果（符合/不符合/不适用）/ 证据或说明”，覆盖标准第5–8章每一条。"
        if verdicts:
            yield make("materials.report_no_clause_table", Severity.MEDIUM,
                       f"未能识别安全评估报告的逐条评估（只找到 {rows} 条“条款 + 判定”），请人工确认。", doc.location, fix)
        else:
            yield make("materials.report_no_clause_table", Severity.HIGH,
                       "安全评估报告没有逐条评估（全文没有“符合/不符合/不适用”的判定）。", doc.location, fix)
    need = int(pkg.profile.operations["assessment_signatures"].value)
    signers = section("report", "signers")
    missing = [name for name, words in signers.items() if not find_any(text, words)]
    if len(signers) - len(missing) < need:
        yield make("materials.report_signatures", Severity.HIGH,
                   f"安全评估报告签字不足 {need} 人，缺少：{'、'.join(missing)}。", doc.location,
                   "在报告末尾增加签字栏：法定代表人、评估总负责人、合法性评估负责人（法定代表人兼任须说明）。")


def _missing_parts(doc: Document) -> list[str]:
    """Report parts named neither by a heading (broad words) nor in body text outside tables (specific words)."""
    view = doc.view
    if view is None:
        return []
    headings = " ".join(p.text for p in view.paras if p.heading)
    body = "\n".join(s.text for s in view.sentences() if not s.in_table)
    broad = section("report", "part_headings")
    return [part for part, words in section("report", "parts").items()
            if not find_any(headings, broad.get(part, ())) and not find_any(body, words)]


_CLAUSE = re.compile(r"(?:^|[\s：:（(])(?:[5-9](?:\.\d)?(?:\s*[a-z][)）])?|第[五六七八九]章)")


def _clause_rows(doc: Document) -> int:
    """How many lines state a clause and a verdict: table rows with a verdict cell, or such lines of prose."""
    if doc.view is None:
        return 0
    verdicts = tuple(section("report", "verdicts"))
    rows = sum(1 for g in doc.view.grids for row in g.rows if any(c.strip() in verdicts for c in row))
    prose = sum(1 for s in doc.view.sentences() if not s.in_table and _CLAUSE.search(s.text)
                and any(v in s.text for v in verdicts))
    return max(rows, prose)


@rule("materials.na_reason", "“不涉及/不适用”写明原因", "materials.na_without_reason")
def na_reasons(pkg: Package) -> Iterator[Finding]:
    """Every 不适用 row of the clause table and every bare 不涉及 paragraph has a reason."""
    for doc in pkg.documents.values():
        content = doc.primary
        if content is None or content.sheets:
            continue
        for t, table in enumerate(content.tables, 1):
            for r, row in enumerate(table[1:], 2):
                if any(c in _na_words() for c in row) and not _row_reason(row):
                    yield make("materials.na_without_reason", Severity.MEDIUM,
                               f"“{row[0][:20]}”判定为不适用/不涉及，但没有写明原因。", f"{content.file.rel} 表{t} 第{r}行",
                               "在证据/说明列写明不适用的具体原因（例如“本服务不提供图片生成功能”）。")
        for i, para in enumerate(content.paragraphs if content.file.ext != "pdf" else (), 1):  # PDF lines wrap
            if para.strip("。 ") in _na_words():
                yield make("materials.na_without_reason", Severity.MEDIUM, f"《{doc.spec.name}》只写了“{para}”，没有原因。",
                           f"{content.file.rel} 第{i}段", "写明不涉及的原因，例如“本模型未使用人工标注语料，因为……”。")


def _row_reason(row: list[str]) -> bool:
    return any(len(c) >= 6 and c not in _na_words() for c in row[2:])


def _na_words() -> tuple[str, ...]:
    return tuple(section("report", "not_applicable"))


# A citation “附件N”: Arabic or Chinese numerals, with or without a sub-number (附件7-2, 附件2.2, 附件七之二). It never
# crosses a line (a paragraph, a table row, a cell's paragraph: "…及附件" ending one row of a clause table and the clause
# number "6 a)" opening the next are not "附件6"); a Chinese numeral is not the 一 of a word after it (与附件4一致,
# 附件3一并提交); a number followed by a clause letter or a further level (附件6 a), 附件7.b, 附件5.3.1) is a clause.
_GAP = r"[ \t\u3000\xa0]*"
_CN_DIGITS = "一二三四五六七八九"
_CN_NUMBER = rf"[{_CN_DIGITS}十]+(?![{_CN_DIGITS}十致并起样同览份些切次旦般直])"
_NUMBER = rf"(?:[0-9]+|{_CN_NUMBER})"
_CITE = re.compile(rf"附件{_GAP}(?P<major>{_NUMBER})(?:{_GAP}(?P<sep>[-－–—.．之]){_GAP}(?P<sub>{_NUMBER}))?"
                   rf"(?![0-9]|[.．]{_GAP}[0-9A-Za-z]|{_GAP}[A-Za-z][)）])")
_DASHES = "-－–—"  # 附件3-5: sub-number 5 of 附件3, or 附件3 to 附件5
_NAME_PREFIX = " \t0123456789_.-、"  # the ordering number before 附件 in a file name: 01 附件1 安全评估报告
_REPORT_CITE = re.compile(r"第三方[^。；，,\n]{0,12}?(?:检测|测评|测试|评测|检验|评估)报告")
_REPORT_FILE = re.compile(r"(?:检测|测评|测试|评测|检验)(?:报告|证书)|第三方")
_SAME_CITATION = 30  # characters between “附件6” and “第三方…报告” that cite one document (附件6 第三方安全测试报告)
_CONTENT_BANKS = ("keyword_list", "test_bank")  # their cells are keywords and test questions, not citations
_TITLE_LINES = 3  # a file's title: its first paragraphs, or its first sheet's first rows

Key = tuple[int, int | None]  # 附件7-2 → (7, 2); 附件7 → (7, None)


@dataclass(frozen=True)
class Citation:
    """One “附件N” in a text: where it is, the number as written, its key, and how certain its reading is."""

    start: int
    end: int
    written: str
    key: Key
    chinese: bool  # 附件一: often an agreement's own appendix numbering, not the package's
    dashed: bool  # 附件3-5 may be a range


@dataclass(frozen=True)
class Held:
    """Attachment numbers the package holds: ``named`` by a file or folder name, a recognised document or a file's
    title; ``bound`` as a heading inside a document (an appendix bound into it, or an attachment list)."""

    named: frozenset[Key]
    bound: frozenset[Key]


@rule("materials.citations", "引用的附件均已提供", "materials.cited_attachment_missing")
def cited_attachments(pkg: Package) -> Iterator[Finding]:
    """Attachments the documents and spreadsheets cite (附件N, a third-party test report) exist in the package.

    A citation whose number no file, folder, document or title carries is high (a missing attachment bounces the
    filing); one whose match is uncertain (a plain 附件7 file for 附件7-2, a heading inside a document, a Chinese
    numeral of an agreement's own appendices) is medium. A missing third-party report is high; a required document
    already reported missing is not reported again by its number.
    """
    held = _held_attachments(pkg)
    done = _reported_missing(pkg)
    check_reports = not _has_test_report(pkg)
    for doc in pkg.docs(*pkg.all_doc_ids()):
        report_named = False  # one finding per document for a missing third-party report
        for text, where in _citing_texts(doc):
            reports = [c for c in _REPORT_CITE.finditer(text) if not is_bounded(text, c.start(), c.end())] \
                if check_reports else []
            # negated by what comes before (未提供附件6) only: an attachment's title follows its number, and titles hold
            # words that read as refusals (附件4 拦截关键词列表)
            cites = [c for c in citations(text) if not is_bounded(text[:c.end], c.start, c.end)]
            # the number the missing third-party report goes by (附件6《第三方安全测试报告》): the high finding below is
            # its one report, wherever else the text cites 附件6
            done |= {c.key for c in cites if any(abs(c.start - r.start()) <= _SAME_CITATION for r in reports)}
            for c in cites:
                severity = None if c.key in done else citation_severity(c, held)
                if severity is not None:
                    done.add(c.key)
                    yield _missing_attachment(c, severity, text, where)
            if reports and not report_named:
                report_named = True
                yield make("materials.cited_attachment_missing", Severity.HIGH, "文中引用了第三方检测/测评报告，但材料包中没有该报告。",
                           where, "把第三方检测/测评报告放入“其他佐证”文件夹，文件名包含“检测报告”或“测评报告”。",
                           evidence=excerpt(text, reports[0].start(), reports[0].end()))


def citations(text: str) -> list[Citation]:
    """Every “附件N” cited in ``text`` (see ``_CITE`` for what is not one)."""
    out = []
    for m in _CITE.finditer(text):
        sub = m.group("sub")
        out.append(Citation(m.start(), m.end(), "".join(m.group(0)[2:].split()),
                            (_arabic(m.group("major")), _arabic(sub) if sub else None),
                            not m.group("major").isdigit() or bool(sub and not sub.isdigit()),
                            bool(sub and m.group("sep") in _DASHES)))
    return out


def citation_severity(cite: Citation, held: Held) -> Severity | None:
    """None when the package holds the cited attachment; HIGH when nothing carries its number; MEDIUM when uncertain.

    A plain 附件7 is held by any 附件7-x; 附件7-2 only by 附件7-2 (written 7.2, 7之2 alike); 附件3-5 also by 附件3, 4 and 5
    all present (read as a range).
    """
    if _holds(cite.key, held.named) or _is_range(cite, held.named):
        return None
    major = cite.key[0]
    maybe = cite.chinese or (major, None) in held.named or _holds(cite.key, held.bound) or (major, None) in held.bound
    return Severity.MEDIUM if maybe else Severity.HIGH


def _holds(key: Key, keys: frozenset[Key]) -> bool:
    """Whether ``keys`` hold ``key``: 附件7-2 exactly, a plain 附件7 by any 附件7-x."""
    major, sub = key
    return key in keys if sub is not None else any(k[0] == major for k in keys)


def _is_range(cite: Citation, keys: frozenset[Key]) -> bool:
    """附件3-5 read as 附件3 to 附件5, every one of them present."""
    first, last = cite.key
    return cite.dashed and last is not None and last > first and \
        all(_holds((n, None), keys) for n in range(first, last + 1))


def _missing_attachment(cite: Citation, severity: Severity, text: str, where: str) -> Finding:
    """The finding for a cited attachment not found, with its full number as written (附件7-2)."""
    name = f"附件{cite.written}"
    message = (f"文中引用了“{name}”，材料包中没有这个附件（没有文件的名称或标题带这个编号）。" if severity is Severity.HIGH
               else f"文中引用了“{name}”，未能在材料包中找到，请确认。")
    return make("materials.cited_attachment_missing", severity, message, where,
                f"补充{name}（文件名以“{name}”开头），或修改引用。", evidence=excerpt(text, cite.start, cite.end))


def _citing_texts(doc: Document) -> Iterator[tuple[str, str]]:
    """The texts citations are read in, each with its location: a Word/PDF document's filled text as one, a
    spreadsheet's rows one by one (each cell on its own line, so a citation stays in its cell)."""
    view, content = doc.view, doc.primary
    if view is None or content is None:
        return
    if not content.sheets:
        yield doc.text, view.file
        return
    if doc.spec.id in _CONTENT_BANKS:
        return
    for grid in view.grids:
        for r, row in enumerate(grid.rows if grid.is_sheet else (), 1):
            line = "\n".join(c for c in row if c)
            if "附件" in line or "第三方" in line:
                yield line, f"{grid.where} 第{r}行"


def _arabic(numeral: str) -> int:
    """1–99 written in Arabic or Chinese numerals (7, 七, 十二, 二十)."""
    if numeral.isdigit():
        return int(numeral)
    digit = {c: i for i, c in enumerate(_CN_DIGITS, 1)}
    if "十" not in numeral:
        return digit.get(numeral[-1], 0)
    tens, _, units = numeral.partition("十")
    return digit.get(tens[-1:], 1) * 10 + digit.get(units[:1], 0)


def _has_test_report(pkg: Package) -> bool:
    own = {f.rel for d in pkg.docs("assessment_report") for f in d.files}
    return any(_REPORT_FILE.search(f.stem) for f in pkg.files if f.rel not in own)


def _leading_key(name: str) -> set[Key]:
    """The attachment number a name or title begins with (附件7-2 数据采购合同, 01 附件1 安全评估报告), as a set."""
    c = citations(name.lstrip(_NAME_PREFIX))
    return {c[0].key} if c and c[0].start == 0 else set()


def _held_attachments(pkg: Package) -> Held:
    """The attachment numbers the package holds (see :class:`Held`)."""
    named: set[Key] = set()
    for f in pkg.files:
        for part in (*PurePosixPath(f.rel).parent.parts, f.stem):
            named |= _leading_key(part)
    for doc in pkg.docs(*pkg.all_doc_ids()):
        named |= _leading_key(doc.spec.name)
    bound: set[Key] = set()
    for content in pkg.contents:
        first = next(iter(content.sheets.values()), [])
        titles = content.paragraphs[:_TITLE_LINES] + [c for row in first[:_TITLE_LINES] for c in row if c]
        named |= {k for t in titles for k in _leading_key(t)}
        bound |= {k for i in content.headings if i < len(content.paragraphs) for k in _leading_key(content.paragraphs[i])}
    return Held(frozenset(named), frozenset(bound))


def _reported_missing(pkg: Package) -> set[Key]:
    """Numbers of required documents reported missing (``materials.missing_document``: 附件4 拦截关键词列表): a
    citation of one is that finding again."""
    return {k for spec in pkg.profile.documents[pkg.route]
            if spec.required and pkg.doc(spec.id) is None and spec.id not in pkg.not_applicable
            for k in _leading_key(spec.name)}
