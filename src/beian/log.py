"""The ``beian`` logger: one Chinese line per swallowed error, never raw sensitive text.

Where beian keeps going after an error (the gateway keeps the last known mode when the database
is briefly unavailable, a broken stream ends with an error event, a failing pending-text check
falls back to holding the whole window), it logs through :func:`swallowed`: what happened, the
exception's class, and only masked facts — a text is shown as its length and salted hash id
(:func:`beian.text.evidence.stable_hash`), never as itself. Exception messages are not logged
because they may quote the input.
"""

from __future__ import annotations

import logging

from beian.text.evidence import stable_hash

LOGGER = "beian"


def get_logger(part: str = "") -> logging.Logger:
    """The ``beian`` logger or its child ``beian.<part>``."""
    return logging.getLogger(f"{LOGGER}.{part}" if part else LOGGER)


def text_ref(text: str) -> str:
    """A masked reference to a text: its length and hash id."""
    return f"{len(text)} 字，id {stable_hash(text, 'log')}"


def swallowed(log: logging.Logger, what: str, exc: BaseException, level: int = logging.WARNING,
              **facts: object) -> None:
    """Log that ``what`` failed with ``exc`` and beian carried on; ``facts`` must already be masked."""
    shown = "；".join(f"{k}={v}" for k, v in facts.items())
    log.log(level, "%s%s", what, f"：{shown}" if shown else "")
    log.debug("%s：调用栈如下", what, exc_info=exc)  # the exception's class and stack only with --debug
