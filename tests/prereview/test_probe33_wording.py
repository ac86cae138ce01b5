"""Wordings the thirty-third probe (登记 and 算法备案 packages by six other hands) wrote that the check misread: a ticked
否 after an unticked 是 in a form cell, requests turned away with a canned reply, minors named by school grade, a
package that numbers its files without the word 附件, and re-assessment or out-of-scope handling in other verbs."""

from __future__ import annotations

import pytest

from beian.prereview.negation import is_bounded, mentions
from beian.prereview.rules.citations import _ordinal_key
from beian.prereview.vocab import compiled, fold, section


def _bounded(text: str, word: str) -> bool:
    at = fold(text).index(word)
    return is_bounded(text, at, at + len(word))


@pytest.mark.parametrize(("text", "bounded"), [
    ("是否面向未成年人：☐是 ☑否", True), ("是否面向未成年人：□是 ■否", True), ("是否面向未成年人：☑否 ☐是", True),
    ("是否面向未成年人：☑是 ☐否", False),
])
def test_a_ticked_no_after_an_unticked_yes(text: str, bounded: bool) -> None:
    assert _bounded(text, "面向未成年人") is bounded


@pytest.mark.parametrize("text", [
    "对与商品文案无关的请求（如医疗诊断、情感陪伴等）统一回复“本助手仅提供商品文案服务”，不调用模型生成。",
    "用户提出的其他问题（例如情感陪伴、算命），以固定话术答复。",
    "对超范围的提问（比如情感陪伴、理财）引导用户回到文案主题。",
])
def test_requests_turned_away_with_a_canned_reply_are_a_boundary(text: str) -> None:
    assert _bounded(text, "情感陪伴")


def test_minors_named_by_school_grade_are_the_minors_domain() -> None:
    strong = tuple(section("scope", "high_risk", "未成年人", "strong"))
    found = [m for m in mentions("本服务面向上海市12至15岁的初中学生提供作文批改与写作指导。", strong)]
    assert [m.word for m in found] == ["初中学生"] and not found[0].bounded
    assert all(m.bounded for m in mentions("本服务不向小学生提供。", strong))


@pytest.mark.parametrize(("stem", "key"), [("5 评估测试题", {(5, None)}), ("7-2 数据采购合同", {(7, 2)}),
                                           ("00 上线登记表", set()), ("2025年度报告", set()), ("评估测试题", set())])
def test_a_file_numbered_without_the_word_fujian(stem: str, key: set[tuple[int, int | None]]) -> None:
    assert _ordinal_key(stem) == key


@pytest.mark.parametrize(("code", "text"), [
    (("safety", "measures", "safety.reassessment"), "模型版本变更、提示词调整后重新执行全部评估测试题，达标后灰度上线。"),
    (("scope", "elements", "out_of_scope"), "超出合同审阅范围的提问，系统不予生成并提示用户。"),
])
def test_other_verbs_for_reassessment_and_out_of_scope_handling(code: tuple[str, ...], text: str) -> None:
    assert compiled(*code).search(fold(text))
