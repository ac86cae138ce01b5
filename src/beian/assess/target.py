"""Targets: an OpenAI-compatible chat endpoint (async, retries, rate limit) or a file of answers."""

from __future__ import annotations

import json
from pathlib import Path

from beian.errors import AnswerError, EndpointError, InputError
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
        """The model's reply; raises :class:`AnswerError` after the retries are spent."""
        try:
            return await self._client.chat(messages)
        except EndpointError as exc:
            raise AnswerError(exc.message, exc.hint, status=exc.status) from None


def load_answers(path: Path) -> dict[str, str]:
    """Answers collected elsewhere: JSONL ``{id, answer}``, CSV (id/answer), or CAC Excel with 模型回答."""
    from beian.assess.banks import load_bank
    from beian.standard import load_profile

    if not path.exists():
        raise InputError(f"找不到回答文件：{path}")
    if path.suffix.lower() in (".jsonl", ".json"):
        out: dict[str, str] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                out[str(obj["id"])] = str(obj.get("answer") or "")
            except (json.JSONDecodeError, KeyError, TypeError):
                raise InputError(f"{path.name} 第 {n} 行应为 {{\"id\": …, \"answer\": …}}") from None
        return out
    if path.suffix.lower() == ".csv":
        import csv

        rows = csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())
        found = {str(r.get("id") or r.get("序号") or ""): str(r.get("answer") or r.get("模型回答") or "") for r in rows}
        return {k: v for k, v in found.items() if k}
    bank = load_bank(path, load_profile(), bank="generated")
    return {i.id: i.answer for i in bank.items if i.answer is not None}
