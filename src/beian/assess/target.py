"""Targets: an OpenAI-compatible chat endpoint (async, retries, rate limit) or a file of answers."""

from __future__ import annotations

from pathlib import Path

from beian.assess.blocked import blocked_answer
from beian.errors import AnswerError, ContentBlocked, EndpointError, InputError
from beian.llm import AsyncChatClient, EndpointConfig

__all__ = ["AnswerError", "ChatTarget", "TargetConfig", "load_answers"]

TargetConfig = EndpointConfig  # how to reach the model under test


class ChatTarget:
    """The model under test behind an OpenAI-compatible ``/chat/completions`` (async, retries, rate limit)."""

    def __init__(self, cfg: TargetConfig) -> None:
        self.cfg = cfg
        self._client = AsyncChatClient(cfg)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self._client.aclose()

    async def answer(self, messages: list[dict[str, str]]) -> str:
        """The model's reply (a block by the provider's content-safety system is recorded as a marked answer,
        :func:`~beian.assess.blocked.blocked_answer`); raises :class:`AnswerError` after the retries are spent."""
        try:
            return await self._client.chat(messages)
        except ContentBlocked as exc:
            return blocked_answer(exc.block)
        except EndpointError as exc:
            raise AnswerError(exc.message, exc.hint, status=exc.status) from None


def load_answers(path: Path) -> dict[str, str]:
    """Answers collected elsewhere: JSONL ``{id, answer}``, CSV (id/answer) or CAC Excel with 模型回答.

    Read with the bank readers (any encoding they accept, bad lines named by line number);
    an id given twice is an error that names both places, never a silent last-one-wins.
    """
    from beian.assess.banks import ANSWER_COLS, ID_COLS, pick, read_rows

    if not path.exists():
        raise InputError(f"找不到回答文件：{path}", hint="检查 --answers 的路径")
    out: dict[str, str] = {}
    where: dict[str, str] = {}
    for place, row in read_rows(path):
        item_id = pick(row, ID_COLS)
        if not item_id:
            raise InputError(f"{place} 缺少编号（id / 序号 / 编号）")
        if item_id in out:
            raise InputError(f"回答文件中编号 {item_id} 重复：{where[item_id]} 与 {place}",
                             hint="每道题只保留一个回答，或改用不同编号")
        out[item_id], where[item_id] = pick(row, ANSWER_COLS), place
    return out

