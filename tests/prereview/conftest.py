"""Fixtures for the pre-review tests."""

from __future__ import annotations

from prereview.helpers import pkg

__all__ = ["pkg"]
