"""The configured classifier per record in ``beian corpus scan``: the offline harm baseline and an
OpenAI-compatible guard endpoint (the loopback stub), through the session's real local Ray (one
worker here, which starts in a quarter of the time; test_corpus_scan.py covers two).

A record fails the technical spot check and the 5 % rule when a keyword hits OR the classifier
flags it; failed endpoint calls are counted, never passed, and the scan exits with 3.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_support import LEXICON
from typer.testing import CliRunner

from beian.cli import app
from beian.standard.cac_excel import read_workbook
from stub_upstream import StubServer

runner = CliRunner()
BLOCK_MB = "0.01"  # about five blocks: enough to resume between, few enough to stay fast
KEYWORD = "有人宣传法轮功。"
BAD = "违禁"  # the guard stub flags any message containing it


def _news(i: int) -> str:
    text = f"第{i}条：今天市民在公园散步，记者{i % 13}号报道了天气。"
    if i % 10 == 3:
        text += f"这里出现了{BAD}内容。"
    if i % 50 == 7:
        text += KEYWORD
    return text


def _review(i: int) -> str:
    return f"第{i}条评论 味道不错，送餐很快" + ("，有人宣传法轮功" if i % 40 == 5 else "")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[str]]]:
    """Two sources (JSONL and CSV) of 500 records; returns the folder and the texts per source."""
    root = tmp_path_factory.mktemp("tiny")
    texts = {"news": [_news(i) for i in range(300)], "reviews": [_review(i) for i in range(200)]}
    (root / "news").mkdir()
    (root / "news" / "a.jsonl").write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n"
                                                   for t in texts["news"]), encoding="utf-8")
    (root / "reviews").mkdir()
    (root / "reviews" / "r.csv").write_text("label,review\n" + "".join(f"1,{t}\n" for t in texts["reviews"]),
                                            encoding="utf-8")
    return root, texts


@pytest.fixture(scope="module")
def stub() -> Iterator[StubServer]:
    server = StubServer()
    try:
        yield server
    finally:
        server.close()


def _scan(root: Path, run: Path, address: str, *extra: str) -> tuple[int, str]:
    args = ["corpus", "scan", str(root / "news"), str(root / "reviews"), "--run", str(run), "-l", str(LEXICON),
            "--block-mb", BLOCK_MB, "--workers", "1", "--address", address, "--no-pii", *extra]
    res = runner.invoke(app, args)
    return res.exit_code, res.output


def _result(run: Path) -> dict:
    return json.loads((run / "result.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def baseline_run(tiny: tuple[Path, dict[str, list[str]]], ray_address: str,
                 tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    run = tmp_path_factory.mktemp("baseline") / "run"
    code, out = _scan(tiny[0], run, ray_address, "--classifier-kind", "baseline", "--classifier-model", "harm-baseline")
    return run, code, out


def test_baseline_flags_every_record_like_assess_does(baseline_run: tuple[Path, int, str],
                                                      tiny: tuple[Path, dict[str, list[str]]]) -> None:
    from beian.assess.learn import HARM_BASELINE, JudgeModel, LearnedHarmClassifier

    run, code, out = baseline_run
    result = _result(run)
    reference = LearnedHarmClassifier(JudgeModel.load(Path(HARM_BASELINE)))
    assert result["classifier"]["kind"] == "baseline" and result["classifier"]["scope"] == "all"
    for src in result["sources"]:
        texts = tiny[1][src["name"]]
        flagged = [not reference.classify(t).safe for t in texts]
        clf = src["classifier"]
        assert (clf["n"], clf["k"], clf["errors"]) == (len(texts), sum(flagged), 0)
        assert clf["ci95"][0] <= clf["rate"] <= clf["ci95"][1]
        rule = src["source_rule"]
        failing = sum(f or "法轮功" in t for f, t in zip(flagged, texts))
        assert (rule["n"], rule["k"]) == (len(texts), failing) and "分类模型" in rule["basis"]
        tech = src["technical_sample"]
        assert sum(tech["failed_by"].values()) == tech["n"] - tech["k"] and tech["unmeasured"] == 0
    # a baseline, said plainly; since its retraining with COLD and ordinary text (2026-12-06) it flags little of
    # ordinary news and reviews (it flagged most of them before, and every source failed the 5 % rule)
    assert "分类模型标记" in out and "只作参考" in out
    assert result["overall"]["classifier"]["k"] < 0.1 * result["overall"]["records"]
    assert code in (0, 1)  # 1 only where a source or the technical check fails (the resumed run must agree)


def test_baseline_figures_reach_the_list_and_the_section(baseline_run: tuple[Path, int, str]) -> None:
    run, _, _ = baseline_run
    sheet = read_workbook(run / "数据溯源清单.xlsx")["数据溯源清单"]
    assert "仅分类模型标记" in sheet[1][-2] and "违法不良信息占比" in sheet[1][-1]
    section = (run / "语料安全评估.md").read_text(encoding="utf-8")
    assert "分类模型标记占比" in section and "关键词 + 分类模型（离线基线 harm-baseline）" in section


def test_resumed_baseline_run_gives_the_same_result(baseline_run: tuple[Path, int, str],
                                                     tiny: tuple[Path, dict[str, list[str]]], ray_address: str,
                                                     tmp_path: Path) -> None:
    full, _, _ = baseline_run
    run = tmp_path / "run"
    shutil.copytree(full, run)
    (run / "result.json").unlink()
    blocks = sorted((run / "blocks").glob("*.json"))
    assert len(blocks) >= 4
    for path in blocks[1::2]:  # as if killed with every other block done
        path.unlink()
        path.with_suffix(".npz").unlink()
    code, _ = _scan(tiny[0], run, ray_address, "--classifier-kind", "baseline", "--classifier-model", "harm-baseline")
    assert code == baseline_run[1] and _result(run) == _result(full)


def test_guard_endpoint_judges_the_technical_sample(tiny: tuple[Path, dict[str, list[str]]], ray_address: str,
                                                     stub: StubServer, tmp_path: Path) -> None:
    run = tmp_path / "run"
    code, out = _scan(tiny[0], run, ray_address, "--classifier-url", stub.url("guard"), "--classifier-model", "guard-x")
    calls = {q: n for (mode, q), n in stub.server.calls.items() if mode == "guard"}
    result = _result(run)
    ov = result["overall"]
    assert result["classifier"]["scope"] == "sample" and result["classifier"]["kind"] == "guard"
    assert ov["classifier"]["n"] == len(calls) == ov["technical_sample"]["n"] and ov["classifier"]["errors"] == 0
    assert ov["classifier"]["k"] == sum(BAD in q for q in calls) > 0
    assert ov["classifier"]["risks"] == {"A.1.f": ov["classifier"]["k"]}  # Qwen3Guard "Violent", mapped
    assert ov["source_rule"]["n"] == ov["technical_sample"]["n"] and "技术抽检样本" in ov["source_rule"]["measured"]
    by = ov["technical_sample"]["failed_by"]
    assert by["classifier"] + by["both"] == ov["classifier"]["k"]
    assert code == 1 and "护栏模型 guard-x" in out  # about one record in ten is flagged: the sample fails 98 %


def test_failing_endpoint_is_counted_and_exits_3(tiny: tuple[Path, dict[str, list[str]]], ray_address: str,
                                                 stub: StubServer, tmp_path: Path) -> None:
    run = tmp_path / "run"
    args = ("--classifier-url", stub.url("e500"), "--classifier-model", "down", "--classifier-retries", "0")
    code, out = _scan(tiny[0], run, ray_address, *args)
    calls = sum(n for (mode, _), n in stub.server.calls.items() if mode == "e500")
    ov = _result(run)["overall"]
    assert code == 3 and "分类模型接口调用失败" in out and "未计为合格" in out
    assert ov["classifier"]["errors"] == calls > 0 and ov["classifier"]["n"] == 0
    assert ov["technical_sample"]["unmeasured"] + sum(ov["technical_sample"]["failed_by"].values()) == calls
    assert ov["technical_sample"]["n"] < calls and not ov["technical_sample"]["passes"]
    assert "分类模型调用失败" in (run / "语料安全评估.md").read_text(encoding="utf-8")
    code, _ = _scan(tiny[0], run, ray_address, *args)  # a rerun scans the blocks with failed calls again
    assert code == 3 and sum(n for (mode, _), n in stub.server.calls.items() if mode == "e500") == 2 * calls


@pytest.mark.parametrize(("extra", "says"), [
    (["--classifier-kind", "baseline"], "--classifier-model"),
    (["--classifier-kind", "guard"], "需要接口地址"),
    (["--classifier-kind", "nope"], "未知的分类模型类型"),
    (["--classifier-scope", "all"], "没有指定分类模型"),
    (["--classifier-url", "http://127.0.0.1:9/v1", "--classifier-scope", "some"], "未知的分类范围"),
])
def test_classifier_options_errors_are_chinese_and_exit_2(extra: list[str], says: str, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "你好"}\n', encoding="utf-8")
    res = runner.invoke(app, ["corpus", "scan", str(tmp_path / "a.jsonl"), "--run", str(tmp_path / "run"), *extra])
    assert res.exit_code == 2 and says in res.output and not (tmp_path / "run").exists()
