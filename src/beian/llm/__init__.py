"""The one OpenAI-compatible client of beian (httpx, sync and async) and the one SSE parser.

Every outgoing ``/chat/completions`` call of the CLI goes through :mod:`beian.llm.client`:
``beian assess`` (the model under test), the guard-model and LLM-judge classifiers. The SSE
parser in :mod:`beian.llm.sse` is line-based so that it also serves ``beian evidence`` (httpx)
and the gateway (aiohttp, kept for latency; see docs/architecture.md).
"""

from beian.llm.client import AsyncChatClient, ChatClient, EndpointConfig
from beian.llm.sse import DONE, data_payload, parse_chunk

__all__ = ["DONE", "AsyncChatClient", "ChatClient", "EndpointConfig", "data_payload", "parse_chunk"]
