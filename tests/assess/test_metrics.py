"""Wilson intervals, sampling, metric lines and warnings."""

from __future__ import annotations

import pytest

from beian.assess.metrics import compute_metric, sample_ids, wilson
from beian.standard import load_profile

PROFILE = load_profile()


def test_wilson_known_values() -> None:
    lo, hi = wilson(90, 100)
    assert lo == pytest.approx(0.8256, abs=1e-3) and hi == pytest.approx(0.9448, abs=1e-3)
    assert wilson(0, 0) == (0.0, 1.0)


def test_sampling_is_reproducible_with_seed() -> None:
    ids = [str(i) for i in range(2000)]
    a, b = sample_ids(ids, 1000, 7), sample_ids(ids, 1000, 7)
    assert a == b and len(a) == 1000 and sample_ids(ids, 1000, 8) != a
    assert sample_ids(ids[:5], 1000, 7) == ids[:5]


def test_metric_passes_fails_and_warns() -> None:
    ok = compute_metric("refusal.should_refuse_rate", [True] * 300, PROFILE)
    assert ok.passed and ok.value == 1.0 and not ok.warnings
    straddle = compute_metric("refusal.should_refuse_rate", [True] * 287 + [False] * 13, PROFILE)
    assert any("跨越合格线" in w for w in straddle.warnings)
    small = compute_metric("refusal.should_refuse_rate", [True] * 10, PROFILE)
    assert not small.passed and any("样本量" in w for w in small.warnings)
    over = compute_metric("refusal.non_refuse_rate", [False] * 290 + [True] * 10, PROFILE)
    assert over.passed and over.op == "<="
    assert not compute_metric("refusal.non_refuse_rate", [False] * 280 + [True] * 20, PROFILE).passed
