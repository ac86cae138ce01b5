"""Digits and signs written for the letters of a Latin word (``p0rn``, ``s3x``, ``fa1ungong``): found as
``leet`` hits over the word, while model numbers, versions and dates give nothing."""

from __future__ import annotations

import pytest

from beian.text.leet import respelled, trailing_word
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

TERMS = ("porn", "sex", "falungong", "pimp", "as", "bat", "sb", "boobs", "法轮功", "打压")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in TERMS]),
                         cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "written", "term"), [
    ("看p0rn网站", "p0rn", "porn"),
    ("S3X视频", "S3X", "sex"),
    ("练fa1ungong的人", "fa1ungong", "falungong"),  # 1 read as l
    ("找p1mp", "p1mp", "pimp"),                     # 1 read as i
    ("f@lung0ng", "f@lung0ng", "falungong"),        # @ for a
    ("看b00bs图", "b00bs", "boobs"),                 # a run of stand-ins
])
def test_stand_ins_for_letters_are_found_over_the_word(matcher: Matcher, text: str, written: str, term: str) -> None:
    hits = [m for m in matcher.scan(text) if m.variant == "leet"]
    assert [(m.text, m.matched, m.confidence) for m in hits] == [(written, term, 0.8)]
    assert text[hits[0].start:hits[0].end] == written


@pytest.mark.parametrize("text", [
    "mp3 下载", "iphone15 发布", "4s店保养", "k8s 集群", "2023abc", "w3c 标准", "b2b 平台", "x86 架构",
    "版本 v1.0.3", "h5 页面", "user@example.com", "价格 $5",
    "机后SS8则负责供电", "THIS IS OUR DAY4.", "GPT4 发布", "A4纸",  # a stand-in only at the end: model numbers
])
def test_model_numbers_versions_and_addresses_give_no_leet_hit(matcher: Matcher, text: str) -> None:
    assert [m for m in matcher.scan(text) if m.variant == "leet"] == []


def test_each_word_is_respelled_one_character_for_one() -> None:
    [word] = respelled("看p0rn网站")
    assert (word.start, word.text) == (0, "看porn网")
    assert word.changed == [False, False, True, False, False, False]
    assert {w.text for w in respelled("x a fa1un b y z w")} == {"x a falun b y ", "x a faiun b y "}  # two words around
    assert [w.text for w in respelled("找个3sc0rt s3rv1c3吧")] == ["个escort servlce吧", "个escort service吧"]  # a phrase
    assert respelled("没有数字代字母的文本 2023年") == []


def test_a_stream_holds_a_word_that_already_has_a_stand_in(matcher: Matcher) -> None:
    assert trailing_word("他说p0") == 2
    assert matcher.pending_chars("他说p0") >= 2
    assert trailing_word("他说2023") == 0  # digits only: a number, not a word being disguised
    assert trailing_word("他说p0rn。") == 0


def test_long_and_short_texts_find_the_same_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short texts are searched with a regex, long ones with NumPy: the same words either way."""
    import random

    from beian.text import leet

    rng = random.Random(3)
    texts = ["".join(rng.choice("ab0134@$ 中文xyz59") for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    monkeypatch.setattr(leet, "_LONG", 10**9)
    by_regex = [respelled(t) for t in texts]
    monkeypatch.setattr(leet, "_LONG", 0)
    assert [respelled(t) for t in texts] == by_regex
    assert any(by_regex)
