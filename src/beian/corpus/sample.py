"""The manual spot check: ``beian corpus sample`` draws at least ``corpus_manual.n`` records (4,000
in TC260-003 9.2), stratified by source in proportion to its size, into a review workbook;
``beian corpus review-import`` reads the verdicts back into a pass rate with its interval.

The draw is the records with the smallest seeded keys of each source (kept per block during the
scan), so the same run folder and seed always give the same sample.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from beian.assess.metrics import wilson
from beian.corpus import plan as planning
from beian.errors import InputError, UsageError
from beian.standard import load_profile
from beian.standard.cac_excel import numbered_sheet, read_workbook, write_workbook

SHEET = "人工抽检"
COLUMNS = ("序号", "样本编号", "来源", "文件", "行号", "文本", "关键词命中", "研判结果", "不合格原因", "审核人")
PASS, FAIL = "合格", "不合格"
CLF_CELL = {-1: "未判定", 0: "未标记", 1: "标记", 2: "调用失败"}  # beian.corpus.classify codes
MAX_CELL = 32000  # Excel keeps at most 32,767 characters in a cell


def allocate(sizes: list[int], n: int) -> list[int]:
    """``n`` split over sources in proportion to ``sizes`` (largest remainder; every non-empty source ≥ 1)."""
    total = sum(sizes)
    if total <= n:
        return list(sizes)
    exact = [n * s / total for s in sizes]
    out = [min(s, max(1 if s else 0, math.floor(e))) for s, e in zip(sizes, exact)]
    order = sorted(range(len(sizes)), key=lambda i: (-(exact[i] - math.floor(exact[i])), i))
    while sum(out) < n:
        for i in order:
            if sum(out) < n and out[i] < sizes[i]:
                out[i] += 1
    return out


def _read(run_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        plan = json.loads((run_dir / "plan.json").read_text(encoding="utf-8"))
        result = json.loads((run_dir / "result.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{run_dir} 不是完成的扫描运行目录（缺少 plan.json 或 result.json）",
                         "先运行 beian corpus scan … --run 该目录，直到扫描完成") from None
    return plan, result


def draw(run_dir: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The sample rows (source, file, line, flag) and a summary (seed, sizes, whether all were taken)."""
    plan, result = _read(run_dir)
    n = load_profile(result["profile"]).thresholds["corpus_manual"].n or 0
    sizes = [s["records"] for s in result["sources"]]
    quota = allocate(sizes, n)
    picked: list[dict[str, Any]] = []
    for s_idx, want in enumerate(quota):
        cands = []
        for b in plan["blocks"]:
            if b["source"] == s_idx and want:
                with np.load(run_dir / "blocks" / f"{b['id']}.npz") as a:
                    cands += [(int(k), b["id"], b["file"], int(ln), bool(f), int(c)) for k, ln, f, c in
                              zip(a["sample_key"], a["sample_line"], a["sample_flag"], a["sample_clf"])]
        for key, bid, file, line, flag, clf in sorted(cands)[:want]:
            picked.append({"source": s_idx, "block": bid, "file": file, "line": line, "flag": flag, "clf": clf,
                           "key": key})
    summary = {"seed": result["settings"]["seed"], "records": sum(sizes), "sample": len(picked), "required": n,
               "all_records": sum(sizes) <= n, "per_source": {s["name"]: q for s, q in zip(result["sources"], quota)}}
    return picked, summary


def write_sample(run_dir: Path, out: Path) -> dict[str, Any]:
    """Draw the sample and write the review workbook; returns the summary."""
    from beian.corpus.engine import _read_block

    plan, result = _read(run_dir)
    picked, summary = draw(run_dir)
    with_clf = bool(result.get("classifier"))
    texts: dict[tuple[int, int], str] = {}
    blocks = {b.id: b for b in planning.blocks_of(plan)}
    for bid in sorted({p["block"] for p in picked}):
        block = blocks[bid]
        file = plan["files"][block.file]
        data = _read_block(block, file, plan["sources"][file["source"]].get("text_field"))
        texts.update({(block.file, line): text for line, text in data.records})
    rows = []
    for p in sorted(picked, key=lambda p: (p["source"], p["file"], p["line"])):
        path = Path(plan["files"][p["file"]]["path"])
        name = plan["sources"][p["source"]]["name"]
        rows.append([f"{name}:{path.name}:{p['line']}", name, path.name, p["line"],
                     texts.get((p["file"], p["line"]), "")[:MAX_CELL], "有" if p["flag"] else "无",
                     *([CLF_CELL[p["clf"]]] if with_clf else []), "", "", ""])
    columns = (*COLUMNS[:7], "分类模型", *COLUMNS[7:]) if with_clf else COLUMNS
    note = [["项目", "内容"], ["随机种子", summary["seed"]], ["语料总条数", summary["records"]],
            ["抽样条数", summary["sample"]], ["标准要求", f"不少于 {summary['required']} 条"],
            ["说明", "语料不足要求条数，已全部抽取" if summary["all_records"] else "按来源条数比例分层随机抽取"],
            ["填写方法", f"“研判结果”填 {PASS} 或 {FAIL}；不合格时写明原因；“审核人”写姓名"]]
    write_workbook(out, {SHEET: numbered_sheet(columns, rows), "说明": note}, widths=(6, 28, 14, 18, 8, 60),
                   styled_header=True)
    return summary


def review_import(path: Path, profile_name: str | None = None) -> dict[str, Any]:
    """Pass rate, interval and verdict against ``corpus_manual`` from a filled review workbook."""
    if not path.exists():
        raise InputError(f"找不到抽检工作簿：{path}", "给出 beian corpus sample 生成并已填写的 xlsx")
    table = read_workbook(path, "抽检工作簿").get(SHEET)
    if not table or "研判结果" not in table[0]:
        raise InputError(f"{path.name} 中没有“{SHEET}”工作表或“研判结果”列", "使用 beian corpus sample 生成的工作簿填写")
    col = table[0].index("研判结果")
    verdicts = [row[col].strip() if col < len(row) and row[col] else "" for row in table[1:]]
    passed, failed = verdicts.count(PASS), verdicts.count(FAIL)
    other = [v for v in verdicts if v not in (PASS, FAIL, "")]
    if other:
        raise UsageError(f"“研判结果”只能填 {PASS} 或 {FAIL}，发现：{other[0]}", "改正后重新导入")
    line = load_profile(profile_name or "tc260-003-2024").thresholds["corpus_manual"]
    n = passed + failed
    low, high = wilson(passed, n)
    rate = passed / n if n else None
    return {"reviewed": n, "passed": passed, "failed": failed, "unreviewed": verdicts.count(""),
            "rate": rate, "ci95": [low, high], "line": line.rate, "required": line.n, "clause": line.clause,
            "passes": bool(rate is not None and line.passes(rate) and n >= (line.n or 0))}
