"""Content-safety gateway: an OpenAI-compatible proxy with checks, labels and an audit log."""

from __future__ import annotations
