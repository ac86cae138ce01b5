"""Leak fuzzer: no character of a confirmed hit, and nothing after it, ever reaches a client.

Real public lexicons (houbb + konsheng, a fixed random sample so the test compiles in seconds),
real model answers (yijian, latent-jailbreak), a planted term with random separators (symbols,
zero-width spaces, line breaks, combining marks) in the answer, the reasoning or a tool call's
JSON arguments, cut into random 1–8 character chunks.
The stream guard (:class:`beian.gateway.chunks.ChunkGuard`, the state machine the gateway and
the LiteLLM adapter share) is driven directly for volume; a smaller number of streams go
through a real gateway on loopback to show the wiring. Every failure prints the seed:
``BEIAN_FUZZ_SEED=<seed>`` reruns exactly that case first.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from gw_support import APP_KEY, serve, write_config

from beian.gateway.chunks import ChunkGuard
from beian.gateway.guard import Checks

N_TERMS = 4000
BLOCKED_STREAMS = 10_000
GATEWAY_STREAMS = 60
BASE_SEED = int(os.environ.get("BEIAN_FUZZ_SEED", "20261203"))
SEPARATORS = ["", "", "", " ", "*", "·", "-", "\u200b", "_", "\n", "\r\n", "\u2028", "\u0301"]
KINDS = ("content", "reasoning", "reasoning_content", "tool", "reasoning+content")


# ------------------------------------------------------------------ real data
def _terms(data: Path) -> list[str]:
    seen: dict[str, None] = {}
    with open(data / "lexicon-houbb/sensitive_word_tags.txt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            seen.setdefault(line.strip().split(" ")[0], None)
    for path in [data / "lexicon-houbb/sensitive_word_dict.txt",
                 *sorted((data / "lexicon-konsheng/Vocabulary").glob("*.txt"))]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            seen.setdefault(line.strip(), None)
    terms = sorted(t for t in seen if 2 <= len(t) <= 12 and not any(c in t for c in "#\t\\"))
    random.Random(7).shuffle(terms)
    return terms[:N_TERMS]


def _answers(data: Path) -> list[str]:
    out = []
    for name in ("answers-yijian", "answers-latent-jailbreak"):
        with gzip.open(data / name / "data.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                answer = str(json.loads(line).get("answer") or "").replace("\n", "。")
                if len(answer) >= 20 and sum("\u4e00" <= c <= "\u9fff" for c in answer) >= 10:
                    out.append(answer)
    return out


@pytest.fixture(scope="module")
def world(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The sampled lexicon as a gateway config, its compiled checks, and the answers."""
    from beian.gateway.config import load_config
    from beian.gateway.lexicons import compile_lexicon, load_files

    tmp = tmp_path_factory.mktemp("fuzz")
    terms = _terms(shared_data)
    (tmp / "公开词库.txt").write_text("\n".join(terms) + "\n", encoding="utf-8")
    (tmp / "白名单.txt").write_text((shared_data / "lexicon-houbb/sensitive_word_allow.txt").read_text(
        encoding="utf-8"), encoding="utf-8")
    path = write_config(tmp, "http://127.0.0.1:9/v1")
    cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
    for app in cfg["apps"]:
        app.update(lexicons=["公开词库.txt"], allow=["白名单.txt"], pii=False)
    cfg["label"]["position"] = "none"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    config = load_config(path)
    app = config.apps[0]
    matcher = compile_lexicon(load_files([config.path(p) for p in app.lexicons],
                                         [config.path(p) for p in app.allow]))
    checks = Checks.for_app(config, app, lambda: matcher, lambda: "normal")
    return {"checks": checks, "terms": terms, "answers": _answers(shared_data), "config": path, "tmp": tmp}


# ------------------------------------------------------------------ one planned stream
@dataclass
class Plan:
    """What the model would send: the text of each channel and a tool call's arguments."""

    seed: int
    kind: str
    reasoning: str = ""
    content: str = ""
    arguments: str = ""
    field: str = "reasoning_content"
    starts: dict[str, int | None] | None = None

    def chunks(self, rng: random.Random) -> list[dict[str, Any]]:
        """The plan as upstream chunks of 1–8 characters."""
        out = [{"role": "assistant", "content": ""}]
        out += [{self.field: p} for p in cut(self.reasoning, rng)]
        out += [{"content": p} for p in cut(self.content, rng)]
        if self.arguments:
            out.append({"tool_calls": [{"index": 0, "id": "call_0", "type": "function",
                                        "function": {"name": "send_message", "arguments": ""}}]})
            out += [{"tool_calls": [{"index": 0, "function": {"arguments": p}}]} for p in cut(self.arguments, rng)]
        return out


def cut(text: str, rng: random.Random) -> list[str]:
    out, i = [], 0
    while i < len(text):
        n = rng.randint(1, 8)
        out.append(text[i:i + n])
        i += n
    return out


def planted(term: str, rng: random.Random) -> str:
    sep = rng.choice(SEPARATORS)
    return sep.join(term) if sep and rng.random() < 0.5 else term


def excerpt(answers: list[str], rng: random.Random, most: int) -> str:
    a = rng.choice(answers)
    start = rng.randrange(len(a))
    return a[start:start + rng.randint(0, most)]


def make_plan(seed: int, world: dict[str, Any]) -> Plan:
    rng = random.Random(seed)
    term = planted(rng.choice(world["terms"]), rng)
    answers = world["answers"]
    text = excerpt(answers, rng, 12) + term + excerpt(answers, rng, 10)
    kind = rng.choice(KINDS)
    plan = Plan(seed, kind)
    if kind == "content":
        plan.content = text
    elif kind in ("reasoning", "reasoning_content"):
        plan.field = kind
        plan.reasoning, plan.content = text, excerpt(answers, rng, 20)
    elif kind == "reasoning+content":
        plan.reasoning, plan.content = excerpt(answers, rng, 12), text
    else:
        plan.content = excerpt(answers, rng, 12)
        values = {"to": excerpt(answers, rng, 6), "text": text}
        if rng.random() < 0.3:  # the term split across two JSON values
            k = rng.randint(1, max(1, len(term) - 1))
            values = {"a": excerpt(answers, rng, 6) + term[:k], "b": term[k:] + excerpt(answers, rng, 6)}
        plan.arguments = json.dumps(values, ensure_ascii=rng.random() < 0.2)
    return plan


# ------------------------------------------------------------------ what the client got
@dataclass
class Received:
    """What left the guard: text per channel, whether tool calls were released, and how it ended."""

    text: dict[str, str]
    tools: bool
    stopped: bool


def received(events: list[dict[str, Any]]) -> Received:
    text: dict[str, str] = {}
    tools = stopped = False
    for e in events:
        for c in e.get("choices") or []:
            delta = c.get("delta") or {}
            if c.get("finish_reason") == "content_filter":
                stopped = True
                continue
            for f in ("reasoning_content", "reasoning", "content"):
                text[f] = text.get(f, "") + str(delta.get(f) or "")
            tools = tools or bool(delta.get("tool_calls"))
    return Received(text, tools, stopped)


def confirmed_starts(checks: Checks, plan: Plan) -> dict[str, int | None]:
    """Where the first hit that must stop the answer starts in each channel (``None``: no such hit).

    One check of the channels joined by a paragraph break (a hard boundary for the matcher, as in
    ``scan_many``) instead of one per channel: the fuzzer spends its time in the guard.
    """
    if plan.starts is None:
        texts = {"reasoning": plan.reasoning, "content": plan.content, "arguments": _arg_text(plan.arguments)}
        joined = "\n\n".join(texts.values())
        hits = [h for h in checks.verdict(joined).hits if h.action in ("block", "substitute")]
        plan.starts, pos = {}, 0
        for name, text in texts.items():
            inside = [h.start - pos for h in hits if pos <= h.start < pos + len(text)]
            plan.starts[name] = min(inside) if inside else None
            pos += len(text) + 2
    return plan.starts


def leaks(plan: Plan, got: Received, checks: Checks) -> list[str]:
    """Every way ``got`` breaks the invariant for ``plan`` (empty: none)."""
    problems = []
    starts = confirmed_starts(checks, plan)
    earlier = False  # a confirmed hit in an earlier channel: nothing after it may leave
    for name, f, full in (("reasoning", plan.field, plan.reasoning), ("content", "content", plan.content)):
        out = got.text.get(f, "")
        if earlier and out:
            problems.append(f"{f} released after an earlier confirmed hit: {out!r}")
        if not full.startswith(out):
            problems.append(f"{f} released text that is not a prefix of the answer: {out!r}")
        start = starts[name]
        if start is not None:
            earlier = True
            if len(out) > start:
                problems.append(f"{f} leaked {out[start:]!r} of the hit in {full!r}")
    if got.tools and (earlier or starts["arguments"] is not None):
        problems.append("tool calls released with a confirmed hit")
    return problems


def _arg_text(arguments: str) -> str:
    from beian.gateway.toolcalls import argument_segments

    return "".join(s.text for s in argument_segments(arguments)[1]) if arguments else ""


def blocked(plan: Plan, checks: Checks) -> bool:
    """Whether the plan has a confirmed hit anywhere (the stream must be stopped)."""
    return any(v is not None for v in confirmed_starts(checks, plan).values())


async def run_guard(checks: Checks, plan: Plan) -> list[dict[str, Any]]:
    """Drive the shared stream guard with the plan's chunks; the chunks it lets out."""
    guard = ChunkGuard(checks)
    rng = random.Random(plan.seed + 1)
    events = []
    for delta in [*plan.chunks(rng), {}]:
        finish = None if delta else ("tool_calls" if plan.arguments else "stop")
        obj = {"choices": [{"index": 0, "delta": dict(delta), "finish_reason": finish}]}
        if await guard.feed(obj):
            events.append(obj)
        if guard.stops:
            break
    return events


# ------------------------------------------------------------------ the tests
def _seeds() -> Iterator[int]:
    yield BASE_SEED
    for i in range(1, 10 * BLOCKED_STREAMS):
        yield BASE_SEED * 1000 + i


def test_no_leak_over_ten_thousand_blocked_streams(world: dict[str, Any]) -> None:
    checks = world["checks"]

    async def run() -> tuple[int, int]:
        n_blocked = n_stopped = 0
        for seed in _seeds():
            plan = make_plan(seed, world)
            if not blocked(plan, checks):
                continue
            got = received(await run_guard(checks, plan))
            problems = leaks(plan, got, checks)
            assert not problems, f"泄漏（BEIAN_FUZZ_SEED={seed} 可复现）：{plan.kind}: {problems}"
            n_blocked += 1
            n_stopped += got.stopped
            if n_blocked >= BLOCKED_STREAMS:
                break
        return n_blocked, n_stopped

    n_blocked, n_stopped = asyncio.run(run())
    assert n_blocked >= BLOCKED_STREAMS
    assert n_stopped == n_blocked  # every stream with a confirmed hit was stopped


@pytest.fixture(scope="module")
def fuzz_gateway(world: dict[str, Any]) -> Iterator[str]:
    """A real gateway (the sampled lexicon from its config) in front of the shared stub upstream."""
    from beian.gateway.app import create_app
    from beian.gateway.config import load_config
    from stub_upstream import create_stub

    with serve(create_stub()) as stub:
        path = world["config"]
        cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
        cfg["upstreams"]["main"]["base_url"] = stub + "/v1"
        cfg["upstreams"]["main"]["timeout_s"] = 10
        path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
        with serve(create_app(load_config(path))) as url:
            yield url


def test_no_leak_through_the_gateway(world: dict[str, Any], fuzz_gateway: str) -> None:
    checks = world["checks"]
    n = 0
    for seed in _seeds():
        plan = make_plan(seed, world)
        if not blocked(plan, checks) or plan.kind == "reasoning":  # the stub streams reasoning_content
            continue
        body: dict[str, Any] = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "你好"}],
                                "stub_answer": plan.content, "stub_chunk": random.Random(seed).randint(1, 8)}
        if plan.reasoning:
            body["stub_reasoning"] = plan.reasoning
        if plan.arguments:
            body["stub_tool_calls"] = [{"name": "send_message", "arguments": plan.arguments}]
            plan.content, plan.starts = "", None  # the stub sends no text with tool calls
        events = []
        with httpx.stream("POST", fuzz_gateway + "/v1/chat/completions", json=body,
                          headers={"Authorization": f"Bearer {APP_KEY}"}, timeout=20) as r:
            assert r.status_code == 200
            for line in r.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    events.append(json.loads(line[6:]))
        got = received(events)
        problems = leaks(plan, got, checks)
        assert not problems and got.stopped, f"泄漏（BEIAN_FUZZ_SEED={seed} 可复现）：{plan.kind}: {problems}"
        n += 1
        if n >= GATEWAY_STREAMS:
            break
    assert n == GATEWAY_STREAMS
