"""The user text of a request body, and writing masked text back into it.

Shared by ``beian serve`` and the framework adapters: chat ``messages`` (string content or
content parts), Responses ``input`` and completion ``prompt``. Only ``user`` messages are
checked: system prompts come from the operator and earlier assistant turns were checked
as output.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

TEXT_PART_TYPES = ("text", "input_text")

PathKey = str | int


@dataclass(frozen=True)
class Segment:
    """One piece of user text in a request body and the path of keys that leads to it."""

    path: tuple[PathKey, ...]
    text: str


# ---------------------------------------------------------------- request text
def _message_segments(key: str, messages: Sequence[Any]) -> list[Segment]:
    segs: list[Segment] = []
    for i, msg in enumerate(messages):
        if not isinstance(msg, Mapping) or msg.get("role") != "user":
            continue
        content = msg.get("content")
        if isinstance(content, str) and content:
            segs.append(Segment((key, i, "content"), content))
        elif isinstance(content, list):
            for j, part in enumerate(content):
                if isinstance(part, Mapping) and part.get("type") in TEXT_PART_TYPES \
                        and isinstance(part.get("text"), str) and part["text"]:
                    segs.append(Segment((key, i, "content", j, "text"), part["text"]))
    return segs


def request_segments(data: Mapping[str, Any]) -> list[Segment]:
    """The user text of a request: chat ``messages``, Responses ``input``, completion ``prompt``.

    Only ``user`` messages are checked (as in ``beian serve``): system prompts come
    from the operator and earlier assistant turns were checked as output.
    """
    segs: list[Segment] = []
    for key in ("messages", "input"):
        value = data.get(key)
        if isinstance(value, list):
            segs += _message_segments(key, value)
    for key in ("input", "prompt"):
        value = data.get(key)
        if isinstance(value, str) and value:
            segs.append(Segment((key,), value))
    return segs


def joined(segments: Sequence[Segment]) -> str:
    """The segments as one text (newline-separated), the way the gateway checks them."""
    return "\n".join(s.text for s in segments)


def write_back(data: MutableMapping[str, Any], segments: Sequence[Segment], masked: str) -> None:
    """Put ``masked`` (the joined segments after same-length masking) back into ``data``."""
    pos = 0
    for seg in segments:
        _set_path(data, seg.path, masked[pos:pos + len(seg.text)])
        pos += len(seg.text) + 1


def _set_path(data: MutableMapping[str, Any], path: tuple[PathKey, ...], value: str) -> None:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
