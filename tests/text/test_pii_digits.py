"""Digit folding for the recognisers: every digit style becomes ASCII, offsets map back."""

from __future__ import annotations

from beian.text.pii.digits import fold_digits


def test_digits_of_every_style_become_ascii_with_lengths_kept() -> None:
    folded = fold_digits("１２３ 𝟒𝟓𝟔 ⑦⑧⑨ ٠١٢ ०१२ Ｘ")
    assert folded.text == "123 456 789 012 012 X"
    assert folded.offsets is None  # one character for one: offsets are unchanged


def test_deleted_characters_keep_an_offset_map() -> None:
    text = "号1\u200b3\u20608\ufe0f\u20e3!"
    folded = fold_digits(text)
    assert folded.text == "号138!"
    assert folded.span(1, 4) == (1, 8)  # the keycap marks after the last digit belong to it
    assert text[slice(*folded.span(4, 5))] == "!"


def test_one_long_dash_between_digits_is_a_separator_but_prose_dashes_are_not() -> None:
    assert fold_digits("身份证号 310104—19850612—3017").text == "身份证号 310104-19850612-3017"
    assert fold_digits("2019——2020 年，第3—").text == "2019——2020 年，第3—"


def test_an_id_written_with_long_dashes_is_found() -> None:
    from beian.text.pii.engine import find_pii

    hits = find_pii("身份证号 310104—19850612—3017，请核对")
    assert [(h.kind, h.start, h.end) for h in hits] == [("resident_id", 5, 25)]


def test_ascii_and_chinese_text_are_untouched() -> None:
    assert fold_digits("abc 123").text == "abc 123"
    assert fold_digits("中文，没有数字…「」").text == "中文，没有数字…「」"


def test_number_tail_counts_every_digit_style_a_stream_must_hold() -> None:
    from beian.text.pii.digits import number_tail

    bold = "".join(chr(0x1D7CE + int(d)) for d in "1381234")
    assert number_tail(f"请拨打{bold}") == len(bold)
    assert number_tail("电话①③⑧\u200b①②") == 6
    assert number_tail("电话 138 1234") == len(" 138 1234")
    assert number_tail("电话一三八一") == 4
    assert number_tail("好的。") == 0
    assert number_tail("1" * 100, limit=64) == 64
