"""``beian lexicon stats``: the advice on ordinary words names only what beian can do, advises ``--user-dict`` only
where it works (checked with ``beian scan``), never advises ``!`` to an entry that has it, and says where each
noted entry is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app


@pytest.fixture()
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("BEIAN_CACHE_DIR", str(tmp_path / "cache"))
    return CliRunner()


def _stats(runner: CliRunner, path: Path) -> dict[str, dict[str, object]]:
    result = runner.invoke(app, ["lexicon", "stats", str(path), "--json"])
    return {n["term"]: n for n in json.loads(result.stdout)["word_notes"]}


def _scan(runner: CliRunner, args: list[str], text: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["scan", "--json", *args, "-"], input=text.encode())
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_no_advice_names_a_feature_beian_lacks(runner: CliRunner, tmp_path: Path) -> None:
    """Context rules were advised before beian had them; now the advice writes the rule the way lexicons read it
    (tests/text/test_context_rules.py checks that such a rule works)."""
    lexicon = tmp_path / "rd.txt"
    lexicon.write_text("# 分类: 政治\n人大\n乳交\n", encoding="utf-8")
    table = runner.invoke(app, ["lexicon", "stats", str(lexicon)]).stdout
    notes = _stats(runner, lexicon)
    for said in (table, *(str(n["message"]) for n in notes.values())):
        assert "同现" not in said and ("语境" not in said or "人大 && " in said)
    assert "--allow" in str(notes["人大"]["message"]) and "更长" in str(notes["人大"]["message"])


def test_user_dict_is_advised_only_where_it_lowers_the_hit(runner: CliRunner, tmp_path: Path) -> None:
    lexicon = tmp_path / "l7.txt"
    lexicon.write_text("# 分类: 毒品\n白粉\n万里\n咪咪\n", encoding="utf-8")
    notes = _stats(runner, lexicon)
    advised = {(t, w) for t, n in notes.items() for w in n["user_dict_hosts"]}  # type: ignore[attr-defined]
    shown = {(t, w) for t, n in notes.items() for w in n["hosts"]}  # type: ignore[attr-defined]
    assert ("白粉", "漂白粉") in advised and ("万里", "万里长城") in advised
    assert {("万里", "万里迢迢"), ("咪咪", "笑咪咪")} <= shown - advised  # a repeat the fold reads otherwise
    assert "--user-dict" not in str(notes["咪咪"]["message"]) and "--allow" in str(notes["咪咪"]["message"])
    words = tmp_path / "words.txt"
    for pairs, option in ((advised, "--user-dict"), (shown - advised, "--allow")):
        words.write_text("".join(w + "\n" for _, w in pairs), encoding="utf-8")
        for term, word in pairs:
            hits = _scan(runner, ["-l", str(lexicon), option, str(words)], f"我们今天讨论的是{word}这个话题。")
            assert not [h for h in hits if h["matched"] == term], (term, word, option)


def test_entries_marked_always_block_are_not_told_to_add_the_marker(runner: CliRunner, tmp_path: Path) -> None:
    lexicon = tmp_path / "a15.txt"
    lexicon.write_text("# 分类: 政治\n!一党\n乳交\n", encoding="utf-8")
    notes = _stats(runner, lexicon)
    assert notes["一党"]["always_block"] is True and "写作“!一党”（总是拦截），出现在" in str(notes["一党"]["message"])
    assert "确需一律拦截" not in str(notes["一党"]["message"])
    table = runner.invoke(app, ["lexicon", "stats", str(lexicon)]).stdout
    assert "确需一律拦截时在词库中写作“!一党”" not in table and "“!一党”（a15.txt 第 2 行）" in table
    assert "写作“!乳交”" in table  # the advice stays for the entry without it


def test_word_notes_say_where_the_entry_is(runner: CliRunner, tmp_path: Path) -> None:
    first = tmp_path / "一.txt"
    first.write_text("# 分类: 色情\n色情网站\n\n乳交\n", encoding="utf-8")
    second = tmp_path / "二.txt"
    second.write_text("人大\n", encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "stats", str(first), str(second), "--json"])
    notes = {n["term"]: n for n in json.loads(result.stdout)["word_notes"]}
    assert (notes["乳交"]["source"], notes["乳交"]["line"]) == ("一.txt", 4)
    assert (notes["人大"]["source"], notes["人大"]["line"]) == ("二.txt", 1)
    table = runner.invoke(app, ["lexicon", "stats", str(first), str(second)]).stdout
    assert "一.txt 第 4 行：“乳交”" in table and "二.txt 第 1 行：“人大”" in table
