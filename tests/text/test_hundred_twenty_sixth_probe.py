"""What the hundred-and-twenty-sixth probe (971 evasions of 60 held-out terms, 20 forms) found, in other words than
its cases:

- combining marks above and below a Chinese character or a digit (``强̣̇奸``) were read as a Vietnamese letter and
  the hit put at 0.4; Vietnamese puts its marks on vowels of Latin letters only;
- the half-width filler ``ﾉ`` (U+FF89; its full-width ``ノ`` was a filler) was kept as a character: no hit;
- an ellipsis between the characters of a term with digits or letters (``出售…3棱刀``) was read as the dots of a
  formula (NFKC spells ``…`` as ``...``): 0.4;
- the variant ``讐`` for 仇 was left out of the variant table because Unihan and CC-CEDICT name 仇 and 讎 equally;
- the radical ``⻁`` was folded to 虍 (by its name) where Unicode's equivalent ideograph is 虎, and ``⺘`` to 手
  where a 拆字 writer means the component 扌;
- (the hundred-and-twenty-seventh probe) numbered musical notation with octave dots over and under its notes and
  dotted notes (``0̇ 6. 4̇ |``) read as the number 6.4 at 0.9; once the marks were no longer Vietnamese, more of it;
- (the same probe) an ideograph emoji among other emoji between the characters (``专✨卖🈶麻💰果``): no hit at all;
- (the same probe) ``次新 4室1厅`` read as the entry 新4 across the space typesetting puts before a number (0.9).
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("迷奸药", "出售5连发", "代开qq", "报仇雪恨", "老虎机", "打手", "ma", "6.4", "65", "新3", "k粉")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text", ["群里有人卖迷\u0323\u0307奸\u0323\u0307药\u0323\u0307", "出\u0323售\u03075\u0323\u0307连发"])
def test_marks_on_chinese_characters_and_digits_are_no_vietnamese(matcher: Matcher, text: str) -> None:
    term = "迷奸药" if "迷" in text else "出售5连发"
    assert _best(matcher, text, term) >= 0.75


def test_marks_on_latin_consonants_are_no_vietnamese(matcher: Matcher) -> None:
    assert _best(matcher, "找人代开q\u0323\u0307q\u0323\u0307", "代开qq") >= 0.75


def test_a_vietnamese_word_still_is_one(matcher: Matcher) -> None:
    assert _best(matcher, "Tôi gọi một ly cà phê, bà ấy mà không uống", "ma") <= 0.4


@pytest.mark.parametrize("text", ["迷ﾉ奸ﾉ药 便宜出", "迷ｰ奸ｰ药 便宜出"])
def test_half_width_fillers_are_fillers(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "迷奸药") >= 0.75


@pytest.mark.parametrize("text", ["有货：出售…5…连…发", "有货：出售5连…发", "找人代开q‥q"])
def test_an_ellipsis_between_characters_is_no_formula(matcher: Matcher, text: str) -> None:
    term = "代开qq" if "代开" in text else "出售5连发"
    assert _best(matcher, text, term) >= 0.75


def test_three_dots_beside_a_digit_still_read_as_a_formula(matcher: Matcher) -> None:
    assert _best(matcher, "出售5...连发", "出售5连发") <= 0.4  # typed dots are how ranges and decimals are written


def test_a_variant_named_as_two_characters_goes_to_the_common_one(matcher: Matcher) -> None:
    assert _best(matcher, "此生只想报讐雪恨", "报仇雪恨") >= 0.75


@pytest.mark.parametrize(("text", "term"), [("街口有台老⻁机", "老虎机"), ("雇⺘丁手去讨债", "打手")])
def test_radicals_fold_to_their_equivalent_ideograph(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


@pytest.mark.parametrize(("text", "term"), [("第9小节 | 3̣ 0̇ 6. 4̇ | 5 - |", "6.4"), ("| 7. 6̇ 4. 2̣ | 1 - - |", "6.4"),
                                           ("| 3 3 1 1 | 6 6 5 - |", "65")])
def test_numbered_notation_with_octave_dots_and_bar_lines_is_no_number(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) <= 0.4


def test_a_spaced_number_on_its_own_is_still_found(matcher: Matcher) -> None:
    assert _best(matcher, "今年的6. 4快到了", "6.4") >= 0.75


@pytest.mark.parametrize("text", ["私聊：迷🔥奸🈶药💊，量大从优", "迷🈚奸✨药 有货"])
def test_an_ideograph_emoji_among_other_emoji_is_a_filler(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "迷奸药") >= 0.75


def test_a_number_that_counts_the_word_after_it_is_not_joined_across_a_space(matcher: Matcher) -> None:
    assert 0 < _best(matcher, "房龄很新 3房2卫，拎包入住", "新3") <= 0.4
    assert _best(matcher, "有没有k 粉，懂的来", "k粉") >= 0.75  # a letter kept against the text before it: as before
