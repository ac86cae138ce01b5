"""The one Server-Sent-Events parser for OpenAI-style streams: ``data: {json}`` lines up to ``[DONE]``.

Line-based on purpose: the same two functions serve httpx (``iter_lines``/``aiter_lines``) and
aiohttp (the gateway reads lines from its upstream), so there is one place that knows the format.
"""

from __future__ import annotations

import json
from typing import Any

DONE = "[DONE]"


def data_payload(line: str) -> str | None:
    """The payload of a ``data:`` line (stripped), or None for comments, other fields and blank lines."""
    if not line.startswith("data:"):
        return None
    return line[5:].strip()


def parse_chunk(payload: str) -> dict[str, Any] | None:
    """A chat-completion chunk: a JSON object with a ``choices`` list, or None when it is anything else."""
    try:
        obj = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("choices"), list):
        return None
    return obj


def delta_text(chunk: dict[str, Any]) -> str:
    """The ``delta.content`` text of the first choice of a chunk ('' when absent)."""
    choices = chunk["choices"]
    if not choices or not isinstance(choices[0], dict):
        return ""
    delta = choices[0].get("delta") or {}
    return str(delta.get("content") or "") if isinstance(delta, dict) else ""
