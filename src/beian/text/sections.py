"""A flat, pickle-free file of named sections: a JSON index, then raw bytes.

Sections are numeric arrays (only the dtypes in :data:`DTYPES`) or UTF-8 text. Reading never
runs code from the file and never copies more than the section asked for, so a large file can be
read piece by piece (the gateway loads a compiled lexicon this way while it serves requests).
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt

MAGIC = b"BEIAN-SECTIONS/1\n"
DTYPES: dict[str, type[np.generic]] = {"<i8": np.int64, "|u1": np.uint8, "<u4": np.uint32}


class SectionWriter:
    """Collects sections in memory, then writes them with their index."""

    def __init__(self) -> None:
        self._index: dict[str, list[Any]] = {}
        self._parts: list[bytes] = []
        self._size = 0

    def array(self, name: str, values: npt.NDArray[Any]) -> None:
        """A one-dimensional numeric array."""
        a = np.ascontiguousarray(values)
        if a.dtype.str not in DTYPES:
            a = a.astype(np.int64)
        self._add(name, "array", a.dtype.str, a.tobytes())

    def text(self, name: str, value: str) -> None:
        """A string, stored as UTF-8."""
        self._add(name, "text", "", value.encode("utf-8"))

    def _add(self, name: str, kind: str, dtype: str, data: bytes) -> None:
        self._index[name] = [kind, dtype, self._size, len(data)]
        self._parts.append(data)
        self._size += len(data)

    def write(self, fh: BinaryIO, meta: dict[str, Any]) -> None:
        """Magic line, index length, index (with ``meta``), then the sections in order."""
        header = json.dumps({"meta": meta, "sections": self._index}, ensure_ascii=False).encode("utf-8")
        fh.write(MAGIC + len(header).to_bytes(8, "little") + header)
        for part in self._parts:
            fh.write(part)


class SectionReader:
    """Reads the sections of a file held in memory; raises ``ValueError`` on anything malformed."""

    def __init__(self, data: bytes | bytearray) -> None:
        view = memoryview(data)
        if bytes(view[:len(MAGIC)]) != MAGIC:
            raise ValueError("not a sections file")
        size = int.from_bytes(view[len(MAGIC):len(MAGIC) + 8], "little")
        start = len(MAGIC) + 8
        header = json.loads(bytes(view[start:start + size]).decode("utf-8"))
        self.meta: dict[str, Any] = header["meta"]
        self._index: dict[str, list[Any]] = header["sections"]
        self._base = start + size
        self._view = view

    def _raw(self, name: str, kind: str) -> memoryview:
        found, _, offset, length = self._index[name]
        if found != kind:
            raise ValueError(f"section {name} is not {kind}")
        a = self._base + int(offset)
        if a + int(length) > len(self._view):
            raise ValueError(f"section {name} runs past the end of the file")
        return self._view[a:a + int(length)]

    def array(self, name: str) -> npt.NDArray[Any]:
        """A numeric section as a writeable array of its own."""
        dtype = self._index[name][1]
        if dtype not in DTYPES:
            raise ValueError(f"section {name} has an unsupported type {dtype}")
        out: npt.NDArray[Any] = np.frombuffer(self._raw(name, "array"), dtype=DTYPES[dtype]).copy()
        return out

    def blob(self, name: str) -> bytes:
        """A numeric section's bytes (a serialised engine database)."""
        return bytes(self._raw(name, "array"))

    def view(self, name: str) -> memoryview:
        """A numeric section's bytes without a copy (valid while the buffer read from is alive)."""
        return self._raw(name, "array")

    def text(self, name: str) -> str:
        """A text section."""
        return bytes(self._raw(name, "text")).decode("utf-8")
