"""Contract of the recogniser records: every kind has one record, and every record's examples hold."""

from __future__ import annotations

import pytest

from beian.text.pii import PII_KINDS, find_pii, mask_value
from beian.text.pii.masking import MASKERS
from beian.text.pii.recognizers import RECOGNIZERS, Recognizer

BY_KIND = {rec.kind: rec for rec in RECOGNIZERS}


def test_one_record_per_kind_with_the_kind_table_label() -> None:
    assert [rec.kind for rec in RECOGNIZERS] == list(BY_KIND)  # no kind twice
    assert set(BY_KIND) == set(PII_KINDS)
    assert all(rec.label_zh == PII_KINDS[rec.kind] for rec in RECOGNIZERS)


@pytest.mark.parametrize("rec", RECOGNIZERS, ids=lambda r: r.kind)
def test_record_has_examples_both_ways(rec: Recognizer) -> None:
    assert rec.examples and rec.counter_examples
    assert rec.mask is MASKERS[rec.kind]


@pytest.mark.parametrize("rec", RECOGNIZERS, ids=lambda r: r.kind)
def test_record_finds_its_examples(rec: Recognizer) -> None:
    for text, value in rec.examples:
        found = find_pii(text, {rec.kind})
        assert [m.text for m in found] == [value], (rec.kind, ascii(text))
        [m] = found
        assert text[m.start : m.end] == value and m.label_zh == rec.label_zh and m.detail


@pytest.mark.parametrize("rec", RECOGNIZERS, ids=lambda r: r.kind)
def test_record_stays_silent_on_counter_examples(rec: Recognizer) -> None:
    for text in rec.counter_examples:
        assert find_pii(text, {rec.kind}) == [], (rec.kind, text)


@pytest.mark.parametrize("rec", RECOGNIZERS, ids=lambda r: r.kind)
def test_record_masks_its_examples(rec: Recognizer) -> None:
    for _text, value in rec.examples:
        masked = mask_value(rec.kind, value)
        assert "*" in masked and masked != value, (rec.kind, ascii(value))
