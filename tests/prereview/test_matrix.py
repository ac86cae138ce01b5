"""The check matrix: packages in several authoring styles, each judged exactly.

A clean package must have no high or blocker finding; a seeded defect must be flagged at
high/blocker in its family and in no other. False alarms fail just as misses do. The
packages come from ``tests/prereview/corpus`` (written from the requirements, not from the
rules).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.corpus import Case, build_all

_CASES: list[Case] = []


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    """Every style's packages, built once for the module."""
    root = tmp_path_factory.mktemp("matrix")
    return {c.id: c for c in build_all(root)}


def _ids() -> list[str]:
    from prereview.corpus import STYLES

    ids = []
    for style in STYLES:
        module = __import__(f"prereview.corpus.{style}", fromlist=["CASE_NAMES"])
        ids += [f"{style}/{n}" for n in getattr(module, "CASE_NAMES", ())]
    return ids


def _serious(case: Case) -> dict[str, list[str]]:
    report = run_check(case.path)
    assert report.route == case.route, f"{case.id}: 路线识别为 {report.route}"
    out: dict[str, list[str]] = {}
    for f in report.findings:
        if f.severity.at_least(Severity.HIGH):
            out.setdefault(f.family or "materials", []).append(f"{f.code}: {f.message}")
    return out


def test_matrix(cases: dict[str, Case]) -> None:
    """Every package of every style gets exactly its expected high/blocker families."""
    wrong = []
    for case in cases.values():
        serious = _serious(case)
        if set(serious) != case.expect:
            wrong.append(f"{case.id}（{case.defect or '无缺陷'}）：期望 {sorted(case.expect)}，得到 "
                         + "；".join(f"{fam}={msgs[:2]}" for fam, msgs in sorted(serious.items())))
    assert not wrong, "\n".join(wrong)


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
