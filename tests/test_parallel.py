"""``beian.parallel``: ordered results from forked workers, inherited state, failures that say what happened."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from beian.errors import RuntimeFailure
from beian.parallel import DEFAULT_MAX_WORKERS, available_cpus, ordered_map, worker_count

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="需要 fork")


def _slow_first(state: dict[str, float], item: int) -> tuple[int, int]:
    time.sleep(state["step"] * (4 - item))  # the first items finish last
    return item, os.getpid()


def _apply(state: object, item: int) -> int:
    return state(item)  # type: ignore[operator, no-any-return]


def _fails(state: None, item: int) -> int:
    if item == 2:
        raise ValueError(f"第 {item} 项坏了")
    return item


def _mark(folder: Path, item: int) -> int:
    time.sleep(0.05)
    (folder / str(item)).touch()
    return item


def _dies(state: None, item: int) -> int:
    if item == 1:
        os._exit(9)  # killed, as the kernel's out-of-memory killer would
    return item


def test_results_come_back_in_item_order_from_other_processes() -> None:
    got = list(ordered_map(_slow_first, {"step": 0.05}, [0, 1, 2, 3], workers=2))
    assert [item for item, _ in got] == [0, 1, 2, 3]
    pids = {pid for _, pid in got}
    assert os.getpid() not in pids and len(pids) == 2


def test_state_is_inherited_not_pickled() -> None:
    offset = 100
    assert list(ordered_map(_apply, lambda x: x + offset, [1, 2, 3], workers=2)) == [101, 102, 103]


def test_one_worker_runs_here() -> None:
    got = list(ordered_map(_slow_first, {"step": 0.0}, [0, 1], workers=1))
    assert {pid for _, pid in got} == {os.getpid()}


def test_an_exception_in_a_worker_is_raised_as_it_was() -> None:
    with pytest.raises(ValueError, match="第 2 项坏了"):
        list(ordered_map(_fails, None, [0, 1, 2, 3], workers=2))


def test_a_worker_that_dies_is_a_clear_chinese_error_not_a_hang() -> None:
    with pytest.raises(RuntimeFailure) as err:
        list(ordered_map(_dies, None, [0, 1, 2, 3], workers=2))
    assert "工作进程意外退出" in err.value.message and "--workers" in (err.value.hint or "")


def test_another_map_can_run_after_a_failure() -> None:
    with pytest.raises(ValueError):
        list(ordered_map(_fails, None, [2, 3], workers=2))
    assert list(ordered_map(_apply, abs, [-1, -2], workers=2)) == [1, 2]


def test_worker_count() -> None:
    assert worker_count(None, 100) == min(available_cpus(), DEFAULT_MAX_WORKERS)
    assert worker_count(32, 100) == 32  # asked for: more than the default cap is allowed
    assert worker_count(8, 3) == 3  # never more workers than items
    assert worker_count(4, 0) == 1
    assert worker_count(1, 50) == 1


def test_a_caller_that_stops_early_cancels_the_rest(tmp_path: Path) -> None:
    """``beian scan --json big.txt | head``: once the reader goes away, the items not started are not run."""
    for got in ordered_map(_mark, tmp_path, list(range(40)), workers=2):
        if got == 1:
            break
    assert len(list(tmp_path.iterdir())) < 10  # the two running when it stopped, and a few queued; never all 40
