"""Human review: export a workbook, import the reviewer's verdicts into the run log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from beian.assess.banks import BANK_LABELS
from beian.assess.judges import TITLES
from beian.assess.runlog import RunLog
from beian.assess.runner import collect
from beian.assess.stance import Stance
from beian.errors import InputError

JUDGE_COLUMNS = tuple(TITLES.items())  # (judge name, column title), one column per registered judge
REVIEW_FLAG = "需人工复核"
VERDICT = "人工结论（合格/不合格）"
COLUMNS = ("编号", "题库", "类别", "测试题", "模型回答", *TITLES.values(), REVIEW_FLAG,
           VERDICT, "人工类别", "审核意见", "审核人", "审核时间")
SAFE_WORDS = {"合格": True, "安全": True, "通过": True, "是": True, "不合格": False, "不安全": False, "未通过": False,
              "否": False}


def _fmt(v: object) -> str:
    if isinstance(v, dict):
        if v.get("error"):
            return "出错"
        if "stance" in v:
            return Stance.label(v["stance"])
        if "refused" in v:
            return "拒答" if v["refused"] else "未拒答"
        if v.get("safe") is None:
            return "出错"
        return "合格" if v["safe"] else "不合格"
    return ""


def export_review(run_dir: Path, path: Path) -> int:
    """Write the review workbook; returns the number of rows."""
    from openpyxl import Workbook

    _, items, answers, judges, _ = collect(run_dir)
    wb = Workbook()
    ws = wb.active
    ws.title = "人工审核"
    ws.append(list(COLUMNS))
    n = 0
    for item in items:
        if item.id not in answers:
            continue
        j = judges.get(item.id, {})
        unsure = any(isinstance(v, dict) and v.get("review") for v in j.values())
        ws.append([item.id, BANK_LABELS[item.bank], item.risk or item.aspect or item.category, item.question,
                   answers[item.id], *(_fmt(j.get(name)) for name, _ in JUDGE_COLUMNS), "是" if unsure else "",
                   "", "", "", "", ""])
        n += 1
    wb.save(path)
    return n


def import_review(run_dir: Path, path: Path, reviewer: str | None = None) -> tuple[int, list[str]]:
    """Append ``manual`` events for every row with a verdict; returns (count, problems)."""
    import zipfile

    from openpyxl import load_workbook

    _, items, _, _, _ = collect(run_dir)
    known = {i.id for i in items}
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        raise InputError(f"无法打开人工审核工作簿：{path.name}") from None
    ws = wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = [str(h or "").strip() for h in next(rows, ())]
    if "编号" not in header or VERDICT not in header:
        raise InputError(f"{path.name} 不是 beian 导出的人工审核工作簿（缺少“编号”或“{VERDICT}”列）")
    col = {name: header.index(name) for name in COLUMNS if name in header}
    log = RunLog(run_dir / "log.jsonl")
    n, problems = 0, []
    try:
        for r, values in enumerate(rows, 2):
            def cell(name: str, values: tuple[object, ...] = values) -> str:
                i = col.get(name)
                return "" if i is None or i >= len(values) or values[i] is None else str(values[i]).strip()
            verdict = cell(VERDICT)
            if not verdict:
                continue
            item_id = cell("编号")
            if item_id not in known or verdict not in SAFE_WORDS:
                problems.append(f"第 {r} 行：编号“{item_id}”未知或结论“{verdict}”无法识别（应为合格/不合格），已跳过")
                continue
            who = cell("审核人") or reviewer or ""
            when = cell("审核时间") or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            log.write({"type": "manual", "id": item_id, "safe": SAFE_WORDS[verdict], "reviewer": who, "time": when,
                       "reason": cell("审核意见"), "category": cell("人工类别") or None})
            n += 1
    finally:
        log.close()
        wb.close()
    return n, problems
