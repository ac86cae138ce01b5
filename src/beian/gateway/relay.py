"""Relaying a streamed answer: SSE in and out around the one stream guard (:class:`~beian.gateway.chunks.ChunkGuard`).

The relay reads the gateway's *current* mode and matcher on every upstream chunk: an
emergency switch to ``suspended`` or ``canned`` ends every unfinished choice with
``content_filter`` and the suspended message or the canned answer; a keyword change applies
to the next check. An upstream stream that ends before every choice has finished is not
made to look complete: a held tail that could still start a term is dropped, the rest of what is held is checked
and released, then an error event
(``stream_incomplete``) ends the stream and the audit records ``stream_incomplete``. An event whose data opens like
JSON but is not (a chunk cut off) ends the stream the same way, the error saying ``upstream_bad``: what it carried is
lost, so the text held back for it is not released as if the answer were whole. A stream cut by the upstream's
overall timeout or a broken connection ends the same way (what is held checked and released, with the visible label
after it), the error saying ``stream_broken`` and the audit recording ``stream_error``.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from beian.errors import CheckFailed
from beian.gateway.chunks import ChunkGuard
from beian.gateway.config import AppConfig
from beian.gateway.errors import GatewayHTTPError
from beian.gateway.guard import Checks
from beian.gateway.policy import PolicyHit
from beian.gateway.upstream import UpstreamStream, finite
from beian.kinds import Outcome
from beian.llm.sse import DONE as SSE_DONE
from beian.llm.sse import data_payload, parse_chunk

if TYPE_CHECKING:
    from beian.gateway.app import Gateway

FIELDS = ("reasoning_content", "reasoning", "content", "refusal")
DONE = b"data: [DONE]\n\n"
INCOMPLETE = {"error": {"message": "上游模型服务的流式回答没有正常结束，回答可能不完整", "type": "upstream_error",
                        "code": "stream_incomplete"}}
BROKEN = {"error": {"message": "上游模型服务的流式回答中有一段不是合法的 JSON，已停止转发，回答不完整", "type": "upstream_error",
                    "code": "upstream_bad"}}


def sse(obj: Any) -> bytes:
    """One server-sent event carrying ``obj`` as JSON."""
    return b"data: " + json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n\n"


PLAIN_BODY_MAX = 16 * 1024 * 1024  # a whole completion sent instead of a stream is read up to this size


async def _payloads(resp: UpstreamStream) -> AsyncIterator[str]:
    """The data of each upstream SSE event. An event written over several ``data:`` lines (valid SSE: they are joined
    with line feeds up to the blank line) is one payload; a line that is a whole chunk on its own is one at once, so a
    stream that leaves out the blank lines between events still reads (many do). An upstream that ignores
    ``stream: true`` and answers with one ``chat.completion`` JSON body gives that answer as one chunk."""
    pending: list[str] = []
    plain: list[str] | None = []  # the body's lines while no data line has come (None once one has, or too long)
    size = 0
    async for line in resp.lines():
        if not line.strip():  # the end of an event
            if pending:
                yield "\n".join(pending)
                pending = []
            continue
        payload = data_payload(line)
        if payload is None:
            size += len(line)
            if plain is not None and size <= PLAIN_BODY_MAX:
                plain.append(line)
            else:
                plain = None
            continue
        plain = None
        if not pending and (payload == SSE_DONE or parse_chunk(payload) is not None):
            yield payload
            continue
        pending.append(payload)
        if parse_chunk("\n".join(pending)) is not None:
            yield "\n".join(pending)
            pending = []
    if pending:
        yield "\n".join(pending)
    whole = completion_as_chunk("\n".join(plain)) if plain else None
    if whole is not None:
        yield whole


def _garbled(payload: str) -> bool:
    """Whether an event's data opens like JSON but is not valid JSON (``{"choices":[{"delta":{"content":"功``);
    an object without ``choices`` (a keep-alive, usage) and plain words are not."""
    if not payload.lstrip().startswith(("{", "[")):
        return False
    try:
        json.loads(payload)
    except (ValueError, RecursionError):
        return True
    return False


def completion_as_chunk(body: str) -> str | None:
    """A non-streamed ``chat.completion`` body as the payload of one chunk carrying every choice whole
    (``message`` as ``delta``, tool calls given their ``index``), or None when ``body`` is not one."""
    try:
        obj = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("choices"), list):
        return None
    choices = []
    for i, c in enumerate(obj["choices"]):
        if not isinstance(c, dict) or not isinstance(c.get("message"), dict):
            return None
        delta = dict(c["message"])
        calls = delta.get("tool_calls")
        if isinstance(calls, list):
            delta["tool_calls"] = [{"index": j, **call} if isinstance(call, dict) else call for j, call in enumerate(calls)]
        rest = {k: v for k, v in c.items() if k not in ("message", "index", "finish_reason")}
        choices.append({**rest, "index": c.get("index", i), "delta": delta, "finish_reason": c.get("finish_reason") or "stop"})
    return json.dumps({**obj, "object": "chat.completion.chunk", "choices": choices}, ensure_ascii=False)


def chunk(model: str, rid: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    """A ``chat.completion.chunk`` with one choice."""
    return chunk_of(model, rid, [{"index": 0, "delta": delta, "finish_reason": finish}])


def chunk_of(model: str, rid: str, choices: list[dict[str, Any]]) -> dict[str, Any]:
    """A ``chat.completion.chunk`` carrying ``choices``."""
    return {"id": rid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": choices}


class Relay:
    """One streamed answer on its way from the upstream to the client."""

    def __init__(self, gw: Gateway, app: AppConfig, model: str, question: str, rid: str, mode: str,
                 label: dict[str, Any], n: int = 1) -> None:
        self.gw, self.app, self.mode, self.rid, self.label = gw, app, mode, rid, label
        self.model, self.question, self.n = model, question, max(1, n)
        clf = app.classifier if app.name in gw.classifiers else None
        checks = Checks.for_app(gw.cfg, app, lambda: gw.matchers[app.name], lambda: self.mode,
                                self._classify if clf is not None else None)
        lbl = gw.cfg.label
        self.guard = ChunkGuard(checks, (lbl.text, lbl.position) if lbl.text else None,
                                clf.stream_every_chars if clf is not None else None)
        self.first = True
        self.failed: str | None = None
        self.broken = False  # an event of the stream was not valid JSON: the rest is not read

    @property
    def action(self) -> str:
        """The stream's outcome for the audit record."""
        return self.failed or self.guard.action

    @action.setter
    def action(self, value: str) -> None:
        self.failed = value

    @property
    def hits(self) -> list[PolicyHit]:
        """Every hit of the answer so far (keyword, personal information, classifier, tool calls)."""
        return self.guard.hits

    def answer_text(self) -> list[str]:
        """The answer's content as received, per choice (for the audit's raw field, when enabled)."""
        return self.guard.answer_text()

    async def _classify(self, answer: str) -> list[PolicyHit]:
        try:
            return await self.gw.classify(self.app, answer, self.question, self.mode)
        except GatewayHTTPError:  # fail closed: the app asked for it
            return [PolicyHit("classifier", 0, 0, "分类模型调用失败", 1.0, "block", "分类模型调用失败或超时（失败关闭）")]

    # ------------------------------------------------------------ the stream
    async def events(self, resp: UpstreamStream) -> AsyncIterator[bytes]:
        """The events for the client; a hit ends its choice with ``content_filter``."""
        try:
            cut = None
            try:
                async for out in self._lines(resp):
                    yield out
            except GatewayHTTPError as exc:  # the whole-stream timeout, or the connection broke while reading
                cut, self.failed = exc, Outcome.STREAM_ERROR
            if not self._all_finished():
                tail = await self.guard.flush()
                if tail:
                    yield self._emit(chunk_of(self.model, self.rid, tail))
                if self.guard.incomplete or cut is not None:
                    yield sse(self._cut_event(cut))
                    return
        except CheckFailed:  # fail closed: the app asked for it
            yield self._emit(chunk_of(self.model, self.rid, self.guard.stop_all(Outcome.CHECK_FAILED, self.app.refusal)))
        yield DONE

    def _cut_event(self, cut: GatewayHTTPError | None) -> dict[str, Any]:
        """The error event that ends a stream the upstream did not finish: cut off by a timeout or a broken
        connection (``stream_broken``, recorded as a stream error), a garbled event, or a close before the finish."""
        if cut is None:
            return BROKEN if self.broken else INCOMPLETE
        return {"error": {"message": f"流式转发中断：{cut.message}，回答不完整", "type": "upstream_error", "code": "stream_broken"}}

    def _emit(self, obj: dict[str, Any]) -> bytes:
        if self.first:
            obj["aigc"] = self.label
            self.first = False
        return sse(obj)

    def _all_finished(self) -> bool:
        done = sum(c.finished for c in self.guard.choices.values())
        return done >= self.n and bool(self.guard.choices)

    async def _emergency(self) -> dict[str, Any] | None:
        """The current mode; a stop chunk for every unfinished choice when it is suspended or canned."""
        self.mode = await self.gw.refresh()
        if self.mode == "suspended":
            return chunk_of(self.model, self.rid, self.guard.stop_all(Outcome.OUTPUT_SUSPENDED, self.gw.cfg.suspended_message))
        if self.mode == "canned":
            return chunk_of(self.model, self.rid, self.guard.stop_all(Outcome.OUTPUT_CANNED, self.gw.cfg.canned_default))
        return None

    async def _lines(self, resp: UpstreamStream) -> AsyncIterator[bytes]:
        async for payload in _payloads(resp):
            if payload == SSE_DONE:
                return
            obj = parse_chunk(payload)
            if obj is None and _garbled(payload):  # a chunk cut off or mangled: what it carried is lost, and the text
                self.broken = True                 # held back for it (法轮 waiting for 功) must not be let out as whole
                return
            if obj is None:
                continue
            finite(obj)  # NaN / ±Infinity (not JSON) become null
            stop = await self._emergency()
            if stop is not None:
                yield self._emit(stop)
                return
            if await self.guard.feed(obj):
                yield self._emit(obj)
            if self.guard.stops and self._all_finished():  # stop generating: nothing more will be sent
                return
