"""What the ninety-eighth probe found (black box, the public lexicons, 1,160 evasion cases and 512 lines of ordinary
text in 17 genres): a pinyin gloss ``销(xiāo)`` reported as the two-syllable 习奥 at 0.8, and the letters of a shell
command (``sed -i 's/…``) gathered across an option and a quote into ``IS`` at 0.9. A pinyin hit whose letters read as
fewer syllables than its term has is now lowered, and so is a Latin term with a gap whose first or last letter belongs
to a command-line option or to a path or pattern joined on beyond it. The cases below are written in other words than
the probe's."""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher
from beian.text.pinyin_reading import fewer_syllables

TERMS = ("习奥", "西安", "冰毒", "法轮功", "ISIS", "IS", "SM")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("seen", "syllables", "fewer"), [("xiāo", 2, True), ("xiao", 2, True), ("xian", 2, True),
                                                         ("xi'an", 2, False), ("xi ao", 2, False), ("bīngdú", 2, False),
                                                         ("fa lun gong", 3, False), ("nǚ", 1, False)])
def test_letters_are_cut_into_the_fewest_syllables(seen: str, syllables: int, fewer: bool) -> None:
    assert fewer_syllables(seen, syllables) is fewer


@pytest.mark.parametrize(("text", "term"), [("小卖部门口写着：笑(xiào)一笑，十年少", "习奥"),
                                            ("这个字念 xiāo，第一声", "习奥")])
def test_one_syllable_is_not_read_as_a_two_syllable_term(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) <= 0.4


@pytest.mark.parametrize(("text", "term"), [("有没有人出 bingdu，私聊", "冰毒"), ("楼主在卖 bīng dú 吗", "冰毒"),
                                            ("他们在搞 fa lun gong 那一套", "法轮功")])
def test_pinyin_written_syllable_for_syllable_still_stands(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


@pytest.mark.parametrize("text", ["先跑 sed -i 's/old/new/' conf.ini 再重启", "日志在 ./s m/x.log 里",
                                  "执行 tar -s m 看看输出"])
def test_letters_of_options_and_paths_are_not_gathered_into_a_term(matcher: Matcher, text: str) -> None:
    assert max((m.confidence for m in matcher.scan(text) if m.matched in {"IS", "SM"}), default=0.0) <= 0.4


@pytest.mark.parametrize(("text", "term"), [("谁有 I-S-I-S 的最新视频", "ISIS"), ("搜一下 i s i s 的消息", "ISIS")])
def test_a_latin_term_spelled_out_in_prose_still_stands(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75
