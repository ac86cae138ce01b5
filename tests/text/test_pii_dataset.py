"""Recall and precision of the recognisers on public Chinese data.

pii-multipriv-zh: 975 synthetic person records whose paragraphs mention the
phone, e-mail and resident ID verbatim; only 88 IDs carry a valid GB 11643
check digit. waimai_10k: take-away reviews, a benign corpus for false positives.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from beian.text.pii import find_pii, validate_resident_id


@pytest.fixture(scope="module")
def records(shared_data: Path) -> list[dict[str, Any]]:
    path = shared_data / "pii-multipriv-zh" / "data_person_1000_zh.json"
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    assert len(data) == 975
    return data


@pytest.fixture(scope="module")
def found(records: list[dict[str, Any]]) -> list[set[tuple[str, str]]]:
    return [{(m.kind, m.text) for m in find_pii(r["naturalParagraph"])} for r in records]


def _recall(records: list[dict[str, Any]], found: list[set[tuple[str, str]]], field: str, kind: str) -> float:
    present = [
        (str(r[field]), hits)
        for r, hits in zip(records, found, strict=True)
        if str(r[field]) in r["naturalParagraph"]
    ]
    assert present, field
    return sum((kind, value) in hits for value, hits in present) / len(present)


def test_mobile_recall(records: list[dict[str, Any]], found: list[set[tuple[str, str]]]) -> None:
    assert _recall(records, found, "phoneNumbers", "mobile") >= 0.99  # measured 974/974 = 1.0


def test_email_recall(records: list[dict[str, Any]], found: list[set[tuple[str, str]]]) -> None:
    assert _recall(records, found, "emailAddress", "email") >= 0.99  # measured 974/974 = 1.0


def test_valid_resident_ids_found(records: list[dict[str, Any]], found: list[set[tuple[str, str]]]) -> None:
    valid = [
        (str(r["idCardNumbers"]), hits)
        for r, hits in zip(records, found, strict=True)
        if validate_resident_id(str(r["idCardNumbers"]))
    ]
    assert len(valid) == 88  # the README's count of IDs with a valid check digit
    assert sum(("resident_id", i) in hits for i, hits in valid) / len(valid) >= 0.99  # measured 88/88


def test_invalid_resident_ids_never_reported(
    records: list[dict[str, Any]], found: list[set[tuple[str, str]]]
) -> None:
    reported = [text for hits in found for kind, text in hits if kind == "resident_id"]
    assert reported and all(validate_resident_id(t) for t in reported)  # precision 1.0
    invalid = {str(r["idCardNumbers"]) for r in records if not validate_resident_id(str(r["idCardNumbers"]))}
    assert sum(not validate_resident_id(str(r["idCardNumbers"])) for r in records) == 975 - 88
    assert not any(text in invalid for hits in found for _kind, text in hits)


def test_benign_reviews_have_few_hits(shared_data: Path) -> None:
    path = shared_data / "corpus-sophonplus-reviews" / "waimai_10k.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = [next(fh) for _ in range(2000)]
    hits = [m for line in lines for m in find_pii(line)]
    # Measured 0 hits in the first 2,000 lines (3 in all 11,988, each a real
    # phone number a customer typed). Allow 2 so a new true phone is not a failure.
    assert len(hits) <= 2, [m.to_dict() for m in hits]


def test_windowed_scan_finds_what_a_full_scan_finds(records: list[dict[str, Any]], shared_data: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Scanning only the windows around ASCII runs loses nothing on real records, reviews and hand cases."""
    from beian.text.pii import engine

    hand = ["座机（010）62345678转1234，手机 +86 138-1234-5678", "邮箱 zhang.san@example.com.cn；IP fe80::1",
            "车牌京A12345，卡号 6222 0210 0112 3456 784", "台胞证 12345678，港澳通行证 C12345678"]
    with gzip.open(shared_data / "corpus-sophonplus-reviews/waimai_10k.csv.gz", "rt", encoding="utf-8") as fh:
        reviews = [line for _, line in zip(range(3000), fh)]
    texts = [r["naturalParagraph"] for r in records] + reviews + hand
    windowed = [[(m.start, m.end, m.kind) for m in find_pii(t)] for t in texts]
    monkeypatch.setattr(engine, "windows", lambda norm: [(0, len(norm))])
    full = [[(m.start, m.end, m.kind) for m in find_pii(t)] for t in texts]
    assert windowed == full
    assert sum(map(len, full)) > 1000  # the comparison is not vacuous
