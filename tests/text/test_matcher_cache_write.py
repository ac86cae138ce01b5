"""Writing the matcher cache through its C helpers gives the very bytes the plain Python path writes, and
the file loads back to the compiled lexicon."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from beian.text import matcher_cache as M
from beian.text.compiler import compile_lexicon
from beian.text.terms import Lexicon, Term, VariantOptions

TERMS = ["法轮功", "法法轮轮功功", "色情网站", "重庆重庆", "安妮妮", "falun gong", "衣裳衣裳", "一", "", "银行行长"]


def _lexicon() -> Lexicon:
    return Lexicon(terms=[Term(t, category="政治" if i % 2 else None, source="x.txt", line=i)
                          for i, t in enumerate(TERMS)],
                   allow=[Term("法轮大法好吗")], options=VariantOptions(homophone=True))


def test_cache_bytes_do_not_depend_on_the_c_helpers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = compile_lexicon(_lexicon(), "native")
    M.save(tmp_path / "c", "k", compiled)
    monkeypatch.setattr(M, "native", lambda name, module="_fold": None)
    M.save(tmp_path / "py", "k", compiled)
    written = M.path_for(tmp_path / "c", "k").read_bytes()
    assert written == M.path_for(tmp_path / "py", "k").read_bytes()
    assert M._digest_path(M.path_for(tmp_path / "c", "k")).read_text() == \
        M._digest_path(M.path_for(tmp_path / "py", "k")).read_text()
    loaded = M.load(tmp_path / "c", "k")
    assert loaded is not None
    for f in dataclasses.fields(compiled.table):
        a, b = getattr(loaded.table, f.name), getattr(compiled.table, f.name)
        assert (a.tolist() == b.tolist()) if isinstance(b, np.ndarray) else a == b, f.name
    assert [s.term for s in loaded.skipped] == [s.term for s in compiled.skipped] and loaded.skipped
    assert loaded.main.sorted_patterns == compiled.main.sorted_patterns
    assert any(len(r) > 1 and max(r) > 1 for r in compiled.table.pinyin_runs + compiled.table.runs)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_large_matcher_is_written_in_the_background_never_half_visible(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """save_later returns before the file is written; until it is complete no cache file is there (only a
    hidden temporary one); load() of that key waits for it; the bytes are those save() writes."""
    compiled = compile_lexicon(_lexicon(), "native")
    M.save(tmp_path / "now", "k", compiled)
    monkeypatch.setattr(M, "BACKGROUND_PATTERNS", 1)
    started, release = threading.Event(), threading.Event()
    write = M._write

    def slow_write(key: str, compiled: Any, fh: Any) -> None:
        started.set()
        release.wait(10)
        write(key, compiled, fh)

    monkeypatch.setattr(M, "_write", slow_write)
    M.save_later(tmp_path / "later", "k", compiled)
    assert started.wait(10)
    assert not any(name.endswith(".matcher") or name.endswith(".sha256") for name in _files(tmp_path / "later"))
    threading.Timer(0.2, release.set).start()
    loaded = M.load(tmp_path / "later", "k")  # waits for the writer
    assert loaded is not None and loaded.main.sorted_patterns == compiled.main.sorted_patterns
    assert _files(tmp_path / "later") == ["k.matcher", "k.matcher.sha256"]
    assert M.path_for(tmp_path / "later", "k").read_bytes() == M.path_for(tmp_path / "now", "k").read_bytes()


def test_a_small_matcher_is_written_at_once(tmp_path: Path) -> None:
    M.save_later(tmp_path, "k", compile_lexicon(_lexicon(), "native"))
    assert _files(tmp_path) == ["k.matcher", "k.matcher.sha256"]


def test_the_background_write_is_finished_before_the_interpreter_exits(tmp_path: Path) -> None:
    """A program that builds a large matcher and ends at once still leaves the whole cache file behind."""
    script = textwrap.dedent(f"""
        from pathlib import Path
        from beian.text import matcher_cache as M
        from beian.text.matcher import Matcher
        from beian.text.terms import Lexicon, Term
        M.BACKGROUND_PATTERNS = 1
        write = M._write
        def slow_write(*args):
            import time
            time.sleep(0.5)
            write(*args)
        M._write = slow_write
        m = Matcher.build(Lexicon(terms=[Term("法轮功"), Term("色情网站")]), cache_dir=Path({str(tmp_path)!r}))
        print(m.key)
    """)
    key = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout.strip()
    assert _files(tmp_path) == [f"{key}.matcher", f"{key}.matcher.sha256"]
    loaded = M.load(tmp_path, key)
    assert loaded is not None and "法轮功" in loaded.main.sorted_patterns


def test_the_cache_key_does_not_depend_on_the_c_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """The C helper writes the very bytes the key hashes in Python (the key stays the same), and leaves any
    term whose fields are not plain str/None/bool to the Python path (which also refuses what it did before)."""
    class Label(str):
        pass

    lexicons = [_lexicon(), Lexicon(terms=[Term("法轮功", category=Label("政治"), always_block=True)]),
                Lexicon(terms=[Term("色情", risk="A1", source="s.txt")], allow=[Term("色情片段", always_block=True)])]
    surrogate = Lexicon(terms=[Term("a\udc80b")])
    key_fields = M.native("key_fields")
    if key_fields is not None:
        assert key_fields(lexicons[1].terms, M._KEY_FIELDS, "always_block") is None
        assert key_fields(surrogate.terms, M._KEY_FIELDS, "always_block") is None
    written = [M._term_fields(lex.terms) for lex in lexicons]
    keys = [M.cache_key(lex, "auto") for lex in lexicons]
    monkeypatch.setattr(M, "native", lambda name, module="_fold": None)
    assert [M._term_fields(lex.terms) for lex in lexicons] == written
    assert [M.cache_key(lex, "auto") for lex in lexicons] == keys and len(set(keys)) == 3
    assert b"None\x1f" in written[0] and written[2].endswith("色情\x1fNone\x1fA1\x1fs.txt\x1f0\x1e".encode())
    with pytest.raises(UnicodeEncodeError):
        M.cache_key(surrogate, "auto")


def test_a_matcher_whose_engine_is_still_compiling_is_written_once_built(tmp_path: Path) -> None:
    compiled = compile_lexicon(_lexicon(), "native", wait=False)
    M.save(tmp_path, "k", compiled)
    loaded = M.load(tmp_path, "k")
    assert loaded is not None and loaded.main.engine.name == compiled.main.engine.name != "pending"
    assert loaded.main.engine.find("法轮功", np.zeros(0, dtype=np.uint32))[0].size
