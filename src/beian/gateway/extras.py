"""Output the gateway has no channel for is checked too: an unknown field is never a way past.

Providers add fields beside ``content``: ``audio.transcript``, ``annotations[].url_citation.title``, keys of their own.
Their strings are checked like the answer (a term blocks the choice, personal information is masked in place), one
message or one streamed delta at a time; a term split across two streamed deltas of such a field is not put together
(the documented text channels are). A ``content`` sent as an object instead of a string or a list of parts is read as
its ``text`` (anything else in it is dropped), so it goes through the answer's own checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from beian.gateway.channels import Channel
from beian.gateway.policy import Verdict

# the keys of a message or delta the gateway reads as its own channels, or that carry no model text
KNOWN = frozenset({"role", "content", "reasoning_content", "reasoning", "refusal", "text", "tool_calls",
                   "function_call"})
# the keys of a choice the gateway reads itself (``message``/``delta`` and ``text`` are channels, ``logprobs`` is cut
# to the released text); the rest (OpenRouter's ``error``, a whole ``message`` repeated in a streamed chunk, vendor
# fields) is checked like any unknown field
CHOICE_KNOWN = frozenset({"index", "message", "delta", "finish_reason", "logprobs", "text"})
STREAM_CHOICE_KNOWN = CHOICE_KNOWN - {"message"}


def plain_message(choice: dict[str, Any]) -> dict[str, Any]:
    """A plain choice's ``message``; one that is not an object (nothing can check it) is replaced by an empty answer."""
    if not isinstance(choice.get("message"), dict) and ("message" in choice or "text" not in choice):
        choice["message"] = {"role": "assistant", "content": ""}
    msg = choice.get("message")
    return msg if isinstance(msg, dict) else {}


def plain_content(holder: dict[str, Any]) -> None:
    """``content`` sent as an object (``{"text": …}``) becomes its text; another shape that is no string, list of parts
    or null becomes empty: output nothing can check is not forwarded."""
    content = holder.get("content")
    if isinstance(content, dict):
        text = content.get("text")
        holder["content"] = text if isinstance(text, str) else ""
    elif content is not None and not isinstance(content, (str, list)):
        holder["content"] = ""


# the keys of a (streamed) response object around its choices that carry no model text (``usage`` is checked: a
# usage-only chunk is forwarded, and a vendor may put strings there)
TOP_KNOWN = frozenset({"id", "object", "created", "choices", "aigc"})


def top_channels(obj: dict[str, Any]) -> list[Channel]:
    """Every string of a response object outside its choices (``model``, ``system_fingerprint``, provider keys)."""
    return [Channel(path, text, put) for key, value in list(obj.items()) if key not in TOP_KNOWN
            for path, text, put in _strings(obj, key, value, key)]


def screened(chan: Channel, verdict: Verdict) -> None:
    """A string outside the choices after its check: masked in place, emptied when the check would stop (a response's
    ``model`` cannot be refused, only not forwarded)."""
    if verdict.stops:
        chan.put("")
    elif verdict.action == "mask":
        chan.put(verdict.text)


def extra_channels(holder: dict[str, Any], known: frozenset[str] = KNOWN) -> list[Channel]:
    """Every string under the keys of ``holder`` that are not ``known``, as channels named by their path."""
    return [Channel(path, text, put) for key, value in list(holder.items()) if key not in known
            for path, text, put in _strings(holder, key, value, key)]


def _strings(parent: Any, key: Any, value: Any, path: str) -> Iterator[tuple[str, str, Callable[[str], None]]]:
    if isinstance(value, str):
        if value:
            yield path, value, _setter(parent, key)
    elif isinstance(value, dict):
        for k, v in list(value.items()):
            yield from _strings(value, k, v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(value, i, v, f"{path}[{i}]")


def _setter(parent: Any, key: Any) -> Callable[[str], None]:
    def put(text: str) -> None:
        parent[key] = text

    return put
