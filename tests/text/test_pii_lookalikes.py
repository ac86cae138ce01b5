"""Precision on look-alikes: order numbers, timestamps, tracking numbers, versions, math, folded digits.

``pii_lookalikes.jsonl`` is hand-labelled (labels committed before the recognisers were tuned): every
text lists the personal information really in it; everything else in it must give no hit.
``pii_heldout.jsonl`` was written after that tuning in other styles; its first measurement is in
BENCHMARKS.md, and it is a regression test from then on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from beian.text.pii import find_pii, mask_pii

HERE = Path(__file__).parent


def _rows(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line]


ROWS = _rows("pii_lookalikes.jsonl")
HELDOUT = _rows("pii_heldout.jsonl")
STYLES = sorted({("lookalikes", r["style"]) for r in ROWS} | {("heldout", r["style"]) for r in HELDOUT})


@pytest.mark.parametrize(("subset", "style"), STYLES)
def test_each_style_gives_exactly_the_labelled_hits(subset: str, style: str) -> None:
    rows = [r for r in (ROWS if subset == "lookalikes" else HELDOUT) if r["style"] == style]
    wrong = [
        (ascii(r["text"]), got)
        for r in rows
        if (got := sorted([m.kind, m.text] for m in find_pii(r["text"]))) != sorted(r["pii"])
    ]
    assert not wrong


def test_the_set_has_negatives_and_positives_in_every_kind_of_trap() -> None:
    assert len(ROWS) >= 70 and sum(not r["pii"] for r in ROWS) >= 45
    assert {"order", "log", "tracking", "version", "math", "folded"} <= {r["style"] for r in ROWS}


@pytest.mark.parametrize(
    "text",
    [
        "身份证号 11010519880312107X 有误",  # 17 Luhn-valid digits before the X
        "交易流水号：20231105143025118",  # 17-digit timestamp passing Luhn
        "订单号 6274852605747938090",  # 19-digit order number, 62 prefix, passing Luhn
        "您的快件SF19048676141已派送",
        "版本 1.2.3.4",
        "build 6.1.76.1",
    ],
)
def test_issue_negatives_give_no_hit(text: str) -> None:
    assert find_pii(text) == []


def test_card_kind_alone_does_not_read_an_id_ending_in_x() -> None:
    assert find_pii("31011519900412454X", {"bank_card"}) == []
    assert [m.kind for m in find_pii("证件号码：31011519900412454X")] == ["resident_id"]


def test_masks_land_on_the_original_characters_of_folded_numbers() -> None:
    assert mask_pii("手机号 138\u200b1234\u200b5678。") == "手机号 138\u200b****\u200b5678。"
    assert mask_pii("电话①③⑨①②③④⑤⑥⑦⑧") == "电话①③⑨****⑤⑥⑦⑧"
    bold = "".join(chr(0x1D7CE + int(d)) for d in "13812345678")
    assert mask_pii(f"手机{bold}找我") == f"手机{bold[:3]}****{bold[7:]}找我"


def test_offsets_of_folded_numbers_point_into_the_original_text() -> None:
    text = "先说一句\u200b，电话：1\ufe0f\u20e33\ufe0f\u20e38\ufe0f\u20e3" + "12345678" + "。"
    [m] = find_pii(text)
    assert m.kind == "mobile" and text[m.start : m.end] == m.text
    assert m.text.startswith("1\ufe0f\u20e3") and text[m.end] == "。"
