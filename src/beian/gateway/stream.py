"""Streaming guard: hold back enough text that a term split across chunks is never released."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from beian.gateway.policy import Hit, Verdict, apply_masks

Decide = Callable[[str], Verdict]
PII_HOLD = 32  # a bank-card or ID number with separators


@dataclass
class FieldGuard:
    """Buffer of one streamed field (``content`` or ``reasoning_content``)."""

    hold: int
    decide: Decide
    text: str = ""
    released: int = 0
    hits: list[Hit] = field(default_factory=list)

    def feed(self, delta: str, final: bool = False) -> tuple[str, Verdict | None]:
        """Add ``delta``; return the text now safe to send, or a stopping verdict."""
        self.text += delta
        lo = max(0, self.released - self.hold)
        window = self.text[lo:]
        verdict = self.decide(window) if window else Verdict(text=window)
        fresh = [h for h in verdict.hits if lo + h.end > self.released]
        self.hits += fresh
        if verdict.stops and any(h.action in ("block", "substitute") for h in fresh):
            return "", verdict
        masks = [h for h in fresh if h.action == "mask"]
        if masks:
            masked = apply_masks(window, masks)
            cut = self.released - lo
            self.text = self.text[:self.released] + masked[cut:]
        upto = len(self.text) if final else max(self.released, len(self.text) - self.hold)
        out = self.text[self.released:upto]
        self.released = upto
        return out, None


def hold_for(max_term_chars: int, factor: int) -> int:
    """Hold-back window in characters: the longest term with room for separators."""
    return max(max_term_chars * max(factor, 1), PII_HOLD)
