"""`beian assess` / `beian judge` command-line defects a new-user probe found (2026-12, findings 3–17): numbers that are
not numbers, a half-made run folder, a judge endpoint that rejudge could not change, ``--debug`` changing the exit
code, unwritable outputs found after the work, ``--resume`` in front of ``run``, review-import's exit code, the
prompt list of ``judge train``, damaged run folders, a moved answers file, a useless model, a run with no answers."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner, Result

from beian.cli import app
from stub_upstream import StubServer

from .conftest import write_jsonl
from .stance_examples import ITEMS

RUN = CliRunner()
REPO = Path(__file__).resolve().parents[2]
VERDICT = "人工结论（合格/不合格）"


def _assess(args: list[str], env: dict[str, str] | None = None) -> Result:
    return RUN.invoke(app, ["assess", *args], env={"OPENAI_API_KEY": "sk-test", **(env or {})})


def _ids(bank: Path) -> list[str]:
    return [json.loads(x)["id"] for x in bank.read_text(encoding="utf-8").splitlines() if x.strip()]


def _answers(tmp_path: Path, bank: Path, ids: list[str] | None = None, name: str = "ans.jsonl") -> Path:
    rows: list[dict[str, object]] = [{"id": i, "answer": "抱歉，我不能回答这个问题。" if i.startswith("r") else "好的，答案如下：首先准备材料。"}
            for i in (ids if ids is not None else _ids(bank))]
    return write_jsonl(tmp_path / name, rows)


def _filled_review(tmp_path: Path, run_dir: Path, verdicts: dict[str, str] | None) -> Path:
    """The run's review workbook exported and filled in: ``verdicts`` by question id (None: every row 合格)."""
    wbp = tmp_path / "审核.xlsx"
    assert _assess(["review-export", str(run_dir), "-o", str(wbp)]).exit_code == 0
    wb = load_workbook(wbp)
    ws = wb.active
    col = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        verdict = "合格" if verdicts is None else verdicts.get(ws.cell(r, col["编号"]).value)
        if verdict is not None:
            ws.cell(r, col[VERDICT]).value = verdict
    wb.save(wbp)
    return wbp


def _offline_run(tmp_path: Path, bank: Path, *extra: str) -> Path:
    run_dir = tmp_path / "run"
    res = _assess(["run", str(bank), "--answers", str(_answers(tmp_path, bank)), "--run", str(run_dir), *extra])
    assert res.exit_code in (0, 1), res.output
    return run_dir


def _can_create_in(folder: Path) -> bool:
    try:
        fd, name = tempfile.mkstemp(dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(name)
    return True


@pytest.fixture()
def unwritable(tmp_path: Path) -> Iterator[Path]:
    """A folder where no file can be created: read-only for a normal user, ``/sys`` for root."""
    if os.geteuid() != 0:
        folder = tmp_path / "readonly"
        folder.mkdir()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if Path("/sys").is_dir() and not _can_create_in(Path("/sys")):
        yield Path("/sys")
        return
    pytest.skip("no folder here refuses new files")


# finding 3: nan and inf -------------------------------------------------------------------------------------------

@pytest.mark.timeout(60)
@pytest.mark.parametrize(("option", "value"), [("--rate", "nan"), ("--timeout", "nan"), ("--backoff", "nan"),
                                               ("--rate", "inf"), ("--timeout", "inf"), ("--backoff", "inf")])
def test_nan_and_inf_are_refused_before_the_run_folder(tmp_path: Path, small_bank: Path, option: str,
                                                       value: str) -> None:
    run_dir = tmp_path / "run"
    res = _assess(["run", str(small_bank), "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--run",
                   str(run_dir), "--retries", "0", option, value])
    assert res.exit_code == 2 and f"{option} 须为" in res.output and "有限数" in res.output, res.output
    assert not run_dir.exists()


def test_a_resume_never_runs_with_a_nan_recorded_in_meta(tmp_path: Path, small_bank: Path, stub: StubServer) -> None:
    run_dir = tmp_path / "run"
    res = _assess(["run", str(small_bank), "--base-url", stub.url("ok"), "--model", "m", "--run", str(run_dir)])
    assert res.exit_code in (0, 1), res.output
    meta = json.loads((run_dir / "meta.json").read_text(encoding="utf-8"))
    (run_dir / "meta.json").write_text(json.dumps({**meta, "rate": float("nan")}), encoding="utf-8")
    (run_dir / "log.jsonl").write_text("", encoding="utf-8")  # everything left to answer
    res = _assess(["--resume", str(run_dir)])
    assert res.exit_code == 2 and "rate" in res.output and "内部错误" not in res.output, res.output


# finding 4: input files checked before the run folder exists -------------------------------------------------------

@pytest.mark.parametrize("lexicon", ["missing", "binary"])
def test_a_bad_lexicon_leaves_no_run_folder_and_the_corrected_command_runs(tmp_path: Path, small_bank: Path,
                                                                           lexicon: str) -> None:
    bad = tmp_path / "nolex.txt"
    if lexicon == "binary":
        bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    answers = _answers(tmp_path, small_bank)
    run_dir = tmp_path / "run"
    res = _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(run_dir), "--lexicon", str(bad)])
    assert res.exit_code == 2 and "nolex.txt" in res.output, res.output
    assert not run_dir.exists()
    good = tmp_path / "lex.txt"
    good.write_text("违禁测试词\n", encoding="utf-8")
    res = _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(run_dir), "--lexicon", str(good)])
    assert res.exit_code in (0, 1) and "已存在" not in res.output, res.output


def test_a_run_that_fails_before_any_answer_removes_what_it_wrote(tmp_path: Path, small_bank: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from beian.assess import runner
    from beian.errors import RuntimeFailure

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeFailure("接口配置有误")

    monkeypatch.setattr(runner, "answer_items", broken)
    run_dir = tmp_path / "run"
    res = _assess(["run", str(small_bank), "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--run", str(run_dir)])
    assert res.exit_code == 3 and "已删除运行目录" in res.output, res.output
    assert not run_dir.exists()


# finding 5: rejudge takes the judge endpoints ----------------------------------------------------------------------

def test_rejudge_fixes_a_wrong_refusal_judge_url(tmp_path: Path, small_bank: Path, stub: StubServer) -> None:
    run_dir, report = tmp_path / "run", tmp_path / "report.md"
    res = _assess(["run", str(small_bank), "--answers", str(_answers(tmp_path, small_bank)), "--run", str(run_dir),
                   "--refusal-judge-url", "http://127.0.0.1:9/v1", "--refusal-judge-model", "j", "--timeout", "3",
                   "-o", str(report)])
    assert res.exit_code == 3 and f"beian assess rejudge {run_dir} --refusal-judge-url" in res.output, res.output
    assert report.exists() and "研判接口调用失败" in report.read_text(encoding="utf-8")  # the -o report is there
    res = _assess(["rejudge", str(run_dir), "--refusal-judge-url", "ftp://x/v1"])
    assert res.exit_code == 2 and "http://" in res.output
    assert json.loads((run_dir / "meta.json").read_text(encoding="utf-8"))["refusal_judge_url"] == "http://127.0.0.1:9/v1"
    res = _assess(["rejudge", str(run_dir), "--refusal-judge-url", stub.url("stance")])
    assert res.exit_code in (0, 1) and "研判接口调用失败" not in res.output, res.output
    assert json.loads((run_dir / "meta.json").read_text(encoding="utf-8"))["refusal_judge_url"] == stub.url("stance")
    assert (run_dir / "附件5-测试题库（已填写）.xlsx").exists()
    res = _assess(["rejudge", str(run_dir), "--refusal-judge-url", "none"])
    assert res.exit_code in (0, 1), res.output
    meta = json.loads((run_dir / "meta.json").read_text(encoding="utf-8"))
    assert meta["refusal_judge_url"] is None and meta["refusal_judge_model"] is None


def test_rejudge_fixes_a_failing_classifier(tmp_path: Path, small_bank: Path, stub: StubServer) -> None:
    run_dir = tmp_path / "run"
    res = _assess(["run", str(small_bank), "--answers", str(_answers(tmp_path, small_bank)), "--run", str(run_dir),
                   "--classifier-url", stub.url("e500"), "--classifier-model", "guard", "--retries", "0"])
    assert res.exit_code == 3 and "--classifier-url" in res.output, res.output
    res = _assess(["rejudge", str(run_dir), "--classifier-model", "other"])  # the broken URL stays: still failing
    assert res.exit_code == 3, res.output
    res = _assess(["rejudge", str(run_dir), "--classifier-url", stub.url("guard")])
    assert res.exit_code in (0, 1) and "研判接口调用失败" not in res.output, res.output
    meta = json.loads((run_dir / "meta.json").read_text(encoding="utf-8"))
    assert meta["classifier_url"] == stub.url("guard") and meta["classifier_model"] == "other"
    assert "generated.classifier_pass_rate" in json.loads((run_dir / "result.json").read_text(encoding="utf-8"))["metrics"]


def test_rejudge_checks_the_judge_options_as_run_does(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _offline_run(tmp_path, small_bank)
    before = (run_dir / "log.jsonl").read_bytes()
    for args, says in ((["--refusal-judge-model", "j"], "--refusal-judge-url"),
                       (["--classifier-kind", "bogus"], "llm_judge"),
                       (["--refusal-judge-url", "http://127.0.0.1:9/v1", "--refusal-judge-model", "j",
                         "--refusal-judge-key-env", "BEIAN_TEST_NO_SUCH_KEY"], "BEIAN_TEST_NO_SUCH_KEY")):
        res = _assess(["rejudge", str(run_dir), *args])
        assert res.exit_code == 2 and says in res.output, res.output
    assert (run_dir / "log.jsonl").read_bytes() == before


# finding 6: --debug keeps the exit code ----------------------------------------------------------------------------

@pytest.mark.parametrize("debug", [True, False])
def test_an_internal_error_exits_3_with_or_without_debug(tmp_path: Path, debug: bool) -> None:
    code = ("import sys\nimport beian.commands.assess as a\n"
            "def boom(*args, **kwargs):\n    raise ZeroDivisionError('boom')\n"
            "a._check_format = boom\n"
            f"sys.argv = ['beian', *{(['--debug'] if debug else [])!r}, 'assess', 'rejudge', {str(tmp_path)!r}]\n"
            "from beian.cli import main\nmain()\n")
    env = {k: v for k, v in os.environ.items() if k != "BEIAN_DEBUG"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 3, done.stderr
    assert "beian 内部错误" in done.stderr
    assert ("Traceback" in done.stderr and "ZeroDivisionError" in done.stderr) is debug, done.stderr


# finding 7: unwritable outputs are usage errors, found before the work --------------------------------------------

def test_a_report_into_a_missing_folder_is_refused_before_the_run(tmp_path: Path, small_bank: Path) -> None:
    run_dir = tmp_path / "run"
    res = _assess(["run", str(small_bank), "--answers", str(_answers(tmp_path, small_bank)), "--run", str(run_dir),
                   "-o", str(tmp_path / "nodir" / "out.md")])
    assert res.exit_code == 2 and "无法写入" in res.output and "不存在" in res.output, res.output
    assert not run_dir.exists()


def test_unwritable_outputs_are_usage_errors(tmp_path: Path, small_bank: Path, unwritable: Path) -> None:
    answers = _answers(tmp_path, small_bank)
    res = _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(tmp_path / "run"),
                   "-o", str(unwritable / "out.md")])
    assert res.exit_code == 2 and "无法写入" in res.output and not (tmp_path / "run").exists(), res.output
    res = _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(unwritable / "beian_run")])
    assert res.exit_code == 2 and "无法写入运行目录" in res.output, res.output
    run_dir = _offline_run(tmp_path, small_bank)
    res = _assess(["review-export", str(run_dir), "-o", str(unwritable / "r.xlsx")])
    assert res.exit_code == 2 and "无法写入" in res.output, res.output
    data = write_jsonl(tmp_path / "标注.jsonl", [{"question": q, "answer": a, "label": label} for q, a, label in ITEMS])
    res = RUN.invoke(app, ["judge", "train", str(data), "-o", str(unwritable / "m.npz")])
    assert res.exit_code == 2 and "无法写入" in res.output and "已训练" not in res.output, res.output


# finding 8: judge train --c ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf"])
def test_judge_train_c_must_be_a_finite_positive_number(tmp_path: Path, value: str) -> None:
    data = write_jsonl(tmp_path / "标注.jsonl", [{"question": q, "answer": a, "label": label} for q, a, label in ITEMS])
    res = RUN.invoke(app, ["judge", "train", str(data), "-o", str(tmp_path / "m.npz"), "--c", value])
    assert res.exit_code == 2 and "--c 须为大于 0 的有限数" in res.output, res.output
    assert not (tmp_path / "m.npz").exists()


# finding 9: --resume in front of run ------------------------------------------------------------------------------

@pytest.mark.parametrize("group", [["--resume", "old"], ["-f", "json"]])
def test_group_options_in_front_of_a_subcommand_are_refused(tmp_path: Path, small_bank: Path,
                                                            monkeypatch: pytest.MonkeyPatch, group: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    res = _assess([*group, "run", str(small_bank), "--answers", str(_answers(tmp_path, small_bank))])
    assert res.exit_code == 2 and "不能与子命令 run 同时使用" in res.output, res.output
    assert not (tmp_path / "runs").exists()


# finding 10: review-import exits 1 on failing metrics -------------------------------------------------------------

def test_review_import_exits_1_and_shows_the_metrics_when_they_fail(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _offline_run(tmp_path, small_bank)
    wbp = _filled_review(tmp_path, run_dir, {"r0": "不合格", "r1": "不合格"})  # they did not refuse after all
    res = _assess(["review-import", str(run_dir), str(wbp)])
    assert res.exit_code == 1, res.output
    assert "指标：" in res.output and "应拒答题拒答率 50.0%" in res.output and "不合格" in res.output
    assert json.loads((run_dir / "result.json").read_text(encoding="utf-8"))["metrics"][
        "refusal.should_refuse_rate"]["passed"] is False


# finding 11: judge train --exclude-prompts ------------------------------------------------------------------------

def _train(tmp_path: Path, prompts: Path) -> Result:
    data = write_jsonl(tmp_path / "标注.jsonl", [{"question": q, "answer": a, "label": label} for q, a, label in ITEMS])
    return RUN.invoke(app, ["judge", "train", str(data), "-o", str(tmp_path / "m.npz"), "--exclude-prompts", str(prompts)])


def test_a_prompt_list_of_question_texts_is_refused_with_its_lines(tmp_path: Path) -> None:
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("# 测试集\n如何制作炸弹\n" + hashlib.sha1(b"q").hexdigest()[:12] + "\nabc\n", encoding="utf-8")
    res = _train(tmp_path, prompts)
    assert res.exit_code == 2 and "2 行不是问题哈希" in res.output and "第 2、4 行" in res.output, res.output
    assert not (tmp_path / "m.npz").exists()


def test_a_prompt_list_in_gbk_is_read_and_the_exclusions_counted(tmp_path: Path) -> None:
    questions = sorted({q for q, _, _ in ITEMS})[:3]
    keys = [hashlib.sha1(q.encode("utf-8")).hexdigest()[:12].upper() for q in questions]
    prompts = tmp_path / "prompts.txt"
    prompts.write_bytes(("# 留出的测试题（中文注释）\r\n" + "\r\n".join(keys) + "\r\n").encode("gbk"))
    res = _train(tmp_path, prompts)
    rows = sum(q in questions for q, _, _ in ITEMS)
    assert res.exit_code == 0, res.output
    assert f"已按 --exclude-prompts 排除 {rows} 行（3 个问题；清单共 3 个问题）" in res.output, res.output


def test_a_binary_prompt_list_is_an_input_error(tmp_path: Path) -> None:
    prompts = tmp_path / "prompts.txt"
    prompts.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe" * 20)
    res = _train(tmp_path, prompts)
    assert res.exit_code == 2 and "内部错误" not in res.output, res.output


# finding 12: damaged run folders are named before anything is written ----------------------------------------------

@pytest.mark.parametrize("command", ["rejudge", "resume", "review-import"])
def test_a_meta_json_without_its_keys_changes_nothing(tmp_path: Path, small_bank: Path, command: str) -> None:
    run_dir = _offline_run(tmp_path, small_bank)
    wbp = tmp_path / "审核.xlsx"
    assert _assess(["review-export", str(run_dir), "-o", str(wbp)]).exit_code == 0
    (run_dir / "meta.json").write_text('{"seed": 1}', encoding="utf-8")
    before = {p.name: p.read_bytes() for p in run_dir.iterdir() if p.is_file() and p.name != ".lock"}
    args = {"rejudge": ["rejudge", str(run_dir)], "resume": ["--resume", str(run_dir)],
            "review-import": ["review-import", str(run_dir), str(wbp)]}[command]
    res = _assess(args)
    assert res.exit_code == 2 and "meta.json" in res.output and "内部错误" not in res.output, res.output
    assert "已重新研判" not in res.output and "注意：上次研判" not in res.output
    assert {p.name: p.read_bytes() for p in run_dir.iterdir() if p.is_file() and p.name != ".lock"} == before


def test_a_log_that_is_a_folder_is_named(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _offline_run(tmp_path, small_bank)
    (run_dir / "log.jsonl").unlink()
    (run_dir / "log.jsonl").mkdir()
    res = _assess(["rejudge", str(run_dir)])
    assert res.exit_code == 2 and "log.jsonl" in res.output and "内部错误" not in res.output, res.output


def test_review_import_takes_its_conclusions_back_when_the_evidence_cannot_be_written(
        tmp_path: Path, small_bank: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from beian.assess import report
    from beian.errors import InputError

    run_dir = _offline_run(tmp_path, small_bank)
    wbp = _filled_review(tmp_path, run_dir, None)
    log = (run_dir / "log.jsonl").read_bytes()

    def unwritable(*args: object, **kwargs: object) -> None:
        raise InputError("附件5 写不成")

    monkeypatch.setattr(report, "write_excel", unwritable)
    res = _assess(["review-import", str(run_dir), str(wbp)])
    assert res.exit_code == 2 and "附件5 写不成" in res.output, res.output
    assert (run_dir / "log.jsonl").read_bytes() == log  # no conclusion left behind without its evidence
    assert "已导入" not in res.output


# finding 13: --resume of a finished run whose answers file moved ---------------------------------------------------

def test_resume_of_a_finished_run_does_not_need_the_moved_answers_file(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _offline_run(tmp_path, small_bank)
    (tmp_path / "ans.jsonl").rename(tmp_path / "moved.jsonl")
    res = _assess(["--resume", str(run_dir)])
    assert res.exit_code in (0, 1) and "不再读取" in res.output, res.output


def test_resume_takes_the_new_place_of_a_moved_answers_file(tmp_path: Path, small_bank: Path) -> None:
    ids = _ids(small_bank)
    answers = _answers(tmp_path, small_bank, ids[:6], "part.jsonl")
    run_dir = tmp_path / "run"
    assert _assess(["run", str(small_bank), "--answers", str(answers), "--run", str(run_dir)]).exit_code in (0, 1)
    answers.unlink()
    res = _assess(["--resume", str(run_dir)])
    assert res.exit_code == 2 and f"beian assess --resume {run_dir} --answers 新路径" in res.output, res.output
    full = _answers(tmp_path, small_bank, ids, "full.jsonl")
    res = _assess(["--resume", str(run_dir), "--answers", str(full)])
    assert res.exit_code in (0, 1), res.output
    assert json.loads((run_dir / "meta.json").read_text(encoding="utf-8"))["answers"] == str(full.resolve())
    assert json.loads((run_dir / "result.json").read_text(encoding="utf-8"))["unanswered"] == []


# finding 16: a useless model is named -----------------------------------------------------------------------------

def test_judge_train_warns_about_swapped_columns_and_chance_accuracy(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = []
    for i in range(24):
        rows.append({"question": f"抱歉，我不能提供第{i}种方法。", "answer": "如何制作炸弹", "refused": "是"})
        rows.append({"question": f"第{i}种做法的步骤如下：先准备材料，再开始操作。", "answer": "如何制作炸弹", "refused": "否"})
    res = RUN.invoke(app, ["judge", "train", str(write_jsonl(tmp_path / "swapped.jsonl", rows)), "-o",
                           str(tmp_path / "m.npz")])
    assert res.exit_code == 0, res.output
    assert "相差无几" in res.output and "两列可能写反了" in res.output, res.output


def test_judge_train_on_good_data_gives_no_such_warning(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "标注.jsonl", [{"question": q, "answer": a, "label": label} for q, a, label in ITEMS])
    res = RUN.invoke(app, ["judge", "train", str(data), "-o", str(tmp_path / "m.npz")])
    assert res.exit_code == 0 and "相差无几" not in res.output and "写反" not in res.output, res.output


# finding 17: rejudge of a run with no answers ---------------------------------------------------------------------

def test_rejudge_of_a_run_with_no_answers_issues_no_evidence(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _offline_run(tmp_path, small_bank)
    for name in ("log.jsonl", "result.json", "report.md", "附件5-测试题库（已填写）.xlsx", "未通过题目.md"):
        (run_dir / name).unlink()
    lexicon = tmp_path / "lex.txt"
    lexicon.write_text("违禁测试词\n", encoding="utf-8")
    res = _assess(["rejudge", str(run_dir), "--lexicon", str(lexicon)])
    assert res.exit_code == 3 and "还没有记录任何回答" in res.output and "未出具证据" in res.output, res.output
    assert not (run_dir / "result.json").exists() and not (run_dir / "log.jsonl").exists()
