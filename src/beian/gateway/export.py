"""Export of the audit log for a reviewer (jsonl, xlsx)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from beian.gateway.audit import AuditStore

COLUMNS_ZH = {"id": "序号", "ts": "时间", "request_id": "请求编号", "app": "应用", "user_hash": "用户标识摘要",
              "model": "模型", "mode": "运行模式", "action": "处置", "categories": "命中类别",
              "evidence": "证据（已脱敏）", "timings": "耗时（毫秒）", "raw": "原文（仅在开启时）",
              "prev_hash": "前一条哈希", "hash": "本条哈希"}


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts))


def export_audit(store: AuditStore, out: Path, since: float | None = None) -> int:
    """Write records to ``out`` (format from the suffix); return how many."""
    rows = list(store.iter_records(since))
    if out.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "审计日志"
        ws.append(list(COLUMNS_ZH.values()))
        for r in rows:
            ws.append([_when(r[k]) if k == "ts" else r[k] for k in COLUMNS_ZH])
        wb.save(out)
    else:
        with out.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({**r, "time": _when(r["ts"])}, ensure_ascii=False) + "\n")
    return len(rows)
