"""Ordered work on several processes (``beian scan --workers``).

The work items share one large read-only state (a compiled matcher of ~100k terms, the documents).
Worker processes are forked from the caller after that state is built, so they start at once and
share its memory page by page instead of loading or receiving it; only the items and the results
cross the process boundary. Results come back in item order, whatever order they finish in.

Where ``fork`` is not available (Windows, macOS's default) or one worker would do, the items run in
the calling process: the results are the same either way.

``concurrent.futures.ProcessPoolExecutor`` is used rather than ``multiprocessing.Pool``: a worker that
dies (killed for memory) breaks the executor with an error instead of hanging the pool forever.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from beian.errors import RuntimeFailure

__all__ = ["DEFAULT_MAX_WORKERS", "available_cpus", "ordered_map", "worker_count"]

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

_WORK: tuple[Callable[[Any, Any], Any], Any] | None = None  # (function, shared state), inherited by forked workers


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the platform has one, e.g. in a container)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


DEFAULT_MAX_WORKERS = 8  # a worker holds its own hits and caches (~0.3 GB beyond what it shares on 20 MB of text)


def worker_count(requested: int | None, n_items: int) -> int:
    """How many processes to use: ``requested`` (None: every available CPU, at most :data:`DEFAULT_MAX_WORKERS`),
    at most one per item, and one where processes cannot be forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(requested or min(available_cpus(), DEFAULT_MAX_WORKERS), n_items))


def ordered_map(fn: Callable[[S, T], R], state: S, items: Sequence[T], workers: int) -> Iterator[R]:
    """``fn(state, item)`` for each item, in item order, on ``workers`` forked processes (1: in this process).

    ``fn`` must be a module-level function. ``state`` is not copied or pickled: the workers inherit it.
    A worker that dies raises :class:`~beian.errors.RuntimeFailure` with a Chinese message; an exception
    inside ``fn`` is raised here as it was raised there.
    """
    if workers <= 1 or len(items) <= 1:
        yield from (fn(state, item) for item in items)
        return
    global _WORK
    if _WORK is not None:
        raise RuntimeError("ordered_map is already running in this process")
    _WORK = (fn, state)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield from pool.map(_call, items)
    except BrokenProcessPool as exc:
        raise RuntimeFailure(
            "并行扫描的工作进程意外退出（可能是内存不足被系统终止），输出不完整",
            hint="减少 --workers（例如 --workers 1）后重试",
        ) from exc
    finally:  # a caller that stops early (a closed pipe: beian scan ... | head) does not wait for the rest
        pool.shutdown(wait=True, cancel_futures=True)
        _WORK = None


def _call(item: Any) -> Any:
    """Run the inherited function on one item (in a worker)."""
    assert _WORK is not None, "a worker forked without ordered_map's state"
    fn, state = _WORK
    return fn(state, item)
