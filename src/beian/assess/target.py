"""Targets: an OpenAI-compatible chat endpoint (async, retries, rate limit) or a file of answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
    """Answers collected elsewhere: JSONL ``{id, answer}``, CSV (id/answer) or Excel (the CAC workbook with 模型回答,
    or any sheet with an id and an answer column).

    Read with the bank readers (any encoding they accept, bad lines named by line number); an id given twice is an
    error that names both places, never a silent last-one-wins. An answer given as a chat message
    (``{"role": "assistant", "content": …}``) is its content; another object is kept as JSON.
    """
    from beian.assess.banks import ANSWER_COLS, ID_COLS, item_id, pick, read_rows

    if not path.exists():
        raise InputError(f"找不到回答文件：{path}", hint="检查 --answers 的路径")
    out: dict[str, str] = {}
    where: dict[str, str] = {}
    names = {n.lower() for n in ANSWER_COLS}
    for place, row in read_rows(path, ANSWER_COLS, "Excel 回答文件"):
        key = item_id(pick(row, ID_COLS))
        if not key:
            raise InputError(f"{place} 缺少编号（id / 序号 / 编号）")
        if not any(k is not None and str(k).strip().lower() in names for k in row):
            fields = "、".join(str(k) for k in row if k is not None) or "（无）"
            raise InputError(f"{place} 没有回答字段（应为 {' / '.join(ANSWER_COLS)} 之一；这一行的字段是：{fields}）",
                             hint="空回答也请写出字段（\"answer\": \"\"），以免整份文件的字段名写错而不自知")
        if key in out:
            raise InputError(f"回答文件中编号 {key} 重复：{where[key]} 与 {place}",
                             hint="每道题只保留一个回答，或改用不同编号")
        out[key], where[key] = _answer_text(row), place
    return out


def _answer_text(row: dict[str, Any]) -> str:
    """The answer of one row as text (see :func:`load_answers`)."""
    from beian.assess.banks import ANSWER_COLS, pick

    for name in ANSWER_COLS:
        value = next((v for k, v in row.items() if k is not None and str(k).strip().lower() == name.lower()), None)
        if isinstance(value, dict):
            content = value.get("content")
            return str(content) if isinstance(content, str) else json.dumps(value, ensure_ascii=False)
        if isinstance(value, list):
            return json.dumps(value, ensure_ascii=False)
    return pick(row, ANSWER_COLS)
