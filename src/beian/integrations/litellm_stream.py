"""Guarding a LiteLLM chat-completion stream (``ModelResponseStream`` chunks) with beian's one stream guard.

Each chunk is turned into a plain dict, goes through :class:`beian.gateway.chunks.ChunkGuard`
(the same state machine ``beian serve`` uses: a field guard per choice and channel, the
classifier gate, tool calls held until their choice finishes, logprobs cut to the released
text) and is turned back. A hit ends its choice with one chunk carrying the refusal (or the
substitute answer) and ``finish_reason: "content_filter"``.
"""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no network fetch of the cost map on import

from typing import Any

from litellm.types.utils import ModelResponseStream, StreamingChoices

from beian.gateway.chunks import ChoiceStop, ChunkGuard
from beian.gateway.policy import PolicyHit, Verdict
from beian.integrations.checks import BeianChecks

FIELDS = ("reasoning_content", "reasoning", "content", "refusal")  # plain answers' text channels, in check order


class StreamGuard:
    """One guarded LiteLLM stream."""

    def __init__(self, checks: BeianChecks, explicit_label: bool = True, question: str = "", n: int = 1) -> None:
        """``question`` is the user text the classifier judges the answer against; ``n`` the choices asked for."""
        lbl = checks.cfg.label
        label = (lbl.text, lbl.position) if explicit_label and lbl.text and lbl.position != "none" else None
        clf = checks.app.classifier
        self.core = ChunkGuard(checks.stream_checks(question), label,
                               clf.stream_every_chars if clf is not None else None)
        self.n = max(1, n)
        self.last: ModelResponseStream | None = None
        self._noted = 0

    async def feed(self, chunk: ModelResponseStream) -> ModelResponseStream | None:
        """The chunk to send in place of ``chunk`` (``None``: nothing to send yet)."""
        self.last = chunk
        obj: dict[str, Any] = chunk.model_dump(exclude_none=True)  # type: ignore[no-untyped-call]
        if not await self.core.feed(obj):
            return None
        return ModelResponseStream(**obj)

    async def tail(self) -> list[ModelResponseStream]:
        """Chunks that release what is still held when the upstream ended without finishing every choice."""
        choices = await self.core.flush()
        return [self._like(choices)] if choices else []

    @property
    def done(self) -> bool:
        """Every choice asked for has finished (a stopped stream needs nothing more from the model)."""
        return sum(c.finished for c in self.core.choices.values()) >= self.n and bool(self.core.stops)

    def new_stops(self) -> list[Verdict]:
        """Stops not reported yet, as verdicts (for LiteLLM's guardrail logging)."""
        stops = self.core.stops[self._noted:]
        self._noted += len(stops)
        return [_verdict(s, self.core.hits) for s in stops]

    def _like(self, choices: list[dict[str, Any]]) -> ModelResponseStream:
        parsed = [StreamingChoices(**c) for c in choices]
        like = self.last
        if like is None:
            return ModelResponseStream(choices=parsed)
        return ModelResponseStream(id=like.id, created=like.created, model=like.model, choices=parsed)


def _verdict(stop: ChoiceStop, hits: list[PolicyHit]) -> Verdict:
    action = stop.action.rsplit("_", 1)[-1]
    return Verdict(action=action if action in ("block", "substitute") else "block", hits=hits, reply=stop.reply)
