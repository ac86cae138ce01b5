"""The generator scripts of ``src/beian/text/data`` (scripts, not part of the package) loaded as modules for tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

DATA = Path(__file__).resolve().parents[2] / "src" / "beian" / "text" / "data"


def load(name: str) -> ModuleType:
    """``data/<name>.py`` loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
