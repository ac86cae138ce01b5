"""Fixtures shared by the text-core tests."""

from __future__ import annotations

import pytest

from beian.standard import Profile, load_profile


@pytest.fixture(scope="module")
def profile() -> Profile:
    """The default standard profile (TC260-003): quotas and risk categories."""
    return load_profile()
