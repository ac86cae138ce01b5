"""GB 45438-2025 Appendix E rules the implicit label must follow, each as a user of ``beian label`` sees it.

Propagation elements equal the production elements on the provider's first write (Appendix E note 1);
``\\"`` is the one escape allowed in a value; ``ProduceID`` is never cut; one implicit label per file
(6.1 c); the provider code's service-extension code ``00000`` is valid.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from mutagen.flac import FLAC
from mutagen.id3 import ID3, TXXX
from pypdf import PdfReader, PdfWriter
from test_labels import (
    PRODUCER,
    mp3_frames,
    tiny_docx,
    tiny_flac,
    tiny_jpeg,
    tiny_pdf,
    tiny_png,
    with_custom_props,
)
from typer.testing import CliRunner

from beian.cli import app
from beian.errors import InputError
from beian.labels import (
    check_file_label,
    check_producer_code,
    implicit_label,
    label_json,
    read_file_label,
    validate_label,
    write_file_label,
)

runner = CliRunner()
NO_EXTENSION = PRODUCER[:22] + "00000"  # service-extension code unused
LONG_ID = "v-" + "0123456789abcdef" * 5  # 82 characters


def _read(path: Path) -> tuple[int, str]:
    res = runner.invoke(app, ["label", "read", str(path)])
    return res.exit_code, res.output


def _label_text(**fields: str) -> str:
    body = {"Label": "1", "ContentProducer": PRODUCER, "ProduceID": "p1", "ReservedCode1": "",
            "ContentPropagator": PRODUCER, "PropagateID": "p1", "ReservedCode2": "", **fields}
    return json.dumps({"AIGC": body}, separators=(",", ":"))


def _text_file(tmp_path: Path, *payloads: str) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("生成的文字。\n" + "".join(f"AIGC-Label: {p}\n" for p in payloads), encoding="utf-8")
    return path


# ------------------------------------------------------------------ propagation elements, ProduceID
def test_first_write_fills_propagation_elements_with_the_producers() -> None:
    body = implicit_label(PRODUCER, "id-7", "sig")["AIGC"]
    assert body["ContentPropagator"] == body["ContentProducer"] == PRODUCER
    assert body["PropagateID"] == body["ProduceID"] == "id-7"
    assert body["ReservedCode1"] == "sig" and body["ReservedCode2"] == ""


def test_label_with_empty_propagation_elements_is_reported(tmp_path: Path) -> None:
    path = _text_file(tmp_path, _label_text(ContentPropagator="", PropagateID=""))
    code, out = _read(path)
    assert code == 1 and "ContentPropagator 为空" in out and "PropagateID 为空" in out


def test_long_produce_id_is_kept_whole(tmp_path: Path) -> None:
    assert implicit_label(PRODUCER, LONG_ID)["AIGC"]["ProduceID"] == LONG_ID
    path = tmp_path / "a.png"
    path.write_bytes(tiny_png())
    res = runner.invoke(app, ["label", "write", str(path), "--producer", PRODUCER, "--id", LONG_ID])
    assert res.exit_code == 0
    code, out = _read(path)
    body = json.loads(out.splitlines()[0])["AIGC"]
    assert code == 0 and body["ProduceID"] == body["PropagateID"] == LONG_ID


# ------------------------------------------------------------------ character set and escapes
def test_escaped_quote_is_allowed_when_reading(tmp_path: Path) -> None:
    raw = _label_text(ReservedCode1='sig="abc"')
    assert '\\"' in raw
    code, out = _read(_text_file(tmp_path, raw))
    assert code == 0 and "标识合规" in out
    assert validate_label(json.loads(raw)) == []


def test_quote_in_a_value_is_written_as_escaped_quote(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(tiny_jpeg())
    label = implicit_label(PRODUCER, "q1", 'k="v"')
    write_file_label(path, label)
    assert b'"ReservedCode1":"k=\\"v\\""' in path.read_bytes()
    assert read_file_label(path) == label and check_file_label(path)[1] == []


@pytest.mark.parametrize("escape", ["\\u0041", "\\\\", "\\/", "\\n"])
def test_other_escapes_are_reported(tmp_path: Path, escape: str) -> None:
    raw = _label_text(ProduceID="p1").replace('"p1"', f'"p{escape}1"', 1)
    code, out = _read(_text_file(tmp_path, raw))
    assert code == 1 and "转义序列" in out


def test_backslash_and_space_in_values_are_refused() -> None:
    assert validate_label(implicit_label(PRODUCER, "a\\b"))
    assert validate_label(implicit_label(PRODUCER, "a b"))


# ------------------------------------------------------------------ provider code
def test_unused_service_extension_code_is_accepted(tmp_path: Path) -> None:
    assert check_producer_code(NO_EXTENSION) is None
    assert check_producer_code(PRODUCER[:22] + "00001")  # 0 is not a service type unless all five are 0
    path = tmp_path / "a.png"
    path.write_bytes(tiny_png())
    assert runner.invoke(app, ["label", "write", str(path), "--producer", NO_EXTENSION]).exit_code == 0
    code, out = _read(path)
    assert code == 0 and "标识合规" in out


# ------------------------------------------------------------------ one implicit label per file
def _png_text_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_two(payload: str) -> bytes:
    """A PNG with an ``AIGC`` tEXt chunk and an ``AIGC`` iTXt chunk (as another tool might add)."""
    data = tiny_png()
    itxt = _png_text_chunk(b"iTXt", b"AIGC\0\0\0\0\0" + payload.encode())
    text = _png_text_chunk(b"tEXt", b"AIGC\0" + payload.encode())
    return data[:-12] + text + itxt + data[-12:]


def _jpeg_two(payload: str) -> bytes:
    data = tiny_jpeg()
    com = b"AIGC:" + payload.encode()
    seg = b"\xff\xfe" + struct.pack(">H", len(com) + 2) + com
    return data[:2] + seg + seg + data[2:]


def _mp3_two(payload: str) -> bytes:
    tag = ID3()
    tag.add(TXXX(encoding=0, desc="AIGC", text=[payload]))
    tag.add(TXXX(encoding=0, desc="aigc", text=[payload]))
    out = io.BytesIO()
    tag.save(out)
    return out.getvalue() + mp3_frames()


def _pdf_two(payload: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(tiny_pdf())))
    writer.add_metadata({"/AIGC": payload, "/aigc": payload})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _docx_two(payload: str) -> bytes:
    return with_custom_props(tiny_docx(), {"AIGC": payload, "aigc": payload, "Other": "kept"})


TWO_LABELS: dict[str, Callable[[str], bytes]] = {
    "a.png": _png_two, "a.jpg": _jpeg_two, "a.mp3": _mp3_two, "a.pdf": _pdf_two, "a.docx": _docx_two,
    "a.txt": lambda p: f"正文\nAIGC-Label: {p}\nAIGC-Label: {p}\n".encode(),
}


@pytest.mark.parametrize("name", sorted(TWO_LABELS))
def test_file_with_two_labels_is_reported_and_rewrite_leaves_one(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(TWO_LABELS[name](label_json(implicit_label(PRODUCER, "old"))))
    code, out = _read(path)
    assert code == 1 and "2 个 AIGC 隐式标识" in out
    write_file_label(path, implicit_label(PRODUCER, "new"))
    label, problems = check_file_label(path)
    assert problems == [] and label is not None and label["AIGC"]["ProduceID"] == "new"
    assert _read(path)[0] == 0


def test_flac_with_two_comments_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.flac"
    path.write_bytes(tiny_flac())
    audio = FLAC(path)
    audio.add_tags()
    payload = label_json(implicit_label(PRODUCER, "old"))
    audio.tags["AIGC"] = [payload, payload]  # type: ignore[index]
    audio.save()
    assert "2 个 AIGC 隐式标识" in _read(path)[1]


def test_sidecar_is_refused_when_the_file_already_has_a_label(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(tiny_png())
    write_file_label(path, implicit_label(PRODUCER, "inside"))
    with pytest.raises(InputError, match="两个标识"):
        write_file_label(path, implicit_label(PRODUCER, "beside"), sidecar=True)
    assert not (tmp_path / "a.png.aigc.json").exists()


def test_writing_into_the_file_removes_a_stale_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(tiny_png())
    write_file_label(path, implicit_label(PRODUCER, "beside"), sidecar=True)
    write_file_label(path, implicit_label(PRODUCER, "inside"))
    assert not (tmp_path / "a.png.aigc.json").exists()
    assert read_file_label(path)["AIGC"]["ProduceID"] == "inside"  # type: ignore[index]


def test_sidecar_beside_a_labelled_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(tiny_png())
    write_file_label(path, implicit_label(PRODUCER, "inside"))
    (tmp_path / "a.png.aigc.json").write_text(label_json(implicit_label(PRODUCER, "beside")), encoding="utf-8")
    code, out = _read(path)
    assert code == 1 and "2 个 AIGC 隐式标识" in out
