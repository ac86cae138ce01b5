"""Helpers that turn sensitive text into safe evidence.

Every part of beian uses these instead of logging raw hits: a matched term is
shown as ``法*功``, its surroundings as an excerpt with the hit masked and
marked ``【…】`` (and personal information in the context masked too), and
people are identified by a salted hash, never by name or number.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from beian.text.pii.model import PIIMatch

ELLIPSIS = "…"
NEWLINE_MARK = "⏎"
_PII_MARGIN = 24  # look this far beyond the context so cut-off values are still found


def mask_term(s: str) -> str:
    """Mask a term, keeping its first and last character; the result is as long as ``s``.

    ``法轮功`` → ``法*功``; two characters keep the first (``色情`` → ``色*``);
    one character becomes ``*``. Only letters and digits count: separators
    written inside an evasion are masked with the characters around them, so
    ``裸 聊`` (a two-character term) becomes ``裸**``, never ``裸*聊``.
    """
    shown = [i for i, ch in enumerate(s) if _counts(ch)] or list(range(len(s)))
    keep = {shown[0], shown[-1]} if len(shown) >= 3 else set(shown[:1]) if len(shown) == 2 else set()
    return "".join(ch if i in keep else "*" for i, ch in enumerate(s))


def _counts(ch: str) -> bool:
    """Whether ``ch`` is a character of the term (a letter or digit), not a separator around it."""
    return unicodedata.category(ch)[0] in "LN"


def mask_spans(text: str, lo: int, hi: int, spans: Iterable[tuple[int, int]], base: str | None = None) -> str:
    """``text[lo:hi]`` with every span of ``spans`` that reaches into it masked by :func:`mask_term`, same length.

    A span is masked whole and then cut to the window, so a hit cut off at the window's edge shows no more
    than its masked form; a character that any span masks stays masked where spans overlap. ``base`` is
    the window already masked otherwise (personal information), as long as the window.
    """
    chars = list(text[lo:hi] if base is None else base)
    for start, end in spans:
        if start >= hi or end <= lo or start >= end:
            continue
        masked = mask_term(text[start:end])
        for i in range(max(start, lo), min(end, hi)):
            if masked[i - start] == "*":
                chars[i - lo] = "*"
    return "".join(chars)


def _show_newlines(s: str) -> str:
    return s.replace("\r\n", NEWLINE_MARK).replace("\r", NEWLINE_MARK).replace("\n", NEWLINE_MARK)


def _pii_masked_copy(text: str, lo: int, hi: int, found: Sequence[PIIMatch] | None = None) -> str:
    """``text[lo:hi]`` with personal information masked, same length (``found``: spans in the window)."""
    from beian.text.pii import find_pii, mask_value

    window = text[lo:hi]
    chars = list(window)
    for m in find_pii(window) if found is None else found:
        masked = mask_value(m.kind, m.text)
        if len(masked) != m.end - m.start:
            masked = "*" * (m.end - m.start)
        chars[m.start : m.end] = masked
    return "".join(chars)


def pii_masked_copy(text: str, found: Sequence[PIIMatch] | None = None) -> str:
    """``text`` with all personal information masked, same length.

    Compute it once and pass it to :func:`masked_excerpt` as ``masked`` when one
    text yields many excerpts (the gateway's hot path). ``found`` passes the
    result of :func:`beian.text.pii.find_pii` on ``text`` when the caller already has it.
    """
    return _pii_masked_copy(text, 0, len(text), found)


def masked_excerpt(text: str, start: int, end: int, context: int = 10, *, mask_pii: bool = True,
                   masked: str | None = None, others: Sequence[tuple[int, int]] = ()) -> str:
    """Show ``context`` characters around ``text[start:end]`` with the span masked.

    The span is masked with :func:`mask_term` and wrapped in ``【】``;
    ``…`` marks a cut at either side and newlines appear as ``⏎``. With
    ``mask_pii`` (default) personal information in the context is masked too;
    ``masked`` (from :func:`pii_masked_copy`) supplies that masking precomputed.
    ``others`` are the spans of the text's other hits: those reaching into the
    context are masked the same way (:func:`mask_spans`), never shown raw.
    Raises ``ValueError`` for a span outside the text.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"片段位置无效：start={start}，end={end}，文本长度 {len(text)}")
    if context < 0:
        raise ValueError("上下文长度不能为负数")
    left_at = max(0, start - context)
    right_at = min(len(text), end + context)
    if masked is not None and len(masked) == len(text):
        left, right = masked[left_at:start], masked[end:right_at]
    elif mask_pii:
        lo = max(0, left_at - _PII_MARGIN)
        safe = _pii_masked_copy(text, lo, min(len(text), right_at + _PII_MARGIN))
        left, right = safe[left_at - lo : start - lo], safe[end - lo : right_at - lo]
    else:
        left, right = text[left_at:start], text[end:right_at]
    if others:
        left, right = mask_spans(text, left_at, start, others, left), mask_spans(text, end, right_at, others, right)
    parts = [
        ELLIPSIS if left_at > 0 else "",
        _show_newlines(left),
        "【",
        _show_newlines(mask_term(text[start:end])),
        "】",
        _show_newlines(right),
        ELLIPSIS if right_at < len(text) else "",
    ]
    return "".join(parts)


def stable_hash(s: str, salt: str = "", length: int = 16) -> str:
    """A stable, non-reversible id: the first ``length`` hex chars of SHA-256.

    With a salt the input is ``salt + "\\x1f" + s``, so the same value hashes
    differently under different salts.
    """
    if not 1 <= length <= 64:
        raise ValueError("哈希长度必须在 1 到 64 之间")
    data = f"{salt}\x1f{s}" if salt else s
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:length]
