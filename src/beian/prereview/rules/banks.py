"""Counting the keyword list (附件4) and the test banks (附件5) against the profile."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from beian.findings import Finding, Severity
from beian.prereview.extract import Content
from beian.prereview.rules.base import make
from beian.standard import Profile
from beian.standard.cac_excel import CacSheet, find_sheets
from beian.text.lexicon_stats import LexiconStats, lexicon_stats
from beian.text.terms import Lexicon, Term

KINDS = {"generated": "生成内容测试题", "should_refuse": "应拒答测试题", "non_refuse": "非拒答测试题"}


SheetRows = CacSheet  # one sheet of the CAC layout (header searched in the first rows)


def read_sheets(content: Content, key_column: str) -> Iterator[SheetRows]:
    """Each sheet whose first rows contain ``key_column`` in the header (the CAC Excel layout reader)."""
    return find_sheets(content.sheets, key_column)


def _risk_of(profile: Profile, sheet: SheetRows, row: list[str]) -> str | None:
    for value in (sheet.get(row, "二级分类"), sheet.get(row, "一级分类"), sheet.sheet):
        risk = profile.resolve_risk(value)
        if risk:
            return risk
    return None


def _layout(code: str, content: Content, columns: tuple[str, ...], sheets: list[SheetRows]) -> Iterator[Finding]:
    loc = content.file.rel
    if not sheets:
        yield make(code, Severity.HIGH, f"找不到含“{columns[0] if code.startswith('safety.keyword') else columns[1]}”表头的工作表。",
                   loc, f"第一行使用表头：{' / '.join(columns)}。")
        return
    for s in sheets:
        missing = [c for c in columns if c not in s.cols]
        if missing:
            yield make(code, Severity.HIGH, f"工作表“{s.sheet}”缺少列：{'、'.join(missing)}。", f"{loc} 工作表“{s.sheet}”",
                       f"表头应为：{' / '.join(columns)}。")


def keyword_findings(content: Content, profile: Profile) -> Iterator[Finding]:
    """Layout, total, per-risk minimums and suspicious entries of the keyword list.

    Counting is the text core's :func:`~beian.text.lexicon_stats.lexicon_stats`, the
    same numbers ``beian lexicon stats`` prints.
    """
    columns = profile.excel_layouts["keyword_list"]
    sheets = list(read_sheets(content, columns[0]))
    yield from _layout("safety.keyword_layout", content, columns, sheets)
    if not sheets:
        return
    stats = lexicon_stats(_keyword_lexicon(content, profile, sheets, columns[0]), profile)
    loc = content.file.rel
    if not stats.meets_total:
        yield make("safety.keyword_total", Severity.HIGH,
                   f"拦截关键词共 {stats.distinct} 个（去重后），少于 {stats.quota_total} 个。", loc,
                   f"补充关键词至不少于 {stats.quota_total} 个，并为每个词填写一级分类与二级分类。")
    for risk in profile.keyword_risks:
        short = stats.missing.get(risk.id, 0)
        if short:
            have = stats.per_risk.get(risk.id, 0)
            yield make("safety.keyword_per_risk", Severity.HIGH,
                       f"“{risk.id} {risk.name}”类关键词 {have} 个，少于 {risk.keyword_min} 个。", loc,
                       f"为该风险补充至少 {short} 个关键词，二级分类填写“{risk.name}”。", risk=risk.id)
    yield from _suspicious(loc, stats)


def _keyword_lexicon(content: Content, profile: Profile, sheets: list[SheetRows], column: str) -> Lexicon:
    terms = [
        Term(text=text, category=s.get(row, "二级分类") or s.get(row, "一级分类") or s.sheet,
             risk=_risk_of(profile, s, row), source=f"{content.file.rel} 工作表“{s.sheet}”", line=r)
        for s in sheets for r, row in s.rows if (text := s.get(row, column))
    ]
    return Lexicon(terms=terms)


def _suspicious(loc: str, stats: LexiconStats) -> Iterator[Finding]:
    if not stats.suspicious:
        return
    counts = "、".join(f"{_SUSPICION_ZH.get(code, code)} {n} 个" for code, n in stats.suspicious_counts().items())
    examples = "；".join(f"“{x.text}”（{x.source} 第{x.line}行，{x.reason}）" for x in stats.suspicious[:5])
    yield make("safety.keyword_suspicious", Severity.MEDIUM,
               f"关键词列表中有 {len(stats.suspicious)} 个可疑词条（{counts}），会造成误拦截或无法匹配。", loc,
               "删除单字、纯符号和过于常见的词条，或改成更具体的短语；审核时误拦截会被视为过度拦截。",
               evidence=examples)


_SUSPICION_ZH = {"single_char": "单字", "punctuation": "纯符号", "common_word": "常见词",
                 "control": "含控制字符", "too_long": "过长"}


def _kind(sheet: str) -> str:
    if "非拒答" in sheet:
        return "non_refuse"
    if "应拒答" in sheet or "拒答" in sheet:
        return "should_refuse"
    return "generated"


def bank_findings(content: Content, profile: Profile) -> Iterator[Finding]:
    """Layout, totals, per-risk and per-aspect minimums and filled answers of the test banks."""
    columns = profile.excel_layouts["test_bank"]
    sheets = list(read_sheets(content, columns[1]))
    yield from _layout("safety.bank_layout", content, columns, sheets)
    if not sheets:
        return
    by_kind: dict[str, list[tuple[SheetRows, list[str]]]] = {k: [] for k in KINDS}
    for s in sheets:
        by_kind[_kind(s.sheet)].extend((s, row) for _, row in s.rows)
        yield from _unanswered(content, s, columns)
    quota = {"generated": "generated_bank_total", "should_refuse": "should_refuse_bank_total",
             "non_refuse": "non_refuse_bank_total"}
    for kind, rows in by_kind.items():
        need = profile.quotas[quota[kind]].value
        if len(rows) < need:
            yield make("safety.bank_total", Severity.HIGH, f"{KINDS[kind]}共 {len(rows)} 道，少于 {need:.0f} 道。", content.file.rel,
                       f"补充{KINDS[kind]}至不少于 {need:.0f} 道（工作表名含“{_sheet_hint(kind)}”）。", kind=kind)
    yield from _per_risk(content, profile, by_kind["generated"], "generated_min", KINDS["generated"])
    yield from _per_risk(content, profile, by_kind["should_refuse"], "refuse_min", KINDS["should_refuse"])
    yield from _per_aspect(content, profile, by_kind["non_refuse"])


def _sheet_hint(kind: str) -> str:
    return {"generated": "生成内容", "should_refuse": "应拒答", "non_refuse": "非拒答"}[kind]


def _per_risk(content: Content, profile: Profile, rows: list[tuple[SheetRows, list[str]]], attr: str,
              label: str) -> Iterator[Finding]:
    per = Counter(_risk_of(profile, s, row) for s, row in rows)
    for risk in profile.risks:
        need = getattr(risk, attr)
        if need and per[risk.id] < need:
            yield make("safety.bank_per_risk", Severity.HIGH, f"{label}中“{risk.id} {risk.name}”只有 {per[risk.id]} 道，少于 {need} 道。",
                       content.file.rel, f"补充至少 {need - per[risk.id]} 道该风险的题目，二级分类填写“{risk.name}”。", risk=risk.id)


def _per_aspect(content: Content, profile: Profile, rows: list[tuple[SheetRows, list[str]]]) -> Iterator[Finding]:
    per = Counter(profile.resolve_aspect(s.get(row, "二级分类")) or profile.resolve_aspect(s.get(row, "一级分类"))
                  for s, row in rows)
    for aspect in profile.aspects:
        if per[aspect.id] < aspect.min:
            yield make("safety.bank_per_aspect", Severity.HIGH,
                       f"非拒答测试题中“{aspect.name}”方面只有 {per[aspect.id]} 道，少于 {aspect.min} 道。", content.file.rel,
                       f"补充至少 {aspect.min - per[aspect.id]} 道涉及“{aspect.name}”的正常提问，二级分类填写“{aspect.name}”。")


def _unanswered(content: Content, s: SheetRows, columns: tuple[str, ...]) -> Iterator[Finding]:
    answer, verdict = columns[4], columns[5]
    empty = [r for r, row in s.rows if not s.get(row, answer) or not s.get(row, verdict)]
    if empty:
        shown = "、".join(str(r) for r in empty[:5]) + ("等" if len(empty) > 5 else "")
        yield make("safety.bank_unanswered", Severity.HIGH, f"工作表“{s.sheet}”有 {len(empty)} 道题未填写{answer}或{verdict}。",
                   f"{content.file.rel} 工作表“{s.sheet}” 第{shown}行", f"用被测模型作答并逐题填写“{answer}”与“{verdict}”。")
