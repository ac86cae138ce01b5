"""What a newcomer sees: no library noise on stderr, Chinese hints that name real commands, clean tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _beian(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BEIAN_DEBUG": ""}
    return subprocess.run([sys.executable, "-m", "beian", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)


def test_broken_pdf_in_a_package_makes_no_library_noise(tmp_path: Path) -> None:
    package = tmp_path / "材料包"
    package.mkdir()
    (package / "附件2 模型服务协议.pdf").write_bytes(b"hello world, not a pdf")
    (package / "附件3 语料标注规则.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n")
    quiet = _beian("check", str(package), cwd=tmp_path)
    assert "pdf header" not in quiet.stderr and "EOF marker" not in quiet.stderr
    loud = _beian("check", str(package), "--debug", cwd=tmp_path)
    assert "EOF marker" in loud.stderr  # --debug keeps the libraries' own messages


def test_complaints_without_config_names_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["complaints", "list"])
    assert result.exit_code == 2
    assert "beian complaints list --config gateway.yaml" in result.output
    assert "admin mode" not in result.output


def test_serve_check_warns_without_a_lexicon() -> None:
    result = runner.invoke(app, ["serve", "--config", str(REPO / "examples" / "gateway.yaml"), "--check"])
    assert result.exit_code == 0
    assert "没有配置关键词库" in result.output


def test_serve_check_warns_without_a_producer_code(tmp_path: Path) -> None:
    """The 101st probe: with no service provider code the implicit label's two code fields are empty, and --check
    said the configuration was valid without a word."""
    import yaml

    cfg = yaml.safe_load((REPO / "examples" / "gateway.yaml").read_text(encoding="utf-8"))
    cfg.setdefault("label", {}).pop("producer_code", None)
    bare = tmp_path / "gateway.yaml"
    bare.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(app, ["serve", "--config", str(bare), "--check"])
    assert result.exit_code == 0 and "producer_code" in result.output
    cfg["label"]["producer_code"] = "001191110102MAD55U9H0F10002"
    bare.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(app, ["serve", "--config", str(bare), "--check"])
    assert result.exit_code == 0 and "producer_code" not in result.output


def test_bank_stats_hint_names_no_missing_option(tmp_path: Path) -> None:
    bad = tmp_path / "题库.csv"
    bad.write_bytes(b"id,question,category\n1,\xff\xfe\x80abc,A.1.a\n")
    result = runner.invoke(app, ["bank", "stats", str(bad)])
    assert result.exit_code == 2
    assert "--errors" not in result.output and "UTF-8" in result.output


def test_utf16_text_is_not_taken_for_mp3(tmp_path: Path) -> None:
    from beian.labels.core import file_format

    path = tmp_path / "说明.txt"
    path.write_text("本内容由人工智能生成", encoding="utf-16")
    assert file_format(path) == "text"
    result = runner.invoke(app, ["label", "read", str(path)])
    assert "MP3" not in result.output.split("（")[0]


def test_runtime_databases_are_ignored_by_git() -> None:
    out = subprocess.run(["git", "check-ignore", "examples/beian-audit.db", "examples/litellm/beian-audit.db-wal"],
                         cwd=REPO, capture_output=True, text=True, check=False).stdout.split()
    assert out == ["examples/beian-audit.db", "examples/litellm/beian-audit.db-wal"]
    tracked = subprocess.run(["git", "ls-files", "examples"], cwd=REPO, capture_output=True, text=True,
                             check=False).stdout
    assert ".db" not in tracked


def _docx_with_unreferenced_part(path: Path) -> None:
    import io
    import zipfile

    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/customXml/item9.xml" '
                                    b'ContentType="application/xml"/></Types>')
            out.writestr(info, data)
        out.writestr("customXml/item9.xml", "<data>业务系统写入的数据</data>")


def test_label_write_keeps_unreferenced_docx_parts(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "报告.docx"
    _docx_with_unreferenced_part(path)
    result = runner.invoke(app, ["label", "write", str(path), "--producer", "001191110102MAD55U9H0F10002"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(path) as zf:
        assert zf.read("customXml/item9.xml").decode() == "<data>业务系统写入的数据</data>"
        assert b"/customXml/item9.xml" in zf.read("[Content_Types].xml")
    read = runner.invoke(app, ["label", "read", str(path)])
    assert read.exit_code == 0 and "001191110102MAD55U9H0F10002" in read.output


def test_library_logs_are_quiet_but_beian_warnings_are_not() -> None:
    code = ("import logging\nfrom beian import cli\ncli.quiet_libraries()\n"
            "logging.getLogger('pypdf').warning('invalid pdf header')\n"
            "logging.getLogger('beian.gateway').warning('审计数据库不可用')\n")
    env = {**os.environ, "BEIAN_DEBUG": ""}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert "invalid pdf header" not in result.stderr
    assert "注意：审计数据库不可用" in result.stderr
