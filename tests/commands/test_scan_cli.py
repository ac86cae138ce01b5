"""``beian scan``: the JSON contract, stdin, lines mode, allowlist, PII and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "scan"


@pytest.fixture()
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("BEIAN_CACHE_DIR", str(tmp_path / "cache"))
    return CliRunner()


def _json_lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_json_contract_on_the_bundled_example(runner: CliRunner) -> None:
    result = runner.invoke(app, ["scan", "-l", str(EXAMPLES / "示例词库.txt"), "-l", str(EXAMPLES / "涉赌词库.txt"),
                                 "--allow", str(EXAMPLES / "白名单.txt"), "--json", "--lines",
                                 str(EXAMPLES / "样例文本.txt")])
    assert result.exit_code == 1  # hits found
    hits = _json_lines(result.output)
    lines = (EXAMPLES / "样例文本.txt").read_text(encoding="utf-8").splitlines()
    for h in hits:
        assert set(h) == {"doc", "start", "end", "text", "matched", "variant", "category", "kind", "confidence"}
        assert lines[h["doc"]][h["start"]:h["end"]] == h["text"]  # type: ignore[index, misc]
        assert 0.5 <= h["confidence"] <= 1.0  # type: ignore[operator]  # the default --min-confidence
        assert (h["confidence"] == 1.0) == (h["variant"] == "exact")
    variants = {(h["doc"], h["variant"]) for h in hits}
    assert {(1, "traditional"), (2, "separator"), (2, "pinyin"), (3, "initials"), (3, "zero_width")} <= variants
    assert any(h["matched"] == "网络赌场" and h["variant"] == "traditional" for h in hits)
    assert not any(h["doc"] == 5 for h in hits), "白名单覆盖的命中不应出现"
    assert not any(h["doc"] == 0 for h in hits), "普通句子不应命中"


def test_stdin_and_pii(runner: CliRunner) -> None:
    result = runner.invoke(app, ["scan", "--pii", "--json"], input="身份证 11010519491231002X，手机 13812345678".encode())
    kinds = {h["matched"] for h in _json_lines(result.output)}
    assert {"resident_id", "mobile"} <= kinds
    assert all(h["kind"] == "pii" for h in _json_lines(result.output))


def test_mask_hides_pii_in_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["scan", "--pii", "--json", "--mask"], input="手机 13812345678".encode())
    (hit,) = _json_lines(result.output)
    assert hit["text"] != "13812345678" and "****" in str(hit["text"])


def test_table_output_is_chinese_and_masks_pii(runner: CliRunner) -> None:
    result = runner.invoke(app, ["scan", "--pii", "-l", str(EXAMPLES / "示例词库.txt"), str(EXAMPLES / "样例文本.txt")])
    assert "命中" in result.output and "13812345678" not in result.output


def test_no_hits_exit_zero(runner: CliRunner, tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("今天天气很好。", encoding="utf-8")
    result = runner.invoke(app, ["scan", "-l", str(EXAMPLES / "示例词库.txt"), str(clean)])
    assert result.exit_code == 0 and "命中 0 处" in result.output


def test_gbk_input_is_read(runner: CliRunner, tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("他在练法轮功。".encode("gbk"))
    result = runner.invoke(app, ["scan", "-l", str(EXAMPLES / "示例词库.txt"), "--json", str(gbk)])
    assert [h["matched"] for h in _json_lines(result.output)] == ["法轮功"]


def test_invalid_utf8_names_file_and_offset(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("法轮功".encode() + b"\xff\xfe\xfa" + "好".encode())
    result = runner.invoke(app, ["scan", "-l", str(EXAMPLES / "示例词库.txt"), str(bad)])
    assert result.exit_code == 2
    assert "bad.txt" in result.output and "9" in result.output
    replaced = runner.invoke(app, ["scan", "-l", str(EXAMPLES / "示例词库.txt"), "--errors", "replace", "--json", str(bad)])
    assert [h["matched"] for h in _json_lines(replaced.output)] == ["法轮功"]


def test_binary_file_is_refused_clearly(runner: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    result = runner.invoke(app, ["scan", "-l", str(EXAMPLES / "示例词库.txt"), str(binary)])
    assert result.exit_code == 2 and "blob.bin" in result.output


def test_empty_lexicon_and_missing_options(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# 只有注释\n\n", encoding="utf-8")
    assert runner.invoke(app, ["scan", "-l", str(empty)], input=b"x").exit_code == 2
    no_lexicon = runner.invoke(app, ["scan"], input=b"x")
    assert no_lexicon.exit_code == 2 and "--lexicon" in no_lexicon.output


def test_enormous_line(runner: CliRunner, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("普通文字" * 300_000 + "法輪功" + "普通文字" * 1000, encoding="utf-8")
    result = runner.invoke(app, ["scan", "-l", str(EXAMPLES / "示例词库.txt"), "--json", str(big)])
    (hit,) = _json_lines(result.output)
    assert hit["start"] == 1_200_000 and hit["variant"] == "traditional"


def test_json_contract_doc_offsets_bom_and_crlf(runner: CliRunner, tmp_path: Path) -> None:
    """As README specifies: BOM not counted, \\r counted, --lines numbers lines across files."""
    lexicon = tmp_path / "词库.txt"
    lexicon.write_text("蓝莓计划\n", encoding="utf-8")
    first = tmp_path / "一.txt"
    first.write_bytes("\ufeff第一行\r\n说到蓝莓计划了\r\n".encode())
    second = tmp_path / "二.txt"
    second.write_bytes("没有\r\n蓝莓计划\n".encode("utf-16"))
    whole = _json_lines(runner.invoke(app, ["scan", "-l", str(lexicon), "--json", str(first), str(second)]).output)
    assert [(h["doc"], h["start"], h["end"]) for h in whole] == [(0, 7, 11), (1, 4, 8)]
    lines = _json_lines(runner.invoke(app, ["scan", "-l", str(lexicon), "--json", "--lines",
                                            str(first), str(second)]).output)
    assert [(h["doc"], h["start"], h["end"]) for h in lines] == [(1, 2, 6), (3, 0, 4)]


def test_table_names_files_and_lines(runner: CliRunner) -> None:
    args = ["scan", "-l", str(EXAMPLES / "示例词库.txt"), str(EXAMPLES / "样例文本.txt")]
    assert "样例文本.txt" in runner.invoke(app, args).output
    assert "样例文本.txt:2" in runner.invoke(app, [*args, "--lines"]).output


@pytest.mark.parametrize("text", ['引号"与\\反斜杠', "控制\x00字符\x1f与\t制表", "换行\n与\u2028行\u2029分隔\x85", "孤立代理\ud800", "😀表情"])
def test_json_line_is_exactly_what_json_dumps_writes(text: str) -> None:
    from beian.commands.scan import ScanRecord

    for category, same in ((None, ()), ('分类"甲"', (("法轮功", "邪教"), ("fa lun", None)))):
        record = ScanRecord(3, 10, 12, text, text[::-1], "separator", category, "keyword", 0.45, same)
        fields = {k: v for k, v in record.__dict__.items() if k != "candidates"}
        if same:
            fields["candidates"] = [{"matched": m, "category": c} for m, c in same]
        line = record.to_json()
        assert json.loads(line) == fields
        assert len(line.splitlines()) == 1  # one hit per line, whatever the text holds
        if not any(c in text for c in "\u2028\u2029\x85"):
            assert line == json.dumps(fields, ensure_ascii=False)


@pytest.mark.parametrize("in_c", [True, False])
def test_keyword_json_lines_are_the_records_lines(runner: CliRunner, tmp_path: Path, in_c: bool,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --pii the lines are written straight from the hits (in C where built); they are byte for byte
    the lines of the record path that --pii takes, pinyin hits with several same-sound entries included."""
    from beian.text.normalize import native

    if not in_c:
        monkeypatch.setattr("beian.text.normalize._NATIVE", {"_hits": None})
    elif native("json_lines", "_hits") is None:
        pytest.skip("beian.text._hits 未编译")
    lexicon = tmp_path / "词库.txt"
    lexicon.write_text("法轮功\n发轮功\n色情\n赌场\n", encoding="utf-8")
    text = tmp_path / "文本.txt"
    text.write_text('看 fa lun gong 和 "色\\u200b情"\n網上賭場\t色 情\u2028法輪功 ＦＬＧ\n', encoding="utf-8")
    args = ["scan", "--json", "--no-fail-on-hit", "-l", str(lexicon), str(text), str(text)]
    fast = runner.invoke(app, args).output
    records = runner.invoke(app, [*args, "--pii"]).output  # the record path; the text holds no personal data
    assert fast == records
    assert '"candidates"' in fast and fast.count("\n") >= 8


def test_workers_write_the_same_output_byte_for_byte(runner: CliRunner, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """``--workers``: a long document in pieces and many short ones in batches, shared out to processes and
    written in order; the lines are the single process's, byte for byte, whatever finishes first."""
    from beian.text.matcher import Matcher

    monkeypatch.setattr("beian.text.matcher.MAX_CHUNK_CHARS", 60)  # small pieces: many units from a short text
    lexicon = tmp_path / "词库.txt"
    lexicon.write_text("法轮功\n色情\n赌场\n", encoding="utf-8")
    paragraphs = [f"第{k}段：看 fa lun gong 和色\u200b情网站。\n網上賭場{'很多' * (k % 5)}，色 情\n法\n轮功。" for k in range(40)]
    text = tmp_path / "长文.txt"
    text.write_text("\n\n".join(paragraphs), encoding="utf-8")
    assert len(Matcher.units([text.read_text(encoding="utf-8")])) > 10
    for extra in ([], ["--lines"]):
        args = ["scan", "--json", "--no-fail-on-hit", "-l", str(lexicon), *extra, str(text)]
        one = runner.invoke(app, [*args, "--workers", "1"])
        many = runner.invoke(app, [*args, "--workers", "3"])
        assert one.exit_code == many.exit_code == 0
        assert many.output == one.output and one.output.count('"matched": "法轮功"') >= 40


def test_workers_must_be_positive(runner: CliRunner) -> None:
    result = runner.invoke(app, ["scan", "--json", "-l", str(EXAMPLES / "示例词库.txt"), "--workers", "0",
                                 str(EXAMPLES / "样例文本.txt")])
    assert result.exit_code == 2 and "--workers" in result.output


def test_readme_names_every_variant_a_hit_can_have() -> None:
    """The ``variant`` field is part of the JSON contract: README lists every value the matcher reports."""
    import re

    from beian.text.matcher import CONFIDENCE

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `variant` |"))
    listed = set(re.findall(r"`([a-z_]+)`", row))
    assert set(CONFIDENCE) - listed == set()


def test_the_table_names_every_variant_in_chinese() -> None:
    from beian.commands.scan import _VARIANT_ZH
    from beian.text.matcher import CONFIDENCE

    assert set(CONFIDENCE) <= set(_VARIANT_ZH)
    assert all(not name.isascii() for name in _VARIANT_ZH.values())


def test_many_hits_are_written_line_by_line_with_nothing_lost(runner: CliRunner, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Past TABLE_MAX_ROWS hits the terminal output is one tab-separated line per hit, written as found (a table
    of 300k rows took minutes to lay out); every hit is there, excerpts masked as in the table."""
    monkeypatch.setattr("beian.commands.scan.TABLE_MAX_ROWS", 5)
    lexicon = tmp_path / "词库.txt"
    lexicon.write_text("色情\n赌场\n", encoding="utf-8")
    text = tmp_path / "长文.txt"
    text.write_text("\n".join(f"第{k}行：色情网站与网上赌场，联系 13812345678。" for k in range(12)), encoding="utf-8")
    result = runner.invoke(app, ["scan", "-l", str(lexicon), str(text)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "逐行输出" in lines[0] and lines[1].split("\t") == ["文档", "位置", "原文", "命中词条", "变体", "分类"]
    rows = [line.split("\t") for line in lines[2:] if "\t" in line]
    assert len(rows) == 24 and all(len(r) == 6 and r[0] == "长文.txt" for r in rows)
    assert {r[3] for r in rows} == {"色情", "赌场"}
    assert "13812345678" not in result.output and "【色*】" in result.output  # the term and the phone masked
    assert "共扫描 1 篇文档，命中 24 处" in result.output


def test_few_hits_still_make_a_table(runner: CliRunner, tmp_path: Path) -> None:
    lexicon = tmp_path / "词库.txt"
    lexicon.write_text("色情\n", encoding="utf-8")
    text = tmp_path / "短文.txt"
    text.write_text("这是色情网站。", encoding="utf-8")
    result = runner.invoke(app, ["scan", "-l", str(lexicon), str(text)])
    assert "命中明细" in result.output and "逐行输出" not in result.output and "\t" not in result.output


def test_lines_end_at_newline_only_as_in_lexicon_files(runner: CliRunner, tmp_path: Path) -> None:
    """``--lines`` splits as lexicon files are split: a term written across U+2028 or ``\\v`` inside a line is
    still found, on the line it is on."""
    lexicon = tmp_path / "词库.txt"
    lexicon.write_text("法轮功\n", encoding="utf-8")
    text = tmp_path / "文本.txt"
    text.write_text("第一行\u2028还是第一行\v也是\r\n第二行说法\u2028轮功\n", encoding="utf-8")
    hits = _json_lines(runner.invoke(app, ["scan", "-l", str(lexicon), "--json", "--lines", "--min-confidence", "0",
                                           str(text)]).output)
    assert [(h["doc"], h["text"]) for h in hits] == [(1, "法\u2028轮功")]


def test_a_lexicon_that_cannot_be_decoded_says_to_re_save_it(runner: CliRunner, tmp_path: Path) -> None:
    """``--errors`` applies to the scanned files only; the ninety-third probe followed the old hint (``--errors
    replace``) for a lexicon with a broken byte and got the same error again."""
    lexicon = tmp_path / "坏词库.txt"
    lexicon.write_bytes("赌博\n色情\n".encode() + b"\xff\xfe\xfd\xc3\x28\n" + "毒品\n".encode() * 40)
    text = tmp_path / "t.txt"
    text.write_text("这里有赌博", encoding="utf-8")
    for extra in ([], ["--errors", "replace"]):
        result = runner.invoke(app, ["scan", "-l", str(lexicon), *extra, str(text)])
        assert result.exit_code == 2, result.output
        assert "另存为 UTF-8" in result.output and "--errors replace 以替换" not in result.output


def test_a_full_disk_is_named_not_called_a_defect(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("没有 /dev/full")
    text = tmp_path / "t.txt"
    text.write_text("这里有赌博" * 50, encoding="utf-8")
    env = {**os.environ, "BEIAN_CACHE_DIR": str(tmp_path / "cache")}
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "beian", "scan", "--json", "-l", str(EXAMPLES / "涉赌词库.txt"),
                               str(text)], stdout=full, stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    assert done.returncode == 3
    assert "磁盘空间不足" in done.stderr and "输出不完整" in done.stderr and "缺陷" not in done.stderr
