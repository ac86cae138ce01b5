"""Forms an independent black-box probe (2026-12-06, cases frozen before the first run) found missed: pinyin with a
symbol between syllables when the letters carry tone marks or are written in letters the fold reads as Latin."""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["赌博", "海洛因", "蒙古独立", "操美女"], tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text", ["有人在dǔ*bó吗", "有人在ᴅᴜ*ʙᴏ吗", "有人在dǔ★bó吗", "有人在du*bo吗"])
def test_pinyin_with_a_symbol_between_syllables_is_read_in_any_letters(matcher: Matcher, text: str) -> None:
    assert best(matcher, text, "赌博") >= 0.75


def test_tone_marked_pinyin_across_a_line_break_with_a_dash_after_it(matcher: Matcher) -> None:
    assert best(matcher, "专业 hǎi luò\nyīn —— 加V详聊！", "海洛因") >= 0.75


@pytest.mark.parametrize(("text", "term"), [("空腹血糖 5.6 mmol/L，低密度脂蛋白 120 mg/dL", "蒙古独立"),
                                            ("从 n 个元素中取 m 个，共有 C(m,n) 种取法", "操美女")])
def test_formula_and_unit_marks_still_keep_latin_text_apart(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) < 0.5



@pytest.mark.parametrize("text", ["来一场yi1ye4qing2吗", "来一场yi2ye4qing2吗"])
def test_tone_digits_with_yi_in_its_listed_tone_or_as_said(text: str, tmp_path: Path) -> None:
    m = probe_matcher(["一夜情"], tmp_path)
    assert best(m, text, "一夜情") >= 0.75  # pypinyin writes yí before yè; people also type yi1
