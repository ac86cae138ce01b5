"""Shared fixtures: where the public data in ../shared/data lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    """``$BEIAN_SHARED_DATA`` or ``../shared/data`` beside the checkout."""
    env = os.environ.get("BEIAN_SHARED_DATA")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The public data folder; the tests that need it fail loudly when it is absent."""
    path = shared_data_dir()
    assert path.is_dir(), f"缺少共享数据目录 {path}（设置 BEIAN_SHARED_DATA 或把 shared/ 放在仓库旁）"
    return path
