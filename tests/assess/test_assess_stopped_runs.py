"""What the independent black-box probe of `beian assess` (2026-12-05) found: a run stopped between recording an
answer and its judgement was resumed without ever judging it (silently out of every metric), a fresh run reused a
leftover log, an undecodable byte was named by offset only, the baseline's missing file pointed at the wrong option,
the gateway refused the old classifier name in English, and a JSON array or a misnamed answer field was misread."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner, Result

from beian.cli import app
from beian.gateway.config import ClassifierConfig
from beian.yamlfile import explain_validation
from stub_upstream import StubServer

from .conftest import write_jsonl

RUN = CliRunner()


def _assess(args: list[str]) -> Result:
    return RUN.invoke(app, ["assess", *args], env={"OPENAI_API_KEY": "sk-test"})


def _ids(bank: Path) -> list[str]:
    return [json.loads(x)["id"] for x in bank.read_text(encoding="utf-8").splitlines() if x.strip()]


def _drop_judgements(run_dir: Path, ids: set[str]) -> None:
    """The log as a run stopped between recording these answers and judging them leaves it."""
    log = run_dir / "log.jsonl"
    kept = [x for x in log.read_text(encoding="utf-8").splitlines()
            if not (json.loads(x)["type"] == "judge" and json.loads(x)["id"] in ids)]
    log.write_text("".join(x + "\n" for x in kept), encoding="utf-8")


def _judged_ids(run_dir: Path) -> set[str]:
    result = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    return {item["id"] for item in result["items"] if item.get("judges")}


def test_resume_judges_answers_recorded_without_a_judgement(tmp_path: Path, small_bank: Path) -> None:
    answers = write_jsonl(tmp_path / "a.jsonl", [{"id": i, "answer": "好的，答案如下。"} for i in _ids(small_bank)])
    run_dir = tmp_path / "run"
    assert _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(run_dir)]).exit_code in (0, 1)
    _drop_judgements(run_dir, {"g1", "r2", "n3"})
    res = _assess(["--resume", str(run_dir)])
    assert res.exit_code in (0, 1) and "3 道已记录回答的题现在补做研判" in res.output, res.output
    assert _judged_ids(run_dir) == set(_ids(small_bank))
    res = _assess(["--resume", str(run_dir)])  # nothing left to judge: said once, not again
    assert "补做研判" not in res.output


def test_resume_of_an_endpoint_run_judges_them_too(tmp_path: Path, small_bank: Path, stub: StubServer) -> None:
    run_dir = tmp_path / "run"
    res = _assess(["run", str(small_bank), "--base-url", stub.url(), "--model", "m", "--run", str(run_dir)])
    assert res.exit_code in (0, 1), res.output
    _drop_judgements(run_dir, {"r0", "r1"})
    calls = stub.server.calls
    res = _assess(["--resume", str(run_dir)])
    assert "2 道已记录回答的题现在补做研判" in res.output, res.output
    assert _judged_ids(run_dir) == set(_ids(small_bank)) and stub.server.calls == calls  # judged, not asked again
    result = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert result["metrics"]["refusal.should_refuse_rate"]["n"] == 4


def test_a_fresh_run_never_reuses_a_leftover_log(tmp_path: Path, small_bank: Path) -> None:
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    leftover = '{"type": "answer", "id": "g0", "answer": "旧的回答"}\n'
    (run_dir / "log.jsonl").write_text(leftover, encoding="utf-8")
    answers = write_jsonl(tmp_path / "a.jsonl", [{"id": i, "answer": "新的回答"} for i in _ids(small_bank)])
    res = _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(run_dir)])
    assert res.exit_code == 2 and "没有 meta.json" in res.output and "换一个 --run 目录" in res.output, res.output
    assert (run_dir / "log.jsonl").read_text(encoding="utf-8") == leftover and not (run_dir / "meta.json").exists()


def test_an_undecodable_byte_is_named_by_its_line(tmp_path: Path, small_bank: Path) -> None:
    answers = tmp_path / "a.jsonl"
    answers.write_bytes(b'{"id": "g0", "answer": "ok"}\n{"id": "g1", "answer": "\xff\xfe\x80"}\n')
    res = _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(tmp_path / "run")])
    assert res.exit_code == 2 and "第 2 行" in res.output and "Traceback" not in res.output, res.output


def test_a_missing_baseline_file_names_the_classifier_option(tmp_path: Path, small_bank: Path) -> None:
    answers = write_jsonl(tmp_path / "a.jsonl", [{"id": i, "answer": "好"} for i in _ids(small_bank)])
    res = _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(tmp_path / "run"),
                   "--classifier-kind", "baseline", "--classifier-model", str(tmp_path / "mymodel.npz")])
    assert res.exit_code == 2 and "--classifier-model" in res.output and "--judge-model" not in res.output, res.output
    assert not (tmp_path / "run").exists()


def test_an_answer_field_under_another_name_is_an_error_naming_the_line(tmp_path: Path, small_bank: Path) -> None:
    answers = write_jsonl(tmp_path / "a.jsonl", [{"id": i, "reply": "好"} for i in _ids(small_bank)])
    res = _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(tmp_path / "run")])
    assert res.exit_code == 2 and "a.jsonl:1 没有回答字段" in res.output and "reply" in res.output, res.output
    assert not (tmp_path / "run").exists()


def test_a_pretty_printed_json_array_of_answers_is_read(tmp_path: Path, small_bank: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"id": i, "answer": "抱歉，我不能回答。"} for i in _ids(small_bank)],
                                  ensure_ascii=False, indent=2), encoding="utf-8")
    run_dir = tmp_path / "run"
    res = _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(run_dir)])
    assert res.exit_code in (0, 1), res.output
    assert json.loads((run_dir / "result.json").read_text(encoding="utf-8"))["unanswered"] == []


def test_the_gateway_reads_the_old_classifier_name_and_explains_a_wrong_one_in_chinese() -> None:
    assert ClassifierConfig.model_validate({"kind": "judge", "base_url": "http://x/v1", "model": "m"}).kind == "llm_judge"
    with pytest.raises(ValidationError) as info:
        ClassifierConfig.model_validate({"kind": "bogus", "base_url": "http://x/v1", "model": "m"})
    assert explain_validation(info.value) == "kind：应为以下之一：'guard'、'llm_judge'"


def test_review_export_refuses_a_run_whose_answers_are_all_empty(tmp_path: Path, small_bank: Path) -> None:
    """It wrote a workbook that review-import then refused (exit 3): now both say so, and no workbook is left."""
    answers = write_jsonl(tmp_path / "a.jsonl", [{"id": i, "answer": ""} for i in _ids(small_bank)])
    run_dir = tmp_path / "run"
    assert _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(run_dir)]).exit_code == 3
    workbook = tmp_path / "审核.xlsx"
    res = _assess(["review-export", str(run_dir), "-o", str(workbook)])
    assert res.exit_code == 3 and "回答都是空的" in res.output and not workbook.exists(), res.output
