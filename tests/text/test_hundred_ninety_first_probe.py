"""What the hundred-and-ninety-first probe (934 evasions of 60 held-out terms, 95.4% at the default threshold; 200
ordinary lines) found, in other words than its cases: a pinyin term whose last letter is the first letter of the
next word across a comma (``…yinse，ESP灯一直亮``) was dropped. The fold collapses the two ``e`` across the deleted comma,
the hit ran on to the ``E`` of ``ESP`` and was taken for part of a longer Latin word; a Latin entry was trimmed back
to its first copy in that case (``heroin near``), a pinyin hit was not."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("出售迷药", "裸聊", "heroin")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("车友群里有人发 chushoumiyao，OBD接口在哪", "出售迷药"),
    ("今晚 luoliao，OK？", "裸聊"),
    ("buy heroin，NOW", "heroin"),
])
def test_a_term_ending_with_the_next_words_first_letter_across_a_comma(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_term_inside_a_longer_latin_word_is_still_dropped(matcher: Matcher) -> None:
    assert _best(matcher, "luoliaoke daolaile", "裸聊") < 0.5
