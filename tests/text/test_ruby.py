"""Characters annotated with their own pinyin in brackets (注音: ``冰(bīng)毒(dú)``) are read without the annotation;
a bracketed word that is not the character's reading (``电话(tel)``, ``第(1)条``) is left alone."""

from __future__ import annotations

import pytest
from probe_terms import probe_matcher

from beian.text.matcher import Matcher
from beian.text.ruby import readings, ruby_words, trailing_ruby

TERMS = ("冰毒", "赌博", "色情网站", "六合彩", "电话号码", "法轮功")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


def _hit(matcher: Matcher, text: str, term: str) -> tuple[str, str, float] | None:
    found = [(m.text, m.variant, m.confidence) for m in matcher.scan(text) if m.matched == term and m.confidence >= 0.5]
    return max(found, key=lambda f: len(f[0]), default=None)


@pytest.mark.parametrize(("text", "written", "term"), [
    ("有没有人出冰(bīng)毒(dú)，私聊", "冰(bīng)毒(dú)", "冰毒"),                 # tone marks
    ("周末去赌(du3)博(bo2)吗", "赌(du3)博(bo2)", "赌博"),                     # tone digits
    ("这个色（se）情（qing）网站打不开了", "色（se）情（qing）网站", "色情网站"),  # full-width brackets, partly annotated
    ("买六(liu)合(he)彩(cai)稳赚", "六(liu)合(he)彩(cai)", "六合彩"),
    ("他们在练法(Fa)轮(lun)功", "法(Fa)轮(lun)功", "法轮功"),                   # a capital, the last character bare
])
def test_annotated_characters_are_read_as_written(matcher: Matcher, text: str, written: str, term: str) -> None:
    assert _hit(matcher, text, term) == (written, "separator", 0.9)


@pytest.mark.parametrize(("text", "term"), [
    ("请留下电话(tel)号码", "电话号码"),      # an English gloss, not the reading
    ("违反第(1)款规定的赌博行为", "赌博"),    # a number in brackets
    ("冰(ice)毒品检测", "冰毒"),
])
def test_a_bracketed_word_that_is_not_the_reading_is_left_alone(matcher: Matcher, text: str, term: str) -> None:
    hit = _hit(matcher, text, term)
    assert hit is None or "(" not in hit[0]


def test_readings_cover_every_reading_of_a_polyphone() -> None:
    assert {"zhang", "chang"} <= readings("长") and "lv" in readings("绿")
    spelled = ruby_words("看绿(lǜ)色")
    assert [s.text for s in spelled] == ["看绿色"] and spelled[0].span(1, 2) == (1, 6)


def test_a_stream_holds_an_annotation_still_being_written(matcher: Matcher) -> None:
    assert trailing_ruby("有没有冰(bīn") >= len("冰(bīn")
    assert matcher.pending_chars("有没有冰(bīng)") >= len("冰(bīng)")
    assert trailing_ruby("有没有冰块。") == 0
