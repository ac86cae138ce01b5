"""The technical sample's share is judged on the corpus the filing declares: a run that scanned a slice of it (10,500 of
12,000,000 records, 1,050 drawn) is not 10% of the corpus, and the report says so instead of writing "占总量 10%" beside
a declared 1200万条 (which ``beian check`` rightly reported as a contradiction); check now reports the shortfall."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import report_support as support

from beian.findings import Severity
from beian.prereview.engine import run_check
from beian.report import Sources, build
from beian.report.figures import Figure, over_declared

SLICE = {"overall": {"records": 10_500}}


def _tech(n: int = 1050, fraction: float = 0.1) -> Figure:
    return Figure("corpus_technical", n, 0.99, (0.98, 0.995), "run#1", fraction)


def test_a_slice_of_the_declared_corpus_is_judged_on_the_whole() -> None:
    fig = over_declared([_tech()], "1200万条", SLICE)[0]
    assert fig.fraction == 1050 / 12_000_000 and fig.declared == 12_000_000 and fig.scanned == 10_500
    assert fig.share() == "占总量 0.0%：申报语料 12,000,000 条，本次只扫描了 10,500 条"


def test_a_run_over_the_whole_corpus_keeps_its_share() -> None:
    fig = over_declared([_tech()], "10500条", SLICE)[0]
    assert fig.fraction == 0.1 and fig.declared is None and fig.share() == "占总量 10.0%"


def test_a_declaration_in_other_units_or_none_changes_nothing() -> None:
    for declared in ("", "2TB", "3000亿 tokens", "约一千万字"):
        assert over_declared([_tech()], declared, SLICE)[0].fraction == 0.1, declared


def test_a_report_built_from_a_slice_says_it_and_check_does_not_call_it_a_contradiction(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)  # service.yaml declares 1200万条
    run = support.corpus_run(tmp_path)
    result = json.loads((run / "result.json").read_text(encoding="utf-8"))
    tech = result["overall"]["technical_sample"]
    tech.update(n=1050, k=1040, rate=1040 / 1050, fraction=0.1)
    result["overall"]["records"] = 10_500
    (run / "result.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    build(pkg, Sources(assess=support.assess_run(tmp_path), corpus=[run]), pdf=False)
    document = docx.Document(str(pkg / "附件1 安全评估报告.docx"))
    metrics = next(t for t in document.tables if t.rows[0].cells[0].text == "指标")
    row = next([c.text for c in r.cells] for r in metrics.rows if r.cells[0].text == "语料技术抽检")
    assert "占总量 0.0%：申报语料 12,000,000 条，本次只扫描了 10,500 条" in row[1] and row[6].startswith("未达到"), row
    small = [f.message for f in run_check(pkg).findings
             if f.code == "metrics.sample_too_small" and f.severity.at_least(Severity.HIGH)]
    assert small and all("抽样比例 0.0%" in m and "只占写明的语料总量" not in m for m in small), small
