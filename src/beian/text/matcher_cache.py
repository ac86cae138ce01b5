"""Disk cache of compiled matchers, keyed by the lexicon's content.

A cache file is an optimisation, never state: a corrupt, foreign or outdated file
is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import threading
from pathlib import Path

import numpy as np
import numpy.typing as npt

from beian.log import get_logger, swallowed
from beian.text.compiler import MIN_TERM_CHARS, Channel, Compiled
from beian.text.engines import load_engine
from beian.text.normalize import cache_dir, tables_version
from beian.text.terms import Lexicon

IntArray = npt.NDArray[np.int64]
CACHE_FORMAT = 10
_State = tuple[str, bytes, IntArray, IntArray, IntArray, IntArray, IntArray, list[str]]


def default_cache() -> Path | None:
    """``$BEIAN_CACHE_DIR/matchers`` unless ``BEIAN_NO_CACHE`` is set."""
    if os.environ.get("BEIAN_NO_CACHE"):
        return None
    return cache_dir() / "matchers"


def cache_key(lexicon: Lexicon, engine: str) -> str:
    """A hash of everything that changes the compiled result."""
    h = hashlib.sha256()
    h.update(f"{CACHE_FORMAT}|{tables_version()}|{engine}|{MIN_TERM_CHARS}".encode())
    for group in (lexicon.terms, lexicon.allow):
        for t in group:
            h.update(f"{t.text}\x1f{t.category}\x1f{t.risk}\x1f{t.source}\x1f{t.always_block:d}\x1e".encode())
        h.update(b"\x1d")
    for word, freq in lexicon.user_words:
        h.update(f"{word}\x1f{freq}\x1e".encode())
    opts = {k: str(v) for k, v in sorted(lexicon.category_options.items())}
    h.update(json.dumps([str(lexicon.options), opts], ensure_ascii=False).encode())
    return h.hexdigest()[:32]


def _state(ch: Channel | None) -> _State | None:
    if ch is None:
        return None
    lens = getattr(ch.engine, "_char_lens", np.zeros(0, dtype=np.int64))
    return (ch.engine.name, ch.engine.dump(), lens, ch.firsts, ch.counts, ch.entry_term, ch.entry_channel,
            ch.sorted_patterns)


def _unstate(state: _State | None) -> Channel | None:
    if state is None:
        return None
    name, blob, lens, firsts, counts, terms, channels, patterns = state
    return Channel(load_engine(name, blob, lens), firsts, counts, terms, channels, patterns)


def save(folder: Path, key: str, compiled: Compiled) -> None:
    """Write ``compiled`` under ``key`` atomically (a failure only costs a rebuild later)."""
    state = (CACHE_FORMAT, key, compiled.table, _state(compiled.main), _state(compiled.sound), compiled.skipped,
             compiled.user_words)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, folder / f"{key}.pkl")
    except OSError:
        pass


def load(folder: Path, key: str) -> Compiled | None:
    """The compiled lexicon stored under ``key``, or None when absent, outdated or corrupt."""
    path = folder / f"{key}.pkl"
    if not path.exists():
        return None
    try:
        fmt, stored_key, table, main, sound, skipped, user_words = pickle.loads(path.read_bytes())
        main_ch = _unstate(main)
        if fmt != CACHE_FORMAT or stored_key != key or main_ch is None:
            return None
        return Compiled(table, main_ch, _unstate(sound), skipped, user_words)
    except Exception as exc:  # a corrupt or foreign cache file is rebuilt, never trusted
        swallowed(get_logger("text"), "匹配器缓存文件损坏或版本不符，将重新编译", exc, level=logging.INFO, file=path.name)
        return None
