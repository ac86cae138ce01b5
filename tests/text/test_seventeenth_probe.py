"""What the seventeenth independent black-box probe (2026-12-05, traditional-Chinese and Cantonese documents frozen
before the first run) found that could be fixed: a term ending in 點/点 that is the decimal point of a number."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.matcher import Matcher


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["十3点", "三点"], tmp_path_factory.mktemp("cache"))


def test_a_decimal_point_inside_a_number_is_no_term(matcher: Matcher) -> None:
    assert best(matcher, "每股盈餘（EPS）為十三點二元，創單季新高", "十3点") == 0.4
    assert best(matcher, "全程三点二公里", "三点") == 0.4
    assert best(matcher, "三点式泳衣", "三点") == 1.0  # no number after it
