"""``beian lexicon export`` as a user runs it: the file written, its entries and categories, messages, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner, Result

from beian.cli import app
from beian.standard import Profile
from beian.text.lexicon import lexicon_stats, load_lexicon, load_lexicons
from beian.text.lexicon_export import export_lexicon
from beian.text.terms import Lexicon, Term

runner = CliRunner()


def _export(*args: str | Path) -> Result:
    return runner.invoke(app, ["lexicon", "export", *map(str, args)])


def _xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    return [tuple(r) for r in load_workbook(path).active.iter_rows(values_only=True)]


def test_control_characters_are_removed_merged_and_reported(tmp_path: Path) -> None:
    source = tmp_path / "ctrl.txt"
    source.write_text("# 分类: 色情\n色情网站\n裸\x1e聊\n裸聊\n坏\x0b词\n", encoding="utf-8")
    result = _export(source, "--format", "cac-xlsx", "-o", tmp_path / "ctrl.xlsx")
    assert result.exit_code == 0, result.output
    assert [r[0] for r in _xlsx_rows(tmp_path / "ctrl.xlsx")[1:]] == ["色情网站", "裸聊", "坏词"]
    assert "2 个词条含控制字符" in result.stderr and "ctrl.txt 第 3 行" in result.stderr
    assert "裸*" in result.stderr and "裸聊" not in result.stderr, "词条在提示中要掩码"
    for fmt in ("csv", "txt"):
        assert _export(source, "-o", tmp_path / f"out.{fmt}").exit_code == 0
        assert [t.text for t in load_lexicon(tmp_path / f"out.{fmt}").terms] == ["色情网站", "裸聊", "坏词"]


def test_a_newline_inside_an_entry_never_splits_it(tmp_path: Path) -> None:
    source = tmp_path / "ml.csv"
    source.write_text('关键词,一级分类,二级分类\n"多行\n词",,赌博\n', encoding="utf-8")
    assert _export(source, "-f", "txt", "-o", tmp_path / "ml.txt").exit_code == 0
    lines = (tmp_path / "ml.txt").read_text(encoding="utf-8").splitlines()
    assert "多行词" in lines and "词" not in lines and "多行" not in lines


def test_a_mapped_category_wins_over_an_unmapped_one(tmp_path: Path, profile: Profile) -> None:
    (tmp_path / "杂项.txt").write_text("炸药配方\n枪支出售\n", encoding="utf-8")
    (tmp_path / "暴恐词库.txt").write_text("炸药配方\n枪支出售\n恐怖袭击\n", encoding="utf-8")
    out = tmp_path / "out.xlsx"
    result = _export(tmp_path / "杂项.txt", tmp_path / "暴恐词库.txt", "-o", out)
    assert result.exit_code == 0 and "已导出 3 个关键词" in result.stdout
    terror = profile.risk(profile.resolve_risk("暴恐") or "")
    assert [r[2] for r in _xlsx_rows(out)[1:]] == [terror.name] * 3
    stats = json.loads(runner.invoke(app, ["lexicon", "stats", str(out), "--json"]).stdout)
    assert stats["per_risk"][terror.id] == 3


def test_export_counts_as_stats_does_on_the_public_lexicons(shared_data: Path, tmp_path: Path,
                                                            profile: Profile) -> None:
    folder = shared_data / "lexicon-konsheng" / "Vocabulary"
    lex = load_lexicons([shared_data / "lexicon-houbb" / "sensitive_word_tags.txt", *sorted(folder.glob("*.txt"))],
                        profile=profile)
    texts = [re.sub("[\x00-\x1f\x7f-\x9f]", "", t.text).strip() for t in lex.terms]
    cleaned = Lexicon(terms=[Term(text, risk=t.risk, category=t.category) for text, t in zip(texts, lex.terms)
                             if text])  # what the export writes: control characters removed (the matcher ignores them)
    before = lexicon_stats(cleaned, profile)
    export_lexicon(lex, tmp_path / "pub.xlsx", profile, "cac-xlsx")
    after = lexicon_stats(load_lexicon(tmp_path / "pub.xlsx", profile=profile), profile)
    assert after.per_risk == before.per_risk and after.distinct == before.distinct
    assert after.per_risk["A.1.d"] >= 200 and lexicon_stats(lex, profile).per_risk["A.1.d"] == before.per_risk["A.1.d"]


def _scan(lexicon: Path, text: Path) -> list[tuple[str, float]]:
    result = runner.invoke(app, ["scan", "-l", str(lexicon), "--json", str(text)])
    return [(h["text"], h["confidence"]) for h in map(json.loads, result.stdout.splitlines())]


@pytest.mark.parametrize("suffix", ["txt", "csv", "xlsx"])
def test_always_block_survives_the_export(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / "always.txt"
    source.write_text("# 分类: 色情\n!乳交\n！小三\n黄色网站\n", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("他们的感情水乳交融。\n小三阳是乙肝的一种。\n", encoding="utf-8")
    out = tmp_path / f"exp.{suffix}"
    assert _export(source, "-o", out).exit_code == 0
    assert _scan(out, text) == _scan(source, text) == [("乳交", 1.0), ("小三", 1.0)]


def test_the_xlsx_keeps_the_official_columns_and_adds_the_always_column(tmp_path: Path, profile: Profile) -> None:
    source = tmp_path / "always.txt"
    source.write_text("# 分类: 色情\n!乳交\n黄色网站\n", encoding="utf-8")
    _export(source, "-o", tmp_path / "a.xlsx")
    rows = _xlsx_rows(tmp_path / "a.xlsx")
    assert rows[0] == (*profile.excel_layouts["keyword_list"], "始终拦截")
    assert [(r[0], r[3]) for r in rows[1:]] == [("乳交", "是"), ("黄色网站", None)]
    plain = tmp_path / "plain.txt"
    plain.write_text("# 分类: 色情\n黄色网站\n", encoding="utf-8")
    _export(plain, "-o", tmp_path / "p.xlsx")
    assert _xlsx_rows(tmp_path / "p.xlsx")[0] == tuple(profile.excel_layouts["keyword_list"])


def test_formula_like_entries_stay_text(tmp_path: Path) -> None:
    source = tmp_path / "f.txt"
    entries = ["=1+1", '=HYPERLINK("http://x.cn","点我")', "+cmd词", "-x词", "@SUM(1)", "色情网站"]
    source.write_text("# 分类: 色情\n" + "\n".join(entries) + "\n", encoding="utf-8")
    assert _export(source, "-o", tmp_path / "f.xlsx").exit_code == 0
    sheet = load_workbook(tmp_path / "f.xlsx").active
    assert [c.data_type for c in sheet["A"]][1:] == ["s"] * len(entries)
    assert [t.text for t in load_lexicon(tmp_path / "f.xlsx").terms] == entries
    assert _export(source, "-o", tmp_path / "f.csv").exit_code == 0
    cells = [line.split(",")[0] for line in (tmp_path / "f.csv").read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert not any(c.lstrip('"')[0] in "=+-@" for c in cells), "CSV 单元格不能以公式字符开头"
    assert [t.text for t in load_lexicon(tmp_path / "f.csv").terms] == entries


def test_entries_starting_with_hash_are_escaped_in_txt(tmp_path: Path) -> None:
    source = tmp_path / "hash.csv"
    source.write_text("关键词,一级分类,二级分类\n#约炮#,,色情\n!井号,,色情\n", encoding="utf-8")
    assert _export(source, "-o", tmp_path / "hash.txt").exit_code == 0
    assert "\\#约炮#" in (tmp_path / "hash.txt").read_text(encoding="utf-8").splitlines()
    back = load_lexicon(tmp_path / "hash.txt").terms
    assert [(t.text, t.always_block) for t in back] == [("#约炮#", False), ("井号", True)]


def test_the_output_may_not_be_an_input(tmp_path: Path) -> None:
    source = tmp_path / "mine.txt"
    source.write_text("# 分类: 色情\n!乳交\n", encoding="utf-8")
    result = _export(source, "-f", "txt", "-o", source)
    assert result.exit_code == 2 and "就是输入的词库文件" in result.output
    assert source.read_text(encoding="utf-8") == "# 分类: 色情\n!乳交\n"


def test_the_format_follows_the_extension(tmp_path: Path) -> None:
    source = tmp_path / "mine.txt"
    source.write_text("# 分类: 色情\n色情网站\n", encoding="utf-8")
    assert _export(source, "-o", tmp_path / "out.csv").exit_code == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").startswith("关键词,")
    clash = _export(source, "-f", "cac-xlsx", "-o", tmp_path / "x.csv")
    assert clash.exit_code == 2 and "不一致" in clash.output and not (tmp_path / "x.csv").exists()
    unknown = _export(source, "-o", tmp_path / "x.dat")
    assert unknown.exit_code == 2 and "--format" in unknown.output


def test_export_without_files_shows_an_export_example(tmp_path: Path) -> None:
    result = _export("-o", tmp_path / "x.xlsx")
    assert result.exit_code == 2 and "beian lexicon export" in result.output and "lexicon stats" not in result.output
