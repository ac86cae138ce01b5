"""Checks made before a command does any work: numbers an option must hold, an output file the command will write,
a run folder it will make, an endpoint address, and the numbers a run folder recorded. Each failure is a
:class:`~beian.errors.UsageError` (exit 2) that names the option, before anything is read, called or written.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from beian.errors import UsageError
from beian.records import RunMeta


def finite(value: object, low: float, strict: bool) -> bool:
    """True for a real number (not NaN, not infinite, not a bool) above ``low`` (or at it, unless ``strict``)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return False
    return value > low if strict else value >= low


# the numbers a run works with: (setting, least value, whether it must be above it, whether it may be unset, unit)
NUMBER_RULES = (("concurrency", 1, False, False, ""), ("rate", 0, True, True, "每秒请求数"), ("timeout", 0, True, False, "秒"),
                ("retries", 0, False, False, ""), ("backoff", 0, False, False, "秒"))


def number_problems(values: Mapping[str, object]) -> list[tuple[str, str]]:
    """``(setting, what it must be)`` for each of :data:`NUMBER_RULES` that ``values`` breaks, in Chinese: ``nan``
    passes every comparison and hangs a run, so each must be a finite number."""
    out = []
    for key, low, strict, optional, unit in NUMBER_RULES:
        value = values.get(key)
        if not (optional and value is None) and not finite(value, low, strict):
            out.append((key, f"须为{'大于' if strict else '不小于'} {low} 的有限数" + (f"（{unit}）" if unit else "")))
    return out


def check_numbers(concurrency: int, rate: float | None, timeout: float, retries: int, backoff: float) -> None:
    """Numeric options a run could not work with: a clear error now instead of a hang or a failed run later."""
    given: dict[str, object] = {"concurrency": concurrency, "rate": rate, "timeout": timeout, "retries": retries,
                                "backoff": backoff}
    for key, rule in number_problems(given):
        raise UsageError(f"--{key} {rule}，收到 {given[key]}")


def can_create_in(folder: Path) -> bool:
    """Whether a file can be created in ``folder``: a real try (a temporary file, removed at once), since
    ``os.access`` says yes to root on a read-only file system such as ``/sys``."""
    import tempfile

    try:
        fd, name = tempfile.mkstemp(prefix=".beian-", suffix=".probe", dir=folder)
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):  # created but not removable: writable all the same
        os.unlink(name)
    return True


def check_writable(path: Path, what: str, option: str) -> Path:
    """``path`` checked as a file a command will write, before any work is done: its folder exists and takes a
    new file, an existing file can be written, and it is not a folder. A :class:`UsageError` (exit 2) naming the
    file and ``option`` otherwise (an unwritable ``-o`` used to fail as an internal error after the whole run)."""
    parent = path.parent
    if path.is_dir():
        raise UsageError(f"无法写入{what} {path}：这是一个文件夹", hint=f"{option} 应给出文件名（可放在这个文件夹里）")
    if not parent.exists():
        raise UsageError(f"无法写入{what} {path}：文件夹 {parent} 不存在", hint=f"先创建该文件夹，或换一个 {option} 路径")
    if not parent.is_dir():
        raise UsageError(f"无法写入{what} {path}：{parent} 不是文件夹", hint=f"换一个 {option} 路径")
    if path.exists():
        try:
            with path.open("ab"):
                pass
        except OSError:
            raise UsageError(f"无法写入{what} {path}：没有写入权限（或文件系统只读）",
                             hint=f"换一个可写的位置（{option}）") from None
    elif not can_create_in(parent):
        raise UsageError(f"无法写入{what} {path}：没有文件夹 {parent} 的写入权限（或文件系统只读）",
                         hint=f"换一个可写的位置（{option}）")
    return path


def check_run_dir(run_dir: Path) -> None:
    """The run folder can be made (or written, when it exists): checked before the banks are read and anything is
    written, so that ``--run /sys/x`` is a usage error and not an internal one."""
    if run_dir.exists() and not run_dir.is_dir():
        raise UsageError(f"无法写入运行目录 {run_dir}：这是一个文件，不是文件夹", hint="换一个 --run 目录")
    existing = next(p for p in (run_dir.absolute(), *run_dir.absolute().parents) if p.exists())
    if not existing.is_dir():
        raise UsageError(f"无法创建运行目录 {run_dir}：{existing} 是文件，不是文件夹", hint="换一个 --run 目录")
    if not can_create_in(existing):
        raise UsageError(f"无法写入运行目录 {run_dir}：没有文件夹 {existing} 的写入权限（或文件系统只读）",
                         hint="换一个可写的 --run 目录")


def check_url(url: str | None, option: str) -> None:
    """An endpoint URL must be http(s): ``127.0.0.1:8000/v1`` or ``ftp://`` would be retried and fail as a network
    error (exit 3) instead of being named as a typo (exit 2)."""
    if url is not None and not url.lower().startswith(("http://", "https://")):
        raise UsageError(f"{option} 应以 http:// 或 https:// 开头，收到 {url!r}",
                         hint=f"例如 {option} http://127.0.0.1:8000/v1")


def meta_problems(meta: RunMeta) -> list[str]:
    """The recorded numbers an online run could not answer with, in Chinese (empty when none): the rules of
    :func:`check_numbers` on what meta.json holds."""
    raw: dict[str, Any] = dict(meta)
    return [f"{key} {rule}，记录的是 {raw.get(key)!r}" for key, rule in number_problems(raw)]
