"""Placeholder for the `assess` command group (being written)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app (none yet)."""
    del app
