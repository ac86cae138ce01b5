"""The pre-review vocabulary (``standard/vocabulary.yaml``): words as data, rules as logic.

Every word list the rules use to recognise headers, facts, negations, scope claims and
safety measures lives in that YAML file with its source. This module loads it once and
offers small, typed lookups; it holds no words of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from beian.errors import ConfigError


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The parsed vocabulary file (cached)."""
    text = resources.files("beian.standard").joinpath("vocabulary.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ConfigError("词表 vocabulary.yaml 顶层应为映射。")
    return data


def section(*path: str) -> Any:
    """The value at ``path`` (e.g. ``section("scope", "overbroad", "phrases")``)."""
    node: Any = vocabulary()
    for key in path:
        node = node[key]
    return node


def words(*path: str) -> tuple[str, ...]:
    """A word list at ``path``, longest first (so 不合格率 is tried before 合格率)."""
    return _sorted_words(path)


@lru_cache(maxsize=256)
def _sorted_words(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted((fold(str(w)) for w in section(*path)), key=len, reverse=True))


def fold(text: str) -> str:
    """Width and case folding used for every comparison with the vocabulary."""
    return unicodedata.normalize("NFKC", text).lower()


def pattern(entries: Iterable[str]) -> re.Pattern[str]:
    """One regex for a word list; entries containing ``.*`` are bounded gaps within a clause."""
    parts = []
    for w in sorted(entries, key=len, reverse=True):
        if ".*" in w:
            parts.append("[^。；;\n]{0,20}".join(re.escape(p) for p in w.split(".*")))
        else:
            parts.append(re.escape(w))
    return re.compile("|".join(parts) if parts else r"(?!x)x")


@lru_cache(maxsize=256)
def compiled(*path: str) -> re.Pattern[str]:
    """The cached regex of the word list at ``path`` (matched against folded text)."""
    return pattern(fold(str(w)) for w in section(*path))
