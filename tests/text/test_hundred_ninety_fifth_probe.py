"""What the hundred-and-ninety-fifth probe (952 evasions of 60 held-out terms, 94.9% at the default threshold; 200
ordinary lines, no matcher error) found, in other words than its cases:

- the filler 乛 (a bent stroke, like 乁 and 亅) between every character was read as the variant 乙 and kept (0 of 7 found);
- a mark written twice between every two characters of a term that begins with its own digits or letters
  (``1//码//中//特``, ``77~手~枪~出~售``): read as a formula and capped at 0.4, while a mark written once was an insertion.
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("代开发票", "6合彩开奖", "qq卖肾")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


def test_the_bent_stroke_is_a_filler(matcher: Matcher) -> None:
    assert _best(matcher, "有需要的私我，代乛开乛发乛票", "代开发票") >= 0.75


@pytest.mark.parametrize(("text", "term"), [
    ("群里天天刷 6~~合~~彩~~开~~奖", "6合彩开奖"),
    ("主页挂着 qq//卖//肾 的广告", "qq卖肾"),
])
def test_a_doubled_mark_between_every_character_is_an_insertion(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) >= 0.75


def test_marks_that_differ_between_characters_stay_below_the_default(matcher: Matcher) -> None:
    assert _best(matcher, "比分 6-合/彩~开 奖", "6合彩开奖") < 0.75


def test_a_formula_of_greek_letters_is_no_separated_term() -> None:
    """The two-hundred-and-third probe: a physics report's ``Δρ/ρ`` read as the entry ΦΦ at 0.9."""
    import tempfile
    from pathlib import Path

    from probe_terms import probe_matcher as build

    found = build(("ΦΦ",), Path(tempfile.mkdtemp())).scan("相对密度变化 Δρ/ρ = 0.02")
    assert [m for m in found if m.confidence >= 0.5] == []
