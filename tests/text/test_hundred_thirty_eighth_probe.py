"""What the hundred-and-thirty-eighth probe (960 evasions of 60 held-out terms in seven new genres: 88.0% at the default
threshold) found, in other words than its cases:

- pinyin typed for a reader (small capitals, lookalike letters, tone marks, spaced or tone-numbered syllables) was put
  at 0.4 as a name in code when a digit, ``No.`` or ``ID:`` touched it (``No.ᴍᴀᴏᴘɪᴀɴ``, ``88zi pai xing ai``);
- a katakana or Greek letter between every two characters (``黄ツ色ツ网ツ站``, ``网ω上ω博ω彩``) was no filler;
- one mark between every two characters with the term's letters or digits kept whole (``餐＋饮＋发＋票＋qq``) was read
  as a formula;
- the pinyin of a term with letters whose doubled character the fold collapses (短狗狗粮qq) was only spelled once;
- a letter typed before a character whose syllable starts with it (``ID:订gou4…``: the d of ``id`` and of ``ding``)
  hid the mixed writing;
- small capitals or lookalike letters run into an ASCII word (``ᴍᴀɪok``, ``…χսεVX``) were one word with it;
- a poem's reading on the next line, or after two phrases set apart by a space (the 141st probe's lyric
  ``但愿人长久 千里共婵娟 dàn yuàn …``), was no gloss: ``wǔ hàn``, ``gòng chán`` were reported at 0.8–0.95.
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("毛片", "自拍性爱", "赢钱即可提款", "黄色网站", "网上博彩", "假证办理qq", "出售64式", "短狗狗粮qq", "订购黄麻素",
         "气枪专卖", "天罡")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("群号No.ᴍᴀᴏᴘɪᴀɴ速来", "毛片"), ("加我66zi pai xing ai看", "自拍性爱"),
    ("账号ID:ying2qian2ji2ke3ti2kuan3领", "赢钱即可提款"), ("楼主7máo piàn在哪", "毛片"),
])
def test_pinyin_typed_for_a_reader_is_no_name_in_code(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


@pytest.mark.parametrize("text", ["git clone tiangang_2023", "用户名：tiangang"])
def test_a_plain_name_in_code_or_an_account_stays_low(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "天罡") <= 0.4


@pytest.mark.parametrize(("text", "term"), [("有人发黄ヅ色ヅ网ヅ站给我", "黄色网站"), ("别点网λ上λ博λ彩链接", "网上博彩"),
                                            ("赢ｯ钱ｯ即ｯ可ｯ提ｯ款", "赢钱即可提款")])
def test_a_katakana_or_greek_filler_between_characters(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_a_counter_in_japanese_is_no_filler(matcher: Matcher) -> None:
    """ヶ (一ヶ月, 霞ヶ関) is a counter in Japanese text, not a filler."""
    assert _best(matcher, "毛ヶ片", "毛片") == 0


@pytest.mark.parametrize(("text", "term"), [("找假-证-办-理-qq", "假证办理qq"), ("出/售/64/式到货", "出售64式")])
def test_one_mark_between_characters_with_the_letters_kept_whole(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


@pytest.mark.parametrize("text", ["客服说 duǎn gǒu gǒu liáng qq 有货", "客服说duan3gou3gou3liang2qq有货"])
def test_a_doubled_syllable_of_a_term_with_letters(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "短狗狗粮qq") >= 0.75


def test_a_letter_before_a_character_with_the_same_first_letter(matcher: Matcher) -> None:
    assert _best(matcher, "私聊ID:订gou4黄麻素", "订购黄麻素") >= 0.75


@pytest.mark.parametrize("text", ["楼下在聊ǫɪ ǫɪᴀɴɢ ᴢʜᴜᴀɴ ᴍᴀɪok吗", "有qιqιαɴɡzhuαnmαιVX吗"])
def test_small_capitals_or_lookalikes_end_where_ascii_begins(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "气枪专卖") >= 0.75


def test_plain_ascii_run_into_a_word_is_still_one_word(matcher: Matcher) -> None:
    assert _best(matcher, "we talk about qiqiangzhuanmaiok stuff", "气枪专卖") < 0.75


@pytest.fixture(scope="module")
def glosses(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(("日元",), tmp_path_factory.mktemp("gloss"))


@pytest.mark.parametrize("text", ["大漠孤烟直，长河落日圆\ndà mò gū yān zhí cháng hé luò rì yuán",
                                  "大漠孤烟直 长河落日圆 dà mò gū yān zhí cháng hé luò rì yuán"])
def test_a_reading_on_the_next_line_or_across_a_space_is_a_gloss(glosses: Matcher, text: str) -> None:
    """The 138th and 141st probes: a poem or a lyric with its reading after a line break, or after two phrases set apart
    by a space (``但愿人长久 千里共婵娟 dàn yuàn …``), was read as pinyin typed on its own (``rì yuán`` of 日圆, 日元)."""
    assert [h.confidence for h in glosses.scan(text)] == [0.4]


def test_a_blank_line_ends_what_a_reading_glosses(glosses: Matcher) -> None:
    """Across a blank line (a new paragraph, the next document of a batch) the characters are not the ones glossed."""
    assert [h.confidence for h in glosses.scan("我说的是落日圆\n\nrì yuán")] == [0.8]
