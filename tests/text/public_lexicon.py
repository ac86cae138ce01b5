"""The public lexicons' raw entries (houbb tags file + konsheng vocabulary), for tests that need real terms."""

from __future__ import annotations

from pathlib import Path


def raw_entries(data: Path) -> list[str]:
    """Every distinct entry, in file order (the first column of the houbb tags file)."""
    seen: dict[str, None] = {}
    with open(data / "lexicon-houbb/sensitive_word_tags.txt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            seen.setdefault(line.strip().split(" ")[0], None)
    for path in sorted((data / "lexicon-konsheng/Vocabulary").glob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            seen.setdefault(line.strip(), None)
    return list(seen)
