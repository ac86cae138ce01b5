"""Tests for the safe-evidence helpers."""

from __future__ import annotations

import pytest

from beian.text.evidence import mask_term, masked_excerpt, stable_hash


@pytest.mark.parametrize(
    ("term", "masked"),
    [("法轮功", "法*功"), ("色情", "色*"), ("毒", "*"), ("", ""), ("习近平思想", "习***想")],
)
def test_mask_term(term: str, masked: str) -> None:
    assert mask_term(term) == masked


def test_excerpt_masks_and_marks_the_span() -> None:
    text = "前面的一些文字内容，这里有法轮功的宣传，后面还有很多很多文字。"
    start = text.index("法轮功")
    out = masked_excerpt(text, start, start + 3, context=4)
    assert out == "…，这里有【法*功】的宣传，…"
    assert "法轮功" not in out


def test_excerpt_without_truncation_has_no_ellipsis() -> None:
    assert masked_excerpt("买法轮功书", 1, 4) == "买【法*功】书"


def test_excerpt_shows_newlines() -> None:
    text = "第一行\r\n法轮功\n第三行"
    start = text.index("法")
    # context counts characters of the original text: "\r\n" is two of them
    assert masked_excerpt(text, start, start + 3, context=3) == "…行⏎【法*功】⏎第三…"
    assert "\n" not in masked_excerpt(text, 0, 3, context=20)


def test_excerpt_masks_personal_information_in_context() -> None:
    text = "联系我13812345678，这里卖枪支弹药，身份证11010519491231002X"
    start = text.index("枪支")
    out = masked_excerpt(text, start, start + 4, context=40)
    assert "13812345678" not in out and "138****5678" in out
    assert "11010519491231002X" not in out and "110105********002X" in out
    assert "【枪**药】" in out


def test_excerpt_masks_phone_cut_by_the_context_edge() -> None:
    text = "电话13812345678敏感词"
    start = text.index("敏感词")
    out = masked_excerpt(text, start, start + 3, context=5)
    assert "45678" not in out and "5678" in out  # masked tail of 138****5678


def test_excerpt_rejects_bad_span_in_chinese() -> None:
    with pytest.raises(ValueError, match="片段位置无效"):
        masked_excerpt("abc", 2, 1)
    with pytest.raises(ValueError, match="片段位置无效"):
        masked_excerpt("abc", 0, 9)


def test_stable_hash() -> None:
    a = stable_hash("user-42")
    assert a == stable_hash("user-42") and len(a) == 16 and int(a, 16) >= 0
    assert stable_hash("user-42", salt="s1") != a != stable_hash("user-43")
    assert len(stable_hash("x", length=64)) == 64
    with pytest.raises(ValueError):
        stable_hash("x", length=0)


def test_precomputed_pii_mask_gives_the_same_excerpt() -> None:
    from beian.text.evidence import masked_excerpt, pii_masked_copy

    text = "联系 13812345678 购买违禁品，邮箱 abc@example.com"
    start = text.index("违禁品")
    safe = pii_masked_copy(text)
    assert len(safe) == len(text) and "13812345678" not in safe
    shown = masked_excerpt(text, start, start + 3, context=20, masked=safe)
    assert shown == masked_excerpt(text, start, start + 3, context=20)
    assert "13812345678" not in shown and "违*品" in shown
