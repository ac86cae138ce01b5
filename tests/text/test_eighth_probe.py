"""Misses and false alarms found by an eighth black-box probe (a session that never read the matcher wrote what
netizens do in 2024–2026: emoji for characters, 火星文 fillers, sticker codes, abbreviations, labelled before the
first run), one test per class."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher

TERMS = ("赌博", "网赌", "大麻", "时时彩", "冰毒", "洗钱", "摇头丸", "鸡巴", "法轮功", "海洛因", "皇冠", "太阳", "朋友圈", "啪欲强",
         "新华社", "何候华")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [("赌灬博网站", "赌博"), ("网乄赌平台", "网赌"), ("赌〆博", "赌博"),
                                            ("赌メ博", "赌博"), ("大卍麻", "大麻")])
def test_martian_script_fillers_are_separators(matcher: Matcher, text: str, term: str) -> None:
    """17/17 missed: 灬 乄 卍 are Chinese characters (and メ a kana) and kept the term apart."""
    assert best(matcher, text, term) >= 0.75


def test_the_right_half_of_a_split_character_is_no_filler(matcher: Matcher) -> None:
    """彡 is a 火星文 filler too, but 采彡 is 彩 written in two halves (拆字): kept, so 时时采彡 is still 时时彩."""
    assert best(matcher, "买时时采彡", "时时彩") == 0.75


@pytest.mark.parametrize(("text", "term"), [("冰[doge]毒", "冰毒"), ("赌【广告】博", "赌博"), ("海洛[滑稽]因", "海洛因")])
def test_a_sticker_code_or_bracketed_word_between_characters_is_markup(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) >= 0.75


@pytest.mark.parametrize("text", ["见文献[1]和[2]", "进入【设置】页面", "今天[doge]", "[海](https://x.org/a)"])
def test_citations_titles_and_stickers_at_an_edge_join_nothing(matcher: Matcher, text: str) -> None:
    assert [m for m in matcher.scan(text) if m.variant == "separator"] == []


@pytest.mark.parametrize(("text", "term"), [("🧊毒有货", "冰毒"), ("洗💰渠道", "洗钱"), ("摇头💊便宜", "摇头丸"),
                                            ("你个🐓巴", "鸡巴"), ("练法☸功", "法轮功")])
def test_an_emoji_with_a_two_character_name_is_found_in_strict_mode(matcher: Matcher, text: str, term: str) -> None:
    """29/39 missed: 🧊 冰块, 💰 钱袋, 💊 药丸, 🐓 公鸡, ☸ 法轮 stand for one of their characters (or both)."""
    assert best(matcher, text, term) == 0.6


@pytest.mark.parametrize("text", ["👑", "今天☀️很好", "送你一顶👑"])
def test_an_emoji_alone_is_no_term(matcher: Matcher, text: str) -> None:
    """👑 皇冠 and ☀ 太阳 are lexicon entries; the emoji by itself is a crown and the sun."""
    assert [m.matched for m in matcher.scan(text) if m.variant == "emoji"] == []


@pytest.mark.parametrize(("text", "term"), [("发个朋友圈pyq记录一下", "啪欲强"), ("小红书xhs上看到的攻略", "新华社"),
                                            ("hhhhhh太好笑了", "何候华")])
def test_net_abbreviations_are_no_initials(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) <= 0.4


def test_a_homophone_hit_does_not_hide_the_exact_hit_inside_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Turning --homophone on lowered recall: the 0.5 homophone hit 色情网站 hid the 1.0 entry 涩情 inside it."""
    from beian.text.terms import Lexicon, Term, VariantOptions

    lexicon = Lexicon(terms=[Term(t, category="测试") for t in ("涩情", "色情网站")], options=VariantOptions(homophone=True))
    matcher = Matcher.build(lexicon, cache_dir=tmp_path_factory.mktemp("homophone"))
    found = {(m.text, m.matched, m.variant): m.confidence for m in matcher.scan("去看看涩情网站")}
    assert found[("涩情", "涩情", "exact")] == 1.0 and found[("涩情网站", "色情网站", "homophone")] == 0.5
