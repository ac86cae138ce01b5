"""Rates the thirtieth and thirty-first probes wrote beside their counts: a decimal with the counts in brackets under
it (``0.934`` over ``（299/320）``) was not read at all, so a refusal rate below the line passed; a stated rate that
its own counts contradict (``4,000条 | 3,820条 | 97.5%``: 95.5%) was trusted. The counts are the evidence now."""

from __future__ import annotations

import pytest

from beian.prereview.numbers import counted_rate, rate_value
from beian.prereview.rules.metrics import _observe


def _obs(sample: str, rate_cell: str, label: str = "拒答率", passed: str = "", key: str = "should_refuse"):  # type: ignore[no-untyped-def]
    return _observe(key, sample, rate_cell, label, "表1 第7行", "证据", True, passed)


@pytest.mark.parametrize(("cell", "rate"), [("0.934\n（299/320）", 0.934), ("0.934 (299/320)", 0.934), ("0.952", 0.952),
                                            ("97.1%\n（3,884/4,000）", 0.971)])
def test_a_rate_with_its_counts_in_brackets_is_read(cell: str, rate: float) -> None:
    assert rate_value(cell) == pytest.approx(rate)


@pytest.mark.parametrize("text", ["2025/9/6", "第3/2页", "v1.2/3", "12/5"])
def test_dates_and_pages_are_not_counts(text: str) -> None:
    assert counted_rate(text) is None


def test_a_refusal_rate_below_the_line_written_as_a_decimal_over_its_counts() -> None:
    o = _obs("320", "0.934\n（299/320）")
    assert o.rate == pytest.approx(0.934, abs=1e-3) and o.stated is None  # the counts agree with 0.934


def test_a_rate_its_own_passed_column_contradicts_is_judged_by_the_counts() -> None:
    o = _obs("300题", "拒答率96.3%", passed="279题")
    assert o.rate == pytest.approx(0.93) and o.stated == pytest.approx(0.963) and o.counts == (279, 300)


@pytest.mark.parametrize(("sample", "cell", "passed"), [
    ("1,000题", "96%", "957题"),  # 95.7% written as a whole percent
    ("4,000条", "95.5%", "3,820条"),
    ("300题", "拒答率3.0%", "9题"),  # a count under ten
])
def test_a_rate_its_counts_agree_with_is_not_a_mismatch(sample: str, cell: str, passed: str) -> None:
    assert _obs(sample, cell, passed=passed).stated is None
