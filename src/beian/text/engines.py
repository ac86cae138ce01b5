"""Multi-literal search engines behind the matcher.

Both engines take literal patterns (already normalised) and report every
occurrence, overlapping ones included, as NumPy arrays of pattern ids and
character offsets in the searched string. Hyperscan (Intel's SIMD regex engine)
is used where its wheel exists (x86-64); ``ahocorasick_rs`` (Rust) everywhere else.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]


class Engine(Protocol):
    """A compiled set of literal patterns."""

    name: str

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        """(pattern ids, start chars, end chars) of every occurrence in ``text``."""
        ...

    def dump(self) -> bytes:
        """Serialised form for the disk cache."""
        ...


def hyperscan_available() -> bool:
    """True when the hyperscan module imports and runs on this machine."""
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


class HyperscanEngine:
    """Hyperscan's pure-literal compiler over UTF-8; byte offsets mapped back to characters."""

    name = "hyperscan"

    def __init__(self, db: Any, char_lens: IntArray) -> None:
        self._db = db
        self._char_lens = char_lens
        self._local = threading.local()

    @classmethod
    def compile(cls, patterns: list[str]) -> HyperscanEngine:
        """Compile ``patterns`` (non-empty, no NUL characters)."""
        import hyperscan

        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        encoded = [p.encode("utf-8") for p in patterns]
        db.compile(expressions=encoded, ids=list(range(len(encoded))), elements=len(encoded),
                   flags=0, literal=True)
        return cls(db, np.array([len(p) for p in patterns], dtype=np.int64))

    @classmethod
    def load(cls, blob: bytes, char_lens: IntArray) -> HyperscanEngine:
        """Rebuild from :meth:`dump` output."""
        import hyperscan

        return cls(hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK), char_lens)

    def dump(self) -> bytes:
        import hyperscan

        return bytes(hyperscan.dumpb(self._db))

    def _scratch(self) -> Any:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            import hyperscan

            scratch = self._local.scratch = hyperscan.Scratch(self._db)
        return scratch

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        ids: list[int] = []
        ends: list[int] = []
        add_id, add_end = ids.append, ends.append

        def on_match(pid: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            add_id(pid)
            add_end(to)

        self._db.scan(text.encode("utf-8"), match_event_handler=on_match, scratch=self._scratch())
        pid = np.array(ids, dtype=np.int64)
        if pid.size == 0:
            return pid, pid, pid
        byte_end = np.cumsum(1 + (cps >= 0x80) + (cps >= 0x800) + (cps >= 0x10000), dtype=np.int64)
        end = np.searchsorted(byte_end, np.array(ends, dtype=np.int64)) + 1
        return pid, end - self._char_lens[pid], end


class AhoCorasickEngine:
    """``ahocorasick_rs`` with overlapping matches; offsets are already characters."""

    name = "ahocorasick"

    def __init__(self, patterns: list[str]) -> None:
        import ahocorasick_rs

        self._patterns = patterns
        self._ac = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.Standard)

    @classmethod
    def compile(cls, patterns: list[str]) -> AhoCorasickEngine:
        """Compile ``patterns``."""
        return cls(patterns)

    def dump(self) -> bytes:
        return "\x00".join(self._patterns).encode("utf-8")

    @classmethod
    def load(cls, blob: bytes, char_lens: IntArray) -> AhoCorasickEngine:
        """Rebuild from :meth:`dump` output (the automaton is rebuilt)."""
        del char_lens
        return cls(blob.decode("utf-8").split("\x00"))

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        del cps
        found = self._ac.find_matches_as_indexes(text, overlapping=True)
        if not found:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        arr = np.array(found, dtype=np.int64)
        return arr[:, 0], arr[:, 1], arr[:, 2]


class EmptyEngine:
    """The engine of a channel with no patterns: finds nothing (hyperscan refuses empty sets)."""

    name = "empty"

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        del text, cps
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty

    def dump(self) -> bytes:
        return b""


def compile_engine(patterns: list[str], prefer: str = "auto") -> Engine:
    """Compile with hyperscan when available (or asked), else ahocorasick_rs."""
    if not patterns:
        return EmptyEngine()
    if prefer in ("auto", "hyperscan") and hyperscan_available():
        return HyperscanEngine.compile(patterns)
    if prefer == "hyperscan":
        raise RuntimeError("hyperscan 不可用")
    return AhoCorasickEngine.compile(patterns)


def load_engine(name: str, blob: bytes, char_lens: IntArray) -> Engine:
    """Rebuild an engine saved with :meth:`Engine.dump`."""
    if name == "empty":
        return EmptyEngine()
    if name == "hyperscan":
        return HyperscanEngine.load(blob, char_lens)
    return AhoCorasickEngine.load(blob, char_lens)
