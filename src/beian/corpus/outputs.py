"""Files the filing needs from a scan: the 数据溯源清单 (xlsx), the corpus section of the
self-assessment report (Markdown) and ``result.json``.

The list's header uses the column names ``beian check`` recognises (``standard/vocabulary.yaml``,
``tables.data_sources``); measured cells say the share in the form its sampling rule parses
("违法不良信息占比 x.x%").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from beian.corpus.plan import write_atomic
from beian.standard.cac_excel import numbered_sheet, write_workbook

LIST_NAME = "数据溯源清单.xlsx"
REPORT_NAME = "语料安全评估.md"
DOCX_NAME = "语料安全评估.docx"
RESULT_NAME = "result.json"
COLUMNS = ("序号", "数据集名称", "来源类型", "获取方式", "授权依据", "采集时间", "境内外", "语言", "规模",
           "robots协议/授权审查", "个人信息处理（同意依据与脱敏）", "清洗步骤", "采集后抽检", "违法不良信息占比")


def stage_of(result: dict[str, Any]) -> str:
    """The assessment stage of a scan (采集前/采集后; runs from before ``--stage`` are 采集后)."""
    return str(result.get("stage") or "采集后")


def columns(result: dict[str, Any]) -> tuple[str, ...]:
    """The list's columns; the spot-check column is named for the run's stage (采集前抽检 for a 采集前 run)."""
    return tuple(f"{stage_of(result)}抽检" if c == "采集后抽检" else c for c in COLUMNS)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.2%}"


def _size(src: dict[str, Any]) -> str:
    measured = "、".join(f"{k} {v / max(src['records'], 1):.0%}" for k, v in src["languages"].items())
    return (f"{src['records']:,} 条（{src['bytes'] / 1e6:.1f} MB，{src['files']} 个文件"
            f"{'；实测语言 ' + measured if measured else ''}；{src['status']}）")


def _technical(src: dict[str, Any]) -> str:
    t = src["technical_sample"]
    if not t["n"]:
        return "未抽检（没有记录）"
    return (f"技术抽检（{t['method']}）{t['n']:,} 条（占 {t['fraction']:.1%}），合格率 {_pct(t['rate'])}"
            f"（95%区间 {_pct(t['ci95'][0])}–{_pct(t['ci95'][1])}）；{failed_by(t)}")


def failed_by(t: dict[str, Any]) -> str:
    """Which check failed the technical sample's failing records (and how many were not measured)."""
    f = t["failed_by"]
    if "分类模型" not in t["method"]:
        text = f"不合格 {f['keyword']:,} 条（仅关键词，未配置分类模型）"
    else:
        text = (f"不合格 {f['keyword'] + f['classifier'] + f['both']:,} 条（仅关键词命中 {f['keyword']:,}、"
                f"仅分类模型标记 {f['classifier']:,}、两者 {f['both']:,}）")
    return text + (f"；分类失败未判定 {t['unmeasured']:,} 条" if t["unmeasured"] else "")


def _share(src: dict[str, Any]) -> str:
    rule = src["source_rule"]
    if rule["share"] is None:
        return f"无法计算（{rule['verdict']}）"
    return (f"违法不良信息占比 {_pct(rule['share'])}（{rule['measured']}；95%区间 {_pct(rule['ci95'][0])}–"
            f"{_pct(rule['ci95'][1])}；{rule['verdict']}）")


def list_rows(result: dict[str, Any]) -> list[list[object]]:
    """One row per scanned dataset (source) with declared and measured cells; sources with no records
    (missing on disk, empty) are not datasets of the corpus and are named in the report instead."""
    rows: list[list[object]] = []
    for src in listed(result):
        d = src["declared"]
        rows.append([src["name"], d.get("type", ""), d.get("method", ""), d.get("licence", ""), d.get("period", ""),
                     d.get("region", ""), d.get("language", ""), _size(src), d.get("robots", ""), d.get("consent", ""),
                     d.get("cleaning", ""), _technical(src), _share(src)])
    return rows


def listed(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The sources that go into the 数据溯源清单: those with at least one record."""
    return [s for s in result["sources"] if s["records"]]


def write_list(path: Path, result: dict[str, Any]) -> None:
    """The 数据溯源清单 workbook (byte-identical for the same result)."""
    write_workbook(path, {"数据溯源清单": numbered_sheet(columns(result), list_rows(result))},
                   widths=(6, 24, 10, 30, 24, 18), styled_header=True)


def markdown(result: dict[str, Any]) -> str:
    """The corpus section of the self-assessment report."""
    th = result["thresholds"]
    ov = result["overall"]
    clf = result.get("classifier")
    head = "| 来源 | 状态 | 条数 | 关键词命中占比 | " + ("分类模型标记占比 | " if clf else "")
    lines = [f"## 语料安全评估（{stage_of(result)}评估）", "",
             f"按 {result['profile']} 逐来源扫描全部语料：{ov['records']:,} 条、{ov['bytes'] / 1e6:.1f} MB、"
             f"{ov['files']} 个文件。关键词命中按风险类别统计，个人信息按类型统计，区间为 Wilson 95% 置信区间。"
             f"{_classifier_note(clf)}", "",
             head + "5% 规则 | 技术抽检合格率 | 个人信息 | 近似重复 | 格式错误行 |",
             "|---|---|---:|---:|" + ("---:|" if clf else "") + "---|---:|---:|---:|---:|"]
    for src in [*result["sources"], ov]:
        hit, tech = src["keyword_hits"], src["technical_sample"]
        flag = f"{flag_rate(src['classifier'])} | " if clf else ""
        lines.append(f"| {src['name']} | {src['status']} | {src['records']:,} | {_pct(hit['rate'])} | {flag}"
                     f"{src['source_rule']['verdict']} | {_pct(tech['rate'])}（{tech['n']:,} 条） | "
                     f"{_pct(src['personal_information']['rate'])} | {_pct(src['near_duplicates']['rate'])} | "
                     f"{src['malformed']['count']:,} |")
    tech = ov["technical_sample"]
    left_out = [f"{s['name']}（{s['status']}）" for s in result["sources"] if not s["records"]]
    if left_out:
        lines += ["", f"未列入数据溯源清单（没有可扫描的记录）：{'、'.join(left_out)}。"]
    lines += ["",
              f"- 来源规则（{th['source_illegal_share']['clause']}）：违法不良信息占比超过 "
              f"{th['source_illegal_share']['rate']:.0%} 的来源不应使用；占比按{ov['source_rule']['basis']}判定"
              f"（全部语料：{ov['source_rule']['measured']}）。",
              f"- 技术抽检（{th['corpus_technical']['clause']}，{tech['method']}）：按种子 {result['settings']['seed']} 抽取 "
              f"{tech['n']:,} 条（占 {tech['fraction']:.1%}，要求不少于 {th['corpus_technical']['fraction']:.0%}），"
              f"合格率 {_pct(tech['rate'])}，合格线 {th['corpus_technical']['rate']:.0%}："
              f"{'达标' if tech['passes'] else '未达标'}；{failed_by(tech)}。",
              f"- 人工抽检（{th['corpus_manual']['clause']}）：不少于 {th['corpus_manual']['n']:,} 条、合格率不低于 "
              f"{th['corpus_manual']['rate']:.0%}；用 beian corpus sample 抽取、beian corpus review-import 计算。"]
    if clf and ov["classifier"]["errors"]:
        lines.append(f"- 分类模型调用失败 {ov['classifier']['errors']:,} 条（例如：{ov['classifier']['error_example']}），"
                     "这些记录未计入分类模型的指标，也未计为合格；修复接口后用同一命令重跑，只重扫这些块。")
    return "\n".join([*lines, ""])


def _classifier_note(clf: dict[str, Any] | None) -> str:
    if not clf:
        return ("未配置分类模型：技术抽检与 5% 规则只用了关键词，尚不满足标准“关键词 + 分类模型”的技术抽检要求"
                "（用 --classifier-kind 配置）。")
    return (f"分类模型：{clf['label']}，判定{clf['scope_label']}（每条取前 {clf['max_chars']:,} 字）；"
            "关键词命中或分类模型标记即为不合格。" + (f"注意：{clf['note']}。" if clf.get("note") else ""))


def flag_rate(c: dict[str, Any] | None) -> str:
    """The classifier's flag rate with the records it judged (and its failures), ``—`` when none."""
    if not c or (c["n"] == 0 and not c["errors"]):
        return "—"
    return f"{_pct(c['rate'])}（{c['n']:,} 条" + (f"，失败 {c['errors']:,}）" if c["errors"] else "）")


def write_docx(path: Path, result: dict[str, Any]) -> None:
    """The same section as a Word fragment (heading, paragraphs, one table) to paste into the report."""
    import docx

    from beian.standard.cac_excel import normalise_zip

    document = docx.Document()
    body = markdown(result).splitlines()
    document.add_heading(body[0].lstrip("# "), level=2)
    rows = [line.strip("|").split(" | ") for line in body if line.startswith("| ") and not line.startswith("|---")]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell.strip()
    for line in body[1:]:
        if line and not line.startswith("|"):
            document.add_paragraph(line.lstrip("- "))
    document.save(str(path))
    normalise_zip(path)


def write_all(run_dir: Path, result: dict[str, Any]) -> None:
    """``result.json``, the 数据溯源清单 and the Markdown section in the run folder."""
    write_atomic(run_dir / RESULT_NAME, json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True))
    write_list(run_dir / LIST_NAME, result)
    write_atomic(run_dir / REPORT_NAME, markdown(result))
    write_docx(run_dir / DOCX_NAME, result)
