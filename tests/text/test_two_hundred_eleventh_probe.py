"""What the two-hundred-and-eleventh and two-hundred-and-fifteenth probes (949 and 999 evasions, 95.2% and 95.9% at the
default threshold; 400 ordinary lines) found in ordinary text, in other words than their cases:

- a concentration in a biochemistry note (``20→250 mM``) was the entry ``250`` at 1.0: ``mM`` was no unit;
- a row of full-width numbered notation (``ｉ　６　５　３　｜``) joined two notes across an ideographic space into the entry
  ``65`` at 0.97: the notation check knew only ASCII spaces and bars.
"""

from __future__ import annotations

import pytest
from probe_terms import best as _best
from probe_terms import probe_matcher

from beian.text.matcher import Matcher

TERMS = ("250", "65", "64")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(TERMS, tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [("缓冲液浓度由 20 提高到 250 mM", "250"), ("加入 64μM 抑制剂", "64"),
                                            ("称取 250 mmol 底物", "250")])
def test_concentrations_count_what_follows(matcher: Matcher, text: str, term: str) -> None:
    assert _best(matcher, text, term) < 0.5


def test_a_full_width_notation_row_is_a_sequence(matcher: Matcher) -> None:
    assert _best(matcher, "曲谱：１＝Ｃ　６　５　３　｜　２　３　５", "65") < 0.5


def test_two_full_width_digits_standing_alone_are_still_read(matcher: Matcher) -> None:
    assert _best(matcher, "暗号是６　５", "65") >= 0.75


# The two-hundred-and-nineteenth probe (1,013 evasions, 93.8% at 0.75): a knitting-machine manual's ``推到B位`` (needle
# position B) was the entry 到位 with B as a filler (0.75), and ``+24 mV`` the entry 24.
@pytest.fixture(scope="module")
def fillers(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(("到位", "黄色网站", "24"), tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("text", ["把针床推到B位，再拉回", "电梯直达A座，出门右转"])
def test_a_capital_naming_what_follows_is_no_filler(fillers: Matcher, text: str) -> None:
    assert all(m.confidence < 0.5 for m in fillers.scan(text))


def test_capitals_between_every_character_are_still_fillers(fillers: Matcher) -> None:
    assert _best(fillers, "求个黄A色B网C站", "黄色网站") >= 0.75


def test_a_potential_in_millivolts_counts_what_follows(fillers: Matcher) -> None:
    assert _best(fillers, "动作电位峰值 +24 mV", "24") < 0.5
