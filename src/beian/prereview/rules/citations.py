"""materials: the attachments the documents cite (附件N, a third-party test report) are in the package.

Split from :mod:`beian.prereview.rules.materials` (the citation reading grew its own types); the rule is one of the
materials family and is registered when that module imports this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from beian.findings import Finding, Severity
from beian.prereview.chapters import specs_named
from beian.prereview.model import EVIDENCE, Document, Package
from beian.prereview.negation import is_bounded
from beian.prereview.rules.base import excerpt, make, rule

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
# 第三方……测评报告, or an attachment cited by a test report's title (测评报告见附件7《生成式人工智能服务安全测评报告》: the
# two-hundred-and-fifty-fifth probe, whose folder 07 其他佐证材料 held the number 7 but no report)
_REPORT_CITE = re.compile(r"第三方[^。；，,\n]{0,12}?(?:检测|测评|测试|评测|检验|评估)报告"
                          r"|(?:附件\s*[\d一二三四五六七八九十]+(?:[-－.]\d+)?|详见|参见|见)\s*"
                          r"《[^》\n]{0,30}?(?:检测|测评|测试|评测|检验)报告》")  # 详见《智审通系统安全测试报告》: the 258th
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
    folders: frozenset[int] = frozenset()  # bare numbers of folders (``07 其他材料``): they hold a plain 附件7 only


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
    report_sites: dict[str, str] = {}  # citing file → the citation: one finding for the one missing report
    for doc in pkg.docs(*pkg.all_doc_ids()):
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
                    held_as = _material_named_after(pkg, text, c.end)
                    yield _missing_attachment(c, severity, text, where) if held_as is None else \
                        _numbered_otherwise(c, held_as, text, where)
            if reports:
                report_sites.setdefault(where, excerpt(text, reports[0].start(), reports[0].end()))
    if report_sites:
        cited_in = f"（{len(report_sites)} 份材料引用）" if len(report_sites) > 1 else ""
        yield make("materials.cited_attachment_missing", Severity.HIGH, f"文中引用了第三方检测/测评报告{cited_in}，但材料包中没有该报告。",
                   "、".join(report_sites), "把第三方检测/测评报告放入“其他佐证”文件夹，文件名包含“检测报告”或“测评报告”。",
                   evidence=next(iter(report_sites.values())))


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
    if _holds(cite.key, held.named) or _is_range(cite, held.named) or (cite.key[1] is None and cite.key[0] in held.folders):
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


_TITLE_LEAD = re.compile(r"[\s《“\"'「『（(:：、]*")
_TITLE_REACH = 20  # characters after the number read for the cited material's name


def _material_named_after(pkg: Package, text: str, end: int) -> Document | None:
    """The material a citation names right after its number (附件6数据溯源清单, 附件6《数据溯源清单》) when the package
    holds it under another name (其他佐证/数据溯源清单.xlsx: the sixty-sixth probe); None when it names none or one the
    package lacks."""
    lead = _TITLE_LEAD.match(text, end)
    after = text[lead.end() if lead else end:end + _TITLE_REACH]
    for spec in specs_named(after, tuple(d.spec for d in pkg.documents.values())):
        doc = pkg.doc(spec.id)
        if doc is not None and doc.files and any(after.startswith(p) for p in spec.patterns):
            return doc
    return None


def _numbered_otherwise(cite: Citation, doc: Document, text: str, where: str) -> Finding:
    """The low finding for a citation whose material is in the package without the number it is cited by."""
    name = f"附件{cite.written}"
    return make("materials.cited_attachment_missing", Severity.LOW,
                f"文中以“{name}”引用《{doc.spec.name.split(' ', 1)[-1]}》；材料包里有这份材料（{doc.files[0].rel}），"
                f"但文件名不带这个编号。", where, f"把文件改名为以“{name}”开头，或把引用改成材料实际的名称与编号。",
                evidence=excerpt(text, cite.start, cite.end))


def _citing_texts(doc: Document) -> Iterator[tuple[str, str]]:
    """The texts citations are read in, each with its location: a Word/PDF document's filled text as one, a
    spreadsheet's rows one by one (each cell on its own line, so a citation stays in its cell)."""
    view, content = doc.view, doc.primary
    if view is None or content is None:
        return
    if doc.spec.id == EVIDENCE:  # the evidence folder is many files: each citation is where its own file is
        yield from _evidence_texts(doc)
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


def _evidence_texts(doc: Document) -> Iterator[tuple[str, str]]:
    """The evidence folder's Word and PDF files one by one, a PDF twin of a Word file left out (the
    hundred-and-thirtieth probe's 审核意见回复.docx citing a missing report was reported as 应急预案.docx, the first
    file of the folder)."""
    words_read = {PurePosixPath(v.file).with_suffix("") for v in doc.views if not v.content.sheets
                  and v.content.file.ext != "pdf"}
    for v in doc.views:
        twin = v.content.file.ext == "pdf" and PurePosixPath(v.file).with_suffix("") in words_read
        if not v.content.sheets and not twin:
            yield v.filled_text, v.file


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


_ORDINAL = re.compile(r"\s*(\d{1,2})(?:[-－.](\d{1,2}))?(?:[\s_、.．\-－]|(?=[\u4e00-\u9fff]))")


def _ordinal_key(stem: str) -> set[Key]:
    """The bare number a file or folder name begins with (``5 评估测试题``, ``7-2 数据采购合同``, ``7-1数据溯源清单``,
    the folder ``07 其他材料``): a package numbered without the word 附件 still cites its files as 附件5. A name that
    says its attachment number (``07-附件5 测试题库``) has an ordering number in front, not 附件7."""
    m = _ORDINAL.match(stem)
    if m is None or m.group(1) == "0" or stem.lstrip().startswith("00") or citations(stem):
        return set()
    return {(int(m.group(1)), int(m.group(2)) if m.group(2) else None)}


def _held_attachments(pkg: Package) -> Held:
    """The attachment numbers the package holds (see :class:`Held`)."""
    named: set[Key] = set()
    folders: set[int] = set()
    for f in pkg.files:
        parents = PurePosixPath(f.rel).parent.parts
        for part in parents:
            named |= _leading_key(part)
            folders |= {k[0] for k in _ordinal_key(part) if k[1] is None}
            named |= {k for k in _ordinal_key(part) if k[1] is not None}
        named |= _leading_key(f.stem) | _ordinal_key(f.stem)
    for doc in pkg.docs(*pkg.all_doc_ids()):
        named |= _leading_key(doc.spec.name)
    bound: set[Key] = set()
    for content in pkg.contents:
        first = next(iter(content.sheets.values()), [])
        titles = content.paragraphs[:_TITLE_LINES] + [c for row in first[:_TITLE_LINES] for c in row if c]
        named |= {k for t in titles for k in _leading_key(t)}
        for i in content.headings:
            keys = _leading_key(content.paragraphs[i]) if i < len(content.paragraphs) else set()
            (named if keys and _bound_in(content.paragraphs, content.headings, i) else bound).update(keys)
    return Held(frozenset(named), frozenset(bound), frozenset(folders))


_BOUND_CHARS = 150  # a heading's section this long is the attachment itself (附件8 应急处置预案 and the plan under it)
_POINTER = re.compile(r"单独提交|另行提交|另附|见(?:附|单独|独立)|详见[^。]{0,12}(?:文件|表格|Excel|附件)")


def _bound_in(paragraphs: list[str], headings: dict[int, int], i: int) -> bool:
    """Whether the section under heading ``i`` holds the attachment itself: its paragraphs up to the next heading of the
    same or a higher level run to :data:`_BOUND_CHARS` and do not point elsewhere (见单独提交的Excel文件…: the
    hundred-and-twenty-fourth probe bound a whole package into one document)."""
    level = headings[i]
    end = next((j for j in sorted(headings) if j > i and headings[j] <= level), len(paragraphs))
    body = "".join(paragraphs[i + 1:end])
    return len(body) >= _BOUND_CHARS and _POINTER.search(body[:_BOUND_CHARS]) is None


def _reported_missing(pkg: Package) -> set[Key]:
    """Numbers of required documents reported missing (``materials.missing_document``: 附件4 拦截关键词列表): a
    citation of one is that finding again."""
    return {k for spec in pkg.profile.documents[pkg.route]
            if spec.required and pkg.doc(spec.id) is None and spec.id not in pkg.not_applicable
            for k in _leading_key(spec.name)}
