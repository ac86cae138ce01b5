"""Old Word files (.doc): read as python-docx reads the same document saved as .docx, and checked like it.

The fixtures in ``tests/prereview/worddoc`` were saved as Word 97–2003 by LibreOffice (``make_fixtures.py`` there):
``sample.doc`` from ``sample.docx`` (merged cells, tracked changes, a comment, fields, a picture), ``example-*.doc``
from the example package's Word files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import olefile
import pytest

from beian.prereview import run_check
from beian.prereview.extract import Content, _read_docx, extract, has_media
from beian.prereview.package import PackageFile
from beian.prereview.worddoc import WordDocError, read_doc
from prereview.helpers import EXAMPLE, REPORT, pkg  # noqa: F401

HERE = Path(__file__).resolve().parent / "worddoc"
SAMPLE = HERE / "sample.doc"
EXAMPLE_DOCS = sorted(HERE.glob("example-*.doc"))


def _docx(path: Path) -> Content:
    content = Content(file=PackageFile(rel=path.name, path=path, size=path.stat().st_size))
    _read_docx(path, content)
    return content


def _file(path: Path) -> PackageFile:
    return PackageFile(rel=path.name, path=path, size=path.stat().st_size)


def test_sample_reads_as_word_shows_it() -> None:
    """Paragraphs in order, field results without their codes, the tracked deletion gone and the insertion kept."""
    text = read_doc(SAMPLE.read_bytes())
    assert text.paragraphs == [
        "附件1 安全评估报告", "一、评估概况",
        "本报告依据《生成式人工智能服务安全基本要求》（TC260-003）编制，评估对象为“小明助手”。", "1.1 语料安全评估",
        "经评估，结论为符合要求。", "抽样方法见附件5。", "投诉入口：在线投诉页面", "第 1", "第二行\n换行之后",
        "English words and 数字 12345 mixed.",
    ]
    assert text.paragraphs == _docx(HERE / "sample.docx").paragraphs  # the .docx read the same (docxtext)
    assert text.headings == {0: 1, 3: 2}  # Title and heading 2, by the styles' built-in ids
    assert (text.revisions, text.comments, text.pictures) == (2, 1, 1)


def test_sample_table_is_the_docx_table() -> None:
    """A cell of two paragraphs, a horizontal merge repeated per column, a vertical merge repeated down, an empty cell."""
    text = read_doc(SAMPLE.read_bytes())
    assert text.tables == _docx(HERE / "sample.docx").tables
    assert text.tables[0][3] == ["说明", "横向合并的单元格", "横向合并的单元格"]
    assert text.tables[0][2][1:] == ["", "达标\n（抽样 300 题）"]
    assert text.table_anchor == [4]


@pytest.mark.parametrize("doc", EXAMPLE_DOCS, ids=lambda p: p.stem)
def test_example_documents_read_as_their_docx(doc: Path) -> None:
    """Regenerate with ``make_fixtures.py`` when the example package's Word files change."""
    source = EXAMPLE / (doc.stem.removeprefix("example-") + ".docx")
    expected, text = _docx(source), read_doc(doc.read_bytes())
    assert text.paragraphs == expected.paragraphs
    assert text.tables == expected.tables
    assert text.headings == expected.headings
    assert text.table_anchor == expected.table_anchor


def _doc_package(pkg: Path) -> None:  # noqa: F811
    for doc in EXAMPLE_DOCS:
        name = doc.stem.removeprefix("example-")
        (pkg / f"{name}.docx").unlink()
        shutil.copy(doc, pkg / f"{name}.doc")


def test_package_of_doc_files_is_checked_like_docx(pkg: Path) -> None:  # noqa: F811
    """Every Word material as .doc: the same findings as the .docx package, and one low note naming the five."""
    before = {(f.code, f.severity.value, f.message) for f in run_check(pkg).findings}
    _doc_package(pkg)
    report = run_check(pkg)
    notes = [f for f in report.findings if f.code == "materials.missing_document"]
    assert [n.severity.value for n in notes] == ["low"]
    assert "5 份材料" in notes[0].message and "旧版格式（.doc）" in notes[0].message
    after = {(f.code, f.severity.value, f.message.replace(".doc", ".docx")) for f in report.findings if f not in notes}
    assert after == before
    assert report.verdict == "pass"


def test_pictures_in_a_doc_count_as_screenshots() -> None:
    assert has_media(SAMPLE)
    assert not has_media(HERE / "example-附件3 语料标注规则.doc")


def _with_flags(tmp_path: Path, flags: int) -> Path:
    """The sample with the FIB flag word changed (olefile rewrites a stream of the same size in place)."""
    path = tmp_path / "附件1 安全评估报告.doc"
    shutil.copy(SAMPLE, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        word[0x0A:0x0C] = (int.from_bytes(word[0x0A:0x0C], "little") | flags).to_bytes(2, "little")
        ole.write_stream("WordDocument", bytes(word))
    return path


def test_encrypted_doc_is_said(tmp_path: Path) -> None:
    content = extract(_file(_with_flags(tmp_path, 0x0100)))
    assert [f.code for f in content.findings] == ["materials.encrypted_file"]
    assert not content.readable


def test_word95_doc_is_said(tmp_path: Path) -> None:
    path = tmp_path / "旧报告.doc"
    shutil.copy(SAMPLE, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        word[2:4] = (0x65).to_bytes(2, "little")
        ole.write_stream("WordDocument", bytes(word))
    finding = extract(_file(path)).findings[0]
    assert finding.code == "materials.corrupt_file" and "Word 95" in finding.message


@pytest.mark.parametrize("damage", ["truncated", "no_piece_table", "garbage", "excel"])
def test_damaged_doc_is_one_finding(tmp_path: Path, damage: str) -> None:
    """A damaged container, a missing piece table, random bytes, an Excel file named .doc: a finding, never a
    traceback."""
    path = tmp_path / "附件1 安全评估报告.doc"
    data = SAMPLE.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[:4096])
    elif damage == "garbage":
        path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(range(256)) * 20)
    elif damage == "excel":
        shutil.copy(SAMPLE, path)
        with olefile.OleFileIO(str(path), write_mode=True) as ole:
            word = bytearray(ole.openstream("WordDocument").read())
            word[0:2] = b"\x09\x08"  # not the Word signature
            ole.write_stream("WordDocument", bytes(word))
    else:
        shutil.copy(SAMPLE, path)
        with olefile.OleFileIO(str(path), write_mode=True) as ole:
            name = "1Table" if ole.exists("1Table") else "0Table"
            ole.write_stream(name, bytes(len(ole.openstream(name).read())))
    content = extract(_file(path))
    assert [f.code for f in content.findings] == ["materials.corrupt_file"]
    assert not content.readable


def test_reader_raises_its_own_error_on_bytes_that_are_no_ole() -> None:
    with pytest.raises(WordDocError) as info:
        read_doc(b"plain text, not a Word file")
    assert info.value.kind == "not_word"


def test_rtf_named_doc_is_said(tmp_path: Path) -> None:
    """AbiWord and WordPad save RTF under .doc: Word opens it, this tool does not read it."""
    path = tmp_path / "附件3 语料标注规则.doc"
    path.write_bytes(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}}\\f0 \\u35821?\\u26009? \\par}")
    finding = extract(_file(path)).findings[0]
    assert finding.code == "materials.corrupt_file" and "RTF" in finding.message


def test_docx_named_doc_is_read(pkg: Path) -> None:  # noqa: F811
    (pkg / REPORT).rename(pkg / "附件1 安全评估报告.doc")
    content = extract(_file(pkg / "附件1 安全评估报告.doc"))
    assert content.readable and not content.findings
    assert content.paragraphs == _docx(EXAMPLE / REPORT).paragraphs


def test_check_box_form_fields_read_by_their_state() -> None:
    """A 登记表 of legacy form fields: the .doc keeps each check box's state in the Data stream (FFDATA)."""
    text = read_doc((HERE / "formfields.doc").read_bytes())
    assert text.tables == _docx(HERE / "formfields.docx").tables
    assert text.tables[0][1:] == [["模型来源", "□自研  ☑调用已备案模型"], ["是否面向未成年人", "☑否  □是"]]
