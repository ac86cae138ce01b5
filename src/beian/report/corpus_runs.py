"""The corpus runs given with ``--corpus``: which stage each one measured, and the 5 % rule per stage.

TC260-003 5.1 a) 1) asks that every source be assessed before collection (采集前), 5.1 a) 2) after
collection (采集后); they are different measurements. ``beian corpus scan --stage`` stores the stage
in ``result.json``; a run without the key (written before the option existed) counts as 采集后 and
the report says so. Each clause is judged only from the run of its own stage; the other stage's
figures are shown as reference, never as the result.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beian.errors import InputError, UsageError
from beian.report.figures import Figure, corpus_figures, percent
from beian.standard import Profile

PRE, POST = "采集前", "采集后"
STAGES = {"采集前": PRE, "pre": PRE, "采集后": POST, "post": POST}
CLAUSES = {PRE: "5.1 a) 1)", POST: "5.1 a) 2)"}
Decision = tuple[str, str]  # (符合/不符合, evidence text)


@dataclass
class CorpusRun:
    """One ``beian corpus scan`` run folder: its stage, result (with ``id``) and figures."""

    folder: Path
    stage: str
    result: dict[str, Any]
    figures: list[Figure] = field(default_factory=list)
    legacy: bool = False

    @property
    def id(self) -> str:
        """The run id (folder name and result hash)."""
        return str(self.result["id"])

    @property
    def note(self) -> str:
        """The stage as the report states it ('' when the run recorded it)."""
        return "未记录评估阶段（较早版本的 beian corpus scan 生成），按采集后计" if self.legacy else ""


def read_runs(folders: list[Path], profile: Profile) -> dict[str, CorpusRun]:
    """Stage → run for every ``--corpus`` folder; two runs of one stage are a usage error."""
    runs: dict[str, CorpusRun] = {}
    for folder in folders:
        if not folder.is_dir():
            raise InputError(f"--corpus 给出的运行目录不存在：{folder}", hint="给出 beian corpus scan --run 指定的目录")
        figures, result = corpus_figures(folder, profile)
        stage, legacy = _stage(result, folder)
        if stage in runs:
            raise UsageError(f"两个 --corpus 运行都是{stage}评估：{runs[stage].folder.name}、{folder.name}",
                             hint="每个阶段给出一个运行：采集前用 beian corpus scan --stage 采集前 扫描，采集后为默认")
        runs[stage] = CorpusRun(folder, stage, result, figures, legacy)
    return runs


def _stage(result: dict[str, Any], folder: Path) -> tuple[str, bool]:
    raw = result.get("stage")
    if raw is None:
        return POST, True
    stage = STAGES.get(str(raw).strip().lower())
    if stage is None:
        raise InputError(f"{folder} 的 result.json 中评估阶段“{raw}”无法识别", hint="应为 采集前 或 采集后")
    return stage, False


def listed(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The sources with records (those the 5 % rule speaks of)."""
    return [s for s in result.get("sources", []) if s.get("records")]


def _key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


def only_in(run: CorpusRun | None, other: CorpusRun | None) -> list[str]:
    """Names of the sources with records in ``run`` that ``other`` does not list ([] unless both given)."""
    if run is None or other is None:
        return []
    theirs = {_key(s["name"]) for s in listed(other.result)}
    return [s["name"] for s in listed(run.result) if _key(s["name"]) not in theirs]


def share_of(src: dict[str, Any]) -> float:
    """A source's illegal/harmful share (0 when the scan could not compute it; see :func:`unknown`).

    With a classifier on the technical sample only, the keyword share of all records is a lower bound
    of the same definition: the larger of the two is the source's share, as the scan's verdict has it.
    """
    rule = src["source_rule"]
    return max(float(rule.get("share") or 0.0), float(rule.get("keyword_share") or 0.0))


def unknown(src: dict[str, Any]) -> bool:
    """True when the scan could not compute the source's share (e.g. no record judged)."""
    return src["source_rule"].get("share") is None


def basis(run: CorpusRun) -> str:
    """How the scan judged a record failing (关键词, or 关键词 + 分类模型 …), from the first source."""
    found = [s["source_rule"].get("basis") for s in listed(run.result) if s["source_rule"].get("basis")]
    return str(found[0]) if found else "关键词"


def rule(run: CorpusRun, profile: Profile) -> Decision | None:
    """The 5 % rule over one run's sources: 不符合 naming every source above the line, '' (not decided) when
    a source's share could not be computed, else 符合 (None without sources)."""
    sources = listed(run.result)
    if not sources:
        return None
    limit = profile.thresholds["source_illegal_share"].rate
    worst = max(sources, key=share_of)
    stage = f"{run.stage}评估" + (f"（{run.note}）" if run.note else "")
    n = worst["source_rule"].get("n") or worst["records"]
    text = (f"{stage}：{len(sources)} 个来源逐一扫描（判定依据：{basis(run)}），违法不良信息占比最高为“{worst['name']}” "
            f"{percent(share_of(worst), '<=')}（n={n}），要求 ≤{limit:.0%}；来源 {run.id}")
    bad = [s for s in sources if share_of(s) > limit]
    if bad:
        names = "、".join(f"{s['name']} {percent(share_of(s), '<=')}" for s in bad)
        return "不符合", f"{text}。超过 {limit:.0%} 的来源：{names}"
    if missing := [s["name"] for s in sources if unknown(s)]:
        return "", f"{text}。无法计算占比的来源：{'、'.join(missing)}"
    return "符合", text


def decisions(runs: dict[str, CorpusRun], profile: Profile) -> dict[str, Decision]:
    """5.1 a) 1) from the 采集前 run, 5.1 a) 2) from the 采集后 run, 5.1 a) from both.

    A 采集前 run that misses sources of the 采集后 run does not pass 5.1 a) 1): those sources were
    not assessed before collection (it can still fail it). 5.1 a) passes only when both stages pass.
    """
    pre, post = runs.get(PRE), runs.get(POST)
    out: dict[str, Decision] = {}
    unassessed = only_in(post, pre)
    if pre is not None and (found := rule(pre, profile)) is not None and found[0]:
        note = f"。采集后语料中没有采集前评估结果的来源：{'、'.join(unassessed)}" if unassessed else ""
        if found[0] == "不符合" or not unassessed:
            out[CLAUSES[PRE]] = (found[0], found[1] + note)
    if post is not None and (found := rule(post, profile)) is not None and found[0]:
        dropped = only_in(pre, post)
        note = f"。采集前评估过、未出现在采集后语料中的来源：{'、'.join(dropped)}" if dropped else ""
        out[CLAUSES[POST]] = (found[0], found[1] + "；见数据溯源清单" + note)
    parts = [out[c] for c in CLAUSES.values() if c in out]
    failing = [text for result, text in parts if result == "不符合"]
    if failing:
        out["5.1 a)"] = ("不符合", "；".join(failing))
    elif len(parts) == len(CLAUSES):
        out["5.1 a)"] = ("符合", "；".join(text for _, text in parts))
    return out


def reference(clause: str, runs: dict[str, CorpusRun], decided: dict[str, Decision], profile: Profile) -> str:
    """Reference text for a 5.1 a) row no run decides ('' when there is nothing to show)."""
    if clause == "5.1 a)":
        done = [f"{c} {decided[c][0]}" for c in CLAUSES.values() if c in decided]
        left = [c for c in CLAUSES.values() if c not in decided]
        return (f"{'、'.join(done)}；{'、'.join(left)} 尚无测量结果判定" if done else "")
    stage = next(s for s, c in CLAUSES.items() if c == clause)
    own, other = runs.get(stage), runs.get(PRE if stage == POST else POST)
    if own is not None:  # a share that could not be computed, or a 采集前 run missing sources of the 采集后 run
        found = rule(own, profile)
        missing = only_in(other, own)
        gap = f"。这些来源没有{stage}评估结果：{'、'.join(missing)}" if missing else ""
        return (found[1] if found else "") + gap
    if other is None or (found := rule(other, profile)) is None:
        return ""
    how = f"用 beian corpus scan --stage {stage} 扫描后以 --corpus 一并给出，或写明{stage}评估的方法与结果"
    return f"{found[1]}（{other.stage}的测量，不是{stage}评估，仅供参考）。{stage}评估：{how}"
