"""A term spelled by the syllables of a transliterated foreign name (``斯诺`` in ``斯诺克``, ``萨斯`` in ``得克萨斯州``)
is no hit; a name built on the term (``拉萨市``, ``纳粹党``, ``沙特阿拉伯``) still holds it (issue 12: matcher-made
false alarms; :mod:`beian.text.foreign_names`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from data_scripts import load
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.foreign_names import foreign_names, inside_name, name_words, translit_chars
from beian.text.matcher import Matcher
from beian.text.wordcut import dictionary

TERMS = ("斯诺", "萨斯", "萨德", "格鲁", "巴赫", "拉萨", "纳粹", "阿拉伯", "达赖", "俄罗斯", "伊斯兰")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


def _is_word(word: str) -> bool:
    return bool(dictionary().lookup(word))


@pytest.mark.parametrize(("text", "term"), [
    ("昨晚的斯诺克大师赛一直打到凌晨", "斯诺"),
    ("她在得克萨斯州读完了研究生", "萨斯"),
    ("雷克萨斯去年在华销量下滑", "萨斯"),
    ("外电报道，阿萨德当天会见了来访代表团", "萨德"),
    ("格鲁吉亚队在主场2比1取胜", "格鲁"),
    ("停车场里停着一辆迈巴赫", "巴赫"),
    ("他拿到了得克萨斯大学奥斯汀分校的录取", "萨斯"),  # a word of the dictionary holding the name
])
def test_a_term_spelled_by_a_transliterated_name_is_no_hit(matcher: Matcher, text: str, term: str) -> None:
    assert 0 < _best(matcher, text, term) <= 0.4


@pytest.mark.parametrize(("text", "term"), [
    ("韩国部署萨德引发抗议", "萨德"),
    ("他最爱听巴赫的大提琴组曲", "巴赫"),
    ("那年萨斯疫情让学校停课", "萨斯"),
])
def test_the_same_terms_written_on_their_own_stand(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) == 1.0


@pytest.mark.parametrize(("text", "term"), [
    ("拉萨市今天最高气温十二度", "拉萨"),        # 市 is a morpheme, not a syllable
    ("纳粹党在那次选举中得票最多", "纳粹"),      # 粹 is no transliteration character
    ("沙特阿拉伯的原油出口增加", "阿拉伯"),      # 沙特 is a word of its own
    ("有关达赖喇嘛的报道", "达赖"),              # 喇嘛 is a word of its own
    ("白俄罗斯与俄罗斯接壤", "俄罗斯"),
    ("所谓伊斯兰国的武装人员", "伊斯兰"),        # 国 is a generic part of names (通名), not a syllable
])
def test_a_name_built_on_the_term_still_holds_it(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) == 1.0


def test_a_name_that_also_holds_a_term_it_is_built_on_cuts_nothing() -> None:
    assert "沙特阿拉伯" not in name_words(["阿拉伯", "阿拉"], _is_word)  # 阿拉伯 is built on, so 阿拉 stays too
    assert set(name_words(["阿拉"], _is_word)) >= {"阿拉伯", "沙特阿拉伯"}
    assert name_words([], _is_word) == ()


def test_inside_name_reads_structure_not_a_list() -> None:
    assert inside_name("斯诺克", 0, 2, _is_word)      # 克 goes on with the spelling
    assert inside_name("阿萨德", 1, 3, _is_word)      # 阿 before it
    assert not inside_name("拉萨市", 0, 2, _is_word)  # 市 is no transliteration character
    assert not inside_name("纳粹党", 0, 2, _is_word)  # nor is 粹, inside the term


def test_the_tables_are_what_their_header_says() -> None:
    chars, rows = translit_chars(), foreign_names()
    assert {"斯", "萨", "克", "尼"} <= chars and not {"市", "党", "的", "人", "国", "岛"} & chars
    names = {word[a:b] for word, a, b in rows}
    assert {"斯诺克", "得克萨斯州", "格鲁吉亚", "斯诺登"} <= names and all(len(name) >= 3 for name in names)
    holders = [(word, a, b) for word, a, b in rows if (a, b) != (0, len(word))]
    assert ("得克萨斯大学", 0, 4) in holders and all(_is_word(word) for word, _, _ in holders[:300])  # jieba's words
    folder = Path(__file__).resolve().parents[2] / "src" / "beian" / "text" / "data"
    for table in ("translit_chars.txt", "foreign_names.txt"):
        assert "CC BY-SA 4.0" in (folder / table).read_text(encoding="utf-8").splitlines()[0]


def _generator() -> Any:
    """``data/gen_names.py`` loaded as a module."""
    return load("gen_names")


@pytest.mark.parametrize(("pinyin", "gloss", "foreign"), [
    ("De2 ke4 sa4 si1", "Texas, US state", True),
    ("si1 nuo4 ke4", "snooker (loanword)", True),
    ("A1 sa4 de2", "Assad (Arabic name)", True),
    ("Bei3 jing1", "Beijing municipality, capital of the People's Republic of China", False),
    ("Mao2 Ze2 dong1 Si1 xiang3", "Mao Zedong Thought/Maoism", False),
    ("da4 xue2", "university/college", False),
])
def test_the_generator_tells_a_transliteration_from_a_chinese_name(pinyin: str, gloss: str, foreign: bool) -> None:
    assert _generator().is_foreign(pinyin, gloss) is foreign
