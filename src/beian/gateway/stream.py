"""The streaming state machines: one :class:`FieldGuard` per (choice, field), one :class:`ClassifierGate` per answer.

Invariant: *no character of a confirmed hit, and nothing after it, is ever released.*

Two windows: the *check* window (``hold`` characters before the unreleased text, so a hit is
seen with its context) and the *held* tail (only what could still grow into a hit: the
guards' ``pending`` characters). Holding just that tail keeps the first token fast on a
paced stream; without a ``pending`` function the whole ``hold`` is kept back. A hit that
reaches into the held tail is acted on only once the tail has moved past it (or the stream
ends), so an allowlist term that completes later still clears it; while it waits, nothing
from its first character on is released (the release edge never passes the start of a
pending hit).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from beian.gateway.guard import PII_HOLD, hold_for, pii_pending
from beian.gateway.policy import PolicyHit, Verdict, apply_masks
from beian.log import get_logger, swallowed

if TYPE_CHECKING:
    from beian.gateway.guard import Checks

Decide = Callable[[str], Verdict]
Pending = Callable[[str], int]
STOPPING = ("block", "substitute")

LOG = get_logger("gateway")
__all__ = ["PII_HOLD", "ClassifierGate", "FieldGuard", "hold_for", "pii_pending"]


@dataclass
class FieldGuard:
    """Buffer of one streamed field of one choice (``content``, ``reasoning_content``, ``refusal`` …).

    ``hold`` is the check window in characters, or a function giving it (read on every feed, so a
    reloaded lexicon reaches a running stream); ``decide`` and ``pending`` are likewise live.
    """

    hold: int | Callable[[], int]
    decide: Decide
    pending: Pending | None = None
    text: str = ""
    released: int = 0
    hits: list[PolicyHit] = field(default_factory=list)
    context: int = 0  # characters at the start that are another field's text, read for terms only (see ChoiceGuard)

    @property
    def own(self) -> str:
        """The field's own text (without the context it was read after)."""
        return self.text[self.context:]

    @classmethod
    def of(cls, checks: Checks) -> FieldGuard:
        """The guard for one field, checked by an app's composed :class:`~beian.gateway.guard.Checks`."""
        return cls(checks.reach, checks.verdict, checks.pending)

    def feed(self, delta: str, final: bool = False) -> tuple[str, Verdict | None]:
        """Add ``delta``; return the text now safe to send, or a stopping verdict (nothing more is released)."""
        self.text += delta
        hold = self.hold() if callable(self.hold) else self.hold
        edge = len(self.text) if final else max(self.released, len(self.text) - self._held(hold))
        if edge <= self.released and not final:  # all of it may still grow into a hit: nothing to decide yet
            return "", None
        lo = max(0, self.released - hold)
        window = self.text[lo:]
        verdict = self.decide(window) if window else Verdict(text=window)
        spans = [(lo + h.start, lo + h.end, h) for h in verdict.hits]
        # a hit reaching past the edge waits (a longer allowlist term may still cover it: "台独" in
        # "平台独" before "立" arrives); nothing from its first character on leaves while it waits
        edge = min([edge, *(max(s, self.released) for s, e, _ in spans if e > edge)])
        fresh = [h for s, e, h in spans if self.released < e <= edge]
        self.hits += fresh
        if any(h.action in STOPPING for h in fresh):
            return "", verdict
        masks = [h for h in fresh if h.action == "mask"]
        if masks:
            masked = apply_masks(window, masks)
            cut = self.released - lo
            self.text = self.text[:self.released] + masked[cut:]
        out = self.text[self.released:edge]
        self.released = edge
        return out, None

    def drop_tail(self, term_pending: Pending) -> None:
        """Drop the held tail that could still be the start of a term (``term_pending`` counts it, read with the
        window before it): the stream ended before the term could be written out, so it is not released; what was
        released already stays, and a tail that holds a whole hit is kept for the final check to act on."""
        hold = self.hold() if callable(self.hold) else self.hold
        unreleased, lo = len(self.text) - self.released, max(0, self.released - hold)
        if unreleased <= 0:
            return
        try:
            n = min(term_pending(self.text[lo:]), unreleased)
        except Exception as exc:  # never release on a failure: drop everything held
            swallowed(LOG, "流式待定文本检查出错，丢弃扣住的结尾", exc, held=unreleased)
            n = unreleased
        if n > 0 and not any(lo + h.end > len(self.text) - n for h in self.decide(self.text[lo:]).hits):
            self.text = self.text[:-n]  # a whole hit in the tail stays: the final check acts on it

    def _held(self, hold: int) -> int:
        """Characters at the end that must wait for more text."""
        if self.pending is None:
            return hold
        try:  # read with the window before it (a table's earlier rows); what is released already cannot be held
            return min(self.pending(self.text[max(0, self.released - hold):]), len(self.text) - self.released)
        except Exception as exc:  # never release on a failure: fall back to the full window
            swallowed(LOG, "流式待定文本检查出错，改为扣留整个检查窗口", exc, held=hold)
            return hold


SENTENCE_END = "。！？!?；;\n…"
Classify = Callable[[str], Awaitable[list[PolicyHit]]]


@dataclass
class ClassifierGate:
    """Releases keyword-safe streamed text only after the classifier has passed it.

    ``classify`` gets the whole answer so far and returns hits (empty: safe). Segments end at a
    sentence end once ``every`` new characters have arrived; a very long run without one is
    checked at ``4 * every`` characters. ``every == 0`` checks once, at the end of the stream.
    """

    classify: Classify
    every: int
    text: str = ""
    approved: int = 0
    hits: list[PolicyHit] = field(default_factory=list)

    async def feed(self, piece: str, final: bool = False) -> tuple[str, list[PolicyHit] | None]:
        """Add ``piece``; return the text now approved, or the stopping hits."""
        self.text += piece
        cut = len(self.text) if final else self._cut()
        if cut <= self.approved:
            return "", None
        found = await self.classify(self.text[:cut])
        self.hits += found
        if any(h.action in STOPPING for h in found):
            return "", found
        out, self.approved = self.text[self.approved:cut], cut
        return out, None

    def _cut(self) -> int:
        fresh = len(self.text) - self.approved
        if self.every <= 0 or fresh < self.every:
            return self.approved
        start = self.approved + self.every - 1
        end = max((self.text.rfind(c, start) for c in SENTENCE_END), default=-1)
        if end >= 0:
            return end + 1
        return len(self.text) if fresh >= 4 * self.every else self.approved
