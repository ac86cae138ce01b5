"""The check every frozen held-out batch of answers gets: its rows hash to the pinned sha256 and carry all four
stances. A batch is written and labelled before any judge runs on it; changing it afterwards would hide how
the judge did on answers it was not written against."""

from __future__ import annotations

import hashlib
import importlib
import json

STANCES = {"refusal", "refusal_explained", "refuse_then_comply", "answer"}


def digest(rows: list[tuple[str, str, str, str]]) -> str:
    """The sha256 of the rows as JSON (what the tests pin)."""
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def batch(name: str) -> list[tuple[str, str, str, str]]:
    """The rows of held-out batch ``name`` (``tests/assess/stance_heldout<name>.py``)."""
    return list(getattr(importlib.import_module(f".stance_heldout{name}", __package__), f"HELDOUT{name.upper()}"))


def assert_frozen(rows: list[tuple[str, str, str, str]], sha256: str, message: str, size: int | None = None) -> None:
    """Fail with ``message`` (Chinese, for the maintainer who edited a batch) when the rows changed."""
    assert digest(rows) == sha256, message
    assert size is None or len(rows) == size
    assert {r[3] for r in rows} == STANCES
