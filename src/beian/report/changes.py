"""What a rebuild changed: measured figures, clause results and the conclusion, read from the earlier file."""

from __future__ import annotations

from pathlib import Path

Snapshot = dict[str, str]


def snapshot(path: Path) -> Snapshot:
    """Metric rows (sample, rate), clause results and the conclusion of a built report ({} when none)."""
    if not path.exists():
        return {}
    import docx

    try:
        document = docx.Document(str(path))
    except Exception:
        return {}
    out: Snapshot = {}
    for table in document.tables:
        cells, width = table._cells, len(table.columns)  # once: row.cells rebuilds the whole list per row
        rows = [[c.text.strip() for c in cells[i:i + width]] for i in range(0, len(cells), width)]
        if not rows:
            continue
        if rows[0][0] == "指标":
            out.update({f"指标 {r[0]}": f"{r[1]} {r[2]}" for r in rows[1:]})
        elif rows[0][0] == "条款":
            out.update({f"条款 {r[0]}": r[3] for r in rows[1:]})
    for p in document.paragraphs:
        if p.text.startswith("总体结论："):
            out["总体结论"] = p.text.removeprefix("总体结论：").split("。")[0].split("（")[0]
    return out


def diff(before: Snapshot, after: Snapshot) -> list[str]:
    """One Chinese line per value that changed (nothing for a first build)."""
    if not before:
        return []
    return [f"{key}：{before.get(key, '（无）')} → {value}" for key, value in after.items()
            if before.get(key) != value]
