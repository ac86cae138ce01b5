"""``beian scan`` as a user sees it: masking in every output, unreadable inputs among many, a lexicon with nothing
usable, the table's width in a file, ``--lines`` numbering of an empty file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app

LEXICON = "# 分类: 色情\n色情网站\n裸聊\n# 分类: 赌博\n百家乐\n"


@pytest.fixture()
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("BEIAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("COLUMNS", raising=False)
    return CliRunner()


@pytest.fixture()
def lexicon(tmp_path: Path) -> Path:
    path = tmp_path / "词库.txt"
    path.write_text(LEXICON, encoding="utf-8")
    return path


def _write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _hits(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_other_hits_in_an_excerpt_are_masked_like_the_hit(runner: CliRunner, lexicon: Path, tmp_path: Path) -> None:
    text = _write(tmp_path, "相邻.txt", "加我看色情网站和裸聊还有百家乐\n")
    result = runner.invoke(app, ["scan", "-l", str(lexicon), "--lines", str(text)])
    assert result.exit_code == 1
    for raw in ("色情网站", "裸聊", "百家乐"):
        assert raw not in result.output.replace(f"│ {raw}", "")  # only in the 命中词条 column
    assert "加我看【色**站】和裸*还有百…" in result.output


def test_a_spaced_two_character_hit_shows_one_character(runner: CliRunner, lexicon: Path, tmp_path: Path) -> None:
    text = _write(tmp_path, "空格.txt", "来 裸 聊 吧\n")
    result = runner.invoke(app, ["scan", "-l", str(lexicon), str(text)])
    assert "【裸**】" in result.output and "裸*聊" not in result.output


def test_line_by_line_output_masks_neighbouring_hits(runner: CliRunner, lexicon: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("beian.commands.scan.TABLE_MAX_ROWS", 5)
    text = _write(tmp_path, "多.txt", "普通内容色情网站普通内容裸聊，" * 30 + "\n")
    result = runner.invoke(app, ["scan", "-l", str(lexicon), str(text)])
    excerpts = [line.split("\t")[2] for line in result.output.splitlines()[2:] if line.count("\t") == 5]
    assert len(excerpts) == 60
    assert not any("色情网站" in e or "裸聊" in e or "情网站" in e for e in excerpts)


def test_json_masks_personal_information_unless_asked(runner: CliRunner, lexicon: Path, tmp_path: Path) -> None:
    text = _write(tmp_path, "pii.txt", "手机13812345678，身份证11010519491231002X，色情网站\n")
    masked = runner.invoke(app, ["scan", "-l", str(lexicon), "--pii", "--json", str(text)])
    assert "13812345678" not in masked.output and "11010519491231002X" not in masked.output
    assert {h["text"] for h in _hits(masked.output)} == {"138****5678", "110105********002X", "色情网站"}
    old_flag = runner.invoke(app, ["scan", "-l", str(lexicon), "--pii", "--json", "--mask", str(text)])
    assert old_flag.output == masked.output  # --mask, from before masking was the default, still works
    raw = runner.invoke(app, ["scan", "-l", str(lexicon), "--pii", "--json", "--no-mask", str(text)])
    assert {"13812345678", "11010519491231002X"} <= {str(h["text"]) for h in _hits(raw.output)}
    table = runner.invoke(app, ["scan", "--pii", "--no-mask", str(text)])
    assert "13812345678" in table.output  # --no-mask shows the values in the table as well


def test_one_binary_file_does_not_stop_the_others(runner: CliRunner, lexicon: Path, tmp_path: Path) -> None:
    bad = _write(tmp_path, "nul.txt", "前面\x00色情网站\n".encode())
    good = _write(tmp_path, "ok.txt", "这里有色情网站\n")
    for args in (["--json"], ["--json", "--errors", "replace"], ["--json", "--lines"], []):
        result = runner.invoke(app, ["scan", "-l", str(lexicon), *args, str(bad), str(good)])
        assert result.exit_code == 2  # an input error, as the README's exit codes say
        assert "nul.txt" in result.stderr and "已跳过" in result.stderr
        if "--json" in args:
            (hit,) = _hits(result.stdout)
            assert hit["doc"] == (1 if "--lines" not in args else 0) and hit["text"] == "色情网站"
        else:
            assert "ok.txt" in result.stdout and "命中 1 处" in result.stdout


def test_a_missing_file_among_others_is_named_and_skipped(runner: CliRunner, lexicon: Path, tmp_path: Path) -> None:
    good = _write(tmp_path, "ok.txt", "这里有色情网站\n")
    result = runner.invoke(app, ["scan", "-l", str(lexicon), "--json", str(tmp_path / "没有.txt"), str(good)])
    assert result.exit_code == 2 and "没有.txt" in result.stderr
    assert [h["doc"] for h in _hits(result.stdout)] == [1]


@pytest.mark.parametrize("as_json", [True, False])
def test_a_lexicon_with_no_usable_entry_is_an_error(runner: CliRunner, tmp_path: Path, as_json: bool) -> None:
    single = _write(tmp_path, "single.txt", "# 分类: 色情\n色\n黄\n，。\n")
    result = runner.invoke(app, ["scan", "-l", str(single), *(["--json"] if as_json else []), "-"],
                           input="这是黄色的色情内容".encode())
    assert result.exit_code == 2
    assert "没有可用的词条" in result.stderr and "3 个词条都被跳过" in result.stderr


def test_json_names_skipped_entries_on_standard_error(runner: CliRunner, tmp_path: Path) -> None:
    mixed = _write(tmp_path, "mixed.txt", "色\n色情网站\n")
    result = runner.invoke(app, ["scan", "-l", str(mixed), "--json", "-"], input="色情网站".encode())
    assert result.exit_code == 1 and len(_hits(result.stdout)) == 1
    assert "1 个词条被跳过" in result.stderr and "被跳过" not in result.stdout


def test_table_in_a_file_is_not_cut_to_80_columns(runner: CliRunner, tmp_path: Path) -> None:
    lexicon = _write(tmp_path, "lex.txt", "# 分类: 色情\n色情网站\n")
    long = "这是一段很长的正常文本，讨论天气和公园。" * 50
    text = _write(tmp_path, "一个名字很长的文件名称用来占据表格的宽度.txt", long + "色情网站" + long)
    result = runner.invoke(app, ["scan", "-l", str(lexicon), str(text)])
    assert "…天气和公园。【色**站】这是一段很长…" in result.stdout


def test_an_empty_file_has_no_lines(runner: CliRunner, tmp_path: Path) -> None:
    lexicon = _write(tmp_path, "lex.txt", "色情网站\n")
    files = [_write(tmp_path, "a.txt", "色情网站\n"), _write(tmp_path, "empty.txt", ""),
             _write(tmp_path, "b.txt", "色情网站\n")]
    result = runner.invoke(app, ["scan", "-l", str(lexicon), "--json", "--lines", *map(str, files)])
    assert [h["doc"] for h in _hits(result.stdout)] == [0, 1]  # b.txt's line 1 is the second line of the run
    table = runner.invoke(app, ["scan", "-l", str(lexicon), "--lines", *map(str, files)])
    assert "b.txt:1" in table.stdout and "共扫描 2 篇文档" in table.stdout
