"""Streaming guard: hold back enough text that a term split across chunks is never released.

Two windows: the *check* window (``hold`` characters before the unreleased text, so a hit is
seen with its context) and the *held* tail (only what could still grow into a hit: the
matcher's :meth:`~beian.text.matcher.Matcher.pending_chars` and, with personal-information
checks on, a trailing run of digits and letters). Holding just that tail keeps the first
token fast on a paced stream; without a ``pending`` function the whole ``hold`` is kept back.
A hit that reaches into the held tail is acted on only once the tail has moved past it (or
the stream ends), so an allowlist term that completes later still clears it.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from beian.gateway.policy import PolicyHit, Verdict, apply_masks
from beian.log import get_logger, swallowed

Decide = Callable[[str], Verdict]
Pending = Callable[[str], int]
PII_HOLD = 32  # a bank-card or ID number with separators
_PII_TAIL = re.compile(r"[0-9A-Za-z@._+\-:()（）＋－＠．\uff10-\uff19\uff21-\uff3a\uff41-\uff5a ]+$")


LOG = get_logger("gateway")


@dataclass
class FieldGuard:
    """Buffer of one streamed field (``content`` or ``reasoning_content``)."""

    hold: int
    decide: Decide
    pending: Pending | None = None
    text: str = ""
    released: int = 0
    hits: list[PolicyHit] = field(default_factory=list)

    def feed(self, delta: str, final: bool = False) -> tuple[str, Verdict | None]:
        """Add ``delta``; return the text now safe to send, or a stopping verdict."""
        self.text += delta
        edge = len(self.text) if final else max(self.released, len(self.text) - self._held())
        lo = max(0, self.released - self.hold)
        window = self.text[lo:]
        verdict = self.decide(window) if window else Verdict(text=window)
        # a hit reaching into the held tail waits: a longer allowlist term may still cover it
        # ("台独" in "平台独" before "立" arrives); it is never released while it waits
        fresh = [h for h in verdict.hits if self.released < lo + h.end <= edge]
        self.hits += fresh
        if verdict.stops and any(h.action in ("block", "substitute") for h in fresh):
            return "", verdict
        masks = [h for h in fresh if h.action == "mask"]
        if masks:
            masked = apply_masks(window, masks)
            cut = self.released - lo
            self.text = self.text[:self.released] + masked[cut:]
        out = self.text[self.released:edge]
        self.released = edge
        return out, None

    def _held(self) -> int:
        """Characters at the end that must wait for more text."""
        if self.pending is None:
            return self.hold
        try:
            return self.pending(self.text[self.released:])
        except Exception as exc:  # never release on a failure: fall back to the full window
            swallowed(LOG, "流式待定文本检查出错，改为扣留整个检查窗口", exc, held=self.hold)
            return self.hold


def pii_pending(text: str) -> int:
    """Length of a trailing run that could be an unfinished phone, ID, card number or e-mail."""
    m = _PII_TAIL.search(text[-2 * PII_HOLD:])
    return len(m.group()) if m else 0


def make_guard(matcher: Any, hold_factor: int, judge: Decide, pii: bool) -> FieldGuard:
    """The guard for one streamed field: check window from the longest term, held tail from ``matcher``."""
    def pending(text: str) -> int:
        return int(max(matcher.pending_chars(text), pii_pending(text) if pii else 0))

    return FieldGuard(hold_for(matcher.max_term_chars, hold_factor), judge, pending)


def hold_for(max_term_chars: int, factor: int) -> int:
    """Hold-back window in characters: the longest term with room for separators."""
    return max(max_term_chars * max(factor, 1), PII_HOLD)


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
        if any(h.action in ("block", "substitute") for h in found):
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
