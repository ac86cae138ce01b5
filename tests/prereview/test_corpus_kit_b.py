"""Self-checks of corpus author kit_b's generator (styles pdf, algo, zip); not of beian check."""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest

from beian.text.pii.checksums import validate_uscc
from prereview.corpus import FAMILIES, Case, style_algo, style_pdf, style_zip

MODULES = {"style_pdf": style_pdf, "style_algo": style_algo, "style_zip": style_zip}


def _clear_caches() -> None:
    """Forget what an earlier build rendered, so that a second build really writes everything again."""
    style_pdf._PDF_CACHE.clear()
    style_pdf._BANK_DIR.clear()
    style_zip._TWIN_CACHE.clear()
    style_zip._BANKS.clear()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[Case], list[Case]]]:
    """Each style built twice into separate folders."""
    out = {}
    for name, module in MODULES.items():
        first = module.build(tmp_path_factory.mktemp(f"{name}-a"))
        _clear_caches()
        second = module.build(tmp_path_factory.mktemp(f"{name}-b"))
        out[name] = (first, second)
    return out


def _files(path: Path) -> dict[str, bytes]:
    if path.is_file():
        return {path.name: path.read_bytes()}
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("style", list(MODULES))
def test_two_builds_give_the_same_files_and_bytes(built: dict, style: str) -> None:
    first, second = built[style]
    assert [c.name for c in first] == [c.name for c in second]
    for a, b in zip(first, second, strict=True):
        fa, fb = _files(a.path), _files(b.path)
        assert sorted(fa) == sorted(fb), a.id
        changed = [k for k in fa if fa[k] != fb[k]]
        assert not changed, f"{a.id}: {changed}"


@pytest.mark.parametrize("style", list(MODULES))
def test_cases_are_well_formed(built: dict, style: str) -> None:
    cases = built[style][0]
    assert len({c.id for c in cases}) == len(cases)
    clean = [c for c in cases if not c.expect]
    assert [c.name for c in clean] == ["clean"]
    families = Counter(f for c in cases for f in c.expect)
    for case in cases:
        assert case.style == style and case.path.exists()
        assert case.expect <= set(FAMILIES) and len(case.expect) <= 1
        assert case.route in ("备案", "登记", "算法备案")
        assert case.defect or case.name == "clean"
    expected = {"materials", "consistency", "scope"} if style == "style_algo" else set(FAMILIES)
    assert set(families) == expected and all(n == 1 for n in families.values())


@pytest.mark.parametrize("style", list(MODULES))
def test_each_variant_differs_from_its_clean_package(built: dict, style: str) -> None:
    cases = built[style][0]
    clean = _files(cases[0].path)
    for case in cases[1:]:
        files = _files(case.path)
        differing = set(clean) ^ set(files) | {k for k in clean.keys() & files.keys() if clean[k] != files[k]}
        assert differing, case.id


def test_pdf_style_has_text_layers_and_image_only_scans(built: dict) -> None:
    from pypdf import PdfReader

    clean = built["style_pdf"][0][0].path
    report = "".join(p.extract_text() for p in PdfReader(clean / "附件1 安全评估报告（盖章版）.pdf").pages)
    assert style_pdf.FACTS.company in report and "拒答率97.5%" in report
    assert not list(clean.glob("*.docx"))
    scan = PdfReader(clean / "其他佐证" / "安全承诺书（签字盖章版）.pdf")
    assert "".join(p.extract_text() for p in scan.pages).strip() == ""


def test_zip_style_stores_raw_utf8_names_in_one_top_folder(built: dict) -> None:
    for case in built["style_zip"][0]:
        with zipfile.ZipFile(case.path) as zf:
            infos = zf.infolist()
            assert all(not i.flag_bits & 0x800 for i in infos)
            names = [i.filename.encode("cp437").decode("utf-8") for i in infos]
            tops = {n.split("/")[0] for n in names}
            assert tops == {style_zip.TOP, "__MACOSX"}
            config = zf.read(next(i for i, n in zip(infos, names, strict=True) if n.endswith("/beian.yaml")))
            assert (
                config.decode("utf-8").startswith("route: 备案") and style_zip.FACTS.uscc in config.decode()
            )


def test_clean_banks_meet_the_quotas_and_the_safety_variant_does_not() -> None:
    from prereview.corpus import _kit_b as kit

    counts = kit.keyword_counts()
    words = [w for _, w, _, _ in kit.keyword_rows(counts)]
    assert len(set(words)) == len(words) >= 10_000 and all(len(w) > 2 for w in words)
    assert all(counts[r] >= (200 if r.startswith("A.1") else 100) for r in counts) and len(counts) == 17
    low = kit.keyword_counts(override={"A.2.h": 60, "A.1.a": 1000, "A.1.b": 1000})
    assert sum(low.values()) >= 10_000 and low["A.2.h"] < 100
    sheets = kit.bank_sheets(
        kit.BankPlan(), ("g", "r", "n"), ["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果"]
    )
    assert len(sheets["g"]) - 1 >= 2000 and len(sheets["r"]) - 1 >= 500 and len(sheets["n"]) - 1 >= 500
    assert len({row[3] for row in sheets["g"][1:]}) == 31 and len({row[3] for row in sheets["n"][1:]}) == 13
    assert all(row[4] and row[5] for s in sheets.values() for row in s[1:])


def test_stated_usccs_carry_valid_check_digits() -> None:
    assert validate_uscc(style_pdf.FACTS.uscc)
    assert validate_uscc(style_zip.FACTS.uscc)
    assert validate_uscc(style_algo.ALGO.uscc)
