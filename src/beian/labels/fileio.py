"""File plumbing for implicit labels: the codec shape and atomic replacement.

Every format writes the labelled copy to a temporary file in the same folder; only
when that copy is complete (and reads back) does :func:`replacing` move it over the
original with :func:`os.replace`. A crash or an error therefore never leaves a
half-written media file behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from beian.errors import InputError

Reader = Callable[[Path], list[str]]
Writer = Callable[[Path, Path, str], None]

SIDECAR_HINT = "确认文件完整、未损坏；确实无法写入文件内部时可用 --sidecar 写入旁路文件"


class Codec(NamedTuple):
    """How one file format carries the AIGC field.

    ``where`` says in Chinese where the field lives (shown after ``beian label write``);
    ``read(path)`` returns the raw JSON text of every AIGC field in the file, in file order
    (empty when there is none; more than one is a finding, GB 45438 6.1 c allows one);
    ``write(source, target, payload)`` writes a labelled copy of ``source`` to ``target``
    (an existing, empty temporary file) with exactly one AIGC field, every earlier one
    removed, and must leave ``source`` untouched.
    """

    where: str
    read: Reader
    write: Writer


def read_head(path: Path, size: int = 4096, offset: int = 0) -> bytes:
    """Up to ``size`` bytes of ``path`` from ``offset`` (a clear InputError when unreadable)."""
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            return fh.read(size)
    except OSError as exc:
        raise _unreadable(path, exc) from None


def read_all(path: Path) -> bytes:
    """The whole content of ``path`` (a clear InputError when unreadable)."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"找不到文件 {path}", "检查路径")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path} 是目录，不是文件", "请指定一个文件")
    return InputError(f"无法读取文件 {path}", "检查读取权限")


def copy_into(source: Path, target: Path) -> None:
    """Copy the bytes of ``source`` over ``target`` (the temporary file a codec edits)."""
    shutil.copyfile(source, target)


@contextlib.contextmanager
def replacing(path: Path, *, mode_from: Path | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it atomically replaces ``path``.

    The temporary file gets the permissions of ``mode_from`` (default ``path``) when that
    exists, is flushed to disk, then renamed over ``path``. On any error it is removed
    and ``path`` is left exactly as it was.
    """
    real = Path(os.path.realpath(path))
    try:
        fd, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    except OSError as exc:
        raise InputError(f"无法在 {real.parent} 中创建临时文件", "检查目录写权限与磁盘空间") from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _finish(tmp, real, mode_from or real)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"无法写入 {path}", "检查目录写权限与磁盘空间") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _finish(tmp: Path, real: Path, mode_from: Path) -> None:
    if mode_from.exists():
        shutil.copymode(mode_from, tmp)
    fd = os.open(tmp, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, real)
    _sync_dir(real.parent)


def _sync_dir(folder: Path) -> None:
    """Persist the rename itself (POSIX only; best effort)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
