"""A 补正说明's rectification claims checked against the materials they name (the sixty-fifth probe).

A second submission carries a 补正说明: row by row (or paragraph by paragraph) what the reviewer asked and what was
changed where (“已将日志留存期限调整为不少于6个月，并同步修订《隐私政策》”). A reviewer reads the named material
again; one that still shows the problem makes the rectification untrue, and the package goes back. So a medium or high
finding located in a material a claim names, on the claim's topic (a word of vocabulary ``corrections.topics`` for its
code in both the claim and the finding's message), is high and says which claim it contradicts. Detection stays with the rules; this only reads what they found beside the claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from beian.findings import Finding, Severity
from beian.prereview.extract import Content
from beian.prereview.model import Document, Package
from beian.prereview.script import simplified_name
from beian.prereview.vocab import fold, section, words

__all__ = ["Claim", "claims", "confront"]

EVIDENCE = "other_evidence"


@dataclass(frozen=True)
class Claim:
    """One “已……” statement of a 补正说明: the file, the table row or paragraph, its whole text (the row: what was asked,
    what was done, where) and the part saying what was done (the cell, or the paragraph)."""

    file: str
    place: str
    text: str
    said: str


def claims(pkg: Package) -> list[Claim]:
    """The rectification claims of every 补正说明 in the package (a file named or titled as one)."""
    out: list[Claim] = []
    for doc in pkg.documents.values():
        for content in doc.contents:
            if content.readable and _is_statement(content):
                out.extend(_claims_of(content))
    return out


def _is_statement(content: Content) -> bool:
    title = content.paragraphs[0] if content.paragraphs else ""
    named = simplified_name(content.file.stem) + " " + simplified_name(title[:40])
    return any(w in named for w in words("corrections", "titles"))


def _claims_of(content: Content) -> Iterator[Claim]:
    for t, table in enumerate(content.tables, 1):
        for r, row in enumerate(table, 1):
            said = next((c for c in row if _says_done(c)), None)
            if said is not None:
                yield Claim(content.file.rel, f"表{t} 第{r}行", "；".join(c for c in row if c), said)
    for p, para in enumerate(content.paragraphs, 1):
        if _says_done(para):
            yield Claim(content.file.rel, f"第{p}段", para, para)


def _says_done(text: str) -> bool:
    return any(w in fold(text) for w in words("corrections", "done"))


def confront(findings: list[Finding], pkg: Package) -> list[Finding]:
    """``findings`` with each medium or high one that a claim says was rectified made high and naming the claim."""
    found = claims(pkg)
    if not found:
        return findings
    return [_confronted(f, found, pkg) for f in findings]


def _confronted(finding: Finding, found: list[Claim], pkg: Package) -> Finding:
    if finding.severity not in (Severity.MEDIUM, Severity.HIGH):
        return finding
    doc = _document_at(pkg, finding.location)
    topic = _topic(finding.code)
    if doc is None or doc.spec.id == EVIDENCE or not topic:
        return finding
    said = fold(finding.message)
    claim = next((c for c in found if _names(fold(c.text), doc)
                  and any(w in fold(c.text) and w in said for w in topic)), None)
    if claim is None:
        return finding
    note = (f"补正说明（{claim.file} {claim.place}）称已整改：“{_excerpt(claim.said)}”，而这份材料仍是上面的写法："
            "整改说明与材料不符，审核会按整改不实退回。")
    return replace(finding, severity=Severity.HIGH, message=f"{finding.message}{note}")


def _document_at(pkg: Package, location: str) -> Document | None:
    """The material a finding's location is a file of (its name or path starts the location)."""
    for doc in pkg.documents.values():
        if any(location.startswith((f.rel, f.name)) for f in doc.files):
            return doc
    return None


def _topic(code: str) -> tuple[str, ...]:
    """The topic words of a finding code: its own entry, else its family's."""
    topics = section("corrections", "topics")
    return tuple(topics.get(code) or topics.get(code.split(".")[0]) or ())


def _names(text: str, doc: Document) -> bool:
    """True when a claim names the material (one of the names its files are recognised by, or its name)."""
    name = re.sub(r"^附件[\d.]+\s*", "", doc.spec.name)
    return any(p in text for p in (*doc.spec.patterns, name) if len(p) >= 2)


def _excerpt(text: str, width: int = 60) -> str:
    return text[:width] + ("……" if len(text) > width else "")
