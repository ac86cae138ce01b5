"""Control characters in answers (a new-user black-box probe of 2026-12-06, its finding 1): NUL, BEL, ESC, VT, FF, U+FFFE and lone surrogates
crashed the Excel writer and the run log, and left the run folder unusable. The Excel outputs and the transcript now
show them escaped (``\\x1b``), ``log.jsonl`` keeps the exact text, and every later command works on the folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from beian.assess.runlog import RunLog, json_text, latest_state, read_run
from beian.cli import app
from beian.standard.cac_excel import fit_cell, visible_text, write_workbook

RUN = CliRunner()
VERDICT = "人工结论（合格/不合格）"
ATTACHMENT = "附件5-测试题库（已填写）.xlsx"
# (name, character, how 附件5 shows it)
CHARACTERS = [("nul", "\x00", "\\x00"), ("bel", "\x07", "\\x07"), ("esc", "\x1b[31m", "\\x1b[31m"),
              ("vt", "\x0b", "\\x0b"), ("ff", "\x0c", "\\x0c"), ("fffe", "\ufffe", "\\ufffe"),
              ("surrogate", "\ud800", "\\ud800")]


def _ids(bank: Path) -> list[str]:
    return [json.loads(x)["id"] for x in bank.read_text(encoding="utf-8").splitlines() if x.strip()]


def _answers(tmp_path: Path, bank: Path, odd: str) -> tuple[Path, str]:
    """An answers file (ASCII JSON, so a lone surrogate can be written) where n1 refuses with ``odd`` inside."""
    special = f"抱歉，我不能回答{odd}这个问题。"
    rows = [{"id": i, "answer": special if i == "n1" else "我不能回答这个问题。"} for i in _ids(bank)]
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path, special


def _cells(path: Path) -> list[str]:
    wb = load_workbook(path)
    return [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]


def _fill_all(path: Path, verdict: str) -> None:
    wb = load_workbook(path)
    ws = wb.active
    col = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        ws.cell(r, col[VERDICT]).value = verdict
        ws.cell(r, col["审核人"]).value = "李四"
    wb.save(path)


@pytest.mark.parametrize(("name", "odd", "shown"), CHARACTERS)
def test_a_run_with_a_control_character_writes_every_output(tmp_path: Path, small_bank: Path, name: str, odd: str,
                                                            shown: str) -> None:
    answers, special = _answers(tmp_path, small_bank, odd)
    run_dir = tmp_path / "run"
    res = RUN.invoke(app, ["assess", "run", str(small_bank), "--answers", str(answers), "--run", str(run_dir)])
    assert res.exit_code == 1 and "内部错误" not in res.output, res.output  # 1: far fewer items than the standard asks
    assert any(f"抱歉，我不能回答{shown}这个问题。" == c for c in _cells(run_dir / ATTACHMENT))
    assert latest_state(read_run(run_dir)[2])[0]["n1"] == special  # the log keeps the exact text
    transcript = (run_dir / "未通过题目.md").read_bytes().decode("utf-8")  # n1 refused a non-refuse question
    assert shown in transcript and odd not in transcript
    rejudged = RUN.invoke(app, ["assess", "rejudge", str(run_dir)])
    assert rejudged.exit_code == 1 and "内部错误" not in rejudged.output, rejudged.output
    review = tmp_path / "审核.xlsx"
    exported = RUN.invoke(app, ["assess", "review-export", str(run_dir), "-o", str(review)])
    assert exported.exit_code == 0 and "已导出 12 道题" in exported.output, exported.output
    assert f"抱歉，我不能回答{shown}这个问题。" in _cells(review)
    _fill_all(review, "合格")
    imported = RUN.invoke(app, ["assess", "review-import", str(run_dir), str(review)])
    assert imported.exit_code in (0, 1) and "已导入 12 条" in imported.output, imported.output
    assert "不同" not in imported.output  # the escaped answer is recognised as the recorded one


@pytest.mark.parametrize(("name", "odd", "shown"), CHARACTERS)
def test_outputs_of_a_run_whose_log_holds_a_control_character(tmp_path: Path, small_bank: Path, name: str, odd: str,
                                                              shown: str) -> None:
    """The answer reaches the log (as a resumed run records it) without a judgement: every output and the review
    round trip work, whatever the judges make of the character."""
    answers, _ = _answers(tmp_path, small_bank, "")
    run_dir = tmp_path / "run"
    RUN.invoke(app, ["assess", "run", str(small_bank), "--answers", str(answers), "--run", str(run_dir)])
    special = f"回答{odd}在此"
    log = RunLog(run_dir / "log.jsonl")
    log.write({"type": "answer", "id": "g1", "answer": special})
    log.close()
    assert latest_state(read_run(run_dir)[2])[0]["g1"] == special
    review = tmp_path / "审核.xlsx"
    exported = RUN.invoke(app, ["assess", "review-export", str(run_dir), "-o", str(review)])
    assert exported.exit_code == 0, exported.output
    assert f"回答{shown}在此" in _cells(review)
    _fill_all(review, "不合格")
    imported = RUN.invoke(app, ["assess", "review-import", str(run_dir), str(review)])
    assert imported.exit_code in (0, 1) and "已导入 12 条" in imported.output, imported.output
    assert f"回答{shown}在此" in _cells(run_dir / ATTACHMENT)
    transcript = (run_dir / "未通过题目.md").read_text(encoding="utf-8")
    assert f"回答{shown}在此" in transcript and odd not in transcript


@pytest.mark.parametrize("text", ["a\x00b", "\ud800", "a\ud800b\udfffc", "\udfff\ud800", "\udc80x", "行\x85一\u2028二\u2029",
                                  "\x1b[31m红\x0c色\ufffe\uffff", "中文\t制表\r\n换行", "\U0001f600"])
def test_the_run_log_reads_back_the_exact_text(tmp_path: Path, text: str) -> None:
    log = RunLog(tmp_path / "log.jsonl")
    log.write({"type": "answer", "id": "a", "answer": text})
    log.write({"type": "answer", "id": "b", "answer": "后一行"})
    log.close()
    raw = (tmp_path / "log.jsonl").read_bytes()
    raw.decode("utf-8")  # valid UTF-8: other tools can read the log
    assert raw.count(b"\n") == 2  # one line per event: no raw line separator inside a line
    assert "中文" not in text or "中文".encode() in raw  # Chinese stays readable
    (tmp_path / "meta.json").write_text('{"profile": "tc260-003-2024", "answers": "a.jsonl"}', encoding="utf-8")
    (tmp_path / "items.jsonl").write_text("", encoding="utf-8")
    answers = latest_state(read_run(tmp_path)[2])[0]
    assert answers == {"a": text, "b": "后一行"}
    assert json.loads(json_text(text)) == text


def test_visible_text_escapes_what_a_workbook_cannot_hold_and_keeps_the_rest() -> None:
    assert visible_text("a\x00b\x07c\x1b[0m\x0b\x0c\x7f\x9b\ufffe\uffff\ud800") == \
        "a\\x00b\\x07c\\x1b[0m\\x0b\\x0c\\x7f\\x9b\\ufffe\\uffff\\ud800"
    kept = "中文\t制表\n换行\r\n回车 \u202e \U0001f600 C:\\Users"
    assert visible_text(kept) == kept
    long = "\x00" * 40000
    cut = fit_cell(long)
    assert isinstance(cut, str) and len(cut) <= 32767 and cut.endswith("全文 40000 字）") and "\x00" not in cut


def test_the_workbook_writer_escapes_control_characters_and_keeps_formulas_as_text(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    write_workbook(path, {"表": [["标题\x1b", "b"], ["\x00\x0b\x0c\ufffe\ud800", "=1+1"]]}, styled_header=True)
    ws = load_workbook(path).active
    assert ws.cell(1, 1).value == "标题\\x1b"
    assert ws.cell(2, 1).value == "\\x00\\x0b\\x0c\\ufffe\\ud800"
    assert ws.cell(2, 2).value == "=1+1" and ws.cell(2, 2).data_type == "s"  # evidence, not a formula


def test_an_answer_that_looks_like_a_formula_stays_text_in_both_workbooks(tmp_path: Path, small_bank: Path) -> None:
    rows = [{"id": i, "answer": "=1+1 等于 2" if i == "n1" else "我不能回答这个问题。"} for i in _ids(small_bank)]
    answers = tmp_path / "a.jsonl"
    answers.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    run_dir = tmp_path / "run"
    RUN.invoke(app, ["assess", "run", str(small_bank), "--answers", str(answers), "--run", str(run_dir)])
    review = tmp_path / "审核.xlsx"
    assert RUN.invoke(app, ["assess", "review-export", str(run_dir), "-o", str(review)]).exit_code == 0
    for path in (run_dir / ATTACHMENT, review):
        cells = [c for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row
                 if c.value == "=1+1 等于 2"]
        assert cells and all(c.data_type == "s" for c in cells)
