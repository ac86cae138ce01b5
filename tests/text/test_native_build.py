"""The C extensions are optional at install time (a machine without a compiler falls back to NumPy and
hyperscan/ahocorasick_rs), so a failed build would only show as skipped tests and a slower scan. CI
sets ``BEIAN_REQUIRE_NATIVE=1`` (``.ci/run``): there they must have been built and be the ones in use."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

REQUIRED = os.environ.get("BEIAN_REQUIRE_NATIVE") == "1"


@pytest.mark.parametrize(("module", "entry"), [("beian.text._fold", "normalize"), ("beian.text._acm", "build"),
                                             ("beian.text._hits", "json_lines")])
def test_the_c_extensions_were_built(module: str, entry: str) -> None:
    try:
        built = importlib.import_module(module)
    except ImportError as exc:
        if REQUIRED:
            pytest.fail(f"{module} 没有编译出来（pip install 时的 C 编译失败）：{exc}")
        pytest.skip(f"{module} 未编译：回退到 NumPy 与 Hyperscan/ahocorasick_rs")
    assert callable(getattr(built, entry, None))  # the real extension, not the build skeleton's placeholder


def test_the_default_engine_is_the_c_automaton(tmp_path: Path) -> None:
    from beian.text.engines import native_available
    from beian.text.matcher import Matcher
    from beian.text.terms import Lexicon, Term

    if not native_available():
        if REQUIRED:
            pytest.fail("beian.text._acm 不可用，默认引擎不是 C 自动机")
        pytest.skip("beian.text._acm 未编译")
    m = Matcher.build(Lexicon(terms=[Term("法轮功")]), cache_dir=tmp_path)
    assert m.engine_name == "native"
    assert [h.matched for h in m.scan("法 轮 功")] == ["法轮功"]
