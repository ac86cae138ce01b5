"""Typed records that travel as dicts: one gateway audit row, the metadata of an assessment run.

They are ``TypedDict`` on purpose: the audit row is built on the gateway's hot path and written
with plain DB-API statements, and run metadata is stored as JSON, so the shapes are typed without
a conversion step. Adding an audit field means adding it here (with its Chinese column label) and
as a column of ``audit_log`` in :mod:`beian.gateway.audit`; the hash chain and the exports follow.
"""

from __future__ import annotations

from typing import TypedDict


class AuditRow(TypedDict):
    """One gateway decision as the audit log chains it (``raw`` only when ``store_raw`` is on)."""

    ts: float
    request_id: str
    app: str
    user_hash: str | None
    model: str
    mode: str  # a beian.kinds.Mode value
    action: str  # a beian.kinds.Outcome value
    categories: str
    evidence: str  # JSON list of masked hits
    timings: str  # JSON {stage: milliseconds}
    raw: str | None


AUDIT_LABELS: dict[str, str] = {
    "ts": "时间", "request_id": "请求编号", "app": "应用", "user_hash": "用户标识摘要", "model": "模型",
    "mode": "运行模式", "action": "处置", "categories": "命中类别", "evidence": "证据（已脱敏）",
    "timings": "耗时（毫秒）", "raw": "原文（仅在开启时）",
}
AUDIT_FIELDS: tuple[str, ...] = tuple(AuditRow.__annotations__)
if tuple(AUDIT_LABELS) != AUDIT_FIELDS:  # pragma: no cover - a development mistake, caught by any import
    raise RuntimeError("AUDIT_LABELS must label every AuditRow field in order")


class RunMeta(TypedDict, total=False):
    """``meta.json`` of an assessment run directory: what ``--resume`` and ``rejudge`` need."""

    profile: str
    seed: int
    sample_all: bool
    banks: list[str]
    base_url: str | None
    model: str | None
    api_key_env: str | None
    answers: str | None
    lexicons: list[str]
    classifier_url: str | None
    classifier_model: str | None
    classifier_kind: str
    classifier_key_env: str | None
    judge_model: str | None
    refusal_judge_url: str | None
    refusal_judge_model: str | None
    refusal_judge_key_env: str | None
    concurrency: int
    rate: float | None
    timeout: float
    retries: int
    backoff: float
    stream: bool
    problems: list[str]
