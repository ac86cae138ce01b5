"""Results: the JSON contract, Markdown/HTML reports, the filled CAC Excel (附件5), failed-item transcript."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from beian.assess.banks import BANK_LABELS, BankItem
from beian.assess.judges import TITLES, ClassifierJudge, KeywordJudge, StanceJudge, outcome, pending_review
from beian.assess.learn import DEFAULT, HARM_BASELINE
from beian.assess.metrics import METRICS, compute_metric
from beian.assess.runner import collect
from beian.kinds import Bank, ClassifierKind
from beian.llm.blocks import UNKNOWN_PROVIDER
from beian.records import RunMeta
from beian.standard import Profile
from beian.standard.cac_excel import numbered_sheet, visible_text, write_workbook


def build_result(run_dir: Path, profile: Profile) -> dict[str, Any]:
    """The JSON contract: metrics (only for methods that ran), items, per-category breakdown, meta."""
    meta, items, answers, judges, errors = collect(run_dir)
    rows: list[dict[str, Any]] = []
    for item in items:
        j = judges.get(item.id, {})
        refused, passed = outcome(item, j) if item.id in answers else (None, None)
        pending = item.id in answers and pending_review(item, j)
        rows.append({"id": item.id, "bank": item.bank, "category": item.risk or item.aspect or item.category,
                     "refused": refused, "passed": passed, "judges": j, "error": errors.get(item.id),
                     "pending_review": pending})
    metrics: dict[str, Any] = {}
    for name, (_, bank, judge) in METRICS.items():
        outs = _outcomes(items, rows, judges, bank, judge)
        waiting = sum(r["pending_review"] for r in rows if r["bank"] == bank) if judge == "refusal" else 0
        if outs or waiting:
            metrics[name] = compute_metric(name, outs, profile, waiting).to_dict()
    return {"metrics": metrics, "items": rows, "per_category": _per_category(rows), "meta": meta,
            "methods": (methods := judge_methods(meta)),
            "unjudged_generated": _unjudged_generated(items, rows, answers, methods),
            "unanswered": sorted(i.id for i in items if i.id not in answers), "profile": profile.id,
            "judge_errors": judge_errors(judges), "review": sorted(_needs_review(judges)),
            "blocked": blocked_counts(judges), "empty": sorted(i for i, a in answers.items() if not a.strip())}


BASELINE_NOTE = "离线基线，仅作参考：只在冒犯、歧视一类言论与普通文本上训练过，不能代替护栏模型或人工抽检"


def judge_methods(meta: RunMeta) -> dict[str, str]:
    """Judge name → how it judged in this run, in words (the report's 研判方法, result.json ``methods``): which
    refusal judge, which lexicons, which classifier kind and model (the baseline marked as one). A judge that did
    not run is left out."""
    out = {StanceJudge.name: _refusal_method(meta)}
    if lexicons := meta.get("lexicons"):
        out[KeywordJudge.name] = f"关键词库 {len(lexicons)} 个（{'、'.join(Path(x).name for x in lexicons[:3])}"\
                                 f"{'等' if len(lexicons) > 3 else ''}）"
    kind = meta.get("classifier_kind")
    if kind == ClassifierKind.BASELINE.value:
        model = meta.get("classifier_model") or HARM_BASELINE
        out[ClassifierJudge.name] = f"baseline（{ClassifierKind.BASELINE.zh}；模型 {Path(model).name}）。{BASELINE_NOTE}"
    elif meta.get("classifier_url"):
        zh = ClassifierKind.labels().get(kind or ClassifierKind.GUARD.value, kind or "")
        out[ClassifierJudge.name] = (f"{kind or ClassifierKind.GUARD.value}（{zh}；模型 {meta.get('classifier_model')}，"
                                     f"接口 {meta.get('classifier_url')}）")
    return out


def _refusal_method(meta: RunMeta) -> str:
    if meta.get("refusal_judge_url"):
        return f"拒答研判大模型（模型 {meta.get('refusal_judge_model')}，接口 {meta.get('refusal_judge_url')}），与规则看法相反的送人工复核"
    model = meta.get("judge_model")
    if not model:
        return "立场规则（不用研判模型）"
    name = "随包研判模型" if model == DEFAULT else f"研判模型 {Path(model).name}"
    return f"立场规则 + {name}，把握不足的送人工复核"


def _unjudged_generated(items: list[BankItem], rows: list[dict[str, Any]], answers: dict[str, str],
                        methods: dict[str, str]) -> int:
    """Answered, non-empty generated-bank items no reviewer has given a verdict on, in a run with no generated-content
    judge (no lexicon, no classifier): nothing could judge them. (A failing classifier is counted apart.)"""
    if {KeywordJudge.name, ClassifierJudge.name} & methods.keys():
        return 0
    return sum(1 for item, row in zip(items, rows) if item.bank == Bank.GENERATED.value and row["passed"] is None
               and (answers.get(item.id) or "").strip())


def blocked_counts(judges: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Provider and code → how many answers its content-safety system blocked (counted as refusals)."""
    out: dict[str, int] = {}
    for verdicts in judges.values():
        where = (verdicts.get(StanceJudge.name) or {}).get("blocked")
        if where:
            out[where] = out.get(where, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def judge_errors(judges: dict[str, dict[str, Any]]) -> dict[str, list[Any]]:
    """Judge name → [failed count, first error message], for judges whose endpoint failed."""
    out: dict[str, list[Any]] = {}
    for verdicts in judges.values():
        for name, v in verdicts.items():
            if isinstance(v, dict) and v.get("error"):
                entry = out.setdefault(name, [0, v["error"]])
                entry[0] += 1
    return out


def _needs_review(judges: dict[str, dict[str, Any]]) -> list[str]:
    """Items some judge was not sure about and no person has decided yet."""
    return [i for i, v in judges.items() if "manual" not in v and any(
        isinstance(j, dict) and j.get("review") for j in v.values())]


def _outcomes(items: list[BankItem], rows: list[dict[str, Any]], judges: dict[str, dict[str, Any]],
              bank: str, judge: str) -> list[bool]:
    out: list[bool] = []
    for item, row in zip(items, rows):
        if item.bank != bank:
            continue
        j = judges.get(item.id, {})
        if judge == "refusal":
            if row["refused"] is not None:
                out.append(bool(row["refused"]))
        elif judge in j and j[judge].get("safe") is not None:
            out.append(bool(j[judge]["safe"]))
    return out


def _per_category(rows: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, int]]]:
    out: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: {"n": 0, "passed": 0}))
    for r in rows:
        if r["passed"] is None:
            continue
        cell = out[r["bank"]][r["category"] or "未归类"]
        cell["n"] += 1
        cell["passed"] += int(r["passed"])
    return {b: dict(c) for b, c in out.items()}


def overall_passed(result: dict[str, Any]) -> bool:
    """True when at least one metric ran and every metric passed."""
    return bool(result["metrics"]) and all(m["passed"] for m in result["metrics"].values())


def to_markdown(result: dict[str, Any]) -> str:
    """A Chinese Markdown report (control characters in ids escaped visibly: it is printed to the terminal)."""
    lines = ["# 生成内容安全评估报告", "", f"标准配置：{result['profile']}；随机种子：{result['meta'].get('seed')}", "",
             "| 指标 | 数值 | 样本数 | 95% 置信区间 | 合格线 | 结论 |", "|---|---|---|---|---|---|"]
    for m in result["metrics"].values():
        verdict = "合格" if m["passed"] else "不合格"
        lines.append(f"| {m['title']} | {m['value']:.1%} | {m['n']} | {m['ci_low']:.1%}–{m['ci_high']:.1%} | "
                     f"{m['op']} {m['threshold']:.0%} | {verdict} |")
    warns = [f"- {m['title']}：{w}" for m in result["metrics"].values() for w in m["warnings"]]
    warns += [f"- {TITLES.get(name, name)}：{n} 道题研判接口调用失败（例如：{first}），未计入指标"
              for name, (n, first) in result.get("judge_errors", {}).items()]
    if blocked := result.get("blocked"):
        parts = "，".join(f"{where} {n} 道" for where, n in blocked.items())
        unknown = "；供应商未识别的送人工复核" if any(k.startswith(UNKNOWN_PROVIDER) for k in blocked) else ""
        warns.append(f"- {sum(blocked.values())} 道题被接口的内容安全系统拦截（{parts}），已计为拒答{unknown}。"
                     f"证据里的回答以“〔接口安全拦截〕”开头")
    if empty := result.get("empty"):
        warns.append(f"- {len(empty)} 道题的回答为空（如 {empty[0]}），不算拒答也不算回答，已列入人工复核、未计入指标；"
                     "全部为空多半是接口或回答文件有误（如 --stream 与接口不一致）")
    if result.get("review"):
        warns.append(f"- {len(result['review'])} 道题的研判把握不足，已在人工审核工作簿中标注“需人工复核”")
    if n := result.get("unjudged_generated"):
        warns.append(f"- 生成内容测试题库 {n} 道题没有研判：本次没有关键词库（--lexicon）、分类模型（--classifier-url 或 "
                     "--classifier-kind baseline），也还没有人工审核结论（review-export / review-import），生成内容合格率未计算")
    if warns:
        lines += ["", "## 提示", *warns]
    if methods := result.get("methods"):
        lines += ["", "## 研判方法", "", *(f"- {TITLES.get(name, name)}：{how}" for name, how in methods.items())]
    lines += ["", "## 分类明细", "", "| 题库 | 类别 | 样本数 | 合格数 |", "|---|---|---|---|"]
    for bank, cats in result["per_category"].items():
        for cat, c in sorted(cats.items()):
            lines.append(f"| {BANK_LABELS.get(bank, bank)} | {cat} | {c['n']} | {c['passed']} |")
    if result["unanswered"]:
        lines += ["", f"未获得回答的题目：{len(result['unanswered'])} 道（可用 --resume 继续）"]
    return visible_text("\n".join(lines) + "\n")


def incomplete_markdown(run_dir: Path, failed: int, total: int, errors: dict[str, str]) -> str:
    """The report of a run whose model endpoint failed on some questions: how many, why (the commonest reasons),
    and how to go on; no metric and no 附件5 (an incomplete sample is no evidence)."""
    reasons: dict[str, int] = {}
    for message in errors.values():
        reasons[message] = reasons.get(message, 0) + 1
    lines = ["# 生成内容安全评估报告（未完成）", "",
             f"共 {total} 道题，其中 {failed} 道调用被测模型接口失败，**未计算指标，未出具附件5与未通过题目记录**。", "",
             "| 失败原因 | 题数 |", "|---|---|",
             *(f"| {why} | {n} |" for why, n in sorted(reasons.items(), key=lambda kv: -kv[1])[:10]), "",
             f"已答的题都已记录。接口恢复后用 `beian assess --resume {run_dir}` 继续，只补答失败和未答的题。"]
    return visible_text("\n".join(lines) + "\n")


def markdown_page(markdown: str, title: str = "生成内容安全评估报告") -> str:
    """A standalone HTML page of a Markdown report (tables as real tables, text escaped)."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    style = ("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:60em;margin:2em auto}"
             "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}")
    return (f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title}</title>"
            f"<style>{style}</style></head><body>{body}</body></html>\n")


def to_html(result: dict[str, Any]) -> str:
    """A standalone HTML page: the Markdown report rendered (tables as real tables, text escaped)."""
    return markdown_page(to_markdown(result))


def write_excel(run_dir: Path, result: dict[str, Any], profile: Profile, path: Path) -> None:
    """The CAC test-bank attachment with 模型回答 and 研判结果 filled, one sheet per bank."""
    _, items, answers, _, _ = collect(run_dir)
    by_id = {r["id"]: r for r in result["items"]}
    rows: dict[str, list[list[object]]] = {}
    aspects = {a.id: a for a in profile.aspects}
    for item in items:
        cat = item.risk or item.aspect
        cls = profile.class_name(cat.rsplit(".", 1)[0]) if cat and cat.startswith("A.") else (item.category or "")
        sub = item.category
        if not item.risk and item.aspect in aspects:  # a non-refuse aspect: its group (国家…) and name, never N.01
            cls, sub = aspects[item.aspect].group, aspects[item.aspect].name
        rows.setdefault(BANK_LABELS[item.bank], []).append(
            [item.question, cls, sub, answers.get(item.id, ""), _verdict(item.bank, by_id[item.id])])
    columns = profile.excel_layouts["test_bank"]
    write_workbook(path, {sheet: numbered_sheet(columns, body) for sheet, body in rows.items()})


def _verdict(bank: str, row: dict[str, Any]) -> str:
    if row["passed"] is None and row.get("pending_review"):
        return "待人工复核"
    if row["passed"] is None:
        return "未研判"
    if bank == "should_refuse":
        return "拒答（合格）" if row["passed"] else "未拒答（不合格）"
    if bank == "non_refuse":
        return "未拒答（合格）" if row["passed"] else "拒答（不合格）"
    return "合格" if row["passed"] else "不合格"


def write_transcript(run_dir: Path, result: dict[str, Any], path: Path) -> int:
    """Every failed item with question, answer and verdicts, as evidence; returns how many. Control characters and
    lone surrogates are escaped as in 附件5 (:func:`~beian.standard.cac_excel.visible_text`): the file stays valid
    UTF-8 and shows no terminal escape sequence; ``log.jsonl`` keeps the exact text."""
    _, items, answers, _, _ = collect(run_dir)
    by_id = {r["id"]: r for r in result["items"]}
    out = ["# 未通过题目记录", "", *(f"- {TITLES.get(name, name)}：{how}" for name, how in (result.get("methods") or {}).items()),
           ""]
    n = 0
    for item in items:
        row = by_id[item.id]
        if row["passed"] is not False:
            continue
        n += 1
        out += [f"## {item.id}（{BANK_LABELS[item.bank]}，{row['category'] or '未归类'}）", "", "**问题：**", "",
                item.question, "", "**回答：**", "", answers.get(item.id, ""), "",
                f"**研判：** {_verdict(item.bank, row)}", ""]
    path.write_text(visible_text("\n".join(out)), encoding="utf-8")
    return n
