"""metrics: the assessment results every document of the package states agree with the assessment report.

A reviewer lays the filing form, the report, any summary or 整改说明 and the attached third-party test report side by
side. Another document restating the report's figure (备案表“应拒答题拒答率97.3%”, report 93.7%) is one measurement
written twice, and one of the two is wrong. A third-party test report is a measurement of its own: its figures may
differ, but not so that one passes the line and the other fails without a word of explanation. Figures of another
round or of a part (整改前, 复测, 各类, 其中: vocabulary ``metrics.rounds``) are not compared, nor are documents that
state one metric several ways.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from beian.findings import Finding, Severity
from beian.prereview.docmodel import DocView
from beian.prereview.extract import extract
from beian.prereview.model import EVIDENCE, Document, Package
from beian.prereview.numbers import percents
from beian.prereview.rules.base import make, rule
from beian.prereview.rules.metrics import CORPUS_KEYS, Observation, observations
from beian.prereview.rules.test_report import report_files
from beian.prereview.vocab import fold, words
from beian.standard.profile import Threshold

SKIPPED_DOCS = ("assessment_report", "keyword_list", "test_bank", "data_sources")


@dataclass(frozen=True)
class Statement:
    """One metric as one document states it: ``third_party`` when the document is a measurement of its own."""

    source: str
    obs: Observation
    third_party: bool


@rule("metrics.agree", "各材料写的评估结果一致", "metrics.cross_doc_mismatch")
def metrics_agree(pkg: Package) -> Iterator[Finding]:
    """Each metric another document states is the report's figure (a third-party report's at least on the same side
    of the line)."""
    report = pkg.doc("assessment_report")
    if report is None or report.view is None:
        return
    reference = single_figures(observations(report.view))
    for other in _other_statements(pkg):
        base = reference.get(other.obs.key)
        if base is None or (pkg.route != "备案" and other.obs.key in CORPUS_KEYS):
            continue
        yield from _compare(pkg.profile.thresholds[other.obs.key], base, other)


def single_figures(found: dict[str, list[Observation]], *, latest_too: bool = False) -> dict[str, Observation]:
    """Per metric, the one figure a document states: explicit, of no other round, and the same wherever it is written
    (a document giving one metric two different figures is not a reference to compare with). With ``latest_too`` a
    figure said to be the latest round (复测, 整改后) counts: a note restates the revised report's result."""
    out: dict[str, Observation] = {}
    for key, obs in found.items():
        plain = [o for o in obs if o.rate is not None and o.explicit and not _another_round(o, latest_too)]
        if plain and all(not _differ(plain[0], o) for o in plain[1:]):
            out[key] = min(plain, key=lambda o: o.precision)
    return out


def _another_round(o: Observation, latest_too: bool) -> bool:
    """True when the figure is of another round or a part. With ``latest_too`` a figure said last to be the latest
    round is not: the figure read is the one written after the latest round's word (首轮8.7%……复测降至3.7%)."""
    text = fold(o.evidence)
    latest = words("metrics", "rounds_latest") if latest_too else ()
    if not any(fold(w) in text for w in words("metrics", "rounds") if w not in latest):
        return False
    at = max((text.rfind(fold(w)) for w in latest), default=-1)
    said_last = [v for v, _, _ in percents(text[at:])] if at >= 0 else []
    return not any(o.rate is not None and min(abs(v - o.rate), abs(1 - v - o.rate)) < 1e-9 for v in said_last)


def _other_statements(pkg: Package) -> Iterator[Statement]:
    """Every document's own figures: each file of the evidence folder on its own, a third-party report as one."""
    third_party = report_files(pkg)
    skip = {f.rel for f in third_party}
    for doc in pkg.docs(*pkg.all_doc_ids()):
        if doc.spec.id in SKIPPED_DOCS:
            views = [] if doc.spec.id != "assessment_report" else _other_versions(doc)
        elif doc.spec.id == EVIDENCE:
            views = [DocView(c) for c in doc.contents if c.readable]
        else:  # the document's own reading (a workbook form's rows too), and its signed PDF beside the Word file
            views = ([doc.view] if doc.view is not None else []) + _other_versions(doc)
        # what the material's first file states: its signed PDF saying the same is one statement, not a second (the
        # hundred-and-thirtieth probe had one wrong figure reported for the form's Word file and again for its PDF)
        said: dict[str, Observation] = {}
        for view in views:
            if view.file in skip:
                continue
            for s in _statements(view.file, view, third_party=False):
                if doc.spec.id != EVIDENCE and s.obs.key in said and not _differ(said[s.obs.key], s.obs):
                    continue
                said.setdefault(s.obs.key, s.obs)
                yield s
    for f in third_party:
        yield from _statements(f.rel, DocView(extract(f)), third_party=True)


def _other_versions(doc: Document) -> list[DocView]:
    """The readable files of a material besides the one its checks read: the signed PDF of a Word report, whose
    figures must be the Word file's (the forty-fifth probe: the PDF said 93.8%, the Word file 96.2%)."""
    primary = doc.primary
    return [DocView(c) for c in doc.contents if c.readable and primary is not None and c.file.rel != primary.file.rel]


def _statements(source: str, view: DocView, *, third_party: bool) -> Iterator[Statement]:
    for obs in single_figures(observations(view, cells=True), latest_too=not third_party).values():
        yield Statement(source, obs, third_party)


def _differ(a: Observation, b: Observation) -> bool:
    """More apart than the coarser of the two figures is written (97% and 97.4% may be one figure)."""
    assert a.rate is not None and b.rate is not None
    return abs(a.rate - b.rate) > max(a.precision, b.precision) + 1e-9


def _restates_written(base: Observation, other: Observation) -> bool:
    """True when the other document gives the rate the report writes, and the report's own counts say otherwise (96.0%
    beside 283 of 300): the same figure written twice, its arithmetic is ``metrics.rate_mismatch``'s finding."""
    return base.stated is not None and other.rate is not None and \
        abs(base.stated - other.rate) < max(base.precision, other.precision)


def _compare(th: Threshold, base: Observation, other: Statement) -> Iterator[Finding]:
    assert base.rate is not None and other.obs.rate is not None
    if not _differ(base, other.obs) or _restates_written(base, other.obs):
        return
    name, flips = th.title or base.key, th.passes(base.rate) != th.passes(other.obs.rate)
    figures = f"评估报告写 {base.rate:.1%}，《{other.source}》写 {other.obs.rate:.1%}"
    evidence = f"{base.evidence} / {other.obs.evidence}"[:240]
    where = f"{base.where}；{other.obs.where}"
    if other.third_party:
        if flips:  # an independent measurement: only a verdict it turns is worth a reviewer's question
            yield make("metrics.cross_doc_mismatch", Severity.MEDIUM,
                       f"“{name}”自评估与第三方测试结论不同：{figures}，一个达到要求线（{th.op} {th.rate:.0%}）、一个没有，"
                       "且未说明原因。", where,
                       "核对两次测试的样本与时间；若第三方测试在整改后，请在评估报告中写明整改与复测经过并以复测结果为准。",
                       evidence=evidence)
        return
    yield make("metrics.cross_doc_mismatch", Severity.HIGH if flips else Severity.MEDIUM,
               f"“{name}”各材料写的结果不一致：{figures}" + ("，一个达到要求线、一个没有。" if flips else "。"), where,
               "以评估报告的抽检记录为准，统一备案表、说明材料与报告中的数字。", evidence=evidence)
