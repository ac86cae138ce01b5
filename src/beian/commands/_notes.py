"""Notes a command prints about its input: the first ones, then how many more were left out."""

from __future__ import annotations

from collections.abc import Iterable

import typer

SHOWN_NOTES = 20  # notes printed one by one; the rest are counted


def echo_notes(messages: Iterable[str], *, err: bool = True, shown: int = SHOWN_NOTES) -> None:
    """Print ``注意：…`` for the first ``shown`` messages and one line counting the others (the hundred-and-fifty-seventh
    probe: a bank with 30 unmapped categories showed 20 and said nothing of the other 10)."""
    items = list(messages)
    for message in items[:shown]:
        typer.echo(f"注意：{message}", err=err)
    if len(items) > shown:
        typer.echo(f"注意：另有 {len(items) - shown} 处问题未列出", err=err)
