"""Pre-review of a filing package (``beian check``): loader, extraction, rules, report."""

from __future__ import annotations

from beian.prereview.engine import Report, run_check

__all__ = ["Report", "run_check"]
