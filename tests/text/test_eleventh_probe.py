"""What an independent black-box probe (2026-12-05, cases frozen before the first run) found: ü after j, q and x
typed as v or ü, the entry a pinyin hit reports among same-sound spellings, a capitalised syllable in a name, split
characters (拆字) below the gateway's default, and rare line breaks inside two-character terms."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher
from beian.text.normalize import fold_term


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["东突厥斯坦", "老虎机", "老.虎.机", "老虎機", "ma", "觉醒"], tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text", ["支持dongtujvesitan的人", "dōng tū jüé sī tǎn 运动", "dong tu jue si tan"])
def test_u_after_j_q_x_typed_as_the_u_it_is_heard(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "东突厥斯坦") >= 0.75


def test_the_fold_writes_v_after_j_q_x_as_u_for_terms_and_text_alike() -> None:
    assert fold_term("jve xing") == fold_term("jue xing") == "juexing"
    assert fold_term("qvod") == "quod" and fold_term("lv") == "lv"  # 绿 lü stays v


def test_the_reported_entry_is_the_one_written_as_its_own_fold(matcher: Matcher) -> None:
    hit = next(m for m in matcher.scan("一起玩 laohuji 吧") if m.text == "laohuji")
    assert hit.matched == "老虎机"
    assert {c for c, _ in hit.candidates} == {"老虎机", "老.虎.机", "老虎機"}


def test_a_capitalised_syllable_beside_another_is_a_name(matcher: Matcher) -> None:
    assert best(matcher, "Xu Zhiqiang and Ma Lin wrote it", "ma") == 0.4
    assert best(matcher, "Ma 的", "ma") >= 0.75  # alone beside Chinese: the entry recased


def test_a_split_character_is_acted_on_unless_it_cuts_a_word(tmp_path_factory: pytest.TempPathFactory) -> None:
    m = probe_matcher(["台独", "代孕", "迷奸药", "奸商"], tmp_path_factory.mktemp("split"))
    assert best(m, "支持台犭虫的人", "台独") == 0.75
    assert best(m, "亻弋孕服务", "代孕") == 0.75
    assert best(m, "出售迷女干药", "迷奸药") == 0.75
    assert best(m, "她是妇女干商店的", "奸商") < 0.5  # 妇女|干 ...: 女 belongs to the word before it


@pytest.mark.parametrize("gap", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c"])
def test_a_rare_line_break_inside_a_two_character_term_is_acted_on(gap: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    m = probe_matcher(["嫖娼"], tmp_path_factory.mktemp("breaks"))
    assert best(m, f"有人嫖{gap}娼吗", "嫖娼") == 0.75
    assert best(m, "有人嫖\n娼吗", "嫖娼") == 0.5  # an ordinary line break: a word broken at the end of a line


@pytest.mark.parametrize("text", ["他说 ju:e2 xing3 了", "dong1 tu1 ju:e2 si1 tan3"])
def test_cc_cedict_u_colon_is_the_u_umlaut(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "觉醒" if "xing" in text else "东突厥斯坦") >= 0.75


def test_u_colon_inside_an_english_word_or_before_a_space_is_left_alone() -> None:
    assert fold_term("lu:4") == "lv4" and fold_term("Lu:e") == "lve"
    assert fold_term("menu:open") == "menuopen" and fold_term("you: ok") == "youok"
