"""Sentences written all in pinyin (lyrics, a learner's notes, names): a pinyin hit is read as the sentence's words,
written tones are checked, and same-sound entries are reported by the likeliest one (docs/text-core.md)."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher
from beian.text.pinyin_reading import pinyin_syllable_count, sentence_words, tone_cap

TERMS = ["义旗", "血洗", "盗号", "帮主", "冰毒", "买冰毒", "法轮功", "骑他", "其他", "赌博", "鸡店", "棉条", "bushi",
         "liusi", "哄铲裆", "哄铲谠", "救市", "码会", "麻古"]


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("wo men yi qi chang ge ba", "义旗"),          # 我们 一起 唱歌 吧
    ("Wǒ men yì qǐ chàng gē", "义旗"),
    ("zhe4 jiu4 shi4 wei4 shen2 me5", "救市"),     # 这 就是 为什么: tone digits, the tones of 救市 too
    ("zai jia li xue xi", "血洗"),                 # 在 家里 学习
    ("Wo ai ni, bu shi yin wei ni shi shui", "bushi"),  # a Latin entry that is pinyin, read the same way
])
def test_a_pinyin_sentence_that_reads_as_other_words_is_below_strict_mode(matcher: Matcher, text: str, term: str) -> None:
    assert 0 < best(matcher, text, term) < 0.5


@pytest.mark.parametrize(("text", "term"), [
    ("qing bang zhu wo", "帮主"),  # 帮助 9,128 against 帮主 1,309 in jieba
    ("wei dao hao", "盗号"),       # 味道|好 across the hit's edge: one syllable beside it is enough
])
def test_a_reading_that_is_only_somewhat_likelier_is_left_to_strict_mode(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.5


@pytest.mark.parametrize(("text", "term"), [
    ("买点bingdu", "冰毒"),                  # pinyin alone beside characters: the evasion the channel is for
    ("mai bingdu", "买冰毒"),                # one syllable beside it and no word across the edge
    ("wo xiang mai bing du", "买冰毒"),      # one word of three syllables outweighs 买|病毒
    ("有人在dǔ bó吗", "赌博"),               # tones written as the term's
    ("ta men zai lian fa lun gong", "法轮功"),
])
def test_pinyin_that_reads_as_the_term_keeps_its_confidence(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) >= 0.75


@pytest.mark.parametrize(("text", "term"), [
    ("Wǒ de péngyou jiào Dù Bō, tā shì yīshēng.", "赌博"),  # dù bō, not dǔ bó: two syllables disagree
    ("xiànzài jǐ diǎn?", "鸡店"),                             # 几点, not jī diàn
])
def test_written_tones_that_are_not_the_terms_lower_the_hit(matcher: Matcher, text: str, term: str) -> None:
    assert 0 < best(matcher, text, term) < 0.5


def test_one_syllable_with_another_tone_is_left_to_strict_mode(matcher: Matcher) -> None:
    assert best(matcher, "Wǒ xǐhuan chī miàntiáo.", "棉条") == 0.5  # miàn, not mián


def test_the_same_sound_entry_reported_is_the_likeliest_word(matcher: Matcher) -> None:
    hit = next(m for m in matcher.scan("qita dou hao") if m.start == 0)
    assert hit.matched == "其他"
    assert {"骑他", "其他"} <= {c for c, _ in hit.candidates}


def test_the_same_sound_entry_reported_agrees_with_the_written_tones(matcher: Matcher) -> None:
    hits = [m for m in matcher.scan("有人在hǒng chǎn dāng吗") if m.text == "hǒng chǎn dāng"]
    assert [(m.matched, m.confidence) for m in hits] == [("哄铲裆", 0.8)]  # 谠 is dǎng


def test_a_latin_entry_written_as_a_romanized_name_is_a_name(matcher: Matcher) -> None:
    assert 0 < best(matcher, "Dear Ms. Liu Si, your visa application has been received.", "liusi") < 0.5
    assert best(matcher, "纪念 liusi", "liusi") == 1.0  # written solid: the entry itself


def test_sentence_words_reads_like_an_input_method() -> None:
    assert sentence_words("wo men yi qi chang ge") == ["我们", "一起", "唱歌"]
    assert sentence_words("zai jia li xue xi") == ["在", "家里", "学习"]


def test_tone_cap_counts_readings_and_sandhi() -> None:
    assert tone_cap("zhǎng", 0, 5, "长") is None and tone_cap("cháng", 0, 5, "长") is None  # both readings
    assert tone_cap("yí yè qíng", 0, 10, "一夜情") is None  # 一 written as it is said before yè
    assert tone_cap("mắn gớu", 0, 7, "满狗") is None  # Vietnamese letters as look-alikes: no tone written
    assert tone_cap("du3 bo1", 0, 7, "赌博") == 0.5  # a tone digit: bó written bo1


def test_syllable_count_of_latin_words() -> None:
    assert [pinyin_syllable_count(w) for w in ("bushi", "xian", "zhongguo", "love", "a1")] == [2, 1, 2, 0, 0]


def test_a_two_syllable_hit_in_a_line_written_in_english_is_a_name(matcher: Matcher) -> None:
    assert 0 < best(matcher, "Applicant: MA HUI, Place of birth: HUBEI", "码会") < 0.5
    assert 0 < best(matcher, "Student ID 2023011234, Name: MA GU", "麻古") < 0.5  # name: common English, pinyin-shaped
    assert 0 < best(matcher, "Name: DU BO, Nationality: CHINA", "赌博") < 0.5
    assert best(matcher, "来玩 MA HUI 吧", "码会") >= 0.75  # beside Chinese: the evasion
    assert best(matcher, "wo men hen xiang wan du bo", "赌博") >= 0.75  # men, hen: English words that are pinyin too
    assert best(matcher, "Vocabulary: dǔbó (gambling), dǔchǎng (casino)", "赌博") >= 0.75  # pinyin with tones
