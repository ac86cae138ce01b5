"""Masking of personal information that keeps a useful shape.

Only letters and digits are counted and replaced; separators (spaces, hyphens,
dots, ``+``) stay where they are, so ``138-1234-5678`` becomes ``138-****-5678``. Values written with
other digits (``𝟏𝟑𝟖…``, ``①③⑧…``, a zero-width space inside) are masked on their folded form and the
masks are put back on the original characters, so the original styling never leaks the hidden digits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from beian.text.evidence import mask_term
from beian.text.pii.digits import fold_digits

if TYPE_CHECKING:
    from beian.text.pii.model import PIIMatch

MASK = "*"


def _mask_significant(value: str, keep_head: int, keep_tail: int) -> str:
    """Mask the alphanumeric characters except the first/last ones kept."""
    positions = [i for i, c in enumerate(value) if c.isalnum()]
    n = len(positions)
    if keep_head + keep_tail >= n:  # too short to keep anything useful
        keep_head, keep_tail = min(1, n), 0
    hidden = set(positions[keep_head : n - keep_tail])
    return "".join(MASK if i in hidden else c for i, c in enumerate(value))


def _mask_mobile(value: str) -> str:
    positions = [i for i, c in enumerate(value) if c.isdigit()]
    hidden = set(positions[-8:-4])  # the 4 digits before the last 4
    return "".join(MASK if i in hidden else c for i, c in enumerate(value))


_EMAIL_AT = re.compile(r"@|\s?[\[(（]\s?(?i:at)\s?[\])）]|#|\s(?i:at)\s")


def _mask_email(value: str) -> str:
    """``z***@qq.com``; a written-out ``[at]`` is kept as written (``z***[at]qq.com``)."""
    at = _EMAIL_AT.search(value)
    if at is None or at.start() == 0:
        return mask_term(value)
    return f"{value[0]}***{value[at.start():]}"


def _mask_landline(value: str) -> str:
    digits = sum(c.isdigit() for c in value)
    area = 3 if value.lstrip("(（").startswith(("01", "02")) else 4
    return _mask_significant(value, area, 2 if digits - area > 4 else 1)


def _mask_ipv4(value: str) -> str:
    head = value.split(".")[:2]
    return ".".join([*head, MASK, MASK])


def _mask_ipv6(value: str) -> str:
    groups = value.split(":")
    return ":".join(g if i < 2 else (MASK if g else "") for i, g in enumerate(groups))


def _mask_resident_id(value: str) -> str:
    return _mask_significant(value, 6, 4 if len(value.strip()) >= 18 else 3)


#: The masker of every kind (the recogniser records point at these).
MASKERS: dict[str, Callable[[str], str]] = {
    "mobile": _mask_mobile,
    "resident_id": _mask_resident_id,
    "bank_card": lambda v: _mask_significant(v, 0, 4),
    "email": _mask_email,
    "uscc": lambda v: _mask_significant(v, 2, 2),
    "landline": _mask_landline,
    "ipv4": _mask_ipv4,
    "ipv6": _mask_ipv6,
    "passport": lambda v: _mask_significant(v, 1, 2),
    "hk_macao_permit": lambda v: _mask_significant(v, 1, 2),
    "taiwan_permit": lambda v: _mask_significant(v, 0, 2),
    "license_plate": lambda v: _mask_significant(v, 2, 1),
}


def mask_value(kind: str, value: str) -> str:
    """Mask one value of a given kind, keeping its shape.

    mobile ``138****5678``; resident_id ``110101********1234``; bank_card keeps
    the last 4 digits; email ``a***@example.com``; uscc keeps the first 2 and
    last 2 characters; unknown kinds fall back to
    :func:`beian.text.evidence.mask_term`.
    """
    masker = MASKERS.get(kind, mask_term)
    folded = fold_digits(value)
    if folded.text == value:
        return masker(value)
    masked = masker(folded.text)
    if len(masked) != len(folded.text):
        return masked  # a masker that reshapes (e-mail, IP): its output holds only the kept parts
    out = list(value)
    for i, (before, after) in enumerate(zip(folded.text, masked, strict=True)):
        if before != after:
            start, end = folded.span(i, i + 1)
            out[start:end] = [MASK] * (end - start)
    return "".join(out)


def mask_pii(text: str, matches: Iterable[PIIMatch] | None = None) -> str:
    """Return ``text`` with every match replaced by its masked value.

    ``matches`` defaults to :func:`beian.text.pii.find_pii` on ``text``.
    Overlapping matches are skipped after the first one.
    """
    if matches is None:
        from beian.text.pii.engine import find_pii

        matches = find_pii(text)
    out: list[str] = []
    pos = 0
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.start < pos:
            continue
        out.append(text[pos : m.start])
        out.append(mask_value(m.kind, text[m.start : m.end]))
        pos = m.end
    out.append(text[pos:])
    return "".join(out)
