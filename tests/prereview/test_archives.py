"""Packages as users make them: zips from Linux/Windows/macOS, one top folder, corrupt members, bombs, temp folders."""

from __future__ import annotations

import struct
import tempfile
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app
from beian.errors import ConfigError, InputError
from beian.prereview import package, run_check
from beian.prereview.package import TEMP_PREFIX, open_package
from prereview.helpers import EXAMPLE, REPORT, SOURCES, exit_code

EXAMPLE_FILES = sorted(p.relative_to(EXAMPLE).as_posix() for p in EXAMPLE.rglob("*") if p.is_file())


# ---------------------------------------------------------------- helpers that write raw zips

def _write(archive: Path, entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(archive, "w", method) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return archive


def _example_entries(prefix: str = "", skip: str = "") -> list[tuple[str, bytes]]:
    return [(prefix + rel, (EXAMPLE / rel).read_bytes()) for rel in EXAMPLE_FILES if rel != skip]


def _raw_names(archive: Path, entries: list[tuple[bytes, bytes]]) -> Path:
    """A zip whose names are the given raw bytes, without the UTF-8 flag (as zip -r or Windows tools write)."""
    placeholders = [(f"N{i:04d}".ljust(len(raw), "_").encode(), raw) for i, (raw, _) in enumerate(entries)]
    assert all(len(raw) >= 5 for raw, _ in entries)
    _write(archive, [(ph.decode(), data) for (ph, _), (_, data) in zip(placeholders, entries)], zipfile.ZIP_STORED)
    blob = archive.read_bytes()
    for ph, raw in placeholders:
        assert blob.count(ph) == 2  # local header and central directory
        blob = blob.replace(ph, raw)
    archive.write_bytes(blob)
    return archive


def _central(blob: bytes) -> Iterator[tuple[int, bytes]]:
    pos = blob.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", blob, pos + 28)[0]
        yield pos, blob[pos + 46:pos + 46 + name_len]
        pos = blob.find(b"PK\x01\x02", pos + 46)


def _patch(archive: Path, name: str, **fields: int) -> None:
    """Change flag/crc/usize of one entry in the central directory (what zipfile and beian trust)."""
    offsets = {"flag": (8, "<H"), "crc": (16, "<I"), "usize": (24, "<I")}
    blob = bytearray(archive.read_bytes())
    pos = next(p for p, raw in _central(bytes(blob)) if raw == name.encode())
    for key, value in fields.items():
        offset, fmt = offsets[key]
        struct.pack_into(fmt, blob, pos + offset, value)
    archive.write_bytes(bytes(blob))


def _rels(path: Path) -> list[str]:
    with open_package(path) as raw:
        return [f.rel for f in raw.files]


def _findings(path: Path) -> dict[str, str]:
    with open_package(path) as raw:
        return {f.location or "": f.code for f in raw.findings}


# ---------------------------------------------------------------- names

def test_linux_zip_utf8_names_without_flag_are_read(tmp_path: Path) -> None:
    archive = _raw_names(tmp_path / "pkg.zip", [(rel.encode("utf-8"), data) for rel, data in _example_entries()])
    with zipfile.ZipFile(archive) as zf:
        assert not any(i.flag_bits & 0x800 for i in zf.infolist())
    assert _rels(archive) == EXAMPLE_FILES
    codes = {f.code for f in run_check(archive).findings}
    assert "materials.missing_document" not in codes


def test_windows_zip_gbk_names_are_read(tmp_path: Path) -> None:
    archive = _raw_names(tmp_path / "pkg.zip", [(rel.encode("gbk"), data) for rel, data in _example_entries()])
    assert _rels(archive) == EXAMPLE_FILES
    report = run_check(archive)
    assert not any(f.code == "materials.missing_document" for f in report.findings)


def test_gb18030_only_names_and_cp437_fallback(tmp_path: Path) -> None:
    archive = _raw_names(tmp_path / "pkg.zip", [
        ("说明𠀀.txt".encode("gb18030"), b"x"),  # a character beyond GBK
        ("café.txt".encode("cp437"), b"y"),     # neither UTF-8 nor GB18030
    ])
    assert sorted(_rels(archive)) == ["café.txt", "说明𠀀.txt"]


def test_flagged_utf8_names_are_read(tmp_path: Path) -> None:
    archive = _write(tmp_path / "pkg.zip", [(REPORT, b"x")])
    with zipfile.ZipFile(archive) as zf:
        assert zf.infolist()[0].flag_bits & 0x800
    assert _rels(archive) == [REPORT]


def test_windows_backslash_inside_gbk_name(tmp_path: Path) -> None:
    # "嘰" is 0x87 0x5C in GBK: its second byte is a backslash and must not split the name.
    archive = _raw_names(tmp_path / "pkg.zip", [("材料\\嘰.txt".encode("gbk"), b"x"), ("说明.txt".encode("gbk"), b"y")])
    assert _rels(archive) == ["材料/嘰.txt", "说明.txt"]


# ---------------------------------------------------------------- one top-level folder and noise

NOISE = [("__MACOSX/材料包/._附件1.docx", b"\0"), ("材料包/.DS_Store", b"\0"), ("材料包/Thumbs.db", b"\0"),
         ("材料包/~$附件1 安全评估报告.docx", b"\0"), ("材料包/其他佐证/.DS_Store", b"\0")]


def test_zip_with_one_top_folder_is_read_from_inside(tmp_path: Path) -> None:
    yaml = (EXAMPLE / "beian.yaml").read_bytes() + b"\nignore: [materials.missing_pair]\n"
    entries = [("材料包/", b""), *_example_entries("材料包/", skip="beian.yaml"), ("材料包/beian.yaml", yaml), *NOISE]
    archive = _write(tmp_path / "材料包.zip", entries)
    assert _rels(archive) == EXAMPLE_FILES
    assert _findings(archive) == {}
    report = run_check(archive)
    assert not any(f.code == "materials.missing_pair" for f in report.findings)  # beian.yaml was used
    assert not any("DS_Store" in (f.location or "") or "MACOSX" in (f.location or "") for f in report.findings)
    sources = next(d["files"] for d in report.documents if d["id"] == "data_sources")
    assert sources == [SOURCES]


def test_folder_with_one_sub_folder_is_read_from_inside(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(EXAMPLE, tmp_path / "outer" / "材料包")
    (tmp_path / "outer" / ".DS_Store").write_bytes(b"\0")
    (tmp_path / "outer" / "材料包" / "~$附件1 安全评估报告.docx").write_bytes(b"\0")
    assert _rels(tmp_path / "outer") == EXAMPLE_FILES
    folder = {(f.code, f.location) for f in run_check(EXAMPLE).findings}
    assert {(f.code, f.location) for f in run_check(tmp_path / "outer").findings} == folder


def test_a_folder_holding_only_the_zip_is_read_as_the_zip(tmp_path: Path) -> None:
    """The package as uploaded, put in a folder (and maybe in one sub-folder of it): checked as the .zip, not as a folder
    missing every material (the sixty-fourth probe)."""
    folder = tmp_path / "送审" / "最终版"
    folder.mkdir(parents=True)
    _write(folder / "材料包.zip", _example_entries("材料包/"))
    (tmp_path / "送审" / ".DS_Store").write_bytes(b"\0")
    assert _rels(tmp_path / "送审") == EXAMPLE_FILES
    assert not [f for f in run_check(tmp_path / "送审").findings if f.code == "materials.missing_document"]


def test_a_zip_beside_other_files_is_no_package(tmp_path: Path) -> None:
    _write(tmp_path / "旧版.zip", _example_entries())
    (tmp_path / "说明.txt").write_text("新版见邮件", encoding="utf-8")
    assert _rels(tmp_path) == ["旧版.zip", "说明.txt"]


def test_two_top_folders_are_kept(tmp_path: Path) -> None:
    archive = _write(tmp_path / "pkg.zip", [("甲/a.txt", b"1"), ("乙/b.txt", b"2")])
    assert _rels(archive) == ["乙/b.txt", "甲/a.txt"]


# ---------------------------------------------------------------- broken members are findings

def _with_example(tmp_path: Path, extra: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> Path:
    return _write(tmp_path / "pkg.zip", [*_example_entries(), *extra], method)


def _still_complete(archive: Path) -> None:
    rels = set(_rels(archive))
    assert set(EXAMPLE_FILES) <= rels
    assert not any(f.code == "materials.missing_document" for f in run_check(archive).findings)


def test_bad_crc_is_a_finding(tmp_path: Path) -> None:
    archive = _with_example(tmp_path, [("其他佐证/坏.txt", "内容".encode())])
    with zipfile.ZipFile(archive) as zf:
        crc = zf.getinfo("其他佐证/坏.txt").CRC
    _patch(archive, "其他佐证/坏.txt", crc=crc ^ 1)
    assert _findings(archive) == {"其他佐证/坏.txt": "materials.corrupt_file"}
    assert "其他佐证/坏.txt" not in _rels(archive)
    _still_complete(archive)


def test_corrupt_deflate_data_is_a_finding(tmp_path: Path) -> None:
    archive = _with_example(tmp_path, [("其他佐证/坏.txt", "".join(map(str, range(5000))).encode())])
    blob = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("其他佐证/坏.txt")
    start = info.header_offset + 30 + len(info.filename.encode()) + 4
    blob[start:start + 40] = b"\xff" * 40
    archive.write_bytes(bytes(blob))
    with open_package(archive) as raw:
        finding = next(f for f in raw.findings)
    assert finding.location == "其他佐证/坏.txt" and "损坏" in finding.message
    _still_complete(archive)


def test_file_and_folder_of_the_same_name(tmp_path: Path) -> None:
    archive = _with_example(tmp_path, [("a", b"file"), ("a/b.txt", b"inside")])
    assert _findings(archive) == {"a/b.txt": "materials.bad_entry_name"}
    _still_complete(archive)


def test_folder_then_file_of_the_same_name(tmp_path: Path) -> None:
    archive = _with_example(tmp_path, [("a/b.txt", b"inside"), ("a", b"file")])
    with open_package(archive) as raw:
        assert [(f.location, f.code) for f in raw.findings] == [("a", "materials.bad_entry_name")]
        assert "冲突" in raw.findings[0].message
    _still_complete(archive)


def test_too_long_name_is_a_finding(tmp_path: Path) -> None:
    long = "长" * 100 + ".txt"  # 304 bytes in UTF-8
    archive = _with_example(tmp_path, [(long, b"x")])
    with open_package(archive) as raw:
        finding = raw.findings[0]
    assert finding.location == long and "过长" in finding.message
    _still_complete(archive)


def test_nul_and_control_characters_in_names(tmp_path: Path) -> None:
    archive = _raw_names(tmp_path / "pkg.zip", [
        *[(rel.encode(), data) for rel, data in _example_entries()],
        (b"bad\x00name.txt", b"x"), (b"tab\tname.txt", b"y")])
    found = _findings(archive)
    assert found == {"bad\\x00name.txt": "materials.bad_entry_name", "tab\\x09name.txt": "materials.bad_entry_name"}
    _still_complete(archive)


def test_duplicate_entry_keeps_the_first(tmp_path: Path) -> None:
    archive = _with_example(tmp_path, [("说明.txt", "第一份".encode()), ("说明.txt", "第二份".encode())])
    with open_package(archive) as raw:
        assert [f.location for f in raw.findings] == ["说明.txt"]
        first = next(f for f in raw.files if f.rel == "说明.txt")
        assert first.path.read_text(encoding="utf-8") == "第一份"


def test_encrypted_member_is_a_finding(tmp_path: Path) -> None:
    archive = _with_example(tmp_path, [("其他佐证/加密.txt", b"x")])
    _patch(archive, "其他佐证/加密.txt", flag=0x801)
    assert _findings(archive) == {"其他佐证/加密.txt": "materials.encrypted_file"}


# ---------------------------------------------------------------- zip bombs

def test_highly_compressible_text_is_not_a_bomb(tmp_path: Path) -> None:
    text = ("第一条 为了促进生成式人工智能健康发展和规范应用，制定本办法。\n" * 60000).encode()
    archive = _write(tmp_path / "语料.zip", [("语料样例.txt", text)])
    assert len(text) / archive.stat().st_size > 250  # above the old 200:1 limit
    with open_package(archive) as raw:
        assert [f.size for f in raw.files] == [len(text)] and raw.findings == []


def test_too_many_entries_says_so(tmp_path: Path) -> None:
    archive = _write(tmp_path / "many.zip", [(f"f{i}.txt", b"") for i in range(20001)], zipfile.ZIP_STORED)
    with pytest.raises(InputError, match="20001 个条目") as info:
        open_package(archive)
    assert "GB" not in info.value.message and "字节" not in info.value.message


def test_huge_member_is_refused(tmp_path: Path) -> None:
    archive = _write(tmp_path / "bomb.zip", [("附件1.txt", b"x" * 10)])
    _patch(archive, "附件1.txt", usize=1024**3 + 1)
    with pytest.raises(InputError, match=r"附件1\.txt.*单个文件上限 1\.0 GB"):
        open_package(archive)


def test_huge_total_is_refused(tmp_path: Path) -> None:
    archive = _write(tmp_path / "bomb.zip", [(f"{i}.txt", b"x" * 10) for i in range(3)])
    for i in range(3):
        _patch(archive, f"{i}.txt", usize=800 * 1024**2)
    with pytest.raises(InputError, match=r"共 2\.3 GB，超过上限 2\.0 GB"):
        open_package(archive)


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_member_larger_than_declared_is_refused(tmp_path: Path, method: int) -> None:
    data = b"\0" * (4 * 1024**2)
    archive = _write(tmp_path / "bomb.zip", [("a.txt", b"ok"), ("b.txt", data)], method)
    _patch(archive, "b.txt", usize=1000, crc=zlib.crc32(data[:1000]))
    with pytest.raises(InputError, match=r"b\.txt 解压后超过其声明的大小"):
        open_package(archive)


# ---------------------------------------------------------------- temporary folders

@pytest.fixture()
def tmpdir_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "system-tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def test_temp_folder_exists_while_open_and_is_removed(tmp_path: Path, tmpdir_root: Path) -> None:
    archive = _with_example(tmp_path, [])
    raw = open_package(archive)
    assert [p.name.startswith(TEMP_PREFIX) for p in tmpdir_root.iterdir()] == [True]
    raw.close()
    run_check(archive)
    assert list(tmpdir_root.iterdir()) == []


def test_temp_folder_removed_when_extraction_fails(tmp_path: Path, tmpdir_root: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    archive = _with_example(tmp_path, [])
    calls: list[int] = []
    real = package._copy_member

    def flaky(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("磁盘故障")
        return real(*args, **kwargs)

    monkeypatch.setattr(package, "_copy_member", flaky)
    with pytest.raises(RuntimeError):
        run_check(archive)
    assert len(calls) == 3 and list(tmpdir_root.iterdir()) == []


def test_temp_folder_removed_when_bomb_found_while_inflating(tmp_path: Path, tmpdir_root: Path) -> None:
    data = b"\0" * (1024**2)
    archive = _with_example(tmp_path, [("zz.txt", data)])
    _patch(archive, "zz.txt", usize=10)
    with pytest.raises(InputError):
        run_check(archive)
    assert list(tmpdir_root.iterdir()) == []


def test_temp_folder_removed_when_check_fails_later(tmp_path: Path, tmpdir_root: Path) -> None:
    entries = [*_example_entries(skip="beian.yaml"), ("beian.yaml", b"facts: [unclosed")]
    archive = _write(tmp_path / "pkg.zip", entries)
    with pytest.raises(ConfigError):
        run_check(archive)
    assert list(tmpdir_root.iterdir()) == []


# ---------------------------------------------------------------- other formats

@pytest.mark.parametrize(("name", "head", "kind"), [
    ("材料包.rar", b"Rar!\x1a\x07\x01\x00", "RAR"), ("材料包.7z", b"7z\xbc\xaf\x27\x1c\x00\x04", "7z"),
    ("材料包.zip", b"Rar!\x1a\x07\x00", "RAR")])
def test_rar_and_7z_are_refused_clearly(tmp_path: Path, name: str, head: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(head + b"\0" * 64)
    with pytest.raises(InputError, match=f"不支持 {kind} 格式") as info:
        open_package(path)
    assert "zip" in (info.value.hint or "")


def test_zip_without_zip_extension_is_opened(tmp_path: Path) -> None:
    archive = _write(tmp_path / "材料包.zip", [(REPORT, b"x")])
    renamed = archive.rename(tmp_path / "材料包-下载")
    assert _rels(renamed) == [REPORT]


def test_package_is_never_modified(tmp_path: Path) -> None:
    archive = _with_example(tmp_path, [("a", b"file"), ("a/b.txt", b"inside")])
    before = archive.read_bytes()
    run_check(archive)
    assert archive.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["pkg.zip"]


# ---------------------------------------------------------------- beian init

runner = CliRunner()


def test_init_on_an_existing_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "材料包.zip"
    target.write_bytes(b"x")
    result = runner.invoke(app, ["init", str(target)])
    assert exit_code(result) == 2
    assert "是一个文件" in result.output and "Traceback" not in result.output
    assert target.read_bytes() == b"x"


def test_init_below_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "文件").write_bytes(b"x")
    result = runner.invoke(app, ["init", str(tmp_path / "文件" / "材料包")])
    assert exit_code(result) == 2 and "是一个文件" in result.output
