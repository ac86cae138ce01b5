"""Names that hold several materials, and Word files that hold them as chapters.

Consultancies do not always file one material per file. A file named ``隐私政策及用户服务协议.docx`` or
``拦截关键词及测试题库.xlsx`` is two materials (:func:`specs_named`: every spec whose pattern stands in its own part of
the name). A compiled Word file (``登记材料汇编.docx``: 第一章 上线登记表信息, 第二章 调用已备案模型情况说明, 第三章 用户服务
协议及隐私政策, 第四章 内容安全管理制度 …) is read chapter by chapter (:func:`chapter_parts`): a chapter whose heading
names a material is that material, for the materials no file of their own was found for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from beian.prereview.extract import Content, pdf_table_anchors
from beian.prereview.script import simplified_name
from beian.standard.profile import DocumentSpec

# a chapter heading written without a heading style: 第一章 …, 第二部分 …, 附件一 … (short: not a sentence)
_CHAPTER = re.compile(r"^\s*(?:第[一二三四五六七八九十百0-9]+[章部篇]|第[一二三四五六七八九十百0-9]+部分)")
MAX_HEADING_CHARS = 40
MIN_MATERIALS = 2  # a file whose chapters name fewer materials than this is one document, read whole


def specs_named(name: str, specs: tuple[DocumentSpec, ...]) -> list[DocumentSpec]:
    """The materials ``name`` names: the longest matching pattern first, then any other spec whose pattern stands in
    another part of the name (``隐私政策及用户服务协议``: both; ``上线备案表`` is one, not also ``备案表``'s). A name in
    traditional characters (``安全評估報告``) is read as simplified; one naming nothing is read with 大模型 as 模型."""
    name = simplified_name(name)
    found = _matches(name, specs, str) or _matches(_loose(name), specs, _loose)
    taken: list[tuple[int, int]] = []
    out: list[DocumentSpec] = []
    for size, at, spec in found:
        if spec in out or any(at < end and start < at + size for start, end in taken):
            continue
        taken.append((at, at + size))
        out.append(spec)
    return out


def _matches(name: str, specs: tuple[DocumentSpec, ...], form: Callable[[str], str]) -> list[tuple[int, int, DocumentSpec]]:
    """(length, position, spec) of every pattern (written in ``form``) found in ``name``, longest first."""
    return sorted(((len(p), name.find(p), spec) for spec in specs if spec.id != "other_evidence"
                   for p in map(form, spec.patterns) if p in name), key=lambda c: -c[0])  # stable: ties in spec order


def _loose(name: str) -> str:
    """A name with 大模型 read as 模型, tried when the name as written names nothing (调用已备案大模型情况说明 names the
    调用已备案模型情况说明; 调用已备案大模型上线登记表 is the form, as written)."""
    return name.replace("大模型", "模型")


@dataclass(frozen=True)
class Part:
    """One chapter of a compiled file, read as a material of its own."""

    title: str
    content: Content


def chapter_parts(content: Content, specs: tuple[DocumentSpec, ...]) -> dict[str, Part]:
    """Material id → the chapter of ``content`` that is that material, when at least :data:`MIN_MATERIALS` chapters
    name a material each (else empty: the file is one document; a report's one chapter 关键词库与测试题库 names two
    materials and is still one chapter of the report, the sixty-third probe). A material named by two chapters (the
    table of contents lists them too) is the longer one."""
    best: dict[str, Part] = {}
    sizes: dict[str, int] = {}
    at: dict[str, int] = {}  # material id -> the chapter it was taken from
    anchors = _anchors(content)
    for k, (title, start, end) in enumerate(_chapters(content)):
        part = _part(content, start, end, anchors)
        size = len(part.text)
        for spec in specs_named(title, specs):
            if size > sizes.get(spec.id, -1):
                best[spec.id], sizes[spec.id], at[spec.id] = Part(title, part), size, k
    return best if len(set(at.values())) >= MIN_MATERIALS else {}


def evidence_chapters(content: Content, names: tuple[str, ...]) -> list[Part]:
    """Chapters of a compiled file that no material names but whose title names safety evidence (第五章 应急处置预案):
    read with the evidence folder, the title included: it is often the only place the chapter says what it is (应急处置预案
    over 组织机构、分级、响应流程, the forty-first probe)."""
    anchors = _anchors(content)
    return [Part(title, _part(content, start - 1, end, anchors)) for title, start, end in _chapters(content)
            if any(n in simplified_name(title) for n in names)]


def _chapters(content: Content) -> list[tuple[str, int, int]]:
    """``(title, first paragraph, end)`` of each top-level chapter: styled headings of the highest level used, or,
    without heading styles, ``第一章``-style paragraphs."""
    paragraphs = content.paragraphs
    levels = {k: v for k, v in content.headings.items() if len(paragraphs[k]) <= MAX_HEADING_CHARS}
    if levels:
        top = min(levels.values())
        starts = sorted(k for k, v in levels.items() if v == top)
    else:
        starts = [k for k, p in enumerate(paragraphs) if len(p) <= MAX_HEADING_CHARS and _CHAPTER.match(p)]
    bounds = [*starts, len(paragraphs)]
    return [(paragraphs[a], a + 1, b) for a, b in pairwise(bounds)]


def _part(content: Content, start: int, end: int, anchors: list[int]) -> Content:
    """The paragraphs ``[start, end)`` of ``content`` with the tables that stand among them (``anchors``: where each
    table stands, :func:`_anchors`), as a content of its own (no findings: the file's problems are the whole file's)."""
    tables = [(t, anchor) for t, anchor in zip(content.tables, anchors, strict=False)
              if start <= anchor <= end]  # a table stands before the paragraph its anchor names
    return Content(file=content.file, paragraphs=content.paragraphs[start:end], tables=[t for t, _ in tables],
                   headings={k - start: v for k, v in content.headings.items() if start <= k < end},
                   table_anchor=[anchor - start for _, anchor in tables])


def _anchors(content: Content) -> list[int]:
    """Where each table stands among the paragraphs: Word files record it, a PDF's are found in its text layer when it
    is read (:func:`~beian.prereview.extract.pdf_table_anchors`); a table not found belongs to no chapter (-1)."""
    if content.table_anchor or not content.tables:
        return content.table_anchor
    return pdf_table_anchors(content.paragraphs, content.tables)


