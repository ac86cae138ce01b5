"""GB 32100-2015 unified social credit code check character (fallback when beian.text.pii is absent)."""

from __future__ import annotations

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def check_char(first17: str) -> str:
    """The 18th character for the first 17 characters."""
    total = sum(CHARSET.index(c) * w for c, w in zip(first17.upper(), WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def validate_uscc(code: str) -> bool:
    """True when ``code`` is 18 valid characters with the right check character."""
    code = code.strip().upper()
    if len(code) != 18 or any(c not in CHARSET for c in code):
        return False
    try:
        from beian.text.pii import validate_uscc as shared
    except ImportError:
        return check_char(code[:17]) == code[17]
    return bool(shared(code))
