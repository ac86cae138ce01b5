"""What the hundred-and-sixty-third probe (1,063 evasions of 60 held-out terms, 93.1% at the default threshold; 200
ordinary items, no matcher errors) found, in other words than its cases:

- the fillers 亅 (a hook) and 乁 (a bent stroke) between every character were kept, and the term never assembled (10 of
  10 missed), while 丿 乀 丨 of the same kind were read as fillers. 乚 is left out: it is the right half of 乳 and 孔 in
  拆字, so it cannot be deleted between characters;
- variants found by neither OpenCC nor the variant table alone: OpenCC turns 戱 into 戯 (another variant, which the table
  reads as 戏) and the fold stopped half-way; Unihan lists 夲 only under 本 (kZVariant, one character in two glyphs), and
  the generator read the pair one way; OpenCC turns 礮 into 𪿫, no standard character, and the generator left out every
  character OpenCC changes (the hundred-and-seventy-first probe).
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("裸聊", "赌球网站", "乳交", "赤裸性游戏", "日本无码av", "炮友", "情色视讯", "忡恶", "娘个比")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [("今晚有人裸亅聊吗，私我", "裸聊"), ("谁有靠谱的赌乁球乁网乁站", "赌球网站")])
def test_a_hook_or_a_bent_stroke_between_characters_is_a_filler(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_the_hooked_half_of_a_split_character_is_still_read(matcher: Matcher) -> None:
    assert _best(matcher, "她发来的孚乚交视频", "乳交") >= 0.5


@pytest.mark.parametrize(("text", "term"), [
    ("群里又有人发赤裸性游戱的链接", "赤裸性游戏"),  # OpenCC leaves 戱 as 戯, the variant table reads 戯 as 戏
    ("求日夲无码av资源", "日本无码av"),  # Unihan lists 夲 only as the z-variant of 本
    ("周末约礮友吗", "炮友"),  # OpenCC turns 礮 into 𪿫 (no standard character); Unihan reads it as 炮
])
def test_variants_opencc_and_unihan_leave_half_way(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


@pytest.mark.parametrize(("text", "term"), [("有没有情色示見讯的链接", "情色视讯")])
def test_a_split_with_the_radical_in_its_full_form(matcher: Matcher, text: str, term: str) -> None:
    """The hundred-and-seventy-fifth probe wrote 視 as 示見 (its left side 礻 in full): the side forms and full forms are
    read from the Unicode names of the radicals (CJK RADICAL SPIRIT TWO, KANGXI RADICAL SPIRIT)."""
    assert _best(matcher, text, term) >= 0.75


def test_a_full_form_pair_that_is_a_word_is_no_split(matcher: Matcher) -> None:
    """忡 is 忄中; written 心中 it is the ordinary word, never 忡 (a made-up entry 忡恶: 心中恶 is no hit, 忄中恶 is)."""
    assert _best(matcher, "我心中恶了", "忡恶") < 0.5 and _best(matcher, "我忄中恶了", "忡恶") >= 0.75


@pytest.mark.parametrize("code", ["NGB", "ＮＧＢ"])
def test_capitals_are_an_acronym_in_full_width_too(matcher: Matcher, code: str) -> None:
    """The hundred-and-seventy-ninth probe's bill of lading ``ＮＧＢ２４０６…`` in a full-width table was read as the
    initials of 娘个比 at 0.6, where ``NGB`` is 0.4: capitals are an acronym, whatever their width."""
    assert 0 < _best(matcher, f"提单号 {code}2406115 已签发", "娘个比") < 0.5


def test_lower_case_full_width_initials_are_still_read(matcher: Matcher) -> None:
    assert _best(matcher, "群里有人骂ｎｇｂ了", "娘个比") >= 0.5
