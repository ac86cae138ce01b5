"""The example package passes, the CLI honours its contract, and nothing is written into the package."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

from typer.testing import CliRunner

from beian.cli import app
from beian.prereview import run_check
from prereview.helpers import EXAMPLE, exit_code

runner = CliRunner()


def _tree_hash(root: Path) -> str:
    h = hashlib.sha1()
    for p in sorted(root.rglob("*")):
        h.update(p.relative_to(root).as_posix().encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def test_example_has_no_high_or_blocker() -> None:
    report = run_check(EXAMPLE)
    bad = [(f.code, f.message) for f in report.findings if f.severity.rank >= 3]
    assert bad == []
    assert report.verdict == "pass" and report.verdict_zh == "可以提交"
    assert report.route == "备案"


def test_example_documents_are_all_recognised() -> None:
    docs = {d["id"]: d["files"] for d in run_check(EXAMPLE).documents}
    for doc_id in ("form", "assessment_report", "service_agreement", "privacy_policy", "annotation_rules",
                   "keyword_list", "test_bank", "data_sources"):
        assert docs[doc_id], doc_id


def test_json_contract_and_exit_code_zero() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["verdict"] == "pass" and data["route"] == "备案" and data["profile"] == "tc260-003-2024"
    keys = {"family", "severity", "code", "message", "location", "evidence", "fix", "force"}
    assert data["findings"] and all(set(f) == keys for f in data["findings"])
    fams = {"materials", "data_sources", "scope", "safety", "consistency", "metrics"}
    assert all(f["family"] in fams for f in data["findings"])


def test_fail_on_low_exits_one() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE), "--format", "json", "--fail-on", "low"])
    assert result.exit_code == 1
    assert json.loads(result.output)["verdict"] == "fail"


def test_output_files_and_package_untouched(tmp_path: Path) -> None:
    before = _tree_hash(EXAMPLE)
    for fmt, marker in (("md", "# 备案材料预审报告"), ("html", "<table>")):
        out = tmp_path / f"r.{fmt}"
        result = runner.invoke(app, ["check", str(EXAMPLE), "--format", fmt, "--output", str(out)])
        assert result.exit_code == 0, result.output
        assert marker in out.read_text(encoding="utf-8")
    assert _tree_hash(EXAMPLE) == before


def test_rich_summary_shows_verdict() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE)])
    assert result.exit_code == 0
    assert "可以提交" in result.output


def test_zip_of_example_passes(tmp_path: Path) -> None:
    import shutil

    archive = shutil.make_archive(str(tmp_path / "pkg"), "zip", EXAMPLE)
    report = run_check(Path(archive))
    assert report.verdict == "pass"
    assert not list(Path(tempfile.gettempdir()).glob("beian-check-*/附件1*"))


def _tool_error(args: list[str]) -> tuple[int, str]:
    """Exit code and everything printed (the CLI prints tool errors as one Chinese line)."""
    result = runner.invoke(app, args)
    text = result.output + (result.stderr if result.stderr_bytes is not None else "")
    return exit_code(result), text


def test_bad_usage_is_exit_code_two(tmp_path: Path) -> None:
    code, text = _tool_error(["check", str(EXAMPLE), "--format", "pdf"])
    assert code == 2 and "不支持的输出格式" in text
    assert _tool_error(["check", str(EXAMPLE), "--fail-on", "huge"])[0] == 2
    code, text = _tool_error(["check", str(tmp_path / "nope")])
    assert code == 2 and "找不到材料包" in text
