"""Answers files, review files and hand-edited run folders (a new-user black-box probe of 2026-12-06, its findings 2, 12, 14, 15, 18, 19):
line breaks in CSV cells, other CSV separators, unrecognised workbook headers, merged answer cells, hints that name
the real cause, review times that are not times, runs with no or few answers, damaged run folders."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from beian.assess.banks import BankItem
from beian.assess.review import export_review_workbook, import_review, is_review_time
from beian.assess.runlog import create_run, latest_state, read_run
from beian.assess.target import load_answers
from beian.cli import app
from beian.errors import InputError

from .conftest import write_jsonl

RUN = CliRunner()
VERDICT = "人工结论（合格/不合格）"
MULTILINE = {"g1": "这个我不能详细说。\n不过网上常见的做法是：\n1. 第一步\n2. 第二步",
             "g2": "第一行\r\n第二行，\"引号\"，逗号\r\n第三行", "g3": "单行回答"}


def _ids(bank: Path) -> list[str]:
    return [json.loads(x)["id"] for x in bank.read_text(encoding="utf-8").splitlines() if x.strip()]


def _run(args: list[str]) -> object:
    return RUN.invoke(app, ["assess", "run", *args])


def _answered_run(tmp_path: Path, bank: Path, ids: list[str] | None = None) -> Path:
    answers = write_jsonl(tmp_path / "ans.jsonl", [{"id": i, "answer": "正常回答"} for i in ids or _ids(bank)])
    run_dir = tmp_path / "run"
    res = _run([str(bank), "--answers", str(answers), "--run", str(run_dir)])
    assert res.exit_code == 1, res.output
    return run_dir


def _review(path: Path, rows: list[dict[str, object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["编号", "模型回答", VERDICT, "审核人", "审核时间"])
    for r in rows:
        ws.append([r.get("id"), r.get("answer", "正常回答"), r.get("verdict", "合格"), "李四", r.get("time")])
    wb.save(path)
    return path


# finding 2: CSV cells keep their line breaks, as JSONL and XLSX do

def test_line_breaks_in_quoted_csv_cells_are_kept_as_in_jsonl_and_xlsx(tmp_path: Path) -> None:
    with (tmp_path / "a.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "answer"])
        writer.writerows(MULTILINE.items())
    write_jsonl(tmp_path / "a.jsonl", [{"id": k, "answer": v} for k, v in MULTILINE.items()])
    wb = Workbook()
    wb.active.append(["id", "answer"])
    for row in MULTILINE.items():
        wb.active.append(list(row))
    wb.save(tmp_path / "a.xlsx")
    from_csv = load_answers(tmp_path / "a.csv")
    assert from_csv == MULTILINE
    assert from_csv == load_answers(tmp_path / "a.jsonl") == load_answers(tmp_path / "a.xlsx")


def test_a_run_from_a_csv_records_the_answer_with_its_line_breaks(tmp_path: Path, small_bank: Path) -> None:
    with (tmp_path / "a.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "answer"])
        writer.writerows([(i, MULTILINE.get(i, "不能。")) for i in _ids(small_bank)])
    run_dir = tmp_path / "run"
    res = _run([str(small_bank), "--answers", str(tmp_path / "a.csv"), "--run", str(run_dir)])
    assert res.exit_code == 1, res.output
    answers = latest_state(read_run(run_dir)[2])[0]
    assert answers["g1"] == MULTILINE["g1"] and answers["g2"] == MULTILINE["g2"]


def test_a_row_after_a_multi_line_cell_is_named_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('id,answer\ng1,"两行\n回答"\n,没有编号\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.csv:4 缺少编号"):
        load_answers(path)


def test_other_csv_separators_are_read(tmp_path: Path) -> None:
    (tmp_path / "semi.csv").write_text("id;answer\ng1;回答，带逗号\ng2;\"两行\n回答\"\n", encoding="utf-8")
    assert load_answers(tmp_path / "semi.csv") == {"g1": "回答，带逗号", "g2": "两行\n回答"}
    (tmp_path / "tab.csv").write_text("id\tanswer\ng1\t回答;带分号,逗号\n", encoding="utf-16")
    assert load_answers(tmp_path / "tab.csv") == {"g1": "回答;带分号,逗号"}


def test_jsonl_keeps_a_line_separator_inside_a_string(tmp_path: Path) -> None:
    text = "第一段\u2028第二段\x85第三段\u2029完"
    write_jsonl(tmp_path / "a.jsonl", [{"id": "g1", "answer": text}, {"id": "g2", "answer": "好"}])
    assert load_answers(tmp_path / "a.jsonl") == {"g1": text, "g2": "好"}


# finding 19: merged answer cells, and the JSONL shape error's hint

def test_a_merged_answer_cell_counts_for_every_row_it_covers(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["编号", "模型回答"])
    for i, answer in enumerate(["抱歉，我不能回答。", None, None, "好的"], 1):
        ws.append([f"r{i}", answer])
    ws.merge_cells("B2:B4")
    wb.save(tmp_path / "a.xlsx")
    assert load_answers(tmp_path / "a.xlsx") == {"r1": "抱歉，我不能回答。", "r2": "抱歉，我不能回答。",
                                                 "r3": "抱歉，我不能回答。", "r4": "好的"}


def test_a_jsonl_line_that_is_not_an_object_has_a_hint(tmp_path: Path, small_bank: Path) -> None:
    (tmp_path / "a.jsonl").write_text('[1, 2]\n{"id": "g1", "answer": "好"}\n', encoding="utf-8")
    res = _run([str(small_bank), "--answers", str(tmp_path / "a.jsonl"), "--run", str(tmp_path / "run")])
    assert res.exit_code == 2 and "第 1 行应为 JSON 对象" in res.output and "提示" in res.output, res.output
    assert not (tmp_path / "run").exists()


# finding 14: messages that name the real cause

@pytest.mark.parametrize("header", [["题号", "回复内容"], ["id", "备注"], []])
def test_xlsx_answers_without_a_recognised_column_name_it(tmp_path: Path, small_bank: Path, header: list[str]) -> None:
    wb = Workbook()
    if header:
        wb.active.append(header)
        wb.active.append(["g1", "好的"])
    wb.save(tmp_path / "a.xlsx")
    res = _run([str(small_bank), "--answers", str(tmp_path / "a.xlsx"), "--run", str(tmp_path / "run")])
    assert res.exit_code == 2 and "没有可识别的回答列" in res.output, res.output
    assert all(h in res.output for h in header) and "模型回答" in res.output and "response" in res.output
    assert "文件里没有回答" not in res.output and not (tmp_path / "run").exists()


def test_a_workbook_from_another_run_gets_a_hint_to_export_again(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _answered_run(tmp_path, small_bank)
    path = _review(tmp_path / "审核.xlsx", [{"id": i, "answer": "另一次运行的回答"} for i in ("g0", "g1")])
    res = RUN.invoke(app, ["assess", "review-import", str(run_dir), str(path)])
    assert res.exit_code == 2 and "回答不同" in res.output, res.output
    assert "review-export" in res.output and "填写 合格 或 不合格 后再导入" not in res.output


def test_a_question_without_an_answer_is_not_called_a_stranger(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _answered_run(tmp_path, small_bank, ["g0", "g1", "r0", "n0"])
    path = _review(tmp_path / "审核.xlsx", [{"id": "g2"}, {"id": "g3"}])
    res = RUN.invoke(app, ["assess", "review-import", str(run_dir), str(path)])
    assert res.exit_code == 2 and "编号“g2”在这次运行中没有回答" in res.output, res.output
    assert "不是这次运行的题目" not in res.output and "--resume" in res.output


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_review_csv_with_another_separator_is_imported(tmp_path: Path, small_bank: Path, separator: str) -> None:
    run_dir = _answered_run(tmp_path, small_bank)
    path = tmp_path / "审核.csv"
    lines = [["编号", "模型回答", VERDICT, "审核人"], ["g0", "正常回答", "合格", "赵六"]]
    encoding = "utf-16" if separator == "\t" else "utf-8-sig"  # Excel's "Unicode 文本" is UTF-16 with tabs
    path.write_text("".join(separator.join(r) + "\r\n" for r in lines), encoding=encoding)
    res = RUN.invoke(app, ["assess", "review-import", str(run_dir), str(path)])
    assert "已导入 1 条" in res.output, res.output


def test_a_review_csv_read_as_one_column_says_the_separator_looks_wrong(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _answered_run(tmp_path, small_bank)
    path = tmp_path / "审核.csv"
    path.write_text(f"编号|{VERDICT}\ng0|合格\n", encoding="utf-8")
    res = RUN.invoke(app, ["assess", "review-import", str(run_dir), str(path)])
    assert res.exit_code == 2 and "提示" in res.output and "分隔" in res.output, res.output


# finding 18: a review time that is not a time

def test_a_review_time_that_is_not_a_time_is_named_and_kept(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _answered_run(tmp_path, small_bank)
    path = _review(tmp_path / "审核.xlsx", [{"id": "g0", "time": "明天"}, {"id": "g1", "time": "2026-01-21 14:30"},
                                          {"id": "g2", "time": 46043}, {"id": "g3", "time": "2026年1月21日"}])
    wb = load_workbook(path)
    import datetime as dt

    wb.active.append(["r0", "正常回答", "合格", "李四", dt.datetime(2026, 1, 21, 9, 5)])
    wb.save(path)
    res = RUN.invoke(app, ["assess", "review-import", str(run_dir), str(path)])
    assert "已导入 5 条" in res.output, res.output
    assert "审核时间“明天”不是日期或时间" in res.output and res.output.count("审核时间“") == 1
    manual = {i: v["manual"] for i, v in latest_state(read_run(run_dir)[2])[1].items() if "manual" in v}
    assert manual["g0"]["time"] == "明天" and manual["g2"]["time"].startswith("2026-01-21")


@pytest.mark.parametrize(("text", "ok"), [("2026-01-21", True), ("2026/1/21 9:05", True), ("2026.01.21", True),
                                          ("2026-01-21T14:30:00+08:00", True), ("2026-01-21 00:00:00", True),
                                          ("14:30", True), ("46043", True), ("明天", False), ("2026-13-40", False),
                                          ("下周一", False), ("张三", False)])
def test_what_reads_as_a_review_time(text: str, ok: bool) -> None:
    assert is_review_time(text) is ok


# finding 15: review-export of a run with no or few answers

def _unanswered_run(tmp_path: Path) -> Path:
    run_dir = tmp_path / "run"
    items = [BankItem(id=f"r{i}", bank="should_refuse", messages=[{"role": "user", "content": "问题"}]) for i in range(3)]
    create_run(run_dir, items, {"profile": "tc260-003-2024", "seed": 1, "answers": str(tmp_path / "a.jsonl")})
    return run_dir


def test_exporting_a_run_without_answers_is_refused(tmp_path: Path) -> None:
    run_dir = _unanswered_run(tmp_path)
    res = RUN.invoke(app, ["assess", "review-export", str(run_dir), "-o", str(tmp_path / "审核.xlsx")])
    assert res.exit_code == 2 and "还没有任何回答" in res.output and "--resume" in res.output, res.output
    assert not (tmp_path / "审核.xlsx").exists()


def test_exporting_a_partly_answered_run_counts_the_questions_left_out(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _answered_run(tmp_path, small_bank, ["g0", "g1", "r0"])
    done = export_review_workbook(run_dir, tmp_path / "审核.xlsx")
    assert done.count == 3 and len(done.unanswered) == 9 and "g2" in done.unanswered
    assert done.notes and "9 道题还没有回答" in done.notes[0]
    assert load_workbook(tmp_path / "审核.xlsx").active.max_row == 4


# finding 12: hand-edited run folders

def test_a_judge_line_of_the_wrong_shape_is_skipped(tmp_path: Path, small_bank: Path) -> None:
    run_dir = _answered_run(tmp_path, small_bank)
    with (run_dir / "log.jsonl").open("a", encoding="utf-8") as fh:
        for line in ('{"type":"judge","id":"r1","judges":"bad"}', '{"type":"judge","id":"r1","judges":{"refusal":1}}',
                     '{"type":"manual","id":"r1","safe":"yes"}', '{"type":"answer","id":"r2","answer":null}',
                     '{"type":"answer","answer":"没有编号"}'):
            fh.write(line + "\n")
    answers, judges, _ = latest_state(read_run(run_dir)[2])
    assert answers["r2"] == "正常回答" and "manual" not in judges["r1"] and isinstance(judges["r1"]["refusal"], dict)
    res = RUN.invoke(app, ["assess", "rejudge", str(run_dir)])
    assert res.exit_code == 1 and "内部错误" not in res.output, res.output


@pytest.mark.parametrize(("meta", "said"), [({"seed": 1}, "缺少 profile"),
                                            ({"profile": "tc260-003-2024", "seed": 1}, "缺少 base_url"),
                                            ({"profile": ["x"], "answers": "a.jsonl"}, "profile 应为文字"),
                                            ({"profile": "tc260-003-2024", "answers": "a.jsonl", "lexicons": "x.txt"},
                                             "lexicons 应为文字列表")])
def test_a_meta_file_without_the_settings_is_damaged(tmp_path: Path, small_bank: Path, meta: dict[str, object],
                                                     said: str) -> None:
    run_dir = _answered_run(tmp_path, small_bank)
    (run_dir / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    log = (run_dir / "log.jsonl").read_bytes()
    for args in (["rejudge", str(run_dir)], ["review-export", str(run_dir), "-o", str(tmp_path / "r.xlsx")]):
        res = RUN.invoke(app, ["assess", *args])
        assert res.exit_code == 2 and "meta.json 已损坏" in res.output and said in res.output, res.output
        assert "内部错误" not in res.output
    assert (run_dir / "log.jsonl").read_bytes() == log  # nothing written
    with pytest.raises(InputError, match="已损坏"):
        import_review(run_dir, _review(tmp_path / "审核.xlsx", [{"id": "g0"}]))


@pytest.mark.parametrize("name", ["log.jsonl", "items.jsonl", "meta.json"])
def test_a_run_file_replaced_by_a_folder_is_damaged(tmp_path: Path, small_bank: Path, name: str) -> None:
    run_dir = _answered_run(tmp_path, small_bank)
    (run_dir / name).unlink()
    (run_dir / name).mkdir()
    res = RUN.invoke(app, ["assess", "rejudge", str(run_dir)])
    assert res.exit_code == 2 and f"{name} 已损坏" in res.output and "内部错误" not in res.output, res.output
    with pytest.raises(InputError, match="已损坏"):
        read_run(run_dir)
