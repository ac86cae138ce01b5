"""materials: required documents present and complete, report parts, 不涉及 reasons (cited attachments: :mod:`.citations`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from beian.findings import Finding, Severity
from beian.prereview.docmodel import is_clause_ref, is_placeholder, placeholder_at, ticked_options
from beian.prereview.model import LEGACY_WORD, TEXT_STAND_INS, Document, Package
from beian.prereview.package import PackageFile
from beian.prereview.rules.base import find_any, make, rule
from beian.prereview.rules.data_sources import find_table
from beian.prereview.versions import base_name
from beian.prereview.vocab import section
from beian.standard.profile import DocumentSpec

DATA_SHEETS = ("test_bank", "keyword_list")  # materials whose sheets are data (questions, words), not a form to fill
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
        yield from _stand_in(doc)
        yield from _empty(doc)
        yield from _pair(doc, pkg)
    yield from _legacy_note([d for s in pkg.profile.documents[pkg.route] if (d := pkg.doc(s.id)) and _legacy_word(d)])


def _legacy_word(doc: Document) -> bool:
    """A Word material whose Word file is a .doc (Word 97–2003) and not a .docx."""
    exts = {f.ext for f in doc.files}
    return bool(exts & LEGACY_WORD) and "docx" not in exts and "docx" in doc.spec.formats


def _legacy_note(docs: list[Document]) -> Iterator[Finding]:
    """One low note for every material in the old Word format: read and checked; some systems take only .docx."""
    if not docs:
        return
    names = "、".join(f"《{d.spec.name}》" for d in docs)
    yield make("materials.missing_document", Severity.LOW,
               f"{len(docs)} 份材料的 Word 版是旧版格式（.doc）：{names}；内容已读取并检查，个别提交系统只接受 .docx。",
               docs[0].location, "用 Office/WPS 打开后另存为 .docx（文件更小，审核方打开时也不会出现兼容模式提示）。")


def _stand_in(doc: Document) -> Iterator[Finding]:
    """A material only in a format read in its place (附件5 as .csv): checked, but not the format asked for."""
    spec = doc.spec
    if _legacy_word(doc):
        return  # Word, as asked, in its pre-2007 format: one note for the package (_legacy_note)
    if doc.files and "*" not in spec.formats and all(f.ext not in spec.formats for f in doc.files):
        ext = doc.files[0].ext
        if ext in TEXT_STAND_INS and "docx" in spec.formats:  # a Word material as Markdown or plain text
            yield make("materials.missing_document", Severity.HIGH,
                       f"《{spec.name}》是 .{ext} 文本文件，提交系统只接受 {'/'.join(spec.formats)}；内容已读取并检查，"
                       "但须转换格式后才能提交。", doc.location, f"用 Word/WPS 排版后另存为 {'、'.join(spec.formats)} 格式再提交。")
            return
        yield make("materials.missing_document", Severity.MEDIUM,
                   f"《{spec.name}》是 .{ext} 格式（通常：{'/'.join(spec.formats)}）；本工具已按表格读取并检查其内容，"
                   "请确认提交系统接受。", doc.location, f"用 Excel/WPS 打开后另存为 {spec.formats[0]} 格式再提交。")


@rule("materials.versions", "每份材料只提交一个版本", "materials.multiple_versions")
def versions(pkg: Package) -> Iterator[Finding]:
    """Several versions of one material side by side (v1, v2(修订), 最终版; 初稿，勿用): the reviewer cannot tell which
    one is submitted. The one reviewed is named; the superseded ones were not read (:mod:`beian.prereview.versions`)."""
    for doc in [*pkg.documents.values(), *pkg.algo_documents.values()]:
        found = doc.versions
        if found is None:
            continue
        if found.superseded:
            old = "、".join(f.name for f in found.superseded)
            yield make("materials.multiple_versions", Severity.MEDIUM,
                       f"《{doc.spec.name}》有多个版本并存：本次按 {'、'.join(f.name for f in found.kept)} 审查，"
                       f"{old} 从名称（与有没有签章 PDF）看是旧版、草稿或副本，没有读取。", "、".join(f.rel for f in [*found.kept, *found.superseded]),
                       "提交前删除旧版与草稿，每份材料只保留最终版（Word 与其签章 PDF 各一份）。")
        elif found.undecided:
            yield make("materials.multiple_versions", Severity.MEDIUM,
                       f"《{doc.spec.name}》有几个名称相近的文件（{'、'.join(f.name for f in found.undecided)}），"
                       "从名称看不出哪个是最终版，都已读取；请确认提交哪一份。", "、".join(f.rel for f in found.undecided),
                       "只保留最终版，或在文件名中写明“最终版”。")


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


_READ_ELSEWHERE = frozenset({"xlsx", "xls", "csv", "docx", "doc", "pdf"})  # formats a reviewer opens: another shape, not unreadable
_WORKBOOKS = frozenset({"xlsx", "xls"})


def _missing(pkg: Package, spec: DocumentSpec) -> Finding:
    wrong = [f for f in pkg.files if any(p in f.stem for p in spec.patterns) and f.ext not in spec.formats]
    if wrong:
        readable = wrong[0].ext in _READ_ELSEWHERE  # a form filled in as a spreadsheet: there, in another format
        # a keyword list or test bank as a PDF or Word file: not the editable workbook the review counts (the
        # eighty-third probe); a CSV is read as a workbook elsewhere
        frozen = set(spec.formats) <= _WORKBOOKS and wrong[0].ext not in _WORKBOOKS | {"csv"}
        severity = Severity.HIGH if readable and frozen else Severity.MEDIUM if readable else Severity.BLOCKER
        if frozen and readable:
            return make("materials.missing_document", severity, f"《{spec.name}》只有 .{wrong[0].ext} 文件：须为可编辑的 Excel"
                        "（审核方要逐条核对、统计），本工具也没有按这份材料检查其内容。", wrong[0].rel,
                        f"提交 {'/'.join(spec.formats)} 格式的原始表格（表头按网信办模板）。")
        return make("materials.missing_document", severity,
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
        # a few lines are no document (high); a short one may still say what it must (medium: 71 字 of a 汇编's 隐私政策)
        short = len(doc.text) >= MIN_TEXT_CHARS // 2
        yield make("materials.empty_document", Severity.MEDIUM if short else Severity.HIGH,
                   f"{_shown(doc)}正文{'较短' if short else '过短'}（{len(doc.text)} 字）" + ("，请确认内容完整。" if short else "。"),
                   doc.location, "补充完整正文；确实不涉及的，写明“不涉及”及具体原因。")


def _shown(doc: Document) -> str:
    """The material as the message names it: the standard's name, or, when that carries an attachment number the
    file does not (a 算力说明 in 附件7-其他佐证/ recognised as 《附件6 算力供应连续性说明》, the sixty-third probe, whose
    附件6 was another, missing material), the file's own name with the material it was read as."""
    m = re.match(r"附件\s*([0-9.]+)\s*", doc.spec.name)
    if m is None or not doc.files:
        return f"《{doc.spec.name}》"
    numbered = re.compile(rf"(?:附件|annex|attachment)\s*[-_]?\s*{re.escape(m.group(1))}(?![0-9])", re.IGNORECASE)
    if any(numbered.search(f.rel) for f in doc.files):
        return f"《{doc.spec.name}》"
    return f"《{doc.files[0].stem}》（按“{doc.spec.name[m.end():]}”识别）"


def _pair(doc: Document, pkg: Package) -> Iterator[Finding]:
    exts = {f.ext for f in doc.files}
    if doc.chapter and doc.files:  # a chapter of 登记材料汇编.docx: the compilation's own PDF is its signed copy
        exts |= _twins(pkg, doc.files[0])
    if doc.spec.pair and not ({"docx", "doc"} & exts and "pdf" in exts):
        missing = "PDF（签字盖章版）" if "pdf" not in exts else "Word 可编辑版"
        yield make("materials.missing_pair", Severity.LOW, f"《{doc.spec.name}》只有一种格式，缺少{missing}。",
                   doc.location, f"按惯例同时提交 Word 与签字盖章后的 PDF，两者同名；补充{missing}。")


def _twins(pkg: Package, f: PackageFile) -> set[str]:
    """The formats of the files named as ``f`` in its folder, version words aside (登记材料汇编_v2.0.docx and
    登记材料汇编_v2.0（签章版）.pdf: the sixty-eighth probe)."""
    folder, name = f.rel.rpartition("/")[0], base_name(f.stem)
    return {g.ext for g in pkg.files if base_name(g.stem) == name and g.rel.rpartition("/")[0] == folder}


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
        items = [(f"第{p.index}段", _label(p.text)) for p in doc.view.paras if p.blank]
        for g in doc.view.grids:
            if g.is_sheet and doc.spec.id in DATA_SHEETS:
                continue  # a question quoting a case with its names elided (于欢故意伤害一案xxxxx) is data, not a blank
            items += [(f"{g.where.split(' ')[-1]} 第{r}行", _label("：".join(c for c in row if c)))
                      for r, row in enumerate(g.rows, 1) if any(is_placeholder(c) for c in row)]
        if items:
            shown = "、".join(label for _, label in items[:8]) + ("等" if len(items) > 8 else "")
            yield make("materials.placeholder", Severity.HIGH, f"《{doc.spec.name}》仍有 {len(items)} 处待填写：{shown}。",
                       f"{doc.view.file} {items[0][0]}", "把“【请填写】”等占位内容替换为实际内容。",
                       evidence="；".join(f"{where} {label}" for where, label in items)[:1000])


_LABEL_BEFORE = 20  # characters before a placeholder shown with it


def _label(text: str) -> str:
    """The placeholder with the words before it (``应急值班电话0531-8265XXXX``, ``联系人：【请填写】``)."""
    m = placeholder_at(text)
    if m is None:
        return text[:_LABEL_BEFORE]
    before = text[max(0, m.start() - _LABEL_BEFORE):m.start()]
    cut = max(before.rfind(c) for c in "，。；、,;")  # from the clause the placeholder is in, where it starts in reach
    return (before[cut + 1:].lstrip() + m.group()).strip() if m.start() > _LABEL_BEFORE and cut >= 0 else \
        (before.lstrip() + m.group()).strip()


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
    signed = doc.all_text  # the signature block is often only in the signed PDF
    missing = [name for name, words in signers.items() if not find_any(signed, words)]
    if len(signers) - len(missing) + 1 == need and "法定代表人" in missing and _BARE_HEAD.search(signed):
        yield make("materials.report_signatures", Severity.MEDIUM,
                   "安全评估报告的签字栏有“负责人”而没有“法定代表人”，请确认签字的负责人是申请主体的法定代表人"
                   "（律师事务所、事业单位等为单位负责人）。", doc.location,
                   "签字栏写明“法定代表人（或单位负责人）”；由他人代签的，附授权委托书。")
    elif len(signers) - len(missing) < need:
        yield make("materials.report_signatures", Severity.HIGH,
                   f"安全评估报告签字不足 {need} 人，缺少：{'、'.join(missing)}。", doc.location,
                   "在报告末尾增加签字栏：法定代表人、评估总负责人、合法性评估负责人（法定代表人兼任须说明）。")


# a signature label 负责人 of its own, not the end of 安全评估负责人 (a law firm's head signs as 负责人: the 267th probe)
_BARE_HEAD = re.compile(r"(?:^|[\s　|｜：:；;，,])负责人\s*(?:[（(]签[字章名]?[)）])?\s*[：:]")


def _missing_parts(doc: Document) -> list[str]:
    """Report parts named neither by a heading (broad words) nor in body text outside tables (specific words)."""
    view = doc.view
    if view is None:
        return []
    headings = " ".join(p.text for p in view.paras if p.heading)
    body = "\n".join(s.text for s in view.sentences() if not s.in_table)
    broad = section("report", "part_headings")
    judged = _chapters_judged(doc)
    return [part for part, words in section("report", "parts").items()
            if not find_any(headings, broad.get(part, ())) and not find_any(body, words) and part not in judged]


# 7.a, 7 a), 5.1 a), 7.1, 第7章 (a bare 7 may be a row number)
_CLAUSE_CELL = re.compile(r"^\s*(?:TC260-003\s*)?(?:第([5-9])章|([5-9])(?:[.．]\d+(?:[.．]?\s*[a-zA-Z](?![a-zA-Z]))?|"
                          r"[.．]?\s*[a-zA-Z](?![a-zA-Z]))[)）]?)(?:\s|条|$)")


def _chapters_judged(doc: Document) -> set[str]:
    """The report parts a clause table assesses row by row: two or more rows of one chapter of the standard with a
    verdict (第7章 is the safety measures: a report whose 逐条评估 judges 7 a)–7 i) has that part without a heading of
    its own, the two-hundred-and-thirtieth probe)."""
    assert doc.view is not None
    verdicts = tuple(section("report", "verdicts"))
    chapters = {"5": "语料安全评估", "6": "模型安全评估", "7": "安全措施评估"}
    seen: dict[str, int] = {}
    for grid in doc.view.grids:
        for row in grid.rows:
            number = next((m.group(1) or m.group(2) for c in row[:2] if (m := _CLAUSE_CELL.match(c)) is not None), None)
            if number in chapters and any(_verdict_cell(c, verdicts) for c in row):
                seen[number] = seen.get(number, 0) + 1
    return {chapters[n] for n, rows in seen.items() if rows >= 2}


_CLAUSE = re.compile(r"(?:^|[\s：:（(])(?:[5-9](?:\.\d)?(?:\s*[a-z][)）])?|第[五六七八九]章)")


def _clause_rows(doc: Document) -> int:
    """How many lines state a clause and a verdict: table rows with a verdict cell, or such lines of prose."""
    if doc.view is None:
        return 0
    verdicts = tuple(section("report", "verdicts"))
    rows = sum(1 for g in doc.view.grids for row in g.rows if any(_verdict_cell(c, verdicts) for c in row))
    prose = sum(1 for s in doc.view.sentences() if not s.in_table and _CLAUSE.search(s.text)
                and any(v in s.text for v in verdicts))
    return max(rows, prose)


def _verdict_cell(cell: str, verdicts: tuple[str, ...]) -> bool:
    """A cell stating a verdict (see :func:`_verdict_of`)."""
    return _verdict_of(cell, verdicts)[0] != ""


def _verdict_of(cell: str, verdicts: tuple[str, ...]) -> tuple[str, str]:
    """The verdict a cell states and the rest of the cell: written (符合), ticked (☑符合 ☐不符合 ☐不适用, exactly one
    option) or leading a note in the same cell (“不符合。已于5月整改……”, “结论：符合；见附件3”); ("", "") for none."""
    ticked = ticked_options(cell)
    if ticked is not None:
        return (ticked[0], "") if len(ticked) == 1 and ticked[0] in verdicts else ("", "")
    chinese = re.sub(r"[A-Za-z][A-Za-z\s/()（）.-]*", "", cell).strip(" /|（）()")  # 符合 Conformant, 不适用 / N/A
    if cell.strip() in verdicts or chinese in verdicts:
        return cell.strip() if cell.strip() in verdicts else chinese, ""
    lead = _leading_verdict(verdicts).match(cell.strip())
    return (lead.group(1), cell.strip()[lead.end():].strip()) if lead else ("", "")


@lru_cache(maxsize=4)
def _leading_verdict(verdicts: tuple[str, ...]) -> re.Pattern[str]:
    """A verdict word opening a cell and ended by punctuation, a space or a bracket (not “符合……的要求” prose)."""
    labels = "|".join(re.escape(w) for w in section("report", "verdict_labels"))
    words = "|".join(sorted(map(re.escape, verdicts), key=len, reverse=True))
    return re.compile(rf"(?:(?:{labels})\s*[：:]\s*)?({words})(?:要求)?\s*(?:[。，,；;：:（(\n]|\s|$)")


@rule("materials.clause_verdicts", "逐条评估表每条有判定、不符合的已整改", "materials.clause_not_met",
      "materials.clause_no_verdict", "materials.clause_twice")
def clause_verdicts(pkg: Package) -> Iterator[Finding]:
    """Rows of the report's clause table judged 不符合 (high; medium when the row says it was rectified), clause
    rows left without a verdict (medium), and one clause judged twice in one table with different verdicts (medium)."""
    doc = pkg.doc("assessment_report")
    if doc is None or doc.view is None or pkg.route != "备案" or doc.template:
        return
    said_all = find_any(doc.text, tuple(section("report", "all_met")))
    claims_all = said_all.group() if said_all else None
    for grid in doc.view.grids:
        column = _verdict_column(grid.rows)
        if column is None:
            continue
        for r, row in enumerate(grid.rows, 1):
            yield from _clause_row(grid.where, r, row, column, claims_all)
        yield from _judged_twice(grid.where, grid.rows, column)


def _judged_twice(where: str, rows: list[list[str]], column: int) -> Iterator[Finding]:
    """A clause with two rows in one clause table and two different verdicts (6 a) 符合 and 6 a) 不适用: a row copied
    and not cleaned up, the ninety-fifth probe's own slip): medium, once per clause. Rows of one clause with the same
    verdict (a clause split over its requirements) say nothing."""
    verdicts = tuple(section("report", "verdicts"))
    seen: dict[str, dict[str, int]] = {}
    for r, row in enumerate(rows, 1):
        clause = next((re.sub(r"\s+", "", c) for c in row[:column] if is_clause_ref(c)), "")
        said = _verdict_of(row[column], verdicts)[0] if clause and column < len(row) else ""
        if said:
            seen.setdefault(clause, {}).setdefault(said, r)
    for clause, said in seen.items():
        if len(said) > 1:
            lines = "、".join(f"第{r}行{v}" for v, r in said.items())
            yield make("materials.clause_twice", Severity.MEDIUM, f"逐条评估表中条款“{clause[:20]}”出现两次，判定不同（{lines}），请核对。",
                       f"{where} 第{min(said.values())}行", "删去多余的一行，或把两行分别写成各自的子条款并各自判定。")


def _verdict_column(rows: list[list[str]]) -> int | None:
    """The column of a clause table that holds the verdicts (the one most rows judge in), None for another table."""
    verdicts = tuple(section("report", "verdicts"))
    counts: dict[int, int] = {}
    for row in rows:
        for i, cell in enumerate(row):
            if _verdict_cell(cell, verdicts):
                counts[i] = counts.get(i, 0) + 1
                break
    best = max(counts, key=lambda i: counts[i], default=None)
    return best if best is not None and counts[best] >= int(section("report", "clause_rows_min")) else None


def _clause_row(where: str, r: int, row: list[str], column: int, claims_all: str | None) -> Iterator[Finding]:
    """The findings of one row of the clause table."""
    clause = next((c.strip() for c in row[:column] if is_clause_ref(c)), "")  # after a 序号 column too
    if not clause or column >= len(row):
        return
    cell = row[column]
    said, inline = _verdict_of(cell, tuple(section("report", "verdicts")))
    if not said and ticked_options(cell) is None:
        said = cell.strip()  # another word where the verdict stands (达标, 待定): not a verdict of the list
    loc = f"{where} 第{r}行"
    if not said:
        yield make("materials.clause_no_verdict", Severity.MEDIUM, f"逐条评估表“{clause[:20]}”没有判定（符合/不符合/不适用）。",
                   loc, "逐条写明判定；不适用的写明原因。")
        return
    if said not in section("report", "not_met"):
        return
    note = " ".join([inline, *(c for i, c in enumerate(row) if i > column)]).strip()
    also = f"，而总体结论写“{claims_all}”" if claims_all else ""
    if find_any(note, tuple(section("report", "rectified"))):
        yield make("materials.clause_not_met", Severity.MEDIUM, f"逐条评估表“{clause[:20]}”判定为{said}，说明写了整改或替代措施{also}，"
                   "请附整改后的复测或截图；整改完成的，把判定改为整改后的结果。", loc, "整改完成后复评，判定与证据一并更新。",
                   evidence=note[:80] or None)
        return
    yield make("materials.clause_not_met", Severity.HIGH, f"逐条评估表“{clause[:20]}”判定为{said}，没有写明整改{also}：报告自认"
               "未达到标准要求，审核会退回。", loc, "先整改并复评（附复测记录或截图），再把判定改为符合；不能整改的，说明原因与替代措施。",
               evidence=note[:80] or None)


@rule("materials.na_reason", "“不涉及/不适用”写明原因", "materials.na_without_reason")
def na_reasons(pkg: Package) -> Iterator[Finding]:
    """Every 不适用 row of the clause table and every bare 不涉及 paragraph has a reason."""
    for doc in pkg.documents.values():
        content = doc.primary
        if content is None or content.sheets:
            continue
        for t, table in enumerate(content.tables, 1):
            for r, row in enumerate(table[1:], 2):
                # 基础模型 | 不涉及（自研） above 基础模型备案号 | 不涉及: the reason of the row above carries
                if any(_na_cell(c) for c in row) and not _row_reason(row) and not _na_with_reason_row(table[r - 2]):
                    yield make("materials.na_without_reason", Severity.MEDIUM,
                               f"“{row[0][:20]}”判定为不适用/不涉及，但没有写明原因。", f"{content.file.rel} 表{t} 第{r}行",
                               "在证据/说明列写明不适用的具体原因（例如“本服务不提供图片生成功能”）。")
        for i, para in enumerate(content.paragraphs if content.file.ext != "pdf" else (), 1):  # PDF lines wrap
            if para.strip("。 ") in _na_words():
                yield make("materials.na_without_reason", Severity.MEDIUM, f"《{doc.spec.name}》只写了“{para}”，没有原因。",
                           f"{content.file.rel} 第{i}段", "写明不涉及的原因，例如“本模型未使用人工标注语料，因为……”。")


def _na_cell(cell: str) -> bool:
    """A cell judging a row not applicable: written (不适用) or ticked (☐符合 ☐不符合 ☑不适用)."""
    ticked = ticked_options(cell)
    return cell in _na_words() if ticked is None else len(ticked) == 1 and ticked[0] in _na_words()


def _na_with_reason_row(row: list[str]) -> bool:
    """A row whose cell is a 不涉及 with its reason inline (不涉及（自研）, 不适用：未使用标注语料), or the reason with the
    不涉及 inside it (自研（不涉及第三方基础模型）: the hundred-and-eighteenth probe) or the model named as self-developed."""
    return any(c.strip().startswith(w) and len(c.strip()) > len(w) + 1 for c in row for w in _na_words()) or any(
        (w in c and len(c.strip()) > len(w) + 1) or re.match(r"\s*(?:自研|自主研发)", c) for c in row[1:] for w in _na_words())


MIN_REASON = 4  # characters: 自研模型 is a reason (the ninety-fifth probe), 见上 is not


def _row_reason(row: list[str]) -> bool:
    """A cell after the clause and requirement that explains (not a verdict, not a tick-box cell)."""
    verdicts = {*_na_words(), *section("report", "verdicts")}
    return any(len(c.strip()) >= MIN_REASON and c.strip() not in verdicts and ticked_options(c) is None for c in row[2:])


def _na_words() -> tuple[str, ...]:
    return tuple(section("report", "not_applicable"))


from beian.prereview.rules import citations  # noqa: E402,F401 - registers materials.citations here, in order
