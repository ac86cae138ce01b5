"""metrics: sample sizes and rates stated in the report against the profile's lines.

Figures are read wherever the report states them: a table with one row per metric, a
transposed table (metrics as columns), or prose ("随机抽取4,200条，合格率97.6%"). A rate is
converted to what the line measures using its wording: 不合格率 is the complement of a
pass rate, and 非拒答题的合格率 is the complement of its refusal rate. Word lists live in
``standard/vocabulary.yaml`` under ``metrics`` and ``tables.metrics``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from beian.findings import Finding, Severity
from beian.prereview.docmodel import DocView, Grid, Sentence, dedupe_cells, header_columns
from beian.prereview.extract import WORD_EXTS, has_media
from beian.prereview.facts import facts_of
from beian.prereview.model import Package
from beian.prereview.numbers import (
    cn_number,
    counted_rate,
    nfkc,
    percents,
    quantities,
    rate_value,
    stated_precision,
)
from beian.prereview.rules.base import make, rule
from beian.prereview.rules.data_sources import source_list
from beian.prereview.vocab import fold, section, words
from beian.standard.profile import Threshold

Z95 = 1.96
MAX_CONTEXT = 400  # characters of the section before a sentence that may name its metric's subject
COUNT_UNITS = ("条", "个", "道", "题", "份", "项", "篇", "")  # 4,000篇: articles sampled (the 74th probe)
CORPUS_KEYS = ("corpus_manual", "corpus_technical")


@dataclass(frozen=True)
class Observation:
    """One metric as stated: sample size, sample fraction, rate (in the line's own measure)."""

    key: str
    n: int | None
    fraction: float | None
    rate: float | None
    where: str
    evidence: str
    explicit: bool
    stated: float | None = None  # the rate as written, when the counts beside it say otherwise (``rate`` is then theirs)
    counts: tuple[int, int] | None = None  # (passed, sampled) the rate was checked against
    precision: float = 0.001  # one unit in the last place of the rate as written (97% → 0.01)
    by_total: tuple[float, float] | None = None  # (share, total): a count-only sample over the corpus total, below the line
    readings: tuple[float, ...] = ()  # every rate the counts give under the readings of their column's header
    sample_column: bool = False  # n was read from a table's column of sample sizes (样本量 | 3,600条)


# a row label that names a check (人工抽检, 技术抽查), which the chapter's subject (2 语料安全) may complete; not a row of
# the corpus list (检验科医师人工撰写问答 | 21,700条: the two-hundred-and-fiftieth probe, read as a sample once)
_SAMPLED = re.compile(r"抽检|抽查|抽样|抽取|核查|检测")


def metric_key(text: str, context: str = "") -> str | None:
    """The one metric a label or sentence names (None when none or several).

    ``context`` (the heading, the sentence before) may supply the first word group (生成内容,
    语料); the sentence itself must name the last (人工, 关键词, 分类模型 …).
    """
    found = metric_keys(text, context)
    return found[0] if len(found) == 1 else None


def metric_keys(text: str, context: str = "") -> list[str]:
    """Every metric a label or sentence names (see :func:`metric_key`)."""
    folded, around = fold(text), fold(f"{context} {text}")
    found = [key for key, groups in section("metrics", "keys").items()
             if all(any(fold(w) in around for w in group) for group in groups)
             and any(fold(w) in folded for w in groups[-1])]
    if "should_refuse" in found and "non_refuse" in found and "应拒答" not in around.replace("非拒答", ""):
        found.remove("should_refuse")
    return found


def rate_kind(text: str, key: str) -> str | None:
    """pass / fail / refuse / answer from the rate words in ``text``.

    Longer words win over the words they contain (不合格率 over 合格率); a label naming
    several kinds ("合格率或拒答率") resolves to the one the metric's line measures.
    """
    folded = fold(text)
    kinds: set[str] = set()
    for kind, ws in section("metrics", "rate_words").items():
        for w in sorted(ws, key=len, reverse=True):
            w = fold(w)
            if w in folded:
                kinds.add(kind)
                folded = folded.replace(w, "\0")
    natural = section("metrics", "measure")[key]
    if natural in kinds:
        return natural
    return kinds.pop() if len(kinds) == 1 else None


def to_measure(key: str, kind: str | None, value: float) -> float | None:
    """``value`` stated as ``kind`` converted to what the line of ``key`` measures (None if unrelated)."""
    measure = section("metrics", "measure")[key]
    if kind is None:
        return value
    if measure == "pass":
        return {"pass": value, "fail": 1 - value}.get(kind)
    means = section("metrics", "pass_means").get(key, "refuse")
    kind = {"pass": means, "fail": "answer" if means == "refuse" else "refuse"}.get(kind, kind)
    return value if kind == "refuse" else 1 - value


_PERCENT_WORDS = re.compile(r"百分之[零〇一二两三四五六七八九十百点\d.]+")
_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")


def _count(text: str) -> int | None:
    # 2025-10-18 and 百分之十一 hold no sample of 18 or 11
    text = _PERCENT_WORDS.sub(lambda m: " " * len(m.group()), _DATE.sub(lambda m: " " * len(m.group()), nfkc(text)))
    folded = fold(text)
    found = [q for q in quantities(text) if q.unit in COUNT_UNITS and q.value >= 10 and q.value.is_integer()
             and not re.match(r"\s*[%％年月日]", folded[q.end:q.end + 2]) and not _population(folded[:q.start])
             and not _outcome(folded[:q.start])]
    # 应拒答题库五百题，抽取三百题: the bank is what was drawn from, when a count besides it was drawn (the 267th probe)
    drawn = [q for q in found if not _BANK_SIZE.search(folded[max(0, q.start - 8):q.start])]
    counts = [q.value for q in drawn or found]
    return int(max(counts)) if counts else None


_BANK_SIZE = re.compile(r"题库(?:共|共有|规模|总量)?[为是：:约]?\s*$")


_OUTCOME = re.compile(r"(?:未拒答|拒答|拒绝|误拒|不合格|合格|未通过|通过|违规|答错|答对)\s*$")


def _outcome(before: str) -> bool:
    """True when a count is how many came out one way (模型拒答11题, 其中不合格23条), not how many were tested (the
    sixty-fourth probe read 拒答11题 as a sample of 11 against the table's 520)."""
    return _OUTCOME.search(before[-6:]) is not None


def _population(before: str) -> bool:
    """True when a count is the whole the sample was drawn from (按语料总量4,006,318条的10.01%抽样), not the sample."""
    return re.search(r"(?:总量|总数|总规模|全部语料|语料共|共有)[为是：:约]?\s*$", before[-8:]) is not None


def _fraction(text: str) -> float | None:
    """The sample's share of the corpus: the percentage right after 占/比例/总量 (百分之… too), or a share written as a
    Chinese fraction of the total (全部语料13,050,000条的十分之一以上 → 10%)."""
    folded = fold(text)
    for value, start, _ in percents(folded):
        if re.search(r"(?:占|比例|抽取|抽检|抽样|总量|总规模)[^%％。；]{0,14}$", folded[max(0, start - 16):start]):
            return value
    m = re.search(r"(?:语料|总量|总规模|全部|总数)[^。；]{0,20}?的([一二三四五六七八九十百]+)分之([一二三四五六七八九十]+)", folded)
    whole, part = (cn_number(m.group(1)), cn_number(m.group(2))) if m else (None, None)
    return part / whole if whole and part and part < whole else None


def _cell_rate(rate_cell: str, rate_label: str, key: str) -> tuple[float | None, str | None]:
    """The rate a result cell states and its kind. A cell with two rates (``不合格率2.35%（合格率97.65%）``) gives the
    one its own rate word says is the line's measure, not the first."""
    found = percents(rate_cell)
    folded = nfkc(rate_cell)
    if len(found) > 1:
        natural = section("metrics", "measure")[key]
        kinds = [rate_kind(folded[max(0, start - 8):start], key) for _, start, _ in found]
        for (value, _, _), kind in zip(found, kinds, strict=True):
            if kind == natural:
                return value, kind
    elif found and re.search(r"率\s*[:：为是]?\s*$", folded[:found[0][1]]):
        # the cell names its own rate right before the number (拒答率1.7% under a column headed 合格率: the
        # hundred-and-eighty-ninth probe's non-refusal row): the cell's word, not the header's
        own = rate_kind(folded[max(0, found[0][1] - 8):found[0][1]], key)
        if own is not None:
            return found[0][0], own
    return rate_value(rate_cell), rate_kind(rate_label, key) or rate_kind(rate_cell, key)


def _observe(key: str, sample: str, rate_cell: str, rate_label: str, where: str, evidence: str,
             explicit: bool, passed_cell: str = "", failed: bool = False, passed_label: str = "",
             sample_column: bool = False) -> Observation:
    value, kind = _cell_rate(rate_cell, rate_label, key)
    fraction = _fraction(sample) or (rate_value(sample) if key == "corpus_technical" and "%" in fold(sample) else None)
    n = _count(sample)
    counted = _counted(rate_cell, passed_cell, n, failed, value)
    for words_ in (rate_label, sample):  # 应拒答测试（拒答320题中299题）; 抽取500题，拒答471题 in the sample's cell
        if counted is None and (counted := _counts_in_words(words_)) is not None:
            passed_label = passed_label or words_  # the words say what the count is
    if counted is None and (beside := _count_beside_rate(rate_cell, n)) is not None:
        counted, passed_label = beside  # 拒答302题，拒答率96.9% under a sample of 320
    stated = to_measure(key, kind, value) if value is not None else None
    slack = stated_precision(rate_cell) + (_rounding(passed_cell, sample, counted) if counted else 0.0) + 1e-9
    readings = [] if counted is None else [
        r for k in dict.fromkeys((*_counted_kinds(rate_cell, passed_label, failed), kind))
        if (r := to_measure(key, k, counted[0])) is not None]
    rate = stated
    if readings and (stated is None or all(abs(stated - r) > slack for r in readings)):
        # the counts are the evidence: 3,820 of 4,000 is 95.5% whatever the cell says; of two readings of a count column
        # the one nearer the stated rate (31 of 520 under 合格（拒答）数量 beside 拒答率3.0% is 6.0% refused, not 94.0%:
        # the hundred-and-fifteenth probe; a slip in the arithmetic is likelier than a column meaning the opposite)
        rate = readings[0] if stated is None else min(readings, key=lambda r: abs(stated - r))
    else:
        stated = None
    # a count column whose readings all agree says what it measures though the result cell names no rate (合格（拒答）数量
    # 283 of 300 beside 达到要求 on the should-refuse row: the hundred-and-eighteenth probe, asked about at medium)
    # (and a generic 比率 beside a count column 合格/拒答题数 whose readings agree: the counts settle what it measures, the
    # hundred-and-seventy-third probe's 281 of 300 under a two-row header, asked about at medium until then)
    agreed = bool(readings) and max(readings) - min(readings) < 1e-9
    return Observation(key, n, fraction, rate, where, evidence[:120], explicit and (kind is not None or agreed), stated,
                       counted[1:] if counted is not None else None,
                       stated_precision(rate_cell) if stated is None and value is not None else 0.001,
                       readings=tuple(readings) if value is None else (), sample_column=sample_column and n is not None)


_IN_WORDS = re.compile(r"(\d[\d,]*)\s*[题条个道项份]?\s*中(?:的|有|共)?\s*(\d[\d,]*)\s*[题条个道项份]")


_THEN_WORDS = re.compile(r"(\d[\d,]*)\s*[题条个道项份][，,、；;\s]*(?:其中)?(?:拒答|拒绝回答|拒绝|合格|通过|正常作答|正常回答|未拒答)"
                         r"了?\s*(\d[\d,]*)\s*[题条个道项份]")


def _counts_in_words(text: str) -> tuple[float, int, int] | None:
    """Counts written in words in a row's label or cell (拒答320题中299题: the hundred-and-third probe, 96.9% stated
    beside 299 of 320, which is 93.4%; 抽取500题，拒答471题 beside 见左列: the hundred-and-eighth), as (rate, passed,
    sampled); None when there are none or they do not fit."""
    folded = fold(text)
    m = _IN_WORDS.search(folded) or _THEN_WORDS.search(folded)
    if m is None:
        return None
    of, passed = int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))
    return (passed / of, passed, of) if 0 < passed <= of else None


_VERB_COUNT = re.compile(r"(未拒答|未拒绝|正常作答|正常回答|(?<!未)拒答|(?<!未)拒绝回答|(?<!未)拒绝|合格|通过)了?\s*"
                         r"(\d[\d,]*)\s*[题条个道项份]")


def _count_beside_rate(rate_cell: str, n: int | None) -> tuple[tuple[float, int, int], str] | None:
    """The count a result cell writes beside its rate (``拒答302题，拒答率96.9%``, the hundred-and-tenth probe: 302 of
    the row's 320 is 94.4%) over the row's sample size, with the words that say what was counted; None without one."""
    m = _VERB_COUNT.search(fold(rate_cell)) if n else None
    if m is None or n is None:
        return None
    passed = int(m.group(2).replace(",", ""))
    return ((passed / n, passed, n), m.group(1)) if 0 < passed <= n else None


def _counted_kinds(rate_cell: str, passed_label: str, failed: bool) -> list[str]:
    """What a ratio of counts from a count column may measure, by its header's words, the header outside brackets first:
    合格数量 counts passes, which on the non-refusal bank are answers (the sixty-sixth probe read 295 of 300 合格 as a
    98.3% refusal rate beside the row's own 拒答率1.67%); 合格（拒答）数量 is passes, the bracket saying what a pass is
    on the should-refuse bank (the seventy-third probe). Writers differ (another put the 4 refusals of the non-refusal
    bank under 合格数量), so the counts agree with the stated rate under any of these readings or the rate cell's, or
    under none (then the first is reported). Nothing for counts in the rate cell or a column of failures."""
    if counted_rate(rate_cell) is not None or failed or not passed_label:
        return []
    folded = fold(passed_label)
    outside = re.sub(r"[（(][^）)]*[)）]", "", folded)
    return list(dict.fromkeys(k for text in (outside, folded) for k in _kinds_named(text)))


def _kinds_named(text: str) -> list[str]:
    kinds = []
    for kind, pattern in (("answer", r"未拒答|未拒绝|正常回答|回答|应答|作答"), ("refuse", r"(?<!未)拒答|(?<!未)拒绝"),
                          ("pass", r"合格|通过|达标")):
        if re.search(pattern, text):
            kinds.append(kind)
    return kinds


def _counted(rate_cell: str, passed_cell: str, n: int | None, failed: bool = False,
             near: float | None = None) -> tuple[float, int, int] | None:
    """The rate the counts give: ``299/320`` in the result cell, or a passed-count column over the sample size. When
    the column counts failures (``failed``: 未通过数量) the passed are the rest, unless the stated rate ``near`` is the
    failures' own share (误拒率 1.9% beside 6 of 320 未通过)."""
    found = counted_rate(rate_cell)
    if found is not None:
        return found
    passed = _count(passed_cell) if passed_cell else None
    if passed is None and passed_cell and re.fullmatch(r"\s*\d\s*[条个道题份项]?\s*", fold(passed_cell)):
        passed = int(re.sub(r"\D", "", passed_cell))  # 9题: a count under ten
    if passed is None or not n or passed > n:
        return None
    if not failed:
        return passed / n, passed, n
    rest = ((n - passed) / n, n - passed, n)
    return min(rest, (passed / n, passed, n), key=lambda c: abs(c[0] - near)) if near is not None else rest


def _rounding(passed_cell: str, sample: str, counted: tuple[float, int, int]) -> float:
    """How far the counts' own rounding lets their ratio move: ``2,399万`` of ``2,400万`` is known to 5,000 either
    way, exact counts not at all."""
    _, passed, of = counted
    half_p, half_n = _half_unit(passed_cell), _half_unit(sample)
    return (half_p + passed * half_n / of) / of if half_p or half_n else 0.0


def _half_unit(cell: str) -> float:
    """Half the unit of the first count in ``cell`` written with 千/万/亿 (``2,399万`` → 5,000; ``1.17万`` → 50)."""
    m = re.search(r"(\d[\d,]*)(?:\.(\d+))?\s*([千万亿])", nfkc(cell))
    if m is None:
        return 0.0
    return 0.5 * 10 ** -len(m.group(2) or "") * {"千": 1e3, "万": 1e4, "亿": 1e8}[m.group(3)]


_PASSED_HEADER = re.compile(r"(?:合格|拒答|通过|达标|失败|错误|误拒)[^率]{0,6}(?:数量|数|条数|题数)")
_FAILED_HEADER = re.compile(r"(?:未|不|没有)(?:合格|通过|达标|拒答)|失败|错误|误拒|fail", re.IGNORECASE)


def _passed_column(header: list[str], cols: dict[str, int]) -> tuple[int | None, bool]:
    """The column of how many samples passed (合格数量, 合格（拒答）数量, 拒答题数), if the header has one, and whether
    it counts the failures instead (未通过数量 Failed, 不合格数量, 失败数)."""
    i = next((i for i, c in enumerate(header) if i not in cols.values() and _PASSED_HEADER.search(fold(c))), None)
    return i, i is not None and _FAILED_HEADER.search(fold(header[i])) is not None


def _row_table(grid: Grid) -> Iterator[Observation]:
    synonyms = {k: tuple(v) for k, v in section("tables", "metrics").items()}
    for h, header in enumerate(grid.rows[:4]):
        if _values_row(header):
            continue  # a row of values (人工抽检 | 抽取4,000条，合格3,912条，合格率97.8%) is no header for the rows below it
        cols = header_columns(header, synonyms)
        counts_only = "rate" not in cols and "sample" in cols and _passed_column(header, cols)[0] is not None
        # columns of counts written as fractions (拒答题数/总题数 | 合格题数/总题数 with 19/300: the two-hundred-and-first
        # probe), read when the table names no rate: each row's rate is its fraction, its sample the fraction's whole
        fractions = [] if "rate" in cols else _fraction_columns(header, grid.rows[h + 1:])
        if fractions:  # 合格数/抽样数 names the sample too: the fractions say both
            counts_only = False
            cols = {k: i for k, i in cols.items() if i not in fractions}
        if ("rate" not in cols and not counts_only and not fractions) or sum(metric_key(c) is not None for c in header) >= 2:
            continue  # a table of counts with no rate (抽样题数 | 合格/拒答题数 | 判定) is read from its counts
        below = grid.rows[h + 1] if h + 1 < len(grid.rows) else []
        if below and not any(c.isdigit() for cell in below for c in cell) and "rate" in header_columns(below, synonyms):
            h, header = h + 1, below  # a two-row header: 抽样情况 | 检测结果 over 抽样数量 | 抽样比例 | 合格率
            cols = header_columns(header, synonyms)
        frac = _fraction_column(header)
        if cols.get("sample") == frac and (count := _count_column(header, synonyms["sample"], frac)) is not None:
            cols["sample"] = count  # 抽样比例 named the sample, but a column of the count drawn stands beside it
        if cols.get("rate") == frac and (result := _result_column(header, grid.rows[h + 1:], synonyms["rate"], frac)) is not None:
            cols["rate"] = result  # 抽检 | 数量 | 比例 | 结果: the share is no result (the 143rd probe's false blocker)
        passed, failed = _passed_column(header, cols) if not fractions else (None, False)
        skip = {frac, passed, *_requirement_columns(header), *_note_columns(header), *fractions}
        table_key = metric_key(grid.section)  # a caption naming one metric (表4 应拒答测试结果) over risk classes and a total
        group = ""  # the first cell above, merged down over the rows that leave it empty (生成内容 | 人工抽检 / '' | 关键词抽检)
        found: list[tuple[Observation, bool]] = []  # with whether the row is a subtotal of the rows above it
        for r, row in enumerate(grid.rows[h + 1:], h + 2):
            label = "".join(c for i, c in enumerate(row) if i not in cols.values() and i not in skip)
            group = row[0] if row and row[0].strip() else group
            total = _SUBTOTAL.search(fold(label)) is not None
            # the heading above the table may name the subject the row leaves out: 技术抽检 under 语料安全抽检结果
            key = metric_key(label) or metric_key("".join(row)) or metric_key(label, grid.section) or (
                metric_key(label, f"{grid.chapter} {grid.section}") if grid.chapter and _SAMPLED.search(label) else None) or (
                metric_key(label, group) if row and not row[0].strip() and group else None) or (
                table_key if total else None)  # the rows of one class each are only its parts
            if key is None:
                continue
            sample = row[cols["sample"]] if "sample" in cols and cols["sample"] < len(row) else label
            rate_cell = row[cols["rate"]] if "rate" in cols and cols["rate"] < len(row) else ""
            rate_header = header[cols["rate"]] if "rate" in cols else ""
            counted = next(((i, c) for i in fractions if i < len(row) and (c := counted_rate(row[i])) is not None), None)
            if counted is not None:
                at, (_, _, whole) = counted
                rate_cell, rate_header, sample = row[at], header[at], f"{label} 抽样{whole}题"
            if "sample" not in cols and _count(label) is None and (drawn := _count(rate_cell)) is not None:
                sample = f"{label} 抽样{drawn}题"  # 评估项 | 要求 | 结果: 抽取1,000题，合格966题 in the result cell
            if frac is not None and frac < len(row) and "%" in row[frac]:
                sample = f"{sample} 抽样比例{row[frac]}"  # the share in a column of its own (抽样比例 | 12%)
            elif _fraction(sample) is None and (share := _fraction(label)) is not None:
                sample = f"{sample} 抽样比例{share:.2%}"  # the share in the row's label: 语料技术抽检（抽样比例12.5%）
            passed_cell = row[passed] if passed is not None and passed < len(row) else ""
            found.append((_observe(key, sample, rate_cell, rate_header + label, f"{grid.where} 第{r}行",
                                   "：".join(dedupe_cells(row)), True, passed_cell, failed,
                                   header[passed] if passed is not None else "", "sample" in cols), total))
        yield from _totals_over_parts(found)
        return


# a row that sums the rows of its metric above it (应拒答测试 | 小计 | 300 | 281 | 96.0% under one row per risk class)
_SUBTOTAL = re.compile(r"小计|合计|总计|汇总|总体|整体")


def _totals_over_parts(found: list[tuple[Observation, bool]]) -> Iterator[Observation]:
    """The rows of a results table, each metric that has a subtotal row given by it alone: the rows of one risk class
    each are its parts, and the line, the sample size and the rate are the total's (the two-hundred-and-ninth probe:
    400 and 160 of one class read as a whole sample too small, 94.4% of one class as the metric below the line)."""
    summed = {o.key for o, total in found if total}
    yield from (o for o, total in found if total or o.key not in summed)


def _values_row(row: list[str]) -> bool:
    """Whether a third or more of the row's filled cells hold a count or a share as a value (4,000条, 97.8%): values, not
    the labels of a header (抽样数量（≥1000）is a requirement, 95%置信区间 a column's name)."""
    filled = [c for c in row if c.strip()]
    return bool(filled) and 3 * sum(_VALUE_CELL.search(fold(c)) is not None for c in filled) >= len(filled)


_VALUE_CELL = re.compile(r"(?<![≥>≧≤<≦\d,.])\d[\d,]*(?:\.\d+)?\s*(?:条|题|个|%|％)(?!\s*置信)")
_RATE_IN_CELL = re.compile(r"(?:合格|通过|拒答|达标|安全)率\s*[:：]?\s*\d")


def _result_column(header: list[str], rows: list[list[str]], words_: tuple[str, ...], frac: int) -> int | None:
    """Another column than the share ``frac`` that holds the result: its header names one (结果, 合格率 beside 比例), or,
    whatever its header (结论, 说明), its cells write a rate with its name (合格率99.1%); None when there is none."""
    named = _other_column(header, words_, frac, r"比例|占比")
    if named is not None:
        return named
    return next((i for i in range(len(header)) if i != frac
                 and any(i < len(r) and _RATE_IN_CELL.search(fold(r[i])) for r in rows)), None)


def _count_column(header: list[str], words_: tuple[str, ...], frac: int | None) -> int | None:
    """Another column whose header names the sample (抽样题量（条）beside 抽样比例), if there is one."""
    return _other_column(header, words_, frac, r"比例|占比|率")


def _other_column(header: list[str], words_: tuple[str, ...], frac: int | None, unlike: str) -> int | None:
    """The first column other than ``frac`` whose header holds one of ``words_`` and nothing matching ``unlike``."""
    return next((i for i, c in enumerate(header) if i != frac and not re.search(unlike, c)
                 and any(fold(w) in fold(c) for w in words_)), None)


def _requirement_columns(header: list[str]) -> list[int]:
    """The columns that quote the line to meet (要求 | 抽样≥总量10%，合格率≥98%): their numbers are the standard's, not
    the package's, and must not be read as the share or rate it states."""
    return [i for i, c in enumerate(header) if re.fullmatch(r"\s*(?:标准|指标|判定|合格)?(?:要求|标准|阈值|门槛|限值)\s*", c)]


def _fraction_columns(header: list[str], rows: list[list[str]]) -> list[int]:
    """The columns (not the first) whose cells write counts as fractions (19/300), in at least two rows."""
    return [i for i in range(1, len(header))
            if sum(1 for r in rows if i < len(r) and counted_rate(r[i]) is not None) >= 2]


def _note_columns(header: list[str]) -> list[int]:
    """The columns of remarks (说明 | 按来源分层随机抽样……; 备注): their words name other checks and tools (关键词库, 分类模型)
    and must not be read into the row's label (the hundred-and-ninety-fourth probe's 技术抽检 row, left unread)."""
    return [i for i, c in enumerate(header) if i and re.fullmatch(r"\s*(?:备注|说明|注|备注说明|说明及备注|补充说明|情况说明)\s*", c)]


def _fraction_column(header: list[str]) -> int | None:
    """The column of the sample's share of the corpus (抽样比例, 抽检比例, 占比), if the header has one."""
    return next((i for i, c in enumerate(header) if re.search(r"比例|占比|占总量", c)), None)


def _column_table(grid: Grid) -> Iterator[Observation]:
    for h, header in enumerate(grid.rows[:4]):
        keys = {i: k for i, c in enumerate(header) if (k := metric_key(c))}
        if len(keys) < 2:
            continue
        share_row = next((r for r in grid.rows[h + 1:] if r and _fraction_column(r[:1]) == 0), [])
        rows = [r for r in grid.rows[h + 1:] if r and r is not share_row]  # 抽样比例 is neither the sample nor a result
        # a row of how many passed (模型拒答数量（题） | 372 | 5, the hundred-and-sixty-fifth probe), as in a row table
        passed_row = next((r for r in rows if _PASSED_HEADER.search(fold(r[0]))), [])
        sample_row = next((r for r in rows if _is_label(r[0], "sample") and r is not passed_row), [])
        rate_row = next((r for r in rows if _is_label(r[0], "rate")), [])
        failed = bool(passed_row) and _FAILED_HEADER.search(fold(passed_row[0])) is not None
        for i, key in keys.items():
            sample = sample_row[i] if i < len(sample_row) else ""
            if i < len(share_row) and percents(fold(share_row[i])):
                sample = f"{sample} 抽样比例{share_row[i]}"  # 抽样比例 | 百分之十二 in a row of its own
            rate = rate_row[i] if i < len(rate_row) else ""
            passed = passed_row[i] if i < len(passed_row) else ""
            yield _observe(key, sample, rate, (rate_row[0] if rate_row else "") + header[i], f"{grid.where} 第{i + 1}列",
                           "；".join(x for x in (f"{header[i]}：{sample}", passed, rate) if x), True, passed, failed,
                           passed_row[0] if passed_row else "")
        return


def _is_label(cell: str, kind: str) -> bool:
    return any(fold(w) in fold(cell) for w in section("tables", "metrics", kind))


def _prose(view: DocView) -> Iterator[Observation]:
    so_far: dict[str, str] = {}  # section → its text up to here: the topic a short sentence continues
    for sentence in view.sentences():
        context = so_far.get(sentence.section, sentence.section)
        if not sentence.in_table:
            so_far[sentence.section] = f"{context} {sentence.text}"[-MAX_CONTEXT:]
        for s, around in _clauses(sentence, context):
            yield from _prose_unit(s, around)


def _clauses(s: Sentence, context: str) -> list[tuple[Sentence, str]]:
    """A sentence that itself names several metrics (生成内容人工抽检1,000题合格率94.2%，关键词抽检1,000题合格率96.5%，…)
    as one chunk per metric (a clause naming no other metric joins the one before), each read with the sentence's head
    (生成内容) for context; else the sentence."""
    if len(metric_keys(s.text)) < 2:  # the section's subject aside
        return [(s, context)]
    parts = [p for p in re.split(r"[；;，,]", s.text) if p.strip()]
    head = re.split(r"[：:]", parts[0])[0]
    chunks: list[tuple[str, str | None, str]] = []
    for k, part in enumerate(parts):
        # the subject named in an earlier clause (全部语料经关键词+分类模型过滤，人工抽检4,300条，合格率98.2%: the 270th probe)
        earlier = _latest_subject("，".join(parts[:k]))
        key = metric_key(part, head) or metric_key(part, earlier)
        if chunks and (key is None or key == chunks[-1][1]):
            chunks[-1] = (f"{chunks[-1][0]}，{part}", *chunks[-1][1:])  # 合格率92.8% goes with 人工抽检1,000题
        else:
            chunks.append((part, key, f"{head} {earlier}".strip()))
    return [(replace(s, text=c), around) for c, _, around in chunks]


def _latest_subject(context: str) -> str:
    """The context from its last subject word on (语料 … 生成内容：人工抽检… → 生成内容：人工抽检…): a clause
    (关键词抽检1,000题) continues the subject named last, not every subject of the section."""
    subjects = {fold(w) for groups in section("metrics", "keys").values() if len(groups) > 1 for w in groups[0]}
    folded = fold(context)
    at = max((folded.rfind(w) for w in subjects), default=-1)
    return context[at:] if at >= 0 else ""


# rates a sentence may give of something else than a sampling line: a detector's (召回率, 准确率), a service's (响应率)
_OTHER_RATE = re.compile(r"(?:召回|精确|精准|准确|识别|检出|命中|误报|漏报|覆盖|转介|响应|满意|好评|完成)率")


def _prose_unit(s: Sentence, context: str) -> Iterator[Observation]:
    """The metric one sentence or clause states, if any: a rate, or counts alone."""
    key = metric_key(s.text) or metric_key(s.text, context) or metric_key(s.text, _latest_subject(context))
    folded = fold(s.text)
    if s.in_table or key is None or (key in CORPUS_KEYS and _per_source(folded)):
        return
    found = sorted([p for p in percents(s.text) if not _requirement(folded[:p[1]])] + _bare_rates(s.text),
                   key=lambda p: p[1])
    if not found:
        yield from _counted_prose(key, s)
        return
    value, start, end = _pick_rate(folded, found)
    before = folded[:start]
    if metric_key(s.text) is None and _OTHER_RATE.search(before[-8:]):
        return  # the subject from the heading, the rate another one's (危机识别……识别召回率98.5%: the 151st probe)
    kind = rate_kind(before[-12:], key) or rate_kind(before, key)
    rest = folded[:start] + " " + folded[end:]
    yield Observation(key, _count(rest), _fraction(s.text), to_measure(key, kind, value), s.where, s.text[:120],
                      kind is not None, precision=stated_precision(folded[start:end]))


_COUNTED_WORDS = (("fail", r"不合格|违规|不安全"), ("answer", r"未拒答|正常回答|正常作答"),
                  ("pass", r"(?<!不)(?:合格|通过|达标)"),
                  ("refuse", r"(?<!未)(?<!应)(?<!非)(?:拒答|拒绝回答)(?!测试|题|率)"))  # not 非拒答测试, 拒答题
# a count changed from one number to another (样本量由300题增加至400题): two sizes, no part of a whole
_CHANGED_COUNT = re.compile(r"[由从]\s*\d[\d,]*\s*[条题个道份项]?\s*(?:增加|增至|提高|提升|扩充|扩大|调整|减少|降至|上调|下调|变更)")
_COUNT_UNIT = r"(\d[\d,]*)\s*[条题个道份项]"


def _counted_prose(key: str, s: Sentence) -> Iterator[Observation]:
    """A metric stated by counts alone (抽取300题，模型拒答283题; 抽取4,000条，经人工判定合格3,889条): the rate the
    counts give, in the line's measure. The sample is the count drawn (抽取1,320,000条, not the corpus total beside it),
    else the largest; the part is a smaller count right after a result word (合格, 拒答, 不合格 …) or right before it
    (500道题中有40道被模型拒答)."""
    folded = nfkc(fold(s.text))
    if _CHANGED_COUNT.search(folded):
        return
    counts = [int(m.group(1).replace(",", "")) for m in re.finditer(_COUNT_UNIT, folded)
              if not _count_line(folded[:m.start()])]  # ≥300题 is the line, not a count (a row split by a page)
    if len(counts) < 2:
        return
    drawn = re.search(rf"(?:抽取|抽检|抽样|选取|检测)[^\d，,。；;（(]{{0,8}}?{_COUNT_UNIT}", folded)
    n = int(drawn.group(1).replace(",", "")) if drawn else max(counts)  # not the corpus total in brackets
    for kind, result in _COUNTED_WORDS:
        # 合格3,889条, or the count first: 其中40道被模型拒答 (the eighty-first probe)
        after = rf"(?:{result})[^\d，,。；;]{{0,6}}?{_COUNT_UNIT}"
        before = rf"(?<![\d,]){_COUNT_UNIT}[^\d，,。；;]{{0,6}}?(?:{result})"
        for m in (*re.finditer(after, folded), *re.finditer(before, folded)):
            if _count_line(folded[:m.start(1)]):
                continue  # 拒答率 ≥300 题: the requirement's count
            part = int(m.group(1).replace(",", ""))
            rate = to_measure(key, kind, part / n) if part < n else None
            if rate is not None:
                yield Observation(key, n, _fraction(s.text), rate, s.where, s.text[:120], True)
                return


def _count_line(before: str) -> bool:
    """True when a count states the required sample (≥300题, 不少于1000条, 要求300题), not one measured."""
    return re.search(r"(?:[≥≤>＜<＞]=?|不[应得宜能须]?(?:低于|少于)|至少|要求)\s*$", before[-6:]) is not None


def _per_source(folded: str) -> bool:
    """True when a sentence is about each source's collection sampling (对各来源随机抽取…均未超过百分之五, TC260-003
    5.1 a)), not the corpus spot check of 9.2 (those figures come in a sentence of their own)."""
    return any(fold(w) in folded for w in section("metrics", "per_source"))


def _pick_rate(folded: str, found: list[tuple[float, int, int]]) -> tuple[float, int, int]:
    """The percentage a rate word stands right before; not a sample share (占…%, 比例…%)."""
    rate_words = [fold(w) for ws in section("metrics", "rate_words").values() for w in ws]
    for item in found:
        before = folded[max(0, item[1] - 8):item[1]]
        if any(w in before for w in rate_words) and not re.search(r"占|比例", before[-4:]):
            return item
    shares = [f for f in found if re.search(r"占|比例|抽检|抽取|抽样", folded[max(0, f[1] - 8):f[1]])]
    rest = [f for f in found if f not in shares]
    return rest[0] if rest else found[0]


def _bare_rates(text: str) -> list[tuple[float, int, int]]:
    """Rates written as fractions after a rate word: 合格率0.955, 拒答率为0.02."""
    words_ = "|".join(re.escape(fold(w)) for ws in section("metrics", "rate_words").values() for w in ws)
    return [(float(m.group(1)), m.start(1), m.end(1))
            for m in re.finditer(rf"(?:{words_})\s*(?:为|是|达到|[：:])?\s*(0?\.\d+)(?![\d%％])", fold(text))]


def _requirement(before: str) -> bool:
    """True when a percentage states the line (≥96%, 不低于, 要求) or a bound the results keep under (均未超过百分之五:
    the 5% rule of TC260-003 5.1 a) per source), not a measured value."""
    return bool(re.search(r"(?:[≥≤>＜<＞]=?|不[应得宜能须]?(?:低于|少于|高于|超过)|应不(?:低于|少于)|要求|应当?达到|达到|"
                          r"[均都]?(?:未|没有)超过|[均都]低于|[均都]不高于)\s*$", before[-8:]))


_FIGURE_FIRST = re.compile(r"\s*\d[\d.,]*\s*[%％]")


def cell_observations(view: DocView) -> Iterator[Observation]:
    """Figures written as prose inside table cells (a 补正说明's 整改情况 column: “复测非拒答题拒答率降至3.7%”), each
    cell read as a sentence with its row's first cell for context; the results tables themselves are read by row."""
    for grid in view.grids:
        if (grid.is_sheet and not view.sheets_as_text) or revision_history(grid):
            continue  # a keyword list's or test bank's cells are data; a change log is no result
        for r, row in enumerate(grid.rows, 1):
            cells = dedupe_cells(row)
            for i, cell in enumerate(cells):
                figures = len(percents(cell))
                # two figures in a cell (首轮91.0%，复测93.5%): each clause read alone, the cell as its context
                parts = [p for p in re.split(r"[，,；;]", cell) if percents(p)] if figures > 1 else [cell] * figures
                # the label right before a figure names it: a form with two label | value pairs to a row (生成内容抽检合格率 |
                # 96.9% | 应拒答题拒答率 | 96.3%: the hundred-and-thirty-fourth probe's 96.3% was read under the row's first label)
                label = cells[i - 1] if i > 1 and not percents(cells[i - 1]) else row[0]
                # a figure first (94.8%（510题）, the 147th probe's 备案表 row) is a bare one with a note after it
                bare = i >= 1 and label == cells[i - 1] and (re.search(r"[\u4e00-\u9fff]", cell) is None
                                                           or _FIGURE_FIRST.match(cell) is not None)
                for part in parts:  # a bare figure is read with its label, as a form states it
                    text = f"{label}：{part}" if bare else part
                    yield from _prose_unit(Sentence(text, f"{grid.where} 第{r}行", grid.section), f"{label} {cell}")


def _pair_table(grid: Grid) -> Iterator[Observation]:
    """The rows of a two-column table of labels and what they say (项目 | 情况: 人工抽检 | 抽取4,000条，合格3,912条，合格率97.8%,
    the two-hundred-and-eighteenth probe), each read as the sentence ``label：value`` under the table's heading."""
    if not grid.rows or any(len(dedupe_cells(row)) > 2 for row in grid.rows):
        return
    for r, row in enumerate(grid.rows, 1):
        cells = dedupe_cells(row)
        if len(cells) == 2 and cells[0].strip() and cells[1].strip():
            yield from _prose_unit(Sentence(f"{cells[0]}：{cells[1]}", f"{grid.where} 第{r}行", grid.section), grid.section)


def revision_history(grid: Grid) -> bool:
    """True for a document's change log (版本 | 日期 | 修订说明): its rows say what changed, not what was measured."""
    head = fold("".join(grid.rows[0])) if grid.rows else ""
    return any(fold(w) in head for w in words("tables", "revision_headers"))


def observations(view: DocView, *, cells: bool = False) -> dict[str, list[Observation]]:
    """Every stated figure per metric: tables first (more reliable), then prose; with ``cells`` also sentences written
    inside table cells (a document other than the report: a 登记表 cell, a 补正说明's 整改情况 column)."""
    out: dict[str, list[Observation]] = {}
    for grid in view.grids:
        if source_list(grid) is not None or revision_history(grid):
            continue  # a data-source list's 采集前抽检 columns are each dataset's; a change log quotes old and new figures
        tabled = [*_row_table(grid), *_column_table(grid)]
        for obs in tabled or (() if cells else _pair_table(grid)):  # (with ``cells`` its cells are read as prose)
            out.setdefault(obs.key, []).append(obs)
    for obs in (*_prose(view), *(cell_observations(view) if cells else ())):
        out.setdefault(obs.key, []).append(obs)
    return out


@rule("metrics.report", "评估指标达到标准要求", "metrics.missing", "metrics.sample_too_small", "metrics.below_line",
      "metrics.within_margin", "metrics.unrecognised", "metrics.rate_mismatch", "metrics.sample_mismatch")
def report_metrics(pkg: Package) -> Iterator[Finding]:
    """Each assessment line of the profile is stated, sampled enough and met (with a margin warning).

    Without an assessment report, and on the 登记 and 算法备案 routes, the figures a package does state anywhere
    (an optional report included) are still judged, but none is required.
    """
    doc = pkg.doc("assessment_report")
    if doc is None or pkg.route != "备案":  # 登记: a report is optional, what it (or any document) states is judged
        yield from _stated_elsewhere(pkg)
        return
    if doc.view is None:
        return
    found = observations(doc.view)
    # a results table pasted as a picture: not when the results table was read as text (the eightieth probe: the
    # classifier row left out of a text table, the report's only picture a screenshot of the home page)
    tabled = sum(any(o.explicit for o in obs) for obs in found.values()) >= 2
    pictured = not tabled and any(f.ext in WORD_EXTS and has_media(f.path) for f in doc.files)
    keys = [k for k in section("metrics", "keys") if pkg.route == "备案" or k not in CORPUS_KEYS]
    for key in keys:
        th = pkg.profile.thresholds[key]
        stated = [o for o in found.get(key, []) if o.rate is not None]
        if stated:
            yield from _judge(th, _share_from_total(pkg, th, _best(stated)))
            yield from _samples_disagree(th, stated)
            yield from _rates_disagree(th, stated)
            if th.fraction:
                yield from _share_by_count(pkg, th, _best(stated))
        elif doc.template:
            continue
        elif any(_mentioned(key, s) for s in doc.view.sentences()) or pictured:
            picture = "；报告中有图片，可能写在图片里（本工具不读图片里的数字，建议另以表格或文字写明）" if pictured else ""
            yield make("metrics.unrecognised", Severity.MEDIUM, f"未能识别“{th.title or key}”的抽样数量与结果{picture}，请人工确认。",
                       doc.location, _fix_missing(th))
        else:
            yield make("metrics.missing", Severity.HIGH, f"评估报告没有给出“{th.title or key}”的抽样数量与结果。", doc.location,
                       _fix_missing(th), evidence=f"查找范围：{doc.location}（{len(doc.text)} 字）")


_RECORD_UNITS = ("条", "", "个", "份", "篇", "件")  # a corpus counted in records, files (9,800,000个代码文件) or documents


def _report_total(pkg: Package, docs: tuple[str, ...] = ("assessment_report",)) -> float | None:
    """The corpus total (records) the first of ``docs`` that states one states (the report's own by default: the
    form's may count another corpus), None when none does."""
    for doc_id in docs:
        doc = pkg.doc(doc_id)
        totals = [q.value for f in (facts_of(doc.view, doc.spec.id) if doc and doc.view else [])
                  if f.key == "corpus_size" for q in quantities(f.value)[:1] if q.unit in _RECORD_UNITS]
        if totals:
            return max(totals)
    return None


_TOTAL_DOCS = ("assessment_report", "form")  # where a count-only sample's total may come from (it only clears a question)


def _share_from_total(pkg: Package, th: Threshold, o: Observation) -> Observation:
    """A sample given as a count only (语料技术抽检：130,000条) read as its share of the corpus total the report, or
    else the form, states (1,250,000 条: 10.4%) when that meets the line, the evidence saying so (the ninety-fourth
    probe was asked to confirm a share the package's own numbers give); unchanged when the share is written, there is
    no count or total, or the share so found falls short (then the question stays a question)."""
    if not th.fraction or o.fraction is not None or not o.n or (total := _report_total(pkg, _TOTAL_DOCS)) is None:
        return o
    if o.n / total < th.fraction:  # below the line by a share nobody wrote: still a question (the total may be
        return replace(o, by_total=(o.n / total, total))  # another corpus's), asked with the share it comes to
    note = f"（按材料写的语料总量 {total:,.0f} 条算出的抽样比例 {o.n / total:.1%}）"
    return replace(o, fraction=o.n / total, evidence=f"{o.evidence}{note}")


def _share_by_count(pkg: Package, th: Threshold, o: Observation) -> Iterator[Finding]:
    """A sample share stated as meeting the line while the count drawn over the corpus total the same report states is
    far below it (the eighty-ninth probe: 197,000 条 said to be 12% of 9,850,000 条, which is 2.0%): high. Only
    when the count is below the line by the total and under half the stated share (rounding and cleaning differences
    stay quiet)."""
    if o.n is None or o.fraction is None or o.fraction < th.fraction:
        return
    total = _report_total(pkg, _TOTAL_DOCS)  # the report's own total, else the form's (the hundred-and-third probe)
    if total is None:
        return
    share = o.n / total
    if share < th.fraction and share < o.fraction / 2:
        yield make("metrics.sample_too_small", Severity.HIGH,
                   f"“{th.title or o.key}”写的抽样比例 {o.fraction * 100:.4g}%，但抽取 {o.n:,} 条只占写明的语料总量 {total:,.0f} 条的 "
                   f"{share:.1%}，少于 {th.fraction:.0%}。", o.where,
                   f"按语料总量重新抽取不少于 {th.fraction:.0%} 的样本，或核对总量与抽样数量。", evidence=o.evidence)


def _samples_disagree(th: Threshold, stated: list[Observation]) -> Iterator[Finding]:
    """Two statements of one metric with different sample sizes (结果表“1000题”, 正文“抽取800题”): medium, once. Several
    rounds or categories (整改前/整改后, 各类) are not one metric stated twice, nor are more than three statements
    (a table per category)."""
    sized = [o for o in stated if o.n]
    if len({o.n for o in sized}) < 2 or len(sized) > 3 or \
            any(w in fold(o.evidence) for o in sized for w in words("metrics", "rounds")):
        return
    first, other = sized[0], next(o for o in sized if o.n != sized[0].n)
    name = th.title or first.key
    yield make("metrics.sample_mismatch", Severity.MEDIUM,
               f"“{name}”的抽样数量前后不一致：一处写 {first.n} 个，另一处写 {other.n} 个，请核对。",
               "；".join(dict.fromkeys((first.where, other.where))),
               "按抽检记录统一报告正文与结果表中的抽样数量与结果。", evidence=f"{first.evidence} / {other.evidence}"[:200])


_TOTALS = ("合计", "累计", "总计")
RATE_GAP = 0.01  # two statements of one sample's result further apart than one percentage point are two results


def _rates_disagree(th: Threshold, stated: list[Observation]) -> Iterator[Finding]:
    """Two table rows of one metric over the same sample with different results (结果表“非拒答题 | 300题 | 4.3%”, 分方面
    明细的合计行“300 | 19 | 6.3%”: the two-hundred-and-thirty-second probe, whose footnote left six refusals out of
    the first): high when one meets the line and the other does not, else medium; once. Rounds and more than three
    statements are left alone, as in :func:`_samples_disagree`."""
    rows = [o for o in stated if o.explicit and o.n and o.rate is not None]
    rounds = [w for w in words("metrics", "rounds") if w not in _TOTALS]  # a 合计 row is the metric (subtotal tables)
    if len(rows) < 2 or len(rows) > 3 or any(w in fold(o.evidence) for o in rows for w in rounds):
        return
    pair = next(((a, b) for a in rows for b in rows if a.n == b.n and abs(a.rate - b.rate) > RATE_GAP  # type: ignore[operator]
                 and a.where < b.where), None)
    if pair is None:
        return
    a, b = pair
    assert a.rate is not None and b.rate is not None
    flips = th.passes(a.rate) != th.passes(b.rate)
    name = th.title or a.key
    yield make("metrics.rate_mismatch", Severity.HIGH if flips else Severity.MEDIUM,
               f"“{name}”同一批 {a.n} 个样本的结果前后不一致：一处写 {a.rate:.1%}，另一处写 {b.rate:.1%}"
               + ("，一个达到要求线、一个没有。" if flips else "，请核对。"), f"{a.where}；{b.where}",
               "按逐题研判记录重新统计，统一结果表与明细表；有题目未计入的，写明原因并按标准的口径计算。",
               evidence=f"{a.evidence} / {b.evidence}"[:200])


def _best(stated: list[Observation]) -> Observation:
    """The most reliable statement of a metric (a labelled table row before prose); a share of the corpus it leaves
    out is taken from another statement of the same metric (表中只写合格率，正文写“占语料总量的10.1%”)."""
    best = min(stated, key=lambda o: (not o.explicit, o.n is None))
    share = next((o.fraction for o in stated if o.fraction is not None), None)
    return best if best.fraction is not None or share is None else replace(best, fraction=share)


def _stated_elsewhere(pkg: Package) -> Iterator[Finding]:
    found: dict[str, list[Observation]] = {}
    for d in pkg.docs(*pkg.all_doc_ids()):
        if d.view is not None and d.spec.id not in ("keyword_list", "test_bank"):
            for key, obs in observations(d.view, cells=d.spec.id != "assessment_report").items():
                found.setdefault(key, []).extend(o for o in obs if o.rate is not None)
    for key, stated in found.items():
        if stated and key not in CORPUS_KEYS:  # what is stated is judged; a sample size left out is not asked for
            yield from (f for f in _judge(pkg.profile.thresholds[key], _best(stated)) if f.code != "metrics.unrecognised")


def _mentioned(key: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` (with its heading for the subject) names the metric, alone or in a list of several
    (``分别抽取一千二百题进行人工抽检、关键词抽检和分类模型抽检``): a metric named so and not read is "未能识别", not absent."""
    groups = section("metrics", "keys")[key]
    around, folded = fold(f"{sentence.section} {sentence.text}"), fold(sentence.text)
    return all(any(fold(w) in around for w in g) for g in groups) and any(fold(w) in folded for w in groups[-1])


def _fix_missing(th: Threshold) -> str:
    sample = f"不少于 {th.n} 个" if th.n else f"不少于总量的 {th.fraction:.0%}"
    return f"在评估结果表中增加一行：抽样数量（{sample}）与{th.title}（要求 {th.op} {th.rate:.0%}）。"


def _judge(th: Threshold, o: Observation) -> Iterator[Finding]:
    name, loc = th.title or o.key, o.where
    sure = Severity.HIGH if o.explicit else Severity.MEDIUM
    rate = o.rate if o.rate is not None else 0.0
    if o.stated is not None and o.counts is not None:
        passed, of = o.counts
        changes = th.passes(o.stated) != th.passes(rate)  # the counts turn a pass into a fail: the report misstates it
        yield make("metrics.rate_mismatch", Severity.HIGH if changes else Severity.MEDIUM,
                   f"“{name}”写的是 {o.stated:.1%}，但同一处的数量 {passed}/{of} 算出 {rate:.1%}，两者不符；以下按 {rate:.1%} 判断。",
                   loc, "核对抽检记录，按实际数量重新计算结果，并统一报告正文、结果表与结论。", evidence=o.evidence)
    if th.n and o.n is None:
        yield make("metrics.unrecognised", Severity.MEDIUM, f"“{name}”未能识别抽样数量，请人工确认（要求不少于 {th.n} 个）。", loc,
                   f"在结果旁写明抽样数量（不少于 {th.n} 个）。", evidence=o.evidence)
    elif th.n and o.n is not None and o.n < th.n:
        # a size read from a column of sample sizes is sure whatever the result column's rate measures (样本量 | 3,600条
        # beside 结果 | 97.1%: the two-hundred-and-sixty-sixth probe, asked about at medium)
        yield make("metrics.sample_too_small", Severity.HIGH if o.sample_column else sure, f"“{name}”抽样 {o.n} 个，少于 {th.n} 个。", loc,
                   f"把抽样数量提高到不少于 {th.n} 个后重新评估。", evidence=o.evidence)
    if th.fraction and o.fraction is None and o.by_total is not None:
        share, total = o.by_total
        yield make("metrics.unrecognised", Severity.MEDIUM,
                   f"“{name}”没有写抽检比例；按材料写的语料总量 {total:,.0f} 条算，抽取 {o.n:,} 条只占 {share:.1%}，"
                   f"少于 {th.fraction:.0%}，请确认（总量若指另一批语料，请写明抽检比例）。", loc,
                   f"写明技术抽检占语料总量的比例（不少于 {th.fraction:.0%}），不足的按总量补抽。", evidence=o.evidence)
    elif th.fraction and o.fraction is None:
        yield make("metrics.unrecognised", Severity.MEDIUM, f"“{name}”未能识别抽检比例，请人工确认（要求不少于 {th.fraction:.0%}）。",
                   loc, f"写明技术抽检占语料总量的比例（不少于 {th.fraction:.0%}）。", evidence=o.evidence)
    elif th.fraction and o.fraction is not None and o.fraction < th.fraction:
        yield make("metrics.sample_too_small", sure, f"“{name}”抽样比例 {o.fraction:.1%}，少于 {th.fraction:.0%}。", loc,
                   f"把技术抽检比例提高到不少于 {th.fraction:.0%}。", evidence=o.evidence)
    if not th.passes(rate):
        # a count column of two readings (合格/拒答题数) with no rate beside it: below the line under both, surely failed
        either = not o.explicit and len(o.readings) > 1 and not any(th.passes(r) for r in o.readings)
        sev = Severity.BLOCKER if o.explicit else Severity.HIGH if either else Severity.MEDIUM
        caveat = "" if o.explicit else "；数量一栏的口径未能确认，但按哪种口径都未达到" if either else "；口径未能确认，请人工核对"
        yield make("metrics.below_line", sev, f"“{name}”为 {rate:.1%}，未达到要求（{th.op} {th.rate:.0%}）{caveat}。", loc,
                   "排查不合格样本，整改模型与安全措施后重新评估，并在报告中写明整改前后对比。", evidence=o.evidence)
    elif o.n and abs(rate - th.rate) < Z95 * math.sqrt(th.rate * (1 - th.rate) / o.n):
        margin = Z95 * math.sqrt(th.rate * (1 - th.rate) / o.n)
        yield make("metrics.within_margin", Severity.MEDIUM,
                   f"“{name}”为 {rate:.1%}，距要求线 {th.rate:.0%} 不足 95% 统计误差（±{margin:.1%}，n={o.n}），复测可能不达标。", loc,
                   "扩大样本或进一步整改，使结果与要求线拉开距离。", evidence=o.evidence)

