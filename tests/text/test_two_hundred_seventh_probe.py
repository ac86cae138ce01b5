"""What the two-hundred-and-seventh probe (999 evasions of 60 held-out terms, 93.9% at 0.75; 200 ordinary lines) found,
in other words than its cases:

- pinyin written with the entry's own tones (``mí fěn`` for 迷粉) was still read as the common word its toneless
  syllables spell (米粉 mǐ fěn) and put at 0.4 (now: when the tones are those of no dictionary word read so,
  ``data/pinyin_homophones.tsv``);
- a number of stitches in a knitting chart (``4针×6 = 24针``) was the entry ``24`` at 1.0: 针 was no measure word;
- ``🔪`` written for 刀 and ``💧`` for 水 (``砍🔪批发``, ``迷幻💧出售``) were read only by their two-character CLDR names
  (菜刀, 水滴) and put at 0.6.
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher
from beian.text.misreads import same_reading_words

TERMS = ("迷粉", "冠希", "竹意", "24", "64", "砍刀批发", "迷幻水出售")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text", ["群里有人卖 mí fěn，私聊", "求购mi2fen3"])
def test_the_entrys_own_tones_outweigh_the_common_word(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "迷粉") >= 0.75


@pytest.mark.parametrize("text", ["早餐吃了一碗 mǐ fěn", "桂林mifen很好吃", "两个人的guanxi不错"])
def test_the_common_words_tones_or_none_keep_the_cap(matcher: Matcher, text: str) -> None:
    assert max(_best(matcher, text, "迷粉"), _best(matcher, text, "冠希")) < 0.5


@pytest.mark.parametrize("text", ["请大家 zhù yì 安全", "zhú yì 地检查"])
def test_a_dictionary_word_with_the_written_tones_keeps_the_cap(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "竹意") < 0.5  # 注意 zhù yì; 逐一 zhú yī (一 changes its tone)


def test_words_that_share_a_reading_are_listed() -> None:
    assert {"注意", "主意", "主义", "逐一"} <= set(same_reading_words("zhuyi"))
    assert same_reading_words("guanxi")[0] == "关系" and same_reading_words("qqqq") == ()


@pytest.mark.parametrize(("text", "term"), [("第5圈：每6针加1针，共24针", "24"), ("乘坐64路公交到终点站", "64")])
def test_stitches_and_bus_routes_count_what_follows(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) < 0.5


def test_a_number_before_a_longer_word_is_still_read(matcher: Matcher) -> None:
    assert _best(matcher, "64行动", "64") >= 0.75


@pytest.mark.parametrize(("text", "term"), [("群里有人砍🔪批发，私聊", "砍刀批发"), ("迷幻💧出售，懂的来", "迷幻水出售")])
def test_a_knife_and_a_drop_are_written_for_their_characters(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75
