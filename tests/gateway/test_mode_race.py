"""An emergency switch made while a worker's state poll is reading the database is not undone by that poll's
older answer (a clean-clone CI run under load let one request through right after “suspended” was returned)."""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace

from beian.gateway.app import Gateway


class _SlowStore:
    """A database whose mode query returns the value it read before the switch was committed."""

    def mode(self) -> str:
        time.sleep(0.05)
        return "normal"

    def keyword_version(self) -> int:
        return 1


def _worker() -> SimpleNamespace:
    return SimpleNamespace(store=_SlowStore(), kw_version=1, _mode=("normal", time.monotonic()))


def test_a_poll_that_read_before_an_admin_switch_does_not_undo_it() -> None:
    worker = _worker()

    async def switch() -> None:
        await asyncio.sleep(0.01)  # the operator's switch lands while the poll's query runs
        worker._mode = ("suspended", time.monotonic())

    async def both() -> str:
        mode, _ = await asyncio.gather(Gateway.poll_state(worker), switch())  # type: ignore[arg-type]
        return str(mode)

    assert asyncio.run(both()) == "suspended"
    assert worker._mode[0] == "suspended"


def test_a_poll_with_no_switch_meanwhile_takes_the_databases_mode() -> None:
    worker = _worker()
    worker._mode = ("suspended", time.monotonic() - 10)
    assert asyncio.run(Gateway.poll_state(worker)) == "normal"  # type: ignore[arg-type]
    assert worker._mode[0] == "normal"
