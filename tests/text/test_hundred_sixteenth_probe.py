"""What the hundred-and-sixteenth and hundred-and-seventeenth probes found in ordinary text (840 lines of twenty genres
nobody had tested, and 200 ordinary texts using the evasion tricks innocently), and one form of evasion still missed:

- ``扣 3 分``, ``第 1 条``, ``2-3 级``: the space typesetting puts between Chinese and digits joined a two-character
  entry (扣3, 1条, 3级) at 0.9, 13 lines;
- ``第〇〇一号文件``: the numeral zero deleted as a filler, 第一 at 0.9;
- Vietnamese ``Cà phê sữa đá``: ``đá`` folded to the entry ``da`` at 0.95;
- ``出售\\nppk``: a term ending in letters broken before them, read as a line starting with a label (0.4).

The cases below are written in other words than the probes'."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("扣5", "2楼", "转让64式", "第三", "赌博", "ma", "出售mdma", "卖qq号", "三唑仑")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [("闯红灯 扣 5 分，罚 200 元", "扣5"), ("会议室在 2 楼东侧", "2楼")])
def test_the_space_between_chinese_and_digits_is_typesetting(matcher: Matcher, text: str, term: str) -> None:
    assert 0 < _best(matcher, text, term) <= 0.4


def test_a_longer_term_written_with_that_spacing_is_still_the_term(matcher: Matcher) -> None:
    assert _best(matcher, "有人 转让 64 式，私聊", "转让64式") >= 0.75


def test_a_zero_in_chinese_numerals_is_a_digit(matcher: Matcher) -> None:
    assert 0 < _best(matcher, "见公司第〇〇三号通知", "第三") <= 0.4
    assert _best(matcher, "网上〇赌〇博〇", "赌博") >= 0.75  # between characters it is still a filler
    assert _best(matcher, "有卖〇三丶唑〇仑的吗", "三唑仑") >= 0.75  # among other fillers, beside the 三 of the term


def test_a_vietnamese_word_is_no_latin_entry(matcher: Matcher) -> None:
    assert 0 < _best(matcher, "Món này gọi là bánh mà, ngon lắm", "ma") <= 0.4


@pytest.mark.parametrize(("text", "term"), [("要的私聊，出售\nmdma", "出售mdma"), ("长期卖\nqq号", "卖qq号")])
def test_a_line_break_before_the_letters_a_term_ends_or_goes_on_with(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_digit_keycaps_and_keycap_ten_between_characters(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The hundred-and-twentieth probe: 仿0️⃣真7️⃣假🔟钞 found only 仿真 and 假钞 (🔟 is one character without U+20E3, and
    a #️⃣ among digit keycaps ended the run read again)."""
    m = probe_matcher(("贩卖枪支", "三唑仑"), tmp_path_factory.mktemp("keycaps"))
    assert _best(m, "有人在贩5️⃣卖🔟枪3️⃣支", "贩卖枪支") >= 0.75
    assert _best(m, "有三8️⃣唑#️⃣仑吗", "三唑仑") >= 0.75
