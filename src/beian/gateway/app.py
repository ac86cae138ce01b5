"""The ASGI app: OpenAI-compatible endpoints with checks, labels, audit and admin API."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from beian.errors import ConfigError
from beian.gateway.audit import MODES, AuditStore, AuditWriter
from beian.gateway.audit_chain import KEY_HINT, load_key
from beian.gateway.channels import (
    alternative_tokens,
    channel_seams,
    choice_channels,
    drop_alternatives,
    trim_logprobs,
)
from beian.gateway.checkpoints import Checkpointer, open_sink
from beian.gateway.config import AppConfig, GatewayConfig, sha256_hex
from beian.gateway.errors import GatewayHTTPError, envelope
from beian.gateway.extras import (
    CHOICE_KNOWN,
    extra_channels,
    plain_content,
    plain_message,
    screened,
    top_channels,
)
from beian.gateway.intake import parse_object, read_body
from beian.gateway.lexicons import LiveLexicons
from beian.gateway.messages import BRIDGE, Segment, joined, request_segments, write_back
from beian.gateway.metrics_view import WithoutApps
from beian.gateway.overlay import KeywordState
from beian.gateway.policy import ACTION_RANK, PolicyHit, Verdict, classifier_hits, decide, substitute_for
from beian.gateway.ratelimit import buckets_from_env
from beian.gateway.relay import DONE, Relay, chunk, sse
from beian.gateway.server import record_refusals
from beian.gateway.termcheck import admin_problem, lexicon_problems
from beian.gateway.toolcalls import call_ids, check_functions, functions, tool_seam
from beian.gateway.upstream import UpstreamBlocked, UpstreamClient, UpstreamStream
from beian.gateway.users import UserGuard
from beian.kinds import Outcome, error_outcome
from beian.labels import apply_text_label, implicit_label, label_json
from beian.llm.blocks import Block
from beian.log import get_logger, swallowed, text_ref
from beian.records import AuditRow

LOG = get_logger("gateway")
STATE_TTL_S = 1.0
WATCH_S = 0.25  # how often each worker re-reads the mode and keyword version
WARM_UP_TEXT = "路口交警说法轮功不是功法。fa lun gong 请拨打13812345678或发邮件到 a@b.cn。"
INLINE_CHECK_CHARS = 4096


class Metrics:
    """Prometheus metrics in a registry of this app's own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("beian_requests_total", "请求数", ["app", "action"], registry=self.registry)
        self.blocks = Counter("beian_blocks_total", "拦截数", ["stage", "category"], registry=self.registry)
        self.latency = Histogram("beian_request_seconds", "网关处理耗时（不含上游）", ["stage"],
                                 registry=self.registry, buckets=(.0005, .001, .002, .005, .01, .05, .1, .5, 1))
        self.audit_errors = Counter("beian_audit_errors_total", "审计写入失败", registry=self.registry)
        self.audit_wait = Histogram("beian_audit_commit_seconds", "一条审计记录从交给写入线程到提交完成的等待",
                                    registry=self.registry,
                                    buckets=(.0005, .001, .002, .005, .01, .02, .05, .1, .5, 1))


class Gateway:
    """State shared by all requests of one worker."""

    def __init__(self, cfg: GatewayConfig, store: AuditStore | None = None) -> None:
        self.cfg = cfg
        self.store = store or AuditStore(cfg.db_url(), cfg.audit.busy_timeout_ms, cfg.audit.synchronous,
                                         key=load_key(cfg))
        self.writer = AuditWriter(self.store)
        self.checkpointer = _make_checkpointer(cfg, self.store)
        self.users = UserGuard(self.store, self.audit)  # TC260-003 7 g) 1)
        self.metrics = Metrics()
        self.upstream = UpstreamClient()
        self.lexicons = LiveLexicons({a.name: ([cfg.path(p) for p in a.lexicons], [cfg.path(p) for p in a.allow],
                                               [cfg.path(p) for p in a.user_dict]) for a in cfg.apps},
                                     warm=self._warm_up)
        self._mode = ("normal", 0.0)
        self._rebuilding = asyncio.Lock()
        self._watching = False
        self._pending_records: set[asyncio.Task[None]] = set()  # refusals recorded off the protocol's callback
        self.buckets = buckets_from_env()  # shared by all workers of one ``beian serve``
        self._slots = {a.name: i for i, a in enumerate(cfg.apps)}
        self.classifiers = {a.name: _make_classifier(a) for a in cfg.apps if a.classifier is not None}
        self.rebuild_matchers()
        _freeze_heap()
        self.lexicon_problems = [p for m in self.matchers.values() for p in lexicon_problems(m)]
        for problem in self.lexicon_problems:
            LOG.warning(problem)

    # ------------------------------------------------------------ state
    @property
    def matchers(self) -> dict[str, Any]:
        """Each app's live matcher (a new dict object whenever keywords change; never mutated)."""
        return self.lexicons.live

    @property
    def kw_version(self) -> int:
        """The keyword change-log version in effect."""
        return self.lexicons.state.version

    def current_mode(self) -> str:
        """The emergency mode in effect (kept current by :meth:`watch`; no database query)."""
        return self._mode[0]

    def _warm_up(self, matchers: dict[str, Any]) -> None:
        """Load what the checks load lazily (word dictionary, pinyin, scratch space) before going live."""
        for app in self.cfg.apps:
            matcher = matchers[app.name]
            for m in (matcher, getattr(matcher, "base", None)):
                if hasattr(m, "warm"):
                    m.warm()
            decide(self.cfg, app, matcher, WARM_UP_TEXT, stage="output", mode="normal")

    def rebuild_matchers(self) -> None:
        """Make the database's keyword changes live now: an overlay on the compiled lexicons
        (milliseconds); the full recompile follows in the background and swaps in on its own."""
        version = self.store.keyword_version()
        added, removed = self.store.keyword_overlay()
        self.lexicons.apply(KeywordState(version, dict(added), frozenset(removed)))

    async def poll_state(self) -> str:
        """Read the mode and the keyword version (two small queries); reload keywords if they changed."""
        started = time.monotonic()
        mode, version = await asyncio.to_thread(lambda: (self.store.mode(), self.store.keyword_version()))
        if self._mode[1] <= started:  # an admin switch made while the query ran is newer than what it read
            self._mode = (mode, time.monotonic())
        else:
            mode = self._mode[0]
        if version != self.kw_version:
            async with self._rebuilding:
                if version != self.kw_version:
                    await asyncio.to_thread(self.rebuild_matchers)
        return mode

    async def refresh(self) -> str:
        """The current mode. With :meth:`watch` running (the server's lifespan) it is always current;
        without it, mode and keyword version are re-read at most once a second."""
        mode, at = self._mode
        now = time.monotonic()
        if self._watching or now - at < STATE_TTL_S:
            return mode
        self._mode = (mode, now)
        try:
            return await self.poll_state()
        except Exception as exc:  # the database is briefly unavailable: keep the last known state
            swallowed(LOG, "读取应急模式与关键词版本失败，沿用上次的状态", exc, mode=mode)
            return mode

    async def watch(self, every_s: float = WATCH_S) -> None:
        """Keep mode and keywords current in every worker: poll every ``every_s`` (runs for the lifespan)."""
        failing = False
        self._watching = True
        try:
            while True:
                try:
                    await self.poll_state()
                    failing = False
                except Exception as exc:  # keep the last known state; log once per outage
                    if not failing:
                        swallowed(LOG, "读取应急模式与关键词版本失败，沿用上次的状态", exc, mode=self._mode[0])
                    failing = True
                await asyncio.sleep(every_s)
        finally:
            self._watching = False

    async def open_clients(self) -> None:
        """Create the pooled upstream session; record streams a killed worker left unfinished."""
        await self.upstream.open()
        await self.recover_interrupted()

    async def close_clients(self) -> None:
        """Close the upstream session, stop keyword rebuilds and flush the audit writer."""
        self.lexicons.close()
        await self.upstream.close()
        self.writer.close()
        if self.checkpointer is not None:
            self.checkpointer.close()
        self.store.close()

    def rate_ok(self, app: AppConfig) -> bool:
        """Token bucket per app (``rate_limit_rpm``; 0 = unlimited), one bucket across all workers."""
        if app.rate_limit_rpm <= 0:
            return True
        return self.buckets.take(self._slots[app.name], app.rate_limit_rpm)

    async def check(self, app: AppConfig, text: str, stage: str, mode: str) -> Verdict:
        """Run the checks in a worker thread with the app's timeout; fail closed on error."""
        matcher = self.matchers[app.name]
        t0 = time.perf_counter()
        try:
            if len(text) <= INLINE_CHECK_CHARS:  # ~1 ms: a thread hop would cost more than it saves
                verdict = decide(self.cfg, app, matcher, text, stage=stage, mode=mode)
            else:
                verdict = await asyncio.wait_for(
                    asyncio.to_thread(decide, self.cfg, app, matcher, text, stage=stage, mode=mode),
                    timeout=app.check_timeout_s)
        except Exception as exc:
            swallowed(LOG, "内容安全检查出错或超时", exc, app=app.name, stage=stage, text=text_ref(text),
                      fail_closed=app.fail_closed)
            if not app.fail_closed:
                return Verdict(text=text)
            raise GatewayHTTPError(503, "内容安全检查出错或超时，已按失败关闭策略拒绝本次请求",
                                   "service_unavailable", "check_failed") from exc
        finally:
            self.metrics.latency.labels(stage).observe(time.perf_counter() - t0)
        for h in verdict.hits:
            if h.action != "allow":
                self.metrics.blocks.labels(stage, h.key).inc()
        return verdict

    async def classify(self, app: AppConfig, answer: str, question: str, mode: str) -> list[PolicyHit]:
        """Ask the app's classifier about a plain answer; fail closed on error or timeout."""
        clf = self.classifiers.get(app.name)
        if clf is None or app.classifier is None:
            return []
        try:
            verdict = await asyncio.wait_for(asyncio.to_thread(clf.classify, answer, question),
                                             timeout=app.classifier.timeout_s)
        except Exception as exc:
            swallowed(LOG, "分类模型调用失败或超时", exc, app=app.name, answer=text_ref(answer),
                      fail_closed=app.fail_closed)
            if not app.fail_closed:
                return []
            raise GatewayHTTPError(503, "分类模型调用失败或超时，已按失败关闭策略拒绝本次请求",
                                   "service_unavailable", "classifier_failed") from exc
        return classifier_hits(app, verdict, mode == "strict" or app.minors_mode)

    async def audit(self, row: AuditRow) -> None:
        """Commit one decision record (raises when the database cannot take it)."""
        t0 = time.perf_counter()
        record = cast(dict[str, Any], row)  # the store takes plain dicts (no copy on the hot path)
        try:
            if self.store.try_append_now(record) is None:  # ~0.1 ms inline; a thread hop costs ms under load
                await asyncio.wrap_future(self.writer.submit(record))
            self.metrics.audit_wait.observe(time.perf_counter() - t0)
        except Exception as exc:
            self.metrics.audit_errors.inc()
            raise GatewayHTTPError(503, "审计日志无法写入（数据库被锁定或不可用），为保证留痕已拒绝本次请求",
                                   "service_unavailable", "audit_unavailable") from exc

    async def audit_rejected(self, err: GatewayHTTPError, *, app: AppConfig | None = None,
                             body: dict[str, Any] | None = None, rid: str = "", mode: str = "",
                             hits: list[PolicyHit] | None = None, asked: str | None = None) -> None:
        """Record a refused or failed request (401, 429, 4xx, 503, 502/504); never raises.

        The caller answers with ``err`` whatever happens here; a record that cannot be written
        is logged. Authentication failures carry no user text (the body is not read).
        """
        if err.code == "audit_unavailable":  # the database is the failure: nothing can be recorded
            return
        outcome = error_outcome(err.status, err.code)
        row = _row(self, app, body or {}, rid or _new_rid(), mode or self._mode[0], outcome, hits or [], {},
                   {"input": asked} if asked is not None else None)
        row["evidence"] = json.dumps([{"status": err.status, "code": err.code}, *(h.to_dict() for h in hits or [])],
                                     ensure_ascii=False)
        try:
            await self.audit(row)
        except GatewayHTTPError as exc:
            swallowed(LOG, "被拒绝请求的审计记录无法写入", exc, level=logging.ERROR, outcome=str(outcome))

    def note_refusal(self, status: int, message: str, code: str) -> None:
        """Record a request the HTTP protocol refused before it reached the app (431, 408); never raises."""
        task = asyncio.get_running_loop().create_task(
            self.audit_rejected(GatewayHTTPError(status, message, "invalid_request_error", code)))
        self._pending_records.add(task)
        task.add_done_callback(self._pending_records.discard)

    async def audit_start(self, app: AppConfig, body: dict[str, Any], rid: str, mode: str) -> None:
        """The start record of a streamed answer, committed before the first byte reaches the client.

        The outcome record follows when the stream ends; a worker killed in between leaves only
        this record, and the next start of a gateway on this host adds an ``interrupted`` record.
        """
        row = _row(self, app, body, rid, mode, Outcome.STREAM_START, [], {})
        row["evidence"] = json.dumps([{"worker": worker_id()}])
        await self.audit(row)

    async def recover_interrupted(self) -> int:
        """Add an ``interrupted`` record for every stream whose worker on this host is gone."""
        try:
            return await asyncio.to_thread(self.store.mark_interrupted, worker_id())
        except Exception as exc:
            swallowed(LOG, "补记中断的流式回答失败", exc, level=logging.ERROR)
            return 0

    def label(self, produce_id: str) -> dict[str, dict[str, str]]:
        """The implicit label for one response."""
        return implicit_label(self.cfg.label.producer_code, produce_id)


# ---------------------------------------------------------------- helpers
def _new_rid() -> str:
    return "chatcmpl-" + uuid.uuid4().hex[:23]  # 32 characters: the whole id fits ProduceID


def worker_id() -> str:
    """This worker as ``host/pid`` (stream start records name it, so a restart can tell it is gone)."""
    import socket

    return f"{socket.gethostname()}/{os.getpid()}"


def _freeze_heap() -> None:
    """Move the lexicons and matchers out of the garbage collector's sight.

    A 100k-term lexicon is millions of long-lived objects; every full collection walked them
    all, and those pauses were the gateway's p99 latency. ``gc.freeze`` is meant for this.
    """
    gc.collect()
    gc.freeze()


def _make_checkpointer(cfg: GatewayConfig, store: AuditStore) -> Checkpointer | None:
    """Signed checkpoints outside the database when ``audit.checkpoint_dir`` is set (the key is required)."""
    if not cfg.audit.checkpoint_dir:
        return None
    if store.key is None:
        raise ConfigError("audit.checkpoint_dir 需要审计密钥：没有签名的检查点可以被随意改写", KEY_HINT)
    sink = open_sink(cfg.audit.checkpoint_dir, Path(cfg.base_dir))
    cp = Checkpointer(store, sink, store.key, cfg.audit.checkpoint_every_rows, cfg.audit.checkpoint_every_s)
    store.on_append = cp.note
    return cp


def _make_classifier(app: AppConfig) -> Any:
    from beian.text.classifiers import GuardModelClassifier, LLMJudgeClassifier

    c = app.classifier
    assert c is not None
    cls = GuardModelClassifier if c.kind == "guard" else LLMJudgeClassifier
    return cls(c.base_url, c.model, c.api_key or None, timeout=c.timeout_s)


def _app_for(gw: Gateway, request: Request) -> AppConfig:
    auth = request.headers.get("authorization", "")
    key = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    app = gw.cfg.app_for_key(key) if key else None
    if app is None:
        raise GatewayHTTPError(401, "API 密钥缺失或无效", "authentication_error", "invalid_api_key")
    request.state.app = app  # for the audit record of a refused request
    if not gw.rate_ok(app):
        raise GatewayHTTPError(429, "请求过于频繁，已超过该应用的速率限制", "rate_limit_error", "rate_limited")
    return app


async def _json_body(gw: Gateway, request: Request) -> dict[str, Any]:
    """The body as a JSON object: size limit, read deadline, valid UTF-8 and Unicode, bounded nesting."""
    raw = await read_body(request.stream(), request.headers.get("content-length"), gw.cfg.max_body_bytes,
                          gw.cfg.body_timeout_s)
    return parse_object(raw)


def _user_text(body: dict[str, Any]) -> tuple[str, list[Segment]]:
    """Every text of the request the model will see (all roles, tools, documents …) and where it came from.

    The pieces are joined with a space the matcher bridges, so a term split across two messages
    or parts is still found; see :mod:`beian.gateway.messages`.
    """
    msgs = body.get("messages")
    if not isinstance(msgs, list) or not msgs:
        raise GatewayHTTPError(400, "messages 字段缺失或不是非空数组", code="invalid_messages")
    for i, m in enumerate(msgs):
        if not isinstance(m, dict):
            raise GatewayHTTPError(400, f"messages[{i}] 不是对象", code="invalid_messages")
    segments = request_segments(body)
    return joined(segments, BRIDGE), segments


def _completion(model: str, content: str, finish: str, label: dict[str, Any], rid: str) -> dict[str, Any]:
    return {"id": rid, "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": finish}], "aigc": label}


def _row(gw: Gateway, app: AppConfig | None, body: dict[str, Any], rid: str, mode: str, action: Outcome,
         hits: list[PolicyHit], timings: dict[str, float], raw: dict[str, Any] | None = None) -> AuditRow:
    user = body.get("user")
    return {"ts": time.time(), "request_id": rid, "app": app.name if app else "",
            "user_hash": sha256_hex(str(user)) if user else None,
            "model": audited_model(body.get("model"), gw.cfg.audit.store_raw),
            "mode": mode, "action": action.value, "categories": ",".join(sorted({h.key for h in hits if h.action != "allow"})),
            "evidence": json.dumps([h.to_dict() for h in hits], ensure_ascii=False),
            "timings": json.dumps({k: round(v * 1000, 3) for k, v in timings.items()}),
            "raw": json.dumps(raw, ensure_ascii=False) if (raw and gw.cfg.audit.store_raw) else None}


_MODEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+\-]{0,127}")  # qwen-plus, Qwen/Qwen2.5-7B-Instruct, gpt-4o:2024


def audited_model(value: Any, raw: bool) -> str:
    """The request's ``model`` as the audit log keeps it: a model name as it is; anything else (any client may write
    text there: ``法轮功-13812345678``, the hundred-and-thirty-third probe) as its hash, like the user id, unless
    ``audit.store_raw``."""
    name = "" if value is None else str(value)
    if raw or not name or _MODEL_NAME.fullmatch(name):
        return name[:128]
    return "sha256:" + sha256_hex(name)[:16]


def _headers(gw: Gateway, rid: str, label: dict[str, Any]) -> dict[str, str]:
    """The implicit label and the gateway's request id (the audit record's key) for every answer."""
    return {gw.cfg.label.header: label_json(label), "X-Request-ID": rid}


async def _refusal(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, reply: str,
                   code: str = "content_filter") -> Response:
    label = gw.label(rid)
    headers = _headers(gw, rid, label)
    model = str(body.get("model", ""))
    if app.error_envelope:
        return _refusal_envelope(headers, reply, code)
    if body.get("stream"):
        async def gen() -> AsyncIterator[bytes]:
            first = chunk(model, rid, {"role": "assistant", "content": reply}, "content_filter")
            first["aigc"] = label
            yield sse(first)
            yield b"data: [DONE]\n\n"
        return StreamingResponse(gen(), media_type="text/event-stream", headers=headers)
    return JSONResponse(_completion(model, reply, "content_filter", label, rid), headers=headers)


def _refusal_envelope(headers: dict[str, str], reply: str, code: str = "content_filter") -> Response:
    """An ``error_envelope`` app's refusal: HTTP 400 in the OpenAI error envelope, label headers kept."""
    resp = envelope(400, reply, "content_filter", code)
    resp.headers.update(headers)
    return resp


STREAM_REFUSAL = {"error": {"message": "回答命中内容安全策略，已中止", "type": "content_filter",
                             "code": "content_filter", "param": None}}


def _stopped(action: str) -> bool:
    """Whether a streamed answer's outcome is a refusal (any stop, not a mask)."""
    return any(o.value == action and o.rank >= 3 for o in Outcome)


def _stopped_reply(choices: list[Any]) -> str | None:
    """The reply of the first choice the gateway retracted (``content_filter``), if any."""
    for ch in choices:
        if isinstance(ch, dict) and ch.get("finish_reason") == "content_filter" and isinstance(ch.get("message"), dict):
            return str(ch["message"].get("content") or "")
    return None


# ---------------------------------------------------------------- handlers
def recorded(handler: Callable[[Gateway, Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """An endpoint whose refusals (401, 429, 4xx, 5xx) and internal errors each get an audit record."""

    async def endpoint(request: Request) -> Response:
        gw: Gateway = request.app.state.gw
        try:
            return await handler(gw, request)
        except GatewayHTTPError as err:
            await gw.audit_rejected(err, **_seen(request))
            return err.response()
        except Exception:
            await gw.audit_rejected(GatewayHTTPError(500, "网关内部错误", "server_error", "internal_error"),
                                    **_seen(request))
            raise

    endpoint.__doc__, endpoint.__name__ = handler.__doc__, handler.__name__
    return endpoint


@recorded
async def chat(gw: Gateway, request: Request) -> Response:
    """``POST /v1/chat/completions``."""
    return await _chat(gw, request)


def _seen(request: Request) -> dict[str, Any]:
    """What ``_chat`` learnt about a request before it was refused (for its audit record)."""
    st = request.state
    return {k: getattr(st, k, None) for k in ("app", "body", "rid", "mode", "hits", "asked")
            if getattr(st, k, None) is not None}


async def _chat(gw: Gateway, request: Request) -> Response:
    t0 = time.perf_counter()
    app = _app_for(gw, request)
    body = await _json_body(gw, request)
    mode = await gw.refresh()
    rid = _new_rid()
    request.state.body, request.state.rid, request.state.mode = body, rid, mode
    if mode == "suspended":
        gw.metrics.requests.labels(app.name, "suspended").inc()
        raise GatewayHTTPError(503, gw.cfg.suspended_message, "service_unavailable", "suspended")
    who = await gw.users.arrive(app, body)  # a suspended user is refused here (403 user_suspended)
    if who.canned is not None:
        await gw.audit(_row(gw, app, body, rid, mode, Outcome.USER_CANNED, [], {}))
        gw.metrics.requests.labels(app.name, Outcome.USER_CANNED.value).inc()
        return await _refusal(gw, app, body, rid, who.canned)
    text, segments = _user_text(body)
    request.state.asked = text
    verdict = await gw.check(app, text, "input", mode)
    request.state.hits = verdict.hits
    timings = {"input_check": time.perf_counter() - t0}
    raw = {"input": text}
    if verdict.stops or mode == "canned":
        reply = verdict.reply if verdict.stops else _canned(gw, verdict)
        outcome = Outcome.of("input", verdict.action) if verdict.stops else Outcome.INPUT_CANNED
        await gw.audit(_row(gw, app, body, rid, mode, outcome, verdict.hits, timings, raw))
        gw.metrics.requests.labels(app.name, outcome.value).inc()
        handled = await gw.users.count(app, who, verdict.stops, rid, mode, str(body.get("model", "")))
        return await _refusal(gw, app, body, rid, handled or reply)
    await gw.users.count(app, who, False, rid, mode, "")  # a clean input ends the "in a row" count
    question = text  # what the model is asked, as the classifier should see it
    if verdict.action == "mask":
        write_back(body, segments, verdict.text, BRIDGE)
        question = verdict.text
    if body.get("stream"):
        return await _forward_stream(gw, app, body, rid, mode, verdict.hits, t0, asked=text, question=question)
    return await _forward_json(gw, app, body, rid, mode, verdict.hits, t0, asked=text, question=question)


def _canned(gw: Gateway, verdict: Verdict) -> str:
    for h in verdict.hits:
        if h.key in gw.cfg.substitutes:
            return gw.cfg.substitutes[h.key]
    return gw.cfg.canned_default


async def _forward_json(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, mode: str,
                        hits: list[PolicyHit], t0: float, *, asked: str, question: str) -> Response:
    t_up = time.perf_counter()
    try:
        data = await gw.upstream.json("POST", gw.cfg.upstreams[app.upstream], "/chat/completions", body)
    except UpstreamBlocked as exc:
        return await _upstream_blocked(gw, app, body, rid, mode, hits, t0, exc.block, asked)
    up_s = time.perf_counter() - t_up
    try:
        choices = data["choices"]
        if not isinstance(choices, list):
            raise TypeError
    except (KeyError, TypeError):
        raise GatewayHTTPError(502, "上游模型服务返回的不是合法的对话补全 JSON", "upstream_error", "upstream_bad") from None
    action = _input_outcome(hits)
    raw_out: list[str] = []
    for ch in choices:
        if not isinstance(ch, dict):
            continue
        act, ch_hits = await _check_choice(gw, app, ch, question, mode, raw_out)
        hits = hits + ch_hits
        action = _worse(action, act)
    for chan in top_channels(data):  # model, system_fingerprint, provider keys: text the client sees too
        screened(chan, await gw.check(app, chan.text, "output", mode))
    label = gw.label(rid)
    data["aigc"] = label
    timings = {"upstream": up_s, "gateway": time.perf_counter() - t0 - up_s}
    await gw.audit(_row(gw, app, body, rid, mode, action, hits, timings, {"input": asked, "output": raw_out}))
    gw.metrics.requests.labels(app.name, action.value).inc()
    stopped = _stopped_reply(choices) if app.error_envelope and action.rank >= 3 else None
    if stopped is not None:  # error_envelope covers output refusals too, not only input blocks
        return _refusal_envelope(_headers(gw, rid, label), stopped)
    return JSONResponse(data, headers=_headers(gw, rid, label))


async def _upstream_blocked(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, mode: str,
                            hits: list[PolicyHit], t0: float, block: Block, asked: str) -> Response:
    """The upstream provider's own content-safety system stopped the request: the application gets the app's
    refusal (as for a block of the gateway's own), the audit record names the provider and its code."""
    row = _row(gw, app, body, rid, mode, Outcome.UPSTREAM_BLOCKED, hits, {"gateway": time.perf_counter() - t0},
               {"input": asked})
    row["evidence"] = json.dumps([{"upstream_block": f"{block.provider} {block.code}".strip()},
                                  *(h.to_dict() for h in hits)], ensure_ascii=False)
    await gw.audit(row)
    gw.metrics.requests.labels(app.name, Outcome.UPSTREAM_BLOCKED.value).inc()
    return await _refusal(gw, app, body, rid, app.refusal)


def _worse(a: Outcome, b: Outcome) -> Outcome:
    """The request's outcome so far and one more: the first stop wins, then an output mask, an input mask, allow."""
    return b if b.rank > a.rank else a


def _stream_outcome(action: str, rid: str) -> Outcome:
    """The relay's outcome as an :class:`Outcome`; an unknown value still gets a record (and a log line)."""
    try:
        return Outcome.parse(action)
    except ValueError:
        swallowed(LOG, "流式回答的处置不是已知的审计结果，按流式转发中断记录", ValueError(), level=logging.ERROR,
                  request_id=rid)
        return Outcome.STREAM_ERROR


def _input_outcome(hits: list[PolicyHit]) -> Outcome:
    """``input_mask`` when personal information (or a term) in the prompt was masked before forwarding."""
    return Outcome.INPUT_MASK if any(h.action == "mask" for h in hits) else Outcome.ALLOW


def _retract(ch: dict[str, Any], reply: str) -> None:
    """Replace a choice's output with ``reply`` (no reasoning, no tool calls, no logprobs, no vendor fields)."""
    if "message" in ch or "text" not in ch:
        ch["message"] = {"role": "assistant", "content": reply}
    if "text" in ch:
        ch["text"] = reply
    for key in [k for k in ch if k not in CHOICE_KNOWN or k == "logprobs"]:
        del ch[key]
    ch["finish_reason"] = "content_filter"


async def _check_choice(gw: Gateway, app: AppConfig, ch: dict[str, Any], question: str, mode: str,
                        raw_out: list[str]) -> tuple[Outcome, list[PolicyHit]]:
    """Check one plain choice in place (every text channel, tool calls, classifier, logprobs, label)."""
    msg = plain_message(ch)
    plain_content(msg)
    action = Outcome.ALLOW
    hits: list[PolicyHit] = []
    original: dict[str, str] = {}
    # an unknown field (of the message, or of the choice: OpenRouter's error, vendor keys) is checked like the answer
    for chan in [*choice_channels(ch), *extra_channels(msg), *extra_channels(ch, CHOICE_KNOWN)]:
        original[chan.name] = chan.text
        raw_out.append(chan.text)
        v = await gw.check(app, chan.text, "output", mode)
        hits += v.hits
        if v.stops:
            _retract(ch, v.reply)
            return Outcome.of("output", v.action), hits
        if v.action == "mask":
            action = Outcome.OUTPUT_MASK
            chan.put(v.text)
    for seam, cut in channel_seams(ch):  # a term split between the reasoning and the answer
        v = await gw.check(app, seam, "output", mode)
        across = [h for h in v.hits if h.start < cut < h.end and h.action in ("block", "substitute")]
        if across:
            hits += across
            _retract(ch, v.reply)
            return Outcome.of("output", v.action), hits
    chans = choice_channels(ch)
    seam = tool_seam(chans[-1].text if chans else "", functions(msg))  # the last text, then the tool call
    if seam is not None:
        v = await gw.check(app, seam[0], "output", mode)
        across = [h for h in v.hits if h.start < seam[1] < h.end and h.action in ("block", "substitute")]
        if across:
            hits += across
            _retract(ch, v.reply)
            return Outcome.of("output_tool", v.action), hits
    tv = await check_functions(functions(msg), lambda t: gw.check(app, t, "output", mode), call_ids(msg))
    hits += tv.hits
    if tv.stops:
        _retract(ch, tv.reply)
        return Outcome.of("output_tool", tv.action), hits
    if tv.action == "mask":
        action = _worse(action, Outcome.OUTPUT_TOOL_MASK)
    answer = next((c for c in choice_channels(ch) if c.name in ("content", "text")), None)
    if answer is not None:
        c_hits = await gw.classify(app, answer.text, question, mode)
        hits += c_hits
        worst = max((h.action for h in c_hits), key=ACTION_RANK.__getitem__, default="allow")
        if worst in ("block", "substitute"):
            _retract(ch, app.refusal if worst == "block" else substitute_for(gw.cfg, app, c_hits))
            return Outcome.of("output_classifier", worst), hits
    trim_logprobs(ch, original)
    bad = {t for t in alternative_tokens(ch.get("logprobs")) if (await gw.check(app, t, "output", mode)).action != "allow"}
    if ch.get("logprobs") is not None:  # an alternative the model weighed is text the client would see
        ch["logprobs"] = drop_alternatives(ch["logprobs"], bad)
    tools_only = bool(functions(msg))  # content "" beside tool calls: a tool-only answer, no visible label (as streamed)
    for key, holder in (("content", msg), ("text", ch)):
        if isinstance(holder.get(key), str) and (holder[key] or not tools_only):
            holder[key] = apply_text_label(holder[key], gw.cfg.label.text, gw.cfg.label.position)
    return action, hits


async def _forward_stream(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, mode: str,
                          hits: list[PolicyHit], t0: float, *, asked: str, question: str) -> Response:
    # the start record is committed while the upstream connects, and before the first byte reaches the client
    started = asyncio.ensure_future(gw.audit_start(app, body, rid, mode))
    try:
        resp = await gw.upstream.stream(gw.cfg.upstreams[app.upstream], "/chat/completions", body)
    except UpstreamBlocked as exc:
        await asyncio.shield(started)
        return await _upstream_blocked(gw, app, body, rid, mode, hits, t0, exc.block, asked)
    except BaseException:
        await asyncio.shield(started)  # the failure's own record follows the start record
        raise
    try:
        await started
    except BaseException:
        await resp.aclose()  # no record, no answer: fail closed
        raise
    label = gw.label(rid)
    return StreamingResponse(_relay(gw, app, body, rid, mode, hits, t0, resp, label, asked, question), media_type="text/event-stream",
                             headers=_headers(gw, rid, label))


async def _relay(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, mode: str, hits: list[PolicyHit],
                 t0: float, resp: UpstreamStream, label: dict[str, Any], asked: str,
                 question: str) -> AsyncIterator[bytes]:
    n = body.get("n")
    relay = Relay(gw, app, str(body.get("model", "")), question, rid, mode, label,
                  n if isinstance(n, int) and not isinstance(n, bool) else 1)
    try:
        async for out in relay.events(resp):
            if out == DONE and app.error_envelope and _stopped(str(relay.action)):
                yield sse(STREAM_REFUSAL)  # error_envelope: a streamed refusal also ends in an error event
            yield out
    except Exception as exc:
        swallowed(LOG, "流式转发中断", exc, app=app.name, request_id=rid)
        relay.action = Outcome.STREAM_ERROR
        yield sse({"error": {"message": "流式转发中断", "type": "upstream_error", "code": "stream_broken"}})
    finally:
        await resp.aclose()
        timings = {"gateway_total": time.perf_counter() - t0}
        outcome = _worse(_input_outcome(hits), _stream_outcome(relay.action, rid))
        try:
            await gw.audit(_row(gw, app, body, rid, mode, outcome, hits + relay.hits, timings,
                                {"input": asked, "output": relay.answer_text()}))
        except GatewayHTTPError as exc:  # the answer has been streamed already: nothing left to refuse
            swallowed(LOG, "流式回答的审计记录无法写入", exc, level=logging.ERROR, app=app.name, request_id=rid)
        gw.metrics.requests.labels(app.name, outcome.value).inc()




async def _served(gw: Gateway, request: Request, app: AppConfig, outcome: Outcome, body: dict[str, Any] | None = None,
                  raw: dict[str, Any] | None = None, **evidence: Any) -> None:
    """The audit record of a request served without a content check (models, embeddings, complaints)."""
    rid = getattr(request.state, "rid", None) or _new_rid()
    row = _row(gw, app, body or {}, rid, gw.current_mode(), outcome, [], {}, raw)
    if evidence:
        row["evidence"] = json.dumps([evidence], ensure_ascii=False)
    await gw.audit(row)
    gw.metrics.requests.labels(app.name, outcome.value).inc()


@recorded
async def models(gw: Gateway, request: Request) -> Response:
    """``GET /v1/models``: forwarded to the app's upstream (recorded)."""
    app = _app_for(gw, request)
    data = await gw.upstream.json("GET", gw.cfg.upstreams[app.upstream], "/models")
    await _served(gw, request, app, Outcome.MODELS)
    return JSONResponse(data)


@recorded
async def embeddings(gw: Gateway, request: Request) -> Response:
    """``POST /v1/embeddings``: forwarded as is, so one ``base_url`` serves a RAG app's chat and embeddings.

    Vectors are not content a user reads, so nothing is checked or labelled; the key, the rate
    limit, the body limit and the suspended mode apply, and the request gets an audit record
    (the input text only with ``audit.store_raw``).
    """
    app = _app_for(gw, request)
    body = await _json_body(gw, request)
    request.state.body = body
    if await gw.refresh() == "suspended":
        raise GatewayHTTPError(503, gw.cfg.suspended_message, "service_unavailable", "suspended")
    data = await gw.upstream.json("POST", gw.cfg.upstreams[app.upstream], "/embeddings", body)
    await _served(gw, request, app, Outcome.EMBEDDINGS, body, {"input": body.get("input")})
    return JSONResponse(data)


async def healthz(request: Request) -> Response:
    """Liveness: the database answers."""
    gw: Gateway = request.app.state.gw
    try:
        mode = await asyncio.to_thread(gw.store.mode)
    except Exception as exc:
        swallowed(LOG, "健康检查：审计数据库不可用", exc)
        return JSONResponse({"status": "error", "message": "审计数据库不可用"}, status_code=503)
    return JSONResponse({"status": "ok", "mode": mode, "keyword_version": gw.kw_version,
                         "keyword_rebuild_pending": not gw.lexicons.up_to_date, "keyword_rebuilds": gw.lexicons.rebuilds})


async def metrics(request: Request) -> Response:
    """Prometheus metrics: with ``metrics_token_sha256`` set only for its bearer; app names only for it."""
    gw: Gateway = request.app.state.gw
    expected = gw.cfg.metrics_token_sha256.lower()
    auth = request.headers.get("authorization", "")
    token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    authorised = bool(expected and token and sha256_hex(token) == expected)
    if expected and not authorised:
        err = GatewayHTTPError(401, "指标令牌缺失或无效", "authentication_error", "invalid_metrics_token")
        await gw.audit_rejected(err)
        return err.response()
    source = gw.metrics.registry if authorised else WithoutApps(gw.metrics.registry)
    return Response(generate_latest(source), media_type="text/plain; version=0.0.4")


# ---------------------------------------------------------------- admin & complaints
def _admin(gw: Gateway, request: Request) -> str:
    """The operator named by the admin token (``who`` in the audit record never comes from the body)."""
    auth = request.headers.get("authorization", "")
    token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    operator = gw.cfg.admin_operator(token) if token else None
    if operator is None:
        raise GatewayHTTPError(401, "管理令牌缺失或无效", "authentication_error", "invalid_admin_token")
    return operator


@recorded
async def admin_mode(gw: Gateway, request: Request) -> Response:
    """``GET/POST /admin/mode``."""
    operator = _admin(gw, request)
    if request.method == "POST":
        body = await _json_body(gw, request)
        mode = body.get("mode")
        if mode not in MODES:
            raise GatewayHTTPError(400, "mode 须为 " + "、".join(MODES), code="invalid_mode")
        await asyncio.to_thread(gw.store.set_mode, mode, operator, "admin_api")
        gw._mode = (mode, time.monotonic())
    return JSONResponse({"mode": await asyncio.to_thread(gw.store.mode)})


@recorded
async def admin_keywords(gw: Gateway, request: Request) -> Response:
    """``POST /admin/keywords`` {op: add|remove, terms: [...], who, category}; ``GET`` the change log."""
    operator = _admin(gw, request)
    if request.method == "GET":
        return JSONResponse({"log": await asyncio.to_thread(gw.store.keyword_log)})
    body = await _json_body(gw, request)
    terms = body.get("terms")
    if body.get("op") not in ("add", "remove") or not isinstance(terms, list) or not terms \
            or not all(isinstance(t, str) and t.strip() for t in terms):
        raise GatewayHTTPError(400, "须提供 op（add 或 remove）与非空的 terms 字符串数组", code="invalid_keywords")
    problem = admin_problem([t.strip() for t in terms]) if body["op"] == "add" else None
    if problem:
        raise GatewayHTTPError(400, problem, code="invalid_keywords")
    version = await asyncio.to_thread(gw.store.change_keywords, body["op"], [t.strip() for t in terms], operator,
                                      body.get("category"), "admin_api")
    async with gw._rebuilding:
        await asyncio.to_thread(gw.rebuild_matchers)
    return JSONResponse({"version": version})


@recorded
async def admin_users(gw: Gateway, request: Request) -> Response:
    """``GET /admin/users[?all=1]``: users under a measure; ``POST /admin/users/unsuspend`` {user, app}."""
    operator = _admin(gw, request)
    if request.method == "GET":
        return JSONResponse({"users": await gw.users.listing(request.query_params.get("all") == "1")})
    body = await _json_body(gw, request)
    user, app_name = body.get("user"), body.get("app")
    if not isinstance(user, str) or not user or not isinstance(app_name, (str, type(None))):
        raise GatewayHTTPError(400, "须提供用户标识 user（原始标识或其 sha256 摘要），app 可选", code="invalid_user")
    apps = await gw.users.lift(user, app_name, operator)
    if not apps:
        raise GatewayHTTPError(404, "没有找到该用户的处置记录", code="user_not_found")
    return JSONResponse({"lifted": apps, "message": "已解除该用户的处置，并清零违规计数。"})


@recorded
async def complaint(gw: Gateway, request: Request) -> Response:
    """``POST /v1/complaints``: intake with a response deadline."""
    app = _app_for(gw, request)
    body = await _json_body(gw, request)
    content = body.get("content")
    if not isinstance(content, str) or not content.strip():
        raise GatewayHTTPError(400, "投诉举报内容 content 不能为空", code="invalid_complaint")
    now = time.time()
    user = body.get("user")
    due = now + gw.cfg.complaints.respond_within_hours * 3600
    cid = await asyncio.to_thread(gw.store.add_complaint, {
        "ts": now, "app": app.name, "user_hash": sha256_hex(str(user)) if user else None,
        "kind": str(body.get("kind") or "其他"), "content": content, "contact": body.get("contact"),
        "request_id": body.get("request_id"), "due_ts": due, "status": "open"})
    await _served(gw, request, app, Outcome.COMPLAINT, body, {"input": content}, complaint_id=cid)
    return JSONResponse({"id": cid, "status": "open", "due_at": int(due),
                         "message": "已收到您的投诉举报，我们将在规定时限内处理并反馈。"}, status_code=201)


@recorded
async def opt_out(gw: Gateway, request: Request) -> Response:
    """``POST /v1/opt-out`` {user}: the user's data is not used for training."""
    app = _app_for(gw, request)
    body = await _json_body(gw, request)
    user = body.get("user")
    if not isinstance(user, str) or not user:
        raise GatewayHTTPError(400, "须提供用户标识 user", code="invalid_user")
    await asyncio.to_thread(gw.store.opt_out, sha256_hex(user), app.name)
    await _served(gw, request, app, Outcome.OPT_OUT, body)
    return JSONResponse({"opted_out": True, "message": "已关闭您的数据用于模型训练。"})


async def _unknown_route(request: Request, exc: Exception) -> Response:
    """404 / 405 in the OpenAI error envelope, naming what the gateway does serve (recorded like any refusal)."""
    status = int(getattr(exc, "status_code", 404))
    what = "不支持此请求方法" if status == 405 else "不提供此接口"
    err = GatewayHTTPError(status, f"网关{what}：{request.method} {request.url.path}（对话请用 POST /v1/chat/completions，"
                                   "另有 GET /v1/models、POST /v1/embeddings）", code="unknown_route")
    await request.app.state.gw.audit_rejected(err)
    return err.response()


def create_app(cfg: GatewayConfig, store: AuditStore | None = None) -> Starlette:
    """Build the ASGI app for ``cfg``."""
    gw = Gateway(cfg, store)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await gw.open_clients()
        watcher = asyncio.create_task(gw.watch())
        record_refusals(gw.note_refusal)  # 431 / 408 refused before the request reached this app
        try:
            yield
        finally:
            record_refusals(None)
            watcher.cancel()
            await gw.close_clients()

    routes = [
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
        Route("/v1/complaints", complaint, methods=["POST"]),
        Route("/v1/opt-out", opt_out, methods=["POST"]),
        Route("/admin/mode", admin_mode, methods=["GET", "POST"]),
        Route("/admin/keywords", admin_keywords, methods=["GET", "POST"]),
        Route("/admin/users", admin_users, methods=["GET"]),
        Route("/admin/users/unsuspend", admin_users, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
    ]
    handlers = {404: _unknown_route, 405: _unknown_route}
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers)
    app.state.gw = gw
    return app


def app_from_env() -> Starlette:
    """Factory for multi-worker uvicorn: the config path is in ``BEIAN_GATEWAY_CONFIG``."""
    from pathlib import Path

    from beian.gateway.config import load_config

    return create_app(load_config(Path(os.environ["BEIAN_GATEWAY_CONFIG"])))
