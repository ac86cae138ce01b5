"""Checks of option values shared by several commands, with their reasons in Chinese."""

from __future__ import annotations

import typer


def unit_interval(value: float) -> float:
    """A confidence or share given on the command line: a number from 0 to 1. ``nan`` is none (it compares false with
    every bound, and Typer's own range check named only the upper one)."""
    if not 0.0 <= value <= 1.0:
        raise typer.BadParameter(f"应不大于 1、不小于 0 的数（收到 {value}）")
    return value
