"""False alarms and misses found by a fifth black-box probe (written by a session that never read the matcher), one
test per class; the lexicon holds the entries the probe's public lexicons matched."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

TERMS = ("sb", "AV", "GM", "JS", "ma", "舔肛", "妓男", "淫传", "亵衣", "萝莉", "胎记", "李刚", "他妈的", "法轮功", "赌博",
         "时时彩", "洗钱", "高兴", "2b", "64", "500", "QQ", "枪支")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("选项 A 和 S B 都不对。", "sb"), ("看了 A V 两个版本的对比", "AV"), ("引力参数 G·M 对地球约为", "GM"),
    ("普朗克常数的单位是 J·s，很小。", "JS"),
])
def test_single_letters_set_apart_are_below_the_gateway_default(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.6  # still found in strict mode (an evasion of sb is written so too)


def test_letters_typed_together_keep_their_confidence(matcher: Matcher) -> None:
    assert best(matcher, "你这个sb", "sb") == 1.0
    assert best(matcher, "你这个 s  b  啊", "sb") == 0.6


@pytest.mark.parametrize("text", ["电流为 22.7mA，", "5000 mA·h 的电池", "测得 3ma 的漏电流"])
def test_a_unit_after_a_number_is_no_term(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "ma") <= 0.4


@pytest.mark.parametrize(("text", "term"), [
    ("用户名 tiangang_2023", "舔肛"), ("cd ~/jinan/src", "妓男"), ("https://www.yinchuan.com/", "淫传"),
    ("xieyi@company.com", "亵衣"), ("账号 luoli", "萝莉"), ("pip install taiji", "胎记"), ("github.com/ligang", "李刚"),
])
def test_pinyin_inside_a_name_in_code_or_on_the_web_is_below_the_default(matcher: Matcher, text: str, term: str) -> None:
    assert 0 < best(matcher, text, term) <= 0.4  # listed at --min-confidence 0.4, not acted on


@pytest.mark.parametrize(("text", "term"), [("她是个 luoli 控", "萝莉"), ("ni shi tiangang de", "舔肛")])
def test_pinyin_typed_as_words_keeps_its_confidence(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.8


def test_a_doubled_word_that_puts_a_word_across_the_hit_is_two_words(matcher: Matcher) -> None:
    assert best(matcher, "她和其他妈妈的想法不一样。", "他妈的") <= 0.4  # 其他|妈妈|的: cuts a word
    assert best(matcher, "你他妈妈的给我滚", "他妈的") == 0.9  # a character typed twice
    assert best(matcher, "练法轮轮功的人", "法轮功") == 0.9  # 轮轮 is no word


@pytest.mark.parametrize("text", ["他玩日寸时彩", "时日寸彩开奖"])
def test_a_term_with_a_doubled_character_is_split_as_written_out(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "时时彩") == 0.75  # 时 = 日寸; the fold of 时时彩 is 时彩, its written-out form 时时彩


def test_a_doubled_word_the_dictionary_does_not_list_is_an_evasion(matcher: Matcher) -> None:
    assert best(matcher, "他们在洗洗钱钱", "洗钱") == 0.9
    assert best(matcher, "大家高高兴兴地回家", "高兴") == 0.9  # the lexicon's own ordinary word, as before


@pytest.mark.parametrize(("text", "term"), [("这是 DuBo 网站", "赌博"), ("有人 MaiYin 吗", "卖淫")])
def test_pinyin_in_camel_case_is_no_name(text: str, term: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    camel = Matcher.build(Lexicon(terms=[Term(term)]), cache_dir=tmp_path_factory.mktemp("camel"))
    assert best(camel, text, term) == 0.8  # Ma Hui (set apart) is a name at 0.4; DuBo run together is pinyin


@pytest.mark.parametrize(("text", "term"), [
    ("sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "2b"),  # a sixth probe's
    ("uuid=3fa85f64-5717-4562-b3fc-2c963f66afa6", "64"), ("亚历山大丹尼士E500 MMC", "500"),
])
def test_a_term_inside_a_token_of_letters_and_digits_is_below_the_default(matcher: Matcher, text: str,
                                                                        term: str) -> None:
    assert best(matcher, text, term) <= 0.4


@pytest.mark.parametrize(("text", "term"), [("黑人勿扰，QQ10633054", "QQ"), ("你真2b", "2b"), ("六四是64", "64")])
def test_a_term_beside_a_number_alone_keeps_its_confidence(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 1.0



@pytest.mark.parametrize(("text", "term"), [
    ("外国人学中文最先记住的词是guanxi和mianzi。", "冠希"), ("我们项目里用到了jinan这个东西", "妓男"),
    ("太极图在国外也叫yinyang图", "淫样"),
])
def test_pinyin_of_a_common_word_that_is_no_entry_is_below_the_default(text: str, term: str,
                                                                        tmp_path_factory: pytest.TempPathFactory) -> None:
    m = Matcher.build(Lexicon(terms=[Term(term)]), cache_dir=tmp_path_factory.mktemp("common"))
    assert 0 < best(m, text, term) <= 0.4


@pytest.mark.parametrize("terms", [("冰毒",), ("冰毒", "病毒")])
def test_pinyin_of_an_entry_that_is_a_word_keeps_its_confidence(terms: tuple[str, ...],
                                                                tmp_path_factory: pytest.TempPathFactory) -> None:
    m = Matcher.build(Lexicon(terms=[Term(t) for t in terms]), cache_dir=tmp_path_factory.mktemp("entry"))
    assert max(best(m, "买点bingdu吗", t) for t in terms) == 0.8  # 冰毒 is a word: bingdu may well be its evasion


def test_a_mixed_hit_keeps_its_confidence_beside_any_word(matcher: Matcher) -> None:
    assert best(matcher, "楼主收QIANG支配件有的联系我", "枪支") == 0.75  # 支配 is a word, by chance
