"""Relaying a streamed answer: keyword guards, the classifier gate, tool calls, labels, retraction on a hit."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from beian.gateway.config import AppConfig
from beian.gateway.errors import GatewayHTTPError
from beian.gateway.policy import PolicyHit, Verdict, decide, substitute_for
from beian.gateway.stream import ClassifierGate, FieldGuard, make_guard
from beian.gateway.toolcalls import ToolCallBuffer, check_functions
from beian.gateway.upstream import UpstreamStream
from beian.llm.sse import DONE as SSE_DONE
from beian.llm.sse import data_payload, parse_chunk

if TYPE_CHECKING:
    from beian.gateway.app import Gateway

FIELDS = ("reasoning_content", "content")
DONE = b"data: [DONE]\n\n"


def sse(obj: Any) -> bytes:
    """One server-sent event carrying ``obj`` as JSON."""
    return b"data: " + json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n\n"


def chunk(model: str, rid: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    """A ``chat.completion.chunk`` with one choice."""
    return {"id": rid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


class Stop(Exception):
    """The stream must end here with ``reply`` (``finish_reason: content_filter``)."""

    def __init__(self, action: str, reply: str) -> None:
        super().__init__(action)
        self.action, self.reply = action, reply


class Relay:
    """One streamed answer on its way from the upstream to the client."""

    def __init__(self, gw: Gateway, app: AppConfig, model: str, question: str, rid: str, mode: str,
                 label: dict[str, Any]) -> None:
        self.gw, self.app, self.mode, self.rid, self.label = gw, app, mode, rid, label
        self.model, self.question = model, question
        self.matcher = gw.matchers[app.name]
        self.guards: dict[tuple[int, str], FieldGuard] = {}
        self.gates: dict[int, ClassifierGate] = {}
        self.tools: dict[int, ToolCallBuffer] = {}
        self.tool_hits: list[PolicyHit] = []
        self.tooled: set[int] = set()
        self.labelled: set[int] = set()
        self.first = True
        self.action = "allow"

    # ------------------------------------------------------------ checks
    def _judge(self, text: str) -> Verdict:
        return decide(self.gw.cfg, self.app, self.matcher, text, stage="output", mode=self.mode)

    async def _classify(self, answer: str) -> list[PolicyHit]:
        try:
            return await self.gw.classify(self.app, answer, self.question, self.mode)
        except GatewayHTTPError:  # fail closed: the app asked for it
            return [PolicyHit("classifier", 0, 0, "分类模型调用失败", 1.0, "block", "分类模型调用失败或超时（失败关闭）")]

    @property
    def hits(self) -> list[PolicyHit]:
        """Every hit of the answer so far (keyword, personal information, classifier, tool-call arguments)."""
        streams: list[FieldGuard | ClassifierGate] = [*self.guards.values(), *self.gates.values()]
        return [h for g in streams for h in g.hits] + self.tool_hits

    def answer_text(self) -> list[str]:
        """The answer's content as received, per choice (for the audit's raw field, when enabled)."""
        return [g.text for (_, f), g in sorted(self.guards.items()) if f == "content"]

    # ------------------------------------------------------------ one choice
    def _guard(self, idx: int, f: str, piece: str, final: bool) -> str:
        guard = self.guards.get((idx, f))
        if guard is None:
            guard = self.guards[(idx, f)] = make_guard(self.matcher, self.gw.cfg.hold_factor, self._judge,
                                                       self.app.pii)
        out, stop = guard.feed(piece, final=final)
        if stop is not None:
            raise Stop("output_" + stop.action, stop.reply)
        return out

    async def _gate(self, idx: int, piece: str, final: bool) -> str:
        if self.app.classifier is None or self.app.name not in self.gw.classifiers:
            return piece
        gate = self.gates.get(idx)
        if gate is None:
            gate = self.gates[idx] = ClassifierGate(self._classify, self.app.classifier.stream_every_chars)
        out, found = await gate.feed(piece, final=final)
        if found is not None:
            worst = "substitute" if all(h.action == "substitute" for h in found if h.action != "allow") else "block"
            reply = self.app.refusal if worst == "block" else substitute_for(self.gw.cfg, self.app, found)
            raise Stop("output_classifier_" + worst, reply)
        return out

    async def choice(self, choice: dict[str, Any]) -> bool:
        """Check one streamed choice and edit its delta in place; whether it carries anything."""
        if not isinstance(choice.get("delta"), dict):
            choice["delta"] = {}
        delta, finish, idx = choice["delta"], bool(choice.get("finish_reason")), int(choice.get("index") or 0)
        if "tool_calls" in delta:
            self.tools.setdefault(idx, ToolCallBuffer()).add(delta.pop("tool_calls"))
        for f in FIELDS:
            if f not in delta and not finish:
                continue
            piece = self._guard(idx, f, str(delta.get(f) or ""), finish)
            if f == "content":
                piece = await self._gate(idx, piece, finish)
            if f in delta or piece:
                delta[f] = piece
        if finish:
            await self._release_tools(idx, delta)
        self._apply_label(idx, delta, finish)
        return finish or any(delta.get(k) for k in delta)

    async def _check_tool_text(self, text: str) -> Verdict:
        try:
            return await self.gw.check(self.app, text, "output", self.mode)
        except GatewayHTTPError:  # fail closed: the app asked for it
            raise Stop("check_failed", self.app.refusal) from None

    async def _release_tools(self, idx: int, delta: dict[str, Any]) -> None:
        """The choice's tool calls, complete and checked, into ``delta`` (or a stop)."""
        buf = self.tools.pop(idx, None)
        if buf is None or not buf.calls:
            return
        self.tooled.add(idx)
        calls = buf.complete()
        verdict = await check_functions([c["function"] for c in calls], self._check_tool_text)
        self.tool_hits += verdict.hits
        if verdict.stops:
            raise Stop("output_tool_" + verdict.action, verdict.reply)
        delta["tool_calls"] = calls

    def _apply_label(self, idx: int, delta: dict[str, Any], finish: bool) -> None:
        lbl = self.gw.cfg.label
        if lbl.text and lbl.position == "start" and idx not in self.labelled and delta.get("content"):
            delta["content"] = lbl.text + "\n" + delta["content"]
            self.labelled.add(idx)
        if finish and lbl.text and lbl.position == "end" and not self._only_tool_calls(idx):
            delta["content"] = (delta.get("content") or "") + "\n" + lbl.text

    def _only_tool_calls(self, idx: int) -> bool:
        """A choice that called tools and wrote no text gets no text label (as in plain answers)."""
        guard = self.guards.get((idx, "content"))
        return idx in self.tooled and (guard is None or not guard.text)

    # ------------------------------------------------------------ the stream
    async def events(self, resp: UpstreamStream) -> AsyncIterator[bytes]:
        """The events for the client; on a hit a final ``content_filter`` chunk and nothing after it."""
        try:
            async for out in self._lines(resp):
                yield out
            async for out in self._flush():
                yield out
        except Stop as stop:
            self.action = stop.action
            yield sse(chunk(self.model, self.rid, {"content": stop.reply}, "content_filter"))
        yield DONE

    async def _lines(self, resp: UpstreamStream) -> AsyncIterator[bytes]:
        async for line in resp.lines():
            payload = data_payload(line)
            if payload is None:
                continue
            if payload == SSE_DONE:
                return
            obj = parse_chunk(payload)
            if obj is None:
                continue
            emit = not obj["choices"]  # usage-only chunks pass through
            for c in obj["choices"]:
                emit = (await self.choice(c) if isinstance(c, dict) else False) or emit
            if emit:
                if self.first:
                    obj["aigc"] = self.label
                    self.first = False
                yield sse(obj)

    async def _flush(self) -> AsyncIterator[bytes]:
        """The upstream ended without a finish chunk: check and release what is left."""
        for (idx, f), g in list(self.guards.items()):
            gate = self.gates.get(idx) if f == "content" else None
            if g.released == len(g.text) and (gate is None or gate.approved == len(gate.text)):
                continue
            piece = self._guard(idx, f, "", True)
            if gate is not None:
                piece = await self._gate(idx, piece, True)
            out = chunk(self.model, self.rid, {f: piece}, None)
            out["choices"][0]["index"] = idx
            yield sse(out)
        for idx in list(self.tools):
            delta: dict[str, Any] = {}
            await self._release_tools(idx, delta)
            out = chunk(self.model, self.rid, delta, None)
            out["choices"][0]["index"] = idx
            yield sse(out)

