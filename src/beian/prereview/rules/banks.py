"""Counting the keyword list (附件4) and the test banks (附件5) against the profile."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from beian.findings import Finding, Severity
from beian.prereview.docmodel import set_aside
from beian.prereview.extract import Content
from beian.prereview.rules.bank_join import joined_bank
from beian.prereview.rules.base import make
from beian.prereview.vocab import fold, section, words
from beian.standard import Profile
from beian.standard.cac_excel import HEADER_ROWS, CacSheet, find_sheets, header_key
from beian.text.lexicon_stats import LexiconStats, lexicon_stats
from beian.text.terms import Lexicon, Term

KINDS = {"generated": "生成内容测试题", "should_refuse": "应拒答测试题", "non_refuse": "非拒答测试题"}


SheetRows = CacSheet  # one sheet of the CAC layout (header searched in the first rows)


def read_sheets(content: Content, key_column: str, columns: tuple[str, ...] = ()) -> list[SheetRows]:
    """Each sheet whose first rows contain ``key_column`` in the header (the CAC Excel layout reader).

    Header cells written in another template's words (敏感词, 风险类别, 题目 …, ``tables.cac_columns``
    in the vocabulary) are read as the CAC column they stand for. Where some sheet's header holds more of the
    layout's ``columns`` than the key, a sheet whose "header" is the key alone is not the list: a cover sheet that
    names it in a row (说明: ``关键词库 | 拦截关键词 | 10460``).
    """
    current = {name: rows for name, rows in content.sheets.items() if name not in set_aside(content)}
    sheets = [replace(s, rows=[(n, r) for n, r in s.rows if not total_row(r)])
              for s in find_sheets(_canonical_headers(current), key_column)]
    fuller = [s for s in sheets if sum(c in s.cols for c in columns) > 1]
    return fuller if fuller else sheets


def total_row(row: list[str]) -> bool:
    """A totals or notes line under a list (合计 | 2020题, 共计：10,240条, 以下空白; 填表说明：研判结果由两名审核人员……):
    its first filled cell is a totals word, alone or with a count, or opens with a note label; at most one other cell is
    filled."""
    filled = [c.strip() for c in row if c.strip()]
    if not filled or len(filled) > 2:
        return False
    first = fold(filled[0])
    totals = "|".join(re.escape(fold(w)) for w in words("tables", "total_rows"))
    notes = tuple(fold(w) for w in words("tables", "note_rows"))
    return re.fullmatch(rf"(?:{totals})\s*[：:]?\s*(?:[\d,，]+\s*[题条个道项]?)?", first) is not None or \
        (first.startswith(notes) and len(filled) == 1)


def _set_aside_note(code: str, content: Content, what: str) -> Iterator[Finding]:
    names = set_aside(content)
    if names:
        shown = "、".join(f"“{n}”" for n in names)
        yield make(code, Severity.LOW, f"工作表{shown}已隐藏或名称表明不是现行内容，未计入{what}数量。", content.file.rel,
                   "提交前删除不再使用的工作表，或确认其中的内容确实不计入；审核方按可见的现行内容核对。")


def _canonical_headers(sheets: dict[str, list[list[str]]]) -> dict[str, list[list[str]]]:
    names = {fold(w): canon for canon, ws in section("tables", "cac_columns").items() for w in ws}
    out = {}
    for name, rows in sheets.items():
        head = [_levels([names.get(fold(header_key(c)), c) for c in row]) for row in rows[:HEADER_ROWS]]
        out[name] = head + rows[HEADER_ROWS:]
    return out


def _levels(row: list[str]) -> list[str]:
    """A header row with two columns read as 二级分类 and none as 一级分类 (风险类别 | 风险子类): the left one is the upper
    level (the two-hundred-and-seventieth probe's 风险类别 held 违反社会主义核心价值观, 风险子类 the risk itself, and
    every risk was reported uncovered)."""
    second = [i for i, c in enumerate(row) if c == "二级分类"]
    if len(second) >= 2 and "一级分类" not in row:
        row = [*row]
        row[second[0]] = "一级分类"
    return row


def _risk_of(profile: Profile, sheet: SheetRows, row: list[str]) -> str | None:
    for value in (sheet.get(row, "二级分类"), sheet.get(row, "一级分类"), sheet.sheet):
        risk = profile.resolve_risk(value)
        if risk:
            return risk
    return None


def sheet_location(content: Content, sheet: str) -> str:
    """Where a sheet stands: ``附件5-2 应拒答题.xlsx 工作表“Sheet1”`` for a sheet of a list split into files (named
    ``file：sheet`` when the files are read as one workbook), else the workbook and the sheet."""
    name, _, own = sheet.partition("：")
    if own and re.search(r"\.(?:xlsx|xls|csv|tsv|txt)$", name, re.IGNORECASE):
        return f"{name} 工作表“{own}”"
    return f"{content.file.rel} 工作表“{sheet}”"


def _layout(code: str, content: Content, columns: tuple[str, ...], sheets: list[SheetRows]) -> Iterator[Finding]:
    loc = content.file.rel
    if not sheets:
        yield make(code, Severity.HIGH, f"找不到含“{columns[0] if code.startswith('safety.keyword') else columns[1]}”表头的工作表。",
                   loc, f"第一行使用表头：{' / '.join(columns)}。")
        return
    for s in sheets:
        missing = [c for c in columns if c not in s.cols]
        if code == "safety.bank_layout" and "非拒答" in s.sheet and any(c in s.cols for c in ASPECT_COLUMNS):
            missing = [c for c in missing if c not in ("一级分类", "二级分类")]  # 方面 stands in for them
        if code == "safety.bank_layout" and all(c in missing for c in RESULT_COLUMNS):
            yield make(code, Severity.HIGH, f"工作表“{s.sheet}”只有题目，没有{'、'.join(RESULT_COLUMNS)}两列：审核方无法核对拒答率"
                       "与抽检结果。", sheet_location(content, s.sheet),
                       f"逐题填写模型回答与研判结果（拒答/未拒答、合格/不合格），表头：{' / '.join(columns)}。")
        elif missing:
            yield make(code, Severity.MEDIUM, f"工作表“{s.sheet}”未识别到这些列：{'、'.join(missing)}，请确认。",
                       sheet_location(content, s.sheet), f"按网信办模板使用表头：{' / '.join(columns)}。")


RESULT_COLUMNS = ("模型回答", "研判结果")  # a bank sheet without both holds questions only (the eighty-sixth probe)


def keyword_findings(content: Content, profile: Profile) -> Iterator[Finding]:
    """Layout, total, per-risk minimums and suspicious entries of the keyword list.

    Counting is the text core's :func:`~beian.text.lexicon_stats.lexicon_stats`, the
    same numbers ``beian lexicon stats`` prints.
    """
    columns = profile.excel_layouts["keyword_list"]
    sheets = read_sheets(content, columns[0], columns)
    yield from _layout("safety.keyword_layout", content, columns, sheets)
    if not sheets:
        return
    yield from _set_aside_note("safety.keyword_layout", content, "关键词")
    lexicon, shared = _keyword_lexicon(content, profile, sheets, columns[0])
    stats = lexicon_stats(lexicon, profile)
    loc = content.file.rel
    if shared:
        yield make("safety.keyword_layout", Severity.LOW, f"有 {shared} 个单元格写了多个关键词（用“、”等分隔），已拆开计数。", loc,
                   "每行写一个关键词，并逐个填写一级分类与二级分类，便于审核方核对与系统导入。")
    if stats.distinct == 0:
        yield make("safety.keyword_total", Severity.HIGH, "拦截关键词列表中没有任何关键词。", loc,
                   f"按“{' / '.join(columns)}”逐行填写关键词，不少于 {stats.quota_total} 个。")
        return
    yield from _total(loc, stats)
    if stats.meets_total:
        yield from _padded(loc, stats, lexicon)
    counts = {r.id: (stats.per_risk.get(r.id, 0), r.keyword_min) for r in profile.keyword_risks}
    # the eighty-fourth probe: 关键词 | 一级分类 only, every risk counted 0
    unsorted = not any(stats.per_risk.values()) and all("二级分类" not in s.cols for s in sheets)
    label = "拦截关键词没有二级分类列，无法按风险类别核对，" if unsorted else "拦截关键词"
    yield from shortfalls("safety.keyword_per_risk", label, profile, counts, loc)
    yield from _suspicious(loc, stats)


VARIANT_NOTE_MIN = 20
"""Writing variants (``冰 毒`` beside ``冰毒``) in a list that meets the total anyway: noted from this many on."""
VARIANT_EXAMPLES = 3  # variant groups shown in a finding
VARIANT_FORMS = 2  # other written forms shown per group


def _total(loc: str, stats: LexiconStats) -> Iterator[Finding]:
    """The total against the quota, counted with writing variants merged (the text core's
    :func:`~beian.text.lexicon_stats.variant_key`); a note on many variants in a list that meets it anyway."""
    quota, folded = stats.quota_total, stats.distinct_folded
    if not stats.meets_total and not stats.variant_count:
        yield make("safety.keyword_total", Severity.HIGH, f"拦截关键词共 {stats.distinct} 个（去重后），少于 {quota} 个。",
                   loc, f"补充关键词至不少于 {quota} 个，并为每个词填写一级分类与二级分类。")
    elif not stats.meets_total:
        yield make("safety.keyword_total", Severity.HIGH,
                   f"拦截关键词共 {stats.distinct} 个（去除插入符号、空格等写法变体后 {folded} 个），少于 {quota} 个。", loc,
                   "在词中插入空格、*、- 等符号的写法匹配时与原词相同，不算不同的关键词：删去这些写法，"
                   f"补充不同的关键词至不少于 {quota} 个，并为每个词填写一级分类与二级分类。",
                   evidence=_variant_examples(stats), variants=stats.variant_count)
    elif stats.variant_count >= VARIANT_NOTE_MIN:
        yield make("safety.keyword_total", Severity.LOW,
                   f"拦截关键词中有 {stats.variant_count} 个只是其他词条插入空格、符号等的写法变体"
                   f"（{_variant_examples(stats)}），去除后共 {folded} 个，仍不少于 {quota} 个。", loc,
                   "这些写法匹配时与原词相同，不增加拦截范围；建议删去，以免审核方核对数量时认为词库虚增。",
                   evidence=_variant_examples(stats), variants=stats.variant_count)


UNUSABLE = ("single_char", "punctuation", "control")  # suspicions that make an entry no keyword at all
# a short run mixing Latin letters and digits (1l9c, zj8mo): no word of any risk, the padding of the seventy-sixth probe
_JUNK = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,8}")


def _padded(loc: str, stats: LexiconStats, lexicon: Lexicon) -> Iterator[Finding]:
    """A list that meets the total only with entries that are no keywords: single characters, symbols, and short
    letter-digit strings (the seventy-sixth probe: 2,400 single characters and 2,400 strings like ``i0cm`` made 10,140
    out of 5,340 real keywords)."""
    unusable = {x.text for x in stats.suspicious if x.code in UNUSABLE}
    junk = {t.text for t in lexicon.terms if _JUNK.fullmatch(fold(t.text).strip())} - unusable
    left = stats.distinct - len(unusable) - len(junk)
    if left < stats.quota_total:
        examples = "、".join(f"“{x}”" for x in [*sorted(unusable)[:3], *sorted(junk)[:3]])
        yield make("safety.keyword_total", Severity.HIGH,
                   f"拦截关键词共 {stats.distinct} 个，其中 {len(unusable)} 个是单字或符号、{len(junk)} 个是无意义的字母数字串，"
                   f"去掉后只有 {left} 个，少于 {stats.quota_total} 个。", loc,
                   f"删去凑数的词条，补充真实的关键词至不少于 {stats.quota_total} 个。", evidence=examples)


def _variant_examples(stats: LexiconStats) -> str:
    """A few variant groups as the list writes them: ``“冰毒”与“冰 毒”“冰*毒”``."""
    groups = list(stats.variants.items())[:VARIANT_EXAMPLES]
    return "；".join(f"“{plain}”与“{'”“'.join(forms[:VARIANT_FORMS])}”" for plain, forms in groups)


def shortfalls(code: str, label: str, profile: Profile, counts: dict[str, tuple[int, int]], loc: str,
               names: dict[str, str] | None = None) -> Iterator[Finding]:
    """One finding for all categories below their floor: uncovered ones (应) apart from thin ones (宜)."""
    names = names or {r.id: f"{r.id} {r.name}" for r in profile.risks}
    uncovered = [names[k] for k, (have, need) in counts.items() if need and have == 0]
    thin = [f"{names[k]}（{have}/{need}）" for k, (have, need) in counts.items() if need and 0 < have < need]
    if not uncovered and not thin:
        return
    parts = ([f"{len(uncovered)} 类未覆盖（应）：{'、'.join(uncovered)}"] if uncovered else []) + \
            ([f"{len(thin)} 类少于每类最少数量：{'、'.join(thin)}"] if thin else [])
    yield make(code, Severity.HIGH, f"{label}分类不足：{'；'.join(parts)}。", loc,
               "为所列分类补充条目，二级分类填写标准中的名称；覆盖全部分类是“应”条款，数量下限是审核实践普遍要求的“宜”条款。",
               evidence="；".join(parts)[:600], uncovered=len(uncovered), thin=len(thin))


def keyword_count(content: Content, profile: Profile) -> tuple[int, int]:
    """(distinct keywords, entries) of a keyword list, counted as ``safety.keyword_total`` counts them."""
    columns = profile.excel_layouts["keyword_list"]
    lexicon, _ = _keyword_lexicon(content, profile, read_sheets(content, columns[0], columns), columns[0])
    return lexicon_stats(lexicon, profile).distinct, len(lexicon.terms)


def _keyword_lexicon(content: Content, profile: Profile, sheets: list[SheetRows], column: str) -> tuple[Lexicon, int]:
    """The list's terms, a cell holding several (``冰毒、麻古、K粉``) split; and how many cells held several."""
    terms, shared = [], 0
    for s in sheets:
        for r, row in s.rows:
            parts = split_keywords(s.get(row, column))
            shared += len(parts) > 1
            terms += [Term(text=text, category=s.get(row, "二级分类") or s.get(row, "一级分类") or s.sheet,
                           risk=_risk_of(profile, s, row), source=sheet_location(content, s.sheet), line=r)
                      for text in parts]
    return Lexicon(terms=terms), shared


def split_keywords(cell: str) -> list[str]:
    """The keywords one cell holds: itself, or its parts when it lists several with 、；| (an English phrase with
    a comma inside stays whole: the ASCII comma is not a separator). The Chinese comma lists keywords only where it
    makes three or more short parts (冰毒，麻古，K粉): two parts are one phrase written with a pause (某族滚出去，真恶心,
    the forty-first probe), which ``beian lexicon stats`` also counts as one entry."""
    if not cell:
        return []
    marks = section("tables", "keyword_separators")
    pattern = "|".join(re.escape(m) for m in marks)
    out = []
    for piece in re.split(pattern, cell):
        out += _comma_list(piece.strip())
    return [p for p in out if p]


def _comma_list(piece: str) -> list[str]:
    """``piece`` split at Chinese commas when that gives a list of short keywords, else whole."""
    parts = [p.strip() for p in piece.split("，") if p.strip()]
    listed = len(parts) >= COMMA_LIST_PARTS and all(len(p) <= COMMA_LIST_ITEM for p in parts)
    return parts if listed else [piece]


COMMA_LIST_PARTS, COMMA_LIST_ITEM = 3, 8  # a comma list of keywords: this many parts, each at most this long


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


def bank_kind(sheet: str) -> str:
    """Which bank a sheet holds, from its name (``tables.bank_sheets`` in the vocabulary); default generated."""
    name = fold(sheet)
    for kind in ("non_refuse", "should_refuse"):
        if any(fold(w) in name for w in section("tables", "bank_sheets", kind)):
            return kind
    return "generated"


def joined_content(content: Content) -> Content:
    """The test bank as its checks read it: questions, answers and judgements in sheets joined by 题目ID, or one sheet
    split by its 题库 column (a joined or split sheet is not hidden; the sheets left as they were stay hidden if they
    were)."""
    joined = joined_bank(content.sheets)
    return content if joined is content.sheets else \
        replace(content, sheets=joined, hidden_sheets=frozenset(h for h in content.hidden_sheets if h in joined))


def _by_kind(sheets: list[SheetRows]) -> dict[str, list[tuple[SheetRows, list[str]]]]:
    """The rows of every bank sheet grouped by the bank the sheet holds."""
    by_kind: dict[str, list[tuple[SheetRows, list[str]]]] = {k: [] for k in KINDS}
    for s in sheets:
        by_kind[bank_kind(s.sheet)].extend((s, row) for _, row in s.rows)
    return by_kind


def bank_counts(content: Content, profile: Profile) -> dict[str, tuple[int, int]]:
    """Rows and distinct questions of each bank in 附件5 (``generated``, ``should_refuse``, ``non_refuse``)."""
    columns = profile.excel_layouts["test_bank"]
    by_kind = _by_kind(read_sheets(joined_content(content), columns[1], columns))
    return {kind: (len(rows), _distinct(rows, columns[1])) for kind, rows in by_kind.items()}


def bank_findings(content: Content, profile: Profile, declared_na: dict[str, str] | None = None) -> Iterator[Finding]:
    """Layout, totals, per-risk and per-aspect minimums and filled answers of the test banks."""
    columns = profile.excel_layouts["test_bank"]
    content = joined_content(content)
    sheets = read_sheets(content, columns[1], columns)
    yield from _layout("safety.bank_layout", content, columns, sheets)
    if not sheets:
        return
    by_kind = _by_kind(sheets)
    for s in sheets:
        yield from _unanswered(content, s, columns)
    quota = {"generated": "generated_bank_total", "should_refuse": "should_refuse_bank_total",
             "non_refuse": "non_refuse_bank_total"}
    if not any(by_kind.values()):
        yield make("safety.bank_total", Severity.HIGH, "评估测试题中没有任何题目。", content.file.rel,
                   "按模板填写生成内容测试题、应拒答测试题与非拒答测试题，并逐题填写模型回答与研判结果。")
        return
    for kind, rows in by_kind.items():
        need = profile.quotas[quota[kind]].value
        distinct = _distinct(rows, columns[1])
        if len(rows) < need:
            yield make("safety.bank_total", Severity.HIGH, f"{KINDS[kind]}共 {len(rows)} 道，少于 {need:.0f} 道。",
                       _rows_location(content, rows),
                       f"补充{KINDS[kind]}至不少于 {need:.0f} 道（工作表名含“{_sheet_hint(kind)}”）。", kind=kind)
        elif distinct < need:  # the count reached by repeating questions (the seventy-third probe: 204 × 3)
            padded = len(rows) - distinct >= PADDING_SHARE * len(rows)
            yield make("safety.bank_total", Severity.HIGH if padded else Severity.MEDIUM,
                       f"{KINDS[kind]}共 {len(rows)} 行，去掉重复的题目后只有 {distinct} 道，少于 {need:.0f} 道"
                       + ("。" if padded else "，请确认重复的题目。"), _rows_location(content, rows),
                       f"删去重复的题目，补充不同的{KINDS[kind]}至不少于 {need:.0f} 道。", kind=kind)
    if by_kind["generated"]:
        yield from _per_risk(content, profile, by_kind["generated"], "generated_min", KINDS["generated"])
    if by_kind["should_refuse"]:
        yield from _per_risk(content, profile, by_kind["should_refuse"], "refuse_min", KINDS["should_refuse"])
    if by_kind["non_refuse"]:
        yield from _per_aspect(content, profile, by_kind["non_refuse"], by_kind["should_refuse"], declared_na or {})


PADDING_SHARE = 1 / 3  # repeated rows making up this share of a bank are padding (204 questions × 3), not slips


def _distinct(rows: list[tuple[SheetRows, list[str]]], column: str) -> int:
    """How many different questions the rows hold (compared folded, without spaces and punctuation); a row whose
    question cell is empty counts as one of its own."""
    seen: set[str] = set()
    blank = 0
    for s, row in rows:
        question = re.sub(r"[\s\W_]+", "", fold(s.get(row, column)))
        if question:
            seen.add(question)
        else:
            blank += 1
    return len(seen) + blank


def _rows_location(content: Content, rows: list[tuple[SheetRows, list[str]]]) -> str:
    """Where rows of one bank stand: the files their sheets came from when the bank is split into files
    (``附件5-2 应拒答题.xlsx：Sheet1``), else the workbook."""
    files = dict.fromkeys(s.sheet.split("：")[0] for s, _ in rows if "：" in s.sheet)
    return "、".join(files) if files else content.file.rel


def _sheet_hint(kind: str) -> str:
    return {"generated": "生成内容", "should_refuse": "应拒答", "non_refuse": "非拒答"}[kind]


def _per_risk(content: Content, profile: Profile, rows: list[tuple[SheetRows, list[str]]], attr: str,
              label: str) -> Iterator[Finding]:
    per = Counter(_risk_of(profile, s, row) for s, row in rows)
    counts = {r.id: (per[r.id], getattr(r, attr)) for r in profile.risks}
    yield from shortfalls("safety.bank_per_risk", label, profile, counts, _rows_location(content, rows))


def _per_aspect(content: Content, profile: Profile, rows: list[tuple[SheetRows, list[str]]],
                refuse_rows: list[tuple[SheetRows, list[str]]], declared_na: dict[str, str]) -> Iterator[Finding]:
    """Aspect floors of the non-refuse bank, with the domain-model exemption of TC260-003 8.3 b) 3).

    An aspect a domain model does not touch may be left out of the non-refuse bank when the
    should-refuse bank shows it; such an aspect (declared in beian.yaml ``not_applicable_aspects``
    or found only among the should-refuse questions) is reported apart, at low severity.
    """
    per = Counter(_aspect_of(profile, s, row) for s, row in rows)
    in_refuse = Counter(_aspect_of(profile, s, row) for s, row in refuse_rows)
    declared = {profile.resolve_aspect(k) for k in declared_na}
    exempt = {a.id for a in profile.aspects if per[a.id] == 0 and (a.id in declared or in_refuse[a.id])}
    counts = {a.id: (per[a.id], a.min) for a in profile.aspects if a.id not in exempt}
    yield from shortfalls("safety.bank_per_aspect", "非拒答测试题方面", profile, counts, _rows_location(content, rows),
                          {a.id: a.name for a in profile.aspects})
    if exempt:
        names = "、".join(a.name for a in profile.aspects if a.id in exempt)
        shown = {a.id: in_refuse[a.id] for a in profile.aspects if a.id in exempt}
        missing = [a.name for a in profile.aspects if a.id in exempt and not shown[a.id]]
        sev = Severity.MEDIUM if missing else Severity.LOW
        yield make("safety.bank_per_aspect", sev, f"非拒答测试题未设置“{names}”方面，按 TC260-003 8.3 b) 3) 视为专用模型不涉及的部分"
                   + (f"；但应拒答测试题库中没有体现“{'、'.join(missing)}”。" if missing else "。"), content.file.rel,
                   "在评估报告中说明这些方面不涉及的原因，并在应拒答测试题库中体现不涉及的部分（二级分类写明方面名称）。")


def _aspect_of(profile: Profile, sheet: SheetRows, row: list[str]) -> str | None:
    return profile.resolve_aspect(sheet.get(row, "二级分类")) or profile.resolve_aspect(sheet.get(row, "一级分类")) or \
        next((a for col in ASPECT_COLUMNS if (a := profile.resolve_aspect(sheet.get(row, col)))), None)


# a non-refusal sheet may name each question's aspect in a column of its own instead of the two category columns
# (方面 | 我国制度: the hundred-and-eighth probe, read as no aspect at all, five of thirteen reported missing at high)
# 考查方面: the two-hundred-and-thirty-fifth probe; 涉及方面: the two-hundred-and-fifty-ninth (a false high in five packages)
ASPECT_COLUMNS = ("方面", "所属方面", "考察方面", "考查方面", "测试方面", "涉及方面", "对应方面", "方面分类", "所属方面分类")


def _unanswered(content: Content, s: SheetRows, columns: tuple[str, ...]) -> Iterator[Finding]:
    answer, verdict = columns[4], columns[5]
    if answer not in s.cols or verdict not in s.cols:
        return  # a column not recognised is asked about (safety.bank_layout), not read as every answer missing
    empty = [r for r, row in s.rows if not s.get(row, answer) or not s.get(row, verdict)]
    if empty:
        shown = "、".join(str(r) for r in empty[:5]) + ("等" if len(empty) > 5 else "")
        yield make("safety.bank_unanswered", Severity.HIGH, f"工作表“{s.sheet}”有 {len(empty)} 道题未填写{answer}或{verdict}。",
                   f"{sheet_location(content, s.sheet)} 第{shown}行", f"用被测模型作答并逐题填写“{answer}”与“{verdict}”。")
