"""A provider's content-safety block, told apart from other endpoint errors (``blocks.yaml``).

Chinese and foreign providers stop a harmful prompt or answer before the model's text reaches the
caller: HTTP 400 with their own code (阿里云百炼 ``data_inspection_failed``, 智谱 ``1301``, Azure
``content_filter``, DeepSeek ``Content Exists Risk`` ...), or HTTP 200 with ``finish_reason:
content_filter`` and no content. For a filing that is the service refusing, not the endpoint failing:
:mod:`beian.assess.blocked` records it as a refusal. The table of providers is data; an error that reads
like content safety but matches no provider is a :class:`Block` with ``known=False``, for a person to confirm.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

BLOCK_STATUS = frozenset({400, 403, 422, 451})  # the statuses providers answer a blocked request with
UNKNOWN_PROVIDER = "未识别的供应商"
_CODE_KEYS = ("code", "type", "error_code", "err_code", "status_code")
_MESSAGE_KEYS = ("message", "msg", "detail", "error_msg", "status_msg", "error_message")
MAX_MESSAGE = 200


@dataclass(frozen=True)
class Block:
    """A content-safety block: which provider (or :data:`UNKNOWN_PROVIDER`), its code and message."""

    provider: str
    code: str
    message: str
    known: bool


@dataclass(frozen=True)
class _Provider:
    name: str
    codes: frozenset[str]
    messages: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[_Provider, ...], tuple[re.Pattern[str], ...]]:
    raw = yaml.safe_load(resources.files("beian.llm").joinpath("blocks.yaml").read_text(encoding="utf-8"))
    providers = tuple(_Provider(p["provider"], frozenset(str(c).lower() for c in p.get("codes", [])),
                                tuple(re.compile(m) for m in p.get("messages", [])))
                      for p in raw["providers"])
    return providers, tuple(re.compile(m) for m in raw["generic"]["messages"])


def block_of(status: int, body: str) -> Block | None:
    """The block an error response describes (status and body text), None when it is another error."""
    if status not in BLOCK_STATUS:
        return None
    codes, messages = _fields(body)
    return _match(codes, messages)


def block_in_text(text: str) -> Block | None:
    """A known provider's block written out as text (an answers file that holds the API's error body), else None."""
    stripped = text.strip()
    if not stripped.startswith("{") or len(stripped) > 4000:
        return None
    found = _match(*_fields(stripped))
    return found if found is not None and found.known else None


def filtered_finish(content: str, finish_reason: object) -> Block | None:
    """HTTP 200 with ``finish_reason: content_filter`` and no content: the answer was blocked."""
    if finish_reason == "content_filter" and not content.strip():
        return Block("OpenAI 兼容接口", "content_filter", "finish_reason: content_filter", True)
    return None


def _match(codes: list[str], messages: list[str]) -> Block | None:
    providers, generic = _table()
    lowered = [c.lower() for c in codes]
    message = next((m for m in messages if m), "")[:MAX_MESSAGE]
    code = next((c for c in codes if c and not (c.isdigit() and len(c) == 3)), "")  # not an HTTP status
    for p in providers:  # a provider's own wording first: several share a code such as content_filter
        if any(rx.search(m) for rx in p.messages for m in messages):
            return Block(p.name, code, message, True)
    for p in providers:
        hit_code = next((c for c, low in zip(codes, lowered, strict=True) if low in p.codes), None)
        if hit_code is not None:
            return Block(p.name, hit_code, message, True)
    if any(rx.search(m) for rx in generic for m in [*messages, *codes]):
        return Block(UNKNOWN_PROVIDER, code, message, False)
    return None


def _fields(body: str) -> tuple[list[str], list[str]]:
    """Codes and messages of an error body: the top level, ``error`` and ``base_resp`` objects (JSON), else
    the text itself as the one message."""
    try:
        data = json.loads(body)
    except ValueError:
        return [], [body.strip()[:MAX_MESSAGE]]
    if not isinstance(data, dict):
        return [], [body.strip()[:MAX_MESSAGE]]
    objs: list[dict[str, Any]] = [data, *(data[k] for k in ("error", "base_resp") if isinstance(data.get(k), dict))]
    codes = [str(o[k]) for o in objs for k in _CODE_KEYS if isinstance(o.get(k), (str, int))]
    messages = [str(o[k]) for o in objs for k in _MESSAGE_KEYS if isinstance(o.get(k), str)]
    if isinstance(data.get("error"), str):
        messages.append(str(data["error"]))
    return codes, messages
