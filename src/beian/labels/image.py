"""Implicit labels in images, in pure Python: a PNG ``tEXt`` chunk and a JPEG COM segment."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from beian.errors import InputError
from beian.labels.fileio import Codec, read_all

PNG_SIG = b"\x89PNG\r\n\x1a\n"
_PNG_KEY = b"AIGC\0"
_JPEG_KEY = b"AIGC:"


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


_PNG_TEXT = (b"tEXt", b"zTXt", b"iTXt")


def _png_keyword(kind: bytes, body: bytes) -> bool:
    """Whether a text chunk's keyword is AIGC (any case: a reader would take either)."""
    return kind in _PNG_TEXT and body.split(b"\0", 1)[0].upper() == b"AIGC"


def _png_text(kind: bytes, body: bytes) -> str:
    """The text of a ``tEXt``, ``zTXt`` or ``iTXt`` chunk (the part after the keyword)."""
    rest = body.split(b"\0", 1)[1] if b"\0" in body else b""
    try:
        if kind == b"tEXt":
            return rest.decode("latin-1")
        if kind == b"zTXt":
            return zlib.decompress(rest[1:]).decode("latin-1")
        flag, rest = rest[:1], rest[2:]
        text = rest.split(b"\0", 2)[-1]  # skip the language tag and the translated keyword
        return (zlib.decompress(text) if flag == b"\x01" else text).decode("utf-8", errors="replace")
    except zlib.error:
        raise InputError("PNG 文件中的 AIGC 文本块已损坏", "用 beian label write 重新写入") from None


def label_png(data: bytes, payload: str) -> bytes:
    """``data`` with one ``tEXt`` chunk ``AIGC`` (every earlier AIGC text chunk removed) before IEND."""
    chunks = [c for c in _png_chunks(data) if not _png_keyword(*c)]
    out = [PNG_SIG]
    for kind, body in chunks:
        if kind == b"IEND":
            out.append(_png_chunk(b"tEXt", _PNG_KEY + payload.encode("ascii")))
        out.append(_png_chunk(kind, body))
    return b"".join(out)


def png_labels(data: bytes) -> list[str]:
    """The payloads of every AIGC text chunk (``tEXt``, ``zTXt``, ``iTXt``), in file order."""
    return [_png_text(kind, body) for kind, body in _png_chunks(data) if _png_keyword(kind, body)]


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


def label_jpeg(data: bytes, payload: str) -> bytes:
    """``data`` with one COM segment ``AIGC:<json>`` (any earlier one removed) before the scan."""
    body = _JPEG_KEY + payload.encode("ascii")
    keep = bytearray(data[:2])
    segs = _jpeg_segments(data)
    end = segs[-1][2] if segs else 2
    for marker, s, e in segs:
        if not _jpeg_is_label(data, marker, s):
            keep += data[s:e]
    keep += b"\xff\xfe" + struct.pack(">H", len(body) + 2) + body
    return bytes(keep) + data[end:]


def _jpeg_is_label(data: bytes, marker: int, start: int) -> bool:
    """Whether the segment at ``start`` is a COM segment that starts with ``AIGC:`` (any case)."""
    return marker == 0xFE and data[start + 4:start + 9].upper() == _JPEG_KEY


def jpeg_labels(data: bytes) -> list[str]:
    """The payloads of every ``AIGC:`` COM segment, in file order."""
    return [data[s + 9:e].decode("latin-1") for marker, s, e in _jpeg_segments(data) if _jpeg_is_label(data, marker, s)]


def _read_png(path: Path) -> list[str]:
    return png_labels(read_all(path))


def _write_png(source: Path, target: Path, payload: str) -> None:
    target.write_bytes(label_png(read_all(source), payload))


def _read_jpeg(path: Path) -> list[str]:
    return jpeg_labels(read_all(path))


def _write_jpeg(source: Path, target: Path, payload: str) -> None:
    target.write_bytes(label_jpeg(read_all(source), payload))


CODECS: dict[str, Codec] = {
    "png": Codec("PNG tEXt 块（关键字 AIGC）", _read_png, _write_png),
    "jpeg": Codec("JPEG COM 注释段（以 AIGC: 开头）", _read_jpeg, _write_jpeg),
}
