"""data_sources: every dataset of the 数据溯源清单 is fully and concretely described.

The list is found by its header (column synonyms in ``standard/vocabulary.yaml`` under
``tables.data_sources``) in the 数据溯源清单 file or in a report table; title rows, sub-headers,
merged cells and total / notes rows are handled by :func:`~beian.prereview.docmodel.read_records`.
A list that cannot be recognised is said at medium ("请人工确认"), never guessed at high.
The personal-information cells are read, not only tested for emptiness: an admitted lack of consent, a statement that
the data holds PI, or de-identification alone, with no consent or other legal basis named, is high (TC260-003 5.2 c)).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from beian.findings import Finding, Severity
from beian.prereview.docmodel import ROW_NUMBER, DocView, Grid, Record, Records, read_records
from beian.prereview.facts import facts_of, source_file
from beian.prereview.model import Package
from beian.prereview.numbers import dates, nfkc, percents
from beian.prereview.rules.base import excerpt, make, rule
from beian.prereview.vocab import compiled, fold, section, words

OPTIONAL = ("robots/授权审查", "个人信息处理", "违法不良占比", "境内外")
STANDS_IN = {"获取方式": "来源类型"}  # a list with 来源类型 (开源/自采/商业) says how each dataset was obtained
FALLBACK = frozenset({"违法不良占比", "名称"})


def _synonyms() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in section("tables", "data_sources").items()}


def source_list(grid: Grid) -> Records | None:
    """``grid`` read as a data-source list (one dataset per row, the core columns), or None."""
    core = tuple(section("tables", "data_sources_core"))
    return read_records(grid, _synonyms(), need=("名称",), min_columns=len(core), fallback=FALLBACK)


def find_table(pkg: Package) -> Records | None:
    """The data-source list: the 数据溯源清单's table or sheet, else a matching report table. The material's primary file
    is read first, then its other files (a workbook beside the Word file that explains it); in the first file that
    holds one, several sheets or tables with the same columns are one list (预训练 / 微调 / 人工标注 / 合成数据), and a
    signed PDF of the same list is not read again."""
    for doc in pkg.docs("data_sources", "assessment_report"):
        for view in doc.views:
            tables = [t for g in view.grids if (t := source_list(g)) is not None]
            if tables:
                best = max(tables, key=lambda t: len(t.columns))
                return best.joined([t for t in tables if t is not best and t.columns == best.columns])
    return None


@rule("data_sources.list", "数据溯源清单逐项完整", "data_sources.no_table", "data_sources.missing_column",
      "data_sources.no_datasets", "data_sources.empty_field")
def completeness(pkg: Package) -> Iterator[Finding]:
    """The list exists, has the columns and every dataset fills every column."""
    if pkg.route != "备案" or pkg.blind("data_sources", "assessment_report"):
        return
    table = find_table(pkg)
    if table is None:
        doc = pkg.doc("data_sources")
        if doc is not None:
            yield make("data_sources.no_table", Severity.MEDIUM, "未能识别数据溯源清单中的数据集表格，请人工确认。",
                       doc.location, "表头写明“数据集名称 / 来源类型 / 获取方式 / 授权依据 / 采集时间 / 规模 …”，每个数据集一行。",
                       evidence=f"查找范围：{doc.location} 的全部表格与工作表")
        return
    missing = [k for k in _synonyms() if k not in table.columns and k not in OPTIONAL
               and not (k.startswith("采集") and "违法不良占比" in table.columns)
               and STANDS_IN.get(k) not in table.columns]
    if "来源类型" in missing and _kinds_written(table):
        missing.remove("来源类型")
        yield make("data_sources.missing_column", Severity.LOW,
                   "数据溯源清单没有单列“来源类型”，但每个数据集的获取方式或授权依据已写明来源（如“内部导出”“网站下载”"
                   "“采购”）；建议按开源、自采、商业、合成等单列一列，方便审核逐项核对。", table.where,
                   "增加“来源类型”一列（开源 / 自采 / 商业 / 合成 / 用户数据），与获取方式、授权依据对应。",
                   evidence="表头：" + " | ".join(dict.fromkeys(c for c in table.header if c))[:200])
    if missing:
        unread = _list_unread(pkg, table)
        unlicensed = "授权依据" in missing and not _licence_anywhere(table) and not unread
        yield make("data_sources.missing_column", Severity.HIGH if unlicensed else Severity.MEDIUM,
                   (f"《{unread}》中未能识别出数据集表格（请确认其表格可读），评估报告里的表" if unread else "数据溯源清单")
                   + f"未识别到这些列：{'、'.join(missing)}" + (
                       "；表中也没有一处写许可证、协议或合同，每个数据集的授权依据都没有交代。" if unlicensed else "，请人工确认。"),
                   table.where, "增加这些列并为每个数据集填写；信息写在其他列中的，可在表头中写明。",
                   evidence="表头：" + " | ".join(dict.fromkeys(c for c in table.header if c))[:200])
    if not table.records:
        yield make("data_sources.no_datasets", Severity.HIGH, "数据溯源清单没有任何数据集。", table.where,
                   "每个训练数据集填一行：名称、来源类型、获取方式、授权依据、采集时间、规模、语言、抽检结果等。")
    for rec in table.records:
        if rec.get("名称"):
            yield from _empty_fields(table, rec)


ALGO_TRAINING_DOCS = ("algo_self_assessment", "algo_responsibility", "algo_disclosure")


def _algorithm_training_data(pkg: Package) -> Iterator[Finding]:
    """An algorithm filing's table of training data (数据类别 | 来源 | 规模 | 授权方式 | 处理方式) whose biometric rows rest
    on an agreement's consent (the two-hundred-and-forty-seventh probe's dating avatars: voice recordings “用户注册时勾选
    同意《用户服务协议》，视为授权……提取声纹特征”). The route has no 数据溯源清单, so only this is asked of such a table."""
    for doc in pkg.docs(*ALGO_TRAINING_DOCS):
        for view in doc.views:
            for grid in view.grids:
                table = read_records(grid, _synonyms(), need=("授权依据",), min_columns=2)
                for rec in table.records if table is not None else []:
                    consent = "；".join([rec.get("授权依据"), *_notes(" ".join(rec.cells), grid, view)])
                    where = f"{grid.where} 第{rec.row}行"
                    if biometrics_by_agreement(" ".join(rec.cells), consent):
                        yield _biometric_finding(rec.cells[0], consent, where)
                    elif _faces_unauthorised(" ".join(rec.cells), consent):
                        yield _unauthorised_likeness(rec.cells[0], " ".join(rec.cells), consent, where)


_VOICE = re.compile(r"人声|嗓音|歌声|干声|声纹|音色|声音")


def _unauthorised_likeness(name: str, row: str, consent: str, where: str) -> Finding:
    """High: a row of faces or voices whose basis says no authorisation was obtained; the law named for what it holds."""
    if _VOICE.search(fold(row)) and not re.search(r"人脸|面部|肖像|人像", fold(row)):
        what = ("含人声、声纹等（声纹是敏感个人信息；自然人的声音参照肖像权保护，民法典第一千零二十三条），依据写明没有取得授权",
                "使用他人的声音须经本人同意，处理声纹须单独同意（个人信息保护法第二十九条）")
    else:
        what = ("含人脸、肖像等（敏感个人信息，也涉及肖像权），依据写明没有取得授权",
                "使用他人肖像须经本人同意（民法典第一千零一十九条），处理人脸信息须单独同意（个人信息保护法第二十九条）")
    return make("data_sources.pi_no_basis", Severity.HIGH, f"数据“{name}”{what[0]}（“{consent[:50]}”）：{what[1]}，"
                "“合理使用”不适用于训练与生成，审核会退回。", where, _PI_FIX, evidence=consent[:80])


def _commercial_grant(licence: str) -> bool:
    """Whether the licence cell names a grant of commercial use (商业使用书面授权), not a non-commercial one
    (IFRS Foundation 非商业使用许可: the 非 before the words turns them round)."""
    return any(m.start() == 0 or licence[m.start() - 1] != "非"
               for m in compiled("data_sources", "commercial_grant").finditer(licence))


# a licence that leaves a part out (2019年以前的来稿未作上述约定，作者书面授权正在陆续补签，已补签约六成: the
# two-hundred-and-fiftieth probe's manuscripts), not a part set aside (未取得授权的已剔除)
_LICENCE_GAP = re.compile(r"(?:未作|未取得|未获得?|未经|未签署?|没有取得|尚未取得|尚未签署?)[^。；;，,]{0,8}?(?:约定|授权|许可)"
                          r"|(?:正在|陆续|尚在|仍在|待)[^。；;，,]{0,6}?(?:补签|补办|签署|取得|办理)"
                          # 《数据合作意向书》（正式授权协议另行签署）: the two-hundred-and-sixty-third probe
                          r"|另行签(?:署|订)|意向书")
_SET_ASIDE = re.compile(r"剔除|删除|不使用|未使用|不纳入|不予使用|排除|不用于|未用于"
                        r"|(?:授权|许可|同意)[^。；;，,]{0,3}(?:不得|禁止|严禁|不可)")  # 未经许可不得转载: a licence's own term
_NOTE_MARK = re.compile(r"[※＊*△▲†‡①②③④⑤⑥⑦⑧⑨¹²³⁴⁵⁶⁷⁸⁹]|注\s*\d")


def _licence_gap(cell: str, table: Records) -> str | None:
    """The clause of a licence cell, or of the note its mark points to (《投稿须知》约定※ / ※注：……), saying a part of
    the data has no licence yet; None when it says none or sets that part aside."""
    for text in [cell, *_notes(cell, table.grid)]:
        for clause in re.split(r"[。；;]", text):
            if _LICENCE_GAP.search(clause) and not _SET_ASIDE.search(clause):
                return clause.strip()
    return None


_SEE_NOTE = re.compile(r"见注|详见注|见下注|见表注|见脚注")


def _notes(text: str, grid: Grid, view: DocView | None = None) -> list[str]:
    """The notes a cell or row points to: rows of its own table beginning with its mark (※注：……), and, given the
    document's ``view``, the paragraphs outside tables that begin with a note mark or 注 when the text has a mark or
    says 见注 (* 注：……本人口头同意: the two-hundred-and-fifty-fourth probe's note under an algorithm filing's table)."""
    mark = _NOTE_MARK.search(text)
    rows = [c for row in grid.rows for c in _row_lead(row) if mark is not None and (
        c.strip().lstrip("注：: ").startswith(mark.group()) or c.strip().startswith(f"{mark.group()}注"))]
    if view is None or not (mark or _SEE_NOTE.search(text)):
        return rows
    return rows + [s.text for s in view.sentences() if not s.in_table and _NOTE_START.match(s.text)]


_NOTE_START = re.compile(r"\s*(?:[*＊※†‡]|注\s*\d?\s*[:：])")


def _row_lead(row: list[str]) -> list[str]:
    """A row's first cell, or its second after a bare row number (5 | ¹ 注：……: the 266th probe's footnote row)."""
    filled = [c for c in row if c.strip()]
    if len(filled) >= 2 and ROW_NUMBER.fullmatch(filled[0].strip()):
        return filled[1:2]
    return row[:1]


def _faces_unauthorised(row: str, consent: str) -> bool:
    """Whether a row of faces or portraits says no authorisation was obtained (依合理使用原则未单独取得肖像授权: the
    two-hundred-and-fifty-first probe's face-swap templates of 140 public figures)."""
    said = fold(consent)
    return compiled("data_sources", "sensitive_kinds").search(fold(row)) is not None and (
        read_pi_statement([consent]).negated or "合理使用" in said)


def _kinds_written(table: Records) -> bool:
    """Every dataset's row says in other columns what kind of source it is (内部导出 | 本公司自有, 网络爬虫采集,
    采购合同): a list without a 来源类型 column that still answers it (the hundred-and-eighty-second probe)."""
    kinds = compiled("data_sources", "kind_words")
    rows = [r for r in table.records if r.get("名称")]
    return bool(rows) and all(kinds.search(fold(" ".join((r.get("获取方式"), r.get("授权依据"))))) for r in rows)


def _list_unread(pkg: Package, table: Records) -> str:
    """The 数据溯源清单's file name when the package has one but the list was read from the report's table instead (the
    hundred-and-forty-eighth probe: a 13-column list exported to PDF over two pages, the report's four-column summary
    judged as the list); empty otherwise."""
    doc = pkg.doc("data_sources")
    if doc is None or any(f.rel in table.where for f in doc.files):
        return ""
    return doc.files[0].rel if doc.files else doc.spec.name


# what a licence written in another column looks like (CC BY 4.0 in 备注, 采购合同编号 in 获取方式)
_LICENCE_WORDS = re.compile(r"许可|授权|协议|合同|版权|license|licence|cc[- ]?by|cc0|mit|apache|gpl|bsd|odc|公有领域|公共领域",
                            re.IGNORECASE)


def _licence_anywhere(table: Records) -> bool:
    """Whether any cell of the list names a licence, an agreement or a contract (the licence column missing from the
    header but written elsewhere is a doubt; written nowhere, the seventy-seventh probe, it is the basis missing)."""
    return any(_LICENCE_WORDS.search(fold(c)) for rec in table.records for c in rec.cells)


_DASH = re.compile(r"[\s\-－—–―─/／、.。]*")
SAMPLING_COLUMNS = ("采集前抽检", "采集后抽检", "违法不良占比")  # a dash there is judged by the sampling check


def _empty_fields(table: Records, rec: Record) -> Iterator[Finding]:
    """Required cells left blank (high), or holding only a dash (medium: “—” may mean 不适用 without its reason, or a
    ditto mark a reviewer will not read as one)."""
    name, loc = rec.get("名称"), table.at(rec)
    required = [k for k in table.columns if k not in OPTIONAL]
    empty = [k for k in required if not rec.get(k)]
    dashed = [k for k in required if k not in SAMPLING_COLUMNS and rec.get(k) and _DASH.fullmatch(rec.get(k))]
    dashed += ["个人信息处理"] if _pi_unsaid(table, rec) else []
    if empty:
        yield make("data_sources.empty_field", Severity.HIGH, f"数据集“{name}”未填写：{'、'.join(empty)}。", loc,
                   "逐项补齐；无法提供的，写明原因而不是留空。")
    if dashed:
        yield make("data_sources.empty_field", Severity.MEDIUM,
                   f"数据集“{name}”的{'、'.join(dashed)}{_shown(rec, dashed[0])}，审核时按未填写看待，请确认。", loc,
                   "写明内容；确实不适用的，写“不适用”并说明原因（如“自行编写，不涉及采集”），不要只写横线。",
                   evidence=f"{dashed[0]}：{rec.get(dashed[0]).strip() or '空白'}")


def _shown(rec: Record, key: str) -> str:
    cell = rec.get(key).strip()
    return f"只写了“{cell}”" if cell else "为空白"


def _pi_unsaid(table: Records, rec: Record) -> bool:
    """The personal-information cells of a dataset not of users or persons are blank or a dash: whether it holds
    personal information, and how it was handled, is not said (a personal dataset's blank is the PI check's, high)."""
    columns = _pi_columns(table)
    cells = [rec.cells[i].strip() if i < len(rec.cells) else "" for i in columns]
    personal = compiled("data_sources", "personal").search(fold(rec.get("来源类型") + rec.get("名称")))
    return bool(columns) and not personal and all(not c or _DASH.fullmatch(c) for c in cells)


@rule("data_sources.quality", "数据来源具体、授权可商用、抽检达标", "data_sources.vague", "data_sources.nc_licence",
      "data_sources.crawl_no_robots", "data_sources.pi_no_basis", "data_sources.sampling", "data_sources.no_contract",
      "data_sources.synthetic_foreign", "data_sources.unlicensed")
def quality(pkg: Package) -> Iterator[Finding]:
    """Vague sources, non-commercial licences, crawling without robots review, PI basis, the 5 % rule."""
    if pkg.route == "算法备案":
        yield from _algorithm_training_data(pkg)
    table = find_table(pkg) if pkg.route == "备案" else None
    if table is None:
        if pkg.route == "备案":
            yield from _vague_prose(pkg)
        return
    limit = pkg.profile.thresholds["source_illegal_share"].rate
    for rec in table.records:
        if rec.get("名称"):
            yield from _row_quality(table, rec, limit)


@rule("data_sources.count", "说明中的数据集个数与清单一致", "data_sources.count_mismatch")
def count(pkg: Package) -> Iterator[Finding]:
    """A sentence giving the number of datasets (训练语料共来自12个数据集) against the rows of the list (medium: a list
    may give one dataset several rows, e.g. per version)."""
    table = find_table(pkg) if pkg.route == "备案" else None
    listed = len([rec for rec in table.records if rec.get("名称")]) if table else 0
    if not listed or table is None:
        return
    for doc in pkg.docs("form", "assessment_report", "data_sources"):
        for sentence in doc.view.sentences() if doc.view else []:
            said = stated_dataset_count(sentence.text)
            if said is not None and said != listed:
                yield make("data_sources.count_mismatch", Severity.MEDIUM,
                           f"《{doc.spec.name}》写明共 {said} 个数据集，数据溯源清单列了 {listed} 个，请核对。",
                           f"{sentence.where}；{table.where}",
                           "使说明中的数据集个数与清单一致；一个数据集在清单里分几行的，在清单备注中写明。",
                           evidence=sentence.text[:80])
                return


SIZE_TOLERANCE = 0.01  # the list's sum and a stated total further apart than this (约1320万条 is rounded) are asked about
FAR_FACTOR = 2.0  # a list's sum under half or over twice the stated total is no rounding or cleaning difference: high


@rule("data_sources.size", "说明中的语料总规模与清单合计一致", "data_sources.size_mismatch")
def size(pkg: Package) -> Iterator[Finding]:
    """The corpus total the form or report states against the sum of the list's 规模 column (medium: a total may be
    counted after cleaning, or in other units). Only when every dataset has a size in one unit (条, GB …)."""
    table = find_table(pkg) if pkg.route == "备案" else None
    total = _listed_total(table) if table is not None else None
    if table is None or total is None:
        return
    listed, unit = total
    stated = [(doc, fact, said) for doc in pkg.docs("form", "assessment_report")
              for fact in (facts_of(doc.view, doc.spec.id) if doc.view else [])
              if fact.key == "corpus_size" and not _part_total(fact.evidence)
              and (said := _stated_size(fact.value)) is not None and _comparable(said, listed, unit)]
    agree = [f for _, f, said in stated if abs(said[0] - listed) <= SIZE_TOLERANCE * max(said[0], listed)]
    for doc, fact, said in stated:
        if abs(said[0] - listed) > SIZE_TOLERANCE * max(said[0], listed):
            # another material's total agrees with the list: this one is the odd one out (the seventieth probe: the
            # form's 1.2亿条 and the list's sum against the report's 8,000万条)
            backed = f"，而“{source_file(agree[0].where)}”写的 {agree[0].value} 与清单相符" if agree else ""
            # the list holds less than half the stated corpus, or twice it: most of the corpus is untraceable (the
            # eighty-first probe: 3,200万条 listed against 1.2亿条 in the form and the report)
            far = not (1 / FAR_FACTOR <= listed / said[0] <= FAR_FACTOR)
            share = f"（清单只覆盖写明总量的 {listed / said[0]:.0%}）" if far and listed < said[0] else ""
            high = bool(agree) or far
            yield make("data_sources.size_mismatch", Severity.HIGH if high else Severity.MEDIUM,
                       f"《{doc.spec.name}》写明训练语料共 {fact.value}，数据溯源清单各数据集的规模合计 {listed:,.0f}{unit or said[1]}"
                       f"{'' if unit else '（清单没写单位，按同一单位计）'}{share}{backed}" + ("。" if high else "，请核对。"),
                       f"{fact.where}；{table.where}", "以数据溯源清单的实际统计为准，统一备案表、评估报告中的语料规模；"
                       "清洗前后口径不同的，写明各是哪一个。", evidence=fact.evidence[:80])
            return


_UNIT_NOTE = re.compile(r"[（(]\s*(万|亿)?\s*(条|字|tokens?|GB|TB|MB)\s*[)）]", re.IGNORECASE)  # 规模（万条）


_BRACKETED = re.compile(r"[（(]\s*(?:其中|含|包括|包含|分别)[^（）()]*[)）]")  # a breakdown, not another way of counting


def _part_total(said: str) -> bool:
    """A total of part of the corpus, or counted another way (微调语料共86万条, 1.246亿条（去重后）): not the list's sum
    (vocabulary ``data_sources.part_totals``)."""
    # a breakdown in brackets after the total (共5,860万条（其中文本5,420万条……）: the 156th probe) is no part total
    return compiled("data_sources", "part_totals").search(_BRACKETED.sub("", fold(said))) is not None


def _comparable(said: tuple[float, str], listed: float, unit: str) -> bool:
    """A stated total and the list's sum in one unit; bare numbers in the list (规模 | 4050000) are taken in the stated
    unit only when the two are within a factor of two (405 under an unwritten 万条 is not 405条)."""
    if unit:
        return said[1] == unit
    return said[0] > 0 and 0.5 <= listed / said[0] <= 2


def _listed_total(table: Records) -> tuple[float, str] | None:
    """The sum of the 规模 column and its unit, when every dataset row has a size in the same unit; bare numbers take
    the unit the header names (规模（万条）), else none ('': compared only with a total of the same magnitude)."""
    sizes = [_size(rec.get("规模")) for rec in table.records if rec.get("名称")]
    found = [s for s in sizes if s is not None]
    if not found or len(found) < len(sizes) or len({unit for _, unit in found}) != 1:
        return None
    total, unit = sum(value for value, _ in found), found[0][1]
    if unit:
        return total, unit
    column = table.columns.get("规模")
    heads = [row[column] for row in table.grid.rows[:table.header_row + 1] if column is not None and column < len(row)]
    head = next((m for cell in heads if (m := _UNIT_NOTE.search(cell))), None)
    if head is None:
        return total, ""
    return total * {"万": 1e4, "亿": 1e8}.get(head.group(1) or "", 1.0), head.group(2)


_COUNT_NUMBER = r"(\d{1,4}|[一二两三四五六七八九十百]{1,4})"


def stated_dataset_count(sentence: str) -> int | None:
    """The total number of datasets a sentence states (共使用12个数据集, 训练语料来源于十五个数据集), None when it states
    none or only a part (其中3个开源数据集, 共5个开源数据集: a type named before 数据集 counts part of the list)."""
    from beian.prereview.numbers import parse_number

    text = fold(sentence)
    units = "|".join(map(re.escape, words("data_sources", "count", "units")))
    totals = "|".join(map(re.escape, words("data_sources", "count", "totals")))
    m = re.search(rf"(?:{totals})[^，,。；;]{{0,12}}?{_COUNT_NUMBER}\s*(?:个|份|套|项)(?:{units})", text) or \
        re.search(rf"(?:{units})(?:总数|数量|个数)?(?:共计|合计|总计|共|为)\s*{_COUNT_NUMBER}\s*(?:个|份|套|项)", text)
    before = text[max(0, m.start() - 6):m.start(1)] if m else ""
    if m is None or any(w in before for w in (*words("data_sources", "count", "parts"), *words("data_sources", "count", "kinds"))):
        return None
    value = parse_number(m.group(1))
    return int(value) if value else None


_ABOUT_SOURCES = re.compile(r"语料|训练数据|数据来源|来源")


def _vague_prose(pkg: Package) -> Iterator[Finding]:
    """Without any per-dataset list, the sentence of the form or the report that says where the corpus came from in
    one vague phrase (来源于公开数据集) is quoted: the list is missing, and this is all the reviewer has."""
    vague = compiled("data_sources", "vague")
    for doc in pkg.docs("form", "assessment_report"):
        for sentence in doc.view.sentences() if doc.view else []:
            text = fold(sentence.text)
            m = vague.search(text)
            if m and _ABOUT_SOURCES.search(text) and not any(re.search(p, sentence.text)
                                                             for p in section("data_sources", "anchors")):
                yield make("data_sources.vague", Severity.HIGH, f"语料来源只写了“{m.group()}”，没有逐个数据集说明来源、授权与采集方式。",
                           sentence.where, "按数据集逐个写明名称、发布方/网址或供应商、授权依据、采集方式与时间、清洗与个人信息处理，"
                                           "并附数据溯源清单。", evidence=sentence.text[:80])
                break


# a licence cell that names none: unknown, or only says the data is public (公开可访问资料, 可公开获取, 互联网公开数据)
_UNKNOWN_LICENCE = re.compile(r"\s*(?:未知|不详|不明|不清楚|(?:网络|互联网|网站|站点|平台|网页|官网|页面|论坛|社区|应用){0,2}上?可?公开(?:可)?"
                              r"(?:访问|获取|获得|得|下载|浏览|阅读)?的?"
                              r"(?:资料|数据|信息|内容|网页)?|无|暂无|待定|待补充|-|—|/)\s*[。.]?\s*")
# a cell that says outright its licence is not known, whatever else it says (网络收集，许可不详: the seventy-fifth probe)
_LICENCE_UNKNOWN = re.compile(r"(?:许可|授权|协议|版权|license|licence)[^，,。；;]{0,4}(?:不详|不明|未知|不清楚|待确认|待核实|不确定)"
                              r"|(?:不详|未知|不明)的?(?:许可|授权|协议|license)"
                              # none declared (the hundred-and-third probe: 仓库未声明 LICENSE，网站公开可访问)
                              r"|(?:未|没有|没|无|缺少|缺)(?:(?:声明|注明|标注|写明|附带?|说明|提供|包含)[^，,。；;]{0,4})?"
                              r"(?:license|licence|许可证|许可协议|开源协议|版权声明)", re.IGNORECASE)
# words of a dataset name that name no dataset (若干开源数据集 minus 若干 is still nothing in particular)
_GENERIC = re.compile(r"开源|公开|网络|互联网|中文|英文|中英文|多语言|数据集|数据|语料库|语料|文本|资料|集合|[（）()、，,\s]")


def _concrete(rec: Record, *, dated: bool = True) -> bool:
    """True when the row names something particular (a URL, a title, a version, a dataset's English name, with
    ``dated`` a date too; without, only the name, acquisition and licence cells count): generic English (``Public web
    data``, ``open-source corpus``) is not a name."""
    cells = rec.cells if dated else [rec.get(k) for k in ("名称", "获取方式", "授权依据")]  # where a source is named
    row = _without_generic_english(" ".join(cells))
    return any(re.search(p, row) for p in section("data_sources", "anchors") if dated or not p.startswith("\\d"))


def _quoted(cell: str, folded: str, m: re.Match[str]) -> str:
    """The licence cell with the non-commercial term marked, as written where folding kept the offsets."""
    return excerpt(cell if len(cell) == len(folded) else folded, m.start(), m.end(), context=30)


def _nc_set_aside(licence: str, m: re.Match[str]) -> bool:
    """True when the cell says the non-commercial part is not used (剔除CC BY-NC图片, 不含NC条款, 其中CC BY-NC部分未使用,
    仅使用公有领域子集): the licence is named to be excluded, not relied on."""
    before, after = licence[max(0, m.start() - 8):m.start()], licence[m.end():m.end() + 16]
    excluded = any(w in before for w in words("data_sources", "nc_excluded_before"))
    unused = re.match(rf"[^,，;；。]{{0,12}}?(?:{'|'.join(map(re.escape, words('data_sources', 'nc_unused_after')))})", after)
    only = compiled("data_sources", "nc_only_part").search(licence)
    return bool(excluded or unused or only)


def _unknown_licence(rec: Record, name: str, loc: str) -> Finding:
    """A licence cell that names none: high, or medium when it only says the data is public and the row names where it
    comes from (国家标准全文公开系统: likely usable, but the basis still has to be written)."""
    said = rec.get("授权依据")  # a cell that says its licence is unknown is high, public or not (未声明 LICENSE，网站公开可访问)
    public = "公开" in said and _concrete(rec, dated=False) and not _LICENCE_UNKNOWN.search(said)
    works = compiled("data_sources", "copyrighted_works").search(fold(rec.get("名称") + rec.get("获取方式")))
    if works and "公开" in said:  # the eighty-second probe: novels crawled from a commercial site, 网站公开可访问
        return make("data_sources.vague", Severity.HIGH,
                    f"数据集“{name}”是受著作权保护的作品（{works.group()}），授权依据只写了“{said}”：公开可访问不等于"
                    "获得著作权人授权。", loc, "写明与著作权人或平台签订的授权协议编号；无法取得授权的，从训练语料中剔除。",
                    evidence=said[:60])
    return make("data_sources.vague", Severity.MEDIUM if public else Severity.HIGH,
                f"数据集“{name}”的授权依据只写了“{said}”，没有写明许可证或使用依据，请确认。" if public else
                f"数据集“{name}”的授权依据不明（“{said}”）。", loc,
                "写明许可证名称与版本（如 CC BY-SA 4.0）、采购合同编号或授权书；公开可得不等于可以使用。", evidence=said[:60])


# what a licence cell names as its basis beside “公开” (a licence, a contract, a consent, a law, own data, the terms of a
# site, a government's own publication: 政府信息公开, by the regulation on it)
_BASIS = re.compile(r"合同|协议|许可|授权|同意|条款|条例|法|规定|声明|自有|所有|采购|购买|委托|公有领域|开放数据|开放平台|政府|官方|"
                    r"licen[cs]e|cc[\s-]*(?:by|0)|mit|apache|gpl|bsd|odc|public\s*domain|第\s*\d+\s*条", re.IGNORECASE)
# a cell saying anyone can get at the data (可公开获取, 公开展示，任何人可查看)
_ACCESSIBLE = re.compile(r"公开可?(?:获取|获得|访问|查看|浏览|下载|展示|观看)|任何人(?:都)?(?:可以?|能)(?:查看|访问|获取|浏览|观看)")


def _public_only(licence: str) -> bool:
    """True when a licence cell (folded) says only that anyone can get at the data, in more words than
    :data:`_UNKNOWN_LICENCE` reads (平台公开直播回放，可公开获取: the hundred-and-forty-eighth probe), and names no basis of
    use (政府公开信息 is a government's publication: not this)."""
    return _ACCESSIBLE.search(licence) is not None and _BASIS.search(_NOT_AUTHORISED.sub("", licence)) is None


# an authorisation the cell says was not obtained (公开可访问内容，未另行取得授权: the two-hundred-and-thirty-sixth probe) is no
# basis of use
_NOT_AUTHORISED = re.compile(r"(?:未|没有|尚未|未经|无)(?:另行|单独|正式|书面)?(?:取得|获得|获取|签订|签署|经过?)?"
                             r"(?:权利人|著作权人|版权方|作者|平台|网站)?的?(?:授权|许可|同意)")


def _only_phrase(cell: str, phrase: str) -> bool:
    """True when a cell says nothing but the vague phrase (and generic words, Chinese or English): “互联网公开数据”,
    “公开可获取 Publicly available”; the other columns cannot make such a cell concrete."""
    return len(_GENERIC.sub("", _without_generic_english(fold(cell).replace(phrase, "")))) < 2


def _without_generic_english(text: str) -> str:
    """``text`` without the English words that name no dataset (vocabulary ``data_sources.generic_english``)."""
    generic = "|".join(map(re.escape, words("data_sources", "generic_english")))
    return re.sub(rf"\b(?:{generic})\b", " ", text, flags=re.IGNORECASE)


_YEARS = re.compile(r"\s*(?:19|20)\d{2}\s*年?(?:\s*[-－—–~～至到]\s*(?:(?:19|20)\d{2}\s*年?|今|至今|现在))?\s*")


# a robots cell that names a review of some kind (遵守robots协议, 已审查用户协议, 已获平台书面授权); 已按页面可访问性采集 names
# none (the two-hundred-and-thirty-fifth probe's crawled résumés)
_A_REVIEW = re.compile(r"robots|爬虫协议|协议|条款|声明|规则|审查|核查|核验|审核|检查|确认|评估|遵守|遵循|允许|许可|授权|合规|"
                       r"不适用|不涉及", re.IGNORECASE)
# self-collected from web pages (自行采集 | 国内主流招聘网站公开展示页面): crawled, whatever the word
_SELF_COLLECTED = re.compile(r"自行采集|自采|自主采集|自建采集")
_WEB_PAGES = re.compile(r"网站|网页|页面|站点|论坛|社区|贴吧|公众号|微博")
# sites left unnamed (国内主要网络文学站点公开章节, 国内主流招聘网站): which sites, a reviewer asks
_UNNAMED_SITES = re.compile(r"(?:国内|境内|国外|境外|各大|主要|主流|相关|若干|多个|部分|知名|头部)[^，,。；;（(]{0,6}?"
                            r"(?:网站|站点|平台|论坛|社区|app|公众号)")
_OWN_PLATFORM = re.compile(r"本公司|我司|本平台|本单位|本院|本校|自有|内部|集团")  # 本公司相关业务平台导出: its own
_NAMED_SITE = re.compile(r"[a-z0-9-]+\.(?:com|cn|net|org|gov|edu)|https?://|[（(][^）)]{2,}[）)]|、|《", re.IGNORECASE)


def _collected_from_sites(rec: Record) -> bool:
    """Whether a row was collected by the filer from web pages (自行采集 from …网站公开展示页面)."""
    return _SELF_COLLECTED.search(fold(rec.get("来源类型") + rec.get("获取方式"))) is not None and \
        _WEB_PAGES.search(fold(rec.get("获取方式") + rec.get("名称"))) is not None


def _row_quality(table: Records, rec: Record, limit: float) -> Iterator[Finding]:
    loc, name = table.at(rec), rec.get("名称")
    vague = compiled("data_sources", "vague")
    where = fold(rec.get("获取方式"))
    unnamed = None if _OWN_PLATFORM.search(where) or _NAMED_SITE.search(where) else _UNNAMED_SITES.search(where)
    if unnamed is not None:
        yield make("data_sources.vague", Severity.HIGH, f"数据集“{name}”没有写明从哪些网站采集（“{unnamed.group()}”）。", loc,
                   "逐个写明采集的网站名称与网址，及各自的 robots 协议与用户协议审查结论。", evidence=rec.get("获取方式")[:60])
    for key in () if unnamed else ("名称", "获取方式", "授权依据"):
        m = vague.search(fold(rec.get(key)))
        bare = _only_phrase(rec.get(key), m.group()) if m else False  # the cell says nothing but the phrase
        if m and (not _concrete(rec) or (bare and (key == "名称" or not _concrete(rec, dated=False)))):
            yield make("data_sources.vague", Severity.HIGH, f"数据集“{name}”的{key}表述笼统（“{m.group()}”）。", loc,
                       "写明具体数据集名称、发布方/网址或供应商、版本与获取日期，例如“Wikipedia 中文版 2024-03 转储（dumps.wikimedia.org）”。",
                       evidence=rec.get(key)[:60])
            break
    period = rec.get("采集时间")
    if period and not dates(period):
        years = _YEARS.fullmatch(period) is not None  # 2015-2025: a span written to the year (a 时间范围 column: the 124th probe)
        said = "只写到年份" if years else "没有写明具体日期"
        yield make("data_sources.vague", Severity.LOW if years else Severity.MEDIUM,
                   f"数据集“{name}”的采集时间{said}（“{period[:20]}”），请确认。", loc,
                   "写明采集的起止年月，例如“2024年1月—2024年6月”或“2024-03 转储”。", evidence=period[:60])
    size = rec.get("规模")
    if size and not _DASH.fullmatch(size) and _size(size) is None and not re.search(r"\d", size):
        yield make("data_sources.vague", Severity.MEDIUM, f"数据集“{name}”的规模没有写明数量（“{size[:20]}”），请确认。", loc,
                   "写明条数、字数或存储大小，例如“约120万条（约3.2GB）”。", evidence=size[:60])
    licence = fold(rec.get("授权依据"))
    if _UNKNOWN_LICENCE.fullmatch(licence) or _LICENCE_UNKNOWN.search(licence) or _public_only(licence):
        yield _unknown_licence(rec, name, loc)
    elif (secret := compiled("data_sources", "confidentiality").search(licence)) and \
            not compiled("data_sources", "use_grant").search(licence):
        yield make("data_sources.vague", Severity.MEDIUM,
                   f"数据集“{name}”的授权依据只写了保密约定（{secret.group()}）：保密条款约束的是不外泄，不是把委托人或合作方的资料"
                   "用于模型训练的授权，请确认取得了同意或许可。", loc,
                   "写明权利人同意或授权用于模型训练的文件（协议条款、同意书编号与日期）；没有的，不要用这部分资料训练。",
                   evidence=rec.get("授权依据")[:60])
    if (gap := _licence_gap(rec.get("授权依据"), table)) is not None:
        yield make("data_sources.unlicensed", Severity.HIGH,
                   f"数据集“{name}”的授权依据（或其注）写明有一部分没有取得授权或授权还在补办（“{gap[:60]}”）：未取得授权的作品不能"
                   "用于训练，审核会退回。", loc, "只使用已取得授权的部分并写明其范围与数量，未取得授权的部分从语料中剔除并留存记录。",
                   evidence=gap[:120])
    m = compiled("data_sources", "non_commercial").search(licence)
    granted = _commercial_grant(licence) and \
        not compiled("data_sources", "commercial_pending").search(licence)
    if m and not granted and _nc_set_aside(licence, m):
        yield make("data_sources.nc_licence", Severity.MEDIUM,
                   f"数据集“{name}”的许可含非商用条款（{m.group()}），清单写明只使用其中可商用的部分或已剔除非商用部分，请确认。",
                   loc, "写明实际使用的子集及其许可（如“仅使用公有领域子集，CC BY-NC 部分未使用”），并保留剔除记录。",
                   evidence=_quoted(rec.get("授权依据"), licence, m))
    elif m and not granted and compiled("data_sources", "commercial_consent").search(licence):
        yield make("data_sources.nc_licence", Severity.MEDIUM,
                   f"数据集“{name}”的许可含非商用条款（{m.group()}），清单写明取得了权利人同意，请确认同意的范围包括商业使用。",
                   loc, "在清单中写明同意函或授权书的编号、日期与范围（可用于商业服务与模型训练），并附原件。",
                   evidence=_quoted(rec.get("授权依据"), licence, m))
    elif m and not granted:
        yield make("data_sources.nc_licence", Severity.HIGH, f"数据集“{name}”的许可禁止商业使用（{m.group()}），不能用于对外服务。",
                   loc, "更换为允许商用的数据集，或取得权利人的商用授权并在清单中注明合同编号。",
                   evidence=_quoted(rec.get("授权依据"), licence, m))
    negative = {fold(w) for w in words("data_sources", "negative_cells")} | {""}
    crawled = compiled("data_sources", "crawl").search(fold(" ".join((rec.get("获取方式"), rec.get("来源类型"))))) or \
        _collected_from_sites(rec)
    row = fold(" ".join(rec.cells))
    said = _ROBOTS_NOT_DONE.search(row)  # 未做robots协议核查, in this column or another
    defied = _robots_defied(row, rec, table) if crawled else None
    review = fold(rec.get("robots/授权审查"))
    unreviewed = "robots/授权审查" in table.columns and (review in negative or not _A_REVIEW.search(review))
    if crawled and defied:
        yield make("data_sources.crawl_no_robots", Severity.HIGH, f"数据集“{name}”为网络爬取，材料写明 robots 协议或网站措施"
                   f"不允许抓取仍然采集（“{defied.group()[:40]}”）。", loc,
                   "删除 robots 协议或网站技术措施不允许抓取的网站数据（或取得网站书面授权），重新训练或说明处理结果，"
                   "在清单中写明各网站的审查结论。", evidence=defied.group()[:80])
    elif crawled and (unreviewed or said):
        yield make("data_sources.crawl_no_robots", Severity.HIGH, f"数据集“{name}”为网络爬取，但没有 robots 协议/授权审查记录。",
                   loc, "写明采集前对目标网站 robots 协议与用户协议的审查结论，并附审查记录。",
                   evidence=excerpt(row, said.start(), said.end(), context=20) if said else None)
    elif crawled and (part := _PART_NOT_CHECKED.search(fold(rec.get("robots/授权审查")))):
        yield make("data_sources.crawl_no_robots", Severity.HIGH, f"数据集“{name}”为网络爬取，robots 协议/授权审查一格写明有的网站"
                   f"没有核查（“{part.group().strip('；;，,。')}”）。", loc,
                   "对每个采集的网站都审查 robots 协议与用户协议，写明各自的结论并附审查记录；未经审查的网站数据不用于训练。",
                   evidence=rec.get("robots/授权审查")[:80])
    yield from _personal_information(table, rec, loc)
    yield from _bought_and_generated(rec, name, loc)
    yield from _sampling(table, rec, loc, limit)


_CONTRACT_NAMED = re.compile(r"合同|协议|授权|许可|订单|采购单|license|licence", re.IGNORECASE)


# the row says the robots check was not done (网站页面可公开访问（未做robots协议核查）: the two-hundred-and-second probe)
# one site of several not checked (人社部网站已核查robots协议；省人社厅网站未核查: the two-hundred-and-fifth probe)
_PART_NOT_CHECKED = re.compile(r"[^；;，,。]{0,20}(?:未|没有|尚未)(?:逐一|逐个|全部|一一|都|全)?(?:核查|审查|检查|查验|做|进行|开展)(?!到)"
                               r"[^；;，,。]{0,10}")
# 未做robots协议核查, 未逐一核查robots协议 (the two-hundred-and-ninth probe)
def _robots_defied(row: str, rec: Record, table: Records) -> re.Match[str] | None:
    """Where a crawled dataset's row (folded) or a note its mark points to says the crawling went on against robots."""
    return next((m for text in (row, *(fold(n) for n in _notes(" ".join(rec.cells), table.grid)))
                 if (m := _ROBOTS_DEFIED.search(text))), None)


# robots or a site's measures said to forbid the crawling, and the data taken all the same (部分站点robots协议不允许抓取，
# 已通过限速及代理方式采集: the two-hundred-and-sixty-sixth probe), or anti-crawling measures got round
_ROBOTS_DEFIED = re.compile(r"(?:robots|爬虫协议|反爬)[^。；;]{0,12}?(?:不允许|禁止|不得|拒绝|禁抓|disallow)[^。；;]{0,16}?"
                            r"(?:仍|已通过|通过|绕过|规避|代理|限速|继续|照常)[^。；;，,]{0,12}"
                            r"|(?:绕过|规避|突破|破解)[^。；;，,]{0,6}?(?:robots|反爬|验证码|访问限制|登录限制|爬虫协议)",
                            re.IGNORECASE)
_ROBOTS_NOT_DONE = re.compile(r"(?:未做|未进行|未经|没有做?|未开展|无|(?:未|没有|尚未)(?:逐一|逐个|全部|一一|都|全)?(?:核查|审查|检查))"
                              r"[^，,。；;]{0,4}robots", re.IGNORECASE)


def _bought_and_generated(rec: Record, name: str, loc: str) -> Iterator[Finding]:
    """A bought dataset whose row says no contract was signed (high), and data generated by a model of another country's
    provider (GPT-4, Claude: medium, the generator's terms and the data's origin to be stated)."""
    kind = fold(" ".join((rec.get("来源类型"), rec.get("获取方式"), rec.get("名称"))))
    basis = fold(" ".join((rec.get("授权依据"), rec.get("获取方式"))))
    if compiled("data_sources", "purchased").search(kind) and _NO_CONTRACT.search(basis):
        yield make("data_sources.no_contract", Severity.HIGH, f"数据集“{name}”为采购所得，但写明没有签订合同或授权协议，授权依据不足。",
                   loc, "与供应商签订书面合同或授权协议（写明可用于模型训练与商业服务、来源合法），并在清单中注明合同编号。",
                   evidence=rec.get("授权依据")[:80] or None)
    elif compiled("data_sources", "purchased").search(f"{kind} {basis}") and rec.get("授权依据") and \
            not _CONTRACT_NAMED.search(basis):
        # 按需付费采购，供应商开放平台下载 (the two-hundred-and-first probe): bought, and no contract or licence named
        yield make("data_sources.no_contract", Severity.MEDIUM, f"数据集“{name}”为采购所得，授权依据没有写明合同或授权协议，请确认。",
                   loc, "在清单中写明与供应商签订的合同或授权协议的名称与编号（可用于模型训练与商业服务）。",
                   evidence=rec.get("授权依据")[:80])
    written = " ".join((rec.get("来源类型"), rec.get("获取方式"), rec.get("名称"), rec.get("授权依据")))
    found = compiled("data_sources", "foreign_models").search(fold(written))
    model = re.search(re.escape(found.group()), written, re.IGNORECASE) if found else None  # as written: OpenAI
    if model and compiled("data_sources", "synthetic").search(kind):
        yield make("data_sources.synthetic_foreign", Severity.MEDIUM,
                   f"数据集“{name}”是由境外模型（{model.group()}）生成的合成数据，请说明生成模型及其服务条款是否允许用其输出训练模型，"
                   "并按境外来源计入来源搭配与安全评估。", loc,
                   "写明生成模型名称与版本、服务条款依据，对生成数据做与其他来源相同的安全抽检；能换用已备案的境内模型的优先换用。",
                   evidence=model.group())


_NO_CONTRACT = re.compile(r"(?:未|没有|没|无|尚未|未曾)(?:签订|签署|签|订立|取得)?(?:书面|正式)?(?:采购)?(?:合同|协议|授权书)"
                          # 双方未签订书面数据授权协议 (the hundred-and-seventy-seventh probe): words between the signing
                          # and the agreement, the signing verb then required; 未另行签订数据授权协议 (the
                          # hundred-and-eighty-fifth: an adverb before the verb)
                          r"|(?:未|没有|没|尚未|未曾)(?:另行|单独|另外|专门|再)?(?:签订|签署|订立|取得)[^，,。；;]{1,10}?(?:合同|协议|授权书)"
                          # not signed yet (the hundredth probe: 书面授权协议待补签)
                          r"|(?:合同|协议|授权书)[^，,。；;]{0,6}?(?:待补签|待签署|待签订|待签|补签中|尚在流程"
                          r"|(?:签署|签订|用印|盖章|审批|洽谈|签章)(?:流程)?中)"
                          # the other party has not signed (the hundred-and-fourteenth probe: 合同已发起，待卖方完成签章)
                          r"|待[^，,。；;]{0,6}?(?:完成)?(?:签章|签字|签署|盖章|用印|签订)")


# ---------------------------------------------------------------- 个人信息的合法性基础（TC260-003 5.2 c)）

_PI_CLAUSE = "TC260-003 5.2 c)"
_PI_FIX = ("写明取得个人信息主体同意（敏感个人信息为单独同意）或其他合法性基础的方式与记录，例如“《隐私政策》第6条单独勾选同意"
           "用于模型训练，同意记录留存”；去标识化、脱敏是保护措施，不能替代同意。不含个人信息的，写明“不含个人信息”。")
_NOT_ANONYMOUS = "；去标识化不等于匿名化，处理后仍是个人信息，不能替代同意"
_GAP = r"[^,;。:!?\s已]{0,8}?"  # words between 未取得 and 同意, within one clause


@dataclass(frozen=True)
class PiStatement:
    """What the personal-information cells of one dataset say (each flag from the word lists in the vocabulary)."""

    text: str  # the cells as written, for the message
    blank: bool  # every cell is empty or a bare 无 / 否 / 不涉及
    none: bool  # says the data holds no personal information (不含个人信息, 已匿名化)
    negated: bool  # admits there is no basis (未取得同意, 未经授权)
    basis: bool  # names a legal basis (同意, 授权, 合同履行, 已公开 …)
    contains: bool  # says the data holds personal information (含姓名、手机号, 保留工作经历)
    deidentified: bool  # names de-identification / removal measures
    unprocessed: bool  # says the data was not processed (未处理, 未脱敏)
    public: bool = False  # says the information is public (公开姓名与公开事迹), without naming that as the basis
    removed: bool = False  # says the personal information it names was deleted before use (含联系人电话，训练前已删除)
    boilerplate: bool = False  # says only that it complies (已按相关规定处理, 依法依规处理)
    bundled: bool = False  # the consent is a default or bundled one (用户协议默认同意, 注册即视为同意)


def _alternation(key: str) -> str:
    return "|".join(re.escape(w) for w in words("data_sources", key))


@dataclass(frozen=True)
class _PiPatterns:
    negated: re.Pattern[str]
    exempt: re.Pattern[str]
    not_negation: re.Pattern[str]
    left_out: re.Pattern[str]  # 未勾选同意的记录已剔除: the data of those who did not consent is not used
    negated_verb: re.Pattern[str]
    contains: re.Pattern[str]


@lru_cache(maxsize=1)
def _pi_patterns() -> _PiPatterns:
    basis = _alternation("pi_basis")
    return _PiPatterns(
        negated=re.compile(f"(?:{_alternation('pi_negators')}){_GAP}(?:{basis})"),
        exempt=re.compile(f"(?:{_alternation('pi_exempt')}){_GAP}(?:{basis})"),
        not_negation=re.compile(_alternation("pi_not_negation")),
        left_out=re.compile(f"(?:{_alternation('pi_negators')})(?:勾选|取得|获得|征得|经|签署)?[^,;。:]{{0,4}}?同意"
                            f"[^,;。:]{{0,12}}?(?:{_alternation('pi_left_out')})"),
        negated_verb=re.compile(f"(?:{_alternation('pi_verb_negators')})(?:{_alternation('pi_contains_verbs')})"),
        contains=re.compile(f"(?:{_alternation('pi_contains_verbs')})[^,;。]{{0,20}}?(?:{_alternation('pi_kinds')})"),
    )


# an approval inside the organisation (经局务会审议同意用于模型训练: the hundred-and-nineteenth probe's citizens' work
# orders) is not the consent of the people the data is about, nor another legal basis for it
_INTERNAL_APPROVAL = re.compile(r"(?:局务会|党组会|办公会|常务会|董事会|股东会|会议|审议|审批|领导|上级|主管部门|内部)"
                                r"[^，,。；;]{0,6}?(?:同意|批准|授权)")


# what a deletion names is gone, not held (已匿名化：删除事故涉及人员姓名 — the 155th probe: read as "holds names")
_DELETED = re.compile(r"(?:删除|删去|去除|剔除|移除|抹去|隐去)[^；;。，,（()]{0,16}")
# de-identification named as such (not a bare 删除 or 过滤): what it was done to was personal information
_DEIDENTIFIED = re.compile(r"去标识|脱敏|假名化")
# done by whoever supplied the data (供应商已去标识化, 发布方已处理): the applicant never held who the people were
_BY_SUPPLIER = re.compile(r"供应商|供应方|提供方|发布方|数据方|采购方|卖方|原始数据方")


def read_pi_statement(cells: list[str]) -> PiStatement:
    """Classify the personal-information cells of a dataset: admissions first, then bases, contents and measures."""
    pats = _pi_patterns()
    folded = ";".join(fold(c) for c in cells)
    negative = {fold(w) for w in words("data_sources", "negative_cells")} | {""}
    text = pats.left_out.sub("#", pats.not_negation.sub("#", folded))
    negated = bool(pats.negated.search(pats.exempt.sub("#", text)))
    rest = pats.negated.sub("#", pats.exempt.sub("#", text))  # what remains once 未取得同意 / 无需同意 are said
    unprocessed = compiled("data_sources", "pi_unprocessed")
    processed = unprocessed.sub("#", rest)  # 未脱敏 / 未匿名化 are not measures
    return PiStatement(
        text="；".join(c.strip() for c in cells if c.strip()),
        blank=all(fold(c).strip() in negative for c in cells),
        none=bool(compiled("data_sources", "pi_none").search(unprocessed.sub("#", folded))),
        negated=negated,
        basis=bool(compiled("data_sources", "pi_basis").search(_INTERNAL_APPROVAL.sub("#", rest))),
        contains=bool(pats.contains.search(_DELETED.sub("#", pats.negated_verb.sub("#", rest)))),
        deidentified=bool(compiled("data_sources", "pi_deidentified").search(processed)),
        unprocessed=bool(unprocessed.search(rest)),
        public=bool(compiled("data_sources", "pi_public").search(rest)),
        removed=_removed_before_use(folded),
        boilerplate=bool(compiled("data_sources", "pi_boilerplate").search(rest)),
        bundled=bool(compiled("data_sources", "pi_bundled").search(folded)) or (
            bool(compiled("data_sources", "pi_by_agreement").search(folded))
            and not compiled("data_sources", "pi_separate").search(folded)),
    )


def _removed_before_use(folded: str) -> bool:
    """True when a cell names the personal information it held and that it was deleted, the clause ending there
    (含商户联系人姓名与电话，训练前已删除): the data used holds none. 删除姓名、证件号后使用 removes identifiers from
    data that is still about people, and is not this."""
    verbs = _alternation("pi_removed_verbs")
    return re.search(rf"(?:含|包含|涉及)[^;；。]{{1,30}}?[，,、]\s*(?:训练前|使用前|入库前|清洗时|预处理时|采集后)?"
                     rf"(?:已|均已|已全部|全部)?(?:{verbs})\s*(?=$|[;；。])", folded) is not None


def _pi_columns(table: Records) -> list[int]:
    """The 个人信息处理 column and any other column, not read as another field, whose header is about PI handling or
    consent (a separate 同意依据 column next to 个人信息脱敏)."""
    synonyms = [fold(w) for w in _synonyms()["个人信息处理"]] + [fold(w) for w in words("data_sources", "pi_headers")]
    mapped = table.columns.get("个人信息处理")
    taken = set(table.columns.values()) - {mapped}
    found = {i for i, cell in enumerate(table.header)
             if i not in taken and any(w in fold(re.sub(r"\s+", "", cell)) for w in synonyms)}
    return sorted(found | ({mapped} if mapped is not None else set()))


def pi_verdict(pi: PiStatement, licence: PiStatement, personal: bool) -> tuple[Severity, str] | None:
    """Severity and message (after “数据集“名称””) for a dataset's PI cells; None when fine or unclassifiable."""
    quote = f"“{pi.text[:60]}”" if pi.text else "空白"
    holds = "含用户或个人信息" if personal else "含个人信息"
    lacks = f"缺少个人同意或其他合法性基础（{_PI_CLAUSE}）"
    if pi.negated and not pi.none:
        return Severity.HIGH, f"{holds}，个人信息列写明没有同意或授权（{quote}），{lacks}。"
    if pi.none and not pi.contains:
        return None
    if pi.removed and not (personal or pi.unprocessed):
        return None  # 含联系人电话，训练前已删除: none of it is used
    if pi.bundled and not (personal or pi.contains):  # a consent is named, so the data is about people (入院时签署的
        # 知情同意书中……的概括授权: the two-hundred-and-thirty-sixth probe's radiology reports)
        return Severity.HIGH, (f"的个人信息列以默认、捆绑或概括的同意为依据（“{pi.text[:50]}”）：不是个人针对模型训练自愿、明确作出的同意"
                               f"（个人信息保护法第十四条；敏感个人信息须单独同意，第二十九条），{lacks}。")
    if not (personal or pi.contains):
        if pi.unprocessed and not pi.basis:
            return Severity.MEDIUM, f"的个人信息列写明未处理（{quote}），可能含个人信息，请确认是否有个人同意或其他合法性基础（{_PI_CLAUSE}）。"
        if _DEIDENTIFIED.search(fold(pi.text)) and not (pi.none or pi.basis or licence.basis or pi.unprocessed
                                                         or _BY_SUPPLIER.search(fold(pi.text))):
            return Severity.MEDIUM, (f"的个人信息列写明做了去标识化（{quote}），说明原本含个人信息，但没有写明个人同意或其他"
                                     f"合法性基础，请确认（{_PI_CLAUSE}）{_NOT_ANONYMOUS}。")
        return None
    if licence.negated:
        return Severity.HIGH, f"{holds}，授权依据写明没有同意或授权（“{licence.text[:40]}”），{lacks}。"
    if pi.blank:  # nothing said about PI at all: high as before, even when the licence column names consent
        if licence.basis:
            return Severity.HIGH, f"{holds}，个人信息列为{quote}，没有写明同意方式与去标识化等保护措施（{_PI_CLAUSE}）。"
        return Severity.HIGH, f"{holds}，个人信息列为{quote}，{lacks}。"
    if pi.bundled or licence.bundled:  # the eighty-fifth probe: user conversations, 用户协议默认同意
        said = pi if pi.bundled else licence
        return Severity.HIGH, (f"{holds}，同意是默认或捆绑的（“{said.text[:50]}”）：默认同意、注册即视为同意不是个人"
                               f"自愿、明确作出的同意（个人信息保护法第十四条），用于训练须单独告知并可拒绝（{_PI_CLAUSE}）。")
    if pi.basis or licence.basis:
        return None
    if pi.public and not pi.unprocessed:
        return Severity.MEDIUM, (f"的个人信息列写明是公开的个人信息（{quote}），但没有写明处理依据，请写明"
                                 f"（如“已合法公开的个人信息，在合理范围内处理”，个人信息保护法第十三条第一款第六项；{_PI_CLAUSE}）。")
    if pi.contains and pi.deidentified and not (personal or pi.unprocessed):
        return Severity.MEDIUM, (f"的个人信息列写明含个人信息并已去标识化（{quote}），但没有写明个人同意或其他合法性基础"
                                 f"（如已公开信息、合同约定），请确认（{_PI_CLAUSE}）{_NOT_ANONYMOUS}。")
    if (pi.contains or pi.deidentified) and (notice := _NOTICE.search(fold(f"{pi.text} {licence.text}"))):
        # 来电时语音播报“通话将被录音并用于服务改进” (the hundred-and-eighty-first probe): a notice, which is not the
        # consent training needs; whether it suffices is the reviewer's to judge, so asked at medium
        return Severity.MEDIUM, (f"{holds}，只写了告知（“{notice.group()}”），没有写明个人同意或其他合法性基础；告知不等于同意，"
                                 f"请确认用于训练的依据（{_PI_CLAUSE}）。")
    if pi.contains or pi.unprocessed:
        return Severity.HIGH, f"{holds}（个人信息列：{quote}），{lacks}{_NOT_ANONYMOUS if pi.deidentified else ''}。"
    if pi.deidentified:
        return Severity.HIGH, f"{holds}，个人信息列只写了去标识化/删除措施（{quote}），{lacks}{_NOT_ANONYMOUS}。"
    if pi.boilerplate:  # 已按相关规定处理: a reviewer reads it as saying nothing
        return Severity.HIGH, f"{holds}，个人信息列只有合规套话（{quote}），没有写明同意方式或其他合法性基础（{_PI_CLAUSE}）。"
    return Severity.MEDIUM, f"{holds}，个人信息列（{quote}）没有写明个人同意或其他合法性基础，请确认（{_PI_CLAUSE}）。"


_NOTICE = re.compile(r"[^，,。；;\s]{0,8}(?:告知|播报|提示|告示|公告)[^，,。；;\s]{0,12}")


# consent given by accepting an agreement or policy as a whole (点击同意《用户服务协议》), not a consent of its own
_AGREEMENT_CONSENT = re.compile(r"(?:点击|勾选|同意|签署|接受|注册)[^，,。；;]{0,6}《[^》]{0,20}(?:协议|条款|政策|须知)》"
                                # a clause of a work contract (依据《主播经纪合同》第十二条，公司……享有主播形象及声音的使用
                                # 权利: the two-hundred-and-sixty-third probe): no consent of its own to the biometrics
                                r"|(?:依据|根据|按照|基于)《[^》]{0,20}(?:合同|协议)》")


def biometrics_by_agreement(row: str, consent: str) -> bool:
    """Whether a row of training data holding biometric information (人脸, 声纹: sensitive personal information) names
    only an agreement's, a registration's or a default consent as its basis: not the separate consent PIPL Art. 29
    asks for."""
    said = fold(consent)
    return compiled("data_sources", "sensitive_kinds").search(fold(row)) is not None and \
        compiled("data_sources", "pi_separate").search(said) is None and \
        (compiled("data_sources", "pi_bundled").search(said) is not None or _ORAL.search(said) is not None
         or compiled("data_sources", "pi_by_agreement").search(said) is not None or _AGREEMENT_CONSENT.search(said) is not None)


# a consent no record shows (本人口头同意; 素材权利随劳务报酬一次性买断: the two-hundred-and-fifty-fourth probe's
# digital-human guide): not the separate consent biometric information needs
_ORAL = re.compile(r"口头(?:同意|授权|告知|确认|允许)|一次性买断")


def _biometric_finding(name: str, consent: str, loc: str) -> Finding:
    return make("data_sources.pi_no_basis", Severity.HIGH,
                f"数据“{name}”含人脸、声纹等生物识别信息（敏感个人信息），用于训练的依据不是单独同意（“{consent[:50]}”）：用户协议、"
                "注册时勾选、默认或口头的同意都不是；敏感个人信息须单独告知并取得单独同意（个人信息保护法第二十八、二十九条），审核会退回。",
                loc, _PI_FIX,
                evidence=consent[:80])


def _personal_information(table: Records, rec: Record, loc: str) -> Iterator[Finding]:
    """A dataset holding personal information names its consent or other legal basis (TC260-003 5.2 c))."""
    columns = _pi_columns(table)
    consent = "；".join(dict.fromkeys(c for c in [rec.get("授权依据"), *(rec.cells[i] for i in columns if i < len(rec.cells))] if c))
    if biometrics_by_agreement(" ".join(rec.cells), consent):
        yield _biometric_finding(rec.get("名称") or rec.cells[0], consent, loc)
        return
    if not columns:
        return
    pi = read_pi_statement([rec.cells[i] if i < len(rec.cells) else "" for i in columns])
    personal = bool(compiled("data_sources", "personal").search(fold(rec.get("来源类型") + rec.get("名称"))))
    verdict = pi_verdict(pi, read_pi_statement([rec.get("授权依据")]), personal)
    if verdict is not None:
        yield make("data_sources.pi_no_basis", verdict[0], f"数据集“{rec.get('名称')}”{verdict[1]}", loc, _PI_FIX,
                   evidence=pi.text[:80] or None)


_NOT_APPLICABLE = re.compile(r"不适用|不涉及|无需|^\s*n/?a\b")
# data the filer's own people wrote (人工编写问答 | 自建 | 合规部、客服中心): nothing was collected before it existed
_WRITTEN_HERE = re.compile(r"人工编写|人工撰写|自行编写|自行撰写|员工编写|专家编写|内部编写|自建|自编|人工构造|人工标注编写")


def _sampling(table: Records, rec: Record, loc: str, limit: float) -> Iterator[Finding]:
    name = rec.get("名称")
    key_of = {label: key for key, label in SAMPLING_LABELS}
    cells = [(label, rec.get(key)) for key, label in SAMPLING_LABELS if rec.get(key)]
    for label, cell in cells:
        shares = percents(cell)
        written = label == "采集前" and not re.search(r"\d", cell) and _WRITTEN_HERE.search(
            fold(rec.get("名称") + rec.get("来源类型") + rec.get("获取方式"))) is not None
        if not shares and (_NOT_APPLICABLE.search(fold(cell)) or written):  # 不适用（人工编写）; — for 人工编写问答 | 自建
            # (the two-hundred-and-forty-second probe: nothing written in-house is collected)
            yield make("data_sources.sampling", Severity.LOW, f"数据集“{name}”的{label}抽检写明不适用，请确认该来源确实不是采集所得。",
                       loc, "自行编写的数据不经采集，可写“不适用”并说明原因；采集、购买或爬取的数据须写明抽检数量与结果。",
                       evidence=cell[:60])
            continue
        if not shares:
            if _FULL_REVIEW.search(fold(cell)) and not re.search(r"\d", cell):  # 全部人工审核: more than a sample, no result
                yield make("data_sources.sampling", Severity.MEDIUM, f"数据集“{name}”的{label}写明全部人工审核，但没有写审核结果"
                           "（违法不良信息占比），请补充。", loc, "写明审核的条数与违法不良信息占比（如“全部 1.2 万条人工审核，"
                           "违法不良信息占比 0.3%”）。", evidence=cell[:60])
            elif not re.search(r"\d", cell) and _others_measured(table, rec, key_of[label]):
                yield make("data_sources.sampling", Severity.HIGH, f"数据集“{name}”没有{label}抽检结果（清单其他数据集都写了违法不良信息占比）。",
                           loc, "对该数据集自行抽检并写明抽检数量与违法不良信息占比；供应商的承诺或清洗说明不能代替抽检。",
                           evidence=cell[:60])
            elif not re.search(r"\d", cell):
                yield make("data_sources.sampling", Severity.MEDIUM, f"数据集“{name}”的{label}抽检未识别到违法不良信息占比，请人工确认。",
                           loc, "按“随机抽检 5%，违法不良信息占比 x.x%”的格式写明抽检数量与结果。", evidence=cell[:60])
            continue
        share = _illegal_share(cell, shares)
        if share is not None and share > limit:
            yield make("data_sources.sampling", Severity.BLOCKER,
                       f"数据集“{name}”{label}抽检违法不良信息占比 {share:.1%}，超过 {limit:.0%}，该来源不应使用。", loc,
                       "停用该来源，或清洗后重新抽检至不超过限值。", evidence=cell[:60])


# every record reviewed, not a sample (全部人工审核, 逐条审读, 全量复核): the hundred-and-third probe
_FULL_REVIEW = re.compile(r"(?:全部|全量|逐条|全数|所有)[^，,。；;\d]{0,6}?(?:审核|审查|审读|复核|核查|检查|人工审|人工核)")
SAMPLING_LABELS = (("采集前抽检", "采集前"), ("采集后抽检", "采集后"), ("违法不良占比", "抽检"))
MEASURED_PEERS = 2  # other datasets with a share in the same column that make a row without one a gap, not a doubt


def _others_measured(table: Records, rec: Record, key: str) -> bool:
    """True when every other dataset of the list (at least :data:`MEASURED_PEERS`) states a share in ``key``'s column:
    one row that says only “供应商已完成清洗并出具质量承诺函” stands out (the seventy-second probe)."""
    others = [r.get(key) for r in table.records if r is not rec and r.get("名称")]
    return len(others) >= MEASURED_PEERS and all(percents(c) for c in others)


def _illegal_share(cell: str, shares: list[tuple[float, int, int]]) -> float | None:
    """The illegal/harmful share in a sampling cell: the % after 占比/不合格, or 1 − a stated pass rate."""
    folded = fold(cell)
    context = [(value, folded[max(0, start - 12):start]) for value, start, _ in shares]
    for value, before in context:
        if re.search(r"占比|不合格|违法|不良|有害|违规", before):
            return value
    for value, before in context:
        if re.search(r"合格率|通过率", before):
            return 1 - value
    if len(shares) == 1 and not re.search(r"抽检|抽取|抽样|随机|比例", folded[:shares[0][1]]):
        return shares[0][0]
    return None


@rule("data_sources.foreign", "境外来源占比（实践口径）", "data_sources.foreign_share")
def foreign_share(pkg: Package) -> Iterator[Finding]:
    """Share of foreign sources by size when the list says which are foreign: practice only, never above low."""
    listed = _listed_foreign_share(pkg, complete=False) if pkg.route == "备案" else None
    if listed is None:
        return
    share, where = listed
    cap = pkg.profile.thresholds["foreign_open_source_share"].rate
    if share > cap:
        yield make("data_sources.foreign_share", Severity.LOW,
                   f"按清单中的规模计算，境外来源约占 {share:.0%}，高于审核实践常见的 {cap:.0%}（实践口径，标准未规定此数值）。",
                   where, "TC260-003 5.1 b) 要求合理搭配境内外来源语料；如占比较高，在报告中说明原因与对境外语料的额外过滤。")


# 境外语料占比：45%; 境外来源语料占比为12.0%; 境外数据占比约 12% (not a line: 境外开源语料占比不超过30%)
_FOREIGN_STATED = re.compile(r"境外(?:来源)?(?:开源)?(?:的)?(?:语料|数据|训练数据)?(?:的)?(?:占比|比例|比重|占总量的?|占全部语料的?)"
                             r"[^\d%。；;]{0,6}?(\d{1,3}(?:\.\d+)?)\s*%")
_A_LINE = re.compile(r"不超过|不高于|不得超过|低于|≤|<=|要求|上限|以内|控制在")
SHARE_GAP = 0.02  # stated foreign shares further apart than two percentage points are two different figures


@rule("data_sources.foreign_agree", "各材料写的境外来源占比一致", "data_sources.foreign_share_mismatch")
def foreign_agree(pkg: Package) -> Iterator[Finding]:
    """The foreign share of the corpus as the form, the report and the list's sizes give it: figures more than
    :data:`SHARE_GAP` apart are asked about (medium), high when two of them agree against the third (the eighty-second
    probe: 境外语料占比 45% in the form, 12.0% in the report and by the list's sizes)."""
    if pkg.route != "备案":
        return
    found = [(value, f"《{doc.spec.name}》", s.where, s.text) for doc in pkg.docs("form", "assessment_report")
             for s in (doc.view.sentences() if doc.view else []) for value in _foreign_stated(s.text)]
    listed = _listed_foreign_share(pkg)
    if listed is not None:
        found.append((listed[0], "数据溯源清单（按规模计算）", listed[1], ""))
    if not found:
        return
    low, high = min(found, key=lambda f: f[0]), max(found, key=lambda f: f[0])
    if high[0] - low[0] <= SHARE_GAP:
        return
    backed = any(abs(a[0] - b[0]) <= SHARE_GAP / 2 and a[1] != b[1] for i, a in enumerate(found) for b in found[i + 1:])
    yield make("data_sources.foreign_share_mismatch", Severity.HIGH if backed else Severity.MEDIUM,
               f"境外来源语料占比前后不一致：{high[1]}写 {high[0]:.1%}，{low[1]}写 {low[0]:.1%}"
               + ("（另一份材料与其中一个相符）。" if backed else "，请核对。"), f"{high[2]}；{low[2]}",
               "按数据溯源清单的规模重新计算境外来源占比，统一备案表与评估报告中的数字。",
               evidence=f"{high[3][:60]} / {low[3][:60]}")


def _foreign_stated(text: str) -> list[float]:
    """The foreign shares a sentence states as measured, not as a line (不超过30%)."""
    folded = nfkc(fold(text))
    return [float(m.group(1)) / 100 for m in _FOREIGN_STATED.finditer(folded)
            if not _A_LINE.search(folded[m.start():m.end(1)])]


def _listed_foreign_share(pkg: Package, *, complete: bool = True) -> tuple[float, str] | None:
    """The foreign share by the list's sizes and where the list is, when the list says which sources are foreign and
    the sizes share a unit (条 and GB give no share); with ``complete``, only when every dataset has a size."""
    table = find_table(pkg)
    if table is None or "境内外" not in table.columns:
        return None
    sizes = [(_size(rec.get("规模")), bool(compiled("data_sources", "foreign").search(fold(rec.get("境内外")))))
             for rec in table.records if rec.get("名称")]
    known = [(s[0], f) for s, f in sizes if s]
    total = sum(v for v, _ in known)
    if not total or (complete and len(known) < len(sizes)) or len({s[1] for s, _ in sizes if s}) != 1:
        return None
    return sum(v for v, f in known if f) / total, table.where


_STORAGE = frozenset(("GB", "TB", "MB", "PB", "KB"))
_PARTS_BETWEEN = re.compile(r"^[^，,、；;+＋和及与]{0,2}[，,、；;+＋和及与][^\d]{0,8}$")


def _stated_size(value: str) -> tuple[float, str] | None:
    """The corpus total a form or report states: its one size, or the sum of the parts it lists by kind (图文对约46.0万组，
    文本约12.0万条: the two-hundred-and-thirtieth probe; unit '' when the parts are counted in different units). A
    volume beside a count (约1.2亿条，约350GB) is another way of counting, not a part."""
    from beian.prereview.numbers import quantities

    found = [q for q in quantities(value) if q.unit.upper() not in _STORAGE]
    if len(found) < 2 or any(_PARTS_BETWEEN.match(value[a.end:b.start]) is None for a, b in pairwise(found)):
        return _size(value)
    units = {q.unit for q in found}
    return sum(q.value for q in found), units.pop() if len(units) == 1 else ""


def _size(cell: str) -> tuple[float, str] | None:
    from beian.prereview.numbers import quantities

    found = quantities(cell)
    return (found[0].value, found[0].unit) if found else None


def languages_of(cell: str) -> list[str]:
    """The languages a “语言” cell names, each by one name: 汉语、English → 中文、英文; 中英双语 → 中文、英文."""
    names = {fold(w): lang for lang, ws in section("data_sources", "language_names").items() for w in ws}
    short = section("data_sources", "language_abbreviations")
    out: list[str] = []
    bare = re.sub(r"[（(][^（）()]*[)）]", " ", fold(cell))  # 中文（图像描述，人工重写）: a note, not languages
    for token in re.split(r"[、,，/;；\s+＋&]+|及|和|与", bare.strip()):
        core = re.sub(r"(?:双语|三语|多语|对照|混合|平行|文|语)+$", "", token)
        if token in names:
            out.append(names[token])
        elif core and all(c in short for c in core):  # 中英, 中英文, 中日韩, 中
            out.extend(short[c] for c in core)
        elif token:
            out.append(token)
    return list(dict.fromkeys(out))


@rule("data_sources.languages", "各语种语料来源多样", "data_sources.single_source_language")
def languages(pkg: Package) -> Iterator[Finding]:
    """A language served by one dataset only (source diversity, TC260-003 5.1 b)."""
    table = find_table(pkg) if pkg.route == "备案" else None
    if table is None or "语言" not in table.columns:
        return
    by_lang: dict[str, set[str]] = defaultdict(set)
    unnamed: list[str] = []
    for rec in (r for r in table.records if r.get("名称")):
        if _languages_unnamed(rec.get("语言")):
            unnamed.append(rec.get("名称"))
        else:
            for lang in languages_of(rec.get("语言")):
                by_lang[lang].add(rec.get("名称"))
    note = f"；另有数据集（{'、'.join(unnamed[:3])}）只写了几种语言、没写是哪几种，请确认" if unnamed else ""
    for lang, names in sorted(by_lang.items()):
        if len(names) == 1:  # a dataset of unnamed languages may hold it: then a doubt, low
            yield make("data_sources.single_source_language", Severity.LOW if unnamed else Severity.MEDIUM,
                       f"“{lang}”语料只有一个来源（{next(iter(names))}）{note}。",
                       table.where, f"为“{lang}”语料增加至少一个不同来源，提高来源多样性；“语言”一栏写明具体语种。")


def _languages_unnamed(cell: str) -> bool:
    """Whether a “语言” cell counts languages without naming any the vocabulary knows (七种语言, 多语种; the
    hundred-and-fifty-sixth probe)."""
    folded, known = fold(cell), set(section("data_sources", "language_names"))
    return not any(lang in known for lang in languages_of(folded)) and \
        any(re.search(p, folded) for p in section("data_sources", "languages_unnamed"))
