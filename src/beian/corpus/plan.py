"""The scan plan: every source's files cut into blocks, kept in the run folder so a rerun skips done blocks.

Run folder layout::

    plan.json            settings, sources, files and blocks (written once)
    blocks/B.json        one per completed block (figures); written last, so its presence means done
    blocks/B.npz         near-duplicate signatures and the bottom-k sampling keys of that block
    result.json …        written when every block is done
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from beian.corpus import formats
from beian.corpus.config import Source
from beian.errors import UsageError

PLAN_VERSION = 3  # 2: classifier columns in the block figures; 3: sampling keys independent of where the corpus lies


@dataclass(frozen=True)
class Block:
    """One unit of work and of resumption."""

    id: int
    source: int
    file: int
    kind: str  # "range" (line formats), "json" (whole document), "parquet" (one row group)
    start: int = 0
    end: int = 0
    line: int = 1
    group: int = 0


def make_plan(sources: list[Source], settings: dict[str, Any], block_bytes: int) -> dict[str, Any]:
    """Sources, their files (with format and size) and blocks."""
    files: list[dict[str, Any]] = []
    blocks: list[Block] = []
    for s_idx, src in enumerate(sources):
        paths = list(src.files())
        for path in paths:
            kind = formats.detect(path)
            assert kind is not None
            f_idx = len(files)
            entry: dict[str, Any] = {"source": s_idx, "path": str(path), "fmt": kind.fmt, "codec": kind.codec,
                                     "bytes": path.stat().st_size, "header": None,
                                     "key": sample_key(src.name, path, paths)}
            files.append(entry)
            blocks.extend(_file_blocks(entry, f_idx, s_idx, len(blocks), block_bytes))
    return {"version": PLAN_VERSION, "settings": settings,
            "sources": [src.describe() | {"exists": src.exists()} for src in sources],
            "files": files, "blocks": [b.__dict__ for b in blocks]}


def sample_key(source: str, path: Path, paths: list[Path]) -> str:
    """What a file's records are sampled by: the source's name and the file's path inside the source.

    Not the absolute path: the same corpus copied or mounted elsewhere draws the same samples.
    """
    root = Path(os.path.commonpath([str(p.parent) for p in paths])) if paths else path.parent
    return f"{source}/{path.relative_to(root).as_posix()}"


def _file_blocks(entry: dict[str, Any], f_idx: int, s_idx: int, first_id: int, block_bytes: int) -> list[Block]:
    path, fmt, codec = Path(entry["path"]), entry["fmt"], entry["codec"]
    if fmt == "json":
        return [Block(first_id, s_idx, f_idx, "json")]
    if fmt == "parquet":
        return [Block(first_id + g, s_idx, f_idx, "parquet", group=g) for g in range(formats.parquet_groups(path))]
    points, size = formats.split_points(path, codec, block_bytes)
    entry["raw_bytes"] = size
    if fmt in ("csv", "tsv"):
        entry["header"] = formats.csv_header(path, codec, fmt)
    if size == 0:
        return []
    ends = [p[0] for p in points[1:]] + [size]
    return [Block(first_id + i, s_idx, f_idx, "range", start, end, line)
            for i, ((start, line), end) in enumerate(zip(points, ends))]


def load_or_create(run_dir: Path, sources: list[Source], settings: dict[str, Any], block_bytes: int) -> dict[str, Any]:
    """The run folder's plan; a rerun with other settings is refused rather than mixed."""
    path = run_dir / "plan.json"
    if path.exists():
        plan: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if plan.get("settings") != settings or plan.get("version") != PLAN_VERSION:
            raise UsageError(f"运行目录 {run_dir} 是另一组设置（来源、词库、种子或块大小不同）的扫描",
                             "换一个 --run 目录，或删除该目录后重新扫描")
        return plan
    plan = make_plan(sources, settings, block_bytes)
    (run_dir / "blocks").mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(plan, ensure_ascii=False, indent=1))
    return plan


def blocks_of(plan: dict[str, Any]) -> list[Block]:
    """The plan's blocks as :class:`Block`."""
    return [Block(**b) for b in plan["blocks"]]


def done_ids(run_dir: Path) -> set[int]:
    """Blocks already completed (their JSON was written last, atomically)."""
    return {int(p.stem) for p in (run_dir / "blocks").glob("*.json")}


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a kill never leaves half a file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
