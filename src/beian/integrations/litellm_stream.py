"""Guarding a LiteLLM chat-completion stream (``ModelResponseStream`` chunks) with beian's field guards.

Each (choice, field) pair gets a :class:`beian.gateway.stream.FieldGuard` that holds
back enough text for the longest keyword, so a term split across chunks is never
released; on a hit the stream ends with one chunk carrying the refusal (or the
substitute answer) and ``finish_reason: "content_filter"``. Tool-call fragments are
held per choice and released, checked whole, with the choice's finish chunk.
"""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no network fetch of the cost map on import

from dataclasses import dataclass, field

from litellm.types.utils import ChatCompletionDeltaToolCall, Delta, ModelResponseStream, StreamingChoices

from beian.gateway.policy import Verdict
from beian.gateway.stream import FieldGuard
from beian.gateway.toolcalls import ToolCallBuffer, argument_texts, settle
from beian.integrations.checks import BeianChecks

FIELDS = ("reasoning_content", "content")  # the order the gateway checks them in


@dataclass
class StreamGuard:
    """State of one guarded stream: a field guard per (choice index, field) and the label bookkeeping."""

    checks: BeianChecks
    explicit_label: bool = True
    guards: dict[tuple[int, str], FieldGuard] = field(default_factory=dict)
    labelled: set[int] = field(default_factory=set)
    finished: set[int] = field(default_factory=set)
    tools: dict[int, ToolCallBuffer] = field(default_factory=dict)
    tooled: set[int] = field(default_factory=set)
    last: ModelResponseStream | None = None
    stop: Verdict | None = None

    def feed(self, chunk: ModelResponseStream) -> ModelResponseStream | None:
        """Edit ``chunk``'s deltas in place to the text safe to send; on a hit return the stop chunk instead."""
        self.last = chunk
        for choice in chunk.choices:
            verdict = self._guard_choice(choice)
            if verdict is not None:
                self.stop = verdict
                return stop_chunk(chunk, _index(choice), verdict.reply)
        return None

    def tail(self) -> list[ModelResponseStream]:
        """Chunks that release what is still held when the upstream ended without a finish chunk.

        The last of them may be a stop chunk (check :attr:`stop`), after which nothing more is sent.
        """
        out: list[ModelResponseStream] = []
        for (idx, name), guard in sorted(self.guards.items(), key=lambda kv: (kv[0][0], FIELDS.index(kv[0][1]))):
            if idx in self.finished or guard.released >= len(guard.text):
                continue
            piece, verdict = guard.feed("", final=True)
            if verdict is not None:
                self.stop = verdict
                out.append(stop_chunk(self.last, idx, verdict.reply))
                return out
            delta = _delta(name, piece)
            self._label(delta, idx, finish=False)
            out.append(_chunk_like(self.last, idx, delta))
        for idx in sorted(self.tools):
            delta = Delta()
            verdict = self._release_tools(idx, delta)
            if verdict is not None:
                self.stop = verdict
                out.append(stop_chunk(self.last, idx, verdict.reply))
                return out
            out.append(_chunk_like(self.last, idx, delta))
        if self._label_at("end"):
            out += [_chunk_like(self.last, idx, Delta(content=self.checks.label("", "end")))
                    for idx in sorted({i for i, _ in self.guards} - self.finished) if not self._only_tool_calls(idx)]
        return out

    # ------------------------------------------------------------ internals
    def _guard_choice(self, choice: StreamingChoices) -> Verdict | None:
        delta, finish, idx = choice.delta, choice.finish_reason, _index(choice)
        calls = getattr(delta, "tool_calls", None)
        if calls:
            self.tools.setdefault(idx, ToolCallBuffer()).add([_plain(tc) for tc in calls])
            delta.tool_calls = None
        for name in FIELDS:
            value = getattr(delta, name, None)
            if value is None and not finish:
                continue
            guard = self.guards.setdefault((idx, name), self.checks.field_guard())
            piece, verdict = guard.feed(str(value or ""), final=bool(finish))
            if verdict is not None:
                return verdict
            if value is not None or piece:
                setattr(delta, name, piece)
        if finish and (verdict := self._release_tools(idx, delta)) is not None:
            return verdict
        self._label(delta, idx, bool(finish))
        return None

    def _release_tools(self, idx: int, delta: Delta) -> Verdict | None:
        """Check the choice's complete tool calls; put them into ``delta`` or return the stopping verdict."""
        buf = self.tools.pop(idx, None)
        if buf is None or not buf.calls:
            return None
        self.tooled.add(idx)
        calls = buf.complete()
        verdict = settle((a, self.checks.decide(a.text, "output"))
                         for a in argument_texts([c["function"] for c in calls]))
        if verdict.stops:
            return verdict
        delta.tool_calls = [ChatCompletionDeltaToolCall(**c) for c in calls]
        return None

    def _label_at(self, position: str) -> bool:
        lbl = self.checks.cfg.label
        return self.explicit_label and bool(lbl.text) and lbl.position == position

    def _label(self, delta: Delta, idx: int, finish: bool) -> None:
        if self._label_at("start") and idx not in self.labelled and delta.content:
            delta.content = self.checks.label(delta.content, "start")
            self.labelled.add(idx)
        if finish:
            self.finished.add(idx)
            if self._label_at("end") and not self._only_tool_calls(idx):
                delta.content = self.checks.label(delta.content or "", "end")

    def _only_tool_calls(self, idx: int) -> bool:
        """A choice that called tools and wrote no text gets no text label (as in plain answers)."""
        guard = self.guards.get((idx, "content"))
        return idx in self.tooled and (guard is None or not guard.text)


def _plain(call: object) -> object:
    """A delta tool call as a plain dict (LiteLLM gives pydantic objects)."""
    dump = getattr(call, "model_dump", None)
    return dump() if callable(dump) else call


def _index(choice: StreamingChoices) -> int:
    return int(choice.index or 0)


def _delta(name: str, text: str) -> Delta:
    return Delta(reasoning_content=text) if name == "reasoning_content" else Delta(content=text)


def _chunk_like(like: ModelResponseStream | None, idx: int, delta: Delta,
                finish: str | None = None) -> ModelResponseStream:
    """A chunk with ``like``'s id, model and creation time carrying ``delta`` for choice ``idx``."""
    choices = [StreamingChoices(index=idx, delta=delta, finish_reason=finish)]
    if like is None:
        return ModelResponseStream(choices=choices)
    return ModelResponseStream(id=like.id, created=like.created, model=like.model, choices=choices)


def stop_chunk(like: ModelResponseStream | None, idx: int, reply: str) -> ModelResponseStream:
    """The last chunk of a stopped stream: the refusal or substitute answer, ``finish_reason`` content_filter."""
    return _chunk_like(like, idx, Delta(role="assistant", content=reply), "content_filter")
