"""What the hundred-and-second probe found (black box, the public lexicons, 850 lines of ordinary text in 20 genres
where Latin letters, digits and Chinese mix): 33 matcher-made hits at 0.75 or more, most of them pinyin written as the
reading of the characters beside it (a poem with its pinyin, a pupil's pinyin homework) read as Latin entries (``cǎo``
for ``cao``, ``mā ma`` for ``ma``) or as other words (``yín hé`` of 银河 as 淫河); and the letters of a snake_case name
(``sb_len``), a numbered-notation melody (``| 5 3 5 1' |`` as 535), the pinyin of a commit message (``新增 dabao 打包``
as 增大宝). The cases below are written in other words than the probe's."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.hitfilters import digit_sequence_piece, snake_case_part
from beian.text.matcher import Matcher
from beian.text.pinyin_reading import run_gloss_cap

TERMS = ("cao", "ma", "bi", "淫河", "傻鸟", "草泥马", "535", "64", "sb", "qq", "增大宝", "买冰毒")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("遥看瀑布挂前川，飞流直下三千尺，疑是银河落九天 yí shì yín hé luò jiǔ tiān", "淫河"),
    ("独钓寒江雪，千山鸟飞绝（qiān shān niǎo fēi jué）", "傻鸟"),
    ("读一读：lǜ cǎo 绿草，xiǎo mǎ 小马", "cao"),
    ("读一读：lǜ cǎo 绿草，xiǎo mǎ 小马", "ma"),
    ("拼一拼：mā ma（妈妈），qiān bǐ（铅笔）", "ma"),
    ("拼一拼：mā ma（妈妈），qiān bǐ（铅笔）", "bi"),
])
def test_pinyin_written_as_the_reading_of_the_characters_beside_it_is_lowered(matcher: Matcher, text: str,
                                                                            term: str) -> None:
    assert 0 < _best(matcher, text, term) <= 0.4


@pytest.mark.parametrize(("text", "term", "least"), [
    ("周末一起去 yin he 边玩", "淫河", 0.75),     # no characters beside it spell it out
    ("你真是 cao 了", "cao", 0.75),
    ("楼上 cǎo ni ma", "草泥马", 0.75),
    ("草泥马 cǎo ní mǎ", "草泥马", 0.75),       # the reading of the term itself stands
])
def test_pinyin_that_glosses_nothing_or_the_term_itself_still_stands(matcher: Matcher, text: str, term: str,
                                                                    least: float) -> None:
    assert _best(matcher, text, term) >= least


def test_run_gloss_needs_every_syllable_to_read_its_character() -> None:
    text = "我会读：xiǎo cǎo 小鸟"  # 鸟 is not read cǎo: no gloss
    at = text.index("cǎo")
    assert run_gloss_cap(text, at, at + 3, "cao") is None


@pytest.mark.parametrize("text", ["sb_len = 51", "let qq_id = 26", "count_sb"])
def test_a_snake_case_name_is_not_the_latin_term(matcher: Matcher, text: str) -> None:
    assert max((m.confidence for m in matcher.scan(text) if m.matched in {"sb", "qq"}), default=0.0) <= 0.4
    assert snake_case_part(text, text.index("sb" if "sb" in text else "qq"), text.index("sb" if "sb" in text else "qq") + 2)


def test_the_term_alone_in_a_sentence_stands(matcher: Matcher) -> None:
    assert _best(matcher, "你这个 sb 别来了", "sb") >= 0.75


@pytest.mark.parametrize("text", ["简谱：| 5 3 5 1' | 6 - - |", "第二段 1 5 3 5 | 2 - -"])
def test_a_number_inside_a_longer_run_of_spaced_digits_is_lowered(matcher: Matcher, text: str) -> None:
    assert 0 < _best(matcher, text, "535") <= 0.4


def test_a_spaced_number_standing_alone_stands(matcher: Matcher) -> None:
    text = "今天是 6 4，大家懂的"
    assert _best(matcher, text, "64") >= 0.75
    at = text.index("6")
    assert not digit_sequence_piece(text, at, at + 3)


def test_mixed_pinyin_that_is_the_reading_of_the_word_after_it_is_lowered(matcher: Matcher) -> None:
    assert 0 < _best(matcher, "feat: 新增 dabao 打包脚本", "增大宝") <= 0.4
    assert _best(matcher, "有人想买bing毒吗", "买冰毒") >= 0.75
