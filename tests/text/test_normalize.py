"""Variant folding: every fold maps back to the exact original characters."""

from __future__ import annotations

import pytest

from beian.text.normalize import FoldKind, fold_term, kinds_in, normalize


@pytest.mark.parametrize(
    ("text", "folded", "kind"),
    [
        ("法輪功", "法轮功", FoldKind.TRADITIONAL),
        ("ＦＡＬＵＮ", "falun", FoldKind.WIDTH),
        ("FaLun", "falun", FoldKind.CASE),
        ("ⓕⓛⓖ", "flg", FoldKind.STYLE),
        ("①⑨", "19", FoldKind.STYLE),
        ("𝐟𝐚𝐥𝐮𝐧", "falun", FoldKind.STYLE),
        ("fаlun", "falun", FoldKind.HOMOGLYPH),  # Cyrillic а
        ("fαlun", "falun", FoldKind.HOMOGLYPH),  # Greek α
        ("法\u200b轮\u200d功", "法轮功", FoldKind.ZERO_WIDTH),
        ("法*轮 功", "法轮功", FoldKind.SEPARATOR),
        ("法😀轮", "法轮", FoldKind.SEPARATOR),
    ],
)
def test_each_fold_reaches_the_canonical_form(text: str, folded: str, kind: FoldKind) -> None:
    assert normalize(text).text == folded
    assert kind in kinds_in(text, 0, len(text))


def test_repeats_collapse_and_remember_run_lengths() -> None:
    norm = normalize("法法轮轮轮功")
    assert norm.text == "法轮功"
    assert norm.runs.tolist() == [2, 3, 1]


def test_offset_map_points_at_the_original_characters() -> None:
    text = "今天 法 * 輪功。"
    norm = normalize(text)
    start = norm.text.index("法轮功")
    a, b = norm.span(start, start + 3)
    assert text[a:b] == "法 * 輪功"


def test_astral_characters_keep_offsets() -> None:
    text = "𠀀😀法轮功"
    norm = normalize(text)
    a, b = norm.span(1, 4)
    assert text[a:b] == "法轮功"


def test_one_line_break_is_a_gap_and_a_paragraph_break_is_a_hard_boundary() -> None:
    assert normalize("路口\r\n交通").text == "路口交通"
    assert normalize("路口\n\n交通").text == "路口\n交通"
    assert normalize("路口\r\n\r\n交通").text == "路口\n交通"


def test_fold_term_matches_text_folding() -> None:
    assert fold_term("ＱＱ群") == fold_term("qq群") == "q群"


def test_empty_and_noise_only_text() -> None:
    assert normalize("").text == ""
    assert normalize("，。！ \u200b").text == ""
