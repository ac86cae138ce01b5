"""Tool-call arguments are model output too.

A model can put an answer into a function call's ``arguments`` instead of ``content`` (an
agent's "send message" tool, a jailbreak that asks for JSON). The gateway checks them with
the same output policy. Arguments are JSON text, so the check reads the *decoded* string
values (a ``\\u53f0`` escape hides nothing), joined without a separator so a term split across
two values is still one term, and writes masks back by re-encoding; text that is not JSON is
checked as it is. Function names and JSON keys are model output too: they are checked (a hit
that blocks or substitutes stops the answer; a mask cannot rename them and leaves them as they
are). In a stream the calls (and a legacy ``function_call``) are held until the choice
finishes: a client can only use them once they are complete, and nothing unchecked leaves.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from beian.gateway.messages import PathKey, Segment
from beian.gateway.policy import PolicyHit, Verdict

Check = Callable[[str], Awaitable[Verdict]]


def functions(message: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The ``function`` objects of a message: every ``tool_calls[].function`` and a legacy ``function_call``."""
    out = []
    calls = message.get("tool_calls")
    for call in calls if isinstance(calls, list) else []:
        if isinstance(call, dict) and isinstance(call.get("function"), dict):
            out.append(call["function"])
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        out.append(legacy)
    return out


def _strings(node: Any, path: tuple[PathKey, ...]) -> Iterator[Segment]:
    if isinstance(node, str):
        if node:
            yield Segment(path, node)
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, (*path, i))


def argument_segments(arguments: str) -> tuple[dict[str, Any] | None, list[Segment]]:
    """The decoded arguments (wrapped as ``{"v": …}``) and their string values; ``None`` when not JSON."""
    try:
        holder = {"v": json.loads(arguments)}
        return holder, list(_strings(holder, ()))
    except (ValueError, RecursionError):
        return None, [Segment(("v",), arguments)] if arguments else []


@dataclass
class ArgumentText:
    """The checkable text of one function's ``arguments`` and how to write a masked copy back."""

    function: dict[str, Any]
    holder: dict[str, Any] | None
    segments: list[Segment]

    @property
    def text(self) -> str:
        """The string values joined without a separator (a term split across two values stays one term)."""
        return "".join(s.text for s in self.segments)

    def values(self) -> list[ArgumentText]:
        """One :class:`ArgumentText` per string value (sharing the decoded arguments, so masks add up)."""
        return [ArgumentText(self.function, self.holder, [seg]) for seg in self.segments] if self.holder else [self]

    def mask(self, masked: str) -> None:
        """Write ``masked`` (same length as :attr:`text`) back into the function's ``arguments``."""
        if self.holder is None:
            self.function["arguments"] = masked
            return
        pos = 0
        for seg in self.segments:
            node: Any = self.holder
            for key in seg.path[:-1]:
                node = node[key]
            node[seg.path[-1]] = masked[pos:pos + len(seg.text)]
            pos += len(seg.text)
        self.function["arguments"] = json.dumps(self.holder["v"], ensure_ascii=False)


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def call_ids(message: Mapping[str, Any]) -> list[str]:
    """The ``id`` of every ``tool_calls[]`` entry of a message (model output too: checked, never rewritten)."""
    calls = message.get("tool_calls")
    return [c["id"] for c in calls if isinstance(c, dict) and isinstance(c.get("id"), str) and c["id"]] \
        if isinstance(calls, list) else []


def names_text(funcs: list[dict[str, Any]], ids: Iterable[str] = ()) -> str:
    """Call ids, function names and every JSON key of their arguments, one per line (checked, never masked:
    the client sends an id back and calls a function by its name, so a mask would break the call)."""
    out: list[str] = list(ids)
    for fn in funcs:
        if isinstance(fn.get("name"), str) and fn["name"]:
            out.append(fn["name"])
        args = fn.get("arguments")
        if isinstance(args, str) and args:
            holder, _ = argument_segments(args)
            out += list(_keys(holder)) if holder is not None else []
    return "\n".join(out)


def argument_texts(funcs: list[dict[str, Any]]) -> list[ArgumentText]:
    """One :class:`ArgumentText` per function with non-empty string ``arguments``."""
    out = []
    for fn in funcs:
        args = fn.get("arguments")
        if isinstance(args, str) and args:
            out.append(ArgumentText(fn, *argument_segments(args)))
    return out


def settle(checked: Iterable[tuple[ArgumentText, Verdict]]) -> Verdict:
    """Combine per-function verdicts; masks are written back in place.

    ``block``/``substitute`` (with the reply) at the first function that must not be
    released, else ``mask`` or ``allow``; ``hits`` collects the hits seen. A lazy iterable
    stops being checked at the first stop.
    """
    hits: list[PolicyHit] = []
    action = "allow"
    for arg, verdict in checked:
        hits += verdict.hits
        if verdict.stops:
            return Verdict(action=verdict.action, hits=hits, reply=verdict.reply)
        if verdict.action == "mask":
            action = "mask"
            arg.mask(verdict.text)
    return Verdict(action=action, hits=hits)


async def check_functions(funcs: list[dict[str, Any]], check: Check, ids: Iterable[str] = ()) -> Verdict:
    """Check the call ``ids``, every function's name, JSON keys and ``arguments`` with an async ``check``
    (see :func:`settle`)."""
    names = names_text(funcs, ids)
    if names:
        verdict = await check(names)
        if verdict.stops:
            return Verdict(action=verdict.action, hits=verdict.hits, reply=verdict.reply)
        first = [h for h in verdict.hits if h.action != "mask"]
    else:
        first = []
    settled = settle([(arg, await check(arg.text)) for arg in argument_texts(funcs)])
    if settled.stops:
        settled.hits = first + settled.hits
        return settled
    # each value alone too: a number ends at its value ("13812345678" beside "30" joined above into 13 digits)
    alone = settle([(one, await check(one.text)) for arg in argument_texts(funcs) for one in arg.values()])
    seen = {(h.kind, h.key, h.evidence) for h in settled.hits}
    alone.hits = first + settled.hits + [h for h in alone.hits if (h.kind, h.key, h.evidence) not in seen]
    if alone.action == "allow" and settled.action == "mask":
        alone.action = "mask"
    return alone


class ToolCallBuffer:
    """Streamed ``delta.tool_calls`` fragments of one choice, put together by ``index``."""

    def __init__(self) -> None:
        self.calls: dict[int, dict[str, Any]] = {}

    def add(self, fragments: Any) -> None:
        """Merge one delta's fragments (id, type and name as they come; arguments appended)."""
        for frag in fragments if isinstance(fragments, list) else []:
            if not isinstance(frag, dict):
                continue
            call = self.calls.setdefault(int(frag.get("index") or 0), {"function": {"arguments": ""}})
            for key, value in frag.items():
                if key == "function" and isinstance(value, dict):
                    _merge_function(call["function"], value)
                elif key != "index" and value is not None:
                    call[key] = value

    def complete(self) -> list[dict[str, Any]]:
        """The calls in index order, as one delta carries them."""
        return [{"index": i, **self.calls[i]} for i in sorted(self.calls)]


class FunctionCallBuffer:
    """Streamed legacy ``delta.function_call`` fragments of one choice (name as it comes, arguments appended)."""

    def __init__(self) -> None:
        self.function: dict[str, Any] | None = None

    def add(self, fragment: Any) -> None:
        """Merge one delta's ``function_call`` fragment."""
        if isinstance(fragment, dict):
            if self.function is None:
                self.function = {"arguments": ""}
            _merge_function(self.function, fragment)


def _merge_function(into: dict[str, Any], frag: dict[str, Any]) -> None:
    for key, value in frag.items():
        if key == "arguments":
            into["arguments"] += value if isinstance(value, str) else ""
        elif key == "name" and isinstance(value, str) and isinstance(into.get("name"), str):
            into["name"] = _joined_name(into["name"], value)
        elif value is not None:
            into[key] = value


def _joined_name(have: str, piece: str) -> str:
    """A function name streamed in pieces (``buy_``, ``ticket``) is joined; one repeated whole in every chunk,
    or resent as it grows (``buy_``, ``buy_ticket``), is not doubled."""
    if not piece or piece == have:
        return have
    return piece if piece.startswith(have) else have + piece
