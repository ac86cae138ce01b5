"""What the fifty-fifth probe found (the clause table and versions by yet other hands; 3/4 verdicts on its first run, both
planted reasons found): a clause table headed 标准章条 | 标准要求内容 | 自评情况 had its quoted standard read as the
service's words (two false highs); a clause row after a 序号 column was not judged; 按语料总量4,006,318条的10.01%抽样
read the corpus total as a second sample; 变更后重新开展安全测试 was no re-assessment.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.docmodel import quoted_columns
from beian.prereview.rules.metrics import _count
from beian.prereview.vocab import compiled, fold
from prereview.helpers import REPORT, pkg  # noqa: F401


def test_clause_and_requirement_headers_are_read_by_their_words() -> None:
    rows = [["序号", "对应标准章条", "标准要求内容（节选）", "自评情况", "佐证材料及说明"],
            ["1", "7 a) 2)", "用于心理咨询、金融信息服务等重要场合的，应具备保护措施", "☑不适用", "不用于上述场合"],
            ["2", "5.2 c)", "使用含个人信息的语料前取得同意", "☑符合", "不含个人信息"]]
    assert quoted_columns(rows) == {2}
    # a verdict column that names the requirement (是否符合要求) is the applicant's judgement, not a quote
    assert quoted_columns([["条款", "是否符合要求", "说明"], ["5.1", "符合", "见清单"], ["5.2", "符合", "见清单"]]) == set()


def test_a_clause_after_a_row_number_is_judged(pkg: Path) -> None:  # noqa: F811
    document = docx.Document(str(pkg / REPORT))
    rows = [["序号", "标准章条", "要求摘要", "自评", "说明"]] + [
        [str(k), f"7 i) {k})", "安全要求", "☑符合 ☐不符合", "已落实"] for k in range(1, 6)]
    rows.append(["6", "7 g) 3)", "设置与服务规模相匹配的监看人员", "☐符合 ☑不符合", "目前仅兼职一人"])
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(pkg / REPORT))
    found = [f for f in run_check(pkg).findings if f.code == "materials.clause_not_met"]
    assert [(f.severity, "7 g) 3)" in f.message) for f in found] == [(Severity.HIGH, True)]


def test_the_corpus_total_beside_a_sampling_share_is_no_sample() -> None:
    assert _count("语料技术抽检：按全部语料总量12,800,000条的10%随机抽取1,280,000条，合格率99.1%") == 1_280_000
    assert _count("按语料总量4,006,318条的10.01%抽样，合格率98.9%") is None


def test_testing_again_after_a_change_is_re_assessment() -> None:
    said = fold("更换基础模型或模型服务提供方后，重新开展安全测试并办理变更手续。")
    assert compiled("safety", "measures", "safety.reassessment").search(said)


def test_a_figure_is_no_clause_number() -> None:
    from beian.prereview.docmodel import is_clause_ref

    assert [is_clause_ref(c) for c in ("7 a) 2)", "5.1", "A.1", "第十条", "10.2")] == [True] * 5
    assert [is_clause_ref(c) for c in ("91.0%", "98.5", "0.95", "300题", "12", "2024.3")] == [False] * 6
