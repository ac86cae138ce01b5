"""Misses and false alarms found by a seventh black-box probe (a session that never read the matcher wrote combined
evasions, evasions inside containers, benign text of other genres and PII hard negatives, labelled before the first
run), one test per class; the lexicon holds the entries the probe's lexicons matched."""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_terms import best, probe_matcher

from beian.text.initial_letter import INDEX_VERSION
from beian.text.matcher import Matcher
from beian.text.pii import find_pii
from beian.text.terms import Lexicon, Term

TERMS = ("赌博", "冰毒", "色情", "海洛因", "8964", "64", "ak47", "porn", "pornhub", "吗的", "码会", "色b", "东复活",
         "孙鹤龄", "黄色", "sex", "性生活", "法轮功", "法仑功", "无码", "卡号", "超市", "股票")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("网上du*bo输了", "赌博"), ("网上du\U0001f525bo输了", "赌博"), ("这里有se\u30fbqing内容", "色情"),
    ("他在卖bing*du", "冰毒"), ("网上du\u2764\ufe0fbo输了", "赌博"), ("网上DU*BO输了", "赌博"),
])
def test_a_symbol_or_emoji_between_pinyin_syllables_is_read_through(matcher: Matcher, text: str, term: str) -> None:
    """Spaces between syllables were read (du bo), any other symbol hid the term completely."""
    assert best(matcher, text, term) >= 0.75


@pytest.mark.parametrize("text", ["剂量 mg/dL 偏高", "计算C(m,n)的值", "设 a+b=c", "du*b 是变量", "x*y*z 的积"])
def test_formulas_and_code_between_letters_still_break_the_pinyin(matcher: Matcher, text: str) -> None:
    assert all(m.confidence < 0.75 for m in matcher.scan(text))


@pytest.mark.parametrize("text", ["#8964#", "#8\u00b79\u00b76\u00b74#", "话题＃8964＃"])
def test_a_number_in_a_hashtag_is_the_topic_not_a_serial_number(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "8964") >= 0.75


def test_a_number_after_a_hash_sign_alone_is_still_a_serial_number(matcher: Matcher) -> None:
    assert best(matcher, "排在#64号", "64") <= 0.4 and best(matcher, "#64楼#", "64") <= 0.4


@pytest.mark.parametrize("text", ["出AK-47一把", "出ak-47一把", "出\uff21\uff2b\uff0d\uff14\uff17一把"])
def test_a_model_name_written_with_its_hyphen_is_the_term(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "ak47") >= 0.75


@pytest.mark.parametrize(("text", "term"), [("搜 p.o.r.n 就有", "porn"), ("搜 p-o-r-n 就有", "porn"),
                                            ("搜 P-O-R-N 就有", "porn"), ("搜 p*o*r*n 就有", "porn")])
def test_a_latin_term_spelled_out_letter_by_letter_is_an_evasion(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) >= 0.75


def test_dotted_capitals_are_an_acronym_not_a_spelling_out(matcher: Matcher) -> None:
    assert best(matcher, "S.E.X. 是缩写", "sex") <= 0.6


@pytest.mark.parametrize("text", ["[海](https://x.org/a)洛因", "$\\text{海}\\text{洛}\\text{因}$"])
def test_markdown_links_and_tex_commands_between_characters_are_markup(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "海洛因") >= 0.75


@pytest.mark.parametrize(("text", "term"), [
    ("优化了M4A1的后坐力表现", "吗的"),  # a model name: a tone digit never sits inside a syllable
    ("const mahui = require('./u')", "码会"),  # a name in code
    ("A.黄色 B.蓝色", "色b"),  # an option label
    ("执行 `df -h` 查看", "东复活"), ("用 `ssh -L` 转发", "孙鹤龄"),  # command-line options
])
def test_what_the_probe_labelled_as_made_by_the_matcher_is_below_the_default(matcher: Matcher, text: str,
                                                                           term: str) -> None:
    assert best(matcher, text, term) <= 0.4


def test_tone_digits_after_syllables_still_read_as_pinyin(matcher: Matcher) -> None:
    assert best(matcher, "fa3lun2都不对，玩du4博", "赌博") >= 0.75


@pytest.mark.parametrize(("text", "kind"), [
    ("快递员说送到了就打13912345678找他", "mobile"), ("联系人：张伟 139 123 45678", "mobile"),
    ("服务器 IP 10.0.3.17 已更新", "ipv4"),
])
def test_pii_the_probe_missed(text: str, kind: str) -> None:
    assert [f.kind for f in find_pii(text)] == [kind]


@pytest.mark.parametrize("text", ["SKU 13912345678 已下架", "商品编码 6258380084621434", "MIUI 14.0.8.0.TLACNXM 稳定版",
                                  "打包 139 123 45678", "13821252318 × 2 = ?", "第18671682723号文件",
                                  "build 13812345678", "测试卡号4111111111111111（Stripe 测试卡）"])
def test_product_codes_and_rom_versions_are_no_personal_information(text: str) -> None:
    assert find_pii(text) == []


@pytest.mark.parametrize(("text", "term"), [("夫妻x生活不和谐", "性生活"), ("他们练法l功", "法轮功"),
                                            ("他们练f轮功", "法轮功")])
def test_one_character_of_a_longer_term_written_as_its_initial(matcher: Matcher, text: str, term: str) -> None:
    """0/15 in the probe: a character typed as the first letter of its pinyin was never read."""
    assert best(matcher, text, term) >= 0.75
    assert [m.variant for m in matcher.scan(text) if m.matched == term] == ["initial_letter"]


def test_a_letter_and_one_character_is_listed_not_acted_on(matcher: Matcher) -> None:
    """d博 for 赌博 is found, at 0.4: on benign comments one letter beside one character is mostly a size (m码), a
    letter typed for itself or a word."""
    assert best(matcher, "玩d博输光了", "赌博") == 0.4 and best(matcher, "溜b毒的人", "冰毒") == 0.4


@pytest.mark.parametrize("text", ["买了m码的衣服", "做个B超", "他在b超市买东西", "买了A股", "加qq号", "路径\\n换行", "3d博物馆"])
def test_sizes_labels_words_and_escapes_are_no_initials(matcher: Matcher, text: str) -> None:
    assert all(m.variant != "initial_letter" or m.confidence < 0.5 for m in matcher.scan(text)), matcher.scan(text)
    assert all(m.variant != "initial_letter" for m in matcher.scan(text) if m.matched in ("超市", "股票", "卡号"))


def test_the_initials_index_is_saved_beside_the_matcher_and_a_damaged_one_is_rebuilt(tmp_path: Path) -> None:
    import pickle

    lexicon = Lexicon(terms=[Term(t, category="测试") for t in ("性生活", "法轮功")])
    first = Matcher.build(lexicon, cache_dir=tmp_path)
    assert [m.matched for m in first.scan("夫妻x生活")] == ["性生活"]
    saved = tmp_path / f"initials-{INDEX_VERSION}-{first.key}.npz"  # the rule's version in the name: never a stale one
    assert saved.exists()
    for damage in (b"not a zip", pickle.dumps({"hashes": "x"})):
        saved.write_bytes(damage)
        again = Matcher.build(lexicon, cache_dir=tmp_path)
        assert [m.matched for m in again.scan("他们练法l功")] == ["法轮功"]
        assert saved.read_bytes()[:2] == b"PK"  # written again, as arrays


@pytest.mark.parametrize("text", [
    "1. 海\n2. 洛\n3. 因\n",  # numbered list, one character per item
    "> 有海洛\n> 因吗\n",  # quoted reply
    "[21:03] 老王: 有海洛\n[21:03] 老王: 因吗\n",  # chat log, one speaker
    "老王(10086) 21:03:05\n有海洛\n老王(10086) 21:03:06\n因\n",  # QQ-style log
    "1\n00:00:01,000 --> 00:00:02,000\n想要海洛\n\n2\n00:00:02,000 --> 00:00:03,000\n因的私聊\n",  # SRT, two cues
])
def test_a_term_over_marked_lines_is_read_as_over_a_line_break(matcher: Matcher, text: str) -> None:
    """0% in the probe at any threshold: the list numbers, quote marks, timestamps and names kept the pieces apart."""
    found = [m for m in matcher.scan(text) if m.matched == "海洛因"]
    assert len(found) == 1 and found[0].confidence >= 0.75, matcher.scan(text)
    assert text[found[0].start] == "海" and text[found[0].end - 1] == "因"  # the span holds the marks between


def test_two_characters_over_marked_lines_are_for_strict_mode(matcher: Matcher) -> None:
    assert best(matcher, "1. 想要冰\n2. 毒的\n", "冰毒") == 0.5  # as over a bare line break
    assert best(matcher, "1. 冰\n2. 毒\n", "冰毒") == 0.75  # one character per item: set so on purpose


@pytest.mark.parametrize("text", [
    "[21:03] 老王: 有海洛\n[21:04] 小李: 因为什么\n",  # two speakers
    "1. 这一条说的是一段很长很长很长很长的规定内容海\n2. 洛因这一条也是很长很长很长很长的一段规定内容\n",  # long paragraphs
])
def test_lines_of_other_speakers_or_long_paragraphs_are_not_joined(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "海洛因") == 0.0


def test_a_term_over_the_values_of_neighbouring_json_keys(matcher: Matcher) -> None:
    """0% in the probe: the closing quote, the comma and the next key kept the values apart."""
    found = [m for m in matcher.scan('{"a": "海洛", "b": "因"}') if m.matched == "海洛因"]
    assert [(m.text, m.confidence) for m in found] == [('海洛", "b": "因', 0.75)]
    assert best(matcher, '{"city": "海洛", "note": "这是一段很长很长很长很长的说明文字因"}', "海洛因") == 0.0
