"""Materials written in traditional Chinese (a Hong Kong or Taiwan parent's documents, file names like 安全評估報告).

The rules and the standard's vocabulary are simplified Chinese, so a traditional file would match nothing: every
material "missing", every measure "not written". Names and text are converted with OpenCC ``t2s`` (phrase-aware,
the library the text core already uses for its fold) before they are read, and the file is reported once, at medium:
the review is done in simplified Chinese and a reviewer will ask for a simplified copy.
"""

from __future__ import annotations

from beian.simplified import to_simplified

SAMPLE_CHARS = 20_000  # characters of a file looked at to decide its script
MIN_CHANGED = 12  # at least this many characters change under t2s …
MIN_SHARE = 0.03  # … and at least this share of the Chinese characters


def simplified_name(name: str) -> str:
    """A file or folder name in simplified characters (安全評估報告 → 安全评估报告), for recognising materials."""
    return to_simplified(name)


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters: enough of its Chinese characters change under ``t2s``."""
    sample = text[:SAMPLE_CHARS]
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    if han == 0:
        return False
    converted = to_simplified(sample)
    if len(converted) != len(sample):  # pragma: no cover - t2s maps character for character in practice
        return False
    changed = sum(1 for a, b in zip(sample, converted) if a != b)
    return changed >= MIN_CHANGED and changed / han >= MIN_SHARE
