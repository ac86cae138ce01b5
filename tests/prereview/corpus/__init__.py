"""A corpus of filing packages in several independent authoring styles, for the check matrix.

Each style module exposes ``build(root: Path) -> list[Case]``: it writes a clean package and
one variant per defect kind under ``root`` (deterministically: same bytes on every run) and
returns one :class:`Case` per package. The styles are written from the requirements
(``../shared/docs/requirements.md``, the standard's text), never from beian's rule code, so
that the matrix tests the checker on packages it was not written against.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FAMILIES = ("materials", "data_sources", "scope", "safety", "consistency", "metrics")


@dataclass(frozen=True)
class Case:
    """One package of the matrix and what a correct pre-review says about it.

    ``expect`` is the exact set of families that must have at least one high or blocker
    finding: empty for a clean package, one family for a seeded defect.
    """

    style: str
    name: str
    path: Path
    route: str
    expect: frozenset[str]
    defect: str = ""

    @property
    def id(self) -> str:
        """``style/name`` for test ids and benchmark rows."""
        return f"{self.style}/{self.name}"


STYLES = ("style_consultancy", "style_prose", "style_register", "style_pdf", "style_algo", "style_zip",
          "style_bank", "style_startup", "style_gov", "style_edu")
# Styles written after the checker was last tuned: measured once by ``bench/check_matrix.py --holdout`` before
# any change made for them, then moved into STYLES (style_gov and style_edu were held out on 2026-12-03; their
# first measurement is in BENCHMARKS.md). Put the next new styles here.
HOLDOUT: tuple[str, ...] = ()


def build_all(root: Path, styles: tuple[str, ...] = STYLES) -> list[Case]:
    """Every style's packages under ``root`` (one sub-folder per style)."""
    import importlib

    cases: list[Case] = []
    for style in styles:
        module = importlib.import_module(f"prereview.corpus.{style}")
        folder = root / style
        folder.mkdir(parents=True, exist_ok=True)
        cases.extend(module.build(folder))
    return cases
