"""Per-app token buckets that hold across ``beian serve --workers N``.

One worker keeps its buckets in memory. Several workers share one small file that ``beian serve``
creates before starting them (:data:`RATE_FILE_ENV`): 16 bytes per app (tokens, last refill on the
system-wide monotonic clock), updated under an exclusive ``flock``. Each app gets its whole
``rate_limit_rpm`` however the connections are spread over the workers.
"""

from __future__ import annotations

import fcntl
import os
import struct
import time

RATE_FILE_ENV = "BEIAN_GATEWAY_RATE_FILE"
_RECORD = struct.Struct("<dd")  # tokens, monotonic time of the last refill (0: never used)


def _refill(tokens: float, at: float, now: float, rpm: int) -> float:
    cap = float(rpm)
    if at <= 0:
        return cap
    return min(cap, tokens + (now - at) * cap / 60.0)


class LocalBuckets:
    """Token buckets of one process."""

    def __init__(self) -> None:
        self._state: dict[int, tuple[float, float]] = {}

    def take(self, slot: int, rpm: int) -> bool:
        """Take one token from bucket ``slot`` (capacity ``rpm``, refilled at ``rpm`` a minute)."""
        now = time.monotonic()
        tokens = _refill(*self._state.get(slot, (0.0, 0.0)), now, rpm)
        ok = tokens >= 1
        self._state[slot] = (tokens - 1 if ok else tokens, now)
        return ok


class SharedBuckets:
    """Token buckets in a file shared by the worker processes."""

    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

    def take(self, slot: int, rpm: int) -> bool:
        """Take one token from bucket ``slot``, atomically across processes."""
        offset = slot * _RECORD.size
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            raw = os.pread(self._fd, _RECORD.size, offset)
            tokens, at = _RECORD.unpack(raw) if len(raw) == _RECORD.size else (0.0, 0.0)
            now = time.monotonic()
            tokens = _refill(tokens, at, now, rpm)
            ok = tokens >= 1
            os.pwrite(self._fd, _RECORD.pack(tokens - 1 if ok else tokens, now), offset)
            return ok
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Close the file (the parent process removes it)."""
        os.close(self._fd)


def buckets_from_env() -> LocalBuckets | SharedBuckets:
    """Shared buckets when ``beian serve`` started several workers, else in-memory ones."""
    path = os.environ.get(RATE_FILE_ENV)
    return SharedBuckets(path) if path else LocalBuckets()
