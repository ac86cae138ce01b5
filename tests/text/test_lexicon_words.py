"""`beian lexicon stats` names entries that are ordinary words or hide inside ordinary words."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from beian.cli import app
from beian.text.lexicon_words import word_notes


def test_ordinary_word_and_host_words_are_named_with_examples() -> None:
    notes = {n.term: n for n in word_notes(["人大", "乳交", "法轮功", "色情网站"])}
    assert notes["人大"].code == "ordinary_word" and notes["人大"].freq > 3000
    assert notes["乳交"].code == "inside_words" and "水乳交融" in notes["乳交"].hosts
    assert "法轮功" not in notes and "色情网站" not in notes
    assert "水乳交融" in notes["乳交"].message and "!乳交" in notes["乳交"].message  # the always-block syntax


def test_a_host_that_is_itself_a_lexicon_term_is_not_an_example() -> None:
    notes = {n.term: n for n in word_notes(["乳交", "水乳交融"])}
    assert "乳交" not in notes


def test_stats_report_and_json_carry_the_notes(tmp_path: Path) -> None:
    lexicon = tmp_path / "词库.txt"
    lexicon.write_text("人大\n乳交\n法轮功\n" + "长" * 200_000 + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["lexicon", "stats", str(lexicon), "-c", "色情"])
    assert "本身是常用词：1 条" in res.output and "水乳交融" in res.output
    data = json.loads(CliRunner().invoke(app, ["lexicon", "stats", str(lexicon), "-c", "色情", "--json"]).output)
    assert {n["term"] for n in data["word_notes"]} == {"人大", "乳交"}


def test_a_latin_entry_that_spells_a_common_word_in_pinyin_is_named(tmp_path: Path) -> None:
    notes = {n.term: n for n in word_notes(["bushi", "falungong", "dubo", "sex", "xi"])}
    assert notes["bushi"].code == "pinyin_word" and notes["bushi"].hosts == ("不是",)
    assert "不是" in notes["bushi"].message and "bushi && " in notes["bushi"].message  # the context-rule syntax
    assert set(notes) == {"bushi"}  # 法轮功 and 赌博 are no common words, sex is no pinyin, xi one syllable
    lexicon = tmp_path / "词库.txt"
    lexicon.write_text("bushi\n法轮功\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["lexicon", "stats", str(lexicon), "-c", "色情"])
    assert "是常用词的拼音" in res.output and "第 1 行" in res.output
