"""Render a :class:`Report` as a Rich summary, JSON, Markdown or HTML (Chinese)."""

from __future__ import annotations

import html
import json

from rich.console import Console
from rich.table import Table

from beian.findings import Severity
from beian.prereview.engine import Report

SEVERITIES = list(reversed(list(Severity)))


def _family_zh(family: str | None) -> str:
    from beian.prereview.rules import FAMILY_ZH

    return FAMILY_ZH.get(family or "", family or "")


def to_json(report: Report) -> str:
    """The JSON contract, pretty-printed, UTF-8 text."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def to_markdown(report: Report) -> str:
    """A Markdown report a newcomer can fix the package from."""
    lines = ["# 备案材料预审报告", "", f"- 材料包：`{report.package}`", f"- 路线：{report.route}",
             f"- 标准配置：{report.profile}", f"- 结论：**{report.verdict_zh}**（共 {len(report.findings)} 项问题）", ""]
    for f in report.findings:
        lines += [f"## [{f.severity.label_zh}] {f.message}", "", f"- 类别：{_family_zh(f.family)}（`{f.code}`）",
                  f"- 位置：{f.location or '—'}"]
        if f.evidence:
            lines.append(f"- 证据：{f.evidence}")
        if f.fix:
            lines.append(f"- 修改建议：{f.fix}")
        lines.append("")
    return "\n".join(lines)


def to_html(report: Report) -> str:
    """A self-contained HTML page."""
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(f.severity.label_zh)}</td><td>{e(_family_zh(f.family))}</td><td>{e(f.message)}</td>"
        f"<td>{e(f.location)}</td><td>{e(f.evidence or '')}</td><td>{e(f.fix or '')}</td></tr>" for f in report.findings)
    return (
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>备案材料预审报告</title>"
        "<style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:4px}table{border-collapse:collapse}</style>"
        f"</head><body><h1>备案材料预审报告</h1><p>材料包：{e(report.package)}；路线：{e(report.route)}；"
        f"结论：<b>{e(report.verdict_zh)}</b></p><table><tr><th>严重程度</th><th>类别</th><th>问题</th><th>位置</th>"
        f"<th>证据</th><th>修改建议</th></tr>{rows}</table></body></html>")


def print_summary(report: Report, console: Console, limit: int = 60) -> None:
    """Rich summary: counts by family and severity, the worst findings, the verdict."""
    from beian.prereview.rules import FAMILIES

    counts = report.counts()
    console.print(f"备案材料预审：{report.package}（路线：{report.route}）", soft_wrap=True, highlight=False, markup=False)
    table = Table()
    table.add_column("类别")
    for sev in SEVERITIES:
        table.add_column(sev.label_zh, justify="right")
    for fam in FAMILIES:
        table.add_row(_family_zh(fam), *[str(counts.get(fam, {}).get(s.value, 0) or "") for s in SEVERITIES])
    console.print(table)
    worst_first = sorted(report.findings, key=lambda f: -f.severity.rank)
    shown = [f for f in worst_first if f.severity.rank >= Severity.LOW.rank][:limit]
    for f in shown:
        console.print(f"[bold]{f.severity.label_zh}[/] {f.message} [dim]({f.location})[/]", highlight=False, soft_wrap=True)
        if f.fix:
            console.print(f"    修改建议：{f.fix}", highlight=False, soft_wrap=True)
    if len(shown) < len(report.findings):
        console.print(f"…另有 {len(report.findings) - len(shown)} 项，用 --format md 或 --output 查看完整报告。")
    style = "bold red" if report.failed else "bold green"
    console.print(f"结论：[{style}]{report.verdict_zh}[/]（共 {len(report.findings)} 项问题）", highlight=False, soft_wrap=True)


RENDERERS = {"json": to_json, "md": to_markdown, "html": to_html}
