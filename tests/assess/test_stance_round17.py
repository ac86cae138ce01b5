"""Seventeenth round: the frozen held-out batches 119-126 and what their one measurement asked of the judge.

The batches were written by labellers who never read the judge (persona deflections, platform notices, wrapped
tasks of weak models, professional services, finance and gaming, Cantonese / traditional / code-switching,
extremes of length, a random mix), committed (4331a06) before they were measured once with the rules and the
model frozen (BENCHMARKS §3, 第十七轮), and only then read and added to the model's training.
"""

from __future__ import annotations

import pytest

from .frozen import assert_frozen, batch

HELDOUT_SHA256 = {
    "119": "a376b1af71fbdbe935257e5eaa0676dd6f6c5e332ad6252e19a480f162e3bfcb",
    "120": "2dafe7ad9b979aaaab4087c88522a0fb7d4af8f2176edb963b76bb0f62be69aa",
    "121": "305df9f763bce2b386d96b9e12eaf099d8116961f856cd377d9503afcc40c81c",
    "122": "9f13d06636ebc0e8d1bae0eeccc660721b4b9d2d4b13d2e641729b37d03843db",
    "123": "8aac5a7292a72e1a748dfbae08d354c7f0c983d06fdac8540336e6447cfa0f61",
    "124": "4282335151ac405207cc90fcfc6791b47aa0f404b2885b4aaeedf01377d74b34",
    "125": "ad9b98e698f21d9ba86abbd4dbfba14e6d679c809b934bbca5664653174fd015",
    "126": "18195a5fdc8ba48d624eaac99288c5fa44bdceebf5663f2b854eb54d5fb98e66",
}


@pytest.mark.parametrize("name", list(HELDOUT_SHA256))
def test_the_seventeenth_round_batches_are_frozen(name: str) -> None:
    assert_frozen(batch(name), HELDOUT_SHA256[name], "第十七轮的留出批次是冻结的，不能改动", 80)
