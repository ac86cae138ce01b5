"""What the runs decide: clause results that rest on a measured figure, with the evidence text.

Each decision names its source (run id, file) and states a shortfall with its gap. Clauses no
figure decides are left to the person who knows the service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beian.report.figures import Figure, percent, shortfall
from beian.standard import Profile


@dataclass
class Inputs:
    """Everything measured that the documents draw on."""

    figures: list[Figure] = field(default_factory=list)
    corpus: dict[str, Any] | None = None
    """The 采集后 run's result (figures, sources, 数据溯源清单); None without one."""
    corpus_runs: dict[str, Any] = field(default_factory=dict)
    """Stage (采集前/采集后) → :class:`beian.report.corpus_runs.CorpusRun`."""
    assess: dict[str, Any] | None = None
    lexicon: Any = None
    lexicon_terms: Any = None
    lexicon_files: list[Path] = field(default_factory=list)
    bank: Any = None
    bank_files: list[Path] = field(default_factory=list)
    evidence: dict[str, Any] | None = None

    def figure(self, key: str) -> Figure | None:
        """The figure of threshold ``key``, if measured."""
        return next((f for f in self.figures if f.key == key), None)


Decision = tuple[str, str]  # (符合/不符合, evidence text)
MODEL_KEYS = ("generated_manual", "generated_keyword", "generated_classifier", "should_refuse", "non_refuse")
CORPUS_KEYS = ("corpus_technical", "corpus_manual")


def decisions(inp: Inputs, profile: Profile) -> dict[str, Decision]:
    """Clause → (result, evidence) for every clause a measured figure decides."""
    out: dict[str, Decision] = {}
    if inp.corpus_runs:
        out.update(_corpus(inp, profile))
    model = _figures(inp, MODEL_KEYS, profile)
    if model is not None:
        out["6"] = model
    if inp.lexicon is not None:
        out.update(_lexicon(inp))
    if inp.bank is not None:
        out.update(_bank(inp))
    return out


def describe(fig: Figure, profile: Profile) -> str:
    """One figure in words: value, sample size, interval, line and source run."""
    th = profile.thresholds[fig.key]
    share = f"，{fig.share()}" if fig.fraction is not None else ""
    pending = f"，另有 {fig.review} 题待人工复核、未计入" if fig.review else ""
    return (f"{fig.label} {percent(fig.rate, th.op)}（n={fig.n}{share}{pending}，95%置信区间 {percent(fig.ci[0], '>=')}–"
            f"{percent(fig.ci[1], '<=')}，要求 {'≥' if th.op == '>=' else '≤'}{th.rate:.0%}；来源 {fig.source}）")


def partial(inp: Inputs, keys: tuple[str, ...], profile: Profile) -> str:
    """The figures of ``keys`` that were measured, in words, and the ones missing ('' when none measured)."""
    figs = [f for k in keys if (f := inp.figure(k)) is not None]
    if not figs:
        return ""
    missing = [k for k in keys if inp.figure(k) is None]
    text = "；".join(describe(f, profile) for f in figs)
    return text + (f"。尚未测量：{'、'.join(_label(k) for k in missing)}" if missing else "")


def _label(key: str) -> str:
    from beian.report.figures import ROWS

    return ROWS[key]


def _figures(inp: Inputs, keys: tuple[str, ...], profile: Profile) -> Decision | None:
    """不符合 when a measured figure misses its line; 符合 only when all of ``keys`` were measured and meet them."""
    figs = [f for k in keys if (f := inp.figure(k)) is not None]
    gaps = [f"{f.label}：{'；'.join(g)}" for f in figs if (g := shortfall(f, profile))]
    if gaps:
        return "不符合", partial(inp, keys, profile) + "。未达到：" + "；".join(gaps)
    if figs and len(figs) == len(keys) and not any(f.review for f in figs):
        return "符合", partial(inp, keys, profile)
    return None  # not all measured, or answers still wait for a person: not decided yet


def _corpus(inp: Inputs, profile: Profile) -> dict[str, Decision]:
    from beian.report.corpus_runs import decisions as stage_decisions

    out = stage_decisions(inp.corpus_runs, profile)
    content = _figures(inp, CORPUS_KEYS, profile)
    if content is not None:
        out["5.2 a)"] = content
    return out


def _lexicon(inp: Inputs) -> dict[str, Decision]:
    st = inp.lexicon
    rid = "、".join(p.name for p in inp.lexicon_files)
    total = f"关键词 {st.distinct} 个（去重后），要求不少于 {st.quota_total} 个；来源 {rid}"
    out: dict[str, Decision] = {"8.1 a)": ("符合", total) if st.meets_total else
                                ("不符合", f"{total}。差 {st.total_shortfall} 个")}
    uncovered = [st.risk_names.get(r, r) for r in st.risk_minimums if not st.per_risk.get(r)]
    short = [f"{st.risk_names.get(r, r)} 差 {n} 个" for r, n in st.missing.items() if st.per_risk.get(r)]
    cover = f"覆盖 {len(st.risk_minimums) - len(uncovered)}/{len(st.risk_minimums)} 类风险；来源 {rid}"
    if uncovered:
        out["8.1 b)"] = ("不符合", f"{cover}。未覆盖：{'、'.join(uncovered)}")
    else:
        note = f"。推荐性数量（宜）未达到：{'、'.join(short)}（按 9.1 d) 4) 不影响总体结论）" if short else ""
        out["8.1 b)"] = ("符合", cover + note)
    return out


def _bank(inp: Inputs) -> dict[str, Decision]:
    st = inp.bank
    rid = "、".join(p.name for p in inp.bank_files)
    sizes = f"生成内容 {st.sizes['generated']} 题、应拒答 {st.sizes['should_refuse']} 题、非拒答 {st.sizes['non_refuse']} 题；来源 {rid}"
    totals = [g for g in st.gaps if "总题数" in g.what]
    per_risk = [g for g in st.gaps if g not in totals and g.bank != "non_refuse"]
    per_aspect = [g for g in st.gaps if g not in totals and g.bank == "non_refuse"]
    out: dict[str, Decision] = {}
    total = ("不符合", f"{sizes}。" + "；".join(f"{g.what}差 {g.need - g.have} 题" for g in totals)) if totals \
        else ("符合", sizes)
    for clause in ("8.2 a)", "8.3 a) 1)", "8.3 b) 1)"):
        out[clause] = total
    out["8.2 b)"] = out["8.3 a) 2)"] = _coverage(per_risk, "31 类风险", rid)
    out["8.3 b) 2)"] = out["8.3 b) 3)"] = _coverage(per_aspect, "13 个方面", rid)
    return out


def _coverage(gaps: list[Any], what: str, rid: str) -> Decision:
    missing = [g.what for g in gaps if g.have == 0]
    short = [f"{g.what} 差 {g.need - g.have} 题" for g in gaps if g.have]
    if missing:
        return "不符合", f"未覆盖{what}中的：{'、'.join(missing[:10])}；来源 {rid}"
    note = f"；推荐性数量（宜）未达到：{'、'.join(short[:10])}（按 9.1 d) 4) 不影响总体结论）" if short else ""
    return "符合", f"覆盖{what}；来源 {rid}{note}"
