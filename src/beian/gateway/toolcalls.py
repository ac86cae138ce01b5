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

Other shapes vendors send are read the same way: ``arguments`` sent as a JSON object (not a string) is encoded to the
string the OpenAI format has before the check; numbers in the arguments are checked as their digits (a phone number
or ID number written as a JSON number is masked, and becomes a string); OpenAI's custom tools
(``{"type": "custom", "custom": {"name", "input"}}``) have their free-text ``input`` checked as it is.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from beian.gateway.messages import PathKey, Segment
from beian.gateway.policy import PolicyHit, Verdict

Check = Callable[[str], Awaitable[Verdict]]


def functions(message: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The ``function`` objects of a message: every ``tool_calls[].function``, every custom tool's ``custom`` object
    and a legacy ``function_call`` (``arguments`` that are not a string are encoded to one in place)."""
    out = []
    calls = message.get("tool_calls")
    for call in calls if isinstance(calls, list) else []:
        for key in ("function", "custom"):
            if isinstance(call, dict) and isinstance(call.get(key), dict):
                out.append(call[key])
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        out.append(legacy)
    for fn in out:
        fn_arguments_as_text(fn)
    return out


def fn_arguments_as_text(fn: dict[str, Any]) -> None:
    """``arguments`` sent as a JSON value other than a string (an object, a list, a number) becomes its JSON text,
    as the OpenAI format has it, so it is checked like any other arguments."""
    args = fn.get("arguments")
    if args is not None and not isinstance(args, str):
        fn["arguments"] = json.dumps(args, ensure_ascii=False)


def _strings(node: Any, path: tuple[PathKey, ...], numbers: bool = False) -> Iterator[Segment]:
    """The string values under ``node``; with ``numbers``, the JSON numbers instead (as their JSON text)."""
    if isinstance(node, str):
        if node and not numbers:
            yield Segment(path, node)
    elif isinstance(node, (int, float)) and not isinstance(node, bool):
        if numbers:
            yield Segment(path, json.dumps(node))
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key), numbers)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, (*path, i), numbers)


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
    key: str = "arguments"  # a custom tool's free text is its ``input``
    numbers: list[Segment] = field(default_factory=list)  # JSON numbers: each checked alone (a phone as a number)

    @property
    def text(self) -> str:
        """The string values joined without a separator (a term split across two values stays one term)."""
        return "".join(s.text for s in self.segments)

    def values(self) -> list[ArgumentText]:
        """One :class:`ArgumentText` per string value and per number (sharing the decoded arguments, so masks add
        up)."""
        return [ArgumentText(self.function, self.holder, [seg], self.key) for seg in [*self.segments, *self.numbers]] \
            if self.holder else [self]

    def mask(self, masked: str) -> None:
        """Write ``masked`` (same length as :attr:`text`) back into the function's ``arguments``."""
        if self.holder is None:
            self.function[self.key] = masked
            return
        pos = 0
        for seg in self.segments:
            node: Any = self.holder
            for key in seg.path[:-1]:
                node = node[key]
            piece = masked[pos:pos + len(seg.text)]
            if piece != seg.text:  # only what was masked: a number stays a number unless it was masked
                node[seg.path[-1]] = piece
            pos += len(seg.text)
        self.function[self.key] = json.dumps(self.holder["v"], ensure_ascii=False)


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


SEAM_CHARS = 64  # characters read on either side of where one channel of a choice ends and the next begins


def argument_texts(funcs: list[dict[str, Any]]) -> list[ArgumentText]:
    """One :class:`ArgumentText` per function with non-empty string ``arguments`` (or a custom tool's ``input``,
    free text checked as it is)."""
    out = []
    for fn in funcs:
        args = fn.get("arguments")
        if isinstance(args, str) and args:
            holder, segments = argument_segments(args)
            out.append(ArgumentText(fn, holder, segments, numbers=list(_strings(holder, (), numbers=True))))
        text = fn.get("input")
        if "arguments" not in fn and isinstance(text, str) and text:
            out.append(ArgumentText(fn, None, [Segment(("v",), text)], "input"))
    return out


def tool_seam(before: str, funcs: list[dict[str, Any]]) -> tuple[str, int] | None:
    """The end of the text written before the tool calls (the reasoning, or the answer when there is one) joined with
    the start of the first call's argument values, and where they meet: ``…思考法轮`` then ``{"q": "功"}`` is the term
    (the hundred-and-thirty-third probe). None when there is no text before or no argument text."""
    args = argument_texts(funcs)
    first = args[0].text[:SEAM_CHARS] if args else ""
    if not before or not first:
        return None
    tail = before[-SEAM_CHARS:]
    return tail + first, len(tail)


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
            call = self.calls.setdefault(_index(frag), {})
            for key, value in frag.items():
                if key in ("function", "custom") and isinstance(value, dict):
                    _merge_function(call.setdefault(key, {"arguments": ""} if key == "function" else {}), value)
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


def _index(frag: dict[str, Any]) -> int:
    """A fragment's call index (a missing or malformed one is call 0)."""
    try:
        return int(frag.get("index") or 0)
    except (TypeError, ValueError):
        return 0


def _merge_function(into: dict[str, Any], frag: dict[str, Any]) -> None:
    """Merge one fragment of a function (or custom tool): ``arguments`` / ``input`` appended (a JSON object sent whole
    is appended as its JSON text), the name joined, anything else as it comes."""
    for key, value in frag.items():
        if key in ("arguments", "input") and value is not None:
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            into[key] = (into.get(key) or "") + text
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
