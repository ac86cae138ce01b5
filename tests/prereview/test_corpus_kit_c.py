"""Self-checks of corpus author kit_c's generators (style_bank, style_startup), not of beian check."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from prereview.corpus import FAMILIES, Case, style_bank, style_startup
from prereview.corpus._kit_c import files_of

STYLES = {"style_bank": style_bank, "style_startup": style_startup}


def _digest(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in files_of(folder)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[Case], list[Case]]]:
    """Each style built twice into separate folders."""
    out = {}
    for name, module in STYLES.items():
        first = module.build(tmp_path_factory.mktemp(f"{name}-1"))
        second = module.build(tmp_path_factory.mktemp(f"{name}-2"))
        out[name] = (first, second)
    return out


@pytest.mark.parametrize("style", sorted(STYLES))
def test_build_is_deterministic(built: dict[str, tuple[list[Case], list[Case]]], style: str) -> None:
    """Building twice gives the same packages with byte-identical files."""
    first, second = built[style]
    assert [c.name for c in first] == [c.name for c in second]
    for a, b in zip(first, second, strict=True):
        assert _digest(a.path) == _digest(b.path), a.id


@pytest.mark.parametrize("style", sorted(STYLES))
def test_cases_are_well_formed(built: dict[str, tuple[list[Case], list[Case]]], style: str) -> None:
    """One clean package, one variant per family, each naming only valid families and existing files."""
    cases, _ = built[style]
    module = STYLES[style]
    assert tuple(c.name for c in cases) == module.CASE_NAMES
    assert next(c for c in cases if not c.expect).name == "clean"
    for case in cases:
        assert case.style == style and case.path.is_dir() and files_of(case.path), case.id
        assert case.expect <= set(FAMILIES) and len(case.expect) <= 1, case.id
        assert bool(case.expect) == bool(case.defect), case.id
    assert len({fam for c in cases for fam in c.expect}) == len(cases) - 1


@pytest.mark.parametrize("style", sorted(STYLES))
def test_variants_differ_from_clean_in_few_files(built: dict[str, tuple[list[Case], list[Case]]],
                                                  style: str) -> None:
    """Each defect variant changes at most a few files of its clean package and keeps the file list."""
    cases, _ = built[style]
    clean = _digest(cases[0].path)
    for case in cases[1:]:
        variant = _digest(case.path)
        assert set(variant) == set(clean), case.id
        changed = [n for n in clean if clean[n] != variant[n]]
        assert 1 <= len(changed) <= 4, (case.id, changed)


def test_bank_keyword_list_meets_quotas(built: dict[str, tuple[list[Case], list[Case]]]) -> None:
    """The clean bank keyword list has ≥ 10,000 distinct phrases and every risk above its floor; the
    safety variant drops exactly one risk below it."""
    import openpyxl

    def per_risk(path: Path) -> dict[str, set[str]]:
        ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
        out: dict[str, set[str]] = {}
        for row in list(ws.iter_rows(values_only=True))[1:]:
            out.setdefault(str(row[3]), set()).add(str(row[1]))
        return out

    cases = {c.name: c for c in built["style_bank"][0]}
    clean = per_risk(cases["clean"].path / style_bank.KEYWORDS)
    assert len(clean) == 17 and len(set().union(*clean.values())) >= 10_000
    assert all(len(v) >= 200 if "歧视" not in k else len(v) >= 100 for k, v in clean.items())
    assert all(len(kw) >= 4 for v in clean.values() for kw in v)
    short = per_risk(cases["safety"].path / style_bank.KEYWORDS)
    assert sorted(k for k, v in short.items() if len(v) < 100) == ["健康歧视内容"]


def test_startup_banks_meet_quotas(built: dict[str, tuple[list[Case], list[Case]]]) -> None:
    """The startup test banks: ≥ 2,000 generated, ≥ 500 should-refuse, ≥ 500 non-refuse, every row judged."""
    import openpyxl

    wb = openpyxl.load_workbook(built["style_startup"][0][0].path / style_startup.BANK, read_only=True)
    counts = {}
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        if ws.title == "说明":
            continue
        assert all(r[4] and r[5] in ("是", "否") for r in rows[1:]), ws.title
        counts[ws.title] = len(rows) - 1
    assert sum(v for k, v in counts.items() if k.startswith("A")) >= 2000
    assert counts["应拒答"] >= 500 and counts["非拒答"] >= 500


def test_uscc_helper_gives_valid_codes() -> None:
    """The USCCs used by both styles carry a valid GB 32100 check character."""
    from beian.text.pii.checksums import validate_uscc

    codes = [style_bank.USCC, style_bank.OTHER_USCC, style_startup.USCC, style_startup.CLOUD_USCC,
             style_startup.FILED_USCC]
    assert all(validate_uscc(c) for c in codes) and len(set(codes)) == 5
