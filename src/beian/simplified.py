"""Traditional Chinese read as simplified: OpenCC ``t2s`` (phrase-aware), one converter for the package.

The rules, the standard's category names and the vocabulary are simplified Chinese; a material, a file name or a test
bank's category written in traditional characters (安全評估報告, 詐騙) is converted before it is looked up.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (unchanged when it has no traditional ones)."""
    if not text or text.isascii():
        return text
    return str(_converter().convert(text))
