"""Emoji written for the character they picture (草泥🐴, 🐔巴): read a second time as that character."""

from __future__ import annotations

import pytest
from probe_terms import probe_matcher

from beian.text.emoji_chars import emoji_readings, table
from beian.text.matcher import Matcher

TERMS = ("草泥马", "鸡巴", "赌博", "赌马", "蛇精病", "猪头")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


def test_the_table_comes_from_cldr_names_not_faces_or_symbols() -> None:
    mapping = table()
    assert mapping["🐴"] == "马" and mapping["🐔"] == "鸡" and mapping["🐍"] == "蛇" and mapping["🐶"] == "狗"
    assert "😢" not in mapping and "➕" not in mapping and "🈲" not in mapping  # smileys, math, the fold's ideographs


@pytest.mark.parametrize(("text", "term", "span"), [
    ("草泥🐴", "草泥马", "草泥🐴"), ("你个🐔巴", "鸡巴", "🐔巴"), ("草泥\U0001f434\ufe0f！", "草泥马", "草泥\U0001f434\ufe0f"),
    ("这人是🐍精病吧", "蛇精病", "🐍精病"),
])
def test_an_emoji_for_a_character_is_read_as_it(matcher: Matcher, text: str, term: str, span: str) -> None:
    found = [m for m in matcher.scan(text) if m.matched == term]
    assert [(m.text, m.variant, m.confidence) for m in found] == [(span, "emoji", 0.75)]


def test_the_emoji_as_a_separator_is_still_read(matcher: Matcher) -> None:
    assert {m.matched for m in matcher.scan("赌🐴博")} == {"赌博", "赌马"}


@pytest.mark.parametrize("text", ["🐴🐴🐴 好耶", "我家的🐷胖了", "ok 🐔 ok"])
def test_an_emoji_away_from_a_term_finds_nothing(matcher: Matcher, text: str) -> None:
    assert all(m.variant != "emoji" for m in matcher.scan(text))


def test_only_emoji_beside_chinese_characters_are_read() -> None:
    assert emoji_readings("🐴🐴 and 🐔") == ([], []) and [len(r) for r in emoji_readings("草泥🐴")] == [1, 0]


def test_a_stream_holds_an_emoji_that_may_begin_a_term(matcher: Matcher) -> None:
    """``🐔`` at the end of a chunk may become 🐔巴 with the next: the gateway must not release it yet."""
    assert matcher.pending_chars("你个🐔") >= 1
    assert matcher.pending_chars("你个🐔。今天天气很好，我们去公园散步吧。") == 0


@pytest.mark.parametrize(("text", "term"), [("出售❄️毒", "出售冰毒"), ("翻🧱软件", "翻墙软件"), ("想做❤️", "做爱"),
                                            ("支持🀄共", "中共"), ("出售仿真🔫", "仿真枪"), ("有迷魂💊吗", "迷魂药")])
def test_emoji_written_online_for_another_character_than_their_name(text: str, term: str,
                                                                     tmp_path_factory: pytest.TempPathFactory) -> None:
    m = probe_matcher([term], tmp_path_factory.mktemp("usage"))
    assert max(h.confidence for h in m.scan(text) if h.matched == term) == 0.75  # was 0.6 or nothing (CLDR names)


def test_an_emoji_whose_usage_is_not_listed_keeps_its_weaker_reading(tmp_path_factory: pytest.TempPathFactory) -> None:
    m = probe_matcher(["人肉"], tmp_path_factory.mktemp("weak"))
    assert [(h.matched, h.confidence) for h in m.scan("人上人💪")] == [("人肉", 0.6)]  # 💪 肌肉: either character
