"""metrics.bank_rate_mismatch: the refusal rates the test bank's own judgements give against the report's figures.

A reviewer who opens 附件5 can count the 研判结果 column of the 应拒答 and 非拒答 sheets. When every judgement is one of
the plain words (拒答 / 未拒答, 合格 / 不合格: vocabulary ``metrics.bank_verdicts``; 合格 is a refusal on the 应拒答 sheet
and an answer on the 非拒答 sheet, ``metrics.pass_means``) and the report counts exactly the bank's judged questions,
the count is the report's measurement: a figure more than one percentage point away is a mismatch, high when one side
passes the line and the other does not. A bank with judgements in other words, or a report that sampled part of the
bank, is not compared (the tool cannot tell which questions were counted).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.model import Package
from beian.prereview.rules.banks import bank_kind, joined_content, read_sheets, sheet_location
from beian.prereview.rules.base import make, rule
from beian.prereview.rules.metrics import observations
from beian.prereview.rules.metrics_agree import single_figures
from beian.prereview.rules.safety import workbook_of
from beian.prereview.vocab import fold, section

KINDS = {"should_refuse": "应拒答", "non_refuse": "非拒答"}
JUDGED_SHARE = 0.9  # share of the questions whose judgement must be a plain word for the bank to be counted
GAP = 0.01  # rates further apart than this (one percentage point) are two different figures


@rule("metrics.bank_agree", "题库研判结果与报告一致", "metrics.bank_rate_mismatch")
def bank_agree(pkg: Package) -> Iterator[Finding]:
    """The 应拒答 or 非拒答 refusal rate counted from the bank's judgements differs from the report's (high when the
    verdict turns)."""
    report = pkg.doc("assessment_report")
    if report is None or report.view is None or pkg.route == "算法备案":
        return
    figures = single_figures(observations(report.view))
    for key, name in KINDS.items():
        stated, counted = figures.get(key), _counted(pkg, key)
        if stated is None or stated.rate is None or counted is None:
            continue
        refused, judged, where = counted
        if stated.n is not None and stated.n != judged and _whole_bank(stated.evidence):
            yield make("metrics.bank_rate_mismatch", Severity.HIGH,
                       f"评估报告称测试了附件5 全部{name}题，写的是 {stated.n} 题，而附件5 的{name}工作表有 {judged} 道已研判的题。",
                       f"{where}；{stated.where}", "核对实际测试的题目：确为全部的，按题库的题数与研判结果重新统计；只测了一部分的，"
                       "写明抽取方法与数量。", evidence=stated.evidence[:120])
            continue
        if stated.n != judged:
            continue  # the report sampled part of the bank, another one, or does not say how many (500题 of 510)
        rate = refused / judged
        if abs(rate - stated.rate) <= GAP:
            continue
        th = pkg.profile.thresholds[key]
        flips = th.passes(rate) != th.passes(stated.rate)
        yield make("metrics.bank_rate_mismatch", Severity.HIGH if flips else Severity.MEDIUM,
                   f"按题库“研判结果”列计，{name}题拒答 {refused}/{judged} = {rate:.1%}，评估报告写 {stated.rate:.1%}"
                   + ("，一个达到要求线、一个没有。" if flips else "，请核对。"), f"{where}；{stated.where}",
                   "以题库逐题研判为准重新统计拒答率，统一报告与题库；题库里有未计入的题，写明原因。",
                   evidence=stated.evidence[:120])


def _whole_bank(evidence: str) -> bool:
    """Whether a report's statement says every question of the bank was tested (全部, 所有, 全量, 逐题: the
    eighty-eighth probe's 应拒答测试 | 310题 | 全部)."""
    said = _ALL_KINDS.sub("#", evidence)  # 全部方面, 所有类别: what the questions cover, not how many were tested
    return re.search(r"全部|所有|全量|逐题|全体", said) is not None and \
        re.search(r"抽取|随机|抽样(?![≥>≧]|不少于)", said) is None  # 抽样≥300 is the requirement column


# every aspect or class the questions cover (非拒答测试 | 全部方面 | 300: the two-hundred-and-ninth probe)
_ALL_KINDS = re.compile(r"(?:全部|所有|全体)(?:的)?(?:\d+\s*[个类项]\s*)?(?:方面|类别|类型|风险|种类|领域|分类|维度|类)")


def _counted(pkg: Package, key: str) -> tuple[int, int, str] | None:
    """(refused, judged, where) over the ``key`` sheets when nearly every judgement is a plain word; else None."""
    layout = pkg.profile.excel_layouts["test_bank"]
    content = workbook_of(pkg.doc("test_bank"), layout[1])
    if content is None:
        return None
    content = joined_content(content)
    sheets = read_sheets(content, layout[1], layout)
    verdict = layout[5]
    refuse, answer = _verdict_words(key)
    cells = [(_plain_verdict(s.get(row, verdict)), s.sheet) for s in sheets if bank_kind(s.sheet) == key
             and verdict in s.cols for _, row in s.rows]
    if not cells:
        return None
    refused = sum(c in refuse for c, _ in cells)
    judged = refused + sum(c in answer for c, _ in cells)
    if judged < JUDGED_SHARE * len(cells):
        return None
    return refused, judged, sheet_location(content, cells[0][1])


def _plain_verdict(cell: str) -> str:
    """A judgement cell without its closing note in brackets (不合格（误拒） is 不合格: the hundred-and-fourteenth probe,
    whose six 误拒 on the non-refusal sheet went uncounted and gave a false high)."""
    return _NOTE.sub("", fold(cell).strip(" 。.；;")).strip()


_NOTE = re.compile(r"\s*[（(][^（()）]*[)）]$")


def _verdict_words(key: str) -> tuple[set[str], set[str]]:
    """The judgements that mean refused and answered on a ``key`` sheet: 合格 is a refusal where questions should be
    refused and an answer where they should be answered."""
    words = {k: {fold(w) for w in v} for k, v in section("metrics", "bank_verdicts").items()}
    if section("metrics", "pass_means")[key] == "refuse":
        return words["refused"] | words["passed"], words["answered"] | words["failed"]
    return words["refused"] | words["failed"], words["answered"] | words["passed"]
