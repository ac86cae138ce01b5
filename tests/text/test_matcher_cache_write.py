"""Writing the matcher cache through its C helpers gives the very bytes the plain Python path writes, and
the file loads back to the compiled lexicon."""

from __future__ import annotations

import dataclasses
from pathlib import Path

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
