"""Per-app matchers: lexicon files, the database's add/remove log, and how changes go live.

A change acts at once through an overlay (:mod:`beian.gateway.overlay`); a full rebuild runs in
the background (:mod:`beian.gateway.rebuild`) and swaps base and overlay in one assignment.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from beian.gateway.overlay import KeywordState, admin_term, effective, overlaid, small_matcher
from beian.gateway.rebuild import (
    ENGINE,
    compile_in_child,
    files_digest,
    job_for,
    load_quietly,
    retire,
    trim_memory,
)
from beian.log import get_logger, swallowed
from beian.text import matcher_cache
from beian.text.lexicon import load_allowlist, load_lexicons, load_user_dict
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon

LOG = get_logger("gateway")
REBUILD_DELAY_S = 2.0  # a full rebuild starts once the change log has been quiet this long
RETRY_S = 30.0
KEEP_REBUILDS = 2


def load_files(paths: list[Path], allow: list[Path], user_dict: list[Path] | None = None) -> Lexicon:
    """Load an app's deny lists, allowlists and user dictionaries (words for the word-boundary check)."""
    lex = load_lexicons(list(paths)) if paths else Lexicon()
    for p in allow:
        lex.allow.extend(load_allowlist(p))
    for p in user_dict or []:
        lex.user_words.extend(load_user_dict(p))
    return lex


def with_overlay(base: Lexicon, added: dict[str, str | None], removed: set[str]) -> Lexicon:
    """``base`` minus removed terms plus added ones (a new object; base is untouched)."""
    return effective(base, KeywordState(0, added, frozenset(removed)))


START_ENGINE = "auto"  # before the server takes requests: one database, the fastest to scan


def compile_lexicon(lex: Lexicon, engine: str | None = None) -> Matcher:
    """The matcher for ``lex`` (an empty lexicon gives a matcher that finds nothing), compiled with
    ``engine`` (default: as at start-up: the C automaton, else one hyperscan database)."""
    return Matcher.build(lex, engine=engine or START_ENGINE)


AppFiles = tuple[list[Path], list[Path], list[Path]]  # deny lists, allowlists, user dictionaries


class LiveLexicons:
    """Every app's live matcher, always current with the last :meth:`apply`-ed keyword state.

    ``live[app]`` is a compiled matcher, or one with an overlay while a full rebuild is pending.
    Replacing ``live`` is a single assignment, so a reader sees the old or the new state whole.
    """

    def __init__(self, files: dict[str, AppFiles], warm: Callable[[dict[str, Any]], None] | None = None,
                 rebuild_delay_s: float = REBUILD_DELAY_S, engine: str | None = None,
                 start_engine: str | None = None) -> None:
        self.files = files
        # With the C automaton (the default where it built) start-up and swapped-in matchers are the same:
        # it loads without the interpreter lock. Where only hyperscan is available, matchers built before
        # the server takes requests are one database (fastest scans) and a matcher swapped in while it
        # serves is loaded in shards (``engine``), so no request waits on one long deserialisation.
        self.engine = engine or ENGINE
        self.digests = {name: files_digest(lex + allow + user) for name, (lex, allow, user) in files.items()}
        self.bases = {name: load_files(lex, allow, user) for name, (lex, allow, user) in files.items()}
        self.base_matchers: dict[str, Any] = {name: compile_lexicon(b, start_engine or START_ENGINE)
                                              for name, b in self.bases.items()}
        self.built = KeywordState()  # what the base matchers were compiled for
        self.state = KeywordState()  # what is live
        self.live: dict[str, Any] = dict(self.base_matchers)
        self.rebuild_delay_s = rebuild_delay_s
        self.rebuilds = 0  # full rebuilds swapped in
        self._warm = warm
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._folder: Path | None = None
        self._ours: list[str] = []
        for base in self.bases.values():  # load what compiling an overlay needs (pinyin tables) before serving
            small_matcher([admin_term("预热词条", None)], base)
        trim_memory()  # a cold start compiled in this process: give that garbage back now, not while serving

    # ------------------------------------------------------------ overlay
    def apply(self, state: KeywordState) -> None:
        """Make ``state`` live now (an overlay on the compiled matchers) and schedule a full rebuild."""
        with self._lock:
            live = {name: overlaid(self.base_matchers[name], self.bases[name], self.built, state)
                    for name in self.bases}
            if self._warm is not None:
                self._warm(live)
            self.live, self.state = live, state
        if not self._same(state, self.built):
            self._schedule()

    @staticmethod
    def _same(a: KeywordState, b: KeywordState) -> bool:
        return dict(a.added) == dict(b.added) and a.removed == b.removed

    @property
    def up_to_date(self) -> bool:
        """Whether the live matchers are full builds (no overlay) of the live state."""
        return self._same(self.state, self.built)

    # ------------------------------------------------------------ rebuild
    def _schedule(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="beian-keyword-rebuild", daemon=True)
            self._thread.start()
        self._wake.set()

    def close(self) -> None:
        """Stop the rebuild thread (a running child compile finishes on its own)."""
        self._stop.set()
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait()
            self._wake.clear()
            if self._stop.is_set() or not self._quiet():
                return
            target = self.state
            if self._same(target, self.built):
                continue
            try:
                self.rebuild(target)
            except Exception as exc:  # keep serving with the overlay; try again later
                swallowed(LOG, "关键词全量重建失败，继续使用增量叠加的匹配器", exc, version=target.version)
                if self._stop.wait(RETRY_S):
                    return
                self._wake.set()

    def _quiet(self) -> bool:
        """Wait until the live state has not changed for ``rebuild_delay_s`` (False: stopping)."""
        while True:
            seen = self.state.version
            if self._stop.wait(self.rebuild_delay_s):
                return False
            if self.state.version == seen:
                return True

    def folder(self) -> Path:
        """Where the child writes compiled matchers: the matcher cache, or a private folder."""
        if self._folder is None:
            self._folder = matcher_cache.default_cache() or Path(tempfile.mkdtemp(prefix="beian-rebuild-"))
        return self._folder

    def rebuild(self, target: KeywordState) -> None:
        """Compile every app for ``target`` in a child process, load the results, swap them in."""
        folder = self.folder()
        jobs = {name: job_for(lex, allow, dict(target.added), set(target.removed), self.digests[name], user,
                              self.engine) for name, (lex, allow, user) in self.files.items()}
        keys = compile_in_child(jobs, folder)  # refuses when the files or the text core changed since start
        fresh: dict[str, Any] = {}
        for name, key in keys.items():
            matcher = load_quietly(folder, key)
            if matcher is None:
                raise RuntimeError("全量重建的匹配器无法读取")
            matcher.use_context(self.bases[name])  # context rules are not compiled: taken from the lexicon again
            fresh[name] = matcher
        if self._warm is not None:
            self._warm(fresh)
        with self._lock:
            holder = list(self.base_matchers.values())
            live = {name: overlaid(fresh[name], self.bases[name], target, self.state) for name in self.bases}
            if self._warm is not None:
                self._warm(live)
            self.base_matchers, self.built, self.live = fresh, target, live
            self.rebuilds += 1
        del fresh, live
        self._forget_old(keys.values(), folder)
        retire(holder)

    def _forget_old(self, keys: Any, folder: Path) -> None:
        """Delete this process's older rebuild outputs (each is a full compiled lexicon)."""
        self._ours += [k for k in keys if k not in self._ours]
        while len(self._ours) > KEEP_REBUILDS * max(len(self.files), 1):
            path = matcher_cache.path_for(folder, self._ours.pop(0))
            path.unlink(missing_ok=True)
            path.with_name(path.name + ".sha256").unlink(missing_ok=True)
