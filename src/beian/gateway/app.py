"""The ASGI app: OpenAI-compatible endpoints with checks, labels, audit and admin API."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, cast

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from beian.gateway.audit import MODES, AuditStore, AuditWriter
from beian.gateway.config import AppConfig, GatewayConfig, sha256_hex
from beian.gateway.errors import GatewayHTTPError, envelope
from beian.gateway.lexicons import compile_lexicon, load_files, with_overlay
from beian.gateway.messages import Segment, joined, request_segments, write_back
from beian.gateway.policy import ACTION_RANK, PolicyHit, Verdict, classifier_hits, decide, substitute_for
from beian.gateway.relay import FIELDS, Relay, chunk, sse
from beian.gateway.toolcalls import check_functions, functions
from beian.gateway.upstream import UpstreamClient, UpstreamStream
from beian.labels import apply_text_label, implicit_label, label_json
from beian.log import get_logger, swallowed, text_ref
from beian.records import AuditRow

LOG = get_logger("gateway")
STATE_TTL_S = 1.0
WARM_UP_TEXT = "路口交警说法轮功不是功法。fa lun gong 请拨打13812345678或发邮件到 a@b.cn。"
WORKERS_ENV = "BEIAN_GATEWAY_WORKERS"  # set by ``beian serve --workers``; rate limits are shared out
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
        self.store = store or AuditStore(cfg.db_url(), cfg.audit.busy_timeout_ms, cfg.audit.synchronous)
        self.writer = AuditWriter(self.store)
        self.metrics = Metrics()
        self.upstream = UpstreamClient()
        self._bases = {a.name: load_files([cfg.path(p) for p in a.lexicons], [cfg.path(p) for p in a.allow])
                       for a in cfg.apps}
        self.kw_version = -1
        self.matchers: dict[str, Any] = {}
        self._mode = ("normal", 0.0)
        self._rebuilding = asyncio.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}
        self.workers = max(1, int(os.environ.get(WORKERS_ENV, "1") or 1))
        self.classifiers = {a.name: _make_classifier(a) for a in cfg.apps if a.classifier is not None}
        self.rebuild_matchers()

    # ------------------------------------------------------------ state
    def rebuild_matchers(self) -> None:
        """Compile every app's lexicon with the database overlay, then swap all at once."""
        version = self.store.keyword_version()
        added, removed = self.store.keyword_overlay()
        fresh = {name: compile_lexicon(with_overlay(base, added, removed)) for name, base in self._bases.items()}
        self.matchers = fresh
        self.kw_version = version
        for app in self.cfg.apps:  # load what the checks load lazily (word dictionary, pinyin) now
            decide(self.cfg, app, fresh[app.name], WARM_UP_TEXT, stage="output", mode="normal")
        _freeze_heap()
        _freeze_heap()

    async def refresh(self) -> str:
        """The current mode; re-read mode and keyword version at most once a second."""
        mode, at = self._mode
        now = time.monotonic()
        if now - at < STATE_TTL_S:
            return mode
        self._mode = (mode, now)
        try:
            mode, version = await asyncio.to_thread(lambda: (self.store.mode(), self.store.keyword_version()))
        except Exception as exc:  # the database is briefly unavailable: keep the last known state
            swallowed(LOG, "读取应急模式与关键词版本失败，沿用上次的状态", exc, mode=mode)
            return mode
        self._mode = (mode, now)
        if version != self.kw_version and not self._rebuilding.locked():
            async with self._rebuilding:
                await asyncio.to_thread(self.rebuild_matchers)
        return mode

    async def open_clients(self) -> None:
        """Create the pooled upstream session."""
        await self.upstream.open()

    async def close_clients(self) -> None:
        """Close the upstream session and flush the audit writer."""
        await self.upstream.close()
        self.writer.close()
        self.store.close()

    def rate_ok(self, app: AppConfig) -> bool:
        """Token bucket per app (``rate_limit_rpm``; 0 = unlimited), split evenly across the workers."""
        if app.rate_limit_rpm <= 0:
            return True
        now = time.monotonic()
        cap = max(app.rate_limit_rpm / self.workers, 1.0)
        tokens, at = self._buckets.get(app.name, (cap, now))
        tokens = min(cap, tokens + (now - at) * cap / 60.0)
        if tokens < 1:
            self._buckets[app.name] = (tokens, now)
            return False
        self._buckets[app.name] = (tokens - 1, now)
        return True

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

    def label(self, produce_id: str) -> dict[str, dict[str, str]]:
        """The implicit label for one response."""
        return implicit_label(self.cfg.label.producer_code, produce_id)


# ---------------------------------------------------------------- helpers
def _freeze_heap() -> None:
    """Move the lexicons and matchers out of the garbage collector's sight.

    A 100k-term lexicon is millions of long-lived objects; every full collection walked them
    all, and those pauses were the gateway's p99 latency. ``gc.freeze`` is meant for this.
    """
    gc.collect()
    gc.freeze()


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
    if not gw.rate_ok(app):
        raise GatewayHTTPError(429, "请求过于频繁，已超过该应用的速率限制", "rate_limit_error", "rate_limited")
    return app


async def _json_body(gw: Gateway, request: Request) -> dict[str, Any]:
    limit = gw.cfg.max_body_bytes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise GatewayHTTPError(413, f"请求体过大（上限 {limit} 字节）", code="body_too_large")
    chunks, size = [], 0
    async for part in request.stream():
        size += len(part)
        if size > limit:
            raise GatewayHTTPError(413, f"请求体过大（上限 {limit} 字节）", code="body_too_large")
        chunks.append(part)
    try:
        text = b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError:
        raise GatewayHTTPError(400, "请求体不是有效的 UTF-8 编码", code="invalid_encoding") from None
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GatewayHTTPError(400, f"请求体不是合法的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）",
                               code="invalid_json") from None
    if not isinstance(body, dict):
        raise GatewayHTTPError(400, "请求体必须是 JSON 对象", code="invalid_json")
    return body


def _user_text(body: dict[str, Any]) -> tuple[str, list[Segment]]:
    """The user text to check (user messages joined by newlines) and where each piece came from."""
    msgs = body.get("messages")
    if not isinstance(msgs, list) or not msgs:
        raise GatewayHTTPError(400, "messages 字段缺失或不是非空数组", code="invalid_messages")
    for i, m in enumerate(msgs):
        if not isinstance(m, dict):
            raise GatewayHTTPError(400, f"messages[{i}] 不是对象", code="invalid_messages")
    segments = request_segments({"messages": msgs})
    return joined(segments), segments


def _completion(model: str, content: str, finish: str, label: dict[str, Any], rid: str) -> dict[str, Any]:
    return {"id": rid, "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": finish}], "aigc": label}


def _row(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, mode: str, action: str,
         hits: list[PolicyHit], timings: dict[str, float], raw: dict[str, Any] | None = None) -> AuditRow:
    user = body.get("user")
    return {"ts": time.time(), "request_id": rid, "app": app.name,
            "user_hash": sha256_hex(str(user)) if user else None, "model": str(body.get("model", "")),
            "mode": mode, "action": action, "categories": ",".join(sorted({h.key for h in hits if h.action != "allow"})),
            "evidence": json.dumps([h.to_dict() for h in hits], ensure_ascii=False),
            "timings": json.dumps({k: round(v * 1000, 3) for k, v in timings.items()}),
            "raw": json.dumps(raw, ensure_ascii=False) if (raw and gw.cfg.audit.store_raw) else None}


def _headers(gw: Gateway, rid: str, label: dict[str, Any]) -> dict[str, str]:
    """The implicit label and the gateway's request id (the audit record's key) for every answer."""
    return {gw.cfg.label.header: label_json(label), "X-Request-ID": rid}


async def _refusal(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, reply: str,
                   code: str = "content_filter") -> Response:
    label = gw.label(rid)
    headers = _headers(gw, rid, label)
    model = str(body.get("model", ""))
    if app.error_envelope:
        resp = envelope(400, reply, "content_filter", code)
        resp.headers.update(headers)
        return resp
    if body.get("stream"):
        async def gen() -> AsyncIterator[bytes]:
            first = chunk(model, rid, {"role": "assistant", "content": reply}, "content_filter")
            first["aigc"] = label
            yield sse(first)
            yield b"data: [DONE]\n\n"
        return StreamingResponse(gen(), media_type="text/event-stream", headers=headers)
    return JSONResponse(_completion(model, reply, "content_filter", label, rid), headers=headers)


# ---------------------------------------------------------------- handlers
async def chat(request: Request) -> Response:
    """``POST /v1/chat/completions``."""
    gw: Gateway = request.app.state.gw
    try:
        return await _chat(gw, request)
    except GatewayHTTPError as err:
        return err.response()


async def _chat(gw: Gateway, request: Request) -> Response:
    t0 = time.perf_counter()
    app = _app_for(gw, request)
    body = await _json_body(gw, request)
    mode = await gw.refresh()
    rid = "chatcmpl-" + uuid.uuid4().hex[:23]  # 32 characters: the whole id fits ProduceID
    if mode == "suspended":
        gw.metrics.requests.labels(app.name, "suspended").inc()
        raise GatewayHTTPError(503, gw.cfg.suspended_message, "service_unavailable", "suspended")
    text, segments = _user_text(body)
    verdict = await gw.check(app, text, "input", mode)
    timings = {"input_check": time.perf_counter() - t0}
    raw = {"input": text}
    if verdict.stops or mode == "canned":
        reply = verdict.reply if verdict.stops else _canned(gw, verdict)
        action = verdict.action if verdict.stops else "canned"
        await gw.audit(_row(gw, app, body, rid, mode, "input_" + action, verdict.hits, timings, raw))
        gw.metrics.requests.labels(app.name, "input_" + action).inc()
        return await _refusal(gw, app, body, rid, reply)
    if verdict.action == "mask":
        write_back(body, segments, verdict.text)
    if body.get("stream"):
        return await _forward_stream(gw, app, body, rid, mode, verdict.hits, t0, asked=text)
    return await _forward_json(gw, app, body, rid, mode, verdict.hits, t0, asked=text)


def _canned(gw: Gateway, verdict: Verdict) -> str:
    for h in verdict.hits:
        if h.key in gw.cfg.substitutes:
            return gw.cfg.substitutes[h.key]
    return gw.cfg.canned_default


async def _forward_json(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, mode: str,
                        hits: list[PolicyHit], t0: float, *, asked: str) -> Response:
    t_up = time.perf_counter()
    data = await gw.upstream.json("POST", gw.cfg.upstreams[app.upstream], "/chat/completions", body)
    up_s = time.perf_counter() - t_up
    try:
        choices = data["choices"]
        if not isinstance(choices, list):
            raise TypeError
    except (KeyError, TypeError):
        raise GatewayHTTPError(502, "上游模型服务返回的不是合法的对话补全 JSON", "upstream_error", "upstream_bad") from None
    action = "allow"
    raw_out: list[str] = []
    question = _user_text(body)[0]
    for ch in choices:
        if not isinstance(ch, dict):
            continue
        act, ch_hits = await _check_choice(gw, app, ch, question, mode, raw_out)
        hits = hits + ch_hits
        action = _worse(action, act)
    label = gw.label(rid)
    data["aigc"] = label
    timings = {"upstream": up_s, "gateway": time.perf_counter() - t0 - up_s}
    await gw.audit(_row(gw, app, body, rid, mode, action, hits, timings, {"input": asked, "output": raw_out}))
    gw.metrics.requests.labels(app.name, action).inc()
    return JSONResponse(data, headers=_headers(gw, rid, label))


def _worse(a: str, b: str) -> str:
    """The request's action so far and one choice's: any stop wins, then a mask, then allow."""
    if a == "allow" or (a == "output_mask" and b != "allow"):
        return b
    return a


def _retract(ch: dict[str, Any], reply: str) -> None:
    """Replace a choice's message with ``reply`` (no reasoning, no tool calls)."""
    ch["message"] = {"role": "assistant", "content": reply}
    ch["finish_reason"] = "content_filter"


async def _check_choice(gw: Gateway, app: AppConfig, ch: dict[str, Any], question: str, mode: str,
                        raw_out: list[str]) -> tuple[str, list[PolicyHit]]:
    """Check one plain choice in place (text fields, tool-call arguments, classifier, label)."""
    msg: dict[str, Any] = ch["message"] if isinstance(ch.get("message"), dict) else {}
    action = "allow"
    hits: list[PolicyHit] = []
    for f in FIELDS:
        val = msg.get(f)
        if not isinstance(val, str) or not val:
            continue
        raw_out.append(val)
        v = await gw.check(app, val, "output", mode)
        hits += v.hits
        if v.stops:
            _retract(ch, v.reply)
            return "output_" + v.action, hits
        if v.action == "mask":
            action = "output_mask"
            msg[f] = v.text
    tv = await check_functions(functions(msg), lambda t: gw.check(app, t, "output", mode))
    hits += tv.hits
    if tv.stops:
        _retract(ch, tv.reply)
        return "output_tool_" + tv.action, hits
    if tv.action == "mask":
        action = "output_mask"
    if isinstance(msg.get("content"), str):
        c_hits = await gw.classify(app, msg["content"], question, mode)
        hits += c_hits
        worst = max((h.action for h in c_hits), key=ACTION_RANK.__getitem__, default="allow")
        if worst in ("block", "substitute"):
            _retract(ch, app.refusal if worst == "block" else substitute_for(gw.cfg, app, c_hits))
            return "output_classifier_" + worst, hits
        msg["content"] = apply_text_label(msg["content"], gw.cfg.label.text, gw.cfg.label.position)
    return action, hits


async def _forward_stream(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, mode: str,
                          hits: list[PolicyHit], t0: float, *, asked: str) -> Response:
    resp = await gw.upstream.stream(gw.cfg.upstreams[app.upstream], "/chat/completions", body)
    label = gw.label(rid)
    return StreamingResponse(_relay(gw, app, body, rid, mode, hits, t0, resp, label, asked), media_type="text/event-stream",
                             headers=_headers(gw, rid, label))


async def _relay(gw: Gateway, app: AppConfig, body: dict[str, Any], rid: str, mode: str, hits: list[PolicyHit],
                 t0: float, resp: UpstreamStream, label: dict[str, Any], asked: str) -> AsyncIterator[bytes]:
    relay = Relay(gw, app, str(body.get("model", "")), _user_text(body)[0], rid, mode, label)
    try:
        async for out in relay.events(resp):
            yield out
    except Exception as exc:
        swallowed(LOG, "流式转发中断", exc, app=app.name, request_id=rid)
        relay.action = "stream_error"
        yield sse({"error": {"message": "流式转发中断", "type": "upstream_error", "code": "stream_broken"}})
    finally:
        await resp.aclose()
        timings = {"gateway_total": time.perf_counter() - t0}
        try:
            await gw.audit(_row(gw, app, body, rid, mode, relay.action, hits + relay.hits, timings,
                                {"input": asked, "output": relay.answer_text()}))
        except GatewayHTTPError as exc:  # the answer has been streamed already: nothing left to refuse
            swallowed(LOG, "流式回答的审计记录无法写入", exc, level=logging.ERROR, app=app.name, request_id=rid)
        gw.metrics.requests.labels(app.name, relay.action).inc()


async def models(request: Request) -> Response:
    """``GET /v1/models``: forwarded to the app's upstream."""
    gw: Gateway = request.app.state.gw
    try:
        app = _app_for(gw, request)
        up = gw.cfg.upstreams[app.upstream]
        return JSONResponse(await gw.upstream.json("GET", up, "/models"))
    except GatewayHTTPError as err:
        return err.response()


async def embeddings(request: Request) -> Response:
    """``POST /v1/embeddings``: forwarded as is, so one ``base_url`` serves a RAG app's chat and embeddings.

    Vectors are not content a user reads, so nothing is checked, labelled or audited; the key,
    the rate limit, the body limit and the suspended mode still apply.
    """
    gw: Gateway = request.app.state.gw
    try:
        app = _app_for(gw, request)
        body = await _json_body(gw, request)
        if await gw.refresh() == "suspended":
            raise GatewayHTTPError(503, gw.cfg.suspended_message, "service_unavailable", "suspended")
        data = await gw.upstream.json("POST", gw.cfg.upstreams[app.upstream], "/embeddings", body)
        gw.metrics.requests.labels(app.name, "embeddings").inc()
        return JSONResponse(data)
    except GatewayHTTPError as err:
        return err.response()


async def healthz(request: Request) -> Response:
    """Liveness: the database answers."""
    gw: Gateway = request.app.state.gw
    try:
        mode = await asyncio.to_thread(gw.store.mode)
    except Exception as exc:
        swallowed(LOG, "健康检查：审计数据库不可用", exc)
        return JSONResponse({"status": "error", "message": "审计数据库不可用"}, status_code=503)
    return JSONResponse({"status": "ok", "mode": mode, "keyword_version": gw.kw_version})


async def metrics(request: Request) -> Response:
    """Prometheus metrics."""
    gw: Gateway = request.app.state.gw
    return Response(generate_latest(gw.metrics.registry), media_type="text/plain; version=0.0.4")


# ---------------------------------------------------------------- admin & complaints
def _admin(gw: Gateway, request: Request) -> None:
    auth = request.headers.get("authorization", "")
    token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    if not gw.cfg.admin_token_sha256 or not token or sha256_hex(token) != gw.cfg.admin_token_sha256.lower():
        raise GatewayHTTPError(401, "管理令牌缺失或无效", "authentication_error", "invalid_admin_token")


async def admin_mode(request: Request) -> Response:
    """``GET/POST /admin/mode``."""
    gw: Gateway = request.app.state.gw
    try:
        _admin(gw, request)
        if request.method == "POST":
            body = await _json_body(gw, request)
            mode = body.get("mode")
            if mode not in MODES:
                raise GatewayHTTPError(400, "mode 须为 " + "、".join(MODES), code="invalid_mode")
            await asyncio.to_thread(gw.store.set_mode, mode, str(body.get("who") or "admin-api"))
            gw._mode = (mode, time.monotonic())
        return JSONResponse({"mode": await asyncio.to_thread(gw.store.mode)})
    except GatewayHTTPError as err:
        return err.response()


async def admin_keywords(request: Request) -> Response:
    """``POST /admin/keywords`` {op: add|remove, terms: [...], who, category}; ``GET`` the change log."""
    gw: Gateway = request.app.state.gw
    try:
        _admin(gw, request)
        if request.method == "GET":
            return JSONResponse({"log": await asyncio.to_thread(gw.store.keyword_log)})
        body = await _json_body(gw, request)
        terms = body.get("terms")
        if body.get("op") not in ("add", "remove") or not isinstance(terms, list) or not terms \
                or not all(isinstance(t, str) and t.strip() for t in terms):
            raise GatewayHTTPError(400, "须提供 op（add 或 remove）与非空的 terms 字符串数组", code="invalid_keywords")
        who = str(body.get("who") or "admin-api")
        version = await asyncio.to_thread(gw.store.change_keywords, body["op"], [t.strip() for t in terms], who,
                                          body.get("category"))
        async with gw._rebuilding:
            await asyncio.to_thread(gw.rebuild_matchers)
        return JSONResponse({"version": version})
    except GatewayHTTPError as err:
        return err.response()


async def complaint(request: Request) -> Response:
    """``POST /v1/complaints``: intake with a response deadline."""
    gw: Gateway = request.app.state.gw
    try:
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
        return JSONResponse({"id": cid, "status": "open", "due_at": int(due),
                             "message": "已收到您的投诉举报，我们将在规定时限内处理并反馈。"}, status_code=201)
    except GatewayHTTPError as err:
        return err.response()


async def opt_out(request: Request) -> Response:
    """``POST /v1/opt-out`` {user}: the user's data is not used for training."""
    gw: Gateway = request.app.state.gw
    try:
        app = _app_for(gw, request)
        body = await _json_body(gw, request)
        user = body.get("user")
        if not isinstance(user, str) or not user:
            raise GatewayHTTPError(400, "须提供用户标识 user", code="invalid_user")
        await asyncio.to_thread(gw.store.opt_out, sha256_hex(user), app.name)
        return JSONResponse({"opted_out": True, "message": "已关闭您的数据用于模型训练。"})
    except GatewayHTTPError as err:
        return err.response()


async def _unknown_route(request: Request, exc: Exception) -> Response:
    """404 / 405 in the OpenAI error envelope, naming what the gateway does serve."""
    status = int(getattr(exc, "status_code", 404))
    what = "不支持此请求方法" if status == 405 else "不提供此接口"
    return envelope(status, f"网关{what}：{request.method} {request.url.path}（对话请用 POST /v1/chat/completions，"
                            "另有 GET /v1/models、POST /v1/embeddings）", code="unknown_route")


def create_app(cfg: GatewayConfig, store: AuditStore | None = None) -> Starlette:
    """Build the ASGI app for ``cfg``."""
    gw = Gateway(cfg, store)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await gw.open_clients()
        try:
            yield
        finally:
            await gw.close_clients()

    routes = [
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
        Route("/v1/complaints", complaint, methods=["POST"]),
        Route("/v1/opt-out", opt_out, methods=["POST"]),
        Route("/admin/mode", admin_mode, methods=["GET", "POST"]),
        Route("/admin/keywords", admin_keywords, methods=["GET", "POST"]),
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
