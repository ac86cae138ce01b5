"""Open a filing package (folder or .zip) safely, without ever modifying it.

Zip archives are unpacked into a private temporary folder (prefix :data:`TEMP_PREFIX`) that is removed again
whatever happens: when unpacking fails halfway, when the check raises later (``RawPackage.close``).

* Entry names are decoded as the user saw them: UTF-8 when the archive says so, otherwise strict UTF-8,
  then GB18030 (a superset of GBK, written by zip tools on Chinese Windows), then cp437.
* A package whose content sits in one top-level folder (the usual result of zipping a folder) is read
  from inside that folder; ``__MACOSX/``, ``.DS_Store``, ``Thumbs.db`` and Office lock files are ignored.
* Unsafe names (absolute, ``..``, links), names the filesystem refuses, corrupt or encrypted members are
  findings naming the entry; everything else in the package is still read.
* Zip bombs are refused by absolute limits (entries, one member, total) and by the actual size while
  inflating. The compression ratio alone is not a reason: plain text compresses 100-1000:1, and disk use
  is bounded by the absolute limits anyway.

Symlinks in a folder that point outside the package are reported, never followed.
"""

from __future__ import annotations

import errno
import hashlib
import re
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from beian.errors import InputError
from beian.findings import Finding, Severity

# Filing packages hold tens of files; 20,000 entries only happens with generated junk or a bomb that
# multiplies entries. Checked before anything is decoded or written.
MAX_ENTRIES = 20_000
# The largest legitimate member is a scanned PDF or a video demo of a few hundred MB; 1 GB leaves room.
MAX_MEMBER_BYTES = 1024**3
# What unpacking may put on disk at most (declared sizes; the actual size is also enforced while inflating).
MAX_TOTAL_BYTES = 2 * 1024**3
# Prefix of the private temporary folder, so a leftover one is recognisable.
TEMP_PREFIX = "beian-check-"

NOISE_DIRS = frozenset({"__MACOSX"})
NOISE_FILES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})
NOISE_PREFIXES = ("~$", "._")  # Office lock files, macOS AppleDouble files

_ARCHIVE_MAGIC = {b"Rar!\x1a\x07": "RAR", b"7z\xbc\xaf\x27\x1c": "7z"}
_OTHER_ARCHIVES = {".rar": "RAR", ".7z": "7z"}
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_LOCAL_HEADER = struct.Struct("<4s22xHH")
_CHUNK = 1 << 16
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_REPACK = "用系统自带的压缩功能或 7-Zip 重新打包为 .zip 后再检查。"


@dataclass(frozen=True)
class PackageFile:
    """One regular file of the package: its name inside the package and where it lies."""

    rel: str
    path: Path
    size: int

    @property
    def ext(self) -> str:
        """Lower-case extension without the dot."""
        return PurePosixPath(self.rel).suffix.lower().lstrip(".")

    @property
    def name(self) -> str:
        """File name without folders."""
        return PurePosixPath(self.rel).name

    @property
    def stem(self) -> str:
        """File name without folders and extension."""
        return PurePosixPath(self.rel).stem


@dataclass
class RawPackage:
    """The files of a package plus what went wrong while opening it."""

    display: str
    files: list[PackageFile]
    findings: list[Finding] = field(default_factory=list)
    tmpdir: Path | None = None

    def close(self) -> None:
        """Remove the private temporary folder of an unpacked zip."""
        if self.tmpdir is not None:
            shutil.rmtree(self.tmpdir, ignore_errors=True)
            self.tmpdir = None

    def __enter__(self) -> RawPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _EntryProblem(Exception):
    """One zip member cannot be unpacked; becomes a finding, the rest of the package is still read."""

    def __init__(self, code: str, message: str, fix: str) -> None:
        super().__init__(message)
        self.code, self.message, self.fix = code, message, fix


def is_noise(rel: str) -> bool:
    """True for files that archivers and desktops add by themselves (never part of a package)."""
    parts = PurePosixPath(rel).parts
    if not parts:
        return False
    name = parts[-1]
    return (any(p in NOISE_DIRS for p in parts) or name.lower() in NOISE_FILES
            or name.startswith(NOISE_PREFIXES))


def open_package(path: Path) -> RawPackage:
    """Open a folder or a .zip; raise :class:`InputError` when it cannot be read at all."""
    if not path.exists():
        raise InputError(f"找不到材料包：{path}", "请给出材料包文件夹或 .zip 文件的路径。")
    if path.is_dir():
        archive = _only_archive(path)
        return _open_folder(path) if archive is None else open_package(archive)
    head = _head(path)
    kind = next((k for magic, k in _ARCHIVE_MAGIC.items() if head.startswith(magic)), None)
    kind = kind or _OTHER_ARCHIVES.get(path.suffix.lower())
    if kind:
        raise InputError(f"不支持 {kind} 格式的材料包：{path.name}", "请解压后直接检查文件夹，或重新打包为 .zip。")
    if path.suffix.lower() == ".zip" or head.startswith(_ZIP_MAGIC):
        return _open_zip(path)
    raise InputError(f"不支持的材料包格式：{path.name}", "请给出文件夹或 .zip 压缩包。")


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(8)
    except OSError as exc:
        raise InputError(f"无法读取材料包 {path.name}：{exc.strerror}。", "检查文件权限后重试。") from exc


def _finding(code: str, rel: str, message: str, fix: str, sev: Severity = Severity.BLOCKER) -> Finding:
    return Finding(code=code, message=message, severity=sev, source="prereview.package",
                   family="materials", location=rel, fix=fix)


# ---------------------------------------------------------------- folders

def _open_folder(root: Path) -> RawPackage:
    base = _single_subfolder(root)
    base_real = base.resolve()
    pkg = RawPackage(display=str(root), files=[])
    for item in sorted(base.rglob("*")):
        rel = item.relative_to(base).as_posix()
        if is_noise(rel):
            continue
        if item.is_symlink() and not item.resolve().is_relative_to(base_real):
            pkg.findings.append(_finding(
                "materials.symlink_outside", rel, "材料包中的符号链接指向材料包以外的位置，已忽略该文件。",
                "把被链接的文件实际复制进材料包，删除符号链接后再提交。"))
            continue
        if item.is_file():
            pkg.files.append(PackageFile(rel=rel, path=item, size=item.stat().st_size))
    return pkg


def _only_archive(root: Path) -> Path | None:
    """The .zip a folder holds when it holds nothing else (besides noise, maybe inside its one sub-folder): the package
    as uploaded, put in a folder (the sixty-fourth probe's .zip checked as its folder gave eight missing materials)."""
    base = _single_subfolder(root)
    try:
        children = [c for c in base.iterdir() if not is_noise(c.name)]
    except OSError:
        return None
    only = children[0] if len(children) == 1 else None
    return only if only is not None and only.is_file() and only.suffix.lower() == ".zip" else None


def _single_subfolder(root: Path) -> Path:
    """The only sub-folder when it is all the folder holds (besides noise), else ``root``."""
    try:
        children = [c for c in root.iterdir() if not is_noise(c.name)]
    except OSError as exc:
        raise InputError(f"无法读取材料包文件夹 {root}：{exc.strerror}。", "检查文件夹权限后重试。") from exc
    if len(children) == 1 and children[0].is_dir() and not children[0].is_symlink():
        return children[0]
    return root


# ---------------------------------------------------------------- zip archives

@dataclass(frozen=True)
class _Entry:
    info: zipfile.ZipInfo
    name: str  # decoded, "/"-separated, as stored (before the top folder is stripped)

    @property
    def is_dir(self) -> bool:
        return self.name.endswith("/")

    @property
    def parts(self) -> tuple[str, ...]:
        return PurePosixPath(self.name).parts


def _open_zip(path: Path) -> RawPackage:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"无法打开压缩包 {path.name}：文件已损坏或不是 zip 格式。", "请重新打包后再检查。") from exc
    with zf:
        infos = zf.infolist()
        _guard_bomb(infos, path.name)
        entries = [e for e in (_Entry(i, _entry_name(i)) for i in infos) if not is_noise(e.name)]
        top = _top_folder(entries)
        pkg = RawPackage(display=str(path), files=[], tmpdir=Path(tempfile.mkdtemp(prefix=TEMP_PREFIX)))
        try:
            with path.open("rb") as fh:
                for entry in entries:
                    if not entry.is_dir:
                        _extract_one(fh, zf, entry, top, pkg)
        except BaseException:
            pkg.close()
            raise
    pkg.files.sort(key=lambda f: f.rel)
    return pkg


def _entry_name(info: zipfile.ZipInfo) -> str:
    """Decode the name: flag set → UTF-8; else strict UTF-8, then GB18030/GBK, then cp437."""
    if info.flag_bits & 0x800:
        name = info.orig_filename
    else:
        raw = info.orig_filename.encode("cp437")  # zipfile decoded the raw bytes as cp437
        name = _decode_first(raw, ("utf-8", "gb18030", "cp437"))
    return name.replace("\\", "/")


def _decode_first(raw: bytes, encodings: tuple[str, ...]) -> str:
    for encoding in encodings[:-1]:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode(encodings[-1])


def _guard_bomb(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse archives whose declared content is beyond any filing package."""
    fix = "材料包通常只有几十个文件、几百 MB：请检查压缩包内容，或直接检查解压后的文件夹。"
    if len(infos) > MAX_ENTRIES:
        raise InputError(f"压缩包 {name} 有 {len(infos)} 个条目，超过上限 {MAX_ENTRIES} 个，疑似压缩炸弹，已拒绝解压。", fix)
    biggest = max(infos, key=lambda i: i.file_size, default=None)
    if biggest is not None and biggest.file_size > MAX_MEMBER_BYTES:
        raise InputError(
            f"压缩包 {name} 中的 {_entry_name(biggest)} 解压后为 {_size(biggest.file_size)}，"
            f"超过单个文件上限 {_size(MAX_MEMBER_BYTES)}，疑似压缩炸弹，已拒绝解压。", fix)
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise InputError(
            f"压缩包 {name} 解压后共 {_size(total)}，超过上限 {_size(MAX_TOTAL_BYTES)}，疑似压缩炸弹，已拒绝解压。", fix)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} 字节"


def _unsafe_reason(entry: _Entry) -> str | None:
    """Why this entry could write outside the package, or None."""
    name = entry.name
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "绝对路径"
    if ".." in entry.parts:
        return "包含 ../ 的路径"
    if stat.S_ISLNK(entry.info.external_attr >> 16):
        return "符号链接"
    return None


def _top_folder(entries: list[_Entry]) -> str | None:
    """The one folder every (safe) entry lies in, when there is one."""
    safe = [e for e in entries if e.parts and not _unsafe_reason(e)]
    tops = {e.parts[0] for e in safe}
    if len(tops) != 1 or any(len(e.parts) < 2 and not e.is_dir for e in safe):
        return None
    return tops.pop()


def _extract_one(fh: BinaryIO, zf: zipfile.ZipFile, entry: _Entry, top: str | None, pkg: RawPackage) -> None:
    why = _unsafe_reason(entry)
    if why:
        pkg.findings.append(_finding(
            "materials.unsafe_path", entry.name, f"压缩包条目使用了{why}，可能写到材料包以外，已跳过。",
            "用普通的相对路径重新打包（不要包含 ../、绝对路径或符号链接）。"))
        return
    parts = entry.parts[1:] if top is not None else entry.parts
    if not parts:
        return
    rel = "/".join(parts)
    assert pkg.tmpdir is not None
    dest = pkg.tmpdir.joinpath(*parts)
    try:
        if _CONTROL.search(rel):
            raise _EntryProblem("materials.bad_entry_name", "压缩包条目的文件名含有控制字符，无法解压，已跳过。",
                                "改掉文件名中的不可见字符后重新打包。")
        size = _write_entry(fh, zf, entry.info, dest)
    except _EntryProblem as problem:
        loc = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", rel)
        pkg.findings.append(_finding(problem.code, loc, problem.message, problem.fix, Severity.HIGH))
        return
    pkg.files.append(PackageFile(rel=rel, path=dest, size=size))


def _write_entry(fh: BinaryIO, zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path) -> int:
    """Unpack one member to ``dest`` (a new file); a half-written file is removed again."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        out = dest.open("xb")
    except OSError as exc:
        raise _refused(exc, dest) from exc
    with out:
        try:
            return _copy_member(fh, zf, info, out)
        except BaseException:
            out.close()
            dest.unlink(missing_ok=True)
            raise


def _refused(exc: OSError, dest: Path) -> _EntryProblem:
    """The finding for a name the filesystem will not create."""
    code, fix = "materials.bad_entry_name", "修改文件名后重新打包。"
    if exc.errno == errno.ENAMETOOLONG:
        return _EntryProblem(code, "压缩包条目的文件名或文件夹名过长（超过 255 字节），无法解压，已跳过。",
                             "缩短文件名（中文每个字占 3 字节）后重新打包。")
    if exc.errno == errno.EEXIST and dest.is_file():
        return _EntryProblem(code, "压缩包中有同名的条目，只读取了第一个。", "删除重复的文件后重新打包。")
    if exc.errno in (errno.EEXIST, errno.ENOTDIR, errno.EISDIR):
        return _EntryProblem(code, "压缩包条目与同名的文件或文件夹冲突，无法解压，已跳过。", fix)
    return _EntryProblem(code, f"文件系统拒绝写入该压缩包条目（{exc.strerror}），已跳过。", fix)


def _copy_member(fh: BinaryIO, zf: zipfile.ZipFile, info: zipfile.ZipInfo, out: BinaryIO) -> int:
    """Copy one member, checking the actual size against the declared one and the CRC."""
    corrupt = "materials.corrupt_file"
    if info.flag_bits & 0x1:
        raise _EntryProblem("materials.encrypted_file", "压缩包条目设置了密码（已加密），审核方与本工具都无法读取。",
                            "去掉压缩包密码后重新打包。")
    size, crc = 0, 0
    for chunk in _member_chunks(fh, zf, info):
        size += len(chunk)
        if size > info.file_size:
            raise InputError(
                f"压缩包条目 {_entry_name(info)} 解压后超过其声明的大小（{info.file_size} 字节），"
                "压缩包被篡改或是压缩炸弹，已拒绝解压。", "请从原始文件重新打包后再检查。")
        crc = zlib.crc32(chunk, crc)
        out.write(chunk)
    if size != info.file_size:
        raise _EntryProblem(corrupt, "压缩包条目的数据不完整（比声明的小），文件已损坏，已跳过。", _REPACK)
    if crc != info.CRC:
        raise _EntryProblem(corrupt, "压缩包条目的校验和（CRC）不符，文件已损坏，已跳过。", _REPACK)
    return size


def _member_chunks(fh: BinaryIO, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """Decompressed data of one member, in bounded chunks, never trusting the declared size."""
    if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        try:
            yield from _raw_chunks(fh, info)
        except zlib.error as exc:
            raise _EntryProblem("materials.corrupt_file", "压缩包条目的压缩数据已损坏，无法解压，已跳过。",
                                _REPACK) from exc
        return
    yield from _library_chunks(zf, info)


def _raw_chunks(fh: BinaryIO, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """Read a stored or deflated member ourselves, so data beyond the declared size is seen."""
    fh.seek(info.header_offset)
    header = fh.read(_LOCAL_HEADER.size)
    if len(header) < _LOCAL_HEADER.size or _LOCAL_HEADER.unpack(header)[0] != b"PK\x03\x04":
        raise _EntryProblem("materials.corrupt_file", "压缩包条目的文件头已损坏，无法解压，已跳过。", _REPACK)
    _, name_len, extra_len = _LOCAL_HEADER.unpack(header)
    fh.seek(info.header_offset + _LOCAL_HEADER.size + name_len + extra_len)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left = info.compress_size
    while left > 0:
        data = fh.read(min(_CHUNK, left))
        if not data:
            break
        left -= len(data)
        yield from (_inflate(inflater, data) if inflater else (data,))
    if inflater is not None:
        yield from _inflate(inflater, b"")
        if not inflater.eof:
            raise _EntryProblem("materials.corrupt_file", "压缩包条目的压缩数据不完整，文件已损坏，已跳过。", _REPACK)


def _inflate(inflater: zlib._Decompress, data: bytes) -> Iterator[bytes]:
    """Inflate ``data`` in chunks of at most :data:`_CHUNK` bytes (memory stays bounded for bombs)."""
    while not inflater.eof:
        out = inflater.decompress(data, _CHUNK)
        stuck = not out and len(inflater.unconsumed_tail) == len(data)
        data = inflater.unconsumed_tail
        if out:
            yield out
        if stuck or not (out or data):
            return


def _library_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """Other methods (bzip2, lzma) through zipfile, which stops at the declared size."""
    try:
        with zf.open(info) as src:
            while chunk := src.read(_CHUNK):
                yield chunk
    except NotImplementedError as exc:
        raise _EntryProblem("materials.corrupt_file", "压缩包条目使用了不支持的压缩方式，无法解压，已跳过。",
                            _REPACK) from exc
    except Exception as exc:  # any decoder error of one member is that member's finding
        raise _EntryProblem("materials.corrupt_file", "压缩包条目的压缩数据已损坏，无法解压，已跳过。",
                            _REPACK) from exc


def file_digest(path: Path) -> str:
    """SHA-256 of a file's content, read in 1 MiB chunks (cache keys for sheets and OCR results)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
