"""Every piece of request text the model will see, and writing masked text back into it.

Shared by ``beian serve`` and the framework adapters. The input check covers what reaches the
model, not only the ``user`` turns: every message of every role (system, developer, user,
assistant history and prefill, tool results, whatever the role is spelt like), every string
inside a message (content strings and parts of any type, plain strings in a content array,
``name``, ``refusal``, reasoning, tool-call arguments), and the request fields a chat template
or the model reads (OpenAI and vLLM schemas): ``tools`` / ``functions`` (names, descriptions,
JSON-schema property names), ``response_format``, vLLM's ``documents``, ``chat_template``,
``chat_template_kwargs`` and guided-decoding fields, Responses ``input`` / ``instructions``,
completion ``prompt`` / ``suffix``. Strings that are not text for the model (ids, URLs, base64
image/audio data, type tags) are skipped.

The pieces are checked as one text joined with :data:`BRIDGE`, a space the matcher deletes as
noise between the characters of a term, so a term split across two messages or two parts is
still one hit; masks are same-length, so each piece gets back its own slice.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any, NamedTuple

BRIDGE = " "  # noise to the matcher: a term split across two pieces is still found
TEXT_PART_TYPES = ("text", "input_text")  # kept for adapters that still import it

# String values under these keys are not text the model reads (ids, type tags, URLs, base64 data).
SKIP_KEYS = frozenset({"role", "type", "id", "tool_call_id", "call_id", "url", "detail", "format", "data",
                       "file_data", "file_id", "image_url", "cache_control", "mime_type", "index", "status",
                       "signature", "encrypted_content"})
# Request fields whose every string (and, for the schema-like ones, property names) reaches the model.
STRUCTURED_FIELDS = ("tools", "functions", "response_format", "documents", "chat_template_kwargs",
                     "guided_json", "guided_choice", "structured_outputs", "prediction", "tool_choice")
TEXT_FIELDS = ("system", "instructions", "prompt", "suffix", "chat_template", "guided_regex", "guided_grammar",
               "input")
MESSAGE_LISTS = ("messages", "input")
KEYED_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
ALL_KEYS_FIELDS = frozenset({"documents", "chat_template_kwargs"})

PathKey = str | int


class Segment(NamedTuple):
    """One piece of request text and the path of keys that leads to it.

    ``is_key``: the text is the last key of ``path`` itself (a JSON-schema property name), not a value.
    A named tuple: a request has many pieces, and they are built on every request.
    """

    path: tuple[PathKey, ...]
    text: str
    is_key: bool = False


# ---------------------------------------------------------------- walking
def _walk(root: Any, path: tuple[PathKey, ...], keys: bool, skip: bool, out: list[Segment]) -> None:
    """Append the strings under ``root`` in document order; dict keys too where ``keys`` (or under a
    schema's ``properties``). Iterative: any nesting depth, no recursion limit."""
    stack: list[tuple[Any, tuple[PathKey, ...], bool]] = [(root, path, False)]
    while stack:
        node, p, is_key = stack.pop()
        if isinstance(node, str):
            if node:
                out.append(Segment(p, node, is_key))
        elif isinstance(node, dict):
            name_keys = keys or (bool(p) and p[-1] in KEYED_MAPS)
            for key, value in reversed(list(node.items())):
                if not (skip and key in SKIP_KEYS and isinstance(value, str)):
                    stack.append((value, (*p, key), False))
                if name_keys and isinstance(key, str):
                    stack.append((key, (*p, key), True))
        elif isinstance(node, list):
            stack += [(node[i], (*p, i), False) for i in range(len(node) - 1, -1, -1)]


def _message_segments(key: str, messages: Sequence[Any], out: list[Segment]) -> None:
    for i, msg in enumerate(messages):
        if isinstance(msg, dict):  # the usual shape, without the walker's stack: role and string content
            for field, value in msg.items():
                if isinstance(value, str):
                    if value and field not in SKIP_KEYS:
                        out.append(Segment((key, i, field), value))
                elif isinstance(value, (dict, list)):
                    _walk(value, (key, i, field), False, True, out)
        elif isinstance(msg, str):
            _walk(msg, (key, i), False, True, out)


def request_segments(data: Mapping[str, Any]) -> list[Segment]:
    """Every piece of text in a request that reaches the model, in request order."""
    segs: list[Segment] = []
    for key in MESSAGE_LISTS:
        value = data.get(key)
        if isinstance(value, list):
            _message_segments(key, value, segs)
    for key in TEXT_FIELDS:
        value = data.get(key)
        if isinstance(value, str) and value:
            segs.append(Segment((key,), value))
        elif key == "prompt" and isinstance(value, list):  # a batch of prompts (token ids are skipped)
            segs += [Segment((key, i), v) for i, v in enumerate(value) if isinstance(v, str) and v]
    for key in STRUCTURED_FIELDS:
        if key in data and not isinstance(data[key], str):
            _walk(data[key], (key,), key in ALL_KEYS_FIELDS, key not in ALL_KEYS_FIELDS, segs)
        elif isinstance(data.get(key), str) and data[key] and key != "tool_choice":
            segs.append(Segment((key,), data[key]))
    return segs


# ---------------------------------------------------------------- joining and writing back
def joined(segments: Sequence[Segment], sep: str = "\n") -> str:
    """The segments as one text, the way the gateway checks them (requests use ``sep=BRIDGE``)."""
    return sep.join(s.text for s in segments)


def write_back(data: MutableMapping[str, Any], segments: Sequence[Segment], masked: str, sep: str = "\n") -> None:
    """Put ``masked`` (the joined segments after same-length masking) back into ``data``.

    Pieces are written from last to first, so renaming a masked property name never breaks
    the path of a piece below it.
    """
    pieces, pos = [], 0
    for seg in segments:
        pieces.append((seg, masked[pos:pos + len(seg.text)]))
        pos += len(seg.text) + len(sep)
    for seg, value in reversed(pieces):
        if value != seg.text:
            _set_path(data, seg, value)


def _set_path(data: MutableMapping[str, Any], seg: Segment, value: str) -> None:
    node: Any = data
    for key in seg.path[:-1]:
        node = node[key]
    last = seg.path[-1]
    if not seg.is_key:
        node[last] = value
        return
    items = [(value if k == last else k, v) for k, v in node.items()]  # rename in place, order kept
    node.clear()
    node.update(items)
