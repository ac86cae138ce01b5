"""Gateway fixtures (defined in gw_support so tests can import its helpers)."""

from __future__ import annotations

from gw_support import gateway, stub

__all__ = ["gateway", "stub"]
