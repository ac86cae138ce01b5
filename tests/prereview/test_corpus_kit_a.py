"""Self-checks of corpus author kit_a's package generator (not of beian check's findings)."""

from __future__ import annotations

import hashlib
import importlib
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from beian.text.pii.checksums import validate_uscc
from prereview.corpus import FAMILIES, Case

STYLES = ("style_consultancy", "style_prose", "style_register")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Case]]:
    """Each of kit_a's styles built once."""
    root = tmp_path_factory.mktemp("kit_a")
    return {s: importlib.import_module(f"prereview.corpus.{s}").build(root / s) for s in STYLES}


def _digests(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _clean(cases: list[Case]) -> Case:
    return next(c for c in cases if not c.expect)


def test_building_twice_gives_the_same_files_and_bytes(tmp_path: Path) -> None:
    """Same file names and same bytes on every run (fixed dates, seeds and zip timestamps)."""
    module = importlib.import_module("prereview.corpus.style_register")
    module.build(tmp_path / "a")
    module.build(tmp_path / "b")
    first, second = _digests(tmp_path / "a"), _digests(tmp_path / "b")
    assert first and first.keys() == second.keys()
    assert first == second


def test_cases_are_well_formed(built: dict[str, list[Case]]) -> None:
    """One clean package per style, one family per variant, folders that exist and hold files."""
    for style, cases in built.items():
        assert len({c.name for c in cases}) == len(cases)
        assert sum(1 for c in cases if not c.expect) == 1, style
        for case in cases:
            assert case.style == style and case.route in ("备案", "登记")
            assert case.path.is_dir() and any(case.path.rglob("*.xlsx")), case.id
            assert set(case.expect) <= set(FAMILIES) and len(case.expect) <= 1, case.id
            assert bool(case.expect) == bool(case.defect), case.id
        assert {fam for c in cases for fam in c.expect} >= {"materials", "scope", "safety", "consistency",
                                                            "metrics"}
        assert not (cases[0].path.parent / "_cache").exists()


def test_every_variant_differs_from_its_clean_package(built: dict[str, list[Case]]) -> None:
    """A variant that equals the clean package would test nothing."""
    for cases in built.values():
        clean = _digests(_clean(cases).path)
        for case in cases:
            if case.expect:
                assert _digests(case.path) != clean, case.id


def _keyword_counts(path: Path) -> tuple[int, Counter]:
    book = openpyxl.load_workbook(path, read_only=True)
    words: set[str] = set()
    per_class: Counter = Counter()
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            if row[1] and row[0] not in ("关键词", None) and row[0] not in words:
                words.add(row[0])
                per_class[row[2]] += 1
    return len(words), per_class


def test_clean_keyword_lists_meet_the_quotas_and_the_short_one_does_not(built: dict[str, list[Case]]) -> None:
    """≥ 10,000 distinct multi-character keywords, ≥ 100 in each of the 17 categories; the seeded one is short."""
    for cases in built.values():
        clean = _clean(cases)
        total, per_class = _keyword_counts(next(clean.path.glob("*关键词*.xlsx")))
        assert total >= 10_000 and len(per_class) == 17 and min(per_class.values()) >= 100, clean.id
    short = next(c for c in built["style_consultancy"] if c.name == "safety")
    assert _keyword_counts(next(short.path.glob("*关键词*.xlsx")))[0] < 10_000


def test_clean_test_banks_have_the_three_banks_answered_and_judged(built: dict[str, list[Case]]) -> None:
    """Generated ≥ 2,000 over 31 risks, should-refuse ≥ 500, non-refuse ≥ 500 over 13 aspects."""
    floors = {"生成内容": (2000, 31), "应拒答": (500, 17), "非拒答": (500, 13)}
    for cases in built.values():
        book = openpyxl.load_workbook(next(_clean(cases).path.glob("*测试题*.xlsx")), read_only=True)
        seen = set()
        for sheet in book.worksheets:
            kind = next(k for k in floors if k in sheet.title)
            rows = [r for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]
            assert all(r[4] and r[5] for r in rows)
            assert len(rows) >= floors[kind][0] and len({r[3] for r in rows}) == floors[kind][1], sheet.title
            seen.add(kind)
        assert seen == set(floors)


def test_uscc_is_valid_and_the_consistency_variant_states_a_second_one(built: dict[str, list[Case]]) -> None:
    """The clean packages' USCC passes GB 32100; the consultancy mismatch is a different valid code."""
    from prereview.corpus.style_consultancy import FACTS

    for style in STYLES:
        facts = importlib.import_module(f"prereview.corpus.{style}").FACTS
        assert validate_uscc(facts.uscc), style
    case = next(c for c in built["style_consultancy"] if c.name == "consistency")
    agreement = _docx_text(next(case.path.glob("附件2 *.docx")))
    assert FACTS.uscc not in agreement and "统一社会信用代码" in agreement


def test_pdf_twins_carry_the_chinese_text(built: dict[str, list[Case]]) -> None:
    """Each Word document's PDF twin has a text layer pypdf can read back."""
    clean = _clean(built["style_prose"])
    for word in clean.path.glob("*.docx"):
        twin = word.with_suffix(".pdf")
        text = "".join(page.extract_text() for page in PdfReader(twin).pages)
        first_heading = _docx_text(word).splitlines()[0]
        assert first_heading and first_heading in text.replace("\n", ""), twin.name
