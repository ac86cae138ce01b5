"""The homophone channel (``--homophone``) keeps a same-sound run only when it reads as the term written on purpose
(:mod:`beian.text.homophones`): ordinary words that happen to sound like a term give no hit."""

from __future__ import annotations

import pytest

from beian.text.homophones import read_as_term, same_tone, toned_readings
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term, VariantOptions
from beian.text.wordcut import WordCut

TERMS = ["法轮功", "色情网站", "核设施", "交通部", "江代表", "伪科学", "姐服务", "卖淫女", "冰毒片", "微音器"]


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lex = Lexicon(terms=[Term(t, category="测试") for t in TERMS], options=VariantOptions(homophone=True))
    return Matcher.build(lex, cache_dir=tmp_path_factory.mktemp("cache"))


def _homophones(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.matched) for m in matcher.scan(text) if m.variant == "homophone"]


@pytest.mark.parametrize(("text", "written", "term"), [
    ("群里又有人发法伦功的传单", "法伦功", "法轮功"),      # same tone
    ("有人在卖涩情网站的会员", "涩情网站", "色情网站"),
    ("街上有卖银女拉客", "卖银女", "卖淫女"),
    ("有人卖冰读片，懂的来", "冰读片", "冰毒片"),
    ("他信了发轮功", "发轮功", "法轮功"),                  # 发 fā for 法 fǎ: reads far better as the term
])
def test_a_homophone_written_on_purpose_is_found(matcher: Matcher, text: str, written: str, term: str) -> None:
    assert (written, term) in _homophones(matcher, text)


@pytest.mark.parametrize("text", [
    "活动场所和设施应当符合规定",    # 和 is a function word: 和|设施, not 核设施
    "酒店交通不方便",                # 不 for 部
    "主席团应当将代表的复议要求",    # 将 for 江
    "这是为科学研究提供的数据",      # 为 wéi, 伪 wěi: another tone, and it reads better as written
    "提供中介服务的机构",            # 介服务 cuts through 中介
    "发言时为引起大家注意",          # 为引起 wèi yǐn qǐ, 微音器 wēi yīn qì
])
def test_ordinary_words_that_sound_like_a_term_give_no_hit(matcher: Matcher, text: str) -> None:
    assert _homophones(matcher, text) == []


def test_a_run_with_something_inserted_or_doubled_is_left_to_the_other_channels(matcher: Matcher) -> None:
    assert _homophones(matcher, "有人卖冰.读片") == []
    assert _homophones(matcher, "有人卖冰冰读片") == []


def test_tones_come_from_every_reading_of_a_character() -> None:
    assert {"he2", "he4", "huo2"} <= toned_readings("和")
    assert same_tone("涩", "色") and same_tone("银", "淫")
    assert not same_tone("发", "法") and not same_tone("为", "伪")
    assert toned_readings("a") == frozenset()


def test_read_as_term_compares_the_sentence_both_ways() -> None:
    words = WordCut()
    text = "有人在卖涩情网站的会员"
    assert read_as_term(text, 4, 8, "色情网站", words)
    assert not read_as_term(text, 4, 8, "涩情网站", words)  # the term itself is not a homophone of it
    assert not read_as_term("他想读博士", 2, 4, "赌博", words)  # 读博 is a dictionary word
