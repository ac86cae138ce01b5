"""Pinyin written in zhuyin (注音符号): read as pinyin, reported over the zhuyin as written."""

from __future__ import annotations

import pytest

from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term
from beian.text.zhuyin import _syllables, zhuyin_words

TERMS = ("赌博", "冰毒", "法轮功", "百家乐", "绿帽")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in TERMS]), cache_dir=tmp_path_factory.mktemp("z"))


@pytest.mark.parametrize(("text", "written", "term", "variant"), [
    ("兄弟们整点ㄉㄨˇㄅㄛˊ吗", "ㄉㄨˇㄅㄛˊ", "赌博", "pinyin"),        # all zhuyin, with tone marks
    ("ㄈㄚˇㄌㄨㄣˊㄍㄨㄥ", "ㄈㄚˇㄌㄨㄣˊㄍㄨㄥ", "法轮功", "pinyin"),   # first tone left unmarked
    ("今晚ㄉㄨˇ博", "ㄉㄨˇ博", "赌博", "mixed"),                       # part zhuyin, part characters
    ("来点ㄅㄧㄥ毒不", "ㄅㄧㄥ毒", "冰毒", "mixed"),
])
def test_zhuyin_reads_as_pinyin(matcher: Matcher, text: str, written: str, term: str, variant: str) -> None:
    hits = [m for m in matcher.scan(text) if m.matched == term]
    assert [(m.text, m.variant) for m in hits] == [(written, variant)]


def test_tone_marks_end_syllables_and_u_umlaut_is_v() -> None:
    assert _syllables("ㄉㄨˇㄅㄛˊ") == [("du", 0, 3), ("bo", 3, 6)]
    assert _syllables("ㄌㄩˋ") == [("lv", 0, 3)] and _syllables("ㄌㄨˋ") == [("lu", 0, 3)]


def test_text_without_zhuyin_is_not_read_again(matcher: Matcher) -> None:
    assert zhuyin_words("普通的中文句子，没有注音。") == []
    assert [m.matched for m in matcher.scan("台湾注音ㄋㄧˇㄏㄠˇ，你好")] == []


def test_a_stream_holds_trailing_zhuyin(matcher: Matcher) -> None:
    assert matcher.pending_chars("兄弟们整点ㄉㄨˇ") >= len("ㄉㄨˇ")
