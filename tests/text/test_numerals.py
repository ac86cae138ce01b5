"""Capital numerals (大写数字) written for the common ones: ``叁级片`` for 三级片, ``陆肆`` for 六四."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.text.matcher import Matcher
from beian.text.numerals import arabic, capitalised
from beian.text.terms import Lexicon, Term

TERMS = ("三级片", "六四", "连环百家乐", "十八禁", "六合", "大陆")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in TERMS]), cache_dir=tmp_path_factory.mktemp("c"))


@pytest.mark.parametrize(("text", "written", "term"), [
    ("看叁级片", "叁级片", "三级片"),
    ("叁級片", "叁級片", "三级片"),                 # traditional around it
    ("陆肆事件", "陆肆", "六四"),
    ("陸肆", "陸肆", "六四"),                       # the traditional capital folds to the simplified one first
    ("連環佰家樂", "連環佰家樂", "连环百家乐"),
    ("拾捌禁", "拾捌禁", "十八禁"),
])
def test_capital_numerals_read_as_the_term(matcher: Matcher, text: str, written: str, term: str) -> None:
    hits = [m for m in matcher.scan(text) if m.matched == term]
    assert [(m.text, m.variant, m.confidence) for m in hits] == [(written, "traditional", 0.97)]


@pytest.mark.parametrize("text", ["大陆合作", "大陸合作", "队伍很长", "收拾房间"])
def test_capitals_in_ordinary_words_are_not_numerals(matcher: Matcher, text: str) -> None:
    """A two-character term with one numeral (六合) gets no capital spelling: 陆合 is mostly 大陆合作."""
    assert [m.matched for m in matcher.scan(text) if m.matched != "大陆"] == []


def test_a_lexicon_that_lists_the_capital_spelling_gets_it_back(tmp_path: Path) -> None:
    matcher = Matcher.build(Lexicon(terms=[Term("六四", category="a"), Term("陆肆", category="b")]), cache_dir=tmp_path)
    assert [(m.matched, m.variant) for m in matcher.scan("陆肆")] == [("陆肆", "exact")]


def test_which_terms_get_a_capital_spelling() -> None:
    assert capitalised("三级片") == "叁级片" and capitalised("六四") == "陆肆"
    assert capitalised("六合") is None and capitalised("色情") is None


@pytest.mark.parametrize(("text", "written", "term"), [
    ("有人在买6合彩吗", "6合彩", "六合彩"),
    ("群里在玩13水", "13水", "十三水"),
    ("这是18禁内容", "18禁", "十八禁"),
])
def test_numerals_written_as_digits_read_as_the_term(digits: Matcher, text: str, written: str, term: str) -> None:
    assert [(m.text, m.matched, m.variant, m.confidence) for m in digits.scan(text)] == [(written, term, "digits", 0.9)]


@pytest.mark.parametrize("text", ["第16合彩", "共 64 人", "本月20日起施行", "1989年通过", "第1次会议"])
def test_numbers_inside_longer_numbers_dates_and_counts_are_no_digit_form(digits: Matcher, text: str) -> None:
    assert digits.scan(text) == []


def test_which_terms_get_a_digit_spelling() -> None:
    assert arabic("六合彩") == "6合彩" and arabic("十三水") == "13水" and arabic("一九八九年代") == "1989年代"
    assert arabic("六四") is None  # digits only
    assert arabic("二十日") is None and arabic("第一次") is None and arabic("一九八九年") is None  # dates, ordinals
    assert arabic("色情网站") is None


@pytest.fixture(scope="module")
def digits(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    terms = ("六合彩", "十三水", "十八禁", "六四", "二十日", "一九八九年", "第一次")
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in terms]), cache_dir=tmp_path_factory.mktemp("d"))
