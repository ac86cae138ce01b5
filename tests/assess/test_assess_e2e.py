"""End-to-end: `beian assess` against a live loopback endpoint, answers files, resume, rejudge, review."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from beian.cli import app
from stub_upstream import StubServer

from .conftest import write_jsonl

RUN = CliRunner()


def _lexicon(tmp_path: Path) -> Path:
    p = tmp_path / "词库.txt"
    p.write_text("违禁测试词\n", encoding="utf-8")
    return p


def _run(args: list[str], env: dict[str, str] | None = None) -> object:
    return RUN.invoke(app, ["assess", "run", *args], env=env or {"OPENAI_API_KEY": "sk-test"})


def test_run_against_live_endpoint_json_contract_and_evidence(tmp_path: Path, stub: StubServer,
                                                               small_bank: Path) -> None:
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--base-url", stub.url("ok"), "--model", "m", "--run", str(run_dir),
                "--lexicon", str(_lexicon(tmp_path)), "--format", "json", "--stream"])
    assert res.exit_code == 1, res.output  # samples are far below the 300/1000 the standard asks for
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    m = data["metrics"]
    assert set(m) == {"generated.keyword_pass_rate", "refusal.should_refuse_rate", "refusal.non_refuse_rate"}
    assert m["refusal.should_refuse_rate"]["value"] == 1.0 and m["refusal.non_refuse_rate"]["value"] == 0.0
    assert m["generated.keyword_pass_rate"]["value"] == 0.75 and m["generated.keyword_pass_rate"]["n"] == 4
    for metric in m.values():
        assert {"value", "n", "ci_low", "ci_high", "threshold", "passed"} <= set(metric)
    item = next(i for i in data["items"] if i["id"] == "g0")
    assert item["passed"] is False and item["judges"]["keyword"]["hits"] == 1
    assert "违禁测试词" not in json.dumps(item["judges"], ensure_ascii=False)  # evidence is masked
    assert stub.server.auth[0] == "Bearer sk-test"
    wb = load_workbook(next(run_dir.glob("附件5*.xlsx")))
    ws = wb["应拒答测试题库"]
    assert [c.value for c in ws[1]] == ["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果"]
    assert ws.cell(2, 5).value and ws.cell(2, 6).value == "拒答（合格）"
    assert "g0" in (run_dir / "未通过题目.md").read_text(encoding="utf-8")


def test_flaky_endpoint_429_500_malformed_then_answers(tmp_path: Path, stub: StubServer, small_bank: Path) -> None:
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--base-url", stub.url("flaky"), "--model", "m", "--run", str(run_dir),
                "--backoff", "0.01", "--concurrency", "4"])
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert data["unanswered"] == [], res.output
    assert all(n == 4 for (mode, _), n in stub.server.calls.items() if mode == "flaky")


def test_slow_endpoint_times_out_then_resume_finishes(tmp_path: Path, stub: StubServer, small_bank: Path) -> None:
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--base-url", stub.url("slow"), "--model", "m", "--run", str(run_dir),
                "--timeout", "0.05", "--retries", "1", "--backoff", "0.01"])
    assert res.exit_code == 3 and "调用被测模型接口失败" in res.output and "--resume" in res.output
    assert not (run_dir / "result.json").exists(), "no evidence pack from a run whose model did not answer"
    meta = json.loads((run_dir / "meta.json").read_text(encoding="utf-8"))
    meta["timeout"] = 5.0
    (run_dir / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    RUN.invoke(app, ["assess", "--resume", str(run_dir)], env={"OPENAI_API_KEY": "k"})
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert data["unanswered"] == []


@pytest.mark.parametrize("mode,expect", [("html", "HTML 页面"), ("e500", "HTTP 500")])
def test_bad_endpoints_are_recorded_with_chinese_reason(tmp_path: Path, stub: StubServer, small_bank: Path,
                                                       mode: str, expect: str) -> None:
    run_dir = tmp_path / "run"
    _run([str(small_bank), "--base-url", stub.url(mode), "--model", "m", "--run", str(run_dir),
          "--retries", "1", "--backoff", "0.01"])
    log = (run_dir / "log.jsonl").read_text(encoding="utf-8")
    assert expect in log


def test_endpoint_down_and_missing_key(tmp_path: Path, small_bank: Path) -> None:
    res = _run([str(small_bank), "--base-url", "http://127.0.0.1:9/v1", "--model", "m"], env={"OPENAI_API_KEY": ""})
    assert res.exit_code == 2 and "OPENAI_API_KEY" in res.output and "--no-key" in res.output
    run_dir = tmp_path / "run"
    _run([str(small_bank), "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--no-key", "--run", str(run_dir),
          "--retries", "0"])
    assert "无法连接" in (run_dir / "log.jsonl").read_text(encoding="utf-8")


def test_offline_answers_file_and_rejudge(tmp_path: Path, small_bank: Path) -> None:
    answers = write_jsonl(tmp_path / "ans.jsonl", [{"id": f"r{i}", "answer": "抱歉，我不能提供。"} for i in range(4)]
                          + [{"id": f"n{i}", "answer": "好的，下面是介绍：首先……"} for i in range(4)]
                          + [{"id": f"g{i}", "answer": "违禁测试词" if i == 1 else "正常"} for i in range(4)])
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--answers", str(answers), "--run", str(run_dir), "--format", "md"], env={})
    assert "应拒答题拒答率" in res.output
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert "generated.keyword_pass_rate" not in data["metrics"]  # no lexicon: the method is absent
    res = RUN.invoke(app, ["assess", "rejudge", str(run_dir), "--lexicon", str(_lexicon(tmp_path)),
                           "--format", "json"])
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert data["metrics"]["generated.keyword_pass_rate"]["value"] == 0.75


def test_human_review_round_trip(tmp_path: Path, small_bank: Path) -> None:
    answers = write_jsonl(tmp_path / "ans.jsonl", [{"id": f"g{i}", "answer": "正常回答"} for i in range(4)])
    run_dir = tmp_path / "run"
    _run([str(small_bank), "--answers", str(answers), "--run", str(run_dir)], env={})
    wbp = tmp_path / "review.xlsx"
    assert RUN.invoke(app, ["assess", "review-export", str(run_dir), "-o", str(wbp)]).exit_code == 0
    wb = load_workbook(wbp)
    ws = wb.active
    col = {c.value: c.column for c in ws[1]}
    verdict, opinion = col["人工结论（合格/不合格）"], col["审核意见"]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, verdict).value = "不合格" if r == 2 else "合格"
        ws.cell(r, opinion).value = "含歧视表述" if r == 2 else ""
    ws.cell(3, verdict).value = "也许"
    wb.save(wbp)
    res = RUN.invoke(app, ["assess", "review-import", str(run_dir), str(wbp), "--reviewer", "张三"])
    assert "已导入 3 条" in res.output and "无法识别" in res.output
    RUN.invoke(app, ["assess", "rejudge", str(run_dir), "--format", "json"])
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert data["metrics"]["generated.manual_pass_rate"]["n"] == 3
    manual = [i["judges"]["manual"] for i in data["items"] if "manual" in i["judges"]]
    assert manual[0]["reviewer"] == "张三" and manual[0]["time"] and manual[0]["reason"] == "含歧视表述"


def test_killed_mid_run_loses_nothing_and_resume_completes(tmp_path: Path) -> None:
    stub_proc = subprocess.Popen([sys.executable, str(Path(__file__).parents[1] / "stub_upstream.py")],
                                 stdout=subprocess.PIPE, text=True)
    try:
        port = int(stub_proc.stdout.readline())  # type: ignore[union-attr]
        bank = write_jsonl(tmp_path / "b.jsonl", [{"id": f"s{i}", "question": f"慢题{i}", "bank": "non_refuse",
                                                  "category": "制度"} for i in range(40)])
        run_dir = tmp_path / "run"
        env = {**os.environ, "OPENAI_API_KEY": "k"}
        cmd = [sys.executable, "-m", "beian", "assess", "run", str(bank), "--base-url",
               f"http://127.0.0.1:{port}/slow/v1", "--model", "m", "--run", str(run_dir), "--concurrency", "2"]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        log = run_dir / "log.jsonl"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (not log.exists() or log.read_text().count('"type": "answer"') < 4):
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        before = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
        done = {e["id"] for e in before if e["type"] == "answer"}
        assert 4 <= len(done) < 40
        meta = json.loads((run_dir / "meta.json").read_text(encoding="utf-8"))
        (run_dir / "meta.json").write_text(json.dumps({**meta, "concurrency": 20}), encoding="utf-8")
        res = RUN.invoke(app, ["assess", "--resume", str(run_dir), "--format", "json"], env={"OPENAI_API_KEY": "k"})
        after = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
        answered = [e["id"] for e in after if e["type"] == "answer"]
        assert sorted(set(answered)) == sorted(f"s{i}" for i in range(40)), res.output
        assert len(answered) == 40  # nothing answered twice
    finally:
        stub_proc.kill()
        stub_proc.wait()


def test_bad_answers_file_and_bad_format(tmp_path: Path, small_bank: Path) -> None:
    bad = tmp_path / "ans.jsonl"
    bad.write_text('{"id": "g0", "answer": "x"}\n{oops\n', encoding="utf-8")
    res = _run([str(small_bank), "--answers", str(bad), "--run", str(tmp_path / "r")], env={})
    assert res.exit_code == 2 and "第 2 行" in res.output
    res = _run([str(small_bank), "--answers", str(bad), "--format", "xml"], env={})
    assert res.exit_code == 2 and "--format" in res.output
    res = _run([str(small_bank)], env={})
    assert res.exit_code == 2 and "--base-url" in res.output


def test_existing_run_dir_is_not_overwritten(tmp_path: Path, small_bank: Path) -> None:
    answers = write_jsonl(tmp_path / "a.jsonl", [{"id": "g0", "answer": "正常"}])
    run_dir = tmp_path / "run"
    _run([str(small_bank), "--answers", str(answers), "--run", str(run_dir)], env={})
    res = _run([str(small_bank), "--answers", str(answers), "--run", str(run_dir)], env={})
    assert res.exit_code == 2 and "--resume" in res.output


def test_classifier_method_via_guard_model(tmp_path: Path, stub: StubServer, small_bank: Path) -> None:
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--base-url", stub.url("ok"), "--model", "m", "--run", str(run_dir),
                "--classifier-url", stub.url("guard"), "--classifier-model", "qwen3guard", "--format", "json"])
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    metric = data["metrics"]["generated.classifier_pass_rate"]
    assert metric["n"] == 4 and metric["value"] == 0.75, res.output
    bad = next(i for i in data["items"] if i["id"] == "g0")["judges"]["classifier"]
    assert bad["safe"] is False and bad["risks"] == ["A.1.f"]


def test_offline_csv_answers(tmp_path: Path, small_bank: Path) -> None:
    csv_path = tmp_path / "ans.csv"
    rows = "".join(f"r{i},抱歉，我不能提供。\n" for i in range(4))
    csv_path.write_text("id,answer\n" + rows, encoding="utf-8")
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--answers", str(csv_path), "--run", str(run_dir)], env={})
    assert "8 道题在回答文件中没有回答" in res.output
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert set(data["metrics"]) == {"refusal.should_refuse_rate"}
    assert data["metrics"]["refusal.should_refuse_rate"]["value"] == 1.0


def test_html_report_is_a_rendered_page(tmp_path: Path, small_bank: Path) -> None:
    """--format html renders the report: real tables, escaped text, no Markdown pasted into <pre>."""
    answers = write_jsonl(tmp_path / "ans.jsonl", [{"id": f"r{i}", "answer": "抱歉，我不能提供。"} for i in range(4)]
                          + [{"id": f"n{i}", "answer": "好的，下面是介绍：<b>首先</b>……"} for i in range(4)]
                          + [{"id": f"g{i}", "answer": "正常"} for i in range(4)])
    res = _run([str(small_bank), "--answers", str(answers), "--run", str(tmp_path / "run"), "--format", "html"], env={})
    assert "<table>" in res.output and "<pre>" not in res.output and "| 指标 |" not in res.output
    assert "<h1>生成内容安全评估报告</h1>" in res.output
