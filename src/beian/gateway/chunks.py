"""One guarded stream, on plain ``chat.completion.chunk`` dicts: every choice, every output channel.

Used by the gateway's relay (SSE lines) and by the LiteLLM adapter (``ModelResponseStream``
turned into dicts and back), so the two cannot drift apart. Each choice has its own
:class:`ChoiceGuard`; inside it each text channel (``reasoning_content``, vLLM's ``reasoning``,
``content``, ``refusal``, completions' ``text``) has its own :class:`~beian.gateway.stream.FieldGuard`,
the answer passes the classifier gate, tool calls and a legacy ``function_call`` are held until
the choice finishes and checked whole, and ``logprobs`` follow the released text: an entry
leaves only once its token has been released unchanged, and never for blocked text.

A hit in one choice ends that choice (``finish_reason: content_filter`` with the refusal or the
substitute answer, on that choice's index); the other choices go on. Reasoning ends when the
answer begins, so a hit at the end of the reasoning acts then, not when the whole answer has
streamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from beian.gateway.guard import Checks
from beian.gateway.policy import PolicyHit, Verdict, substitute_for
from beian.gateway.stream import ClassifierGate, FieldGuard
from beian.gateway.toolcalls import (
    FunctionCallBuffer,
    ToolCallBuffer,
    call_ids,
    check_functions,
    functions,
    tool_seam,
)
from beian.kinds import Outcome

REASONING = ("reasoning_content", "reasoning")
TEXT_FIELDS = (*REASONING, "content", "refusal", "text")
ANSWER = ("content", "refusal", "text", "tool_calls", "function_call")
GATED = ("content", "text")  # the answer the classifier judges
LOGPROB_FIELDS = ("content", "refusal")


class ChoiceStop(Exception):
    """One choice must end here with ``reply`` (``finish_reason: content_filter``)."""

    def __init__(self, action: str, reply: str) -> None:
        super().__init__(action)
        self.action, self.reply = action, reply


@dataclass
class LogprobQueue:
    """The ``logprobs`` entries of one channel, released as their tokens are released unchanged."""

    received: int = 0
    items: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)

    def add(self, entries: Any, n_chars: int) -> None:
        """Entries that came with ``n_chars`` new characters (positioned by their tokens' lengths)."""
        pos = self.received
        for e in entries if isinstance(entries, list) else []:
            token = e.get("token") if isinstance(e, dict) else None
            if isinstance(token, str):
                self.items.append((pos, pos + len(token), e))
                pos += len(token)
        self.received += n_chars

    def take(self, text: str, released: int) -> list[dict[str, Any]]:
        """Entries whose token is now released as it was generated (masked or rewritten tokens are dropped)."""
        out = [e for s, t, e in self.items if t <= released and text[s:t] == e["token"]]
        self.items = [it for it in self.items if it[1] > released]
        for e in out:
            own_bytes(e)
        return out


def own_bytes(entry: dict[str, Any]) -> None:
    """A logprobs entry's ``bytes`` (and its alternatives') is forwarded only as the UTF-8 of the entry's own token,
    the text that is checked; other bytes are set to null (they could carry a term or a number the token does not)."""
    alts = entry.get("top_logprobs")
    for e in [entry, *(alts if isinstance(alts, list) else [])]:
        if isinstance(e, dict) and e.get("bytes") is not None:
            token = e.get("token")
            if not (isinstance(token, str) and e["bytes"] == list(token.encode("utf-8"))):
                e["bytes"] = None


@dataclass
class ChoiceGuard:
    """The guard state of one choice."""

    index: int
    checks: Checks
    every: int | None  # classifier segment size; None: no classifier
    fields: dict[str, FieldGuard] = field(default_factory=dict)
    gate: ClassifierGate | None = None
    tools: ToolCallBuffer = field(default_factory=ToolCallBuffer)
    legacy: FunctionCallBuffer = field(default_factory=FunctionCallBuffer)
    logprobs: dict[str, LogprobQueue] = field(default_factory=dict)
    tool_hits: list[PolicyHit] = field(default_factory=list)
    tool_action: str = "allow"
    answered: bool = False
    labelled: bool = False
    finished: bool = False
    stopped: ChoiceStop | None = None

    @property
    def hits(self) -> list[PolicyHit]:
        """Every hit of this choice so far."""
        gate = self.gate.hits if self.gate is not None else []
        return [h for g in self.fields.values() for h in g.hits] + gate + self.tool_hits

    def released_text(self, f: str) -> tuple[str, int]:
        """The channel's text as released (masks applied) and how much of it has been released."""
        if f in GATED and self.gate is not None:
            return self.gate.text, self.gate.approved
        g = self.fields[f]
        return g.own, g.released - g.context

    async def text(self, f: str, piece: str, final: bool) -> str:
        """Feed one channel; the text now safe to send (or :class:`ChoiceStop`)."""
        g = self.fields.get(f)
        if g is None:
            g = self.fields[f] = self._answer_after_reasoning() if f in ANSWER else FieldGuard.of(self.checks)
        out, stop = g.feed(piece, final=final)
        if stop is not None:
            raise ChoiceStop(Outcome.of("output", stop.action), stop.reply)
        if f in GATED and self.every is not None and self.checks.classify is not None:
            out = await self._gate(out, final)
        return out

    def _answer_after_reasoning(self) -> FieldGuard:
        """The guard of an answer channel, reading the end of the reasoning before it as context: the user sees the two
        one after the other, so a term split between them (``…法轮`` in the reasoning, ``功…`` in the answer: the
        hundred-and-twenty-first probe) is a term. The context is never sent again; the reasoning's own guard released it."""
        g = FieldGuard.of(self.checks)
        reasoning = next((self.fields[f] for f in REASONING if f in self.fields), None)
        if reasoning is not None:
            hold = g.hold() if callable(g.hold) else g.hold
            g.text = reasoning.own[-hold:] if hold > 0 else ""
            g.released = g.context = len(g.text)
        return g

    async def _gate(self, piece: str, final: bool) -> str:
        assert self.checks.classify is not None and self.every is not None
        if self.gate is None:
            self.gate = ClassifierGate(self.checks.classify, self.every)
        out, found = await self.gate.feed(piece, final=final)
        if found is not None:
            stopping = [h for h in found if h.action != "allow"]
            worst = "substitute" if stopping and all(h.action == "substitute" for h in stopping) else "block"
            app = self.checks.app
            reply = app.refusal if worst == "block" else substitute_for(self.checks.cfg, app, found)
            raise ChoiceStop(Outcome.of("output_classifier", worst), reply)
        return out

    async def release_tools(self, delta: dict[str, Any]) -> None:
        """The complete tool calls and legacy function call, checked, into ``delta`` (or :class:`ChoiceStop`)."""
        calls = self.tools.complete() if self.tools.calls else []
        legacy = self.legacy.function
        self.tools, self.legacy = ToolCallBuffer(), FunctionCallBuffer()
        funcs = functions({"tool_calls": calls, "function_call": legacy})
        if not funcs:
            return
        await self._tool_seam(funcs)
        verdict: Verdict = await check_functions(funcs, self.checks.averdict, call_ids({"tool_calls": calls}))
        self.tool_hits += verdict.hits
        if verdict.stops:
            raise ChoiceStop(Outcome.of("output_tool", verdict.action), verdict.reply)
        if verdict.action == "mask":
            self.tool_action = Outcome.OUTPUT_TOOL_MASK
        self.answered = True
        if calls:
            delta["tool_calls"] = calls
        if legacy is not None:
            delta["function_call"] = legacy

    async def _tool_seam(self, funcs: list[dict[str, Any]]) -> None:
        """A term split between the text written before the tool calls (the answer, else the reasoning) and the first
        call's arguments (``…思考法轮`` / ``{"q": "功"}``: the hundred-and-thirty-third probe) stops the choice."""
        before = next((self.fields[f].own for f in (*ANSWER, *REASONING) if f in self.fields and self.fields[f].own), "")
        seam = tool_seam(before, funcs)
        if seam is None:
            return
        verdict: Verdict = await self.checks.averdict(seam[0])
        across = [h for h in verdict.hits if h.start < seam[1] < h.end and h.action in ("block", "substitute")]
        if across:
            self.tool_hits += across
            raise ChoiceStop(Outcome.of("output_tool", verdict.action), verdict.reply)

    def holds(self, f: str) -> bool:
        """Whether channel ``f`` has text received but not yet released."""
        g = self.fields.get(f)
        if g is None:
            return False
        gate = self.gate if f in GATED else None
        return g.released < len(g.text) or (gate is not None and gate.approved < len(gate.text))

    def only_tool_calls(self) -> bool:
        """A choice that called tools and wrote no text gets no text label (as in plain answers)."""
        g = self.fields.get("content") or self.fields.get("text")
        return self.answered and (g is None or not g.own)

    def drop_unfinished_terms(self) -> None:
        """The stream ended without finishing this choice: the held tail of each channel that could still be the start
        of a term (``海洛`` of ``海洛因``) is dropped, not released; the rest of the held text is checked and released."""
        for g in self.fields.values():
            g.drop_tail(self.checks.term_pending)


class ChunkGuard:
    """One stream's choices: edit each chunk in place to what is safe to send."""

    def __init__(self, checks: Checks, label: tuple[str, str] | None = None, every: int | None = None) -> None:
        """``label`` is ``(text, position)`` of the explicit AIGC label; ``every`` the classifier's segment size."""
        self.checks, self.label, self.every = checks, label, every
        self.choices: dict[int, ChoiceGuard] = {}
        self.incomplete = False
        self.stop_action: str | None = None

    # ------------------------------------------------------------ results
    @property
    def hits(self) -> list[PolicyHit]:
        """Every hit of every choice."""
        return [h for c in self.choices.values() for h in c.hits]

    @property
    def action(self) -> str:
        """What the stream's audit record says: a stop, else incomplete, else a mask, else allow."""
        if self.stop_action:
            return self.stop_action
        for c in sorted(self.choices.values(), key=lambda c: c.index):
            if c.stopped is not None:
                return c.stopped.action
        if self.incomplete:
            return Outcome.STREAM_INCOMPLETE
        if any(h.action == "mask" for c in self.choices.values() for g in c.fields.values() for h in g.hits):
            return Outcome.OUTPUT_MASK
        return next((c.tool_action for c in self.choices.values() if c.tool_action != "allow"), "allow")

    @property
    def stops(self) -> list[ChoiceStop]:
        """The stops so far, by choice index."""
        return [c.stopped for _, c in sorted(self.choices.items()) if c.stopped is not None]

    def answer_text(self) -> list[str]:
        """The answer's content as received, per choice (for the audit's raw field, when enabled)."""
        out = []
        for _, c in sorted(self.choices.items()):
            g = c.fields.get("content") or c.fields.get("text")
            if g is not None:
                out.append(g.own)
        return out

    # ------------------------------------------------------------ the stream
    async def feed(self, obj: dict[str, Any]) -> bool:
        """Check one chunk and edit it in place; whether it should be sent."""
        from beian.gateway.extras import screened, top_channels

        for chan in top_channels(obj):  # model, system_fingerprint, provider keys, this chunk alone
            screened(chan, self.checks.verdict(chan.text))
        choices = obj.get("choices")
        if not isinstance(choices, list) or not choices:
            return True  # usage-only chunks pass through
        kept = []
        for c in choices:
            if isinstance(c, dict) and await self._choice(c):
                kept.append(c)
        obj["choices"] = kept
        return bool(kept)

    def stop_all(self, action: str, reply: str) -> list[dict[str, Any]]:
        """End every unfinished choice with ``reply`` (emergency switch, a failing check)."""
        self.stop_action = action
        out = []
        for idx in sorted(self.choices) or [0]:
            c = self.choices.setdefault(idx, ChoiceGuard(idx, self.checks, self.every))
            if c.finished:
                continue
            c.finished, c.stopped = True, ChoiceStop(action, reply)
            out.append(stop_choice(idx, reply))
        return out

    async def flush(self) -> list[dict[str, Any]]:
        """The upstream ended without finishing every choice: drop each held tail that could still start a term,
        release the rest (checked), no finish."""
        out = []
        self.incomplete = not self.choices
        for idx, c in sorted(self.choices.items()):
            if c.finished:
                continue
            self.incomplete = True
            choice: dict[str, Any] = {"index": idx, "delta": {}, "finish_reason": None}
            c.drop_unfinished_terms()
            try:
                await self._step(c, choice, choice["delta"], closing=True)
            except ChoiceStop as stop:
                c.stopped, choice = stop, stop_choice(idx, stop.reply)
            c.finished = True
            if choice["finish_reason"] or any(choice["delta"].values()):
                out.append(choice)
        return out

    # ------------------------------------------------------------ one choice
    async def _choice(self, choice: dict[str, Any]) -> bool:
        idx = int(choice.get("index") or 0)
        c = self.choices.get(idx)
        if c is None:
            c = self.choices[idx] = ChoiceGuard(idx, self.checks, self.every)
        if c.finished:
            return False
        completions = "delta" not in choice and "text" in choice
        if not completions and not isinstance(choice.get("delta"), dict):
            choice["delta"] = {}
        src = choice if completions else choice["delta"]
        try:
            await self._step(c, choice, src, closing=False)
        except ChoiceStop as stop:
            c.finished, c.stopped = True, stop
            choice.clear()
            choice.update(stop_choice(idx, stop.reply, completions))
            return True
        if choice.get("finish_reason"):
            c.finished = True
        return bool(choice.get("finish_reason")) or any(src.get(k) for k in (*TEXT_FIELDS, *ANSWER, "role"))

    async def _step(self, c: ChoiceGuard, choice: dict[str, Any], src: dict[str, Any], closing: bool) -> None:
        from beian.gateway.extras import (  # extras reads channels, reads this
            KNOWN,
            STREAM_CHOICE_KNOWN,
            plain_content,
        )

        finish = closing or bool(choice.get("finish_reason"))
        self._extras(c, choice, STREAM_CHOICE_KNOWN)  # the choice's own vendor fields (OpenRouter's error, a whole message)
        if src is not choice:  # a chat delta: content as an object, and fields without a channel of their own
            plain_content(src)
            self._extras(c, src, KNOWN)
        if isinstance(src.get("content"), list):
            src["content"] = "".join(p.get("text") or "" for p in src["content"]
                                     if isinstance(p, dict) and isinstance(p.get("text"), str))
        if src.get("tool_calls") is not None:
            c.tools.add(src.pop("tool_calls"))
        if src.get("function_call") is not None:
            c.legacy.add(src.pop("function_call"))
        c.answered = c.answered or any(src.get(k) for k in ANSWER) or bool(c.tools.calls) \
            or c.legacy.function is not None
        logprobs = choice.pop("logprobs", None)
        received = {f: src[f] for f in TEXT_FIELDS if isinstance(src.get(f), str)}
        for f in TEXT_FIELDS:
            # reasoning ends when the answer begins: a hit at its end acts now, not at the finish
            ending = finish or (f in REASONING and c.answered and f not in received)
            if f not in received and not (ending and c.holds(f)):
                continue
            piece = await c.text(f, received.get(f, ""), ending)
            if f in received or piece:
                src[f] = piece
        if finish:
            await c.release_tools(src)
        kept = self._logprobs(c, logprobs, received, src)
        if kept is not None:
            from beian.gateway.channels import alternative_tokens, drop_alternatives

            bad = {t for t in alternative_tokens(kept) if c.checks.verdict(t).action != "allow"}
            choice["logprobs"] = drop_alternatives(kept, bad)
        self._label(c, src, finish)

    @staticmethod
    def _extras(c: ChoiceGuard, holder: dict[str, Any], known: frozenset[str]) -> None:
        """Check the strings of the unknown fields of a delta (``audio.transcript``, ``annotations``) or of a choice
        (``error``, ``message``), this chunk alone."""
        from beian.gateway.extras import extra_channels

        for chan in extra_channels(holder, known):
            verdict = c.checks.verdict(chan.text)
            if verdict.stops:
                raise ChoiceStop(Outcome.of("output", verdict.action), verdict.reply)
            if verdict.action == "mask":
                chan.put(verdict.text)

    def _logprobs(self, c: ChoiceGuard, logprobs: Any, received: dict[str, str],
                  sent: dict[str, Any]) -> Any:
        """The chunk's ``logprobs`` cut to the released text (``None``: drop the field)."""
        if isinstance(logprobs, dict) and any(isinstance(logprobs.get(f), list) for f in LOGPROB_FIELDS):
            kept: dict[str, Any] = {}
            for f in LOGPROB_FIELDS:
                q = c.logprobs.setdefault(f, LogprobQueue())
                q.add(logprobs.get(f), len(received.get(f, "")))
                if f in c.fields:
                    kept[f] = q.take(*c.released_text(f)) or None
            return kept if any(kept.values()) else None
        exact = all(sent.get(f) == v for f, v in received.items()) and \
            all(g.released == len(g.text) for g in c.fields.values())
        return logprobs if logprobs is not None and exact else None  # other shapes: only when released whole

    def _label(self, c: ChoiceGuard, delta: dict[str, Any], finish: bool) -> None:
        if self.label is None or not self.label[0]:
            return
        text, position = self.label
        f = "text" if "text" in c.fields and "content" not in c.fields else "content"
        if position == "start" and not c.labelled and delta.get(f):
            delta[f] = text + "\n" + delta[f]
            c.labelled = True
        if finish and position == "end" and not c.only_tool_calls():
            delta[f] = (delta.get(f) or "") + "\n" + text


def stop_choice(idx: int, reply: str, completions: bool = False) -> dict[str, Any]:
    """A choice that ends here with ``reply`` and ``finish_reason: content_filter`` (no logprobs)."""
    if completions:
        return {"index": idx, "text": reply, "finish_reason": "content_filter"}
    return {"index": idx, "delta": {"content": reply}, "finish_reason": "content_filter"}
