"""Rendering one probe record as a PNG "screenshot": a chat window with an HTTP terminal panel.

The image is drawn from the masked record (the same data as evidence.json), so it
cannot show more than the record does. Layout runs twice: once to measure the
height, once to draw.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from beian.evidence.font import CJKFont

WIDTH = 1280
MARGIN = 28
PAD = 28
BG, WINDOW, BORDER = "#e9edf3", "#ffffff", "#d1d5db"
TITLEBAR, TITLE_TEXT = "#1f2937", "#f9fafb"
TEXT, MUTED = "#111827", "#6b7280"
USER_BUBBLE, BOT_BUBBLE = "#2563eb", "#f3f4f6"
TERM_BG, TERM_TEXT, TERM_DIM = "#0f172a", "#e2e8f0", "#94a3b8"
TERM_PROMPT, TERM_STATUS = "#4ade80", "#facc15"
STATUS_COLOR = {"passed": "#16a34a", "failed": "#dc2626", "skipped": "#9ca3af"}
STATUS_ZH = {"passed": "通过", "failed": "未通过", "skipped": "跳过"}
REQUEST_LINES, RESPONSE_LINES, BUBBLE_LINES = 14, 26, 12
FOOTER = "本图由 beian evidence 根据与网关的真实 HTTP 交互渲染（非浏览器截图，也不是产品界面截图）"


@dataclass
class Context:
    """What every screenshot of one run shares."""

    gateway: str
    index: int
    total: int
    masked: bool


class Painter:
    """Draws, or (dry run) only advances ``y`` so the height can be measured first."""

    def __init__(self, font: CJKFont, height: int | None = None) -> None:
        from PIL import Image, ImageDraw

        self.font = font
        self.y = 0
        self.dry = height is None
        self.img = Image.new("RGB", (WIDTH, height or 1), BG)
        self.draw = ImageDraw.Draw(self.img)
        self._widths: dict[tuple[int, str], float] = {}

    # ------------------------------------------------------------ primitives
    def text(self, x: float, y: float, s: str, size: int, fill: str) -> None:
        """Draw one line (characters the font lacks become ``?``)."""
        if not self.dry:
            self.draw.text((x, y), self.font.safe(s), font=self.font.at(size), fill=fill)

    def rect(self, box: tuple[float, float, float, float], fill: str, radius: int = 0,
             outline: str | None = None) -> None:
        """A (rounded) rectangle."""
        if not self.dry:
            self.draw.rounded_rectangle(box, radius=radius, fill=fill, outline=outline)

    def dot(self, x: float, y: float, r: float, fill: str) -> None:
        """A filled circle centred at (x, y)."""
        if not self.dry:
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def width(self, s: str, size: int) -> float:
        """Rendered width of ``s`` in pixels."""
        font = self.font.at(size)
        total = 0.0
        for ch in s:
            key = (size, ch)
            if key not in self._widths:
                self._widths[key] = font.getlength(self.font.safe(ch))
            total += self._widths[key]
        return total

    def wrap(self, text: str, size: int, max_width: float) -> list[str]:
        """``text`` broken into lines no wider than ``max_width`` (character by character, as CJK allows)."""
        lines: list[str] = []
        for para in text.split("\n"):
            line, used = "", 0.0
            for ch in para.replace("\t", "    "):
                w = self.width(ch, size)
                if line and used + w > max_width:
                    lines.append(line)
                    line, used = "", 0.0
                line += ch
                used += w
            lines.append(line)
        return lines

    def paragraph(self, x: float, text: str, size: int, fill: str, max_width: float, limit: int = 0) -> None:
        """Wrapped text from the current ``y``; at most ``limit`` lines (0: all) with a marker."""
        lines = clip(self.wrap(text, size, max_width), limit)
        for line in lines:
            self.text(x, self.y, line, size, fill)
            self.y += line_height(size)


def line_height(size: int) -> int:
    """Line advance for a font size."""
    return int(size * 1.55)


def clip(lines: list[str], limit: int) -> list[str]:
    """At most ``limit`` lines; the last says how many were left out."""
    if limit <= 0 or len(lines) <= limit:
        return lines
    return [*lines[:limit - 1], f"……（以下省略 {len(lines) - limit + 1} 行，完整内容见 evidence.json）"]


def compact(obj: Any) -> str:
    """One-line JSON."""
    return obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def pretty(obj: Any) -> str:
    """Indented JSON, or the string itself."""
    return obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- the picture
def render_probe(record: dict[str, Any], ctx: Context, font: CJKFont, path: Path) -> tuple[int, int]:
    """Write ``record`` as a PNG at ``path``; return its size."""
    dry = Painter(font)
    _compose(dry, record, ctx)
    height = dry.y + MARGIN
    painter = Painter(font, height)
    painter.rect((MARGIN, MARGIN, WIDTH - MARGIN, height - MARGIN), WINDOW, radius=14, outline=BORDER)
    _compose(painter, record, ctx)
    painter.img.save(path, format="PNG")
    return painter.img.size


def _compose(p: Painter, rec: dict[str, Any], ctx: Context) -> None:
    left, right = MARGIN + PAD, WIDTH - MARGIN - PAD
    _title_bar(p, rec, ctx)
    _heading(p, rec, ctx, left, right)
    for i, ex in enumerate(rec.get("exchanges") or [], 1):
        _exchange(p, ex, i, ctx, left, right)
    _checks(p, rec, left, right)
    p.y += 10
    note = FOOTER + ("；敏感词与个人信息已打码" if ctx.masked else "；注意：本图未打码（--show-raw）")
    p.paragraph(left, note, 15, MUTED, right - left)
    p.y += MARGIN - 6


def _title_bar(p: Painter, rec: dict[str, Any], ctx: Context) -> None:
    top, height = MARGIN, 50
    p.rect((MARGIN, top, WIDTH - MARGIN, top + height), TITLEBAR, radius=14)
    p.rect((MARGIN, top + height - 14, WIDTH - MARGIN, top + height), TITLEBAR)
    for k, color in enumerate(("#ef4444", "#f59e0b", "#22c55e")):
        p.dot(MARGIN + 26 + k * 22, top + height / 2, 7, color)
    p.text(MARGIN + 100, top + 12, f"内容安全测试 {ctx.index}/{ctx.total} · {rec.get('name', '')}", 20, TITLE_TEXT)
    when = str(rec.get("started", ""))
    p.text(WIDTH - MARGIN - 20 - p.width(when, 17), top + 15, when, 17, "#cbd5e1")
    p.y = top + height + 22


def _heading(p: Painter, rec: dict[str, Any], ctx: Context, left: float, right: float) -> None:
    status = str(rec.get("status", "failed"))
    badge = STATUS_ZH.get(status, status)
    bw = p.width(badge, 24) + 36
    p.rect((right - bw, p.y, right, p.y + 42), STATUS_COLOR.get(status, "#dc2626"), radius=21)
    p.text(right - bw + 18, p.y + 6, badge, 24, "#ffffff")
    p.text(left, p.y + 2, str(rec.get("name", "")), 28, TEXT)
    p.y += 52
    if rec.get("purpose"):
        p.paragraph(left, "测试目的：" + str(rec["purpose"]), 18, MUTED, right - left)
    facts: dict[str, Any] = {"网关地址": ctx.gateway}
    if rec.get("request_id") or rec.get("kind") in ("chat", "emergency"):
        facts["请求编号"] = rec.get("request_id") or "（未取得）"
    facts.update(rec.get("facts") or {})
    for key, value in facts.items():
        p.paragraph(left, f"{key}：{value}", 18, TEXT, right - left, limit=3)
    if rec.get("note"):
        p.paragraph(left, "说明：" + str(rec["note"]), 18, STATUS_COLOR["failed"], right - left, limit=4)
    p.y += 8
    p.rect((left, p.y, right, p.y + 1), BORDER)
    p.y += 16


def _exchange(p: Painter, ex: dict[str, Any], i: int, ctx: Context, left: float, right: float) -> None:
    p.text(left, p.y, f"步骤 {i}  {ex.get('title', '')}", 20, TEXT)
    when = str(ex.get("time", ""))
    p.text(right - p.width(when, 16), p.y + 4, when, 16, MUTED)
    p.y += line_height(20) + 4
    if str(ex.get("path", "")).endswith("/chat/completions"):
        _bubbles(p, ex, left, right)
    _terminal(p, ex, ctx, left, right)
    p.y += 14


def _user_text(ex: dict[str, Any]) -> str:
    body = ex.get("request_body") or {}
    msgs = body.get("messages") if isinstance(body, dict) else None
    if not isinstance(msgs, list):
        return ""
    return "\n".join(compact(m.get("content", "")) for m in msgs if isinstance(m, dict) and m.get("role") == "user")


def _bot_text(ex: dict[str, Any]) -> tuple[str, str]:
    """The answer shown in the assistant bubble and a tag line under it."""
    if ex.get("error"):
        return str(ex["error"]), "未收到回答"
    if "assembled" in ex:
        return str(ex["assembled"]), f"流式 {ex.get('chunk_count', 0)} 个分片 · finish_reason: {ex.get('finish_reason')}"
    body = ex.get("body")
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        err = body["error"]
        return str(err.get("message", "")), f"HTTP {ex.get('status')} · 错误码 {err.get('code')}"
    choice = (body.get("choices") or [{}])[0] if isinstance(body, dict) else {}
    content = (choice.get("message") or {}).get("content") if isinstance(choice, dict) else None
    return str(content or ""), f"HTTP {ex.get('status')} · finish_reason: {choice.get('finish_reason')}"


def _bubbles(p: Painter, ex: dict[str, Any], left: float, right: float) -> None:
    max_w = (right - left) * 0.72
    question = _user_text(ex)
    if question:
        lines = clip(p.wrap(question, 19, max_w - 32), BUBBLE_LINES)
        w = max(p.width(s, 19) for s in lines) + 32
        h = len(lines) * line_height(19) + 20
        p.rect((right - w, p.y, right, p.y + h), USER_BUBBLE, radius=14)
        for k, line in enumerate(lines):
            p.text(right - w + 16, p.y + 10 + k * line_height(19), line, 19, "#ffffff")
        p.text(right - w - p.width("用户", 15) - 10, p.y + 4, "用户", 15, MUTED)
        p.y += h + 10
    answer, tag = _bot_text(ex)
    lines = clip(p.wrap(answer or "（空）", 19, max_w - 32), BUBBLE_LINES)
    w = max(p.width(s, 19) for s in lines) + 32
    h = len(lines) * line_height(19) + 20
    x = left + 52
    p.dot(left + 18, p.y + 18, 18, "#0ea5e9")
    p.text(left + 8, p.y + 6, "AI", 17, "#ffffff")
    p.rect((x, p.y, x + w, p.y + h), BOT_BUBBLE, radius=14, outline="#e5e7eb")
    for k, line in enumerate(lines):
        p.text(x + 16, p.y + 10 + k * line_height(19), line, 19, TEXT)
    p.y += h + 4
    p.text(x + 4, p.y, tag, 15, MUTED)
    p.y += line_height(15) + 10


def _terminal_lines(ex: dict[str, Any], ctx: Context, p: Painter, width: float) -> list[tuple[str, str]]:
    size = 16
    out: list[tuple[str, str]] = []

    def add(text: str, color: str, limit: int = 0) -> None:
        out.extend((line, color) for line in clip(p.wrap(text, size, width), limit))

    where = ctx.gateway + ex["path"] if str(ex.get("path", "")).startswith("/") else str(ex.get("path", ""))
    add(f"$ {ex.get('method', '')} {where}", TERM_PROMPT)
    for key, value in (ex.get("request_headers") or {}).items():
        add(f"  {key}: {value}", TERM_DIM)
    if ex.get("request_body") is not None:
        add(pretty(ex["request_body"]), TERM_TEXT, REQUEST_LINES)
    status = ex.get("status")
    head = f"← HTTP {status}" if status is not None else "← （本地读取，无 HTTP 状态）"
    add(head + (f"  · {ex.get('elapsed_ms')} 毫秒" if status is not None else ""), TERM_STATUS)
    for key, value in (ex.get("headers") or {}).items():
        add(f"  {key}: {value}", TERM_DIM)
    if ex.get("error"):
        add(f"  错误：{ex['error']}", "#f87171")
    add(_body_text(ex), TERM_TEXT, RESPONSE_LINES)
    return out


def _body_text(ex: dict[str, Any]) -> str:
    if "sse_events" in ex:
        events = [f"data: {compact(e)}" for e in ex["sse_events"]]
        skipped = int(ex.get("chunk_count", 0)) - len(events)
        if skipped > 0:
            half = len(events) // 2
            events = [*events[:half], f"……（中间省略 {skipped} 个分片）……", *events[half:]]
        return "\n".join(events)
    body = ex.get("body")
    if isinstance(body, list):
        return "\n".join(compact(item) for item in body) or "[]"
    return pretty(body) if body is not None else ""


def _terminal(p: Painter, ex: dict[str, Any], ctx: Context, left: float, right: float) -> None:
    lines = _terminal_lines(ex, ctx, p, right - left - 36)
    h = len(lines) * line_height(16) + 28
    p.rect((left, p.y, right, p.y + h), TERM_BG, radius=10)
    y = p.y + 14
    for line, color in lines:
        p.text(left + 18, y, line, 16, color)
        y += line_height(16)
    p.y += h


def _checks(p: Painter, rec: dict[str, Any], left: float, right: float) -> None:
    checks = rec.get("checks") or []
    passed = sum(1 for c in checks if c.get("passed"))
    p.text(left, p.y, f"检查项：共 {len(checks)} 项，通过 {passed} 项", 20, TEXT)
    p.y += line_height(20) + 2
    for c in checks:
        color = STATUS_COLOR["passed" if c.get("passed") else "failed"]
        mark = "通过" if c.get("passed") else "未通过"
        p.dot(left + 8, p.y + 13, 7, color)
        p.text(left + 24, p.y, mark, 18, color)
        text = str(c.get("name", "")) + (f" —— {c['detail']}" if c.get("detail") else "")
        p.paragraph(left + 24 + p.width("未通过 ", 18), text, 18, TEXT, right - left - 90, limit=3)
        p.y += 2
