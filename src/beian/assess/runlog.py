"""The run directory: ``meta.json``, ``items.jsonl`` and an append-only ``log.jsonl``.

Each answer and each judgement is appended as one JSON line and flushed at once, so a
killed process loses nothing already answered; ``os.fsync`` runs at most every
``FSYNC_INTERVAL`` seconds and on close (protection against power loss, not only crashes).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from beian.assess.banks import BankItem
from beian.errors import InputError
from beian.records import RunMeta

FSYNC_INTERVAL = 0.05
LOCK_FILE = ".lock"


@contextmanager
def run_lock(run_dir: Path) -> Iterator[None]:
    """Hold the run folder for this process: a second ``beian assess`` on the same folder (``--resume`` while a run is
    going) would call the model again for the same items and append its answers to the same log. An
    :class:`InputError` when another process holds it; no lock where the platform has no ``fcntl`` (Windows)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Linux or macOS
        yield
        return
    if not run_dir.is_dir():
        yield  # the commands report a missing folder themselves
        return
    with (run_dir / LOCK_FILE).open("a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(f"另一个 beian 进程正在使用运行目录 {run_dir}",
                             hint="等它结束后再用 --resume 继续；两个进程同时写一个目录会重复调用接口、重复记录回答") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class RunLog:
    """Append-only JSONL writer with flush-per-event."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fh = path.open("a", encoding="utf-8")
        self.last_sync = time.monotonic()

    def write(self, event: dict[str, Any]) -> None:
        """Append one event and flush it to the OS."""
        self.fh.write(json.dumps(event, ensure_ascii=False) + "\n")
        self.fh.flush()
        now = time.monotonic()
        if now - self.last_sync >= FSYNC_INTERVAL:
            os.fsync(self.fh.fileno())
            self.last_sync = now

    def close(self) -> None:
        """Flush, fsync and close."""
        if not self.fh.closed:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()


def create_run(run_dir: Path, items: list[BankItem], meta: RunMeta) -> None:
    """Write the run's meta and item snapshot (refuses to overwrite an existing run)."""
    if (run_dir / "meta.json").exists():
        raise InputError(f"运行目录 {run_dir} 已存在一次评估", hint="继续请用 --resume，重新开始请换一个 --run 目录")
    run_dir.mkdir(parents=True, exist_ok=True)
    with (run_dir / "items.jsonl").open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")
    (run_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


def update_meta(run_dir: Path, meta: RunMeta) -> None:
    """Rewrite the run's ``meta.json`` (a rejudge with another lexicon or model: later commands use the same),
    through a temporary file so that a kill leaves the old or the new one, never half of it."""
    tmp = run_dir / "meta.json.tmp"
    tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, run_dir / "meta.json")


def read_meta(run_dir: Path) -> RunMeta:
    """The run's ``meta.json``; a missing or damaged one is an :class:`InputError` naming the folder."""
    path = run_dir / "meta.json"
    if not path.exists():
        raise InputError(f"{run_dir} 不是评估运行目录（缺少 meta.json）", hint="给出 beian assess run 创建的运行目录")
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        meta = None
    if not isinstance(meta, dict):
        raise InputError(f"{path} 已损坏（不是 beian 写的 JSON 对象）", hint="换一个 --run 目录重新评估")
    return meta  # type: ignore[return-value]


def read_run(run_dir: Path) -> tuple[RunMeta, list[BankItem], list[dict[str, Any]]]:
    """Meta, items and log events of a run (a torn last line from a kill is ignored; a damaged folder is an
    :class:`InputError`, not a crash)."""
    meta = read_meta(run_dir)
    items_path = run_dir / "items.jsonl"
    if not items_path.exists():
        raise InputError(f"{run_dir} 缺少 items.jsonl（本次评估的题目），无法继续", hint="换一个 --run 目录重新评估")
    try:
        items = [BankItem(**json.loads(ln)) for ln in items_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except (UnicodeDecodeError, json.JSONDecodeError, TypeError):
        raise InputError(f"{items_path} 已损坏", hint="换一个 --run 目录重新评估") from None
    events: list[dict[str, Any]] = []
    log = run_dir / "log.jsonl"
    if log.exists():
        for ln in log.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                event = json.loads(ln)
            except json.JSONDecodeError:
                continue
            if isinstance(event, dict):
                events.append(event)
    return meta, items, events


def latest_state(events: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, dict[str, Any]], dict[str, str]]:
    """Answers, latest judgements and last errors per item id, from the log."""
    answers: dict[str, str] = {}
    judges: dict[str, dict[str, Any]] = {}
    errors: dict[str, str] = {}
    for ev in events:
        item_id = str(ev.get("id"))
        kind = ev.get("type")
        if kind == "answer":
            answers[item_id] = str(ev.get("answer", ""))
            errors.pop(item_id, None)
        elif kind == "error":
            errors[item_id] = str(ev.get("message", ""))
        elif kind == "judge":
            judges.setdefault(item_id, {}).update(ev.get("judges", {}))
        elif kind == "manual":
            judges.setdefault(item_id, {})["manual"] = {k: ev.get(k) for k in ("safe", "reviewer", "time", "reason",
                                                                                "category", "risk")}
    return answers, judges, errors
