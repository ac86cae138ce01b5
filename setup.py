"""Build the optional C extensions of the text core (everything else is in pyproject.toml).

``beian.text._fold`` folds text through the FOLD/GAP tables, ``beian.text._acm`` is an
Aho-Corasick automaton over code points and ``beian.text._hits`` does the matcher's per-hit work
(the word-check sweep, window keys, JSON lines). All are plain C against the CPython API (no third-party
headers), built by ``pip install`` with the machine's C compiler. They are optional: where no
compiler is available the build prints a warning and the text core uses its NumPy and
hyperscan/ahocorasick_rs paths, which give the same results more slowly.
"""

from setuptools import Extension, setup

_FLAGS = ["-O3", "-std=c11", "-Wall", "-Wextra", "-Wno-unused-parameter"]

setup(
    ext_modules=[
        Extension("beian.text._fold", ["src/beian/text/native/fold.c"], extra_compile_args=_FLAGS, optional=True),
        Extension("beian.text._acm", ["src/beian/text/native/acm.c"], extra_compile_args=_FLAGS, optional=True),
        Extension("beian.text._hits", ["src/beian/text/native/hits.c"], extra_compile_args=_FLAGS, optional=True),
    ],
)
