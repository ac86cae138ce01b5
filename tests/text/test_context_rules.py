"""Context rules: an entry that is an ordinary word acted on only with one of its context words near it
(``人大 && 代表|常委会``), as `beian lexicon stats` advises for such entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from beian.cli import app
from beian.text.lexicon import load_lexicon, split_context
from beian.text.matcher import build_matcher

RUN = CliRunner()


def test_the_rule_is_read_from_the_entry() -> None:
    assert split_context("人大 && 代表|常委会| ") == ("人大", ("代表", "常委会"))
    assert split_context("人大") == ("人大", ()) and split_context("&& 代表") == ("&& 代表", ())
    assert split_context("A&&B") == ("A", ("B",))


@pytest.fixture()
def lexicon(tmp_path: Path) -> Path:
    path = tmp_path / "政治.txt"
    path.write_text("# 分类: 政治\n人大 && 代表|常委会|选举\n法轮功\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "acted"), [
    ("人大代表今天开会", True), ("他在人大读书，后来当了代表", True), ("市人大常委會公告", True),  # folded: 會 is 会
    ("让人大为赞赏", False), ("中国人民大学简称人大", False),
])
def test_a_hit_without_its_context_is_listed_not_acted_on(lexicon: Path, tmp_path: Path, text: str,
                                                            acted: bool) -> None:
    matcher = build_matcher([lexicon], cache_dir=tmp_path / "cache")
    [hit] = [m for m in matcher.scan(text) if m.matched == "人大"]
    assert (hit.confidence >= 0.75) is acted and hit.confidence >= 0.4
    assert [m.confidence for m in matcher.scan("练法轮功")] == [1.0]  # entries without a rule are untouched


def test_the_rule_survives_an_export_and_a_table(lexicon: Path, tmp_path: Path) -> None:
    for suffix in ("txt", "csv", "xlsx"):
        out = tmp_path / f"出口.{suffix}"
        res = RUN.invoke(app, ["lexicon", "export", str(lexicon), "-o", str(out)], env={"BEIAN_CACHE_DIR": str(tmp_path)})
        assert res.exit_code == 0, res.output
        terms = {t.text: t.context for t in load_lexicon(out).terms}
        assert terms["人大"] == ("代表", "常委会", "选举") and terms["法轮功"] == (), suffix
    book = tmp_path / "自建.xlsx"
    wb = Workbook()
    wb.active.append(["关键词", "一级分类", "语境词"])
    wb.active.append(["人大", "政治", "代表、常委会"])
    wb.save(book)
    assert [t.context for t in load_lexicon(book).terms] == [("代表", "常委会")]


def test_stats_advises_a_context_rule_for_an_ordinary_word(tmp_path: Path) -> None:
    path = tmp_path / "词库.txt"
    path.write_text("人大\n", encoding="utf-8")
    res = RUN.invoke(app, ["lexicon", "stats", str(path), "--json"], env={"BEIAN_CACHE_DIR": str(tmp_path)})
    notes = json.loads(res.output)["word_notes"]
    assert any("人大 && " in n["message"] for n in notes), notes
