"""Folding the completed blocks into per-source and overall figures: ``result.json``, the 数据溯源清单
(xlsx, the columns ``beian check`` reads) and the corpus section of the self-assessment report.

Every pass line comes from the standard profile: ``source_illegal_share`` (the 5 % rule, TC260-003
5.1), ``corpus_technical`` (≥ 10 % of the corpus, ≥ 98 %) and ``corpus_manual`` (≥ 4,000 items,
≥ 96 %, both 9.2). The result holds no times, so a resumed run gives the same JSON as a single one.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from beian.assess.metrics import wilson
from beian.standard.profile import Profile

SUM_KEYS = ("records", "chars", "bytes", "flagged", "pii_records", "tech_n", "tech_pass", "malformed")
COUNT_KEYS = ("languages", "categories", "pii_kinds", "encodings")
MAX_EXAMPLES = 5


def load_blocks(run_dir: Path, plan: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, np.ndarray]]]:
    """Every block's figures and arrays, in plan order."""
    out = []
    for b in plan["blocks"]:
        figures = json.loads((run_dir / "blocks" / f"{b['id']}.json").read_text(encoding="utf-8"))
        with np.load(run_dir / "blocks" / f"{b['id']}.npz") as arrays:
            out.append((figures, {k: arrays[k] for k in arrays.files}))
    return out


def _ratio(k: int, n: int) -> dict[str, Any]:
    low, high = wilson(k, n)
    return {"n": n, "k": k, "rate": round(k / n, 6) if n else None, "ci95": [round(low, 6), round(high, 6)]}


def _duplicates(blocks: list[tuple[dict[str, Any], dict[str, np.ndarray]]]) -> list[int]:
    """Per block: records whose SimHash already appeared earlier in the corpus (plan order)."""
    sigs = [a["simhash"] for _, a in blocks]
    if not sigs or not sum(len(s) for s in sigs):
        return [0] * len(blocks)
    allsig = np.concatenate(sigs)
    first = np.zeros(len(allsig), dtype=bool)
    first[np.unique(allsig, return_index=True)[1]] = True
    bounds = np.cumsum([0, *[len(s) for s in sigs]])
    return [int((~first[bounds[i]:bounds[i + 1]]).sum()) for i in range(len(blocks))]


def aggregate(plan: dict[str, Any], blocks: list[tuple[dict[str, Any], dict[str, np.ndarray]]],
              profile: Profile) -> dict[str, Any]:
    """The result: settings, thresholds, per-source figures and the overall figures."""
    th = profile.thresholds
    dups = _duplicates(blocks)
    per_source = [_empty() for _ in plan["sources"]]
    for (fig, _), dup in zip(blocks, dups):
        _add(per_source[fig["source"]], fig, plan["files"][fig["file"]]["path"], dup)
    files_of = Counter(f["source"] for f in plan["files"])
    sources = [_finish(acc, src, files_of[i], profile) for i, (acc, src) in enumerate(zip(per_source, plan["sources"]))]
    total = _empty()
    for acc in per_source:
        _merge(total, acc)
    overall = _finish(total, {"name": "全部语料"}, len(plan["files"]), profile)
    limits = {k: th[k].model_dump() for k in ("source_illegal_share", "corpus_technical", "corpus_manual")}
    return {"profile": profile.id, "settings": plan["settings"], "thresholds": limits,
            "sources": sources, "overall": overall}


def _empty() -> dict[str, Any]:
    return {**{k: 0 for k in SUM_KEYS}, **{k: Counter() for k in COUNT_KEYS}, "duplicates": 0, "examples": []}


def _add(acc: dict[str, Any], fig: dict[str, Any], path: str, dup: int) -> None:
    for k in SUM_KEYS:
        acc[k] += fig[k]
    for k in COUNT_KEYS:
        acc[k].update(fig[k])
    acc["duplicates"] += dup
    for line, reason in fig["examples"]:
        if len(acc["examples"]) < MAX_EXAMPLES:
            acc["examples"].append({"file": Path(path).name, "line": line, "reason": reason})


def _merge(total: dict[str, Any], acc: dict[str, Any]) -> None:
    for k in (*SUM_KEYS, "duplicates"):
        total[k] += acc[k]
    for k in COUNT_KEYS:
        total[k].update(acc[k])
    total["examples"].extend(acc["examples"][:MAX_EXAMPLES - len(total["examples"])])


def _finish(acc: dict[str, Any], src: dict[str, Any], n_files: int, profile: Profile) -> dict[str, Any]:
    th = profile.thresholds
    n = acc["records"]
    limit = th["source_illegal_share"]
    hit = _ratio(acc["flagged"], n)
    tech = _ratio(acc["tech_pass"], acc["tech_n"])
    tech_line = th["corpus_technical"]
    fraction = acc["tech_n"] / n if n else 0.0
    status = _status(src, n_files, n)
    out = {
        "name": src["name"], "status": status, "declared": {k: v for k, v in src.items() if k != "name"},
        "files": n_files, "records": n, "chars": acc["chars"], "bytes": acc["bytes"],
        "languages": dict(sorted(acc["languages"].items())),
        "keyword_hits": hit | {"categories": dict(acc["categories"].most_common())},
        "personal_information": _ratio(acc["pii_records"], n) | {"kinds": dict(acc["pii_kinds"].most_common())},
        "near_duplicates": _ratio(acc["duplicates"], n),
        "source_rule": {"limit": limit.rate, "share": hit["rate"], "ci95": hit["ci95"],
                        "verdict": _verdict(hit, limit.rate, n), "clause": limit.clause},
        "technical_sample": tech | {"fraction": round(fraction, 6), "min_fraction": tech_line.fraction,
                                    "line": tech_line.rate, "passes": bool(n and tech["rate"] is not None
                                                                          and tech_line.passes(tech["rate"])
                                                                          and fraction >= (tech_line.fraction or 0))},
        "malformed": {"count": acc["malformed"], "examples": acc["examples"]},
        "encodings": dict(sorted(acc["encodings"].items())),
    }
    return out


def _status(src: dict[str, Any], n_files: int, n: int) -> str:
    if src.get("exists") is False:
        return "文件缺失"
    if "exists" in src and n_files == 0:
        return "没有可读的语料文件"
    return "空来源" if n == 0 else "已扫描"


def _verdict(hit: dict[str, Any], limit: float, n: int) -> str:
    if n == 0:
        return "无法判断（没有记录）"
    if hit["rate"] > limit:
        return f"不合格：关键词命中占比超过 {limit:.0%}，该来源不应使用"
    if hit["ci95"][1] > limit:
        return f"合格（区间上限超过 {limit:.0%}，建议加大抽检或人工复核）"
    return "合格"
