"""Export of the audit log for a reviewer (jsonl, xlsx); works the same on SQLite and PostgreSQL.

Records are streamed from the database (a server-side cursor on PostgreSQL), so
a long log is never held in memory at once.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from beian.errors import InputError
from beian.gateway.audit import AuditStore
from beian.kinds import Labelled, Mode, Outcome
from beian.records import AUDIT_LABELS

COLUMNS_ZH = {"id": "序号", **AUDIT_LABELS, "prev_hash": "前一条哈希", "hash": "本条哈希"}

LABELS: dict[str, type[Labelled]] = {"mode": Mode, "action": Outcome}  # shown as 中文（value）
XLSX_CELL_MAX = 32767  # Excel refuses longer cell texts
TRUNCATED = "…（内容过长已截断，完整内容请导出为 jsonl）"
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts))


def xlsx_value(key: str, value: Any) -> Any:
    """A cell value Excel accepts: readable time, no control characters, within the cell limit."""
    if key == "ts" and value is not None:
        return _when(float(value))
    if key in LABELS and value is not None:
        return f"{LABELS[key].label(value)}（{value}）"
    if not isinstance(value, str):
        return value
    value = _XLSX_ILLEGAL.sub("\ufffd", value)
    if len(value) > XLSX_CELL_MAX:
        value = value[:XLSX_CELL_MAX - len(TRUNCATED)] + TRUNCATED
    return value


def _write_xlsx(rows: Iterable[dict[str, Any]], out: Path) -> int:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("审计日志")
    ws.append(list(COLUMNS_ZH.values()))
    n = 0
    for r in rows:
        ws.append([xlsx_value(k, r.get(k)) for k in COLUMNS_ZH])
        n += 1
    wb.save(out)
    return n


def _write_jsonl(rows: Iterable[dict[str, Any]], out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({**r, "time": _when(r["ts"])}, ensure_ascii=False) + "\n")
            n += 1
    return n


def export_audit(store: AuditStore, out: Path, since: float | None = None) -> int:
    """Write records to ``out`` (format from the suffix: .xlsx, otherwise jsonl); return how many."""
    rows = store.iter_records(since)
    try:
        if out.suffix.lower() == ".xlsx":
            return _write_xlsx(rows, out)
        return _write_jsonl(rows, out)
    except OSError as exc:
        raise InputError(f"无法写入导出文件 {out}：{exc.strerror or exc}", "检查目录是否存在、是否可写") from None
