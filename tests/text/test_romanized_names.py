"""A two-character term read through the pinyin channel from a romanized name (``Ma Hui`` as 码会)."""

from __future__ import annotations

import pytest

from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

TERMS = ("码会", "法轮功", "习近平")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    lexicon = Lexicon(terms=[Term(t, category="测试") for t in TERMS])
    return Matcher.build(lexicon, cache_dir=tmp_path_factory.mktemp("cache"))


def _best(matcher: Matcher, text: str, term: str) -> float:
    return max((m.confidence for m in matcher.scan(text) if m.matched == term), default=0.0)


@pytest.mark.parametrize("text", ["研究负责人 Ma Hui 表示，结果还需验证。", "作者：Ma Hui, Li Wei", "Dr. Ma-Hui from Peking University"])
def test_a_romanized_personal_name_is_below_the_default_threshold(matcher: Matcher, text: str) -> None:
    confidence = _best(matcher, text, "码会")
    assert 0 < confidence < 0.5  # still reported at --min-confidence 0.4, not at the default


@pytest.mark.parametrize("text", ["这期 mahui 开什么", "去 ma hui 那里买", "MAHUI 今晚开奖"])
def test_pinyin_typed_in_lower_case_or_capitals_keeps_its_confidence(matcher: Matcher, text: str) -> None:
    assert _best(matcher, text, "码会") >= 0.75


@pytest.mark.parametrize(("text", "term"), [("He practised Falun Gong for years.", "法轮功"),
                                            ("Xi Jinping visited the city.", "习近平")])
def test_longer_names_spelled_in_title_case_are_the_terms_themselves(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75
