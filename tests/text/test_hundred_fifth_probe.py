"""What the hundred-and-fifth probe measured (black box, the public lexicons, the twenty evasion forms the issue lists,
60 terms drawn with a seed): 85.3% at the gateway's default, 97.9% for terms of Chinese characters only and 58.4% for
the nine with letters or digits. Two gaps were not design: a term of Chinese with digits or letters written with one
mark between every two characters (``出/售/5/4/短/狗``) read as a formula (0.4); pinyin with tone digits whose tone
differs from pypinyin's for the word (``gong1 ying1`` for 供应, read ``yìng`` there) matched nothing, while the same
syllables with tone marks were found; and the tone-digit channel reported ``zhong1 guo2`` as the name 钟国. The cases
below are written in other words than the probe's."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher
from beian.text.tone_digits import tone_digit_words

TERMS = ("出售54短狗", "美女qq裸舞", "转让92式", "供应枪支", "鸡店", "钟国", "da")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [("有人要 出|售|5|4|短|狗 吗", "出售54短狗"), ("直播间 美~女~q~q~裸~舞", "美女qq裸舞"),
                                            ("收 转.让.9.2.式，私聊", "转让92式")])
def test_one_mark_between_every_character_of_a_mixed_term_is_insertion(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_formula_stays_a_formula(matcher: Matcher) -> None:
    assert _best(matcher, "面积比 2.4:1，约 92 式样", "转让92式") == 0.0


@pytest.mark.parametrize("text", ["有货 gong1 ying1 qiang1 zhi1，私聊", "gong4ying1qiang1zhi1 价格好说"])
def test_tone_digits_with_another_reading_of_a_character_are_read(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "供应枪支") >= 0.75


def test_tone_digits_of_another_word_are_lowered(matcher: Matcher) -> None:
    assert 0 < _best(matcher, "现在 ji3 dian3 了？", "鸡店") <= 0.4


def test_tone_digits_spelling_a_common_word_are_not_a_name(matcher: Matcher) -> None:
    assert _best(matcher, "拼音作业：zhong1 guo2 hen3 da4", "钟国") <= 0.4


def test_a_syllable_read_again_is_not_a_latin_entry(matcher: Matcher) -> None:
    assert _best(matcher, "拼音作业：zhong1 guo2 hen3 da4", "da") <= 0.4


def test_a_code_with_digits_is_not_pinyin() -> None:
    assert tone_digit_words("型号 abc1 xyz2 与 ks3") == []
    [run] = tone_digit_words("读作 ni3 hao3 吗")
    assert run.text == "nǐ hǎo" and run.span(0, len(run.text)) == (3, 11)


@pytest.mark.parametrize(("text", "term"), [("今晚 jī qíng av yǐng yuàn 见", "激情av影院"), ("收 zhuan rang 92 shi，私聊", "转让92式"),
                                            ("有 chu shou 54 duan gou 吗", "出售54短狗")])
def test_a_term_with_letters_or_digits_is_found_in_pinyin(tmp_path_factory: pytest.TempPathFactory, text: str,
                                                        term: str) -> None:
    matcher = probe_matcher(("激情av影院", "转让92式", "出售54短狗"), tmp_path_factory.mktemp("mixed"))
    assert _best(matcher, text, term) >= 0.75


def test_pinyin_of_other_words_beside_the_digits_is_not_the_term(tmp_path_factory: pytest.TempPathFactory) -> None:
    matcher = probe_matcher(("转让92式",), tmp_path_factory.mktemp("other"))
    assert _best(matcher, "zhuan rang 93 shi", "转让92式") == 0.0


def test_digits_of_another_script_in_a_list_that_skips_some_are_not_a_number(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    matcher = probe_matcher(("189", "89"), tmp_path_factory.mktemp("digits"))
    hits = [m for m in matcher.scan("阿拉伯语数字：٠ ١ ٢ … ٧ ٨ ٩，读作零到九") if m.matched in {"189", "89"}]
    assert max((m.confidence for m in hits), default=0.0) <= 0.4
