"""Disk cache of compiled matchers, keyed by the lexicon's content.

A cache file is an optimisation, never state: a corrupt, foreign or outdated file
is ignored and rebuilt.

Format (no pickle: a planted cache file can never run code): ``KEY.matcher``, a
:mod:`~beian.text.sections` file — integer arrays as raw arrays, the engine's serialised
database as bytes (one section per hyperscan shard), string lists as UTF-8 JSON in slices of
:data:`SLICE` entries — and
``KEY.matcher.sha256``, the SHA-256 of the file, checked before anything in it is parsed.
Loading goes slice by slice and shard by shard with a ``pause`` between (the gateway lets its event
loop run there).

A large compiled lexicon is written by :func:`save_later` in a background thread once the matcher can be
used (writing 100+ MB is a few tenths of a second): under a temporary name, renamed into place when
complete, its digest last, so a partial file is never taken for a cache. The thread is not a daemon: the
interpreter waits for it at exit. :func:`load` of the same key in the same process waits for it too.

The folder is kept under a size limit (:func:`evict`, after each write): ``BEIAN_MATCHER_CACHE_MB`` megabytes,
:data:`DEFAULT_LIMIT_MB` unless set (``0``: no limit). The least recently used files go first (loading a file
marks it used); the file just written, files this process loaded or wrote, and files used in the last
:data:`RECENT_S` seconds (another process may be reading them) are never removed. Every edit of an allowlist or
a user dictionary makes a new key, so without the limit each edit left another 100+ MB file behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import fields
from functools import lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt

from beian.log import get_logger, swallowed
from beian.text.compiler import MIN_TERM_CHARS, Channel, Compiled, SkippedTerm, TermTable
from beian.text.engines import load_engine
from beian.text.normalize import cache_dir, native, tables_version
from beian.text.sections import SectionReader, SectionWriter
from beian.text.terms import Lexicon, Term

IntArray = npt.NDArray[np.int64]
CACHE_FORMAT = 14
SLICE = 8192  # list entries per JSON slice (one slice parses in well under a millisecond)
_ARRAYS = ("firsts", "counts", "entry_term", "entry_channel")
Pause = Callable[[], None]
_COMPILING_MODULES = ("compiler.py", "engines.py", "phonetics.py", "terms.py", "matcher_cache.py", "sections.py", "normalize.py",
                      "numerals.py")
BACKGROUND_PATTERNS = 20_000  # compiled lexicons with at least this many patterns are written by a background thread
_pending: dict[Path, threading.Thread] = {}  # cache files being written by save_later, by path
_pending_lock = threading.Lock()
LIMIT_ENV = "BEIAN_MATCHER_CACHE_MB"
DEFAULT_LIMIT_MB = 2048  # about ten compiled public lexicons (houbb + konsheng: ~180 MB each)
RECENT_S = 60.0  # a cache file used this recently may be being read by another process: never removed
STALE_TMP_S = 3600.0  # a temporary file this old was left by a writer that was killed
_in_use: set[Path] = set()  # cache files this process loaded or wrote


def default_cache() -> Path | None:
    """``$BEIAN_CACHE_DIR/matchers`` unless ``BEIAN_NO_CACHE`` is set."""
    if os.environ.get("BEIAN_NO_CACHE"):
        return None
    return cache_dir() / "matchers"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A key that changes whenever the code that compiles a lexicon changes (the fold rules are in
    :func:`~beian.text.normalize.tables_version`): a stale compiled matcher is never reused."""
    h = hashlib.sha256()
    for name in _COMPILING_MODULES:
        h.update(resources.files("beian.text").joinpath(name).read_bytes())
    return h.hexdigest()[:16]


def cache_key(lexicon: Lexicon, engine: str) -> str:
    """A hash of everything that changes the compiled result."""
    h = hashlib.sha256()
    h.update(f"{CACHE_FORMAT}|{tables_version()}|{code_version()}|{engine}|{MIN_TERM_CHARS}".encode())
    for group in (lexicon.terms, lexicon.allow):  # one update per group: the same bytes, the same hash
        h.update(_term_fields(group))
        h.update(b"\x1d")
    for word, freq in lexicon.user_words:
        h.update(f"{word}\x1f{freq}\x1e".encode())
    opts = {k: str(v) for k, v in sorted(lexicon.category_options.items())}
    h.update(json.dumps([str(lexicon.options), opts], ensure_ascii=False).encode())
    return h.hexdigest()[:32]


def _term_fields(terms: list[Term]) -> bytes:
    """What the key hashes of each term, as UTF-8 (in C where it was built: the same bytes)."""
    fast = native("key_fields")
    joined = fast(terms, _KEY_FIELDS, "always_block") if fast is not None and type(terms) is list else None
    if joined is not None:
        return joined  # type: ignore[no-any-return]
    return "".join([f"{t.text}\x1f{t.category}\x1f{t.risk}\x1f{t.source}\x1f{int(t.always_block)}\x1e"
                    for t in terms]).encode()  # int(): what ``:d`` writes, without its slow path


_KEY_FIELDS = ("text", "category", "risk", "source")


def path_for(folder: Path, key: str) -> Path:
    """The cache file of the matcher ``key`` in ``folder``."""
    return folder / f"{key}.matcher"


def _digest_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _slices(values: list[Any], size: int = SLICE) -> list[list[Any]]:
    return [values[i:i + size] for i in range(0, len(values), size)] or [[]]


def _flatten(values: list[tuple[int, ...]]) -> tuple[IntArray, IntArray]:
    """The ints of all the tuples one after another, and each tuple's length (in C where it was built)."""
    fast = native("flatten_ints")
    if fast is not None:
        try:
            flat, lengths = fast(values)
            return np.frombuffer(flat, dtype=np.int64), np.frombuffer(lengths, dtype=np.int64)
        except TypeError:  # some value is not a tuple of ints (never from compile_lexicon)
            pass
    return (np.fromiter(chain.from_iterable(values), dtype=np.int64),
            np.fromiter(map(len, values), dtype=np.int64, count=len(values)))


def _put_list(w: SectionWriter, name: str, values: list[Any], ragged: bool) -> int:
    """A list field: tuples of ints as two arrays (values, lengths), anything else as JSON slices."""
    if ragged:
        flat, lengths = _flatten(values)
        w.array(f"{name}/values", flat)
        w.array(f"{name}/lengths", lengths)
        return 0
    parts = _slices(values)
    for i, part in enumerate(parts):
        w.text(f"{name}/{i}", json.dumps(part, ensure_ascii=False))
    return len(parts)


def _write(key: str, compiled: Compiled, fh: BinaryIO) -> None:
    w = SectionWriter()
    slices: dict[str, int] = {}
    for f in fields(TermTable):
        value = getattr(compiled.table, f.name)
        if isinstance(value, np.ndarray):
            w.array(f"table.{f.name}", value)
        else:
            slices[f.name] = _put_list(w, f"table.{f.name}", value, "tuple" in str(f.type))
    channels = []
    for name, ch in (("main", compiled.main), ("sound", compiled.sound)):
        if ch is None:
            continue
        engine_parts = ch.engine.dump()
        for i, blob in enumerate(engine_parts):
            w.array(f"{name}.engine/{i}", np.frombuffer(blob, dtype=np.uint8))
        for a in ("char_lens", "firsts"):  # per pattern; per shard
            w.array(f"{name}.engine_{a}", getattr(ch.engine, a, np.zeros(0, dtype=np.int64)))
        for a in _ARRAYS:
            w.array(f"{name}.{a}", getattr(ch, a))
        parts = _slices(ch.sorted_patterns, 4 * SLICE)
        for i, part in enumerate(parts):
            w.text(f"{name}.patterns/{i}", "\x00".join(part))
        channels.append([name, ch.engine.name, len(parts), len(engine_parts)])
    w.write(fh, {"format": CACHE_FORMAT, "key": key, "channels": channels, "slices": slices,
                 "user_words": list(compiled.user_words),
                 "skipped": [[_term_dict(s.term), s.reason] for s in compiled.skipped]})


def _term_dict(term: Term) -> dict[str, Any]:
    """``dataclasses.asdict(term)`` without its deep copy (a term's fields are plain values)."""
    return {f.name: getattr(term, f.name) for f in _TERM_FIELDS}


_TERM_FIELDS = fields(Term)


class _Hashing:
    """A file written through this also feeds its bytes to a SHA-256 (no second pass over 100+ MB)."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.sha256 = hashlib.sha256()

    def write(self, data: bytes) -> int:
        """Write ``data`` and hash it."""
        self.sha256.update(data)
        return self.fh.write(data)


def save(folder: Path, key: str, compiled: Compiled) -> None:
    """Write ``compiled`` under ``key`` atomically, digest last (a failure only costs a rebuild later)."""
    path = path_for(folder, key)
    compiled.settle()  # an engine still compiling (compile_lexicon(wait=False)) is written once it is built
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp"
        with open(tmp, "wb") as fh:
            hashing = _Hashing(fh)
            _write(key, compiled, hashing)  # type: ignore[arg-type]
        digest = hashing.sha256.hexdigest()
        os.replace(tmp, path)
        tmp.write_text(digest, encoding="ascii")
        os.replace(tmp, _digest_path(path))
    except OSError:
        return
    _in_use.add(path)
    evict(folder)


def save_later(folder: Path, key: str, compiled: Compiled) -> None:
    """:func:`save` in a background thread when ``compiled`` is large (see :data:`BACKGROUND_PATTERNS`), so the
    caller can use its matcher meanwhile; a small one is written at once. The thread is not a daemon (the
    interpreter waits for it at exit); :func:`load` and :func:`wait_saves` wait for it."""
    channels = [ch for ch in (compiled.main, compiled.sound) if ch is not None]
    if sum(len(ch.sorted_patterns) for ch in channels) < BACKGROUND_PATTERNS:
        save(folder, key, compiled)
        return
    path = path_for(folder, key)
    with _pending_lock:
        earlier = _pending.get(path)  # the same key again: one writer after the other
        thread = threading.Thread(target=_save_in_background, args=(folder, key, compiled, path, earlier),
                                  name=f"beian-matcher-cache-{key[:8]}", daemon=False)
        try:
            thread.start()  # it unregisters itself under the lock held here: after this registration
            _pending[path] = thread
            return
        except RuntimeError:  # no new threads (the interpreter is shutting down): written here and now
            pass
    save(folder, key, compiled)


def _save_in_background(folder: Path, key: str, compiled: Compiled, path: Path,
                        earlier: threading.Thread | None) -> None:
    try:
        if earlier is not None:
            earlier.join()
        save(folder, key, compiled)
    except Exception as exc:  # never a traceback from a background thread: the cache is only an optimisation
        swallowed(get_logger("text"), "匹配器缓存写入失败，下次将重新编译", exc, file=path.name)
    finally:
        with _pending_lock:
            if _pending.get(path) is threading.current_thread():
                del _pending[path]


def wait_saves(path: Path | None = None) -> None:
    """Wait until the cache file ``path`` (None: every file) that :func:`save_later` is writing is written."""
    with _pending_lock:
        threads = list(_pending.values()) if path is None else [t for p, t in _pending.items() if p == path]
    for thread in threads:
        if thread is not threading.current_thread():
            thread.join()


def _verified(path: Path, pause: Pause) -> bytearray | None:
    """The file's bytes when its digest file vouches for them (read in 1 MB pieces, ``pause`` between).

    The buffer grows piece by piece: ``bytearray(size)`` would zero 100+ MB in one call that holds the
    interpreter lock (~80 ms); growing it moves pages (``mremap``) instead of copying them.
    """
    try:
        want = _digest_path(path).read_text(encoding="ascii").strip()
        data, h = bytearray(), hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                data += chunk
                pause()
    except OSError:
        return None
    return data if h.hexdigest() == want else None


def _get_list(r: SectionReader, name: str, n_slices: int, ragged: bool, pause: Pause) -> list[Any]:
    if ragged:
        flat, lengths = r.array(f"{name}/values").tolist(), r.array(f"{name}/lengths")
        ends = np.cumsum(lengths).tolist()
        starts = [0, *ends[:-1]]
        out: list[Any] = []
        for k in range(0, len(ends), SLICE):  # a slice at a time, ``pause`` between
            out += [tuple(flat[a:b]) for a, b in zip(starts[k:k + SLICE], ends[k:k + SLICE])]
            pause()
        return out
    values: list[Any] = []
    for i in range(n_slices):
        values += json.loads(r.text(f"{name}/{i}"))
        pause()
    return values


def _table(r: SectionReader, pause: Pause) -> TermTable:
    values: dict[str, Any] = {}
    for f in fields(TermTable):
        if f.name in r.meta["slices"]:
            values[f.name] = _get_list(r, f"table.{f.name}", r.meta["slices"][f.name], "tuple" in str(f.type), pause)
        else:
            values[f.name] = r.array(f"table.{f.name}")
        pause()
    return TermTable(**values)


def _channel(r: SectionReader, name: str, engine: str, n_slices: int, n_parts: int, pause: Pause) -> Channel:
    patterns: list[str] = []
    for i in range(n_slices):
        part = r.text(f"{name}.patterns/{i}")
        patterns += part.split("\x00") if part else []
        pause()
    arrays = {a: r.array(f"{name}.{a}") for a in _ARRAYS}
    lens, firsts = r.array(f"{name}.engine_char_lens"), r.array(f"{name}.engine_firsts")
    pause()
    # one shard in memory at a time; the native automaton copies its part out of the file without the interpreter lock
    blobs = (r.view(f"{name}.engine/{i}") if engine == "native" else r.blob(f"{name}.engine/{i}")
             for i in range(n_parts))
    return Channel(load_engine(engine, blobs, firsts, lens, pause), sorted_patterns=patterns, **arrays)


def _compiled(data: bytearray, key: str, pause: Pause) -> Compiled | None:
    r = SectionReader(data)
    if r.meta.get("format") != CACHE_FORMAT or r.meta.get("key") != key:
        return None
    table = _table(r, pause)
    channels = {name: _channel(r, name, engine, n, parts, pause) for name, engine, n, parts in r.meta["channels"]}
    skipped = [SkippedTerm(Term(**{**term, "context": tuple(term.get("context", ()))}), reason)
               for term, reason in r.meta["skipped"]]  # JSON has lists, a Term tuples
    user_words = tuple((str(w), int(f)) for w, f in r.meta["user_words"])
    return Compiled(table, channels["main"], channels.get("sound"), skipped, user_words)


def load(folder: Path, key: str, pause: Pause | None = None) -> Compiled | None:
    """The compiled lexicon stored under ``key``, or None when absent, outdated, corrupt or not vouched for.

    ``pause`` is called between steps (the gateway passes one that lets its event loop run).
    """
    path = path_for(folder, key)
    wait_saves(path)
    if not path.exists():
        return None
    pause = pause or (lambda: None)
    try:
        data = _verified(path, pause)
        if data is None:
            raise ValueError("digest missing or different")
        compiled = _compiled(data, key, pause)
        if compiled is not None:
            _mark_used(path)
        return compiled
    except Exception as exc:  # a corrupt or foreign cache file is rebuilt, never trusted
        swallowed(get_logger("text"), "匹配器缓存文件损坏或版本不符，将重新编译", exc, level=logging.INFO, file=path.name)
        return None


def _mark_used(path: Path) -> None:
    """Record that ``path`` was loaded: this process keeps it, and its time makes it the most recently used."""
    _in_use.add(path)
    with contextlib.suppress(OSError):
        os.utime(path)


def limit_bytes() -> int | None:
    """The cache folder's size limit from ``BEIAN_MATCHER_CACHE_MB`` (None: no limit); a value that is not a
    number is logged and the default used."""
    raw = os.environ.get(LIMIT_ENV, "").strip()
    try:
        mb = float(raw) if raw else DEFAULT_LIMIT_MB
    except ValueError:
        get_logger("text").warning("环境变量 %s 不是数字（%r），按默认 %d MB 处理", LIMIT_ENV, raw, DEFAULT_LIMIT_MB)
        mb = DEFAULT_LIMIT_MB
    return None if mb <= 0 else int(mb * (1 << 20))


def evict(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the least recently used cache files of ``folder`` until it fits :func:`limit_bytes`; returns them.

    Never removed: files this process loaded or wrote, and files used in the last :data:`RECENT_S` seconds.
    Temporary files older than :data:`STALE_TMP_S` (a killed writer's) are removed too. Errors are ignored:
    another process may be evicting the same folder.
    """
    now = time.time() if now is None else now
    _remove_stale_tmp(folder, now)
    limit = limit_bytes()
    if limit is None:
        return []
    files = sorted(_cache_files(folder), key=lambda f: f[1])  # oldest use first
    total = sum(size for _, _, size in files)
    removed = []
    for path, used, size in files:
        if total <= limit:
            break
        if path in _in_use or now - used < RECENT_S:
            continue
        if _remove(path):
            total -= size
            removed.append(path)
    return removed


def _cache_files(folder: Path) -> list[tuple[Path, float, int]]:
    """``(path, last use, size with its digest file)`` of every ``*.matcher`` in ``folder``."""
    out = []
    for path in folder.glob("*.matcher"):
        try:
            st = path.stat()
            digest = _digest_path(path)
            size = st.st_size + (digest.stat().st_size if digest.exists() else 0)
        except OSError:
            continue
        out.append((path, st.st_mtime, size))
    return out


def _remove(path: Path) -> bool:
    """Remove a cache file and its digest (the digest first: a file without one is never trusted), and the index
    saved beside it (:mod:`beian.text.initial_letter`)."""
    try:
        _digest_path(path).unlink(missing_ok=True)
        path.unlink(missing_ok=True)
        path.with_name(f"initials-{path.stem}.npz").unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _remove_stale_tmp(folder: Path, now: float) -> None:
    for tmp in folder.glob(".*.tmp"):
        try:
            if now - tmp.stat().st_mtime > STALE_TMP_S:
                tmp.unlink()
        except OSError:
            continue
