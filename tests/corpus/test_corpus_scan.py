"""``beian corpus scan`` end to end on a real local Ray with two workers: per-source figures, bad
input, the outputs the filing needs, and a kill mid-run followed by a rerun."""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from pathlib import Path

from corpus_support import cli, scan_args

from beian.corpus.sample import review_import, write_sample
from beian.standard import load_profile
from beian.standard.cac_excel import read_workbook

REPO = Path(__file__).resolve().parents[2]


def _result(run: Path) -> dict:
    return json.loads((run / "result.json").read_text(encoding="utf-8"))


def _source(result: dict, name: str) -> dict:
    return next(s for s in result["sources"] if s["name"] == name)


def test_per_source_figures(full_run: tuple[Path, str, str]) -> None:
    run, out, _ = full_run
    result = _result(run)
    news = _source(result, "新闻语料")
    assert news["records"] == 6000 - 12  # one broken JSON line in every 500
    assert news["keyword_hits"]["k"] == 20 and news["keyword_hits"]["categories"] == {"邪教": 20}
    low, high = news["keyword_hits"]["ci95"]
    assert low < 20 / news["records"] < high
    assert news["personal_information"]["kinds"] == {"mobile": 15}
    assert 5 <= news["near_duplicates"]["k"] <= 10  # six copies of one text: five repeats (+ look-alikes)
    assert news["languages"] == {"中文": news["records"]}
    assert news["source_rule"]["limit"] == load_profile().thresholds["source_illegal_share"].rate
    assert news["source_rule"]["verdict"] == "合格"
    tech = result["overall"]["technical_sample"]
    assert tech["fraction"] >= load_profile().thresholds["corpus_technical"].fraction
    assert tech["passes"] and "新闻语料" in out
    # no classifier configured: keyword-only, said in the result, the terminal and the section
    assert result["classifier"] is None and news["classifier"] is None and tech["method"] == "关键词"
    assert news["source_rule"]["basis"] == "关键词" and "未配置分类模型" in news["source_rule"]["measured"]
    assert "只用了关键词（未配置分类模型）" in out and "分类模型标记" not in out
    assert "尚不满足标准“关键词 + 分类模型”" in (run / "语料安全评估.md").read_text(encoding="utf-8")


def test_two_ray_workers_scanned_the_blocks(full_run: tuple[Path, str, str]) -> None:
    run, _, _ = full_run
    workers = {json.loads(p.read_text())["worker"] for p in (run / "blocks").glob("*.json")}
    assert len(workers) >= 2


def test_bad_input_is_counted_and_explained(full_run: tuple[Path, str, str]) -> None:
    run, out, err = full_run
    result = _result(run)
    news, reviews = _source(result, "新闻语料"), _source(result, "点评语料")
    assert news["malformed"]["count"] == 12
    assert news["malformed"]["examples"][0] == {"file": "part-0.jsonl", "line": 8, "reason": "不是合法的 JSON"}
    assert news["encodings"]["gb18030"] == 24  # mixed encodings: GB18030 lines are read, not dropped
    assert reviews["records"] == 800 and reviews["malformed"]["count"] == 1
    assert "列数 4 与表头 2 不一致" in reviews["malformed"]["examples"][0]["reason"]
    assert _source(result, "空来源")["status"] == "空来源"
    assert _source(result, "未到货语料")["status"] == "文件缺失"
    assert "来源“未到货语料”声明的路径不存在" in err
    assert "part-0.jsonl 第 8 行 不是合法的 JSON" in out


def test_the_list_passes_beian_check(full_run: tuple[Path, str, str], tmp_path: Path) -> None:
    from beian.prereview.engine import run_check

    run, _, _ = full_run
    pkg = tmp_path / "package"
    shutil.copytree(REPO / "examples" / "package-beian", pkg)
    shutil.copy(run / "数据溯源清单.xlsx", pkg / "其他佐证" / "数据溯源清单.xlsx")
    _say_two_sources(pkg / "附件1 安全评估报告.docx")  # the report counts the datasets the new list holds
    report = run_check(pkg)
    own = [f for f in report.findings if f.code.startswith("data_sources") and "数据溯源清单" in f.location
           and f.code != "data_sources.size_mismatch"]
    assert own == [], [(f.code, f.message) for f in own]
    # the example's form states its whole corpus (1200万条); this fixture corpus is a small sample, so the sum of
    # the list's measured sizes is asked about, naming both figures
    [size] = [f for f in report.findings if f.code == "data_sources.size_mismatch"]
    assert "1200万条" in size.message and "6,788条" in size.message
    sheet = read_workbook(run / "数据溯源清单.xlsx")["数据溯源清单"]
    assert [row[1] for row in sheet[1:]] == ["新闻语料", "点评语料"]
    assert "违法不良信息占比 0.33%" in sheet[1][-1]
    section = (run / "语料安全评估.md").read_text(encoding="utf-8")
    import docx

    cells = [c.text for c in docx.Document(str(run / "语料安全评估.docx")).tables[0].rows[1].cells]
    assert cells[:3] == ["新闻语料", "已扫描", "5,988"]
    assert result_stage(run) == "采集后" and sheet[0][12] == "采集后抽检"  # the default stage, named in the outputs
    assert "## 语料安全评估（采集后评估）" in section and "未列入数据溯源清单（没有可扫描的记录）：空来源（空来源）、未到货语料（文件缺失）" in section


def result_stage(run: Path) -> str:
    return str(_result(run)["stage"])


def test_the_list_column_is_named_for_the_run_stage() -> None:
    from beian.corpus.outputs import columns

    assert columns({"stage": "采集前"})[12] == "采集前抽检" and columns({})[12] == "采集后抽检"


def test_sample_and_review_import(full_run: tuple[Path, str, str], tmp_path: Path) -> None:
    import openpyxl

    run, _, _ = full_run
    book = tmp_path / "抽检.xlsx"
    summary = write_sample(run, book)
    assert not summary["all_records"] and summary["sample"] == 4000
    assert summary["per_source"] == {"新闻语料": 3529, "点评语料": 471, "空来源": 0, "未到货语料": 0}
    wb = openpyxl.load_workbook(book)
    ws = wb["人工抽检"]
    header = [c.value for c in ws[1]]
    col = header.index("研判结果") + 1
    for r in range(2, ws.max_row + 1):
        ws.cell(r, col, "不合格" if r % 20 == 0 else "合格")
    wb.save(book)
    review = review_import(book)
    assert review["reviewed"] == summary["sample"] and review["failed"] == summary["sample"] // 20
    assert review["ci95"][0] < review["rate"] < review["ci95"][1]
    assert review["passes"] == (review["rate"] >= 0.96)


def test_kill_mid_run_then_rerun_gives_the_same_result(full_run: tuple[Path, str, str], corpus: Path,
                                                      ray_address: str, tmp_path: Path) -> None:
    full, _, _ = full_run
    run = tmp_path / "run"
    total = len(json.loads((full / "plan.json").read_text())["blocks"])
    proc = cli(scan_args(corpus, run, ray_address))
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and len(list((run / "blocks").glob("*.json"))) < 3:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    done = len(list((run / "blocks").glob("*.json")))
    assert 0 < done < total and not (run / "result.json").exists()
    again = cli(scan_args(corpus, run, ray_address))
    _, err = again.communicate(timeout=240)
    assert again.returncode == 0, err.decode()
    assert _result(run) == _result(full)


def _say_two_sources(path: Path) -> None:
    """The example report's "训练语料共5个来源" made to count the generated list's two datasets (else
    data_sources.count_mismatch rightly reports the report against the list)."""
    import docx

    document = docx.Document(str(path))
    for p in document.paragraphs:
        if "训练语料共5个来源" in p.text:
            p.text = p.text.replace("训练语料共5个来源", "训练语料共2个来源")
    document.save(str(path))
