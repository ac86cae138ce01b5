"""What the thirty-second independent probe (2026-12-05: a tester's own 40 terms planted in 弹幕, 闲鱼 listings, chat
logs, captions and OCR'd posters; ordinary text of ten genres; personal information in exports, frozen before the
first run) found: pinyin in a hashtag read as a CSS id, a term split over two messages of a chat export that writes the
date, no time or a WeChat-style header line, and order numbers under a two-column CSV header read as phones."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher
from beian.text.pii import find_pii


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["冰毒", "约炮", "赌博", "海洛因"], tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("#bingdu 今晚老地方", "冰毒"), ("#BingDu 今晚", "冰毒"), ("同城 #yuepao", "约炮"), ("今天 #dubo# 真刺激", "赌博"),
])
def test_pinyin_in_a_hashtag_is_an_evasion(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) >= 0.75


@pytest.mark.parametrize("text", ["$('#bingdu').hide()", "#bingdu { color: red }", "#dubo, .card { margin: 0 }"])
def test_a_css_id_is_still_a_name_in_code(matcher: Matcher, text: str) -> None:
    term = "冰毒" if "bingdu" in text else "赌博"
    assert best(matcher, text, term) < 0.5


@pytest.mark.parametrize("text", [
    "[2024-03-12 21:03:05] 老王: 有海洛\n[2024-03-12 21:03:09] 老王: 因吗",  # a timestamp with its date
    "老王: 有海洛\n老王: 因吗",  # an export without times
    "老王 2024/3/12 21:03\n有海洛\n\n老王 2024/3/12 21:04\n因吗",  # WeChat: a header line, a blank line between
    "2024-03-12 21:03:05 老王\n有海洛\n2024-03-12 21:03:09 老王\n因吗",  # the time before the name
])
def test_a_term_split_over_two_messages_of_a_chat_export(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "海洛因") >= 0.5


def test_two_speakers_do_not_make_one_term(matcher: Matcher) -> None:
    assert best(matcher, "老王: 有海洛\n小李: 因吗", "海洛因") < 0.5


@pytest.mark.parametrize(("text", "found"), [
    ("订单号,金额\n13812345678,99.00\n15967891234,18.50\n", 0),  # every row under 订单号, not only the first
    ("姓名,手机\n张三,13812345678\n李四,15967891234\n", 2),
])
def test_a_two_column_export_is_read_by_its_header(text: str, found: int) -> None:
    assert len([h for h in find_pii(text) if h.kind == "mobile"]) == found


@pytest.mark.parametrize(("text", "found"), [
    ("车牌 川a12345", True), ("車牌 粵B·12345", True),  # lower case beside 车牌; a province in traditional characters
    ("川a12345", False),  # lower case alone: a code, not a plate
])
def test_plates_in_lower_case_or_traditional_characters(text: str, found: bool) -> None:
    assert any(h.kind == "license_plate" for h in find_pii(text)) is found
