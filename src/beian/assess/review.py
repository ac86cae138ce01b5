"""Human review: export a workbook, import the reviewer's verdicts into the run log."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beian.assess.banks import BANK_LABELS, BankItem
from beian.assess.banks import item_id as item_id_text
from beian.assess.judges import TITLES
from beian.assess.runlog import RunLog
from beian.assess.runner import collect
from beian.assess.stance import Stance
from beian.errors import InputError
from beian.standard import DEFAULT_PROFILE, Profile, load_profile
from beian.standard.cac_excel import CELL_MAX, find_sheets, header_key, read_workbook, text_cell, visible_text

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


@dataclass
class Exported:
    """What ``review-export`` wrote: how many questions, the ids of questions with no answer yet (not in the
    workbook), and notes for the person running it."""

    count: int
    unanswered: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def export_review(run_dir: Path, path: Path) -> int:
    """Write the review workbook (:func:`export_review_workbook`); returns the number of rows."""
    return export_review_workbook(run_dir, path).count


def export_review_workbook(run_dir: Path, path: Path) -> Exported:
    """Write the review workbook, one row per answered question, the verdict column with a 合格/不合格 drop-down.

    Texts are written as :func:`~beian.standard.cac_excel.text_cell` writes them (control characters escaped, long
    answers cut with a note). A run with no answer at all is an :class:`InputError` and nothing is written; questions
    still without an answer are counted in the result's ``unanswered`` and ``notes``."""
    if path.suffix.lower() != ".xlsx":
        raise InputError(f"人工审核工作簿应保存为 .xlsx：{path.name}", hint="例如 -o 人工审核.xlsx")
    if not path.parent.exists():
        raise InputError(f"输出文件夹不存在：{path.parent}", hint="先创建该文件夹，或换一个 -o 路径")
    _, items, answers, judges, _ = collect(run_dir)
    answered = [item for item in items if item.id in answers]
    if not answered:
        raise InputError(f"运行目录 {run_dir} 里还没有任何回答（{len(items)} 道题都没有回答），没有可供审核的题目",
                         hint=f"先用 beian assess --resume {run_dir} 获得回答，再导出人工审核工作簿")
    _save_review(path, [_review_row(item, answers[item.id], judges.get(item.id, {})) for item in answered])
    out = Exported(len(answered), [item.id for item in items if item.id not in answers])
    if out.unanswered:
        out.notes.append(f"另有 {len(out.unanswered)} 道题还没有回答（如 {visible_text(out.unanswered[0])}），不在这份工作簿里；"
                         f"用 beian assess --resume {run_dir} 补齐回答后请重新导出")
    return out


def _review_row(item: BankItem, answer: str, verdicts: dict[str, Any]) -> list[object]:
    """One row of the review workbook: the question, the answer, each judge's verdict and empty cells to fill in."""
    unsure = [v for v in verdicts.values() if isinstance(v, dict) and v.get("review")]
    why = "；".join(str(v["review_reason"]) for v in unsure if v.get("review_reason"))
    flag = (f"是（{why}）" if why else "是") if unsure else ""
    return [item.id, BANK_LABELS[item.bank], item.risk or item.aspect or item.category, item.question, answer,
            *(_fmt(verdicts.get(name)) for name, _ in JUDGE_COLUMNS), flag, "", "", "", "", "", ""]


def _save_review(path: Path, rows: list[list[object]]) -> None:
    """The review workbook: header, rows (cells through ``text_cell``) and the verdict drop-down."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "人工审核"
    ws.append(list(COLUMNS))
    for row in rows:
        ws.append([text_cell(v) for v in row])
    choices = DataValidation(type="list", formula1='"合格,不合格"', allow_blank=True,
                             error="请填写 合格 或 不合格", errorTitle="人工结论", showErrorMessage=True)
    ws.add_data_validation(choices)
    column = ws.cell(1, COLUMNS.index(VERDICT) + 1).column_letter
    choices.add(f"{column}2:{column}{max(len(rows) + 1, 2)}")
    wb.save(path)


@dataclass
class Imported:
    """What ``review-import`` did: verdicts written, rows skipped (with the reason; ``skipped`` counts them by kind:
    unknown_id, unanswered, verdict, answer_differs) and notes for the reviewer (rows kept with a remark, such as a
    审核时间 that is not a date, are among ``problems`` too)."""

    count: int
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


VERDICT_KEYS = ("人工结论", "审核结论", "结论")  # header cells without their note: 人工结论（合格/不合格）
PASS_WORDS = {"合格": True, "安全": True, "通过": True, "pass": True, "ok": True, "√": True, "✓": True, "✔": True,
              "不合格": False, "不安全": False, "未通过": False, "不通过": False, "fail": False, "×": False, "✗": False,
              "✘": False}
AMBIGUOUS = {"是", "否", "1", "0", "true", "false", "对", "错"}  # pass or refused? the reviewer must say
REFUSAL_WORDS = {"拒答": True, "未拒答": False}  # read by the bank: a refusal passes only where refusing is asked for
FILL_HINT = f"在“{VERDICT}”列填写 合格 或 不合格 后再导入"


@dataclass
class _RunView:
    """What an import checks a workbook row against: the run's answered questions (id → bank), their answers, the
    questions still without an answer, and the reviewer named on the command line."""

    run_dir: Path
    bank_of: dict[str, str]
    answers: dict[str, str]
    unanswered: set[str]
    reviewer: str | None


def import_review(run_dir: Path, path: Path, reviewer: str | None = None) -> Imported:
    """Append ``manual`` events for every row with a verdict.

    A row is skipped, with the reason, when its id is not a question of this run or has no answer in it, its verdict
    cannot be read, or its 模型回答 is not the answer this run recorded (a workbook from another run). Merged cells count
    for every row they cover. Nothing is written when no verdict can be imported (:class:`InputError`, with a hint
    for the most common reason)."""
    meta, items, answers, _, _ = collect(run_dir)
    run = _RunView(run_dir, {i.id: i.bank for i in items if i.id in answers}, answers,
                   {i.id for i in items if i.id not in answers}, reviewer)
    rows, sheets = _review_rows(path)
    out = Imported(0)
    profile = load_profile(meta.get("profile") or DEFAULT_PROFILE)
    events: dict[str, dict[str, object]] = {}  # by id: the last verdict written for it wins
    for where, row in rows:
        event = _event(row, where, run, out)
        if event is None:
            continue
        _check_category(event, where, profile, out.problems)
        item_id = str(event["id"])
        if item_id in events and events[item_id]["safe"] != event["safe"]:
            out.problems.append(f"{where}：编号“{visible_text(item_id)}”在工作簿里出现多次、结论不同，以这一处为准")
        events[item_id] = event
    if not events:
        reason = "；".join(out.problems[:3]) if out.problems else f"{path.name} 里没有填写任何结论（检查了：{sheets}）"
        raise InputError(f"没有导入任何人工审核结论：{reason}", hint=_nothing_hint(out.skipped, run_dir))
    log = RunLog(run_dir / "log.jsonl")
    try:
        for event in events.values():
            log.write(event)
    finally:
        log.close()
    out.count = len(events)
    _notes(out, run.bank_of, events, reviewer)
    return out


def _nothing_hint(skipped: Counter[str], run_dir: Path) -> str:
    """The hint when no verdict could be imported: for the most common reason rows were skipped."""
    export = f"beian assess review-export {run_dir} -o 人工审核.xlsx"
    hints = {"answer_differs": f"这份工作簿的“模型回答”不是这次运行记录的回答（来自另一次运行，或回答已重测）：用 {export} "
                               "重新导出，在新工作簿里填写结论后再导入",
             "unanswered": f"这些题在这次运行中还没有回答，无法审核：先用 beian assess --resume {run_dir} 补齐回答，"
                           f"再用 {export} 导出、填写后导入",
             "unknown_id": f"工作簿的编号与这次运行的题目对不上：确认工作簿是用 {export} 从这个运行目录导出的",
             "verdict": FILL_HINT}
    reason = max(hints, key=lambda k: skipped[k]) if skipped else ""
    return hints.get(reason, FILL_HINT)


def _check_category(event: dict[str, object], where: str, profile: Profile, problems: list[str]) -> None:
    """The 人工类别 as one of the standard's risks (``risk``: its id), or a note that it is not one (kept as written)."""
    written = event.get("category")
    if not isinstance(written, str):
        return
    risk = profile.resolve_risk(written) or _risk_named_from(written, profile)
    if risk is not None:
        event["risk"] = risk
    else:
        problems.append(f"{where}：人工类别“{visible_text(written)}”不是 {profile.document} 附录 A 的风险类别（可填类别名、常用简称或编号，"
                        "如“色情”“煽动颠覆国家政权”或 A.1.a），已按原文保存")


def _risk_named_from(written: str, profile: Profile) -> str | None:
    """The one risk whose name holds ``written`` (at least 4 characters: 煽动颠覆国家政权), else None."""
    text = written.strip()
    found = {r.id for r in profile.risks if len(text) >= 4 and text in r.name}
    return found.pop() if len(found) == 1 else None


def _notes(out: Imported, bank_of: dict[str, str], events: dict[str, dict[str, object]], reviewer: str | None) -> None:
    """Rows the workbook left without a verdict, verdicts without a reviewer."""
    missing = len(bank_of) - len(set(events) & set(bank_of))
    if missing:
        out.notes.append(f"另有 {missing} 道题在这份工作簿里没有结论：人工抽检合格率只按已有结论的题计算")
    anonymous = sum(1 for e in events.values() if not e["reviewer"])
    if anonymous and not reviewer:
        out.notes.append(f"{anonymous} 条结论没有审核人（“审核人”列为空）：证据要写明审核人，可用 --reviewer 指定")


def _event(row: dict[str, str], where: str, run: _RunView, out: Imported) -> dict[str, object] | None:
    """The ``manual`` event of one workbook row, or None (a problem noted and counted when the row has a verdict)."""
    raw = _cell(row, VERDICT_KEYS)
    if not raw:
        return None
    item_id = item_id_text(_cell(row, ("编号",)))
    safe = _checked_verdict(row, item_id, raw, run)
    if not isinstance(safe, bool):
        out.skipped[safe[0]] += 1
        out.problems.append(f"{where}：{safe[1]}，已跳过")
        return None
    time_text = _cell(row, ("审核时间",))
    if time_text and not is_review_time(time_text):
        out.problems.append(f"{where}：审核时间“{visible_text(time_text)}”不是日期或时间（应如 2026-01-21 或 "
                            "2026-01-21 14:30），已按原文保存")
    when = _when(time_text) or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return {"type": "manual", "id": item_id, "safe": safe, "reviewer": _cell(row, ("审核人",)) or run.reviewer or "",
            "time": when, "reason": _cell(row, ("审核意见",)), "category": _cell(row, ("人工类别",)) or None}


def _checked_verdict(row: dict[str, str], item_id: str, raw: str, run: _RunView) -> bool | tuple[str, str]:
    """The row's verdict (合格 True, 不合格 False), or why it cannot be imported: (kind, Chinese reason)."""
    shown = visible_text(item_id)
    if item_id in run.unanswered:
        return "unanswered", f"编号“{shown}”在这次运行中没有回答（接口调用失败或还没有评估到），无法审核"
    if item_id not in run.bank_of:
        return "unknown_id", f"编号“{shown}”不是这次运行的题目"
    safe = _verdict(raw, run.bank_of[item_id])
    if isinstance(safe, str):
        return "verdict", f"结论“{visible_text(raw)}”{safe}"
    written = _cell(row, ("模型回答",))
    if written and not _same_answer(written, run.answers[item_id]):
        return "answer_differs", f"编号“{shown}”的模型回答与本次运行记录的回答不同（工作簿可能来自另一次运行或回答已重测）"
    return safe


def _verdict(raw: str, bank: str) -> bool | str:
    """合格 (True) or 不合格 (False) from what a reviewer wrote, else why it cannot be read."""
    word = re.sub(r"\s+", "", raw).rstrip("。.!！").lower()
    if word in PASS_WORDS:
        return PASS_WORDS[word]
    if word in REFUSAL_WORDS:
        if bank == "should_refuse":
            return REFUSAL_WORDS[word]
        if bank == "non_refuse":
            return not REFUSAL_WORDS[word]
        return "用于生成内容题含义不明（应填 合格 或 不合格）"
    if word in AMBIGUOUS:
        return "含义不明确（合格还是拒答？），请填写 合格 或 不合格"
    return "无法识别（应为 合格 或 不合格）"


def _same_answer(written: str, recorded: str) -> bool:
    """Whether the workbook's answer is the run's as the export wrote it (control characters escaped,
    :func:`~beian.standard.cac_excel.visible_text`), white space aside; a cell cut short counts by its start."""
    a, b = (re.sub(r"\s+", "", x) for x in (written, visible_text(recorded)))
    cut = a.find("……（超出")
    return a == b or (cut > 0 and b.startswith(a[:cut])) or (len(written) >= CELL_MAX - 100 and b.startswith(a))


def _when(text: str) -> str:
    """A review time as written; an Excel date serial (``46346``) as the date it stands for."""
    if re.fullmatch(r"[3-7][0-9]{4}(?:\.[0-9]+)?", text):
        from openpyxl.utils.datetime import from_excel

        return str(from_excel(float(text)).isoformat(timespec="seconds"))
    return text


_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_CLOCK = re.compile(r"(?:T|上午|下午|晚上)?\s*\d{1,2}\s*[:：时点]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2}(?:\.\d+)?)?\s*[分秒]?"
                    r"\s*(?:Z|[+-]\d{2}:?\d{2})?")


def is_review_time(text: str) -> bool:
    """Whether a 审核时间 cell reads as a date, a date and time, or a time of day (``2026-01-21``, ``2026/1/21 14:30``,
    ``2026年1月21日``, an ISO time with a zone, Excel's date serial ``46043``); ``明天`` does not."""
    t = _when(text.strip())
    date = _DATE.match(t)
    if date:
        try:
            dt.date(int(date[1]), int(date[2]), int(date[3]))
        except ValueError:
            return False
        t = t[date.end():].strip()
        if not t:
            return True
    return bool(_CLOCK.fullmatch(t))


def _no_verdict_column(path: Path, headers: list[str]) -> InputError:
    """The error for a CSV review file without a verdict column; a single column read suggests the wrong separator."""
    shown = "、".join(visible_text(h) for h in headers[:8] if h) or "没有表头"
    if len(headers) <= 1:
        hint = ("只读出了一列：文件可能不是用逗号、分号或制表符分隔的。在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”"
                "或 .xlsx 后再导入")
    else:
        hint = "用 beian assess review-export 导出的工作簿填写，不要改动表头（也可以直接导入 .xlsx）"
    return InputError(f"{path.name} 缺少“{VERDICT}”列（读到的表头：{shown}）", hint=hint)


def _cell(row: dict[str, str], keys: tuple[str, ...]) -> str:
    return next((row[k].strip() for k in keys if row.get(k, "").strip()), "")


def _review_rows(path: Path) -> tuple[list[tuple[str, dict[str, str]]], str]:
    """(place, {header without its note: cell}) of every row of the sheets holding 编号 and a verdict column; and the
    names of the sheets looked at. .xlsx (merged cells filled in) or .csv (UTF-8 or GBK)."""
    if not path.exists():
        raise InputError(f"找不到人工审核工作簿：{path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        from beian.assess.banks import read_rows

        rows = [(place, {header_key(str(k or "")): str(v or "") for k, v in row.items()})
                for place, row in read_rows(path)]
        if rows and not any(k in rows[0][1] for k in VERDICT_KEYS):
            raise _no_verdict_column(path, list(rows[0][1]))
        return rows, path.name
    if suffix not in (".xlsx", ".xlsm"):
        raise InputError(f"不支持的工作簿格式：{path.name}",
                         hint="在 Excel 或 WPS 中另存为 .xlsx（或 CSV UTF-8）后再导入")
    tables = read_workbook(path, "人工审核工作簿", merged=True)
    out = []
    for sheet in find_sheets(tables, ("编号",)):
        if not any(k in sheet.cols for k in VERDICT_KEYS):
            continue
        out += [(f"工作表“{sheet.sheet}”第 {n} 行", record) for n, record in sheet.records()]
    if not out and not any(any(k in s.cols for k in VERDICT_KEYS) for s in find_sheets(tables, ("编号",))):
        raise InputError(f"{path.name} 不是 beian 导出的人工审核工作簿：没有一个工作表在前 5 行里同时有“编号”和"
                         f"“{VERDICT}”列（检查了：{'、'.join(tables)}）")
    return out, "、".join(tables)
