"""AIGC labels: provider code, implicit label, files (text, PNG, JPEG) and the CLI."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest
from gw_support import PRODUCER
from typer.testing import CliRunner

from beian.cli import app
from beian.errors import InputError
from beian.gateway.labels import (
    apply_text_label,
    check_producer_code,
    implicit_label,
    read_file_label,
    validate_label,
    write_file_label,
)

runner = CliRunner()


def tiny_png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")


def tiny_jpeg() -> bytes:
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", len(app0) + 2) + app0 + b"\xff\xda\x00\x02SCANDATA\xff\xd9"


def test_producer_code_rules() -> None:
    assert check_producer_code(PRODUCER) is None
    assert "27" in str(check_producer_code(PRODUCER[:-1]))
    assert "格式码" in str(check_producer_code("01" + PRODUCER[2:]))
    assert "统一社会信用代码" in str(check_producer_code(PRODUCER[:21] + "X" + PRODUCER[22:]))
    assert "服务类型" in str(check_producer_code(PRODUCER[:22] + "3" + PRODUCER[23:]))
    assert "大写字母" in str(check_producer_code(PRODUCER[:23] + "ab01"))


def test_implicit_label_shape() -> None:
    label = implicit_label(PRODUCER, "x" * 40)
    assert list(label["AIGC"]) == ["Label", "ContentProducer", "ProduceID", "ReservedCode1",
                                   "ContentPropagator", "PropagateID", "ReservedCode2"]
    assert len(label["AIGC"]["ProduceID"]) == 32 and validate_label(label) == []
    assert validate_label({"AIGC": {"Label": 1}})


def test_text_label_positions() -> None:
    assert apply_text_label("答", "本内容由人工智能生成", "start") == "本内容由人工智能生成\n答"
    assert apply_text_label("答", "本内容由人工智能生成", "none") == "答"


@pytest.mark.parametrize("kind", ["png", "jpeg", "txt"])
def test_file_roundtrip(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"a.{kind}"
    data = {"png": tiny_png(), "jpeg": tiny_jpeg(), "txt": "这是一段生成的文字。\n".encode()}[kind]
    path.write_bytes(data)
    label = implicit_label(PRODUCER, "id1")
    write_file_label(path, label)
    write_file_label(path, label)  # rewriting replaces, never duplicates
    assert read_file_label(path) == label
    raw = path.read_bytes()
    assert raw.count(b'{"AIGC"') == 1
    if kind == "png":
        assert raw.endswith(tiny_png()[-12:])  # IEND still last
    if kind == "jpeg":
        assert raw.endswith(b"SCANDATA\xff\xd9")
    if kind == "txt":
        assert path.read_text(encoding="utf-8").startswith("这是一段生成的文字。")


def test_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "v.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42")
    write_file_label(path, implicit_label(PRODUCER, "id2"), sidecar=True)
    assert path.read_bytes() == b"\x00\x00\x00\x18ftypmp42"
    assert read_file_label(path)["AIGC"]["ProduceID"] == "id2"  # type: ignore[index]


def test_corrupt_png(tmp_path: Path) -> None:
    path = tmp_path / "bad.png"
    path.write_bytes(tiny_png()[:20])
    with pytest.raises(InputError, match="PNG"):
        write_file_label(path, implicit_label(PRODUCER, "x"))


def test_cli_write_read(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(tiny_png())
    res = runner.invoke(app, ["label", "read", str(path)])
    assert res.exit_code == 1 and "没有" in res.output
    res = runner.invoke(app, ["label", "write", str(path), "--producer", PRODUCER, "--id", "abc"])
    assert res.exit_code == 0
    res = runner.invoke(app, ["label", "read", str(path)])
    assert res.exit_code == 0 and "标识合规" in res.output
    assert json.loads(res.output.splitlines()[0])["AIGC"]["ProduceID"] == "abc"
    res = runner.invoke(app, ["label", "write", str(path), "--producer", "123"])
    assert res.exit_code == 2 and "27" in res.output
    gbk = tmp_path / "g.txt"
    gbk.write_bytes("中文".encode("gbk"))
    res = runner.invoke(app, ["label", "write", str(gbk), "--producer", PRODUCER])
    assert res.exit_code == 2 and "UTF-8" in res.output
