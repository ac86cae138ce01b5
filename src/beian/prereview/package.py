"""Open a filing package (folder or .zip) safely, without ever modifying it.

Zip archives are unpacked into a private temporary folder after checking every entry:
no absolute names, no ``..``, no links, a cap on total size and on the compression ratio.
Symlinks in a folder that point outside the package are reported, never followed.
"""

from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from beian.errors import InputError
from beian.findings import Finding, Severity

MAX_TOTAL_BYTES = 2 * 1024**3
MAX_RATIO = 200
MAX_ENTRIES = 20000


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


def open_package(path: Path) -> RawPackage:
    """Open a folder or a .zip; raise :class:`InputError` when it cannot be read at all."""
    if not path.exists():
        raise InputError(f"找不到材料包：{path}", "请给出材料包文件夹或 .zip 文件的路径。")
    if path.is_dir():
        return _open_folder(path)
    if path.suffix.lower() == ".zip":
        return _open_zip(path)
    raise InputError(f"不支持的材料包格式：{path.name}", "请给出文件夹或 .zip 压缩包。")


def _unsafe(code: str, rel: str, message: str, fix: str) -> Finding:
    return Finding(
        code=code, message=message, severity=Severity.BLOCKER, source="prereview.package",
        family="materials", location=rel, fix=fix,
    )


def _open_folder(root: Path) -> RawPackage:
    root_real = root.resolve()
    pkg = RawPackage(display=str(root), files=[])
    for item in sorted(root.rglob("*")):
        rel = item.relative_to(root).as_posix()
        if item.is_symlink():
            target = item.resolve()
            if not target.is_relative_to(root_real):
                pkg.findings.append(_unsafe(
                    "materials.symlink_outside", rel,
                    "材料包中的符号链接指向材料包以外的位置，已忽略该文件。",
                    "把被链接的文件实际复制进材料包，删除符号链接后再提交。"))
                continue
        if item.is_file():
            pkg.files.append(PackageFile(rel=rel, path=item, size=item.stat().st_size))
    return pkg


def _check_entry(info: zipfile.ZipInfo) -> str | None:
    """Why this zip entry is unsafe, or None."""
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "绝对路径"
    if ".." in parts:
        return "包含 ../ 的路径"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "符号链接"
    return None


def _entry_name(info: zipfile.ZipInfo) -> str:
    """Decode legacy GBK names that zip tools on Chinese Windows write without the UTF-8 flag."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _guard_bomb(infos: list[zipfile.ZipInfo], name: str) -> None:
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if len(infos) > MAX_ENTRIES or total > MAX_TOTAL_BYTES or total / packed > MAX_RATIO:
        raise InputError(
            f"压缩包 {name} 解压后体积异常（{total} 字节，压缩比 {total / packed:.0f}:1），疑似压缩炸弹，已拒绝解压。",
            "请直接提交材料包文件夹，或检查压缩包是否被篡改。")


def _open_zip(path: Path) -> RawPackage:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"无法打开压缩包 {path.name}：文件已损坏或不是 zip 格式。", "请重新打包后再检查。") from exc
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        _guard_bomb(infos, path.name)
        tmp = Path(tempfile.mkdtemp(prefix="beian-check-"))
        pkg = RawPackage(display=str(path), files=[], tmpdir=tmp)
        for info in infos:
            _extract_one(zf, info, tmp, pkg)
    pkg.files.sort(key=lambda f: f.rel)
    return pkg


def _extract_one(zf: zipfile.ZipFile, info: zipfile.ZipInfo, tmp: Path, pkg: RawPackage) -> None:
    rel = _entry_name(info).replace("\\", "/")
    why = _check_entry(info)
    if why:
        pkg.findings.append(_unsafe(
            "materials.unsafe_path", rel, f"压缩包条目使用了{why}，可能写到材料包以外，已跳过。",
            "用普通的相对路径重新打包（不要包含 ../、绝对路径或符号链接）。"))
        return
    dest = (tmp / rel).resolve()
    if not dest.is_relative_to(tmp.resolve()):
        pkg.findings.append(_unsafe(
            "materials.unsafe_path", rel, "压缩包条目会写到临时目录以外，已跳过。", "用普通的相对路径重新打包。"))
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with zf.open(info) as src, dest.open("wb") as out:
        while chunk := src.read(1 << 20):
            written += len(chunk)
            if written > info.file_size + 1024:
                raise InputError(f"压缩包条目 {rel} 的实际大小超过声明值，疑似压缩炸弹。", "请检查压缩包来源。")
            out.write(chunk)
    pkg.files.append(PackageFile(rel=rel, path=dest, size=written))
