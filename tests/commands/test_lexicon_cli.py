"""``beian lexicon stats`` / ``export`` through the real Typer app."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from beian.cli import app
from beian.standard import load_profile

runner = CliRunner()


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_stats_report_in_chinese_and_exit_1_when_short(tmp_path: Path) -> None:
    lex = _write(tmp_path / "色情词库.txt", "黄色网站\n黄色网站\n网络\n成人电影\n")
    result = runner.invoke(app, ["lexicon", "stats", str(lex)], terminal_width=200)
    assert result.exit_code == 1
    out = result.output
    assert "词条总数：4" in out and "去重后：3" in out and "重复：1 条" in out
    assert "常用词" in out and "网络" in out
    assert "结论：不满足要求" in out
    assert "A.1.a" in out and "还差 200 个" in out
    assert "总量还差 9997 个" in out


def test_stats_json(tmp_path: Path) -> None:
    lex = _write(tmp_path / "list.csv", "关键词,一级分类\n网络赌场,赌博\n", encoding="gbk")
    result = runner.invoke(app, ["lexicon", "stats", "--json", str(lex)])
    assert result.exit_code == 1
    data = json.loads(result.output)
    risk = load_profile().resolve_risk("赌博")
    assert data["total"] == 1 and data["per_risk"][risk] == 1 and data["meets_quota"] is False


def test_stats_passes_with_a_complete_lexicon(tmp_path: Path) -> None:
    profile = load_profile()
    lines: list[str] = []
    for risk in profile.keyword_risks:
        lines.append(f"# 分类: {risk.id}")
        lines += [f"{risk.id}词{i}" for i in range(risk.keyword_min)]
    lines += [f"补充{i}" for i in range(int(profile.quota("keywords_total")))]
    lex = _write(tmp_path / "full.txt", "\n".join(lines))
    result = runner.invoke(app, ["lexicon", "stats", str(lex)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "结论：满足要求" in result.output


def test_category_option_overrides(tmp_path: Path) -> None:
    lex = _write(tmp_path / "零时.txt", "某词\n")
    result = runner.invoke(app, ["lexicon", "stats", "--json", "--category", "色情", str(lex)])
    assert json.loads(result.output)["per_risk"]["A.1.f"] == 1


def test_bad_input_gives_chinese_errors(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["lexicon", "stats", str(tmp_path / "没有.txt")])
    assert missing.exit_code == 2 and "找不到词库文件" in missing.output
    empty = runner.invoke(app, ["lexicon", "stats", str(_write(tmp_path / "空.txt", "# 注释\n"))])
    assert empty.exit_code == 2 and "词库为空" in empty.output
    bad = _write(tmp_path / "坏.txt", "")
    bad.write_bytes("中文中文中文".encode() + b"\xff\n")
    broken = runner.invoke(app, ["lexicon", "stats", str(bad)])
    assert broken.exit_code == 2 and "字节偏移 18" in broken.output and "--errors replace" in broken.output
    replaced = runner.invoke(app, ["lexicon", "stats", "--errors", "replace", str(bad)])
    assert replaced.exit_code == 1
    wrong = runner.invoke(app, ["lexicon", "stats", "--errors", "ignore", str(bad)])
    assert wrong.exit_code == 2 and "strict 或 replace" in wrong.output


def test_export_cac_xlsx(tmp_path: Path) -> None:
    lex = _write(tmp_path / "色情词库.txt", "黄色网站\n黄色网站\n成人电影\n")
    out = tmp_path / "关键词列表.xlsx"
    result = runner.invoke(app, ["lexicon", "export", str(lex), "--format", "cac-xlsx", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "已导出 2 个关键词" in result.output and "合并了 1 条重复词" in result.output
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("关键词", "一级分类", "二级分类") and rows[1][0] == "黄色网站"


def test_export_unknown_format(tmp_path: Path) -> None:
    lex = _write(tmp_path / "a.txt", "词\n")
    result = runner.invoke(app, ["lexicon", "export", str(lex), "--format", "pdf", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "不支持的导出格式" in result.output


def test_stats_on_one_huge_line_prints_a_short_report(tmp_path: Path) -> None:
    lexicon = tmp_path / "词库.txt"
    lexicon.write_text("词" * 200_000 + "\n蓝莓计划\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["lexicon", "stats", str(lexicon)])
    assert result.exit_code == 1  # quotas unmet, nothing broken
    assert "共 200000 字" in result.output
    assert len(result.output) < 20_000
