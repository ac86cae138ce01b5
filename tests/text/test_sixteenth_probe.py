"""What the sixteenth independent black-box probe (2026-12-05, terms of unusual shapes, cases frozen before the first
run) found: an English term before a word that starts with its last letter (``heroin near``: the fold reads one
``n``), two English words read as one term (``hero in``), a Latin-and-Chinese term inside a word (``4K粉丝``,
``维生素K粉剂``), a field a text names (``字段叫 sbm``)."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["heroin", "cocaine", "yaba", "escort service", "K粉", "PC蛋蛋", "十八摸"],
                         tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("He had heroin near the campus.", "heroin"), ("heroin never helps", "heroin"), ("cocaine easily", "cocaine"),
    ("buy yaba now", "yaba"), ("heroin, near", "heroin"),
])
def test_a_term_before_a_word_that_begins_with_its_last_letter_is_found(matcher: Matcher, text: str,
                                                                         term: str) -> None:
    hit = next(m for m in matcher.scan(text) if m.matched == term)
    assert (hit.text, hit.confidence) == (term, 1.0)


def test_a_term_inside_a_longer_word_is_still_not_reported(matcher: Matcher) -> None:
    assert best(matcher, "heroinnear", "heroin") == 0.0 and best(matcher, "the heroine", "heroin") == 0.0


@pytest.mark.parametrize("text", ["wants to be a hero in their own story", "Our local hero in the marathon"])
def test_two_english_words_are_not_one_term(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "heroin") == 0.4


@pytest.mark.parametrize("text", ["her oin", "co caine", "h e r o i n"])
def test_a_term_written_apart_stays_an_evasion(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "heroin" if "h" in text else "cocaine") >= 0.75


@pytest.mark.parametrize(("text", "expected"), [
    ("这个4K粉丝群里都是摄影爱好者", 0.4), ("我买的维生素K粉剂是医生开的", 0.4), ("买K粉", 1.0), ("有K粉吗", 1.0),
])
def test_a_latin_and_chinese_term_cutting_a_word_is_listed_only(matcher: Matcher, text: str, expected: float) -> None:
    assert best(matcher, text, "K粉") == expected


def test_a_field_the_text_names_is_code(matcher: Matcher) -> None:
    assert best(matcher, "这个字段叫 sbm，表示是否被标记", "十八摸") == 0.4


@pytest.mark.parametrize(("text", "written", "term"), [
    ("买六合彩", "六合彩", "6合彩"), ("七零九大抓捕事件", "七零九大抓捕", "709大抓捕"), ("玩十三水", "十三水", "13水"),
    ("MP五冲锋枪", "MP五冲锋枪", "MP5冲锋枪"), ("四D彩票", "四D彩票", "4D彩票"),
])
def test_a_term_written_with_digits_is_found_in_chinese_numerals(tmp_path_factory: pytest.TempPathFactory,
                                                                text: str, written: str, term: str) -> None:
    matcher = probe_matcher(["6合彩", "709大抓捕", "13水", "MP5冲锋枪", "4D彩票", "1989年"], tmp_path_factory.mktemp("n"))
    assert [(m.text, m.matched, m.variant, m.confidence) for m in matcher.scan(text)] == [(written, term, "digits", 0.9)]


def test_numerals_of_a_date_are_not_read(tmp_path_factory: pytest.TempPathFactory) -> None:
    matcher = probe_matcher(["1989年"], tmp_path_factory.mktemp("d"))
    assert matcher.scan("一九八九年出生") == []


@pytest.mark.parametrize(("text", "confidence"), [
    ("纪念八九六四", 0.9), ("八九六四", 0.9),  # a term of digits only, written digit by digit in numerals
    ("编号一八九六四五", 0.4), ("十八九六四", 0.4),  # inside a longer run of numerals: another number
])
def test_a_term_of_digits_only_written_in_numerals(tmp_path_factory: pytest.TempPathFactory, text: str,
                                                   confidence: float) -> None:
    matcher = probe_matcher(["8964", "250"], tmp_path_factory.mktemp("n"))
    assert best(matcher, text, "8964") == confidence


def test_a_term_of_digits_only_is_not_read_as_a_number_in_words(tmp_path_factory: pytest.TempPathFactory) -> None:
    matcher = probe_matcher(["250"], tmp_path_factory.mktemp("w"))
    assert matcher.scan("二百五十") == [] and best(matcher, "共二五零元", "250") == 0.4


@pytest.mark.parametrize(("text", "term"), [
    ("找个3sc0rt s3rv1c3吧", "escort service"), ("he is a h1tman for h1re now", "hitman for hire"),
    ("0nl1n3 c4s1n0 ads", "online casino"), ("esc0rt service", "escort service"),
])
def test_stand_ins_across_the_words_of_a_phrase(tmp_path_factory: pytest.TempPathFactory, text: str, term: str) -> None:
    matcher = probe_matcher(["escort service", "hitman for hire", "online casino"], tmp_path_factory.mktemp("leet"))
    assert best(matcher, text, term) == 0.8


@pytest.mark.parametrize(("text", "term"), [("买KK粉粉", "K粉"), ("66合合彩彩", "6合彩"), ("AAVV女女优优", "AV女优")])
def test_every_character_doubled_on_purpose(tmp_path_factory: pytest.TempPathFactory, text: str, term: str) -> None:
    matcher = probe_matcher(["K粉", "6合彩", "AV女优", "8964", "tel"], tmp_path_factory.mktemp("twice"))
    assert best(matcher, text, term) == 0.9
    assert best(matcher, "88996644", "8964") == 0.4 and best(matcher, "Tell me", "tel") == 0.4  # numbers, spelling


def test_separators_other_than_the_term_s_own_are_a_separator_variant(tmp_path_factory: pytest.TempPathFactory) -> None:
    matcher = probe_matcher(["escort service", "九评 共产党"], tmp_path_factory.mktemp("sep"))
    found = {m.text: (m.variant, m.confidence) for t in ("e★s★c★o★r★t s★e★r★v★i★c★e", "九 评 共 产 党", "九评 共产党")
             for m in matcher.scan(t)}
    assert found == {"e★s★c★o★r★t s★e★r★v★i★c★e": ("separator", 0.9), "九 评 共 产 党": ("separator", 0.9),
                     "九评 共产党": ("exact", 1.0)}


def test_a_pinyin_entry_written_syllable_by_syllable_is_not_two_english_words(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    matcher = probe_matcher(["xijinping", "engesi"], tmp_path_factory.mktemp("py"))
    assert best(matcher, "wei dao xi jin ping bu cuo", "xijinping") >= 0.75  # xi, jin, ping are English words too
    assert best(matcher, "wei dao bu cuo en ge si", "engesi") >= 0.75
