"""Signed checkpoints of the audit chain, kept outside the database.

Every ``every_rows`` records or ``every_s`` seconds (and when the gateway stops) a worker
appends one line ``{last_id, last_hash, count, ts, sig}`` to ``checkpoints.jsonl`` in the
checkpoint folder; ``sig`` is HMAC-SHA256 under the audit key. Someone who can rewrite the
database but neither the folder nor the key can then no longer truncate the newest records,
delete records or rewrite the chain unnoticed. Records written after the last checkpoint are
the window such an attacker still has: at most ``every_rows`` records or ``every_s`` seconds.

Only the folder is implemented. :class:`CheckpointSink` is the interface an object store
(S3 with object lock, for instance) would implement; a URL such as ``s3://…`` is refused with a
Chinese message rather than silently ignored.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from beian.errors import ConfigError
from beian.gateway.audit_chain import sign, signed_ok

if TYPE_CHECKING:
    from beian.gateway.audit import AuditStore

FILE_NAME = "checkpoints.jsonl"


class CheckpointSink(Protocol):
    """Somewhere outside the database that only ever grows."""

    def append(self, line: str) -> None:
        """Add one line durably."""

    def lines(self) -> list[str]:
        """Every line written so far, in order."""


@dataclass
class DirectorySink:
    """``checkpoints.jsonl`` in a folder: O_APPEND writes of one line each, fsync'd.

    Lines are far below the size the kernel appends atomically, so several workers may share
    the folder. Making the file append-only for the gateway's user (``chattr +a``, a separate
    volume, a log shipper) is the operator's part.
    """

    folder: Path

    @property
    def path(self) -> Path:
        """The checkpoint file."""
        return self.folder / FILE_NAME

    def append(self, line: str) -> None:
        """Append ``line`` and fsync."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (line.rstrip("\n") + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)

    def lines(self) -> list[str]:
        """The file's lines ([] before the first checkpoint)."""
        try:
            return self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []


def open_sink(where: str, base: Path | None = None) -> CheckpointSink:
    """The sink for ``audit.checkpoint_dir``: a folder (relative to ``base``) or ``file://`` URL."""
    if where.startswith("file://"):
        where = where[len("file://"):]
    elif "://" in where:
        raise ConfigError(f"检查点位置 {where} 是对象存储地址，目前只实现了本地目录",
                          "audit.checkpoint_dir 请填写目录（可以是挂载的只追加卷）")
    path = Path(where)
    return DirectorySink(path if path.is_absolute() or base is None else base / path)


@dataclass
class Checkpoint:
    """One line of the checkpoint file, with whether its signature holds."""

    line_no: int
    valid: bool
    last_id: int = 0
    last_hash: str = ""
    count: int = 0
    ts: float = 0.0


def make_line(key: bytes, last_id: int, last_hash: str, count: int, ts: float) -> str:
    """One signed checkpoint line."""
    sig = sign(key, "checkpoint", last_id, last_hash, count, repr(ts))
    return json.dumps({"last_id": last_id, "last_hash": last_hash, "count": count, "ts": ts, "sig": sig},
                      separators=(",", ":"))


def parse_line(key: bytes, line_no: int, line: str) -> Checkpoint:
    """A checkpoint from its line; ``valid`` is False for a bad signature or a line that is not one."""
    try:
        d = json.loads(line)
        cp = Checkpoint(line_no, True, int(d["last_id"]), str(d["last_hash"]), int(d["count"]), float(d["ts"]))
        cp.valid = signed_ok(key, str(d["sig"]), "checkpoint", cp.last_id, cp.last_hash, cp.count, repr(cp.ts))
        return cp
    except (ValueError, KeyError, TypeError):
        return Checkpoint(line_no, False)


def read_checkpoints(sink: CheckpointSink, key: bytes) -> list[Checkpoint]:
    """Every checkpoint in the sink (blank lines skipped, line numbers from 1)."""
    return [parse_line(key, i, ln) for i, ln in enumerate(sink.lines(), 1) if ln.strip()]


class Checkpointer:
    """A daemon thread that writes a checkpoint every ``every_rows`` appended records or ``every_s`` seconds.

    It reads the newest record and the row count in one snapshot, so a checkpoint always
    describes a committed state; nothing is written while the chain has not moved.
    """

    def __init__(self, store: AuditStore, sink: CheckpointSink, key: bytes, every_rows: int = 1000,
                 every_s: float = 10.0) -> None:
        self.store, self.sink, self.key = store, sink, key
        self.every_rows, self.every_s = max(1, every_rows), max(0.05, every_s)
        self._pending = 0
        self._last: tuple[int, str] | None = None
        self._wake = threading.Event()
        self._stop = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="beian-checkpoint", daemon=True)
        self._thread.start()

    def note(self, n: int) -> None:
        """``n`` records were committed (called by the store after each append)."""
        self._pending += n
        if self._pending >= self.every_rows:
            self._wake.set()

    def write_now(self) -> bool:
        """Write a checkpoint of the current chain if it moved; whether one was written."""
        with self._lock:
            self._pending = 0
            last_id, last_hash, count = self.store.chain_head()
            if last_id == 0 or self._last == (last_id, last_hash):
                return False
            self.sink.append(make_line(self.key, last_id, last_hash, count, time.time()))
            self._last = (last_id, last_hash)
            return True

    def close(self) -> None:
        """Stop the thread after a last checkpoint."""
        self._stop = True
        self._wake.set()
        self._thread.join(timeout=10)
        self._safe_write()

    def _run(self) -> None:
        while not self._stop:
            self._wake.wait(self.every_s)
            self._wake.clear()
            if not self._stop:
                self._safe_write()

    def _safe_write(self) -> None:
        from beian.log import get_logger, swallowed

        try:
            self.write_now()
        except Exception as exc:  # the database or the folder is briefly unavailable: try again next time
            swallowed(get_logger("gateway"), "审计检查点写入失败，下次再试", exc)
