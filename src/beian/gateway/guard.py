"""One guard design: text checks behind one protocol, composed from an app's config.

A :class:`TextGuard` finds hits in a text (``hits``) and says how many trailing characters
could still grow into a hit (``pending``) and how much context a hit needs (``reach``). The
keyword matcher and personal-information detection are the two span-level guards; the
classifier judges the whole answer and gates released text in :class:`beian.gateway.stream.ClassifierGate`.
:class:`Checks` composes them for one app and turns hits into the policy's :class:`Verdict`;
the gateway (plain and streamed) and the LiteLLM adapter use the same composition, and
streams read the *current* matcher and mode on every call.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from beian.errors import CheckFailed
from beian.gateway.config import AppConfig, GatewayConfig
from beian.gateway.policy import (
    PolicyHit,
    Verdict,
    combine,
    keyword_hits,
    pii_hits,
)
from beian.log import get_logger, swallowed, text_ref
from beian.text.pii import find_pii
from beian.text.pii.digits import number_tail

LOG = get_logger("gateway")
PII_HOLD = 32  # a bank-card or ID number with separators
PII_AFTER = 8  # characters after a number that can still decide it (the recognisers read up to 6 words' worth after it)
PII_MIN_DIGITS = 6  # a run with fewer digits than this is no number a word after it decides
INLINE_CHECK_CHARS = 4096
Classify = Callable[[str], Awaitable[list[PolicyHit]]]


class TextGuard(Protocol):
    """A span-level check of streamed or plain text."""

    def hits(self, text: str, mode: str, stage: str) -> list[PolicyHit]:
        """Hits in ``text`` with the policy's action for each."""

    def pending(self, text: str) -> int:
        """How many trailing characters of ``text`` could still become (part of) a hit."""

    def reach(self) -> int:
        """Characters of already released text a hit needs as context."""


def is_strict(app: AppConfig, mode: str) -> bool:
    """Strict mode or the app's minors mode: every hit blocks."""
    return mode == "strict" or app.minors_mode


@dataclass
class KeywordGuard:
    """The app's keyword matcher; ``matcher`` is read on every call (hot reload reaches running streams)."""

    app: AppConfig
    matcher: Callable[[], Any]
    hold_factor: int = 2

    def hits(self, text: str, mode: str, stage: str) -> list[PolicyHit]:
        """Keyword hits above the app's confidence floor."""
        del stage
        return keyword_hits(self.matcher(), text, self.app, is_strict(self.app, mode))

    def pending(self, text: str) -> int:
        """The matcher's unfinished trailing term (evasion noise included)."""
        return int(self.matcher().pending_chars(text))

    def reach(self) -> int:
        """The longest term with room for separators."""
        return hold_for(self.matcher().max_term_chars, self.hold_factor)


@dataclass
class PIIGuard:
    """Personal information (phone, ID, bank card, e-mail …) with the app's input/output action."""

    app: AppConfig

    def hits(self, text: str, mode: str, stage: str) -> list[PolicyHit]:
        """Personal-information hits."""
        del mode
        pol = self.app.policy
        return pii_hits(find_pii(text), pol.pii_input if stage == "input" else pol.pii_output)

    def pending(self, text: str) -> int:
        """A trailing run of digits and letters that could be an unfinished number or address."""
        return pii_pending(text)

    def reach(self) -> int:
        """A bank-card or ID number with separators."""
        return PII_HOLD


def pii_pending(text: str) -> int:
    """Length of a trailing run that could be an unfinished phone, ID, card number or e-mail, or of a number that
    ended in the last :data:`PII_AFTER` characters and the characters after it: a word after a number decides it as
    one before it does (``9558801234567890128是我的银行卡``), so nothing of it leaves until that word could have come."""
    tail = number_tail(text, 2 * PII_HOLD)  # ASCII and full-width, and also 𝟏𝟑𝟖…, ①③⑧…, 一三八…
    for gap in range(1, min(PII_AFTER, len(text)) + 1):
        run = number_tail(text[:-gap], 2 * PII_HOLD)
        if sum(c.isdigit() for c in text[len(text) - gap - run:len(text) - gap]) >= PII_MIN_DIGITS:
            return max(tail, run + gap)
    return tail


def hold_for(max_term_chars: int, factor: int) -> int:
    """Hold-back window in characters: the longest term with room for separators."""
    return max(max_term_chars * max(factor, 1), PII_HOLD)


@dataclass
class Checks:
    """An app's composed guards, the live mode, and (optionally) its classifier."""

    cfg: GatewayConfig
    app: AppConfig
    guards: list[TextGuard]
    mode: Callable[[], str] = lambda: "normal"
    classify: Classify | None = None
    stage: str = "output"

    @classmethod
    def for_app(cls, cfg: GatewayConfig, app: AppConfig, matcher: Callable[[], Any],
                mode: Callable[[], str], classify: Classify | None = None) -> Checks:
        """Keyword guard always, personal-information guard when the app enables it."""
        guards: list[TextGuard] = [KeywordGuard(app, matcher, cfg.hold_factor)]
        if app.pii:
            guards.append(PIIGuard(app))
        return cls(cfg, app, guards, mode, classify)

    def verdict(self, text: str) -> Verdict:
        """The policy decision on ``text``; a failing check fails closed (:class:`CheckFailed`) or allows."""
        try:
            mode = self.mode()
            hits = [h for g in self.guards for h in g.hits(text, mode, self.stage)]
        except Exception as exc:
            swallowed(LOG, "内容安全检查出错", exc, app=self.app.name, stage=self.stage, text=text_ref(text),
                      fail_closed=self.app.fail_closed)
            if self.app.fail_closed:
                raise CheckFailed() from exc
            return Verdict(text=text)
        return combine(self.cfg, self.app, text, hits)

    async def averdict(self, text: str) -> Verdict:
        """:meth:`verdict`, off the event loop and bounded by ``check_timeout_s`` for long texts."""
        if len(text) <= INLINE_CHECK_CHARS:
            return self.verdict(text)
        try:
            return await asyncio.wait_for(asyncio.to_thread(self.verdict, text), timeout=self.app.check_timeout_s)
        except asyncio.TimeoutError as exc:
            swallowed(LOG, "内容安全检查超时", exc, app=self.app.name, stage=self.stage, text=text_ref(text),
                      fail_closed=self.app.fail_closed)
            if self.app.fail_closed:
                raise CheckFailed() from exc
            return Verdict(text=text)

    def term_pending(self, text: str) -> int:
        """Trailing characters of ``text`` that could still grow into a keyword (personal information not counted)."""
        return max((g.pending(text) for g in self.guards if isinstance(g, KeywordGuard)), default=0)

    def pending(self, text: str) -> int:
        """The longest trailing run any guard still waits on."""
        return max((g.pending(text) for g in self.guards), default=0)

    def reach(self) -> int:
        """The widest context any guard needs."""
        return max((g.reach() for g in self.guards), default=PII_HOLD)
