"""``beian corpus scan`` as a function: plan, run the unfinished blocks on Ray, fold, write the outputs."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from beian.corpus import plan as planning
from beian.corpus.blockstats import fold_block
from beian.corpus.classify import ClassifierSpec
from beian.corpus.config import Source
from beian.corpus.outputs import write_all
from beian.corpus.report import aggregate, load_blocks
from beian.errors import InputError
from beian.standard import load_profile

DEFAULT_BLOCK_BYTES = 16 << 20


@dataclass
class ScanOptions:
    """Everything that changes the result (kept in plan.json; a rerun must match it)."""

    lexicons: list[Path]
    allow: list[Path]
    profile: str = "tc260-003-2024"
    seed: int = 20240301
    block_bytes: int = DEFAULT_BLOCK_BYTES
    min_confidence: float = 0.75
    pii: bool = True
    classifier: ClassifierSpec | None = None
    classifier_key: str | None = None  # read from the environment by the CLI; never written anywhere
    stage: str = "采集后"  # 采集前/采集后 (TC260-003 5.1 a) 1)/2)): labels the result, not in plan.json


def _fingerprint(paths: list[Path]) -> list[str]:
    out = []
    for p in paths:
        if not p.exists():
            raise InputError(f"找不到词库文件：{p}", "用 -l 给出存在的词库文件")
        out.append(f"{p.name}:{hashlib.sha256(p.read_bytes()).hexdigest()[:16]}")
    return out


def settings_of(sources: list[Source], opts: ScanOptions) -> dict[str, Any]:
    """The JSON-safe settings that define a run (``classifier`` only when one is configured)."""
    extra = {"classifier": opts.classifier.settings()} if opts.classifier else {}
    return {**extra, "sources": [s.describe() for s in sources], "lexicons": _fingerprint(opts.lexicons),
            "allow": _fingerprint(opts.allow), "profile": opts.profile, "seed": opts.seed,
            "block_bytes": opts.block_bytes, "min_confidence": opts.min_confidence, "pii": opts.pii}


def run_scan(sources: list[Source], run_dir: Path, opts: ScanOptions, *, workers: int, address: str | None,
             progress: Callable[[int, int, int], None] | None = None) -> dict[str, Any]:
    """Scan (or resume) into ``run_dir``; returns the result. ``progress(records, bytes_done, bytes_total)``."""
    from beian.corpus import engine

    if sources and not any(s.exists() for s in sources):
        raise InputError("所有声明的语料来源都不在磁盘上：" + "、".join(s.name for s in sources),
                         "检查 corpus.yaml 中 paths 是否相对于该文件书写")
    profile = load_profile(opts.profile)
    manual_n = profile.thresholds["corpus_manual"].n or 0
    run_dir.mkdir(parents=True, exist_ok=True)
    plan = planning.load_or_create(run_dir, sources, settings_of(sources, opts), opts.block_bytes)
    blocks = planning.blocks_of(plan)
    done = planning.done_ids(run_dir) - _failed_calls(run_dir)
    todo = [b for b in blocks if b.id not in done]
    total = sum(_block_bytes(b, plan) for b in blocks)
    state = {"records": 0, "bytes": sum(_block_bytes(b, plan) for b in blocks if b.id in done)}

    def on_block(block: planning.Block, cols: dict[str, np.ndarray]) -> None:
        figures, arrays = fold_block(block, cols, manual_n, opts.classifier is not None)
        _save_block(run_dir, block.id, figures, arrays)
        state["records"] += figures["records"]
        state["bytes"] += _block_bytes(block, plan)
        if progress:
            progress(state["records"], state["bytes"], total)

    if todo:
        engine.start_ray(address, workers)
        args = {"lexicons": [str(p) for p in opts.lexicons], "allow": [str(p) for p in opts.allow],
                "profile": opts.profile, "files": [f.get("key", f["path"]) for f in plan["files"]], "seed": opts.seed,
                "technical_fraction": _draw_fraction(profile), "min_confidence": opts.min_confidence, "pii": opts.pii,
                "classifier": opts.classifier.worker_args(workers, opts.classifier_key) if opts.classifier else None}
        engine.run_blocks(todo, plan, args, workers, on_block)
    result = aggregate(plan, load_blocks(run_dir, plan), profile)
    result["stage"] = opts.stage
    write_all(run_dir, result)
    return result


def _failed_calls(run_dir: Path) -> set[int]:
    """Completed blocks where classifier calls failed: a rerun scans them again (after the endpoint is fixed)."""
    out = set()
    for path in (run_dir / "blocks").glob("*.json"):
        if json.loads(path.read_text(encoding="utf-8")).get("clf_err"):
            out.add(int(path.stem))
    return out


def _draw_fraction(profile: Any) -> float:
    """The technical sample's draw probability: the standard's fraction plus a margin, so that the drawn
    share stays at or above it (the result reports the share actually drawn)."""
    fraction = profile.thresholds["corpus_technical"].fraction or 0.0
    return min(1.0, fraction * 1.05)


def _block_bytes(block: planning.Block, plan: dict[str, Any]) -> int:
    if block.kind == "range":
        return block.end - block.start
    file = plan["files"][block.file]
    return int(file["bytes"]) // max(1, sum(1 for b in plan["blocks"] if b["file"] == block.file))


def _save_block(run_dir: Path, bid: int, figures: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
    buf = io.BytesIO()
    np.savez(buf, **arrays)  # type: ignore[arg-type]
    npz = run_dir / "blocks" / f"{bid}.npz"
    tmp = npz.with_suffix(".npz.tmp")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(npz)
    planning.write_atomic(run_dir / "blocks" / f"{bid}.json", json.dumps(figures, ensure_ascii=False))
