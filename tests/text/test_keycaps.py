"""Keycap digits between a term's characters as fillers (``黄1️⃣片``): found as ``separator`` hits, while keycap
numbers (``1️⃣9️⃣8️⃣9️⃣``) keep their digits."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.text.keycaps import keycap_fillers
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

TERMS = ("黄片", "六合彩", "法轮功", "1989", "六四", "十三水", "时时彩", "禁止", "赌博", "老虎机")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in TERMS]), cache_dir=tmp_path_factory.mktemp("c"))


@pytest.mark.parametrize(("text", "written", "term"), [
    ("看黄1️⃣片吗", "黄1️⃣片", "黄片"),
    ("买六8️⃣合8️⃣彩", "六8️⃣合8️⃣彩", "六合彩"),          # one between every two characters
    ("练法1⃣轮功", "法1⃣轮功", "法轮功"),                # without the variation selector
    ("练法2️⃣3️⃣轮功", "法2️⃣3️⃣轮功", "法轮功"),            # two in a row
])
def test_keycap_digits_between_characters_are_fillers(matcher: Matcher, text: str, written: str, term: str) -> None:
    hits = [m for m in matcher.scan(text) if m.matched == term]
    assert [(m.text, m.variant, m.confidence) for m in hits] == [(written, "separator", 0.9)]


def test_keycap_numbers_keep_their_digits(matcher: Matcher) -> None:
    assert [m.matched for m in matcher.scan("那年是1️⃣9️⃣8️⃣9️⃣年")] == ["1989"]
    assert matcher.scan("比赛第1️⃣名") == [] and keycap_fillers("1️⃣9️⃣8️⃣9️⃣年") == []


def test_a_stream_holds_a_term_start_followed_by_keycaps(matcher: Matcher) -> None:
    assert matcher.pending_chars("我们看黄1️⃣") >= len("黄1️⃣")
    assert matcher.pending_chars("我们看了。") == 0


def test_keycap_digits_between_latin_letters_are_fillers(tmp_path: Path) -> None:
    matcher = Matcher.build(Lexicon(terms=[Term("porn", category="测试")]), cache_dir=tmp_path)
    assert [(m.text, m.variant) for m in matcher.scan("看 p8️⃣o8️⃣r8️⃣n 吗")] == [("p8️⃣o8️⃣r8️⃣n", "separator")]


@pytest.mark.parametrize(("text", "written"), [("玩十🈚三🈚水的", "十🈚三🈚水"), ("十🈚️三水", "十🈚️三水")])
def test_enclosed_ideographs_between_characters_are_fillers(matcher: Matcher, text: str, written: str) -> None:
    hits = [m for m in matcher.scan(text) if m.matched == "十三水"]
    assert [(m.text, m.variant, m.confidence) for m in hits] == [(written, "separator", 0.9)]


def test_an_enclosed_ideograph_alone_is_still_read_as_its_character(matcher: Matcher) -> None:
    assert [m.matched for m in matcher.scan("此处🈲止吸烟")] == ["禁止"]


@pytest.mark.parametrize(("text", "written"), [("他在玩时々彩，", "时々彩"), ("时々彩", "时々彩")])
def test_the_iteration_mark_repeats_the_character_before_it(matcher: Matcher, text: str, written: str) -> None:
    hits = [m for m in matcher.scan(text) if m.matched == "时时彩"]
    assert [(m.text, m.variant, m.confidence) for m in hits] == [(written, "repeat", 0.9)]


def test_a_stream_holds_a_character_followed_by_the_iteration_mark(matcher: Matcher) -> None:
    assert matcher.pending_chars("他在玩时々") >= len("时々")


@pytest.mark.parametrize(("text", "written", "term"), [
    ("朋友圈有人发赌x博的广告", "赌x博", "赌博"), ("老1虎2机", "老1虎2机", "老虎机"), ("练法q轮功", "法q轮功", "法轮功"),
])
def test_a_single_letter_or_digit_between_characters_is_a_filler(matcher: Matcher, text: str, written: str,
                                                                  term: str) -> None:
    hits = [m for m in matcher.scan(text) if m.matched == term]
    assert [(m.text, m.variant, m.confidence) for m in hits] == [(written, "separator", 0.75)]


def test_two_letters_between_characters_are_a_word_not_a_filler(matcher: Matcher) -> None:
    assert [m.matched for m in matcher.scan("赌xx博")] == []


def test_a_stream_holds_a_character_followed_by_one_letter(matcher: Matcher) -> None:
    assert matcher.pending_chars("朋友圈有人发赌x") >= len("赌x")


def test_a_long_chain_of_fillers_reads_every_term(matcher: Matcher) -> None:
    hits = [m for m in matcher.scan("赌x博" * 300) if m.matched == "赌博"]
    assert len(hits) == 300 and all(m.text == "赌x博" for m in hits)
