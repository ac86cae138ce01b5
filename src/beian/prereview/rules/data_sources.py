"""data_sources: every dataset of the 数据溯源清单 is fully and concretely described."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from beian.findings import Finding, Severity
from beian.prereview.model import Package
from beian.prereview.rules.base import find_any, make, rule

COLUMNS: dict[str, tuple[str, ...]] = {
    "名称": ("数据集名称", "语料名称", "数据集", "名称"),
    "来源类型": ("来源类型", "类型"),
    "获取方式": ("获取方式", "采集方式"),
    "授权依据": ("许可", "授权依据", "合同", "授权"),
    "采集时间": ("采集时间", "采集期间", "时间范围"),
    "robots/授权审查": ("robots", "爬虫协议"),
    "个人信息处理": ("脱敏", "个人信息", "同意"),
    "清洗步骤": ("清洗",),
    "规模": ("规模", "数量", "条数"),
    "语言": ("语言", "语种"),
    "采集前抽检": ("采集前",),
    "采集后抽检": ("采集后",),
}
VAGUE = ("公开数据集", "互联网公开数据", "网络公开数据", "公开渠道", "来源于网络", "网上收集", "若干", "等等", "其他来源")
NON_COMMERCIAL = ("CC BY-NC", "CC-BY-NC", "BY-NC", "非商业", "non-commercial", "noncommercial", "仅限研究", "research only",
                  "research-only", "仅供研究")
CRAWL = ("爬取", "爬虫", "网页采集", "自行采集")
PERSONAL = ("用户", "个人信息", "对话日志")
NEGATIVE = ("", "无", "否", "未", "未审查", "/", "-", "—")
SHARE = re.compile(r"占比\s*([\d.]+)\s*%")


@dataclass
class SourceTable:
    """The located data-source table: where, its column map and data rows."""

    where: str
    cols: dict[str, int]
    rows: list[tuple[int, list[str]]]


def _header_map(header: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for key, words in COLUMNS.items():
        for i, cell in enumerate(header):
            if i not in cols.values() and find_any(cell, words):
                cols[key] = i
                break
    return cols


def find_table(pkg: Package) -> SourceTable | None:
    """The data-source list: the 数据溯源清单 sheet or a matching table of the report."""
    candidates: list[tuple[str, list[list[str]]]] = []
    doc = pkg.doc("data_sources")
    if doc and doc.primary:
        c = doc.primary
        candidates += [(f"{c.file.rel} 工作表“{n}”", rows) for n, rows in c.sheets.items()]
        candidates += [(f"{c.file.rel} 表{i}", t) for i, t in enumerate(c.tables, 1)]
    report = pkg.doc("assessment_report")
    if report and report.primary:
        candidates += [(f"{report.primary.file.rel} 表{i}", t) for i, t in enumerate(report.primary.tables, 1)]
    for where, rows in candidates:
        for h, header in enumerate(rows[:5]):
            cols = _header_map(header)
            if "名称" in cols and len(cols) >= 4:
                data = [(h + 2 + i, r) for i, r in enumerate(rows[h + 1:]) if any(c.strip() for c in r)]
                return SourceTable(where, cols, data)
    return None


def _get(row: list[str], cols: dict[str, int], key: str) -> str:
    i = cols.get(key)
    return row[i].strip() if i is not None and i < len(row) else ""


@rule("data_sources.list", "数据溯源清单逐项完整", "data_sources.no_table", "data_sources.missing_column",
      "data_sources.no_datasets", "data_sources.empty_field")
def completeness(pkg: Package) -> Iterator[Finding]:
    """The list exists, has all columns and every dataset fills every column."""
    if pkg.route != "备案":
        return
    table = find_table(pkg)
    if table is None:
        if pkg.doc("data_sources"):
            yield make("data_sources.no_table", Severity.HIGH, "数据溯源清单中找不到数据集表格（需要“数据集名称”等表头）。",
                       pkg.documents["data_sources"].location, "使用 beian init 生成的数据溯源清单模板，逐个数据集填写。")
        return
    for key in COLUMNS:
        if key not in table.cols:
            yield make("data_sources.missing_column", Severity.HIGH, f"数据溯源清单缺少“{key}”列。", table.where,
                       f"增加“{key}”列并为每个数据集填写。")
    if not table.rows:
        yield make("data_sources.no_datasets", Severity.HIGH, "数据溯源清单没有任何数据集。", table.where,
                   "每个训练数据集填一行：名称、来源类型、获取方式、授权依据、采集时间、规模、语言、抽检结果等。")
    for r, row in table.rows:
        name = _get(row, table.cols, "名称") or f"第{r}行"
        empty = [k for k in table.cols if k != "robots/授权审查" and k != "个人信息处理" and not _get(row, table.cols, k)]
        if empty:
            yield make("data_sources.empty_field", Severity.HIGH, f"数据集“{name}”未填写：{'、'.join(empty)}。",
                       f"{table.where} 第{r}行", "逐项补齐；无法提供的，写明原因而不是留空。")


@rule("data_sources.quality", "数据来源具体、授权可商用、抽检达标", "data_sources.vague", "data_sources.nc_licence",
      "data_sources.crawl_no_robots", "data_sources.pi_no_basis", "data_sources.sampling")
def quality(pkg: Package) -> Iterator[Finding]:
    """Vague sources, non-commercial licences, crawling without robots review, PI basis, 5% sampling."""
    table = find_table(pkg) if pkg.route == "备案" else None
    if table is None:
        return
    limit = pkg.profile.thresholds["source_illegal_share"]
    for r, row in table.rows:
        yield from _row_quality(table, r, row, limit.rate)


def _row_quality(table: SourceTable, r: int, row: list[str], limit: float) -> Iterator[Finding]:
    loc = f"{table.where} 第{r}行"

    def get(key: str) -> str:
        return _get(row, table.cols, key)

    name = get("名称") or f"第{r}行"
    for key in ("名称", "来源类型", "获取方式", "授权依据"):
        m = find_any(get(key), VAGUE)
        if m:
            yield make("data_sources.vague", Severity.HIGH, f"数据集“{name}”的{key}表述笼统（“{m.group()}”）。", loc,
                       "写明具体数据集名称、发布方/网址或供应商、版本与获取日期，例如“Wikipedia 中文版 2024-03 转储（dumps.wikimedia.org）”。",
                       evidence=get(key)[:60])
    m = find_any(get("授权依据"), NON_COMMERCIAL)
    if m:
        yield make("data_sources.nc_licence", Severity.HIGH, f"数据集“{name}”的许可禁止商业使用（{m.group()}），不能用于对外服务。",
                   loc, "更换为允许商用的数据集，或取得权利人的商用授权并在清单中注明合同编号。", evidence=get("授权依据")[:60])
    if find_any(get("获取方式"), CRAWL) and get("robots/授权审查") in NEGATIVE:
        yield make("data_sources.crawl_no_robots", Severity.HIGH, f"数据集“{name}”为网络爬取，但没有 robots 协议/授权审查记录。",
                   loc, "写明采集前对目标网站 robots 协议与用户协议的审查结论，并附审查记录。")
    if find_any(get("来源类型") + get("名称"), PERSONAL) and get("个人信息处理") in NEGATIVE:
        yield make("data_sources.pi_no_basis", Severity.HIGH, f"数据集“{name}”含用户或个人信息，但未写明同意依据与脱敏措施。",
                   loc, "写明取得个人信息主体同意（或其他合法性基础）的方式，以及去标识化/脱敏措施。")
    yield from _sampling(name, loc, get("采集前抽检"), get("采集后抽检"), limit)


def _sampling(name: str, loc: str, before: str, after: str, limit: float) -> Iterator[Finding]:
    for label, cell in (("采集前", before), ("采集后", after)):
        if not cell:
            continue
        m = SHARE.search(cell)
        if m is None:
            yield make("data_sources.sampling", Severity.HIGH, f"数据集“{name}”的{label}抽检没有给出违法不良信息占比。", loc,
                       "按“随机抽检 5%，违法不良信息占比 x.x%”的格式写明抽检数量与结果。", evidence=cell[:60])
        elif float(m.group(1)) / 100 > limit:
            yield make("data_sources.sampling", Severity.BLOCKER,
                       f"数据集“{name}”{label}抽检违法不良信息占比 {m.group(1)}%，超过 {limit:.0%}，该来源不应使用。", loc,
                       "停用该来源，或清洗后重新抽检至不超过限值。", evidence=cell[:60])


@rule("data_sources.languages", "各语种语料来源多样", "data_sources.single_source_language")
def languages(pkg: Package) -> Iterator[Finding]:
    """A language served by one dataset only (source diversity, §5.1)."""
    table = find_table(pkg) if pkg.route == "备案" else None
    if table is None or "语言" not in table.cols:
        return
    by_lang: dict[str, set[str]] = defaultdict(set)
    for r, row in table.rows:
        for lang in re.split(r"[、,，/;；\s]+", _get(row, table.cols, "语言")):
            if lang:
                by_lang[lang].add(_get(row, table.cols, "名称") or str(r))
    for lang, names in sorted(by_lang.items()):
        if len(names) == 1:
            yield make("data_sources.single_source_language", Severity.MEDIUM, f"“{lang}”语料只有一个来源（{next(iter(names))}）。",
                       table.where, f"为“{lang}”语料增加至少一个不同来源，提高来源多样性。")
