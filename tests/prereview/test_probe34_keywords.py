"""Keyword variants (the thirty-fourth probe, defect 2): a list of 10,460 rows of which 2,995 were other rows with a
space, ``*`` or ``-`` inserted (冰毒 / 冰 毒 / 冰*毒) was counted as 10,460 and passed. The matcher reads such a row as
the same keyword, so the total counts it once, as ``beian lexicon stats`` does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from beian.findings import Finding
from beian.prereview import run_check
from beian.prereview.extract import Content
from beian.prereview.package import PackageFile
from beian.prereview.rules.banks import VARIANT_NOTE_MIN, keyword_findings
from beian.standard import Profile, load_profile
from prereview.helpers import EXAMPLE, KEYWORDS, pkg  # noqa: F401 - the example package fixture

HEADER = ["关键词", "一级分类", "二级分类"]
STYLES: list[Callable[[str], str]] = [
    lambda t: f"{t[0]} {t[1:]}",  # a space after the first character
    lambda t: f"{t[:2]}*{t[2:]}",  # an asterisk
    lambda t: f"{t[0]}-{t[1:]}",  # a hyphen
    lambda t: f"{t[0]}　{t[1:]}",  # a full-width space
    lambda t: f"{t[:-1]} * {t[-1]}",  # spaced asterisk before the last character
    lambda t: f"{t[0]}丨{t[1:]}",  # the bar filler
]


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile()


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    """The example package's keyword rows (10,225, above the total)."""
    ws = openpyxl.load_workbook(str(EXAMPLE / KEYWORDS), read_only=True)["关键词"]
    return [[str(c or "") for c in r] for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]


def _findings(profile: Profile, body: list[list[str]]) -> dict[str, list[Finding]]:
    content = Content(file=PackageFile(KEYWORDS, EXAMPLE / KEYWORDS, 0), sheets={"关键词": [HEADER, *body]})
    out: dict[str, list[Finding]] = {}
    for f in keyword_findings(content, profile):
        out.setdefault(f.code, []).append(f)
    return out


def _han(text: str) -> bool:
    """Three or more Chinese characters only (a symbol inserted between ASCII letters is not a variant)."""
    return len(text) >= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _variants(rows: list[list[str]], n: int) -> list[list[str]]:
    """``n`` rows written again in the probe's styles (each a variant of a different row)."""
    picked = [r for r in rows if _han(r[0])][:n]
    return [[STYLES[i % len(STYLES)](r[0]), r[1], r[2]] for i, r in enumerate(picked)]


def test_variants_padding_a_list_past_the_total_are_a_high(profile: Profile, rows: list[list[str]]) -> None:
    kept = rows[:8000]
    found = _findings(profile, kept + _variants(kept, 2500))  # 10,500 rows, 8,000 keywords
    total = found["safety.keyword_total"]
    assert len(total) == 1 and total[0].severity.value == "high"
    assert "拦截关键词共 10500 个（去除插入符号、空格等写法变体后 8000 个），少于 10000 个" in total[0].message
    assert total[0].evidence and "”与“" in total[0].evidence


@pytest.mark.parametrize("style", range(len(STYLES)))
def test_each_writing_style_is_a_variant(profile: Profile, rows: list[list[str]], style: int) -> None:
    kept = rows[:9000]
    extra = [[STYLES[style](r[0]), r[1], r[2]] for r in kept if _han(r[0])][:1500]
    found = _findings(profile, kept + extra)
    assert any("变体后 9000 个" in f.message and f.severity.value == "high" for f in found["safety.keyword_total"])


def test_genuinely_different_terms_still_count(profile: Profile, rows: list[list[str]]) -> None:
    """English phrases, a letter apart, a doubled character, a range, traditional characters: not variants."""
    quota = int(profile.quota("keywords_total"))
    pairs = [(f"kill people {i}", f"killpeople {i}") for i in range(60)] + \
            [(f"冰毒{c}{i}", f"冰毒{d}{i}") for i in range(60) for c, d in [("a", "b")]] + \
            [(f"带套{i}", f"带套套{i}") for i in range(60)] + \
            [(f"3-{i}岁以上不要", f"3{i}岁以上不要") for i in range(60)] + \
            [(f"賭場{i}號", f"赌场{i}号") for i in range(60)]
    extra = [[t, "包含违反社会主义核心价值观的内容", "其他法律、行政法规禁止的内容"] for pair in pairs for t in pair]
    body = rows[:quota - len(extra)] + extra  # exactly the total, with 300 such pairs
    found = _findings(profile, body)
    assert "safety.keyword_total" not in found, [f.message for f in found.get("safety.keyword_total", [])]


def test_many_variants_in_a_list_that_meets_the_total_are_a_low(profile: Profile, rows: list[list[str]]) -> None:
    found = _findings(profile, rows + _variants(rows, 30))
    total = found["safety.keyword_total"]
    assert [f.severity.value for f in total] == ["low"]
    assert "有 30 个只是其他词条插入空格、符号等的写法变体" in total[0].message
    assert "去除后共 10225 个" in total[0].message and "”与“" in total[0].message


def test_a_few_variants_in_a_list_that_meets_the_total_are_not_reported(profile: Profile,
                                                                        rows: list[list[str]]) -> None:
    found = _findings(profile, rows + _variants(rows, VARIANT_NOTE_MIN - 1))
    assert "safety.keyword_total" not in found


def test_exact_duplicates_keep_their_message(profile: Profile, rows: list[list[str]]) -> None:
    found = _findings(profile, rows[:7000] + rows[:3500])
    assert [f.message.split("。")[0] for f in found["safety.keyword_total"]] == ["拦截关键词共 7000 个（去重后），少于 10000 个"]


def test_the_package_check_counts_variants_once(pkg: Path) -> None:  # noqa: F811
    wb = openpyxl.load_workbook(str(pkg / KEYWORDS))
    ws = wb["关键词"]
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    ws.delete_rows(2, ws.max_row)
    kept = body[:7500]
    for row in kept + _variants([[str(v) for v in r] for r in kept], 3000):
        ws.append(row)
    wb.save(str(pkg / KEYWORDS))
    messages = [f"{f.severity.value} {f.message}" for f in run_check(pkg).findings if f.code == "safety.keyword_total"]
    assert any(m.startswith("high") and "共 10500 个（去除插入符号、空格等写法变体后 7500 个）" in m for m in messages)
