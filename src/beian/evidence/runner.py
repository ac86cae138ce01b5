"""``beian evidence``: run scripted probes against a running gateway and record the real exchanges.

The runner only talks HTTP to the gateway (plus, with ``--config``, reads the audit
database). :mod:`beian.evidence.render` turns the records into screenshots and
:mod:`beian.evidence.report` writes the pack.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from beian.errors import GatewayFatal
from beian.evidence.checks import evaluate
from beian.evidence.model import EvidenceRun, Exchange, Masker, ProbeResult, now_text
from beian.evidence.probes import ProbesFile, ProbeSpec
from beian.evidence.steps import run_audit, run_complaint, run_emergency, run_health
from beian.llm.sse import DONE, data_payload

__all__ = ["EvidenceRunner", "GatewayFatal", "normalise_url"]

HEADERS_OF_INTEREST = ("content-type", "x-request-id", "retry-after")
Handler = Callable[[ProbeSpec, ProbeResult], None]


def normalise_url(url: str) -> str:
    """The gateway's base URL without a trailing slash or ``/v1``."""
    base = url.strip().rstrip("/")
    return base[:-3] if base.endswith("/v1") else base


class EvidenceRunner:
    """Runs the probes in order against one gateway."""

    def __init__(self, gateway: str, key: str, *, settings: ProbesFile, masker: Masker,
                 admin_token: str | None = None, model: str | None = None, timeout_s: float = 30.0,
                 audit_store: Any = None, audit_note: str = "") -> None:
        self.base = normalise_url(gateway)
        self.key, self.admin_token = key, admin_token
        self.settings, self.masker = settings, masker
        self.model = model or settings.model
        self.timeout_s = timeout_s
        self.audit_store, self.audit_note = audit_store, audit_note
        self.client = httpx.Client(base_url=self.base, timeout=timeout_s)
        self.run_record = EvidenceRun(gateway=self.base, started=now_text(), show_raw=masker.show_raw)
        self._t0 = time.time()

    # ------------------------------------------------------------ run
    def run(self, specs: list[ProbeSpec]) -> EvidenceRun:
        """Run all probes; a fatal problem or Ctrl-C stops the run but keeps what was collected."""
        run = self.run_record
        try:
            run.model = self._resolve_model()
            for spec in specs:
                self._run_one(spec)
        except GatewayFatal as exc:
            run.error, run.hint = exc.message, exc.hint
        except KeyboardInterrupt:
            run.error, run.hint = "运行被中断", "已收集的结果已写入证据包；应急模式已尝试恢复"
        finally:
            self.client.close()
            done = {r.spec.id for r in run.results}
            for spec in specs:
                if spec.id not in done:
                    result = ProbeResult(spec=spec, started="")
                    result.skip("因前面的错误未执行")
                    run.results.append(result)
            run.finished = now_text()
        return run

    def _run_one(self, spec: ProbeSpec) -> None:
        result = ProbeResult(spec=spec, started=now_text())
        self.run_record.results.append(result)
        why = self._skip_reason(spec)
        if why:
            result.skip(why)
            return
        handler: dict[str, Handler] = {"chat": self._chat_probe, "emergency": self._emergency_probe,
                                       "complaint": self._complaint_probe, "health": self._health_probe,
                                       "audit": self._audit_probe}
        try:
            handler[spec.kind](spec, result)
        except GatewayFatal as exc:
            if isinstance(exc.exchange, Exchange) and exc.exchange not in result.exchanges:
                result.exchanges.append(exc.exchange)
            result.note = exc.message
            result.status = "failed"
            raise
        except KeyboardInterrupt:
            result.note, result.status = "运行被中断", "failed"
            raise
        result.conclude()

    def _skip_reason(self, spec: ProbeSpec) -> str:
        if spec.skip:
            return "探针文件中设置为跳过"
        if spec.kind == "emergency" and not self.admin_token:
            return "未提供 --admin-token，跳过应急开关测试"
        if spec.kind == "audit" and self.audit_store is None:
            return self.audit_note or ("未提供 --config（网关配置），无法读取审计日志；"
                                       "可在网关主机上用 beian admin audit export 导出审计记录")
        return ""

    # ------------------------------------------------------------ HTTP
    def _auth(self, who: str) -> tuple[dict[str, str], str]:
        secret = self.admin_token if who == "admin" else self.key if who == "app" else None
        if not secret:
            return {}, ""
        shown = "管理令牌" if who == "admin" else "应用 API 密钥"
        return {"Authorization": f"Bearer {secret}"}, f"Bearer ****（{shown}，已隐藏）"

    def call(self, title: str, method: str, path: str, *, body: Any = None, who: str = "",
             stream: bool = False, want_json: bool = True) -> Exchange:
        """One exchange; connection failures, a rejected API key and non-JSON answers are fatal."""
        headers, shown = self._auth(who)
        ex = Exchange(title, method, path, now_text(), request_body=body, auth=shown)
        t0 = time.perf_counter()
        try:
            if stream:
                self._stream(ex, headers)
            else:
                self._plain(ex, headers, want_json)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise GatewayFatal(f"无法连接网关 {self.base}：{_reason(exc)}",
                               "确认网关已启动（beian serve --config gateway.yaml），--gateway 的地址与端口正确", ex) from None
        except httpx.TimeoutException:
            ex.error = f"等待网关响应超时（{self.timeout_s:g} 秒）"
        except httpx.HTTPError as exc:
            ex.error = f"与网关通信出错：{_reason(exc)}"
        finally:
            ex.elapsed_ms = (time.perf_counter() - t0) * 1000
        if who == "app" and ex.status == 401:
            raise GatewayFatal("网关拒绝了 API 密钥（HTTP 401）", "检查 --key 是否为网关配置中某个应用的密钥明文", ex)
        return ex

    def _plain(self, ex: Exchange, headers: dict[str, str], want_json: bool) -> None:
        kwargs: dict[str, Any] = {"headers": headers}
        if ex.request_body is not None:
            kwargs["json"] = ex.request_body
        resp = self.client.request(ex.method, ex.path, **kwargs)
        self._take_head(ex, resp)
        if not want_json:
            ex.body = resp.text
            return
        try:
            ex.body = resp.json()
        except ValueError:
            ex.body = resp.text[:2000]
            raise GatewayFatal(_not_json(ex), "确认 --gateway 指向 beian 网关（如 http://127.0.0.1:8000），"
                                              "而不是模型服务本身或反向代理的错误页", ex) from None

    def _stream(self, ex: Exchange, headers: dict[str, str]) -> None:
        with self.client.stream(ex.method, ex.path, json=ex.request_body, headers=headers) as resp:
            self._take_head(ex, resp)
            if resp.status_code != 200 or "text/event-stream" not in ex.headers.get("content-type", ""):
                resp.read()
                try:
                    ex.body = resp.json()
                except ValueError:
                    ex.body = resp.text[:2000]
                    raise GatewayFatal(_not_json(ex), "确认 --gateway 指向 beian 网关", ex) from None
                return
            ex.events = []
            for line in resp.iter_lines():
                payload = data_payload(line)
                if payload is not None:
                    ex.events.append(_sse_event(payload))

    def _take_head(self, ex: Exchange, resp: httpx.Response) -> None:
        ex.status = resp.status_code
        wanted = (*HEADERS_OF_INTEREST, self.settings.label_header.lower())
        ex.headers = {k.lower(): v for k, v in resp.headers.items() if k.lower() in wanted}

    def _resolve_model(self) -> str:
        if self.model:
            return self.model
        ex = self.call("查询模型列表", "GET", "/v1/models", who="app")
        data = ex.completion().get("data")
        if ex.status == 200 and isinstance(data, list) and data and isinstance(data[0], dict) and data[0].get("id"):
            return str(data[0]["id"])
        self.run_record.notes.append("无法从 /v1/models 获取模型名称，提问时使用 default；可用 --model 指定")
        return "default"

    # ------------------------------------------------------------ probes
    def chat(self, spec: ProbeSpec, title: str) -> Exchange:
        """Send the probe's question."""
        body: dict[str, Any] = {"model": self.run_record.model, "messages": spec.chat_messages(), **spec.extra}
        if spec.stream:
            body["stream"] = True
        return self.call(title, "POST", "/v1/chat/completions", body=body, who="app", stream=spec.stream)

    def expect(self, spec: ProbeSpec, result: ProbeResult, ex: Exchange) -> None:
        """Record the request id and evaluate the probe's expectations on ``ex``."""
        result.request_id = result.request_id or ex.request_id()
        result.checks += evaluate(spec.expect, ex, label_text=self.settings.label_text,
                                  label_header=self.settings.label_header, question=spec.user_text(),
                                  other=self.answer_of)
        for text in self.masker.excerpts(spec.user_text()):
            result.facts.setdefault("提问中的敏感内容", text)
        if not self.masker.show_raw:
            from beian.text.pii import find_pii

            found = find_pii(spec.user_text())
            if found:
                kinds = "、".join(sorted({p.label_zh for p in found}))
                result.facts["提问中的个人信息"] = f"{len(found)} 处（{kinds}）；本图中已打码显示，网关收到的是原文"

    def answer_of(self, probe_id: str) -> Exchange | None:
        """The last chat exchange of probe ``probe_id``, if it ran."""
        for r in self.run_record.results:
            if r.spec.id == probe_id and r.chat_exchanges():
                return r.chat_exchanges()[-1]
        return None

    def _chat_probe(self, spec: ProbeSpec, result: ProbeResult) -> None:
        ex = self.chat(spec, "发送流式提问（SSE）" if spec.stream else "发送提问")
        result.exchanges.append(ex)
        if ex.events is not None:
            result.facts["流式分片数"] = str(sum(1 for e in ex.events if isinstance(e, dict)))
        self.expect(spec, result, ex)

    def _emergency_probe(self, spec: ProbeSpec, result: ProbeResult) -> None:
        run_emergency(self, spec, result)

    def _complaint_probe(self, spec: ProbeSpec, result: ProbeResult) -> None:
        run_complaint(self, spec, result, self.answer_of("block"))

    def _health_probe(self, spec: ProbeSpec, result: ProbeResult) -> None:
        run_health(self, spec, result)

    def _audit_probe(self, spec: ProbeSpec, result: ProbeResult) -> None:
        ids = [rid for r in self.run_record.results for e in r.chat_exchanges() if (rid := e.request_id())]
        run_audit(self, result, ids, self._t0)


def _reason(exc: Exception) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return "连接超时"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc)
        if "refused" in text.lower() or "111" in text:
            return "连接被拒绝"
        if "not known" in text.lower() or "resolution" in text.lower():
            return "无法解析主机名"
        return "无法建立连接"
    return type(exc).__name__


def _not_json(ex: Exchange) -> str:
    kind = ex.headers.get("content-type", "未知类型") or "未知类型"
    return f"网关 {ex.path} 返回的不是 JSON（HTTP {ex.status}，{kind}）"


def _sse_event(payload: str) -> Any:
    if payload == DONE:
        return DONE
    try:
        return json.loads(payload)
    except ValueError:
        return {"unparsed": payload[:500]}
