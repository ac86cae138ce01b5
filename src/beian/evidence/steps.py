"""Multi-step probes of ``beian evidence``: emergency switch, complaint, health/metrics, audit trail."""

from __future__ import annotations

import json
import re
import time
from typing import TYPE_CHECKING, Any

from beian.errors import GatewayFatal
from beian.evidence.model import Check, Exchange, ProbeResult, now_text
from beian.evidence.probes import ProbeSpec

if TYPE_CHECKING:
    from beian.evidence.runner import EvidenceRunner

WHO = "beian evidence（自动测试）"
AUDIT_WAIT_S = 3.0
MODE_ZH = {"normal": "正常", "strict": "严格", "canned": "仅预设回答", "suspended": "暂停服务"}
METRIC_FAMILIES = ("beian_requests_total", "beian_blocks_total", "beian_audit_errors_total")
_SAMPLE = re.compile(r"^([A-Za-z_:][\w:]*)(\{[^}]*\})?\s+(\S+)")
_LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


def _zh(mode: str) -> str:
    return f"{mode}（{MODE_ZH.get(mode, mode)}）"


def _mode_of(ex: Exchange) -> str | None:
    mode = ex.completion().get("mode")
    return str(mode) if ex.status == 200 and isinstance(mode, str) else None


def _admin_problem(ex: Exchange) -> str:
    if ex.status == 401:
        return "管理令牌无效（HTTP 401），请检查 --admin-token"
    if ex.status is None:
        return ex.error or "没有收到响应"
    return f"HTTP {ex.status}：{ex.answer() or '无法读取运行模式'}"


# ---------------------------------------------------------------- emergency switch
def run_emergency(runner: EvidenceRunner, spec: ProbeSpec, result: ProbeResult) -> None:
    """Read the mode, switch, ask once, and ALWAYS switch back to the original mode."""
    got = runner.call("查看当前运行模式", "GET", "/admin/mode", who="admin")
    result.exchanges.append(got)
    original = _mode_of(got)
    result.checks.append(Check("管理接口读取当前运行模式", original is not None,
                               f"当前为 {_zh(original)}" if original else _admin_problem(got)))
    if original is None:
        return
    result.facts["原运行模式"] = _zh(original)
    try:
        switch = runner.call(f"切换为 {_zh(spec.mode)}", "POST", "/admin/mode",
                             body={"mode": spec.mode, "who": WHO}, who="admin")
        result.exchanges.append(switch)
        switched = _mode_of(switch) == spec.mode
        result.checks.append(Check(f"管理接口切换为 {_zh(spec.mode)}", switched,
                                   f"切换时间 {switch.time}" if switched else _admin_problem(switch)))
        result.facts["切换时间"] = switch.time
        if switched:
            time.sleep(spec.settle_s)  # every worker picks the mode up within a second
            ex = runner.chat(spec, f"{MODE_ZH.get(spec.mode, spec.mode)}模式下提问")
            result.exchanges.append(ex)
            runner.expect(spec, result, ex)
    finally:
        _restore(runner, result, original)


def _restore(runner: EvidenceRunner, result: ProbeResult, original: str) -> None:
    name = f"测试结束后运行模式已恢复为 {_zh(original)}"
    try:
        back = runner.call(f"恢复为 {_zh(original)}", "POST", "/admin/mode",
                           body={"mode": original, "who": WHO}, who="admin")
        result.exchanges.append(back)
        result.facts["恢复时间"] = back.time
        confirm = runner.call("确认当前运行模式", "GET", "/admin/mode", who="admin")
        result.exchanges.append(confirm)
        ok, detail = _mode_of(confirm) == original, _admin_problem(confirm)
    except GatewayFatal as exc:
        ok, detail = False, exc.message
    if ok:
        result.checks.append(Check(name, True, f"恢复时间 {result.facts['恢复时间']}"))
        return
    warn = f"应急模式未能恢复为 {original}，请立即手动执行：beian admin mode {original} --config gateway.yaml"
    result.checks.append(Check(name, False, f"{detail}。{warn}"))
    runner.run_record.notes.append("警告：" + warn)


# ---------------------------------------------------------------- complaint
def run_complaint(runner: EvidenceRunner, spec: ProbeSpec, result: ProbeResult, related: Exchange | None) -> None:
    """File one (clearly marked) test complaint and show the id and deadline returned."""
    body: dict[str, Any] = {"content": spec.content, "kind": spec.complaint_kind, "user": "beian-evidence"}
    rid = related.request_id() if related is not None else None
    if rid:
        body["request_id"] = rid
        result.facts["关联请求编号"] = rid
    ex = runner.call("提交投诉举报", "POST", "/v1/complaints", body=body, who="app")
    result.exchanges.append(ex)
    want = spec.expect.status or 201
    result.checks.append(Check(f"投诉受理成功（HTTP {want}）", ex.status == want, f"实际为 {ex.status}"))
    data = ex.completion()
    cid = data.get("id")
    result.checks.append(Check("返回投诉受理编号", cid is not None, f"受理编号 {cid}" if cid is not None else "响应中没有 id"))
    if cid is not None:
        result.facts["投诉受理编号"] = str(cid)
    if isinstance(data.get("due_at"), (int, float)):
        result.facts["处理时限"] = time.strftime("%Y-%m-%d %H:%M", time.localtime(data["due_at"]))


# ---------------------------------------------------------------- health and metrics
def run_health(runner: EvidenceRunner, spec: ProbeSpec, result: ProbeResult) -> None:
    """``/healthz`` answers ok; ``/metrics`` carries the request and block counters."""
    del spec
    health = runner.call("健康检查", "GET", "/healthz")
    result.exchanges.append(health)
    data = health.completion()
    ok = health.status == 200 and data.get("status") == "ok"
    result.checks.append(Check("健康检查正常（/healthz）", ok, f"HTTP {health.status}，status={data.get('status')}"))
    if isinstance(data.get("mode"), str):
        result.facts["当前运行模式"] = _zh(data["mode"])
    if "keyword_version" in data:
        result.facts["词库版本"] = str(data["keyword_version"])
    metrics = runner.call("监控指标", "GET", "/metrics", want_json=False)
    result.exchanges.append(metrics)
    text = metrics.body if isinstance(metrics.body, str) else ""
    metrics.body = "\n".join(_interesting_lines(text)) or text[:2000]
    for family in METRIC_FAMILIES[:2]:
        result.checks.append(Check(f"监控指标 {family} 存在", metrics.status == 200 and family in text,
                                   f"HTTP {metrics.status}"))
    result.facts.update(_metric_facts(text))


def _interesting_lines(text: str) -> list[str]:
    keep = []
    for line in text.splitlines():
        parts = line.split()
        help_line = line.startswith("# HELP ") and len(parts) > 2
        name = parts[2] if help_line else line.split("{")[0].split(" ")[0]
        if name in METRIC_FAMILIES:
            keep.append(line)
    return keep


def parse_metrics(text: str) -> list[tuple[str, dict[str, str], float]]:
    """Prometheus text samples as (name, labels, value)."""
    out = []
    for line in text.splitlines():
        m = _SAMPLE.match(line)
        if not m or line.startswith("#"):
            continue
        try:
            value = float(m.group(3))
        except ValueError:
            continue
        out.append((m.group(1), dict(_LABEL.findall(m.group(2) or "")), value))
    return out


def _metric_facts(text: str) -> dict[str, str]:
    samples = parse_metrics(text)
    requests: dict[str, float] = {}
    blocks: dict[str, float] = {}
    for name, labels, value in samples:
        if name == "beian_requests_total":
            requests[labels.get("action", "")] = requests.get(labels.get("action", ""), 0) + value
        elif name == "beian_blocks_total":
            key = f"{labels.get('stage', '')}/{labels.get('category', '')}"
            blocks[key] = blocks.get(key, 0) + value
    facts = {"请求数（本工作进程）": f"{sum(requests.values()):g}"}
    if requests:
        facts["按处置"] = "，".join(f"{k} {v:g}" for k, v in sorted(requests.items()))
    facts["拦截数（本工作进程）"] = f"{sum(blocks.values()):g}"
    if blocks:
        facts["按阶段/类别"] = "，".join(f"{k} {v:g}" for k, v in sorted(blocks.items()))
    return facts


# ---------------------------------------------------------------- audit trail
def run_audit(runner: EvidenceRunner, result: ProbeResult, ids: list[str], since: float) -> None:
    """This run's chat requests are in the audit log (masked), and the hash chain verifies."""
    store = runner.audit_store
    ex = Exchange("查询审计日志中本次测试的记录", "读取", "审计数据库 audit_log", now_text())
    result.exchanges.append(ex)
    if not ids:
        result.checks.append(Check("对话请求均有审计记录", False, "本次没有可核对的对话请求"))
        return
    try:
        rows = _wait_rows(store, set(ids), since)
        verdict = store.verify()
    except Exception as exc:  # database locked or unreachable: a failed check, not a crash
        ex.error = f"无法读取审计日志：{type(exc).__name__}"
        result.checks.append(Check("读取审计日志", False, ex.error))
        return
    ex.body = [_audit_row(r) for r in rows]
    full = {i: _full_id(i, rows) for i in ids}
    missing = [i for i, f in full.items() if f is None]
    _widen_ids(runner, full)
    result.checks.append(Check("本次的对话请求均有审计记录", not missing,
                               f"{len(ids) - len(missing)}/{len(ids)} 条请求有记录" +
                               (f"；缺少 {'、'.join(missing[:3])}" if missing else "")))
    result.checks.append(Check("审计日志哈希链完整（防篡改）", verdict.ok, verdict.message))
    result.facts["本次审计记录"] = f"{len(rows)} 条"
    result.facts["哈希链校验"] = verdict.message


def _full_id(rid: str, rows: list[dict[str, Any]]) -> str | None:
    """The audit log's request id for ``rid`` (which may be a 32-character ProduceID prefix of it)."""
    for r in rows:
        logged = str(r.get("request_id") or "")
        if logged == rid or (len(rid) >= 32 and logged.startswith(rid)):
            return logged
    return None


def _widen_ids(runner: EvidenceRunner, full: dict[str, str | None]) -> None:
    """Show the audit log's full request ids on the earlier probes."""
    for r in runner.run_record.results:
        r.request_id = full.get(r.request_id or "") or r.request_id
        for ex in r.chat_exchanges():
            ex.full_id = full.get(ex.request_id() or "") or ex.full_id


def _wait_rows(store: Any, ids: set[str], since: float) -> list[dict[str, Any]]:
    deadline = time.monotonic() + AUDIT_WAIT_S  # streamed answers are logged after the stream ends
    while True:
        rows = [r for r in store.iter_records(since=since - 300)
                if any(_full_id(i, [r]) for i in ids)]
        if all(_full_id(i, rows) for i in ids) or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)


def _audit_row(r: dict[str, Any]) -> dict[str, Any]:
    try:
        evidence = [f"{h.get('key')}：{h.get('evidence')}（{h.get('action')}）" for h in json.loads(r["evidence"] or "[]")]
    except (ValueError, TypeError, AttributeError):
        evidence = []
    return {"id": r.get("id"), "time": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(r["ts"])),
            "request_id": r.get("request_id"), "mode": r.get("mode"), "action": r.get("action"),
            "categories": r.get("categories") or "", "evidence": evidence,
            "hash": str(r.get("hash", ""))[:16] + "…", "prev_hash": str(r.get("prev_hash", ""))[:16] + "…"}
