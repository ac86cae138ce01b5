"""What the two-hundred-and-thirty-first probe (1,024 cases in 32 forms, 89.2% at the default threshold; 305 ordinary
lines) found, in other words than its cases:

- a Roman numeral for the digit of a term (``Ⅲ级片``, ``售ⅤⅣ``): NFKC spells ``Ⅲ`` as ``III``, so no digit pattern met it;
- ordinary release notes: a user handle (``感谢 @jinxue 的反馈``) was the entry 紧穴 in pinyin at 0.8, and a command-line
  option (``新增 --zyn 选项``) the initials of 专用弩 at 0.6.

The two-hundred-and-thirty-fourth probe (992 cases, 90.5% at the default threshold; 301 ordinary lines): a test log's
``expected 'riTa'`` was 日她 at 0.8: ``expected`` is no entry of the English word list (its stem ``expect`` is).
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("三级片", "六合彩", "四人帮", "紧穴", "专用弩", "淫液", "日她")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [("群里有人发Ⅲ级片链接", "三级片"), ("收ⅵ合彩的单子", "六合彩"),
                                            ("别提Ⅳ人帮", "四人帮")])
def test_a_roman_numeral_is_its_digit(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_roman_numeral_in_ordinary_text_is_no_term(matcher: Matcher) -> None:
    assert _best(matcher, "该药已完成Ⅲ期临床试验，正在申报", "三级片") == 0.0


@pytest.mark.parametrize(("text", "term"), [("本版修复由 @yinye 报告的崩溃", "淫液"), ("@jinxue 你的PR已合并", "紧穴")])
def test_a_user_handle_is_no_pinyin(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) < 0.5


def test_pinyin_after_a_hash_tag_is_still_read(matcher: Matcher) -> None:
    assert _best(matcher, "#jinxue 今晚老地方", "紧穴") >= 0.75


@pytest.mark.parametrize("text", ["构建脚本新增 --zyn 开关", "运行时加上 -lhc 即可"])
def test_a_command_line_option_is_no_initials(matcher: Matcher, text: str) -> None:
    term = "专用弩" if "zyn" in text else "六合彩"
    assert _best(matcher, text, term) < 0.5


def test_initials_typed_in_chat_are_still_read(matcher: Matcher) -> None:
    assert _best(matcher, "有人刷zyn出售吗", "专用弩") >= 0.5


@pytest.mark.parametrize("text", ["AssertionError: wanted 'Rita' but received 'rita'", "the test failed on 'rita'"])
def test_a_quoted_word_after_an_inflected_english_word_is_code(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "日她") < 0.5


def test_pinyin_quoted_in_chinese_is_still_read(matcher: Matcher) -> None:
    assert _best(matcher, "他在群里说 'rita' 是什么意思", "日她") >= 0.75
