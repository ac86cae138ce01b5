"""Writing the evidence pack: screenshots, evidence.json, index.html and the reviewer-ready .docx."""

from __future__ import annotations

import base64
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beian.evidence.font import CJKFont
from beian.evidence.model import EvidenceRun, Masker
from beian.evidence.render import Context, render_probe

DOCX_NAME = "内容安全测试证据.docx"
TITLE = "生成式人工智能服务内容安全测试证据"
ABOUT = ("本证据包由 beian evidence 对运行中的内容安全网关逐项发送测试请求自动生成。每张截图都是根据与网关的"
         "真实 HTTP 请求与响应渲染的（请求、状态码、响应头、响应体、网关请求编号与时间均为实际记录），"
         "不是浏览器截图，也不是产品界面截图；如审核需要，请另附产品界面的实际截图。")
MASK_NOTE = "为避免在材料中扩散违法不良信息与个人信息，截图与记录中的敏感词和个人信息已打码（如“法*功”“139****5678”）。"
RAW_NOTE = "注意：本次使用了 --show-raw，截图与记录中的敏感词和个人信息未打码，请勿对外提交。"


@dataclass
class Pack:
    """The files written."""

    folder: Path
    images: list[Path] = field(default_factory=list)
    json_path: Path | None = None
    html_path: Path | None = None
    docx_path: Path | None = None


def _slug(probe_id: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", probe_id).strip("-")
    return slug or "probe"


def write_pack(run: EvidenceRun, masker: Masker, out: Path, font: CJKFont | None) -> Pack:
    """Render the screenshots (when a font is given) and write every file of the pack to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    pack = Pack(out)
    shown = [r for r in run.results if r.status != "skipped"]
    if font is not None:
        for i, r in enumerate(shown, 1):
            r.image = f"{i:02d}-{_slug(r.spec.id)}.png"
    record = run.to_record(masker)
    if font is not None:
        probes = [p for p in record["probes"] if p["image"]]
        for i, probe in enumerate(probes, 1):
            ctx = Context(run.gateway, i, len(probes), masked=not run.show_raw)
            path = out / probe["image"]
            render_probe(probe, ctx, font, path)
            pack.images.append(path)
    pack.json_path = out / "evidence.json"
    pack.json_path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    pack.html_path = out / "index.html"
    pack.html_path.write_text(render_html(record, out), encoding="utf-8")
    pack.docx_path = out / DOCX_NAME
    write_docx(record, out, pack.docx_path)
    return pack


def summary_rows(record: dict[str, Any]) -> list[list[str]]:
    """Header plus one row per probe: number, name, purpose, result, request id."""
    rows = [["序号", "测试项", "测试目的", "结果", "请求编号 / 说明"]]
    for i, p in enumerate(record["probes"], 1):
        ref = p.get("reference") or p.get("note") or ""
        if p["status"] == "failed" and p.get("note") and p.get("reference"):
            ref = f"{p['reference']}；{p['note']}"
        rows.append([str(i), p["name"], p.get("purpose", ""), p["status_zh"], ref])
    return rows


def headline(record: dict[str, Any]) -> str:
    """One Chinese sentence with the totals."""
    s = record["summary"]
    text = f"共 {s['total']} 项：通过 {s['passed']} 项，未通过 {s['failed']} 项，跳过 {s['skipped']} 项。"
    if record.get("error"):
        text += f"运行中止：{record['error']}。"
    return text


# ---------------------------------------------------------------- HTML
_CSS = """
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1100px;
color:#111827;background:#f8fafc;padding:0 1em}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #d1d5db;padding:6px 8px;
text-align:left;vertical-align:top}th{background:#f1f5f9}.passed{color:#16a34a;font-weight:bold}
.failed{color:#dc2626;font-weight:bold}.skipped{color:#6b7280}figure{margin:2em 0}img{max-width:100%;
border:1px solid #d1d5db}figcaption{color:#374151;margin-top:.5em}.note{background:#fff7ed;border:1px solid
#fdba74;padding:.6em 1em}ul.checks li{margin:.2em 0}
"""


def _img_tag(out: Path, name: str, alt: str) -> str:
    data = base64.b64encode((out / name).read_bytes()).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}">'


def render_html(record: dict[str, Any], out: Path) -> str:
    """The self-contained index.html (screenshots embedded)."""
    e = html.escape
    parts = [f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{e(TITLE)}</title>"
             f"<style>{_CSS}</style></head><body><h1>{e(TITLE)}</h1>",
             f"<p>网关地址：{e(record['gateway'])}<br>测试时间：{e(record['started'])} 至 {e(record['finished'])}"
             f"<br>模型：{e(record.get('model') or '（未知）')}<br>工具：beian evidence {e(record['version'])}</p>",
             f"<p><strong>{e(headline(record))}</strong></p>",
             f"<p class=\"note\">{e(ABOUT)}<br>{e(MASK_NOTE if record['masked'] else RAW_NOTE)}</p>"]
    if record.get("error"):
        parts.append(f"<p class=\"note\">错误：{e(record['error'])}<br>提示：{e(record.get('hint') or '')}</p>")
    for note in record.get("notes") or []:
        parts.append(f"<p class=\"note\">{e(note)}</p>")
    rows = summary_rows(record)
    parts.append("<h2>测试结果汇总</h2><table><tr>" + "".join(f"<th>{e(h)}</th>" for h in rows[0]) + "</tr>")
    for probe, row in zip(record["probes"], rows[1:]):
        cells = [f"<td>{e(c)}</td>" for c in row]
        cells[3] = f"<td class=\"{probe['status']}\">{e(row[3])}</td>"
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</table><h2>逐项证据</h2>")
    for n, probe in enumerate((p for p in record["probes"] if p.get("image")), 1):
        parts.append(f"<figure id=\"{e(probe['id'])}\">{_img_tag(out, probe['image'], probe['name'])}"
                     f"<figcaption>图 {n}：{e(probe['name'])}（{e(probe['status_zh'])}）— {e(probe.get('purpose', ''))}"
                     "</figcaption><ul class=\"checks\">")
        for c in probe["checks"]:
            cls = "passed" if c["passed"] else "failed"
            mark = "通过" if c["passed"] else "未通过"
            parts.append(f"<li><span class=\"{cls}\">{mark}</span> {e(c['name'])}"
                         + (f"：{e(c['detail'])}" if c.get("detail") else "") + "</li>")
        parts.append("</ul></figure>")
    parts.append("<p>完整记录（已脱敏）见同目录 evidence.json。</p></body></html>")
    return "\n".join(parts)


# ---------------------------------------------------------------- Word
def _east_asian(document: Any, font_name: str = "宋体") -> None:
    from docx.oxml.ns import qn

    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Caption"):
        try:
            style = document.styles[style_name]
        except KeyError:
            continue
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(fonts)
        fonts.set(qn("w:eastAsia"), font_name)


def write_docx(record: dict[str, Any], out: Path, path: Path) -> None:
    """The reviewer-ready Word document: run facts, the summary table, every screenshot with a caption."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    document = docx.Document()
    _east_asian(document)
    document.core_properties.title = TITLE
    document.core_properties.author = "beian evidence"
    document.add_heading(TITLE, level=0)
    info = document.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for key, value in (("网关地址", record["gateway"]), ("测试时间", f"{record['started']} 至 {record['finished']}"),
                       ("模型", record.get("model") or "（未知）"), ("测试结论", headline(record)),
                       ("生成工具", f"beian evidence {record['version']}")):
        cells = info.add_row().cells
        cells[0].text, cells[1].text = key, value
    document.add_paragraph(ABOUT)
    document.add_paragraph(MASK_NOTE if record["masked"] else RAW_NOTE)
    if record.get("error"):
        document.add_paragraph(f"错误：{record['error']}。提示：{record.get('hint') or ''}")
    for note in record.get("notes") or []:
        document.add_paragraph(note)
    document.add_heading("一、测试结果汇总", level=1)
    rows = summary_rows(record)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.add_heading("二、逐项测试截图", level=1)
    for n, probe in enumerate((p for p in record["probes"] if p.get("image")), 1):
        document.add_heading(f"{n}. {probe['name']}（{probe['status_zh']}）", level=2)
        document.add_paragraph("测试目的：" + probe.get("purpose", ""))
        document.add_picture(str(out / probe["image"]), width=Cm(16))
        document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        ref = f"请求编号 {probe['request_id']}，" if probe.get("request_id") else \
            (f"{probe['reference']}，" if probe.get("reference") else "")
        caption = document.add_paragraph(f"图 {n}：{probe['name']}，{ref}时间 {probe['started']}")
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        failed = [c for c in probe["checks"] if not c["passed"]]
        if failed:
            document.add_paragraph("未通过的检查项：" + "；".join(
                c["name"] + (f"（{c['detail']}）" if c.get("detail") else "") for c in failed))
    document.save(str(path))
