"""What the twentieth and twenty-second independent black-box probes (2026-12-05: the issue's forms on a tester's own
120 terms, and 600 ordinary lines in twelve new genres, both frozen before the first run) found: ordinary text with a
separator between every two characters read as a term across words, and numbers of other things read as a USCC or a
mobile; plus loopback and multicast addresses read as someone's."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher
from beian.text.pii import find_pii


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["色情", "援交", "代孕", "一夜情", "冰毒", "色情片", "GHB迷药"], tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("脸 色 情 绪 都 不 好", "色情"), ("救丶援丶交丶通", "援交"), ("新 一 代 孕 育 希 望", "代孕"),
    ("熬 了 一 夜 情 况 好 转", "一夜情"),  # three characters: once taken as written apart on purpose
    ("脸\u200b色\u200b情\u200b绪", "色情"),  # an invisible separator everywhere is spacing too
])
def test_a_line_spaced_throughout_is_read_joined(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.4  # the words around it, read joined, cut through it: below every default


@pytest.mark.parametrize(("text", "term", "confidence"), [
    ("我 想 买 冰 毒", "冰毒", 0.9), ("看 色 情 片", "色情片", 0.9),  # spaced throughout, the term a word of the line
    ("在线看色 情 网站", "色情", 0.9),  # only the term spaced: an insertion that marks it
    ("高·仿·真·一·夜·情店", "一夜情", 0.9),
    ("通报了一批G\u0489H\u0489B\u0489迷\u0489药\u0489典型案例", "GHB迷药", 0.95),  # a mark after each character runs one
    ("通报了一批冰\u0489毒\u0489典型案例", "冰毒", 0.95),  # step over (药典): not how the line is spaced
    ("卖冰\u200b毒\u200b给他", "冰毒", 0.95),
])
def test_a_spaced_term_that_is_a_word_of_its_line_is_found(matcher: Matcher, text: str, term: str,
                                                          confidence: float) -> None:
    assert best(matcher, text, term) == confidence


@pytest.mark.parametrize("text", [
    "订单号：202401275498624760，请在24小时内付款",  # all digits, both USCC checks pass by chance
    "会员卡号 14543881108，积分 320",  # the number of a card, not a phone
    "访问 127.0.0.1:8080", "监听 0.0.0.0 端口", "组播 224.0.0.251",
])
def test_numbers_of_things_are_not_personal_information(text: str) -> None:
    assert find_pii(text) == []


def test_an_ip_word_right_before_chinese_still_counts() -> None:
    [m] = find_pii("他的IP是 61.135.169.121")
    assert m.kind == "ipv4" and m.confidence == pytest.approx(0.9)


@pytest.mark.parametrize("text", ["const x = require('./magu');", "cd ~/magu && ls", "见 .\\magu\\a.txt"])
def test_pinyin_at_the_start_of_a_relative_path_is_a_name(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    matcher = probe_matcher(["麻古"], tmp_path_factory.mktemp("path"))
    assert best(matcher, text, "麻古") < 0.5 and best(matcher, "我买了magu", "麻古") == 0.8


@pytest.mark.parametrize(("text", "kind"), [
    ("台胞證號碼：99152322", "taiwan_permit"), ("回鄉證：M72409690", "hk_macao_permit"),  # context words in traditional
    ("手機：13912345678", "mobile"),
])
def test_context_words_written_in_traditional_characters(text: str, kind: str) -> None:
    """From the twenty-fourth probe (70 documents of personal information, traditional-character context missed)."""
    assert [m.kind for m in find_pii(text)] == [kind]


def test_an_order_number_under_a_passport_line_is_an_order_number() -> None:
    assert [m.text for m in find_pii("护照 E12345678\n订单号 【E86068410】")] == ["E12345678"]


@pytest.mark.parametrize(("text", "found"), [
    ("退款单号,订单号,申请人,手机\nTK2779741741299089,13987836322,尹东,13272229860\n", ["13272229860"]),  # 订单号 column
    ("考号,姓名,准考证号,成绩\n15520127745,郝静,20233760203713,56\n", []),
    ("姓名\t联系电话\n张三\t13912345678\n", ["13912345678"]),
])
def test_a_csv_column_header_names_what_its_values_are(text: str, found: list[str]) -> None:
    """From the twenty-fourth probe: order numbers and exam numbers in CSV exports read as mobiles."""
    assert [m.text for m in find_pii(text, {"mobile"})] == found
