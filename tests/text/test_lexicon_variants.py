"""Writing variants in a lexicon: an entry written again with a space, ``*``, ``-`` or a filler inside (冰 毒, 冰*毒)
is the same keyword to the matcher, and is not counted again toward the quotas (the thirty-fourth probe)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lexicon_support import lex_of as _lex
from typer.testing import CliRunner

from beian.cli import app
from beian.standard import Profile
from beian.text.compiler import compile_lexicon
from beian.text.lexicon import lexicon_stats
from beian.text.lexicon_stats import variant_key
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term


@pytest.mark.parametrize("written", ["冰 毒", "冰*毒", "冰-毒", "冰　毒", "冰  毒", "冰丨毒", "冰\u200b毒", "冰.毒",
                                     "冰，毒", "冰~*~毒", " 冰毒*", "ＱＱ 冰毒", "qq冰-毒"])
def test_separator_variants_share_the_plain_key(written: str) -> None:
    plain = "qq冰毒" if "q" in written.lower() or "Ｑ" in written else "冰毒"
    assert variant_key(written) == variant_key(plain)


@pytest.mark.parametrize(("one", "other"), [
    ("kill people", "killpeople"),  # an English phrase keeps its words
    ("3-5岁以上不要", "35岁以上不要"),  # a range is not an age
    ("冰毒a", "冰毒b"),  # a letter apart
    ("带套套", "带套"),  # a doubled character is written out, not a repeat typed twice
    ("賭場", "赌场"),  # traditional characters are another writing, not an inserted symbol
    ("shabi", "sha bi2"),
    ("A.I.", "AI"),
])
def test_different_terms_keep_different_keys(one: str, other: str) -> None:
    assert variant_key(one) != variant_key(other)


def test_english_phrase_spacing_and_hyphen_are_one(profile: Profile) -> None:
    assert variant_key("Kill  People") == variant_key("kill-people") == variant_key("kill people") == "kill people"


def test_matcher_reads_the_variants_as_the_term() -> None:
    """The merged forms are what the matcher itself folds away: each finds the plain term's text."""
    for written in ("冰 毒", "冰*毒", "冰-毒", "冰丨毒"):
        found = Matcher(compile_lexicon(Lexicon(terms=[Term(written)])), "").scan("出售冰毒")
        assert found, written


def test_stats_count_variants_once(profile: Profile) -> None:
    stats = lexicon_stats(_lex(("冰毒", "A.1.h"), ("冰 毒", "A.1.h"), ("冰*毒", "A.1.h"), ("冰-毒", "A.1.h"),
                               ("冰毒", "A.1.h"), ("麻古", "A.1.h"), ("kill people", "A.1.f"),
                               ("killpeople", "A.1.f"), ("kill-people", "A.1.f")), profile)
    assert (stats.total, stats.distinct, stats.distinct_folded, stats.variant_count) == (9, 8, 4, 4)
    assert stats.variants == {"冰毒": ["冰 毒", "冰*毒", "冰-毒"], "kill people": ["kill-people"]}
    assert stats.per_risk["A.1.h"] == 2 and stats.per_risk["A.1.f"] == 2, "写法变体不应计入类别配额"
    assert stats.total_shortfall == stats.quota_total - 4
    data = stats.to_dict()
    assert data["distinct_folded"] == 4 and data["variant_count"] == 4 and data["variants"]["冰毒"][0] == "冰 毒"


def test_variants_can_take_a_list_below_the_total(profile: Profile) -> None:
    quota = int(profile.quota("keywords_total"))
    plain = [(f"违禁词{i}", "A.1.h") for i in range(quota - 100)]
    padded = plain + [(f"违禁 词{i}", "A.1.h") for i in range(150)]
    stats = lexicon_stats(_lex(*padded), profile)
    assert stats.distinct == quota + 50 and stats.distinct_folded == quota - 100
    assert not stats.meets_total and stats.total_shortfall == 100


def test_a_list_without_variants_is_unchanged(profile: Profile) -> None:
    stats = lexicon_stats(_lex(("赌场", None), ("网络赌场", None), ("!!", None), ("**", None)), profile)
    assert stats.distinct_folded == stats.distinct == 4 and stats.variants == {}


def test_lexicon_stats_command_prints_the_folded_count(tmp_path: Path) -> None:
    path = tmp_path / "词库.txt"
    path.write_text("冰毒\n冰 毒\n冰*毒\n麻古\n", encoding="utf-8")
    env = {"BEIAN_CACHE_DIR": str(tmp_path / "cache")}
    res = CliRunner().invoke(app, ["lexicon", "stats", str(path)], env=env)
    assert "去除写法变体后：2" in res.output and "写法变体：2 条" in res.output and "冰 毒" in res.output
    res = CliRunner().invoke(app, ["lexicon", "stats", str(path), "--json"], env=env)
    data = json.loads(res.output)
    assert data["distinct"] == 4 and data["distinct_folded"] == 2
