"""The rule catalogue covers every finding code, cites clauses that exist, and ``check --explain`` prints it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app
from beian.errors import UsageError
from beian.prereview.catalog import entry, explain, force_of, load_catalog
from beian.prereview.rules import RULES
from beian.standard import load_profile
from prereview.helpers import exit_code

runner = CliRunner()
PREREVIEW = Path(__file__).resolve().parents[2] / "src" / "beian" / "prereview"
FILE_LEVEL = ("extract.py", "package.py")
_CODE = re.compile(r'"((?:materials|data_sources|scope|safety|consistency|metrics)\.[a-z_]+)"')
_HEADING = re.compile(r"^\s*(?:(\d+\.\d+)\s*|(\d+(?:\.\d+)?)\s+[\u4e00-\u9fff].*)$")  # "5.1" or "7   安全措施要求"
_TC260 = re.compile(r"^TC260-003 (\d+(?:\.\d+)?)((?: [a-z]\))?)((?: \d+\))?)$")


def _declared_codes() -> set[str]:
    return {code for rule in RULES for code in rule.codes}


def _emitted_codes() -> set[str]:
    """Codes written as literals anywhere in prereview, less rule ids and vocabulary keys (``compiled(...)``)."""
    rule_ids = {rule.id for rule in RULES} - _declared_codes()
    lines = [line for p in PREREVIEW.rglob("*.py") for line in p.read_text(encoding="utf-8").splitlines()]
    found = {m.group(1) for line in lines if "compiled(" not in line for m in _CODE.finditer(line)}
    return found - rule_ids


def _file_level_codes() -> set[str]:
    return {m.group(1) for name in FILE_LEVEL for m in _CODE.finditer((PREREVIEW / name).read_text(encoding="utf-8"))}


def test_every_declared_rule_code_has_an_entry() -> None:
    missing = _declared_codes() - set(load_catalog().rules)
    assert not missing, f"rules.yaml 缺少条目：{sorted(missing)}"


def test_every_file_level_code_has_a_file_entry() -> None:
    codes = _file_level_codes()
    assert {"materials.corrupt_file", "materials.encrypted_file", "materials.unsafe_path"} <= codes
    assert {code: force_of(code) for code in codes} == dict.fromkeys(codes, "文件")


def test_every_emitted_code_has_an_entry_and_no_stale_entries() -> None:
    emitted = _emitted_codes()
    assert "safety.keyword_suspicious" in emitted
    assert emitted == set(load_catalog().rules)


def test_entries_are_complete_chinese_text() -> None:
    for code, e in load_catalog().rules.items():
        assert e.title and e.checks and e.fix and e.clauses, code
        assert re.search(r"[\u4e00-\u9fff]", e.checks + e.fix), code
        if e.parts:
            assert e.force == _strongest([p.force for p in e.parts]), code


def _strongest(forces: list[str]) -> str:
    return next(f for f in ("应", "宜", "实践", "文件") if f in forces)


def _sections(text: str) -> dict[str, str]:
    """Clause number → the text of that clause up to the next heading."""
    lines = text.splitlines()
    starts = [(i, m.group(1) or m.group(2)) for i, line in enumerate(lines)
              if "...." not in line and (m := _HEADING.match(line))]
    out: dict[str, str] = {}
    for (i, num), nxt in zip(starts, [*starts[1:], (len(lines), "")], strict=True):
        out.setdefault(num, "\n".join(lines[i:nxt[0]]))
    return out


def _clause_exists(sections: dict[str, str], clause: str) -> bool:
    m = _TC260.match(clause)
    assert m, f"条款格式应为“TC260-003 8.1 b) 2)”：{clause}"
    body = sections.get(m.group(1))
    if body is None or not m.group(2):
        return body is not None
    letter = m.group(2).strip()[0] + "）"
    at = body.find(letter)
    if at < 0:
        return False
    if not m.group(3):
        return True
    nxt = re.search(r"\n\s*[a-z]）", body[at + 2:])
    item = body[at: at + 2 + nxt.start()] if nxt else body[at:]
    return m.group(3).strip()[0] + "）" in item


@pytest.fixture(scope="module")
def tc260_sections(shared_data: Path) -> dict[str, str]:
    path = shared_data.parent / "docs" / "sources" / "TC260-003.txt"
    assert path.is_file(), f"缺少 {path}"
    return _sections(path.read_text(encoding="utf-8"))


def test_every_cited_tc260_clause_exists(tc260_sections: dict[str, str]) -> None:
    cited = {c for e in load_catalog().rules.values() for c in (*e.clauses, *(c for p in e.parts for c in p.clauses))}
    tc260 = sorted(c for c in cited if c.startswith("TC260-003"))
    assert len(tc260) > 30
    missing = [c for c in tc260 if not _clause_exists(tc260_sections, c)]
    assert not missing, missing


def test_clause_checker_rejects_clauses_that_do_not_exist(tc260_sections: dict[str, str]) -> None:
    assert _clause_exists(tc260_sections, "TC260-003 9.1 d) 4)")
    assert _clause_exists(tc260_sections, "TC260-003 7 g) 3)")
    for bogus in ("TC260-003 8.5", "TC260-003 8.1 d)", "TC260-003 9.1 d) 5)", "TC260-003 7 c) 3)"):
        assert not _clause_exists(tc260_sections, bogus), bogus


def test_recommended_clauses_are_the_size_floors() -> None:
    assert force_of("safety.keyword_total") == "宜"
    assert force_of("safety.bank_total") == "宜"
    assert force_of("materials.report_signatures") == "应"
    assert force_of("materials.missing_pair") == "实践"
    per_risk = entry("safety.keyword_per_risk")
    assert {p.force for p in per_risk.parts} == {"应", "宜"}


def test_explain_renders_force_numbers_and_doc_page() -> None:
    text = explain("safety.keyword_total")
    assert "TC260-003 8.1 a)" in text
    assert "推荐性条款：按 TC260-003 9.1 d) 4) 不影响评估报告的总体结论，但审核实践中普遍要求达到" in text
    assert "10000" in text and "quotas.keywords_total" in text
    assert "docs/rules/safety.md" in text


def test_explain_reads_numbers_from_the_profile_not_the_catalogue() -> None:
    profile = load_profile()
    assert f"{profile.operations['log_retention_months'].value:g}" in explain("safety.log_retention", profile)
    assert "不低于 96%" in explain("metrics.below_line") and "不高于 5%" in explain("metrics.below_line")


def test_unknown_code_lists_close_matches() -> None:
    with pytest.raises(UsageError) as info:
        explain("safety.keyword_totl")
    assert "safety.keyword_total" in (info.value.hint or "")


def test_check_explain_known_code_needs_no_path() -> None:
    result = runner.invoke(app, ["check", "--explain", "data_sources.sampling"])
    assert result.exit_code == 0, result.output
    assert "TC260-003 5.1 a) 1)" in result.output and "效力：应" in result.output
    assert "5%" in result.output


def test_check_explain_unknown_code_is_a_usage_error() -> None:
    result = runner.invoke(app, ["check", "--explain", "scope.overbroud"])
    assert exit_code(result) == 2
    assert "scope.overbroad" in result.output


def test_check_without_path_is_still_a_usage_error() -> None:
    assert exit_code(runner.invoke(app, ["check"])) == 2


def test_every_code_is_documented_with_its_force_on_its_doc_page() -> None:
    root = PREREVIEW.parents[2]
    for code, e in load_catalog().rules.items():
        page = root / e.doc_page
        lines = page.read_text(encoding="utf-8").splitlines() if page.is_file() else []
        rows = [line for line in lines if line.startswith("| `") and f"`{code}`" in line.split("|")[1]]
        assert rows, f"{e.doc_page} 没有 {code}"
        assert f"| {e.force}" in rows[0], f"{e.doc_page} 中 {code} 的效力不是 {e.force}"
