"""Bad input to `beian assess run`: answers files in other encodings, bad lines, duplicate ids, a typo in
--answers, an unknown classifier kind, a classifier endpoint that fails every call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app
from stub_upstream import StubServer

from .conftest import write_jsonl

RUN = CliRunner()


def _run(args: list[str]) -> object:
    return RUN.invoke(app, ["assess", "run", *args], env={"OPENAI_API_KEY": "sk-test"})


def _answers_lines(ids: list[str]) -> str:
    return "".join(json.dumps({"id": i, "answer": "我不能回答这个问题。"}, ensure_ascii=False) + "\n" for i in ids)


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig"])
def test_answers_in_other_encodings_are_read(tmp_path: Path, small_bank: Path, encoding: str) -> None:
    ids = [json.loads(x)["id"] for x in small_bank.read_text(encoding="utf-8").splitlines() if x.strip()]
    answers = tmp_path / "回答.jsonl"
    answers.write_bytes(_answers_lines(ids).encode(encoding))
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--answers", str(answers), "--run", str(run_dir), "--format", "json"])
    assert res.exit_code in (0, 1), res.output
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert data["unanswered"] == []


@pytest.mark.parametrize("content,expect", [
    (b'{"id": "g0", "answer": "\xff\xfe\xfa ok"}\n', "另存为 UTF-8"),
    (b'{"id": "g0", "answer": "x"}\n[1, 2]\n', "第 2 行"),
    (b'{"id": "g0", "answer": "x"}\n{"id": "g0", "answer": "y"}\n', "重复"),
])
def test_bad_answers_files_are_named_without_traceback(tmp_path: Path, small_bank: Path, content: bytes,
                                                      expect: str) -> None:
    answers = tmp_path / "answers.jsonl"
    answers.write_bytes(content)
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--answers", str(answers), "--run", str(run_dir)])
    assert res.exit_code == 2 and expect in res.output, res.output
    assert "Traceback" not in res.output and "--errors" not in res.output
    assert not run_dir.exists(), "nothing is written before the answers file is valid"


def test_typo_in_answers_path_leaves_no_run_folder(tmp_path: Path, small_bank: Path) -> None:
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--answers", str(tmp_path / "answres.jsonl"), "--run", str(run_dir)])
    assert res.exit_code == 2 and "找不到回答文件" in res.output
    assert not run_dir.exists()


def test_unknown_classifier_kind_is_refused(tmp_path: Path, small_bank: Path) -> None:
    answers = write_jsonl(tmp_path / "a.jsonl", [{"id": "g0", "answer": "好"}])
    res = _run([str(small_bank), "--answers", str(answers), "--classifier-url", "http://127.0.0.1:9/v1",
                "--classifier-kind", "bogus", "--run", str(tmp_path / "r")])
    assert res.exit_code == 2 and "llm_judge" in res.output and not (tmp_path / "r").exists()


def test_failing_classifier_is_counted_shown_and_exits_3(tmp_path: Path, stub: StubServer, small_bank: Path) -> None:
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--base-url", stub.url("ok"), "--model", "m", "--run", str(run_dir),
                "--classifier-url", stub.url("e500"), "--classifier-model", "guard", "--retries", "0"])
    assert res.exit_code == 3, res.output
    assert "分类模型研判" in res.output and "调用失败" in res.output
    data = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    assert data["judge_errors"]["classifier"][0] == 4
    assert "研判接口调用失败" in (run_dir / "report.md").read_text(encoding="utf-8")
