"""What the hundred-and-twelfth probe measured (black box, the public lexicons, the twenty evasion forms, 60 terms drawn
with a seed, 12 of them with letters or digits): 91.2% at the gateway's default, 95.8% for terms of Chinese characters
only and 73.9% for the twelve with letters or digits. Those twelve were found in no pinyin writing but plain and tone-mark
pinyin without doubled letters: with tone digits, with one character as pinyin (``k粉dao货``) or split (``k米分到货``)
nothing named them, a doubled letter of their own (``qq``) read as no pinyin (0.4), a keycap emoji between their
letters (``q#️⃣q``) as a formula symbol (0.4), a line break in their run of digits (``5\\n4``) as a list number (0.4);
and a character typed twice inside a long term (``销售猎枪枪手枪``) as two words meeting (0.4). The cases below are
written in other words than the probe's."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.compiler import _splits
from beian.text.matcher import Matcher

TERMS = ("代购68式匕首", "出售ss迷药", "约炮qq群", "贩卖仿真枪支", "认证书", "提供证书", "女女", "鸡巴")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("懂的来：dài gòu 68 shì bǐ shǒu，私信", "代购68式匕首"),
    ("yuē pào qq qún 拉人", "约炮qq群"),
    ("dai4 gou4 68 shi4 bi3 shou3 有现货", "代购68式匕首"),
    ("出售 chu1 shou4 ss mi2 yao4 速来", "出售ss迷药"),
])
def test_a_mixed_term_in_pinyin_with_its_own_letters(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


@pytest.mark.parametrize(("text", "term"), [
    ("代购68式bi首，三件包邮", "代购68式匕首"),
    ("有人在群里说 出售ss迷yao 的", "出售ss迷药"),
    ("yue炮qq群 进群看简介", "约炮qq群"),
])
def test_a_mixed_term_with_one_character_as_pinyin(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


@pytest.mark.parametrize(("text", "term"), [("刚看到 亻弋购68式匕首 的帖子", "代购68式匕首"), ("纟勺炮qq群 拉人", "约炮qq群")])
def test_a_mixed_term_with_a_character_split(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_character_splits_as_itself_not_as_a_variant_that_folds_to_it() -> None:
    assert _splits()["折"] == "扌斤"  # 摺 folds to 折 and splits 扌習: it had overwritten 折's own split


@pytest.mark.parametrize(("text", "term"), [("约#️⃣炮#️⃣q#️⃣q#️⃣群", "约炮qq群"), ("代*️⃣购*️⃣6*️⃣8*️⃣式*️⃣匕*️⃣首", "代购68式匕首")])
def test_keycaps_between_letters_and_digits_are_emoji_not_formula_symbols(matcher: Matcher, text: str,
                                                                          term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_formula_with_a_hash_stays_a_formula(matcher: Matcher) -> None:
    assert _best(matcher, "变量 代购6#8式匕首 见表", "代购68式匕首") <= 0.4


@pytest.mark.parametrize(("text", "term"), [("代购6\n8式匕首", "代购68式匕首"), ("出售s\u2028s迷药", "出售ss迷药"),
                                            ("约炮\nqq群", "约炮qq群")])
def test_a_line_break_inside_a_mixed_terms_letters_or_before_them(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_line_starting_with_a_list_number_is_still_no_term(matcher: Matcher) -> None:
    assert _best(matcher, "上周约炮\nqq：略", "约炮qq群") == 0.0


def test_a_character_typed_twice_inside_a_long_term(matcher: Matcher) -> None:
    assert _best(matcher, "有人在 贩卖仿真真枪支 的群里", "贩卖仿真枪支") >= 0.75


def test_two_words_meeting_on_a_shared_character_stay_lowered(matcher: Matcher) -> None:
    assert 0 < _best(matcher, "请上传认证证书的扫描件。", "认证书") <= 0.4


def test_the_parts_of_a_joined_emoji_are_one_picture(matcher: Matcher) -> None:
    """A family emoji (man, woman, girl, boy joined by U+200D) is no 女女 (strict mode, 0.6, in the probe's chat)."""
    assert _best(matcher, "周末带👩‍👧女儿去公园，👨‍👩‍👧‍👦全家出动", "女女") == 0.0
    assert _best(matcher, "这人真是个🐔巴", "鸡巴") >= 0.75


def test_a_traditional_character_split_as_written() -> None:
    """The hundred-and-seventeenth probe wrote 聖戰 as 聖單戈 and 雞巴 as 奚隹巴: the split of the traditional form, which
    the table did not have (it held simplified characters only)."""
    from beian.text.compiler import _variant_splits
    assert _variant_splits()["战"] == ("单戈",) and _splits()["战"] == "占戈"
    assert set(_variant_splits()["证"]) == {"言正", "言登"}  # 証 and 證 (the hundred-and-twentieth probe: 言登)


@pytest.mark.parametrize("text", ["這是貼在群裡的 奚隹巴 圖", "有人写 又鸟巴 的"])
def test_either_split_of_a_character_is_read(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "鸡巴") >= 0.75
