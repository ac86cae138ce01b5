"""What an independent black-box probe (2026-12-05, cases frozen before the first run) found the matcher invent on
ordinary text: a chemical formula read as a recased Latin term, and numbers before Latin units read as the number
terms of the lexicon."""

from __future__ import annotations

import pytest
from probe_terms import best, probe_matcher

from beian.text.hitfilters import chemical_formula
from beian.text.matcher import Matcher


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return probe_matcher(["cao", "24", "64", "65", "500", "nacl"], tmp_path_factory.mktemp("cache"))


def test_a_chemical_formula_is_not_a_recased_term(matcher: Matcher) -> None:
    assert best(matcher, "碳酸钙 CaCO3 受热分解为 CaO 和 CO2", "cao") == 0.4
    assert best(matcher, "cao 你大爷", "cao") == 1.0  # typed in the term's own case: the term itself
    assert best(matcher, "CAO 你大爷", "cao") >= 0.75  # all capitals: no formula has them without a digit


@pytest.mark.parametrize(("text", "term"), [("续航多 24 kWh，", "24"), ("支持 65 W 快充", "65"), ("内存 500 MB", "500"),
                                            ("64 GB 存储", "64")])
def test_a_number_before_a_latin_unit_counts_something(matcher: Matcher, text: str, term: str) -> None:
    assert best(matcher, text, term) == 0.4


def test_a_latin_unit_must_end_its_word(matcher: Matcher) -> None:
    assert best(matcher, "64 Wow", "64") == 1.0


@pytest.mark.parametrize(("text", "expected"), [("CaO", True), ("NaCl", True), ("H2O", True), ("Ca(OH)2", True),
                                                ("CAO", False), ("CO", False), ("Sb", False), ("DuBo", False),
                                                ("SeQing", False)])
def test_chemical_formula_shapes(text: str, expected: bool) -> None:
    assert chemical_formula(text, 0, len(text)) is expected
