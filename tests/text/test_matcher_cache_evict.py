"""The matcher cache stays under its size limit: least recently used files go first, never the one just written,
one loaded or written by this process, or one used in the last minute."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from beian.text import matcher_cache as M
from beian.text.compiler import compile_lexicon
from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

HOUR = 3600.0


def _lexicon(word: str) -> Lexicon:
    return Lexicon(terms=[Term("色情网站"), Term("法轮功")], allow=[Term(word)])


def _old_cache(folder: Path, n: int, size: int) -> list[Path]:
    """``n`` cache files of ``size`` bytes (and their digests), used 1 ... n hours ago (the first the oldest)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = M.path_for(folder, f"old{i}")
        path.write_bytes(b"x" * size)
        M._digest_path(path).write_text("0" * 64, encoding="ascii")
        when = time.time() - (n - i) * HOUR
        os.utime(path, (when, when))
        paths.append(path)
    return paths


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_writing_over_the_limit_removes_the_least_recently_used(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(M.LIMIT_ENV, "0.5")  # 512 KiB
    old = _old_cache(tmp_path, 4, 200_000)
    key = M.cache_key(_lexicon("色情网站建设规范"), "auto")
    M.save(tmp_path, key, compile_lexicon(_lexicon("色情网站建设规范")))
    new = M.path_for(tmp_path, key)
    left = _files(tmp_path)
    assert new.name in left and M._digest_path(new).name in left  # the file just written stays
    assert old[0].name not in left and M._digest_path(old[0]).name not in left  # the oldest went, with its digest
    assert old[-1].name in left
    assert sum(p.stat().st_size for p in tmp_path.iterdir()) <= 512 * 1024 or len(left) == 2


def test_each_allowlist_edit_keeps_the_folder_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report's case: each edit of an allowlist compiles a new matcher; the folder no longer grows with them."""
    sizes = []
    for i, word in enumerate(["色情网站建设", "色情网站举报", "法轮功问题", "色情网站清理", "法轮功揭批"]):
        Matcher.build(_lexicon(word), cache_dir=tmp_path)
        files = sorted(tmp_path.glob("*.matcher"))
        sizes.append(files[0].stat().st_size)
        for path in files:  # used long ago, and by another process: this one forgets them
            os.utime(path, (time.time() - HOUR * (10 - i), time.time() - HOUR * (10 - i)))
        M._in_use.difference_update(files)
        monkeypatch.setenv(M.LIMIT_ENV, str(2.5 * max(sizes) / (1 << 20)))  # room for two files
    assert len(list(tmp_path.glob("*.matcher"))) == 2
    assert len(list(tmp_path.glob("*.sha256"))) == 2


def test_loading_marks_a_file_used_and_protects_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(M.LIMIT_ENV, "0.5")
    lexicon = _lexicon("色情网站建设规范")
    key = M.cache_key(lexicon, "auto")
    M.save(tmp_path, key, compile_lexicon(lexicon))
    path = M.path_for(tmp_path, key)
    os.utime(path, (time.time() - 100 * HOUR, time.time() - 100 * HOUR))  # older than every file below
    M._in_use.discard(path)
    assert M.load(tmp_path, key) is not None
    assert path.stat().st_mtime > time.time() - 60  # loading made it the most recently used
    _old_cache(tmp_path, 4, 200_000)
    os.utime(path, (time.time() - 100 * HOUR, time.time() - 100 * HOUR))
    M.evict(tmp_path)
    assert path.exists()  # this process loaded it: never removed here


def test_files_used_in_the_last_minute_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(M.LIMIT_ENV, "0.1")
    recent = _old_cache(tmp_path, 3, 100_000)
    for path in recent:
        os.utime(path)  # another process is loading them now
    assert M.evict(tmp_path) == []
    assert all(p.exists() for p in recent)


@pytest.mark.parametrize(("value", "kept"), [("0", 6), ("", 6), ("不是数字", 6)])
def test_limit_zero_or_default_keeps_everything_small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str,
                                                       kept: int) -> None:
    """``0`` turns the limit off; unset or not a number, the default (2 GB) applies."""
    monkeypatch.setenv(M.LIMIT_ENV, value)
    _old_cache(tmp_path, 3, 1000)
    M.evict(tmp_path)
    assert len(_files(tmp_path)) == kept


def test_a_killed_writers_temporary_file_is_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".abc.123.456.tmp"
    fresh = tmp_path / ".def.123.456.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"partial")
    os.utime(stale, (time.time() - 2 * HOUR, time.time() - 2 * HOUR))
    M.evict(tmp_path)
    assert not stale.exists() and fresh.exists()


def test_the_initials_index_goes_with_its_matcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index saved beside a compiled lexicon (beian.text.initial_letter) is removed with it, not left behind."""
    monkeypatch.setenv(M.LIMIT_ENV, "0.5")
    old = _old_cache(tmp_path, 4, 200_000)
    index = tmp_path / f"initials-{old[0].stem}.npz"
    index.write_bytes(b"PK")
    M.save(tmp_path, "new", compile_lexicon(_lexicon("色情网站建设规范")))
    assert not old[0].exists() and not index.exists()
