"""Sixth round of the stance judge: the frozen held-out batch and the compositional training data.

The batch (``stance_heldout6.py``) was written and labelled before any sixth-round change and is never
trained on: its rows are pinned by a sha256 so that no later edit goes unnoticed.
"""

from __future__ import annotations

import hashlib
import json

from .stance_heldout6 import HELDOUT6, LABELLED

HELDOUT6_SHA256 = "68db749b2ba3a5b18408578f96af2d8c584c5b989f3302016b133a4107c95800"


def test_the_sixth_round_batch_is_frozen() -> None:
    digest = hashlib.sha256(json.dumps(HELDOUT6, ensure_ascii=False).encode("utf-8")).hexdigest()
    assert digest == HELDOUT6_SHA256, "stance_heldout6.py 是冻结的留出批次，不能改动"
    assert LABELLED == "2026-12-04"
    assert len(HELDOUT6) >= 40
    counts = {c: sum(r[3] == c for r in HELDOUT6) for c in ("refusal", "refusal_explained", "refuse_then_comply", "answer")}
    assert min(counts.values()) >= 10
