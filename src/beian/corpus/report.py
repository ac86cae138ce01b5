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

SUM_KEYS = ("records", "chars", "bytes", "flagged", "pii_records", "tech_n", "tech_pass", "malformed",
            "clf_n", "clf_flag", "clf_err", "rule_n", "rule_k", "tech_kw_fail", "tech_clf_fail", "tech_both_fail",
            "tech_unmeasured")
COUNT_KEYS = ("languages", "categories", "pii_kinds", "encodings", "clf_risks")
KEYWORD_ONLY = "关键词"
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
    clf = plan["settings"].get("classifier")
    sources = [_finish(acc, src, files_of[i], profile, clf)
               for i, (acc, src) in enumerate(zip(per_source, plan["sources"]))]
    total = _empty()
    for acc in per_source:
        _merge(total, acc)
    overall = _finish(total, {"name": "全部语料"}, len(plan["files"]), profile, clf)
    limits = {k: th[k].model_dump() for k in ("source_illegal_share", "corpus_technical", "corpus_manual")}
    return {"profile": profile.id, "settings": plan["settings"], "thresholds": limits, "classifier": clf,
            "technical_method": method(clf), "sources": sources, "overall": overall}


def method(clf: dict[str, Any] | None) -> str:
    """How a record is judged failing: ``关键词`` or ``关键词 + 分类模型（…）``."""
    return f"{KEYWORD_ONLY} + 分类模型（{clf['label']}）" if clf else KEYWORD_ONLY


def _empty() -> dict[str, Any]:
    return {**{k: 0 for k in SUM_KEYS}, **{k: Counter() for k in COUNT_KEYS}, "duplicates": 0, "examples": [],
            "clf_err_example": ""}


def _add(acc: dict[str, Any], fig: dict[str, Any], path: str, dup: int) -> None:
    for k in SUM_KEYS:
        acc[k] += fig[k]
    for k in COUNT_KEYS:
        acc[k].update(fig[k])
    acc["duplicates"] += dup
    acc["clf_err_example"] = acc["clf_err_example"] or fig["clf_err_example"]
    for line, reason in fig["examples"]:
        if len(acc["examples"]) < MAX_EXAMPLES:
            acc["examples"].append({"file": Path(path).name, "line": line, "reason": reason})


def _merge(total: dict[str, Any], acc: dict[str, Any]) -> None:
    for k in (*SUM_KEYS, "duplicates"):
        total[k] += acc[k]
    for k in COUNT_KEYS:
        total[k].update(acc[k])
    total["examples"].extend(acc["examples"][:MAX_EXAMPLES - len(total["examples"])])
    total["clf_err_example"] = total["clf_err_example"] or acc["clf_err_example"]


def _finish(acc: dict[str, Any], src: dict[str, Any], n_files: int, profile: Profile,
            clf: dict[str, Any] | None) -> dict[str, Any]:
    n = acc["records"]
    hit = _ratio(acc["flagged"], n)
    status = _status(src, n_files, n)
    return {
        "name": src["name"], "status": status, "declared": {k: v for k, v in src.items() if k != "name"},
        "files": n_files, "records": n, "chars": acc["chars"], "bytes": acc["bytes"],
        "languages": dict(sorted(acc["languages"].items())),
        "keyword_hits": hit | {"categories": dict(acc["categories"].most_common())},
        "classifier": _classifier(acc, clf),
        "personal_information": _ratio(acc["pii_records"], n) | {"kinds": dict(acc["pii_kinds"].most_common())},
        "near_duplicates": _ratio(acc["duplicates"], n),
        "source_rule": _source_rule(acc, hit, profile, clf),
        "technical_sample": _technical(acc, profile, clf),
        "malformed": {"count": acc["malformed"], "examples": acc["examples"]},
        "encodings": dict(sorted(acc["encodings"].items())),
    }


def _classifier(acc: dict[str, Any], clf: dict[str, Any] | None) -> dict[str, Any] | None:
    """The classifier's flag rate over the records it judged, its failures and the risks it named."""
    if not clf:
        return None
    return _ratio(acc["clf_flag"], acc["clf_n"]) | {
        "scope": clf["scope"], "errors": acc["clf_err"], "error_example": acc["clf_err_example"],
        "risks": dict(acc["clf_risks"].most_common())}


def _source_rule(acc: dict[str, Any], hit: dict[str, Any], profile: Profile,
                 clf: dict[str, Any] | None) -> dict[str, Any]:
    """The 5 % rule on the same definition as the technical check (keyword hit OR classifier flag)."""
    limit = profile.thresholds["source_illegal_share"]
    rule = _ratio(acc["rule_k"], acc["rule_n"])
    if clf:
        measured = (f"关键词与分类模型（{clf['label']}）：{clf['scope_label']}中已判定的 {acc['rule_n']:,} 条"
                    f"（分类失败 {acc['clf_err']:,} 条未计入）；关键词另对全部 {acc['records']:,} 条扫描，"
                    f"命中占比 {_pct(hit['rate'])}")
    else:
        measured = f"仅关键词：全部 {acc['records']:,} 条（未配置分类模型）"
    return {"limit": limit.rate, "share": rule["rate"], "ci95": rule["ci95"], "n": rule["n"], "k": rule["k"],
            "basis": method(clf), "measured": measured, "keyword_share": hit["rate"],
            "verdict": _verdict(rule, hit, limit.rate, clf), "clause": limit.clause}


def _technical(acc: dict[str, Any], profile: Profile, clf: dict[str, Any] | None) -> dict[str, Any]:
    """The technical spot check: share drawn, pass rate, and which check failed the failing records."""
    n = acc["records"]
    tech = _ratio(acc["tech_pass"], acc["tech_n"])
    line = profile.thresholds["corpus_technical"]
    fraction = acc["tech_n"] / n if n else 0.0
    passes = bool(n and tech["rate"] is not None and line.passes(tech["rate"]) and fraction >= (line.fraction or 0))
    failed_by = {"keyword": acc["tech_kw_fail"], "classifier": acc["tech_clf_fail"], "both": acc["tech_both_fail"]}
    return tech | {"fraction": round(fraction, 6), "min_fraction": line.fraction, "line": line.rate,
                   "passes": passes, "method": method(clf), "failed_by": failed_by,
                   "unmeasured": acc["tech_unmeasured"]}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.2%}"


def _status(src: dict[str, Any], n_files: int, n: int) -> str:
    if src.get("exists") is False:
        return "文件缺失"
    if "exists" in src and n_files == 0:
        return "没有可读的语料文件"
    return "空来源" if n == 0 else "已扫描"


def _verdict(rule: dict[str, Any], hit: dict[str, Any], limit: float, clf: dict[str, Any] | None) -> str:
    """不合格 when the measured share (or, with a classifier on a sample, the keyword share of all
    records, a lower bound of the same definition) is above the limit."""
    if rule["n"] == 0:
        return "无法判断（没有已判定的记录）" if clf and hit["n"] else "无法判断（没有记录）"
    what = "关键词命中或分类模型标记" if clf else "关键词命中"
    if rule["rate"] > limit or (hit["rate"] or 0) > limit:
        return f"不合格：{what}占比超过 {limit:.0%}，该来源不应使用"
    if rule["ci95"][1] > limit:
        return f"合格（区间上限超过 {limit:.0%}，建议加大抽检或人工复核）"
    return "合格"
