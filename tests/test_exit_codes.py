"""The README's exit-code table holds for every command, in Chinese, with or without ``--debug``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
EXAMPLE_SCAN = REPO / "examples" / "scan"
GATEWAY_YAML = REPO / "examples" / "gateway.yaml"
ENGLISH = ("Usage", "Options", "Arguments", "Commands", "Show this message", "Error", "Missing", "Try '",
           "<bool>", "Invalid value", "No such", "requires an argument", "default:", "Traceback")
runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_debug_leak(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--debug`` sets BEIAN_DEBUG for the process; keep it inside each test."""
    monkeypatch.setenv("BEIAN_DEBUG", "")


def _run(args: list[str]) -> tuple[int, str]:
    result = runner.invoke(app, args)
    return result.exit_code, result.output


def _leaf_commands() -> list[str]:
    """Every command the README's command table names, resolved to a real leaf command."""
    table = README.split("## 常用命令", 1)[1].split("\n\n", 2)[1]
    found: list[str] = []
    for row in table.splitlines()[2:]:
        first_cell = row.split(" | ")[0]
        for words in re.findall(r"beian ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)?)", first_cell):
            parts = words.split()
            while parts and _run([*parts, "--help"])[0] != 0:
                parts.pop()
            name = " ".join(parts)
            if name and name not in found:
                found.append(name)
    return found


def _readme_codes() -> dict[int, str]:
    section = README.split("## 退出码", 1)[1].split("\n## ", 1)[0]
    return {int(m[1]): m[2] for m in re.finditer(r"^\| (\d) \| (.+) \|$", section, re.M)}


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, str]:
    """Small inputs: a lexicon, a text without hits, a one-question bank, an empty audit database."""
    (tmp_path / "词库.txt").write_text("蓝莓计划\n", encoding="utf-8")
    (tmp_path / "正常.txt").write_text("今天天气很好。\n", encoding="utf-8")
    (tmp_path / "题库.csv").write_text("id,question,category\n1,如何制作蛋糕？,A.1.a\n", encoding="utf-8")
    return {
        "lexicon": str(tmp_path / "词库.txt"), "clean": str(tmp_path / "正常.txt"),
        "bank": str(tmp_path / "题库.csv"), "db": f"sqlite:///{tmp_path / 'audit.db'}",
        "missing": str(tmp_path / "不存在.txt"), "out": str(tmp_path / "out"), "dir": str(tmp_path),
    }


# One input error (exit 2) per README command: a missing file, a missing config, a bad value.
INPUT_ERRORS: dict[str, list[str]] = {
    "check": ["check", "{missing}"],
    "init": ["init", "{out}", "--route", "不存在的路线"],
    "scan": ["scan", "-l", "{missing}", "{clean}"],
    "lexicon stats": ["lexicon", "stats", "{missing}"],
    "lexicon export": ["lexicon", "export", "{missing}", "--format", "cac-xlsx", "-o", "{out}.xlsx"],
    "bank stats": ["bank", "stats", "{missing}"],
    "assess run": ["assess", "run", "{missing}", "--answers", "{missing}"],
    "assess": ["assess", "--resume", "{missing}"],
    "assess rejudge": ["assess", "rejudge", "{dir}"],
    "serve": ["serve", "--config", "{missing}", "--check"],
    "admin mode": ["admin", "mode"],
    "admin keywords": ["admin", "keywords", "log"],
    "admin audit verify": ["admin", "audit", "verify", "--config", "{missing}"],
    "admin audit": ["admin", "audit", "verify", "--config", "{missing}"],
    "admin user": ["admin", "user", "list", "--config", "{missing}"],
    "judge train": ["judge", "train", "{missing}", "-o", "{out}.npz"],
    "judge info": ["judge", "info", "{missing}"],
    "label write": ["label", "write", "{missing}", "--producer", "001191110102MAD55U9H0F10002"],
    "label read": ["label", "read", "{missing}"],
    "complaints list": ["complaints", "list"],
    "evidence": ["evidence", "--key", "k"],
    "standard show": ["standard", "show", "--profile", "不存在的配置"],
    "corpus scan": ["corpus", "scan", "{missing}", "--run", "{out}"],
    "corpus sample": ["corpus", "sample", "{missing}"],
    "corpus review-import": ["corpus", "review-import", "{missing}"],
    "report init": ["report", "init", "--package", "{clean}"],
    "report build": ["report", "build", "--package", "{missing}"],
}

OTHER_CODES: list[tuple[int, list[str]]] = [
    (0, ["scan", "-l", "{lexicon}", "{clean}"]),
    (0, ["standard", "show"]),
    (0, ["serve", "--config", str(GATEWAY_YAML), "--check"]),
    (0, ["complaints", "list", "--db", "{db}"]),
    (0, ["admin", "audit", "verify", "--db", "{db}"]),
    (1, ["scan", "-l", str(EXAMPLE_SCAN / "示例词库.txt"), str(EXAMPLE_SCAN / "样例文本.txt")]),
    (1, ["lexicon", "stats", "{lexicon}"]),
    (1, ["bank", "stats", "{bank}", "--bank", "generated"]),
    (3, ["evidence", "--gateway", "http://127.0.0.1:9", "--key", "k", "-o", "{out}"]),
]


def _fill(args: list[str], files: dict[str, str]) -> list[str]:
    return [a.format(**files) for a in args]


def _chinese_only(output: str) -> None:
    leaked = [w for w in ENGLISH if w in output]
    assert not leaked, f"English in user output: {leaked}\n{output}"


def test_readme_table_lists_every_code() -> None:
    assert sorted(_readme_codes()) == [0, 1, 2, 3]
    assert {code for code, _ in OTHER_CODES} | {2} == {0, 1, 2, 3}


@pytest.mark.parametrize("command", _leaf_commands())
def test_every_readme_command_has_help_and_usage_errors_in_chinese(command: str) -> None:
    code, out = _run([*command.split(), "--help"])
    assert code == 0
    _chinese_only(out)
    assert "用法：beian" in out
    assert "…" not in out, "帮助文字被截断"
    code, out = _run([*command.split(), "--no-such-option"])
    assert code == 2, out
    _chinese_only(out)
    assert "没有选项 --no-such-option" in out


@pytest.mark.parametrize("command", _leaf_commands())
def test_every_readme_command_exits_2_on_bad_input(command: str, files: dict[str, str]) -> None:
    assert command in INPUT_ERRORS, f"README 中的命令 {command} 缺少输入错误用例"
    code, out = _run(_fill(INPUT_ERRORS[command], files))
    assert code == 2, out
    assert "错误：" in out
    _chinese_only(out)


@pytest.mark.parametrize(("expected", "args"), OTHER_CODES)
def test_documented_exit_codes(expected: int, args: list[str], files: dict[str, str]) -> None:
    code, out = _run(_fill(args, files))
    assert code == expected, out


def test_debug_anywhere_keeps_the_exit_code(files: dict[str, str]) -> None:
    for args in (["--debug", "scan", "-l", files["missing"], files["clean"]],
                 ["scan", "-l", files["missing"], files["clean"], "--debug"]):
        code, out = _run(args)
        assert code == 2, out
        assert "Traceback" in out and "错误：找不到文件" in out


def test_missing_option_and_value_are_chinese() -> None:
    code, out = _run(["check", "examples/package-beian", "-o"])
    assert code == 2
    assert "选项 '-o' 需要一个值" in out
    code, out = _run(["label", "write", "x.png"])
    assert code == 2
    assert "缺少选项 '--producer'" in out
    code, out = _run(["no-such-command"])
    assert code == 2
    assert "没有命令 'no-such-command'" in out


def test_flags_show_no_type_and_values_show_chinese_types() -> None:
    _, out = _run(["scan", "--help"])
    assert "<bool>" not in out and "<str>" not in out
    assert "<路径>..." in out and "<文本>" in out


@pytest.mark.parametrize(("value", "expected"), [("0", "应不小于 1"), ("abc", "应为有效的整数")])
def test_numeric_option_errors_are_chinese(value: str, expected: str) -> None:
    code, out = _run(["scan", "--json", "-l", "examples/scan/示例词库.txt", "--workers", value, "examples/scan/样例文本.txt"])
    assert code == 2 and f"'--workers' / '-w' 的值无效：{expected}" in out and "Input should" not in out
    code, out = _run(["scan", "-l", "examples/scan/示例词库.txt", "--min-confidence", "2", "examples/scan/样例文本.txt"])
    assert code == 2 and "应不大于 1" in out


@pytest.mark.parametrize("command", ["scan", "corpus"])
def test_a_confidence_that_is_no_number_says_so(command: str) -> None:
    """``nan`` compares false with every bound; Typer's own range check said only “应不大于 1”."""
    args = ["scan", "-l", "examples/scan/示例词库.txt", "--min-confidence", "nan", "examples/scan/样例文本.txt"]
    if command == "corpus":
        args = ["corpus", "scan", "--min-confidence", "nan", "examples/scan/样例文本.txt"]
    code, out = _run(args)
    assert code == 2 and "不小于 0" in out and "nan" in out


def test_range_types_show_in_chinese_in_help() -> None:
    _, out = _run(["scan", "--help"])
    assert "range>" not in out and "<整数>" in out and "<数值>" in out
