"""What the two-hundred-and-third probe (949 evasions of 60 held-out terms, 96.3% at the default threshold) missed,
in other words than its cases:

- Latin letters of a term typed as a unit again and again (``avav``, ``sesese``) between its Chinese characters: nothing;
  a digit typed again inside a term (``大666毛片``) was read like ``2000`` for the entry ``20`` and put at 0.4;
- a combining mark on the Latin letters and the Chinese characters of a term (``a\u0323v\u0323网\u0323址\u0323``): the
  dot below made the hit a Vietnamese word (0.4).
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("日本av电影", "欧美se情片", "快播大6毛片", "av网址", "av", "20", "爸爸")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("弹幕里有人刷 日本AVAV电影 的链接", "日本av电影"),
    ("这家店还卖欧美sesese情片，举报了", "欧美se情片"),
    ("直播间挂着快播大666毛片几个字", "快播大6毛片"),
])
def test_a_latin_unit_or_digit_typed_again_inside_a_term_is_found(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_latin_unit_typed_again_inside_a_long_text_is_found(matcher: Matcher) -> None:
    text = "本条例自公布之日起施行。" * 600 + "附录：日本avav电影" + "本条例自公布之日起施行。" * 600
    assert _best(matcher, text, "日本av电影") >= 0.75


@pytest.mark.parametrize("text", ["我家baba今天回来了", "2000年的报告", "哈哈avav"])
def test_a_repeated_unit_outside_a_term_reads_nothing_new(matcher: Matcher, text: str) -> None:
    assert all(m.confidence < 0.75 or m.text == m.matched for m in matcher.scan(text))


def test_marks_on_the_chinese_characters_too_are_no_vietnamese_word(matcher: Matcher) -> None:
    assert _best(matcher, "收藏这个a\u0323v\u0323网\u0323址\u0323", "av网址") >= 0.75


def test_vietnamese_beside_no_chinese_stays_below_the_default(matcher: Matcher) -> None:
    assert _best(matcher, "Ở đây có bán ạv không?", "av") < 0.75


def test_a_stream_holds_a_latin_unit_being_typed_again(matcher: Matcher) -> None:
    held = matcher.pending_chars("有人在刷日本avav")
    assert held >= len("日本avav")
