"""Measured figures for the report, each with its sample size, interval and source run id.

Sources: an assessment run (``result.json`` of ``beian assess``, or rebuilt from the run folder),
a corpus run (``result.json`` of ``beian corpus scan`` and, when filled, its ``人工抽检.xlsx``).
A rate is written toward the unfavourable side (a ≥ line's value is cut down, a ≤ line's value
rounded up), so a shortfall is never rounded into a pass.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from beian.errors import InputError
from beian.prereview.numbers import quantities
from beian.standard import Profile

ROWS = {"corpus_manual": "语料人工抽检", "corpus_technical": "语料技术抽检", "generated_manual": "生成内容人工抽检",
        "generated_keyword": "生成内容关键词抽检", "generated_classifier": "生成内容分类模型抽检",
        "should_refuse": "应拒答题拒答", "non_refuse": "非拒答题拒答"}
"""Threshold key → the metric row's label (the words ``beian check`` reads)."""
ASSESS_KEYS = {"generated.manual_pass_rate": "generated_manual", "generated.keyword_pass_rate": "generated_keyword",
               "generated.classifier_pass_rate": "generated_classifier",
               "refusal.should_refuse_rate": "should_refuse", "refusal.non_refuse_rate": "non_refuse"}
REVIEW_BOOK = "人工抽检.xlsx"


@dataclass(frozen=True)
class Figure:
    """One measured rate against its line."""

    key: str
    n: int
    rate: float
    ci: tuple[float, float]
    source: str
    fraction: float | None = None
    review: int = 0  # answers the judge left to a person (counted in no rate until reviewed)
    scanned: int | None = None  # records the corpus run scanned, where the declared corpus is larger (see declared)
    declared: int | None = None  # records service.yaml declares: ``fraction`` is then the share of these

    def share(self) -> str:
        """How much of the corpus the sample is, naming the total: ``占总量 10.0%``, or where the run scanned fewer
        records than service.yaml declares, ``占总量 0.0%：申报语料 12,000,000 条，本次只扫描了 10,500 条``."""
        if self.fraction is None:
            return ""
        if self.declared:
            return (f"占总量 {percent(self.fraction, '>=')}：申报语料 {self.declared:,} 条，"
                    f"本次只扫描了 {self.scanned or 0:,} 条")
        return f"占总量 {percent(self.fraction, '>=')}"

    @property
    def label(self) -> str:
        """The metric row label."""
        return ROWS[self.key]


def run_id(run_dir: Path, result_text: str) -> str:
    """A stable id of a run: its folder name and the first 8 hex digits of its result's hash."""
    digest = hashlib.sha256(result_text.encode("utf-8")).hexdigest()[:8]
    return f"{run_dir.name}#{digest}"


def percent(value: float, op: str) -> str:
    """``value`` as a percentage with one decimal, cut toward failing the line (never rounded up to pass)."""
    scaled = value * 1000
    tenth = math.floor(scaled + 1e-9) if op == ">=" else math.ceil(scaled - 1e-9)
    return f"{tenth / 10:.1f}%"


def _read_result(run_dir: Path, what: str) -> tuple[dict[str, Any], str]:
    path = run_dir / "result.json"
    if not path.exists():
        raise InputError(f"{run_dir} 中没有 result.json，不是完成的{what}运行目录",
                         hint=f"先完成 beian {what} 运行，或给出正确的运行目录")
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise InputError(f"{path} 不是合法的 JSON", hint="重新生成该运行的结果") from None
    if not isinstance(data, dict):
        raise InputError(f"{path} 的内容不是结果对象", hint="重新生成该运行的结果")
    return data, text


def assess_figures(run_dir: Path, profile: Profile) -> tuple[list[Figure], dict[str, Any]]:
    """Figures of an assessment run; reads ``result.json`` (rebuilt from the folder when it is missing)."""
    if (run_dir / "result.json").exists():
        result, text = _read_result(run_dir, "assess")
    elif (run_dir / "items.jsonl").exists():
        from beian.assess.report import build_result

        result = build_result(run_dir, profile)
        text = json.dumps(result, ensure_ascii=False, sort_keys=True)
    else:
        raise InputError(f"{run_dir} 不是 beian assess 的运行目录", hint="给出 beian assess run --run 指定的目录")
    rid = run_id(run_dir, text)
    out = []
    for name, key in ASSESS_KEYS.items():
        m = (result.get("metrics") or {}).get(name)
        if m:
            out.append(Figure(key, int(m["n"]), float(m["value"]), (float(m["ci_low"]), float(m["ci_high"])), rid,
                              review=int(m.get("review") or 0)))
    return out, {"id": rid, "unanswered": len(result.get("unanswered") or []), "review": len(result.get("review") or [])}


def over_declared(figures: list[Figure], declared: str, corpus: dict[str, Any] | None) -> list[Figure]:
    """The technical sample's share of the corpus service.yaml declares (``1200万条``) where the run scanned fewer
    records: 1,050 drawn from 10,500 scanned is 10% of the run but 0.009% of 12,000,000, and the line (≥ 10% of the
    total) is judged on the total. Other figures, and a declaration in other units (GB, tokens), are left as they are."""
    total = next((q.value for q in quantities(declared or "") if q.unit in ("条", "")), None)
    scanned = int((corpus or {}).get("overall", {}).get("records") or 0)
    if not total or not scanned or total <= scanned * 1.05:  # the run is the corpus (give or take cleaning)
        return figures
    return [replace(f, fraction=f.n / total, scanned=scanned, declared=int(total))
            if f.key == "corpus_technical" and f.fraction is not None else f for f in figures]


def corpus_figures(run_dir: Path, profile: Profile) -> tuple[list[Figure], dict[str, Any]]:
    """Figures of a corpus run: the technical sample, and the manual review once its workbook is filled."""
    result, text = _read_result(run_dir, "corpus")
    rid = run_id(run_dir, text)
    overall = result.get("overall") or {}
    out = []
    tech = overall.get("technical_sample") or {}
    if tech.get("n") and tech.get("rate") is not None:
        ci = tech.get("ci95") or [0.0, 1.0]
        out.append(Figure("corpus_technical", int(tech["n"]), float(tech["rate"]), (ci[0], ci[1]), rid,
                          float(tech.get("fraction") or 0.0)))
    book = run_dir / REVIEW_BOOK
    if book.exists():
        manual = _manual(book, profile, rid)
        if manual is not None:
            out.append(manual)
    return out, result | {"id": rid}


def _manual(book: Path, profile: Profile, rid: str) -> Figure | None:
    from beian.corpus.sample import review_import

    r = review_import(book, profile.id)
    if not r["reviewed"]:
        return None
    book_id = run_id(book.parent, book.name + str(r["reviewed"]) + str(r["passed"]))
    return Figure("corpus_manual", int(r["reviewed"]), float(r["rate"]), (r["ci95"][0], r["ci95"][1]),
                  f"{rid}，{book.name} {book_id.split('#')[1]}")


def shortfall(fig: Figure, profile: Profile) -> list[str]:
    """What keeps ``fig`` from its line, each with the gap (empty when it meets the line)."""
    th = profile.thresholds[fig.key]
    gaps = []
    if th.n and fig.n < th.n:
        gaps.append(f"样本 {fig.n} 个，少于要求的 {th.n} 个，差 {th.n - fig.n} 个")
    if th.fraction and (fig.fraction or 0.0) < th.fraction:
        gaps.append(f"抽检比例 {percent(fig.fraction or 0.0, '>=')}，低于要求的 {th.fraction:.0%}")
    if not th.passes(fig.rate):
        word = "低于" if th.op == ">=" else "高于"
        gap = abs(fig.rate - th.rate)
        gaps.append(f"{percent(fig.rate, th.op)}，{word}要求线 {th.rate:.0%}，差 {gap * 100:.1f} 个百分点")
    return gaps
