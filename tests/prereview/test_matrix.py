"""The check matrix: packages in several authoring styles, each judged exactly.

A clean package must have no high or blocker finding; a seeded defect must be flagged at
high/blocker in its family and in no other. False alarms fail just as misses do. The
packages come from ``tests/prereview/corpus`` (written from the requirements, not from the
rules).
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.corpus import STYLES, Case

_BUILT: dict[str, list[Case]] = {}


@pytest.fixture(scope="module")
def matrix_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for every style's packages in this module."""
    return tmp_path_factory.mktemp("matrix")


def _style(root: Path, style: str) -> list[Case]:
    """The packages of one style, built once per module (each style is its own test so none nears the timeout)."""
    if style not in _BUILT:
        module = importlib.import_module(f"prereview.corpus.{style}")
        folder = root / style
        folder.mkdir(parents=True, exist_ok=True)
        _BUILT[style] = module.build(folder)
    return _BUILT[style]


def _serious(case: Case) -> tuple[str, dict[str, list[str]]]:
    report = run_check(case.path)
    out: dict[str, list[str]] = {}
    for f in report.findings:
        if f.severity.at_least(Severity.HIGH):
            out.setdefault(f.family or "materials", []).append(f"{f.code}: {f.message}")
    return report.route, out


@pytest.mark.parametrize("style", STYLES)
def test_matrix(style: str, matrix_root: Path) -> None:
    """Every package of the style gets exactly its expected high/blocker families and its route."""
    wrong = []
    for case in _style(matrix_root, style):
        route, serious = _serious(case)
        if set(serious) != case.expect or route != case.route:
            wrong.append(f"{case.id}（{case.defect or '无缺陷'}，路线 {route}）：期望 {sorted(case.expect)}，得到 "
                         + "；".join(f"{fam}={msgs[:2]}" for fam, msgs in sorted(serious.items())))
    assert not wrong, "\n".join(wrong)


@pytest.fixture(scope="module")
def cases(matrix_root: Path) -> dict[str, Case]:
    """Every style's packages."""
    return {c.id: c for style in STYLES for c in _style(matrix_root, style)}


def test_matrix_covers_styles_and_defects(cases: dict[str, Case]) -> None:
    """At least five styles, each with a clean package and defect variants; all three routes present."""
    styles = {c.style for c in cases.values()}
    assert len(styles) >= 5
    for style in styles:
        mine = [c for c in cases.values() if c.style == style]
        assert any(not c.expect for c in mine), style
        assert len({fam for c in mine for fam in c.expect}) >= 3, style
    assert {c.route for c in cases.values()} >= {"备案", "登记", "算法备案"}


def test_matrix_leaves_no_temp_folders(cases: dict[str, Case], tmp_path: Path) -> None:
    """Zipped packages are unpacked into a private folder that is always removed."""
    import tempfile

    zips = [c for c in cases.values() if c.path.suffix == ".zip"]
    assert zips
    before = set(Path(tempfile.gettempdir()).glob("beian-check-*"))
    for case in zips:
        run_check(case.path)
    assert set(Path(tempfile.gettempdir()).glob("beian-check-*")) == before
