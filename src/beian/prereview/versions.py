"""Several versions of one material side by side: which is the one to review, which are superseded.

A folder on the day of upload often holds ``安全评估报告_v1.docx``, ``安全评估报告_v2(修订).docx`` and
``安全评估报告-最终版.docx``, or ``上线备案表（初稿，勿用）.docx`` beside the filled form. Reading all of them as one
material compares the final report with its own drafts (the fifty-third probe: a complete package failed on a
draft's 93.7%). Here the files of one material are grouped by kind (Word, PDF, workbook, text) and by name with the
version words taken out; in a group with several names the one named final (最终版, 定稿, 签章版) wins, then a Word
file with its PDF beside it (signed and scanned: the one submitted), then the highest version number, then the latest
date (a plain name beside numbered ones decides nothing: 报告.docx may be the working copy or the first one). A copy
named ``协议(1).docx`` beside ``协议.docx`` is superseded. A name that says draft or obsolete (初稿, 勿用, 旧版) is superseded
whenever the material has a file whose name does not. When nothing decides between two names, both stay (the rules
read them as before) and the note says so. Word lists: vocabulary ``documents.versions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from beian.prereview.package import PackageFile
from beian.prereview.vocab import fold, words

FAMILIES = {"docx": "word", "doc": "word", "pdf": "pdf", "xlsx": "sheet", "xls": "sheet", "csv": "sheet",
            "md": "text", "txt": "text"}
_VERSION = re.compile(r"(?:[vV]|版本|版本号)\s*(\d+(?:\.\d+){0,3})|第\s*(\d+)\s*版")
_DATE = re.compile(r"(20\d{2})[-._年]?(\d{1,2})[-._月]?(\d{1,2})日?|(?<!\d)(\d{2})(\d{2})(?!\d)")
_NOISE = re.compile(r"[\s_\-—–·.,，、（）()【】\[\]]+")


@dataclass(frozen=True)
class Versions:
    """The files of one material found to be versions of it: ``kept`` is reviewed, ``superseded`` is not read;
    ``undecided``: names that look like versions of one file with nothing to rank them (all kept)."""

    kept: list[PackageFile]
    superseded: list[PackageFile]
    undecided: list[PackageFile]


def sort_versions(files: list[PackageFile], *, single: bool = True) -> Versions:
    """Split one material's files into the version to review and the superseded ones (see the module docstring).
    ``single``: the material is one document, so any file not named a draft is the real one; else (the evidence
    folder) a draft is superseded only by a file of the same name without the draft word, and nothing else is."""
    drafts = [f for f in files if _says_draft(f.stem) or _copy_of_another(f, files)]
    if single:
        superseded = drafts if len(drafts) < len(files) else []
    else:  # dated files there are often records of their own (演练记录_0312, 演练记录_0415): only drafts are set aside
        plain = {base_name(f.stem) for f in files if f not in drafts}
        superseded = [f for f in drafts if base_name(f.stem) in plain]
        return Versions([f for f in files if f not in superseded], superseded, [])
    undecided: list[PackageFile] = []
    rest = [f for f in files if f not in superseded]
    groups: dict[tuple[str, str], list[PackageFile]] = {}
    for f in rest:
        groups.setdefault((FAMILIES.get(f.ext, f.ext), base_name(f.stem)), []).append(f)
    signed = {f.stem for f in files if f.ext == "pdf"}
    for group in groups.values():
        stems = sorted({f.stem for f in group})
        if len(stems) < 2:
            continue
        winners = _latest(stems, signed if FAMILIES.get(group[0].ext) == "word" else set())
        if len(winners) > 1:
            undecided.extend(f for f in group if f.stem in winners)
        superseded.extend(f for f in group if f.stem not in winners)
    kept = [f for f in files if f not in superseded]
    return Versions(kept, superseded, undecided)


def _latest(stems: list[str], signed: set[str]) -> list[str]:
    """The names of one group that may be the final version: the ones named final, else the Word files that have a PDF
    beside them (the one signed and scanned is the one submitted: 备案表-改.docx with 备案表-改.pdf), then the highest
    version and the latest date among those; all of them when a plain name leaves it open (报告.docx beside
    报告_v1.docx: the plain name may be the working copy or the first one)."""
    ranks = {stem: _rank(stem) for stem in stems}
    marks = {stem: (ranks[stem][0], int(stem in signed)) for stem in stems}
    top = max(marks.values())
    winners = [s for s in stems if marks[s] == top]
    if len(winners) > 1 and any(ranks[s][1:] == ((), ()) for s in winners):
        return winners
    best = max(ranks[s] for s in winners)
    return [s for s in winners if ranks[s] == best]


def base_name(stem: str) -> str:
    """The name without its version words, numbers, dates and punctuation (安全评估报告_v2(修订) → 安全评估报告)."""
    name = fold(stem)
    for w in (*words("documents", "versions", "final"), *words("documents", "versions", "draft"),
              *words("documents", "versions", "other")):
        name = name.replace(fold(w), " ")
    name = _VERSION.sub(" ", name)
    name = _DATE.sub(" ", name)
    return _NOISE.sub("", name)


_COPY = re.compile(r"\s*[（(]\d{1,2}[)）]$")  # 协议(1).docx: the copy a download or a paste makes


def _copy_of_another(f: PackageFile, files: list[PackageFile]) -> bool:
    """True for ``协议(1).docx`` beside ``协议.docx`` (the same name without the number, same kind of file)."""
    plain = _COPY.sub("", f.stem)
    return plain != f.stem and any(g.stem == plain and FAMILIES.get(g.ext) == FAMILIES.get(f.ext) for g in files)


def _says_draft(stem: str) -> bool:
    name = fold(stem)
    return any(fold(w) in name for w in words("documents", "versions", "draft"))


def _rank(stem: str) -> tuple[int, tuple[int, ...], tuple[int, ...]]:
    """How final a name says it is: a final word, then the version number, then the date."""
    name = fold(stem)
    final = int(any(fold(w) in name for w in words("documents", "versions", "final")))
    found = _VERSION.search(name)
    version = tuple(int(x) for x in (found.group(1) or found.group(2)).split(".")) if found else ()
    date = _DATE.search(_VERSION.sub(" ", name))
    day: tuple[int, ...] = tuple(int(x) for x in date.groups() if x) if date else ()
    return final, version, day
