"""Multi-literal search engines behind the matcher.

Every engine takes literal patterns (already normalised) and reports every occurrence, overlapping
ones included, as NumPy arrays of pattern ids and character offsets in the searched string:

- ``native``: the text core's own Aho-Corasick automaton over code points (C extension
  ``beian.text._acm``, built by ``pip install``): compiles the ~100k-term lexicons in about a second,
  loads from the cache without rebuilding, scans the str's own characters with no callback per hit;
- ``hyperscan`` (Intel's SIMD regex engine) where its wheel exists (x86-64);
- ``ahocorasick`` (``ahocorasick_rs``, Rust) everywhere else.

``auto`` takes the first of these that is available (see :func:`compile_engine`).

A hyperscan engine may be split into shards: consecutive ranges of pattern ids, each its own
database, scanned one after the other with the ids offset back. Loading one shard is one C call
that holds the interpreter lock (python-hyperscan's ``loadb``), so a server that swaps in a new
matcher while it serves loads small shards with a pause between them (engine option
:data:`SHARDED`); a one-off command keeps one database, which scans a little faster. The native
engine ignores the shard option: it checks and binds a loaded automaton without the interpreter lock.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

_acm: Any
try:
    _acm = importlib.import_module("beian.text._acm")
except ImportError:  # built without a C compiler: hyperscan or ahocorasick_rs instead
    _acm = None

IntArray = npt.NDArray[np.int64]
Pause = Callable[[], None]

SHARD_BYTES = 768 * 1024  # UTF-8 bytes of patterns per shard: ~5 MB of database, 2-5 ms to deserialise
SHARDED = f"auto:shards={SHARD_BYTES}"  # the engine option of a server's matchers (part of the cache key)


class Engine(Protocol):
    """A compiled set of literal patterns."""

    name: str

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        """(pattern ids, start chars, end chars) of every occurrence in ``text``."""
        ...

    def dump(self) -> list[bytes]:
        """Serialised form for the disk cache: one part per shard (one part when not sharded)."""
        ...


def hyperscan_available() -> bool:
    """True when the hyperscan module imports and runs on this machine."""
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


def native_available() -> bool:
    """True when the C automaton was built for this interpreter (its blobs are little-endian)."""
    return _acm is not None and sys.byteorder == "little"


def shard_bounds(patterns: Sequence[str], budget: int | None) -> list[tuple[int, int]]:
    """Consecutive id ranges whose patterns hold at most ``budget`` UTF-8 bytes each (None: one range).

    A pattern longer than the budget gets a range of its own.
    """
    if budget is None or not patterns:
        return [(0, len(patterns))]
    sizes = np.cumsum([len(p.encode("utf-8")) for p in patterns])
    bounds, start, used = [], 0, 0
    while start < len(patterns):
        end = max(int(np.searchsorted(sizes, used + budget, side="right")), start + 1)
        bounds.append((start, end))
        start, used = end, int(sizes[end - 1])
    return bounds


def _new_scratch(db: Any) -> Any:
    import hyperscan

    return hyperscan.Scratch(db)


def _compile_db(patterns: Sequence[str]) -> Any:
    import hyperscan

    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    encoded = [p.encode("utf-8") for p in patterns]
    db.compile(expressions=encoded, ids=list(range(len(encoded))), elements=len(encoded), flags=0, literal=True)
    return db


class HyperscanEngine:
    """Hyperscan's pure-literal compiler over UTF-8 in one or more shards; byte offsets mapped back to characters."""

    name = "hyperscan"

    def __init__(self, dbs: list[Any], firsts: IntArray, char_lens: IntArray,
                 scratch: list[Any] | None = None) -> None:
        self._dbs = dbs
        self.firsts = firsts  # the first pattern id of each shard
        self.char_lens = char_lens
        # Allocating scratch space for a large database takes ~20 ms with the interpreter lock held; it is
        # done here once per shard, and each scanning thread clones it (microseconds).
        self._proto = scratch if scratch is not None else [_new_scratch(db) for db in dbs]
        self._local = threading.local()

    @property
    def shards(self) -> int:
        """How many databases the patterns are split into."""
        return len(self._dbs)

    @classmethod
    def compile(cls, patterns: list[str], shard_bytes: int | None = None) -> HyperscanEngine:
        """Compile ``patterns`` (non-empty, no NUL characters), in shards of ``shard_bytes`` when given."""
        bounds = shard_bounds(patterns, shard_bytes)
        dbs = [_compile_db(patterns[a:b]) for a, b in bounds]
        firsts = np.array([a for a, _ in bounds], dtype=np.int64)
        return cls(dbs, firsts, np.array([len(p) for p in patterns], dtype=np.int64))

    @classmethod
    def load(cls, parts: Iterable[bytes], firsts: IntArray, char_lens: IntArray,
             pause: Pause | None = None) -> HyperscanEngine:
        """Rebuild from :meth:`dump` output, calling ``pause`` after each shard."""
        import hyperscan

        pause = pause or (lambda: None)
        dbs, scratch = [], []
        for blob in parts:
            dbs.append(hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK))
            pause()
            scratch.append(_new_scratch(dbs[-1]))
            pause()
        if len(dbs) != len(firsts) or (len(firsts) and int(firsts[0]) != 0):
            raise ValueError("hyperscan shards do not match their id table")
        return cls(dbs, firsts, char_lens, scratch)

    def dump(self) -> list[bytes]:
        import hyperscan

        return [bytes(hyperscan.dumpb(db)) for db in self._dbs]

    def _scratch(self) -> list[Any]:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = [p.clone() for p in self._proto]
        return scratch

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        ids: list[int] = []
        ends: list[int] = []
        add_id, add_end = ids.append, ends.append

        def on_match(pid: int, _from: int, to: int, _flags: int, first: int) -> None:
            add_id(pid + first)
            add_end(to)

        data = text.encode("utf-8")
        for db, scratch, first in zip(self._dbs, self._scratch(), self.firsts.tolist()):
            db.scan(data, match_event_handler=on_match, scratch=scratch, context=first)
        del cps  # character offsets come from the UTF-8 bytes themselves
        pid = np.array(ids, dtype=np.int64)
        if pid.size == 0:
            return pid, pid, pid
        end = np.array(ends, dtype=np.int64)
        if len(data) != len(text):  # not all ASCII: characters begun before each end byte (non-continuation bytes)
            begun = np.cumsum((np.frombuffer(data, dtype=np.uint8) & 0xC0) != 0x80, dtype=np.int64)
            end = begun[end - 1]
        return pid, end - self.char_lens[pid], end


class AhoCorasickEngine:
    """``ahocorasick_rs`` with overlapping matches; offsets are already characters. Never sharded."""

    name = "ahocorasick"

    def __init__(self, patterns: list[str]) -> None:
        import ahocorasick_rs

        self._patterns = patterns
        self._ac = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.Standard)

    @classmethod
    def compile(cls, patterns: list[str]) -> AhoCorasickEngine:
        """Compile ``patterns``."""
        return cls(patterns)

    def dump(self) -> list[bytes]:
        return ["\x00".join(self._patterns).encode("utf-8")]

    @classmethod
    def load(cls, parts: Iterable[bytes]) -> AhoCorasickEngine:
        """Rebuild from :meth:`dump` output (the automaton is rebuilt)."""
        (blob,) = list(parts)
        return cls(blob.decode("utf-8").split("\x00"))

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        del cps
        found = self._ac.find_matches_as_indexes(text, overlapping=True)
        if not found:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        arr = np.array(found, dtype=np.int64)
        return arr[:, 0], arr[:, 1], arr[:, 2]


class NativeEngine:
    """The C Aho-Corasick automaton (``beian.text._acm``); its dump is loaded without a rebuild. Never sharded."""

    name = "native"
    shards = 1

    def __init__(self, automaton: Any, char_lens: IntArray) -> None:
        self._ac = automaton
        self.char_lens = char_lens

    @classmethod
    def compile(cls, patterns: list[str], order: bytes | None = None) -> NativeEngine:
        """Compile ``patterns`` (non-empty strings); ``order``: ``_acm.sort_order(patterns)`` where known."""
        if _acm is None:
            raise RuntimeError("native 引擎不可用")
        lens = np.fromiter(map(len, patterns), dtype=np.int64, count=len(patterns))
        return cls(_acm.build(patterns) if order is None else _acm.build(patterns, order), lens)

    @classmethod
    def load(cls, parts: Iterable[bytes | memoryview], char_lens: IntArray) -> NativeEngine:
        """Bind :meth:`dump` output (checked in full: a damaged blob raises ValueError).

        An aligned ``bytes`` part is used in place; any other buffer is copied (without the interpreter lock).
        """
        if _acm is None:
            raise ValueError("native 引擎不可用")
        blobs = list(parts)
        if len(blobs) != 1:
            raise ValueError("a native engine is one part")
        automaton = _acm.load(blobs[0])
        if automaton.patterns != len(char_lens):
            raise ValueError("native automaton does not match its pattern lengths")
        return cls(automaton, char_lens)

    def dump(self) -> list[bytes]:
        return [self._ac.dump()]

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        del cps  # the automaton reads the str's own characters
        ids, ends = self._ac.find(text)
        pid = np.frombuffer(ids, dtype=np.int64)
        end = np.frombuffer(ends, dtype=np.int64)
        return pid, end - self.char_lens[pid], end


class EmptyEngine:
    """The engine of a channel with no patterns: finds nothing (hyperscan refuses empty sets)."""

    name = "empty"

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        del text, cps
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty

    def dump(self) -> list[bytes]:
        return []


ENGINES = ("native", "hyperscan", "ahocorasick")  # what ``auto`` tries, in this order


def compile_engine(patterns: list[str], prefer: str = "auto") -> Engine:
    """Compile with the engine asked for, or with ``auto``: native, else hyperscan, else ahocorasick_rs.

    ``prefer`` is ``auto``, ``native``, ``hyperscan`` or ``ahocorasick``, optionally followed by
    ``:shards=N`` (hyperscan in shards of at most N bytes of patterns, see :data:`SHARDED`; the other
    engines ignore it).
    """
    if not patterns:
        return EmptyEngine()
    kind, budget = parse_engine(prefer)
    if kind in ("auto", "native") and native_available():
        return NativeEngine.compile(patterns)
    if kind == "native":
        raise RuntimeError("native 引擎不可用（安装时未能编译 C 扩展）")
    if kind in ("auto", "hyperscan") and hyperscan_available():
        return HyperscanEngine.compile(patterns, budget)
    if kind == "hyperscan":
        raise RuntimeError("hyperscan 不可用")
    return AhoCorasickEngine.compile(patterns)


class PendingEngine:
    """An engine being compiled in a thread of its own (:func:`compile_in_background`); using it waits for it.

    The native automaton builds without the interpreter lock, so on a second core the build overlaps the
    caller's Python work. :meth:`sorted_patterns` waits only for the patterns to be sorted (the native build
    sorts them first, also without the lock, and builds on that order); :meth:`built` waits for the engine.
    Both raise what the build raised.
    """

    name = "pending"

    def __init__(self, patterns: list[str], prefer: str) -> None:
        self._sorted: list[list[str]] = []
        self._out: list[Engine] = []
        self._error: list[BaseException] = []
        self._ordered = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(patterns, prefer), name="beian-engine", daemon=True)
        self._thread.start()

    def _run(self, patterns: list[str], prefer: str) -> None:
        try:
            if parse_engine(prefer)[0] in ("auto", "native") and native_available() and hasattr(_acm, "sort_order"):
                order, ordered = _acm.sort_order(patterns)
                self._sorted.append(ordered)
                self._ordered.set()
                self._out.append(NativeEngine.compile(patterns, order))
            else:
                self._sorted.append(sorted(patterns))
                self._ordered.set()
                self._out.append(compile_engine(patterns, prefer))
        except BaseException as exc:  # handed to the thread that waits
            self._error.append(exc)
        finally:
            self._ordered.set()

    def sorted_patterns(self) -> list[str]:
        """``sorted(patterns)``, once it is known."""
        self._ordered.wait()
        if not self._sorted:
            raise self._error[0]
        return self._sorted[0]

    def built(self) -> Engine:
        """The compiled engine, once it is."""
        self._thread.join()
        if self._error:
            raise self._error[0]
        return self._out[0]

    def find(self, text: str, cps: npt.NDArray[np.uint32]) -> tuple[IntArray, IntArray, IntArray]:
        return self.built().find(text, cps)

    def dump(self) -> list[bytes]:
        return self.built().dump()


def compile_in_background(patterns: list[str], prefer: str = "auto") -> tuple[Engine, Callable[[], list[str]]]:
    """:func:`compile_engine` in a thread of its own: a :class:`PendingEngine` (for an empty set the
    :class:`EmptyEngine` at once), and a function that waits for ``sorted(patterns)``, which the native
    build finds first."""
    if not patterns:
        return EmptyEngine(), list
    parse_engine(prefer)  # a bad option is refused here, not in the thread
    pending = PendingEngine(patterns, prefer)
    return pending, pending.sorted_patterns


def parse_engine(option: str) -> tuple[str, int | None]:
    """``auto:shards=N`` -> (``auto``, N); ``auto`` -> (``auto``, None)."""
    kind, _, extra = option.partition(":")
    if kind not in ("auto", *ENGINES) or (extra and not extra.startswith("shards=")):
        raise ValueError(f"unknown engine option {option!r}")
    budget = int(extra.removeprefix("shards=")) if extra else None
    if budget is not None and budget < 1:
        raise ValueError(f"shard budget must be positive: {option!r}")
    return kind, budget


def load_engine(name: str, parts: Iterable[bytes | memoryview], firsts: IntArray, char_lens: IntArray,
                pause: Pause | None = None) -> Engine:
    """Rebuild an engine saved with :meth:`Engine.dump` (``pause`` is called between hyperscan shards).

    The native engine takes its part as any buffer (a view into the cache file is copied and checked
    without the interpreter lock); the others get bytes.
    """
    if name == "empty":
        return EmptyEngine()
    if name == "native":
        return NativeEngine.load(parts, char_lens)
    blobs = (bytes(p) for p in parts)  # bytes(b) is b itself: no copy
    if name == "hyperscan":
        return HyperscanEngine.load(blobs, firsts, char_lens, pause)
    return AhoCorasickEngine.load(blobs)
