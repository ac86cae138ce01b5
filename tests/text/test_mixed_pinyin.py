"""Pinyin mixed with characters beyond the compiled one-character patterns (beian.text.mixed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.text.matcher import Matcher
from beian.text.mixed import lines_up
from beian.text.terms import Lexicon, Term

TERMS = {"中国官方": "政治", "成人美女": "色情", "中共恶霸": "政治", "阿不来提": "人名", "维生素E片": "药品", "法轮功": "邪教", "赌博": "赌博", "色情网站": "色情", "诈骗": "诈骗", "坑爹": "低俗", "午夜寂寞": "色情",
         "妈的": "辱骂", "冰毒": "毒品", "网站": "其他", "论功": "其他", "毛靠": "其他",
         "扫了爷爷": "其他", "提供喵喵药": "其他"}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lexicon = Lexicon(terms=[Term(t, category=c) for t, c in TERMS.items()])
    return Matcher.build(lexicon, cache_dir=tmp_path_factory.mktemp("cache"))


def _hits(matcher: Matcher, text: str) -> list[tuple[str, str, str, float]]:
    return [(m.text, m.matched, m.variant, m.confidence) for m in matcher.scan(text)]


@pytest.mark.parametrize(("text", "span", "term"), [
    ("他们在练falun功", "falun功", "法轮功"),              # two characters as pinyin
    ("他们在练fa轮gong呢", "fa轮gong", "法轮功"),           # the first and the last
    ("去赌bo网", "赌bo", "赌博"),                           # a two-character term, second as pinyin
    ("去du博吧", "du博", "赌博"),                           # ... first as pinyin
    ("这是个se情wang站", "se情wang站", "色情网站"),
    ("这是个seqing网站吗", "seqing网站", "色情网站"),      # the pinyin part is itself a sound hit (inside: dropped)
    ("午夜ji4寞", "午夜ji4寞", "午夜寂寞"),                 # a tone digit after the syllable
    ("买BING毒", "BING毒", "冰毒"),                         # capitals
    ("京东坑die，诈pian！", "坑die", "坑爹"),               # as written in real shopping reviews
    ("说中共e霸了", "中共e霸", "中共恶霸"),                 # one letter, between two of the term's characters
    ("这是zhongguo官fang说法", "zhongguo官fang", "中国官方"),  # gg: a doubled letter across two syllables
    ("免费成人meinv", "成人meinv", "成人美女"),              # ü typed v
    ("免费成人meinu", "成人meinu", "成人美女"),              # ... and u
    # the next character's syllable starts with the letter the term ends with: zhan|nei spells zhanei
    ("这是个se情wang站内容", "se情wang站", "色情网站"),
    ("练fa轮gong过日子", "fa轮gong", "法轮功"),
    ("我们meng毒", None, None),                              # no term: a merged letter alone is no start
    # ... or the previous one ends with the letter the term starts with: ta|a spells ta
    ("他阿bu来ti", "阿bu来ti", "阿不来提"),
    # a term with a doubled character: the copies written as characters, or as pinyin
    ("扫le5爷爷", "扫le5爷爷", "扫了爷爷"),
    ("提gongmiaomiao药", "提gongmiaomiao药", "提供喵喵药"),
    ("扫le爷ye", "扫le爷ye", "扫了爷爷"),
])
def test_any_characters_written_as_pinyin_are_found(matcher: Matcher, text: str, span: str | None,
                                                    term: str | None) -> None:
    if span is None:
        assert [h for h in _hits(matcher, text) if h[2] == "mixed"] == []
        return
    found = [h for h in _hits(matcher, text) if h[0] == span]
    assert found and found[0][1:3] == (term, "mixed") and found[0][3] >= 0.75, _hits(matcher, text)


def test_a_hit_spans_the_whole_mixed_term_and_hides_what_is_inside(matcher: Matcher) -> None:
    assert _hits(matcher, "这是个seqing网站") == [("seqing网站", "色情网站", "mixed", 0.75)]


@pytest.mark.parametrize("text", [
    "不算太短，800mA的电池",        # a unit after a number, not ma的
    "卡成Mad的样子",                 # inside an English word
    "坑Die了",                       # mixed case: a word, not pinyin
    "他在练法lun",                   # not the whole term
    "网zhan打不开",                  # 网站 is an ordinary term here: found, but nothing else is made up
    "我用app上网",
    "还是tian mao 靠谱",             # one word of a Latin phrase (天猫), not mao靠
    "a不来提",                       # one letter at the edge: too common beside Chinese
    "每天吃维生素e片",               # a term spelled with a Latin letter is not pinyin
])
def test_latin_words_beside_characters_are_not_read_as_terms(matcher: Matcher, text: str) -> None:
    made_up = [h for h in _hits(matcher, text) if h[2] == "mixed" and h[1] != "网站"]
    assert made_up == []


def test_a_separator_inside_lowers_confidence_as_for_any_hit(matcher: Matcher) -> None:
    [hit] = [h for h in _hits(matcher, "说du，博") if h[1] == "赌博"]
    assert hit[3] < 0.75


def test_several_terms_with_the_same_sound_are_all_named(tmp_path: Path) -> None:
    lexicon = Lexicon(terms=[Term("法轮功", category="邪教"), Term("发轮功", category="变体")])
    matcher = Matcher.build(lexicon, cache_dir=tmp_path)
    [hit] = matcher.scan("练fa轮gong")
    assert set(hit.candidates) == {("法轮功", "邪教"), ("发轮功", "变体")}


@pytest.mark.parametrize(("span", "ok"), [
    ("fa轮gong", True), ("falun功", True), ("法轮功", False), ("falungong", False),  # needs both kinds
    ("f轮功", False),  # a piece of one letter
    ("fa论功", False),  # 论 is not the term's character
    ("fa3轮功", True), ("法3轮功", False),  # a tone digit only after a syllable
])
def test_lines_up_follows_the_term_syllable_by_syllable(span: str, ok: bool) -> None:
    assert lines_up(span, [1] * len(span), 0, len(span), "法轮功", ["fa", "lun", "gong"]) is ok


def test_u_typed_for_u_umlaut_lines_up() -> None:
    assert lines_up("幼nu口交", [1] * 5, 0, 5, "幼女口交", ["you", "nv", "kou", "jiao"])
