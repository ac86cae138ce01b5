"""Shared fixtures: where the public data in ../shared/data lives, and a hermetic test session.

Tests that need the public data ask for the ``shared_data`` fixture. When the folder is absent
they are left out (deselected) and the session prints one line saying so; ``.ci/run`` sets
``BEIAN_REQUIRE_SHARED_DATA=1``, which turns that skip into a failure.

Every session gets its own cache folder (``BEIAN_CACHE_DIR``) and temp folder (``TMPDIR``), so the
suite never reads or writes ``~/.cache/beian`` or the system temp folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
REQUIRE_ENV = "BEIAN_REQUIRE_SHARED_DATA"
_SKIPPED_KEY = pytest.StashKey[int]()


def shared_data_dir() -> Path:
    """``$BEIAN_SHARED_DATA`` or ``../shared/data`` beside the checkout."""
    env = os.environ.get("BEIAN_SHARED_DATA")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "data"


def missing_data_line() -> str:
    """The one line a newcomer reads when the public data is absent."""
    return (f"未找到共享数据目录 {shared_data_dir()}：依赖它的测试已跳过"
            "（获取方式见 README“测试数据”一节；用 BEIAN_SHARED_DATA 指定位置）")


def _data_missing() -> bool:
    return not shared_data_dir().is_dir() and not os.environ.get(REQUIRE_ENV)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without the public data, leave out the tests that need it (reported once, see below)."""
    if not _data_missing():
        return
    needs = [item for item in items if "shared_data" in getattr(item, "fixturenames", ())]
    if needs:
        config.hook.pytest_deselected(items=needs)
        items[:] = [item for item in items if item not in needs]
        config.stash[_SKIPPED_KEY] = len(needs)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the one line about the public data, once, at the end of the run."""
    count = terminalreporter.config.stash.get(_SKIPPED_KEY, 0)
    if count:
        terminalreporter.write_line(f"{missing_data_line()}；未运行 {count} 个测试。", yellow=True)


@pytest.fixture(scope="session", autouse=True)
def hermetic_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the matcher cache and the temp folder at fresh folders of this session."""
    root = tmp_path_factory.mktemp("beian-session")
    saved = {k: os.environ.get(k) for k in ("BEIAN_CACHE_DIR", "TMPDIR")}
    (root / "cache").mkdir()
    (root / "tmp").mkdir()
    os.environ["BEIAN_CACHE_DIR"] = str(root / "cache")
    os.environ["TMPDIR"] = str(root / "tmp")
    saved_tempdir = tempfile.tempdir
    tempfile.tempdir = str(root / "tmp")
    try:
        yield root
    finally:
        tempfile.tempdir = saved_tempdir
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The public data folder: skipped when absent, a failure when ``.ci/run`` requires it."""
    path = shared_data_dir()
    if not path.is_dir():
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"缺少共享数据目录 {path}（{REQUIRE_ENV}=1 要求它存在；用 BEIAN_SHARED_DATA 指定位置）")
        pytest.skip("缺少 ../shared/data")
    return path
