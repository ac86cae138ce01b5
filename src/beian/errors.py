"""Exception tree for tool problems.

Content problems (a missing attachment, a keyword hit) are findings, not
exceptions. These exceptions are for things that stop the tool from working:
unreadable files, bad configuration, unreachable endpoints. Each carries one clear
Chinese line and an optional hint; the CLI prints them without a traceback.
"""

from __future__ import annotations


class BeianError(Exception):
    """Base class; ``exit_code`` is what the CLI exits with."""

    exit_code = 3

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(BeianError):
    """Bad command-line usage or configuration (exit code 2)."""

    exit_code = 2


class ConfigError(UsageError):
    """A configuration or profile file is missing or malformed."""


class InputError(BeianError):
    """An input file cannot be read (encoding, corrupt, binary, too large)."""

    exit_code = 2


class LexiconError(InputError):
    """A lexicon file is unusable (empty, wrong layout)."""


class RuntimeFailure(BeianError):
    """A runtime problem (endpoint down, database locked) - exit code 3."""
