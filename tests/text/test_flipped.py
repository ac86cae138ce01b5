"""Upside-down text as the generators write it (``ƃuoƃunlɐɟ``): found as ``flipped`` hits over the run, while
IPA, mathematics, Hebrew and zhuyin that share some of those characters give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.text.flipped import flipped_runs, trailing_flipped
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

TERMS = ("porn", "sex", "法轮功", "色情网站", "代开发票", "赌博")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in TERMS]),
                         cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "written", "term"), [
    ("他们在练ƃuoƃunlɐɟ呢", "ƃuoƃunlɐɟ", "法轮功"),        # pinyin of a Chinese term, one word
    ("ƃuoƃ unl ɐɟ 好", "ƃuoƃ unl ɐɟ", "法轮功"),           # the generator keeps the spaces
    ("在练ɓuoɓunlɐɟ", "ɓuoɓunlɐɟ", "法轮功"),              # another generator writes g as ɓ
    ("看 uɹod 吗", "uɹod", "porn"),                         # a Latin term; u for n, d for p
    ("有 uɐɥz ƃuɐʍ ƃuᴉb ǝs 吗", "uɐɥz ƃuɐʍ ƃuᴉb ǝs", "色情网站"),  # se qing wang zhan: last syllable first
    ("找 oɐᴉd ɐɟ ᴉɐʞ ᴉɐp", "oɐᴉd ɐɟ ᴉɐʞ ᴉɐp", "代开发票"),
    ("xǝs", "xǝs", "sex"),
    ("xəs", "xəs", "sex"),                                 # the schwa, as some generators write e
    ("XƎS!", "XƎS", "sex"),                                # capitals: Ǝ is a turned E
])
def test_upside_down_runs_are_found_over_the_run(matcher: Matcher, text: str, written: str, term: str) -> None:
    hits = [m for m in matcher.scan(text) if m.variant == "flipped"]
    assert [(m.text, m.matched, m.confidence) for m in hits] == [(written, term, 0.8)]
    assert text[hits[0].start:hits[0].end] == written


@pytest.mark.parametrize("text", [
    "英语 cup 读作 /kʌp/，about 读作 /ɐˈbaʊt/。",   # IPA: one turned letter per word
    "sofa 读作 /ˈsəʊfə/，the 读作 /ðə/，bird 读作 /bɜːd/",  # IPA with the schwa, a lookalike of a turned e
    "对任意 ∀x ∈ A ∩ B 成立",                        # mathematics
    "שלום פה",                                       # Hebrew pe, which the generators use for G
    "注音 ㄣ ㄥ ㄅ ㄆ",                                 # zhuyin: ㄣ and ㄥ are turned 4 and 7 in the map
    "porn 不是倒写的", "ʇǝs ɐ ʇnq ʞool",              # plain text; upside down but no term
])
def test_text_that_only_shares_characters_gives_no_flipped_hit(matcher: Matcher, text: str) -> None:
    assert [m for m in matcher.scan(text) if m.variant == "flipped"] == []


def test_a_run_is_read_backwards_with_the_turned_letters_marked() -> None:
    [run] = flipped_runs("看 uɹod 吗")
    assert (run.start, run.text, run.turned) == (2, "porn", [False, False, True, False])
    assert run.span(0, 4) == (2, 6)
    assert run.span(1, 3) == (3, 5)  # "or" reads back from "ɹo"
    assert flipped_runs("没有倒写的文本 abc") == []


def test_a_stream_holds_an_upside_down_run_still_being_written(matcher: Matcher) -> None:
    """The run is read backwards: its last characters are the term's first ones."""
    assert trailing_flipped("他们在练ƃuoƃunl") == len("ƃuoƃunl")
    assert matcher.pending_chars("他们在练ƃuoƃunl") >= len("ƃuoƃunl")
    assert trailing_flipped("他们在练 ordinary") == 0
    assert trailing_flipped("ƃuoƃunlɐɟ。") == 0


@pytest.mark.parametrize(("text", "written"), [
    ("看\u202e博赌\u202c吧", "博赌"), ("玩\u202e彩合六", "彩合六"), ("\u202e乐家百\u202c和别的", "乐家百"),
])
def test_text_set_right_to_left_by_an_override_reads_as_it_displays(text: str, written: str, tmp_path: Path) -> None:
    from beian.text.terms import Lexicon, Term

    matcher = Matcher.build(Lexicon(terms=[Term(t) for t in ("赌博", "六合彩", "百家乐")]), cache_dir=tmp_path)
    assert [(m.text, m.variant) for m in matcher.scan(text)] == [(written, "flipped")]


def test_a_stream_holds_an_override_until_it_is_closed(tmp_path: Path) -> None:
    from beian.text.terms import Lexicon, Term

    matcher = Matcher.build(Lexicon(terms=[Term("赌博")]), cache_dir=tmp_path)
    assert matcher.pending_chars("看\u202e博") >= len("\u202e博")
    closed = "看\u202e博赌\u202c。后来"
    assert matcher.pending_chars(closed) == matcher.pending_chars(closed.replace("\u202e", "").replace("\u202c", ""))
