"""Disk cache of compiled matchers, keyed by the lexicon's content.

A cache file is an optimisation, never state: a corrupt, foreign or outdated file
is ignored and rebuilt.

Format (no pickle: a planted cache file can never run code): ``KEY.npz``, an uncompressed
NumPy archive read with ``allow_pickle=False`` — integer arrays as arrays, the engine's
serialised database as bytes, string lists as UTF-8 JSON — and ``KEY.npz.sha256``, the
SHA-256 of the archive, checked before anything in it is parsed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import asdict, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from beian.log import get_logger, swallowed
from beian.text.compiler import MIN_TERM_CHARS, Channel, Compiled, SkippedTerm, TermTable
from beian.text.engines import load_engine
from beian.text.normalize import cache_dir, tables_version
from beian.text.terms import Lexicon, Term

IntArray = npt.NDArray[np.int64]
CACHE_FORMAT = 11
_ARRAYS = ("firsts", "counts", "entry_term", "entry_channel")
Pause = Callable[[], None]
_COMPILING_MODULES = ("compiler.py", "engines.py", "phonetics.py", "terms.py", "matcher_cache.py")


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
    for group in (lexicon.terms, lexicon.allow):
        for t in group:
            h.update(f"{t.text}\x1f{t.category}\x1f{t.risk}\x1f{t.source}\x1f{t.always_block:d}\x1e".encode())
        h.update(b"\x1d")
    for word, freq in lexicon.user_words:
        h.update(f"{word}\x1f{freq}\x1e".encode())
    opts = {k: str(v) for k, v in sorted(lexicon.category_options.items())}
    h.update(json.dumps([str(lexicon.options), opts], ensure_ascii=False).encode())
    return h.hexdigest()[:32]


def path_for(folder: Path, key: str) -> Path:
    """The archive of the matcher ``key`` in ``folder``."""
    return folder / f"{key}.npz"


def _digest_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _text(value: object) -> npt.NDArray[np.uint8]:
    return np.frombuffer(json.dumps(value, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)


def _members(key: str, compiled: Compiled) -> dict[str, npt.NDArray[np.generic]]:
    out: dict[str, npt.NDArray[np.generic]] = {}
    channels: list[list[str]] = []
    header = {"format": CACHE_FORMAT, "key": key, "channels": channels, "user_words": list(compiled.user_words),
              "skipped": [[asdict(s.term), s.reason] for s in compiled.skipped]}
    for f in fields(TermTable):
        value = getattr(compiled.table, f.name)
        out[f"table.{f.name}"] = value if isinstance(value, np.ndarray) else _text(value)
    for name, ch in (("main", compiled.main), ("sound", compiled.sound)):
        if ch is None:
            continue
        channels.append([name, ch.engine.name])
        out[f"{name}.engine"] = np.frombuffer(ch.engine.dump(), dtype=np.uint8)
        out[f"{name}.lens"] = getattr(ch.engine, "_char_lens", np.zeros(0, dtype=np.int64))
        for a in _ARRAYS:
            out[f"{name}.{a}"] = getattr(ch, a)
        out[f"{name}.patterns"] = np.frombuffer("\x00".join(ch.sorted_patterns).encode("utf-8"), dtype=np.uint8)
    out["header"] = _text(header)
    return out


def save(folder: Path, key: str, compiled: Compiled) -> None:
    """Write ``compiled`` under ``key`` atomically, digest last (a failure only costs a rebuild later)."""
    path = path_for(folder, key)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp"
        with open(tmp, "wb") as fh:
            np.savez(fh, allow_pickle=False, **_members(key, compiled))
        digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
        os.replace(tmp, path)
        tmp.write_text(digest, encoding="ascii")
        os.replace(tmp, _digest_path(path))
    except OSError:
        pass


def _verified(path: Path, pause: Pause) -> bytes | None:
    """The archive's bytes when its digest file vouches for them (read in slices, ``pause`` between)."""
    try:
        want = _digest_path(path).read_text(encoding="ascii").strip()
        h, parts = hashlib.sha256(), []
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                parts.append(chunk)
                pause()
    except OSError:
        return None
    return b"".join(parts) if h.hexdigest() == want else None


def _table(arc: np.lib.npyio.NpzFile, pause: Pause) -> TermTable:
    values: dict[str, Any] = {}
    for f in fields(TermTable):
        raw = arc[f"table.{f.name}"]
        if raw.dtype == np.uint8 and "list" in str(f.type):
            value = json.loads(raw.tobytes().decode("utf-8"))
            values[f.name] = [tuple(v) for v in value] if "tuple" in str(f.type) else value
        else:
            values[f.name] = raw
        pause()
    return TermTable(**values)


def _channel(arc: np.lib.npyio.NpzFile, name: str, engine: str, pause: Pause) -> Channel:
    blob = arc[f"{name}.engine"].tobytes()
    arrays = {a: arc[f"{name}.{a}"] for a in _ARRAYS}
    patterns = arc[f"{name}.patterns"].tobytes().decode("utf-8")
    pause()
    sorted_patterns = patterns.split("\x00") if patterns else []
    pause()
    return Channel(load_engine(engine, blob, arc[f"{name}.lens"]), sorted_patterns=sorted_patterns, **arrays)


def _compiled(data: bytes, key: str, pause: Pause) -> Compiled | None:
    import io

    with np.load(io.BytesIO(data), allow_pickle=False) as arc:
        header = json.loads(arc["header"].tobytes().decode("utf-8"))
        if header.get("format") != CACHE_FORMAT or header.get("key") != key:
            return None
        table = _table(arc, pause)
        channels = {name: _channel(arc, name, engine, pause) for name, engine in header["channels"]}
    skipped = [SkippedTerm(Term(**term), reason) for term, reason in header["skipped"]]
    user_words = tuple((str(w), int(f)) for w, f in header["user_words"])
    return Compiled(table, channels["main"], channels.get("sound"), skipped, user_words)


def load(folder: Path, key: str, pause: Pause | None = None) -> Compiled | None:
    """The compiled lexicon stored under ``key``, or None when absent, outdated, corrupt or not vouched for.

    ``pause`` is called between steps (the gateway passes one that lets its event loop run).
    """
    path = path_for(folder, key)
    if not path.exists():
        return None
    pause = pause or (lambda: None)
    try:
        data = _verified(path, pause)
        if data is None:
            raise ValueError("digest missing or different")
        return _compiled(data, key, pause)
    except Exception as exc:  # a corrupt or foreign cache file is rebuilt, never trusted
        swallowed(get_logger("text"), "匹配器缓存文件损坏或版本不符，将重新编译", exc, level=logging.INFO, file=path.name)
        return None
