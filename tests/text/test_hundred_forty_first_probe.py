"""What the hundred-and-forty-first probe (1,007 evasions of 60 held-out terms in seven new genres: 95.2% at the default
threshold, measured after the 138th probe's changes) found, in other words than its cases:

- one character of a term with letters or digits written as pinyin with its tone digit (``pi1发tnt``,
  ``qqgong1应吗啡``): only the toneless spelling was compiled;
- a half-written two-character term before an acronym (``袭jing OA审批``) was taken for one word of a Latin phrase, as
  ``tian mao 靠谱`` is; an acronym in capitals is no pinyin; and the space the fold deletes joined the letters into
  one run that is no pinyin (``jiecrm``);
- tone-marked pinyin with an apostrophe between every syllable, digits included (``míng'shēng'88'dǔ'bó``), was read
  as quoted and capped at 0.45: the apostrophe beside a digit is the same syllable separator.
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("转卖tnt", "qq出售迷药", "抢劫", "毛靠", "凯撒88娱乐")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [("群里有人zhuan3卖tnt", "转卖tnt"), ("加qqchu1售迷药的号", "qq出售迷药")])
def test_one_character_as_pinyin_with_its_tone_digit(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_half_written_term_before_an_acronym(matcher: Matcher) -> None:
    assert _best(matcher, "抢jie CRM已上线", "抢劫") >= 0.75


def test_a_pinyin_word_of_a_phrase_is_still_no_half_of_a_mixed_term(matcher: Matcher) -> None:
    assert _best(matcher, "tian mao 靠谱吗", "毛靠") < 0.75


def test_an_apostrophe_between_syllables_and_digits_separates_syllables(matcher: Matcher) -> None:
    assert _best(matcher, "官网kǎi'sā'88'yú'lè快来", "凯撒88娱乐") >= 0.75


def test_quoted_digits_between_characters_are_still_quoted(matcher: Matcher) -> None:
    assert _best(matcher, "凯撒'88'娱乐", "凯撒88娱乐") < 0.75
