"""Failures found by probes written in another hand's style (bench/probe_unseen.py), one test each."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

TERMS = ("美眉娱乐", "日本性爱视频", "冰毒合成方法", "认证书", "黑田美礼", "7常委", "色情", "gongchandang", "水工", "幼女口交",
         "码会", "法轮功", "习近平")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lexicon = Lexicon(terms=[Term(t, category="测试") for t in TERMS])
    return Matcher.build(lexicon, cache_dir=tmp_path_factory.mktemp("cache"))


def _best(matcher: Matcher, text: str, term: str) -> float:
    return max((m.confidence for m in matcher.scan(text) if m.matched == term), default=0.0)


@pytest.mark.parametrize("text", ["行政人员mei'mei'yu'le非法", "行政人员měi'méi'yú'lè非法", "说mei’mei’yu’le了"])
def test_an_apostrophe_between_pinyin_syllables_is_pinyin_writing(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "美眉娱乐") == 0.8  # the pinyin channel's own confidence, not a quotation mark's 0.45


def test_a_quotation_mark_between_characters_still_marks_structure(matcher: Matcher) -> None:
    assert _best(matcher, "他说'色'情", "色情") == 0.45


@pytest.mark.parametrize(("text", "term"), [("日本性性性性爱视频", "日本性爱视频"), ("冰毒合成方方方法", "冰毒合成方法")])
def test_a_character_typed_three_times_or_more_is_not_two_words_meeting(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_one_extra_copy_between_two_words_still_reads_as_two_words(matcher: Matcher) -> None:
    assert _best(matcher, "认证证书", "认证书") == 0.4  # 认证|证书


@pytest.mark.parametrize("text", ["HTTP/1.1 200 OK Content-Type: text/html，", "路径 /var/www/html 下", "mime=html"])
def test_initials_inside_a_path_or_type_are_not_pinyin_initials(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "黑田美礼") < 0.5


def test_a_parenthesised_number_is_that_number(matcher: Matcher) -> None:
    assert _best(matcher, "⑺常委", "7常委") >= 0.75
    assert _best(matcher, "x=(7)常委", "7常委") < 0.5  # a real formula beside it still reads as one


def test_tone_marked_pinyin_with_hyphens_is_pinyin_not_a_formula(matcher: Matcher) -> None:
    text = "多喝水。Gōng-Chǎn-Dāng。"
    assert _best(matcher, text, "gongchandang") >= 0.75
    assert _best(matcher, text, "水工") < 0.5  # 水 and Gōng across a full stop: two sentences, not 水gong


@pytest.mark.parametrize("text", ["他说younukoujiao了", "他说you nu kou jiao了", "他说younvkoujiao了", "说幼nu口交"])
def test_u_umlaut_typed_as_u_is_pinyin(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "幼女口交") >= 0.75


# a two-character term read through the pinyin channel from a romanized name (``Ma Hui`` as 码会)
@pytest.mark.parametrize("text", ["研究负责人 Ma Hui 表示，结果还需验证。", "作者：Ma Hui, Li Wei", "Dr. Ma-Hui from Peking University",
                                  "她的英文名叫Mahui，来自马来西亚。", "Mahui是道教传说中的人物。"])  # one word, capital initial
def test_a_romanized_personal_name_is_below_the_default_threshold(matcher: Matcher, text: str) -> None:
    confidence = _best(matcher, text, "码会")
    assert 0 < confidence < 0.5  # still reported at --min-confidence 0.4, not at the default


@pytest.mark.parametrize("text", ["这期 mahui 开什么", "去 ma hui 那里买", "MAHUI 今晚开奖"])
def test_pinyin_typed_in_lower_case_or_capitals_keeps_its_confidence(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "码会") >= 0.75


@pytest.mark.parametrize(("text", "term"), [("He practised Falun Gong for years.", "法轮功"),
                                            ("Xi Jinping visited the city.", "习近平")])
def test_longer_names_spelled_in_title_case_are_the_terms_themselves(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


DOUBLED = ("带套套", "嫂嫂", "我和姐姐", "乱雨纷纷", "妈妈")


@pytest.fixture(scope="module")
def doubled(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lexicon = Lexicon(terms=[Term(t, category="测试") for t in (*DOUBLED, "色情")])
    return Matcher.build(lexicon, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term", "confidence"), [
    ("带。套。套", "带套套", 0.8),          # a clause mark in every gap: regular insertion
    ("乱,雨,纷,纷", "乱雨纷纷", 0.8),
    ("我\r\n和\r\n姐\r\n姐", "我和姐姐", 0.8),
    ("嫂\u2028嫂", "嫂嫂", 0.75),           # two characters each on a line of its own (a word broken at a line end
                                           # among other characters is 0.5: test_evasion_forms)
    ("带套。套", "带套套", 0.6),            # one clause mark in a longer term
    ("带*套*套", "带套套", 0.9),            # symbols: the fold collapses the repeat, as before
])
def test_a_term_with_a_doubled_character_is_found_across_clause_marks_and_line_breaks(
        doubled: Matcher, text: str, term: str, confidence: float) -> None:
    """The fold does not collapse a repeat across a clause mark or a line break, so such a term is also compiled
    written out; before, these gave no hit at all."""
    hits = [m for m in doubled.scan(text) if m.matched == term]
    assert [(m.text, m.confidence) for m in hits] == [(text, confidence)]


@pytest.mark.parametrize("text", ["他看色情，情况很糟", "他妈。妈妈说", "带带。套。套"])
def test_the_written_out_form_needs_each_copy_typed_once(doubled: Matcher, text: str) -> None:
    """A repeat across a clause mark is still two words (色情，情况), and a run collapsed inside the written-out
    form is two readings mixed (妈。妈妈): neither is read as the written-out term."""
    assert [m for m in doubled.scan(text) if m.matched in DOUBLED and m.confidence >= 0.45 and "。" in m.text] == []
    assert [m.text for m in doubled.scan(text) if m.matched == "色情"] in (["色情"], [])


@pytest.mark.parametrize(("text", "term"), [
    ("第0行：色情网站与网上", "色情"),      # 行：色 is no 行色 (the colon ends a clause), 情网 alone does not drop it
    ("的身份、财产权利、市场交易等", "权利"),  # 利、市 is no 利市
])
def test_two_words_meeting_must_touch_the_hit_in_the_text(tmp_path: Path, text: str, term: str) -> None:
    """The two-character check drops ``XY`` in ``AXYB`` read as ``AX`` + ``YB``; a character on the far side of a
    punctuation mark (deleted by the fold) does not make such a word."""
    matcher = Matcher.build(Lexicon(terms=[Term(term, category="测试")]), cache_dir=tmp_path)
    assert [(m.text, m.confidence) for m in matcher.scan(text)] == [(term, 1.0)]


def test_two_words_meeting_still_drop_the_hit_between_them(tmp_path: Path) -> None:
    matcher = Matcher.build(Lexicon(terms=[Term("口交", category="测试"), Term("民政", category="测试")]), cache_dir=tmp_path)
    assert matcher.scan("前方路口交警") == [] and matcher.scan("人民政府") == []


@pytest.mark.parametrize(("text", "term", "span"), [
    ("他女马的", "他妈的", "他女马的"),        # 女马: jieba lists it (count 3), as it lists the commonest 拆字
    ("真亻尔女马烦", "你妈", "亻尔女马"),        # both characters split
    ("练氵去车仑功", "法轮功", "氵去车仑功"),    # 法 and 轮 split, 功 (工力, an ordinary word) not
])
def test_common_splits_that_jieba_lists_are_still_splits(tmp_path: Path, text: str, term: str, span: str) -> None:
    matcher = Matcher.build(Lexicon(terms=[Term(term, category="测试")]), cache_dir=tmp_path)
    assert [(m.text, m.variant, m.confidence) for m in matcher.scan(text)] == [(span, "split", 0.75)]


def test_a_split_into_an_ordinary_word_is_still_left_out(tmp_path: Path) -> None:
    """好 = 女子: ``女子色情`` is a woman and pornography, not 好色情."""
    matcher = Matcher.build(Lexicon(terms=[Term("好色", category="测试")]), cache_dir=tmp_path)
    assert matcher.scan("女子色情") == []
