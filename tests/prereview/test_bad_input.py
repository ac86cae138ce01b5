"""Corrupt, encrypted, macro, scanned and oddly-encoded files; unsafe archives and symlinks."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from beian.errors import InputError
from beian.prereview import run_check
from beian.prereview.extract import decode_bytes, extract
from beian.prereview.package import PackageFile
from prereview.helpers import EXAMPLE, KEYWORDS, REPORT


def _codes(path: Path) -> dict[str, str]:
    return {f.code: f.location for f in run_check(path).findings}


def _file(path: Path) -> PackageFile:
    return PackageFile(rel=path.name, path=path, size=path.stat().st_size)


def test_corrupt_docx_is_one_root_cause(pkg: Path) -> None:
    """An unreadable report is reported once; nothing that depended on reading it cascades."""
    (pkg / REPORT).write_bytes(b"PK\x03\x04 this is not really a word file")
    findings = run_check(pkg).findings
    serious = {f.code for f in findings if f.severity.rank >= 3}
    assert serious == {"materials.corrupt_file"}
    assert {f.location for f in findings if f.code == "materials.corrupt_file"} == {REPORT}


def test_encrypted_office_file_is_a_finding(pkg: Path) -> None:
    (pkg / REPORT).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert _codes(pkg)["materials.encrypted_file"] == REPORT


def test_garbage_xlsx_is_a_finding(pkg: Path) -> None:
    (pkg / KEYWORDS).write_bytes(os.urandom(2048))
    finding = next(f for f in run_check(pkg).findings if f.code == "materials.corrupt_file")
    assert finding.location == KEYWORDS and "损坏" in finding.message


def test_macro_file_is_flagged_and_not_read(pkg: Path) -> None:
    shutil.copy(pkg / KEYWORDS, pkg / "附件4 拦截关键词列表.xlsm")
    (pkg / KEYWORDS).unlink()
    codes = _codes(pkg)
    assert codes["materials.macro_file"].endswith(".xlsm")
    assert "materials.missing_document" in codes


def test_pdf_without_text_layer_is_called_a_scan(pkg: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with (pkg / "附件1 安全评估报告.pdf").open("wb") as fh:
        writer.write(fh)
    report = run_check(pkg)
    scan = next(f for f in report.findings if f.code == "materials.scanned_pdf")
    assert "扫描件" in scan.message
    pair = [f for f in report.findings if f.code == "materials.missing_pair" and "安全评估报告" in f.message]
    assert pair == []  # Word + PDF of the same name are one document


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "数据溯源清单.csv"
    path.write_bytes("数据集名称,语言\n中文维基百科,中文\n".encode(encoding))
    content = extract(_file(path))
    assert content.sheets["数据溯源清单"][1] == ["中文维基百科", "中文"]
    assert content.findings == []


def test_undecodable_text_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "说明.txt"
    path.write_bytes(b"\x81\xff\xfe\x00\x81" * 20)
    assert decode_bytes(path.read_bytes()) is None
    assert extract(_file(path)).findings[0].code == "materials.unreadable_encoding"


def test_zip_with_traversal_entry_is_skipped(tmp_path: Path) -> None:
    archive = tmp_path / "pkg.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in EXAMPLE.rglob("*"):
            if p.is_file():
                zf.write(p, p.relative_to(EXAMPLE).as_posix())
        zf.writestr("../../evil.txt", "x")
        zf.writestr("/etc/evil.txt", "x")
    report = run_check(archive)
    unsafe = [f for f in report.findings if f.code == "materials.unsafe_path"]
    assert len(unsafe) == 2 and all(f.severity.value == "blocker" for f in unsafe)
    assert not (tmp_path.parent / "evil.txt").exists()
    assert report.verdict == "fail"


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("附件1 安全评估报告.txt", b"\0" * 1024)
    blob = bytearray(archive.read_bytes())
    central = blob.rfind(b"PK\x01\x02")
    blob[central + 24:central + 28] = (3 * 1024**3).to_bytes(4, "little")  # declares 3 GB of zeros
    archive.write_bytes(bytes(blob))
    with pytest.raises(InputError, match="压缩炸弹"):
        run_check(archive)


def test_corrupt_zip_is_an_input_error(tmp_path: Path) -> None:
    archive = tmp_path / "broken.zip"
    archive.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="损坏"):
        run_check(archive)


def test_symlink_outside_is_not_followed(pkg: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("outside", encoding="utf-8")
    (pkg / "其他佐证" / "链接.txt").symlink_to(secret)
    finding = next(f for f in run_check(pkg).findings if f.code == "materials.symlink_outside")
    assert finding.location == "其他佐证/链接.txt"


def test_broken_beian_yaml_is_a_config_error(pkg: Path) -> None:
    from beian.errors import ConfigError

    (pkg / "beian.yaml").write_text("facts: [unclosed", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"beian\.yaml"):
        run_check(pkg)


def test_example_reminds_of_signed_pdfs() -> None:
    lows = [f for f in run_check(EXAMPLE).findings if f.code == "materials.missing_pair"]
    assert lows and all(f.severity.value == "low" for f in lows)


def test_document_recognised_from_its_title(pkg: Path) -> None:
    (pkg / REPORT).rename(pkg / "终稿-20260101.docx")
    report = run_check(pkg)
    docs = {d["id"]: d["files"] for d in report.documents}
    assert docs["assessment_report"] == ["终稿-20260101.docx"]
    assert not any(f.code == "materials.missing_document" for f in report.findings)


def test_old_doc_format_is_named(pkg: Path) -> None:
    """A Word material named .doc is read (here a .docx renamed) and the old format named, low: Word is what is asked."""
    (pkg / "附件2.2 隐私保护政策.docx").rename(pkg / "附件2.2 隐私保护政策.doc")
    report = run_check(pkg)
    finding = next(f for f in report.findings if f.code == "materials.missing_document")
    assert ".doc" in finding.message and finding.location == "附件2.2 隐私保护政策.doc"
    assert finding.severity.value == "low" and report.verdict == "pass"
