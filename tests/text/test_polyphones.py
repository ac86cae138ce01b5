"""Polyphonic characters (多音字) in the pinyin channel: a term is also found spelled with one character
read its other common way; for two-character terms not where that spelling reads as a name."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from data_scripts import load

from beian.text.matcher import Matcher, build_matcher
from beian.text.phonetics import common_readings


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    folder = tmp_path_factory.mktemp("poly")
    lexicon = folder / "词库.txt"
    lexicon.write_text("流血事件\n藏独分子\n重庆打黑\n朝鲜\n藏独\n稀藏\n", encoding="utf-8")
    return build_matcher([lexicon], cache_dir=folder / "cache")


@pytest.mark.parametrize(("text", "term"), [
    ("网上都在传 liuxueshijian 的视频", "流血事件"),   # 血 read xue (pypinyin reads it xie here)
    ("网上都在传 liuxieshijian 的视频", "流血事件"),   # and as pypinyin reads it
    ("这些 zangdufenzi 又在活动", "藏独分子"),          # 藏 read zang (pypinyin: cang)
    ("听说 chongqingdahei 那年", "重庆打黑"),
    ("网上都在传liuxue事件的视频", "流血事件"),          # mixed: pinyin and characters
    ("这些zang独分子又在活动", "藏独分子"),
])
def test_a_term_is_found_with_either_common_reading(matcher: Matcher, text: str, term: str) -> None:
    assert term in [h.matched for h in matcher.scan(text) if h.confidence >= 0.75]


def test_two_character_terms_read_another_way_unless_that_reads_as_a_name(matcher: Matcher) -> None:
    """zangdu is 藏独; zhaoxian starts with a surname (赵) and is a name as often as 朝鲜 read another way;
    xizang is 西藏, not the coinage 稀藏 read another way."""
    assert [h.matched for h in matcher.scan("转发支持zangdu的都是水军") if h.confidence >= 0.75] == ["藏独"]
    assert [h.matched for h in matcher.scan("chaoxian")] == ["朝鲜"]
    assert matcher.scan("我的同学 zhaoxian 来了") == []
    assert all(h.matched != "稀藏" or h.confidence < 0.5 for h in matcher.scan("去 xizang 旅游"))


def test_ordinary_words_with_a_polyphone_are_not_hits(matcher: Matcher) -> None:
    assert matcher.scan("他在重庆读书，血压有点高，西藏很美。") == []


def test_the_readings_table_holds_only_common_readings() -> None:
    table = common_readings()
    assert table["血"][:2] == ("xue", "xie") and set(table["藏"]) == {"cang", "zang"}
    assert "万" not in table and "六" not in table  # mo and lu (surnames, place names) are too rare
    assert all(len(r) >= 2 and all(x.isascii() and x.isalpha() for x in r) for r in table.values())


def _generator() -> Any:
    """``data/gen_readings.py`` loaded as a module."""
    return load("gen_readings")


def test_the_generator_counts_readings_against_its_thresholds() -> None:
    gen = _generator()
    seen = {"甲": Counter({"a": 200, "b": 12}), "乙": Counter({"a": 200, "b": 9}), "丙": Counter({"a": 400, "b": 12})}
    assert gen.common(seen) == {"甲": ["a", "b"]}  # 9 phrases, and 12 of 412 (under 5%), are too few
    assert gen.toneless("lǜ") == "lv" and gen.toneless("xuè") == "xue"


def test_the_syllable_file_is_what_the_generator_makes_from_pypinyin() -> None:
    """``data/pinyin_syllables.txt`` is read instead of building the list from pypinyin on first use."""
    from beian.text.misreads import pinyin_syllables, syllables_fit

    assert pinyin_syllables() == frozenset(_generator().syllables())
    assert {"zhuang", "lv", "nv", "a"} <= pinyin_syllables() and not {"m", "ng", "hm"} & pinyin_syllables()
    assert syllables_fit("falungong") and syllables_fit("lvse") and not syllables_fit("world")


def test_the_common_english_table_is_gcide_words_spelled_in_pinyin() -> None:
    """``data/english_pinyin_shaped.txt`` (``data/gen_english.py``, from wordfreq, which beian does not install):
    every word is a GCIDE word that splits into pinyin syllables; the common ones are there, the rare ones not."""
    from beian.text.hitfilters import common_english_pinyin, english_words
    from beian.text.misreads import syllables_fit

    table = common_english_pinyin()
    assert table <= english_words() and all(syllables_fit(w) for w in table)
    assert {"like", "lake", "long", "china", "bang"} <= table
    assert not {"dama", "apian", "maozedong"} & table
