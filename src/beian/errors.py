"""Exception tree for tool problems.

Content problems (a missing attachment, a keyword hit) are findings, not
exceptions. These exceptions are for things that stop the tool from working:
unreadable files, bad configuration, unreachable endpoints. Each carries one clear
Chinese line and an optional hint; the CLI prints them without a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from beian.llm.blocks import Block


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


class EndpointError(RuntimeFailure):
    """An OpenAI-compatible endpoint failed (after retries); ``retryable`` says whether a retry may help."""

    def __init__(self, message: str, hint: str | None = None, *, retryable: bool = False,
                 status: int | None = None) -> None:
        super().__init__(message, hint)
        self.retryable = retryable
        self.status = status


class ContentBlocked(EndpointError):
    """The provider's content-safety system blocked the request or the answer (:mod:`beian.llm.blocks`):
    ``block`` names the provider, its code and message. Never retried."""

    def __init__(self, block: Block) -> None:
        super().__init__(f"接口的内容安全系统拦截了这次请求（{block.provider}{'：' + block.code if block.code else ''}）")
        self.block = block


class AnswerError(EndpointError):
    """A bank item could not be answered by the model under test; the run records it and goes on."""


class GatewayFatal(RuntimeFailure):
    """``beian evidence``: the gateway cannot be used at all (unreachable, wrong key, not a gateway)."""

    def __init__(self, message: str, hint: str | None = None, exchange: object | None = None) -> None:
        super().__init__(message, hint)
        self.exchange = exchange


CHECK_FAILED = "内容安全检查出错或超时，已按失败关闭策略拒绝本次请求"


class CheckFailed(RuntimeFailure):
    """A content check raised or timed out and the app is configured to fail closed."""

    def __init__(self) -> None:
        super().__init__(CHECK_FAILED, "检查 beian 词库与配置；如需检查出错时放行，把应用的 fail_closed 设为 false")
