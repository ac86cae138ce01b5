"""AIGC labels: the explicit text label and the GB 45438 Appendix E implicit label.

Also reads and writes implicit labels in files (text sidecar/embedded line, PNG
tEXt chunk, JPEG COM segment) in pure Python.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import Path

from beian.errors import InputError

LABEL_KEY = "AIGC"
_CODE_TAIL = re.compile(r"^[0-9A-Z]{4}$")
_SAFE = re.compile(r'^[\x21-\x7e]*$')
PNG_SIG = b"\x89PNG\r\n\x1a\n"
TEXT_PREFIX = "AIGC-Label: "


def check_producer_code(code: str) -> str | None:
    """Why ``code`` is not a valid 27-character provider code, or None when it is."""
    from beian.text.pii import validate_uscc

    if len(code) != 27:
        return f"服务提供者编码须为 27 位，实际为 {len(code)} 位"
    if code[:2] != "00":
        return "服务提供者编码第 1-2 位（格式码）须为 00"
    if code[2:4] != "11":
        return "服务提供者编码第 3-4 位须为 11（组织机构、以统一社会信用代码登记）"
    if not validate_uscc(code[4:22]):
        return "服务提供者编码第 5-22 位不是有效的统一社会信用代码（校验位不符）"
    if code[22] not in "12":
        return "服务提供者编码第 23 位（服务类型）须为 1（生成合成）或 2（传播）"
    if not _CODE_TAIL.match(code[23:]):
        return "服务提供者编码第 24-27 位须为数字或大写字母"
    return None


def implicit_label(producer: str, produce_id: str, reserved1: str = "") -> dict[str, dict[str, str]]:
    """The Appendix E JSON object for content this service generated."""
    return {LABEL_KEY: {
        "Label": "1", "ContentProducer": producer, "ProduceID": produce_id[:32],
        "ReservedCode1": reserved1, "ContentPropagator": "", "PropagateID": "", "ReservedCode2": "",
    }}


def label_json(label: dict[str, dict[str, str]]) -> str:
    """Compact JSON (ASCII only, so it fits an HTTP header)."""
    return json.dumps(label, ensure_ascii=True, separators=(",", ":"))


def validate_label(label: object) -> list[str]:
    """Problems with a parsed implicit label (empty when it is well-formed)."""
    if not isinstance(label, dict) or not isinstance(label.get(LABEL_KEY), dict):
        return ["缺少 AIGC 字段"]
    body = label[LABEL_KEY]
    problems = []
    for key in ("Label", "ContentProducer", "ProduceID", "ReservedCode1",
                "ContentPropagator", "PropagateID", "ReservedCode2"):
        value = body.get(key)
        if not isinstance(value, str):
            problems.append(f"{key} 缺失或不是字符串")
        elif not _SAFE.match(value) or '"' in value or "\\" in value:
            problems.append(f"{key} 含有不允许的字符")
    if body.get("Label") not in ("1", "2", "3"):
        problems.append("Label 须为 \"1\"、\"2\" 或 \"3\"")
    return problems


def apply_text_label(content: str, text: str, position: str) -> str:
    """Add the explicit label at the start or end of an answer."""
    if not text or position == "none":
        return content
    return f"{text}\n{content}" if position == "start" else f"{content}\n{text}"


# ------------------------------------------------------------------ files
def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    if not data.startswith(PNG_SIG):
        raise InputError("不是有效的 PNG 文件（文件头不符）", "确认文件未损坏")
    chunks, pos = [], 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) != length:
            raise InputError("PNG 文件被截断", "确认文件完整")
        chunks.append((kind, body))
        pos += 12 + length
        if kind == b"IEND":
            break
    return chunks


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _write_png(data: bytes, payload: str) -> bytes:
    chunks = [c for c in _png_chunks(data) if not (c[0] == b"tEXt" and c[1].startswith(b"AIGC\0"))]
    out = [PNG_SIG]
    for kind, body in chunks:
        if kind == b"IEND":
            out.append(_png_chunk(b"tEXt", b"AIGC\0" + payload.encode("ascii")))
        out.append(_png_chunk(kind, body))
    return b"".join(out)


def _read_png(data: bytes) -> str | None:
    for kind, body in _png_chunks(data):
        if kind == b"tEXt" and body.startswith(b"AIGC\0"):
            return body[5:].decode("latin-1")
    return None


def _jpeg_segments(data: bytes) -> list[tuple[int, int, int]]:
    """(marker, start, end) of segments before the scan data."""
    if not data.startswith(b"\xff\xd8"):
        raise InputError("不是有效的 JPEG 文件（文件头不符）", "确认文件未损坏")
    segs, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA:
            break
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        segs.append((marker, pos, pos + 2 + length))
        pos += 2 + length
    return segs


def _write_jpeg(data: bytes, payload: str) -> bytes:
    body = b"AIGC:" + payload.encode("ascii")
    keep = bytearray(data[:2])
    segs = _jpeg_segments(data)
    end = segs[-1][2] if segs else 2
    for marker, s, e in segs:
        if not (marker == 0xFE and data[s + 4:s + 9] == b"AIGC:"):
            keep += data[s:e]
    keep += b"\xff\xfe" + struct.pack(">H", len(body) + 2) + body
    return bytes(keep) + data[end:]


def _read_jpeg(data: bytes) -> str | None:
    for marker, s, e in _jpeg_segments(data):
        if marker == 0xFE and data[s + 4:s + 9] == b"AIGC:":
            return data[s + 9:e].decode("latin-1")
    return None


def _kind(path: Path, data: bytes) -> str:
    if data.startswith(PNG_SIG) or path.suffix.lower() == ".png":
        return "png"
    if data.startswith(b"\xff\xd8") or path.suffix.lower() in (".jpg", ".jpeg"):
        return "jpeg"
    return "text"


def write_file_label(path: Path, label: dict[str, dict[str, str]], *, sidecar: bool = False) -> Path:
    """Write ``label`` into ``path`` (or a ``.aigc.json`` sidecar); return the file written."""
    problems = validate_label(label)
    if problems:
        raise InputError("隐式标识不合规：" + "；".join(problems), "检查 ContentProducer 等字段")
    data = _read_bytes(path)
    payload = label_json(label)
    kind = _kind(path, data)
    if sidecar:
        target = path.with_name(path.name + ".aigc.json")
        target.write_text(payload + "\n", encoding="utf-8")
        return target
    if kind == "png":
        path.write_bytes(_write_png(data, payload))
    elif kind == "jpeg":
        path.write_bytes(_write_jpeg(data, payload))
    else:
        text = _decode_text(path, data)
        lines = [ln for ln in text.splitlines() if not ln.startswith(TEXT_PREFIX)]
        path.write_text("\n".join([*lines, TEXT_PREFIX + payload]) + "\n", encoding="utf-8")
    return path


def read_file_label(path: Path) -> dict[str, dict[str, str]] | None:
    """The implicit label in ``path`` or its sidecar, or None when there is none."""
    side = path.with_name(path.name + ".aigc.json")
    payload: str | None = None
    if side.is_file():
        payload = side.read_text(encoding="utf-8").strip()
    else:
        data = _read_bytes(path)
        kind = _kind(path, data)
        if kind == "png":
            payload = _read_png(data)
        elif kind == "jpeg":
            payload = _read_jpeg(data)
        else:
            for line in _decode_text(path, data).splitlines():
                if line.startswith(TEXT_PREFIX):
                    payload = line[len(TEXT_PREFIX):]
    if payload is None:
        return None
    try:
        parsed = json.loads(payload)
    except json.JSONDecodeError:
        raise InputError(f"{path} 中的 AIGC 标识不是合法 JSON", "用 beian label write 重新写入") from None
    return parsed if isinstance(parsed, dict) else None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"找不到文件 {path}", "检查路径") from None


def _decode_text(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path} 不是 UTF-8 文本，也不是 PNG/JPEG", "文本文件请另存为 UTF-8，或使用 --sidecar") from None
