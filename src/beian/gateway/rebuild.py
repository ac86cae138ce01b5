"""The background full rebuild: compile in a child process, load without stalling the server.

Compiling a 100k-term lexicon is seconds of Python work; in the server process it would hold the
interpreter lock and stall requests. So a child process (idle priority) compiles each app's
lexicon into the matcher cache, and the server loads the result with a loader that reads
in slices with a pause between them, so other threads run (each stretch stays ~10 ms). The server's
matchers use the C automaton, whose serialised form is checked without the interpreter lock; where
it did not build they are compiled with hyperscan in shards (:data:`~beian.text.engines.SHARDED`):
deserialising one shard is one C call that holds the interpreter lock, a few milliseconds each
instead of ~40 ms for one 47 MB database.
The retired matcher is taken apart in slices for the same reason, then freed memory is returned
to the system (``malloc_trim``). Run as ``python -m beian.gateway.rebuild`` (a JSON job on stdin).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from beian.text import matcher_cache
from beian.text.compiler import compile_lexicon
from beian.text.engines import SHARDED
from beian.text.matcher import Matcher
from beian.text.normalize import tables_version

ENGINE = SHARDED  # the server's matchers: native (shards ignored), else hyperscan in shards with pauses
CHILD_NICE = 19
PR_SET_PDEATHSIG = 1
SLICE = 4096
BIG = 20_000
YIELD_S = 0.0002
LOAD_SWITCH_S = 0.001  # interpreter switch interval while loading (default 5 ms)


def files_digest(paths: list[Path]) -> str:
    """sha256 over the bytes of ``paths`` in order: the child checks it compiles what the server loaded."""
    h = hashlib.sha256()
    for p in paths:
        h.update(Path(p).read_bytes())
        h.update(b"\x00")
    return h.hexdigest()


def job_for(lexicons: list[Path], allow: list[Path], added: dict[str, str | None], removed: set[str],
            digest: str, user_dict: list[Path] | None = None, engine: str = ENGINE) -> dict[str, Any]:
    """One app's part of a rebuild job (JSON-safe), with what the child must find unchanged."""
    return {"lexicons": [str(p) for p in lexicons], "allow": [str(p) for p in allow],
            "user_dict": [str(p) for p in user_dict or []], "engine": engine,
            "added": added, "removed": sorted(removed), "digest": digest,
            "tables": tables_version(), "format": matcher_cache.CACHE_FORMAT, "code": matcher_cache.code_version()}


def compile_in_child(jobs: dict[str, dict[str, Any]], folder: Path, timeout_s: float = 3600) -> dict[str, str]:
    """Compile every app's lexicon in a child process into ``folder``; return the cache key per app."""
    payload = json.dumps({"folder": str(folder), "jobs": jobs}, ensure_ascii=False).encode()
    done = subprocess.run([sys.executable, "-m", "beian.gateway.rebuild"], input=payload, capture_output=True,
                          timeout=timeout_s, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"rebuild child exited with {done.returncode}")
    return {str(k): str(v) for k, v in json.loads(done.stdout.decode()).items()}


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive file lock, so workers rebuilding the same lexicon compile it once."""
    try:
        import fcntl
    except ImportError:  # no fcntl (Windows): each worker compiles for itself
        yield
        return
    with open(path, "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _child(job: dict[str, Any]) -> dict[str, str]:
    from beian.gateway.lexicons import load_files
    from beian.gateway.overlay import KeywordState, effective

    folder = Path(job["folder"])
    folder.mkdir(parents=True, exist_ok=True)
    keys = {}
    for app, spec in job["jobs"].items():
        deny, allow, user = ([Path(p) for p in spec.get(k, [])] for k in ("lexicons", "allow", "user_dict"))
        paths = deny + allow + user
        now = (files_digest(paths), tables_version(), matcher_cache.CACHE_FORMAT, matcher_cache.code_version())
        if now != (spec["digest"], spec["tables"], spec["format"], spec.get("code")):
            raise SystemExit("lexicon files or text core changed since the server started")
        base = load_files(deny, allow, user)
        lex = effective(base, KeywordState(0, spec["added"], frozenset(spec["removed"])))
        engine = str(spec.get("engine", ENGINE))
        key = matcher_cache.cache_key(lex, engine)
        with _locked(folder / f"{key}.lock"):
            if not matcher_cache.path_for(folder, key).exists():
                matcher_cache.save(folder, key, compile_lexicon(lex, engine))
        keys[app] = key
    return keys


def load_quietly(folder: Path, key: str) -> Matcher | None:
    """The cached matcher ``key`` loaded in small steps (None when absent, foreign, corrupt or not vouched for).

    Between steps the loader sleeps, handing the interpreter lock to the event loop; the new objects
    are moved out of the garbage collector's sight (``gc.freeze``), as at start-up.
    """
    gc.disable()  # no collection walks the half-loaded tables (a full one here stalled requests ~100 ms)
    switch = sys.getswitchinterval()
    sys.setswitchinterval(LOAD_SWITCH_S)  # Python-level parts (Matcher's tables) give way sooner
    try:
        compiled = matcher_cache.load(folder, key, pause=lambda: time.sleep(YIELD_S))
        if compiled is None:
            return None
        matcher = Matcher(compiled, key)
        del compiled
        gc.freeze()
        return matcher
    finally:
        sys.setswitchinterval(switch)
        gc.enable()


def retire(holder: list[Any], wait_s: float = 60.0) -> None:
    """Free the matchers in ``holder`` (its only reference) in slices once nothing else holds them.

    A request or stream that still uses one keeps it whole; after ``wait_s`` it is left to be
    freed by whoever drops it last. Then freed memory goes back to the system.
    """
    while holder:
        old = holder.pop()
        deadline = time.monotonic() + wait_s
        while sys.getrefcount(old) > 2 and time.monotonic() < deadline:  # ``old`` and the argument
            time.sleep(0.2)
        if sys.getrefcount(old) <= 2:
            for big in _big_lists(old):
                while big and sys.getrefcount(big) <= 4:  # the owner, the list of lists, ``big``, the argument
                    del big[-SLICE:]
                    time.sleep(YIELD_S)
        del old
    trim_memory()


def _big_lists(obj: Any, depth: int = 3) -> list[list[Any]]:
    """Large lists reachable from ``obj`` through instance attributes (a few levels deep)."""
    found: list[list[Any]] = []
    seen: set[int] = set()

    def walk(o: Any, d: int) -> None:
        if id(o) in seen or d < 0:
            return
        seen.add(id(o))
        if isinstance(o, list) and len(o) >= BIG:
            found.append(o)
            return
        attrs = getattr(o, "__dict__", None)
        if attrs is not None:
            for v in list(attrs.values()):
                walk(v, d - 1)

    walk(obj, depth)
    return found


def trim_memory() -> None:
    """Give freed heap memory back to the system (glibc ``malloc_trim``; no-op elsewhere).

    Without it the process keeps the high-water mark of every rebuild; ctypes releases the
    interpreter lock during the call.
    """
    name = ctypes.util.find_library("c")
    if not name or not sys.platform.startswith("linux"):
        return
    with suppress(OSError, AttributeError):
        ctypes.CDLL(name).malloc_trim(0)


def main() -> None:
    """Child entry point: a JSON job on stdin, the cache keys as JSON on stdout."""
    libc = ctypes.util.find_library("c")
    if libc and sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):  # end with the server: no orphan compiling for nobody
            ctypes.CDLL(libc).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    with suppress(OSError, AttributeError):  # run only when a core is idle: requests always come first
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    with suppress(OSError, AttributeError):
        os.nice(CHILD_NICE)
    job = json.loads(sys.stdin.buffer.read().decode())
    sys.stdout.write(json.dumps(_child(job)))


if __name__ == "__main__":
    main()
