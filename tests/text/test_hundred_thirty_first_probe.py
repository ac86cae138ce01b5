"""What the hundred-and-thirty-first probe (1,059 evasions of 60 held-out terms in seven new genres) found, in other words
than its cases:

- pinyin inside a short English frame (``this is gōng yìng … lol``) was taken for a name in code after an English word
  (the rule written for ``pip install taiji``) and put at 0.4, tone marks and spaces between syllables notwithstanding;
- a digit after a full-width comma (``扣1，3棱尖刀批发``) was read as the rest of a number grouped in thousands, and the
  term starting with it was lost: in Chinese text ``，`` separates the items of a list.
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("出售肾源", "太极", "3棱刮刀", "000元")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text", ["lol this is chū shòu shèn yuán ok", "so it is chu shou shen yuan haha"])
def test_typed_pinyin_after_an_english_word_is_still_pinyin(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "出售肾源") >= 0.75


def test_a_name_in_code_after_an_english_word_is_still_a_name(matcher: Matcher) -> None:
    assert _best(matcher, "run npm install taiji to get it", "太极") <= 0.4


def test_a_digit_after_a_chinese_comma_starts_a_new_item(matcher: Matcher) -> None:
    assert _best(matcher, "老铁们扣2，3棱刮刀现货", "3棱刮刀") >= 0.75


def test_three_digits_after_a_full_width_comma_are_still_thousands(matcher: Matcher) -> None:
    assert _best(matcher, "合计1，000元整", "000元") == 0
