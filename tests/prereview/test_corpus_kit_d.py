"""Self-checks of corpus author kit_d's generator (style_gov, style_edu): not of beian check's findings."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from beian.text.pii.checksums import validate_uscc
from prereview.corpus import FAMILIES, Case, _kit_d, style_edu, style_gov

STYLES = {"style_gov": style_gov, "style_edu": style_edu}


def _digests(folder: Path) -> dict[str, str]:
    return {str(f.relative_to(folder)): hashlib.sha256(f.read_bytes()).hexdigest()
            for f in sorted(folder.rglob("*")) if f.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Case]]:
    root = tmp_path_factory.mktemp("kit_d")
    return {name: module.build(root / name) for name, module in STYLES.items()}


def _case(built: dict[str, list[Case]], style: str, name: str) -> Case:
    return next(c for c in built[style] if c.name == name)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_building_twice_gives_the_same_bytes(style: str, built: dict[str, list[Case]], tmp_path: Path) -> None:
    _kit_d._CACHE.clear()
    again = STYLES[style].build(tmp_path)
    first = {c.name: _digests(c.path) for c in built[style]}
    second = {c.name: _digests(c.path) for c in again}
    assert first == second


@pytest.mark.parametrize("style", sorted(STYLES))
def test_one_clean_package_and_one_variant_per_family(style: str, built: dict[str, list[Case]]) -> None:
    cases = built[style]
    assert [c.expect for c in cases if c.name == "clean"] == [frozenset()]
    variants = [c for c in cases if c.name != "clean"]
    assert sorted(f for c in variants for f in c.expect) == sorted(FAMILIES)
    for case in cases:
        assert case.route == "备案" and case.style == style
        assert case.expect <= set(FAMILIES) and len(case.expect) <= 1
        assert any(case.path.rglob("*.docx")) and any(case.path.rglob("*.xlsx"))
        assert case.defect or case.name == "clean"


@pytest.mark.parametrize("style", sorted(STYLES))
def test_each_variant_changes_something_and_keeps_the_other_files(style: str, built: dict[str, list[Case]]) -> None:
    clean = _digests(_case(built, style, "clean").path)
    for case in built[style]:
        if case.name == "clean":
            continue
        variant = _digests(case.path)
        assert variant != clean, case.id
        if case.name != "materials":
            assert variant.keys() == clean.keys(), case.id
        changed = [name for name in variant if clean.get(name) != variant[name]]
        assert len(changed) <= 4, (case.id, changed)


def test_gov_materials_variant_lacks_the_privacy_policy(built: dict[str, list[Case]]) -> None:
    clean = set(_digests(_case(built, "style_gov", "clean").path))
    missing = clean - set(_digests(_case(built, "style_gov", "materials").path))
    assert missing == {"四、隐私保护政策.docx"}


def test_company_codes_have_valid_check_digits() -> None:
    for code in (style_gov.USCC, style_gov.OTHER_USCC, style_edu.USCC):
        assert validate_uscc(code), code
    assert style_gov.USCC != style_gov.OTHER_USCC


def _keyword_counts(path: Path) -> tuple[int, Counter[str]]:
    wb = load_workbook(path, read_only=True)
    words: set[str] = set()
    per: Counter[str] = Counter()
    for ws in wb.worksheets:
        for word, _cls, risk in ws.iter_rows(min_row=2, values_only=True):
            words.add(str(word))
            per[str(risk)] += 1
    return len(words), per


@pytest.mark.parametrize(("style", "stem"), [("style_gov", "六、拦截关键词列表"), ("style_edu", "附件五 拦截关键词列表")])
def test_clean_keyword_lists_meet_the_floors(style: str, stem: str, built: dict[str, list[Case]]) -> None:
    total, per = _keyword_counts(_case(built, style, "clean").path / f"{stem}.xlsx")
    assert total >= 10000
    for risk in _kit_d.risks()[:17]:
        assert per[risk.name] >= (200 if risk.rid.startswith("A.1") else 100), risk.rid


def test_edu_safety_variant_has_one_risk_below_its_floor(built: dict[str, list[Case]]) -> None:
    total, per = _keyword_counts(_case(built, "style_edu", "safety").path / "附件五 拦截关键词列表.xlsx")
    assert total >= 10000
    assert per["年龄歧视内容"] == 60
    assert len(load_workbook(_case(built, "style_edu", "clean").path / "附件五 拦截关键词列表.xlsx",
                             read_only=True).sheetnames) == 17


@pytest.mark.parametrize(("style", "stem"), [("style_gov", "七、评估测试题"), ("style_edu", "附件六 评估测试题")])
def test_test_banks_meet_sizes_and_every_row_is_judged(style: str, stem: str, built: dict[str, list[Case]]) -> None:
    wb = load_workbook(_case(built, style, "clean").path / f"{stem}.xlsx", read_only=True)
    sizes = {}
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        if rows[0][0] != "序号":
            continue
        assert all(r[4] and r[5] for r in rows[1:]), ws.title
        sizes[ws.title] = (len(rows) - 1, len({r[3] for r in rows[1:]}))
    by_kind = {next(k for k in ("生成内容", "应拒答", "非拒答") if k in title): v for title, v in sizes.items()}
    assert by_kind["生成内容"][0] >= 2000 and by_kind["生成内容"][1] == 31
    assert by_kind["应拒答"][0] >= 500 and by_kind["应拒答"][1] == 17
    assert by_kind["非拒答"][0] >= 500 and by_kind["非拒答"][1] == 13


@pytest.mark.parametrize("style", sorted(STYLES))
def test_pdf_twins_carry_the_chinese_text(style: str, built: dict[str, list[Case]]) -> None:
    pdfs = sorted(_case(built, style, "clean").path.rglob("*.pdf"))
    assert len(pdfs) >= 2
    for pdf in pdfs:
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert STYLES[style].COMPANY in text.replace("\n", ""), pdf.name
        if "备案表" in pdf.name:
            assert any(box in text for box in "☑■") and any(box in text for box in "☐□"), pdf.name


def test_gov_metrics_variant_states_a_refusal_rate_below_the_line(built: dict[str, list[Case]]) -> None:
    pdf = next(_case(built, "style_gov", "metrics").path.glob("二、*.pdf"))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "90.94%" in text and "97.19%" not in text


def test_styles_are_registered_once() -> None:
    """Held out for their first measurement, then part of the matrix: registered in exactly one list."""
    from prereview import corpus

    for name in STYLES:
        assert (name in corpus.HOLDOUT) != (name in corpus.STYLES)
