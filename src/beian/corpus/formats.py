"""Corpus files: format detection, streaming decompression, block boundaries and record parsing.

A file is cut into blocks of about ``block_bytes`` uncompressed bytes at line breaks, so a block
can be read again on its own after a kill: an uncompressed file seeks to the block, a gzip/zstd
file is decompressed from the start and the bytes before the block are thrown away. JSON
documents (not JSON Lines) are one block; Parquet files are one block per row group.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

LINE_FORMATS = ("jsonl", "csv", "tsv", "txt")
FORMATS = (*LINE_FORMATS, "json", "parquet")
CODECS = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv",
            ".txt": "txt", ".text": "txt", ".parquet": "parquet"}
TEXT_FIELDS = ("text", "content", "context", "正文", "内容", "文本", "review", "body", "document", "passage")
READ_CHUNK = 1 << 20
MAX_EXAMPLES = 5


@dataclass(frozen=True)
class FileKind:
    """How to read one file: its format and compression."""

    fmt: str
    codec: str | None


def detect(path: Path) -> FileKind | None:
    """The format and compression from the file name; ``None`` when it is not a corpus file."""
    suffixes = [s.lower() for s in path.suffixes]
    codec = CODECS.get(suffixes[-1]) if suffixes else None
    if codec:
        suffixes = suffixes[:-1]
    fmt = SUFFIXES.get(suffixes[-1]) if suffixes else None
    return FileKind(fmt, codec) if fmt else None


def open_stream(path: Path, codec: str | None) -> IO[bytes]:
    """A binary stream of the uncompressed bytes."""
    if codec == "gzip":
        return cast(IO[bytes], gzip.open(path, "rb"))
    if codec == "zstd":
        import zstandard

        reader = zstandard.ZstdDecompressor().stream_reader(path.open("rb"), read_across_frames=True)
        return cast(IO[bytes], reader)
    return path.open("rb")


def split_points(path: Path, codec: str | None, block_bytes: int) -> tuple[list[tuple[int, int]], int]:
    """Block starts as ``(uncompressed byte offset, first line number)`` and the uncompressed size.

    One streaming pass; every start is just after a line break, at least ``block_bytes`` after
    the previous start.
    """
    points, pos, lines, target = [(0, 1)], 0, 0, block_bytes
    with open_stream(path, codec) as stream:
        while chunk := stream.read(READ_CHUNK):
            while pos + len(chunk) > target:
                i = chunk.find(b"\n", max(0, target - pos))
                if i < 0:
                    break
                points.append((pos + i + 1, lines + chunk.count(b"\n", 0, i + 1) + 1))
                target = pos + i + 1 + block_bytes
            lines += chunk.count(b"\n")
            pos += len(chunk)
    if len(points) > 1 and points[-1][0] >= pos:
        points.pop()
    return points, pos


def read_range(path: Path, codec: str | None, start: int, end: int) -> bytes:
    """Uncompressed bytes ``[start, end)`` of a file."""
    with open_stream(path, codec) as stream:
        if codec is None:
            stream.seek(start)
        else:
            left = start
            while left > 0:
                got = stream.read(min(left, READ_CHUNK))
                if not got:
                    break
                left -= len(got)
        return stream.read(end - start)


@dataclass
class BlockData:
    """What one block holds: records ``(line, text)`` and what could not be read."""

    records: list[tuple[int, str]] = field(default_factory=list)
    malformed: int = 0
    examples: list[tuple[int, str]] = field(default_factory=list)
    encodings: dict[str, int] = field(default_factory=dict)

    def bad(self, line: int, reason: str) -> None:
        """Count a malformed record; keep the first few line numbers as examples."""
        self.malformed += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append((line, reason))


def decode_line(raw: bytes, data: BlockData) -> str | None:
    """UTF-8, else GB18030 (mixed encodings are common in Chinese corpora); counted per encoding."""
    for enc in ("utf-8", "gb18030"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        data.encodings[enc] = data.encodings.get(enc, 0) + 1
        return text.lstrip("\ufeff")
    return None


def pick_text(obj: Any, text_field: str | None) -> str | None:
    """The text of a JSON/CSV record: the named field, a usual text field, or all its text values joined."""
    if isinstance(obj, str):
        return obj
    if not isinstance(obj, dict):
        return None
    if text_field:
        value = obj.get(text_field)
        return value if isinstance(value, str) else None
    for name in TEXT_FIELDS:
        value = obj.get(name)
        if isinstance(value, str):
            return value
    parts = [v for v in obj.values() if isinstance(v, str) and v.strip() and not _numeric(v)]
    return "\n".join(parts) if parts else None


def _numeric(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def parse_lines(raw: bytes, fmt: str, first_line: int, text_field: str | None,
                header: list[str] | None) -> BlockData:
    """Records of a block of a line format; bad lines are counted with their line numbers."""
    data = BlockData()
    lines: list[tuple[int, str]] = []
    for n, piece in enumerate(raw.split(b"\n"), first_line):
        piece = piece.rstrip(b"\r")
        if not piece.strip():
            continue
        text = decode_line(piece, data)
        if text is None:
            data.bad(n, "无法解码（既不是 UTF-8 也不是 GB18030）")
            continue
        lines.append((n, text))
    if fmt in ("csv", "tsv"):
        _csv_records(lines, "\t" if fmt == "tsv" else ",", header, text_field, data)
    else:
        for n, text in lines:
            _line_record(n, text, fmt, text_field, data)
    return data


def _line_record(n: int, text: str, fmt: str, text_field: str | None, data: BlockData) -> None:
    if fmt == "txt":
        data.records.append((n, text))
        return
    try:
        obj = json.loads(text)
    except ValueError:
        data.bad(n, "不是合法的 JSON")
        return
    value = pick_text(obj, text_field)
    if value is None:
        data.bad(n, f"没有文本字段{'“' + text_field + '”' if text_field else ''}")
    else:
        data.records.append((n, value))


def _csv_records(lines: list[tuple[int, str]], delimiter: str, header: list[str] | None,
                 text_field: str | None, data: BlockData) -> None:
    if header is None and lines:
        header = next(csv.reader([lines.pop(0)[1]], delimiter=delimiter))
    for n, text in lines:
        try:
            row = next(csv.reader([text], delimiter=delimiter))
        except csv.Error:
            data.bad(n, "CSV 行无法解析")
            continue
        if header is None or len(row) != len(header):
            data.bad(n, f"列数 {len(row)} 与表头 {len(header or [])} 不一致")
            continue
        value = pick_text(dict(zip(header, row)), text_field)
        if value is None:
            data.bad(n, f"没有文本列{'“' + text_field + '”' if text_field else ''}")
        else:
            data.records.append((n, value))


def csv_header(path: Path, codec: str | None, fmt: str) -> list[str] | None:
    """The header row of a CSV/TSV file (read once when planning, given to every block)."""
    with open_stream(path, codec) as stream:
        first = stream.readline()
    text = decode_line(first.rstrip(b"\r\n"), BlockData())
    if not text:
        return None
    return next(csv.reader([text], delimiter="\t" if fmt == "tsv" else ","))


def json_records(path: Path, codec: str | None, text_field: str | None) -> BlockData:
    """Records of a JSON document: every object in the tree that has the text field (or a list of strings)."""
    data = BlockData()
    with open_stream(path, codec) as stream:
        raw = stream.read()
    text = decode_line(raw, data)
    try:
        obj = json.loads(text) if text is not None else None
    except ValueError as exc:
        data.bad(getattr(exc, "lineno", 1), "不是合法的 JSON 文档")
        return data
    if text is None:
        data.bad(1, "无法解码（既不是 UTF-8 也不是 GB18030）")
        return data
    for i, value in enumerate(_walk(obj, text_field), 1):
        data.records.append((i, value))
    return data


def _walk(obj: Any, text_field: str | None) -> Iterator[str]:
    names = (text_field,) if text_field else TEXT_FIELDS
    if isinstance(obj, dict):
        for name in names:
            if isinstance(obj.get(name), str):
                yield obj[name]
                return
        for value in obj.values():
            yield from _walk(value, text_field)
    elif isinstance(obj, list):
        if obj and all(isinstance(v, str) for v in obj):
            yield from obj
            return
        for value in obj:
            yield from _walk(value, text_field)


def parquet_groups(path: Path) -> int:
    """How many row groups a Parquet file has (one block each)."""
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_row_groups)


def parquet_records(path: Path, group: int, text_field: str | None) -> BlockData:
    """Records of one Parquet row group; the row number counts from 1 over the whole file."""
    import pyarrow.parquet as pq

    data = BlockData()
    pf = pq.ParquetFile(path)
    first = sum(pf.metadata.row_group(g).num_rows for g in range(group)) + 1
    table = pf.read_row_group(group)
    for n, row in enumerate(table.to_pylist(), first):
        value = pick_text(row, text_field)
        if value is None:
            data.bad(n, "没有文本列")
        else:
            data.records.append((n, value))
    return data
