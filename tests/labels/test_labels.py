"""AIGC labels: provider code, implicit label, files (text, images, audio/video, PDF, DOCX) and the CLI."""

from __future__ import annotations

import io
import json
import os
import re
import struct
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest
from mutagen.flac import FLAC
from mutagen.id3 import ID3, TIT2
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.ogg import OggPage
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject
from typer.testing import CliRunner

from beian.cli import app
from beian.errors import InputError
from beian.labels import (
    apply_text_label,
    check_producer_code,
    file_format,
    implicit_label,
    label_json,
    read_file_label,
    validate_label,
    write_file_label,
)
from beian.labels import fileio as labels_io

runner = CliRunner()
PRODUCER = "0011" + "91110102MAD55U9H0F" + "1" + "0002"  # a valid 27-character provider code


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
    assert label["AIGC"]["ProduceID"] == "x" * 40 and validate_label(label) == []  # never cut (no limit in E)
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


# ------------------------------------------------------------------ real media fixtures
CHINESE = re.compile(r"[\u4e00-\u9fff]")
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"


def mp3_frames(count: int = 20) -> bytes:
    """MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, 417 bytes each) with a marked payload."""
    return b"".join(b"\xff\xfb\x90\x00" + bytes(409) + bytes([i]) * 4 for i in range(count))


def box(kind: bytes, body: bytes) -> bytes:
    """One ISO BMFF box."""
    return struct.pack(">I", 8 + len(body)) + kind + body


MDAT = box(b"mdat", b"VIDEO-PAYLOAD-" * 40)


def tiny_mp4(brand: bytes = b"M4A ", moov_last: bool = False) -> bytes:
    """ftyp + moov(mvhd: 5 s at 1000/s) + mdat (or ftyp + mdat + moov)."""
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = struct.pack(">B3xIIII", 0, 0, 0, 1000, 5000) + struct.pack(">IH", 0x10000, 0x100) + bytes(10)
    mvhd += matrix + bytes(24) + struct.pack(">I", 2)
    ftyp, moov = box(b"ftyp", brand + bytes(4) + brand + b"isom"), box(b"moov", box(b"mvhd", mvhd))
    return ftyp + MDAT + moov if moov_last else ftyp + moov + MDAT


FLAC_FRAMES = b"\xff\xf8" + b"FLAC-FRAME-DATA" * 20


def tiny_flac() -> bytes:
    """fLaC + STREAMINFO (44.1 kHz, stereo, 16 bit, 1 s) + fake frame bytes."""
    packed = (44100 << 44) | (1 << 41) | (15 << 36) | 44100
    info = struct.pack(">HH", 4096, 4096) + bytes(6) + packed.to_bytes(8, "big") + bytes(16)
    return b"fLaC" + b"\x80" + len(info).to_bytes(3, "big") + info + FLAC_FRAMES


PCM = bytes(range(256)) * 8


def tiny_wav() -> bytes:
    """RIFF/WAVE, 8 kHz mono 16 bit PCM."""
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(PCM)) + PCM
    return b"RIFF" + struct.pack("<I", len(body)) + body


def riff_chunks(data: bytes) -> dict[bytes, bytes]:
    """Chunk id -> body of a RIFF file."""
    chunks, pos = {}, 12
    while pos + 8 <= len(data):
        cid, size = struct.unpack("<4sI", data[pos:pos + 8])
        chunks[cid] = data[pos + 8:pos + 8 + size]
        pos += 8 + size + (size & 1)
    return chunks


def ogg_headers(codec: str) -> list[bytes]:
    """Identification, comment (and for Vorbis, setup) header packets."""
    if codec == "vorbis":
        ident = b"\x01vorbis" + struct.pack("<IBIiii", 0, 2, 44100, 0, 128000, 0) + b"\xb8\x01"
        comment = b"\x03vorbis" + struct.pack("<I", 4) + b"test" + struct.pack("<I", 0) + b"\x01"
        return [ident, comment, b"\x05vorbisSETUP-HEADER"]
    ident = b"OpusHead" + struct.pack("<BBHIhB", 1, 2, 312, 48000, 0, 0)
    return [ident, b"OpusTags" + struct.pack("<I", 4) + b"test" + struct.pack("<I", 0)]


def tiny_ogg(codec: str) -> bytes:
    """A real Ogg stream: header pages, then three audio pages."""
    headers = ogg_headers(codec)
    groups = [headers[:1], headers[1:]] + [[b"AUDIO-PACKET-%d-" % i * 16] for i in range(3)]
    pages = []
    for seq, packets in enumerate(groups):
        page = OggPage()
        page.packets, page.sequence, page.serial = packets, seq, 7
        page.first, page.last = seq == 0, seq == len(groups) - 1
        page.position = 0 if seq < 2 else 48000 * (seq - 1)
        pages.append(page.write())
    return b"".join(pages)


def ogg_packets(path: Path) -> list[bytes]:
    """Every packet of an Ogg file, read back page by page."""
    data = path.read_bytes()
    stream, pages = io.BytesIO(data), []
    while stream.tell() < len(data):
        pages.append(OggPage(stream))
    return OggPage.to_packets(pages)


PAGE_TEXT = "Hello AIGC page"


def tiny_pdf() -> bytes:
    """One page with a line of Helvetica text, and a /Title."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 12 Tf 20 100 Td ({PAGE_TEXT}) Tj ET".encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    writer.add_metadata({"/Title": "测试文档"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PARAGRAPHS = ["第一段：生成的正文。", "第二段：更多内容。"]


def tiny_docx() -> bytes:
    """A Word document with two paragraphs and a title."""
    document = docx.Document()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    document.core_properties.title = "测试标题"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_custom_props(data: bytes, props: dict[str, str]) -> bytes:
    """``data`` (a .docx) plus docProps/custom.xml as another tool (e.g. Word) writes it."""
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(props.items(), start=2))
    custom = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="{CUSTOM_NS}" '
              f'xmlns:vt="{VT_NS}">{items}</Properties>')
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            body = src.read(name)
            if name == "[Content_Types].xml":
                body = body.replace(b"</Types>", f'<Override PartName="/docProps/custom.xml" '
                                    f'ContentType="{CUSTOM_CT}"/></Types>'.encode())
            if name == "_rels/.rels":
                body = body.replace(b"</Relationships>", f'<Relationship Id="rId99" Type="{CUSTOM_RT}" '
                                    f'Target="docProps/custom.xml"/></Relationships>'.encode())
            dst.writestr(name, body)
        dst.writestr("docProps/custom.xml", custom)
    return out.getvalue()


def custom_props(path: Path) -> list[tuple[str, str, str]]:
    """(name, pid, value) of every custom property, read with zipfile + ElementTree only,
    after checking the part is declared the way Office finds it."""
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("_rels/.rels").decode()
        root = ElementTree.fromstring(archive.read("docProps/custom.xml"))
    assert f'PartName="/docProps/custom.xml" ContentType="{CUSTOM_CT}"' in types
    assert CUSTOM_RT in rels and 'Target="docProps/custom.xml"' in rels
    return [(p.get("name", ""), p.get("pid", ""), p[0].text or "") for p in root.iter(f"{{{CUSTOM_NS}}}property")]


def write_twice(path: Path) -> dict[str, dict[str, str]]:
    """Write a first label, then a second one over it; return the second."""
    write_file_label(path, implicit_label(PRODUCER, "first-id"))
    label = implicit_label(PRODUCER, "second-id", "sig")
    write_file_label(path, label)
    return label


def only_file(path: Path) -> None:
    """No temporary file or sidecar was left beside ``path``."""
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


# ------------------------------------------------------------------ audio / video
def test_mp3_id3_txxx(tmp_path: Path) -> None:
    path = tmp_path / "song.mp3"
    frames = mp3_frames()
    path.write_bytes(frames)
    before = MP3(path).info
    label = write_twice(path)
    assert read_file_label(path) == label
    audio = MP3(path)
    assert [f.text for f in audio.tags.getall("TXXX")] == [[label_json(label)]]
    assert audio.tags.getall("TXXX")[0].desc == "AIGC"
    assert audio.tags.version == (2, 3, 0)  # new tags use the widely read ID3v2.3
    raw = path.read_bytes()
    assert raw.startswith(b"ID3") and raw.endswith(frames)  # audio frames untouched
    assert (audio.info.length, audio.info.sample_rate, audio.info.bitrate) == (
        before.length, before.sample_rate, before.bitrate)
    assert raw.count(b'{"AIGC"') == 1
    only_file(path)


def test_mp3_keeps_other_tags_and_id3v24(tmp_path: Path) -> None:
    path = tmp_path / "song.mp3"
    path.write_bytes(mp3_frames())
    tags = ID3()
    tags.add(TIT2(encoding=3, text=["生成的歌"]))
    tags.save(path, v2_version=4)
    write_twice(path)
    audio = MP3(path)
    assert audio.tags["TIT2"].text == ["生成的歌"]
    assert audio.tags.version == (2, 4, 0)
    assert len(audio.tags.getall("TXXX")) == 1


def test_wav_id3_chunk(tmp_path: Path) -> None:
    path = tmp_path / "voice.wav"
    path.write_bytes(tiny_wav())
    label = write_twice(path)
    assert read_file_label(path) == label
    audio = WAVE(path)
    assert [f.text for f in audio.tags.getall("TXXX")] == [[label_json(label)]]
    assert audio.info.sample_rate == 8000
    chunks = riff_chunks(path.read_bytes())
    assert chunks[b"data"] == PCM and b"id3 " in chunks  # samples untouched


@pytest.mark.parametrize(("name", "brand", "moov_last"), [
    ("clip.m4a", b"M4A ", False), ("clip.mp4", b"isom", False), ("clip.mov", b"qt  ", False),
    ("late.mp4", b"isom", True),
])
def test_mp4_freeform_atom(tmp_path: Path, name: str, brand: bytes, moov_last: bool) -> None:
    path = tmp_path / name
    path.write_bytes(tiny_mp4(brand, moov_last))
    label = write_twice(path)
    assert read_file_label(path) == label
    audio = MP4(path)
    assert [bytes(v) for v in audio.tags["----:com.apple.iTunes:AIGC"]] == [label_json(label).encode()]
    assert audio.info.length == 5.0
    raw = path.read_bytes()
    assert MDAT in raw and raw.count(b'{"AIGC"') == 1  # media data untouched


def test_flac_vorbis_comment(tmp_path: Path) -> None:
    path = tmp_path / "a.flac"
    path.write_bytes(tiny_flac())
    label = write_twice(path)
    assert read_file_label(path) == label
    audio = FLAC(path)
    assert audio.tags["AIGC"] == [label_json(label)]
    assert (audio.info.sample_rate, audio.info.channels, audio.info.length) == (44100, 2, 1.0)
    assert path.read_bytes().endswith(FLAC_FRAMES)


@pytest.mark.parametrize(("codec", "kind"), [("vorbis", OggVorbis), ("opus", OggOpus)])
def test_ogg_vorbis_comment(tmp_path: Path, codec: str, kind: type) -> None:
    path = tmp_path / f"a.{'ogg' if codec == 'vorbis' else 'opus'}"
    path.write_bytes(tiny_ogg(codec))
    before = ogg_packets(path)
    length = kind(path).info.length
    label = write_twice(path)
    assert read_file_label(path) == label
    audio = kind(path)
    assert audio.tags["AIGC"] == [label_json(label)]
    assert audio.info.length == length
    after = ogg_packets(path)
    assert after[0] == before[0] and after[2:] == before[2:]  # only the comment packet changed


# ------------------------------------------------------------------ documents
def test_pdf_info_entry(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(tiny_pdf())
    label = write_twice(path)
    assert read_file_label(path) == label
    reader = PdfReader(path)
    assert reader.metadata["/AIGC"] == label_json(label)
    assert [k for k in reader.metadata if "AIGC" in k.upper()] == ["/AIGC"]
    assert reader.metadata["/Title"] == "测试文档"
    assert len(reader.pages) == 1 and reader.pages[0].extract_text() == PAGE_TEXT
    assert path.read_bytes().count(b"/AIGC") == 1  # the old entry is gone, not just shadowed
    assert PdfReader(path, strict=True).metadata["/AIGC"] == label_json(label)
    only_file(path)


def test_signed_pdf_refused(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(tiny_pdf())))
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/SigFlags"): NumberObject(3)})
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "signed.pdf"
    path.write_bytes(out.getvalue())
    with pytest.raises(InputError, match="数字签名") as err:
        write_file_label(path, implicit_label(PRODUCER, "x"))
    assert "--sidecar" in str(err.value.hint)
    assert path.read_bytes() == out.getvalue()
    only_file(path)


def test_docx_custom_property(tmp_path: Path) -> None:
    path = tmp_path / "memo.docx"
    path.write_bytes(tiny_docx())
    core = docx.Document(str(path)).core_properties
    before = (core.title, core.comments, core.keywords, core.subject)
    label = write_twice(path)
    assert read_file_label(path) == label
    assert custom_props(path) == [("AIGC", "2", label_json(label))]
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs] == PARAGRAPHS
    core = document.core_properties
    assert (core.title, core.comments, core.keywords, core.subject) == before  # core properties untouched


def test_docx_keeps_other_custom_properties(tmp_path: Path) -> None:
    path = tmp_path / "memo.docx"
    old = label_json(implicit_label(PRODUCER, "from-word"))
    path.write_bytes(with_custom_props(tiny_docx(), {"Department": "法务部", "aigc": old}))
    assert read_file_label(path) == json.loads(old)  # Office property names are case-insensitive
    label = implicit_label(PRODUCER, "new-id")
    write_file_label(path, label)
    assert custom_props(path) == [("Department", "2", "法务部"), ("AIGC", "3", label_json(label))]
    assert [p.text for p in docx.Document(str(path)).paragraphs] == PARAGRAPHS


# ------------------------------------------------------------------ format choice, no label, corrupt input
@pytest.mark.parametrize(("name", "data", "kind"), [
    ("clip.bin", mp3_frames(), "mp3"),
    ("song.wav", mp3_frames(), "mp3"),        # content beats a wrong extension
    ("doc", tiny_pdf(), "pdf"),
    ("x.zip", tiny_docx(), "docx"),
    ("v.dat", tiny_mp4(), "mp4"),
    ("photo.heic", box(b"ftyp", b"heic" + bytes(4) + b"mif1heic"), "text"),
    ("empty.mp3", b"", "mp3"),                # no content: the extension decides
])
def test_format_by_content_then_extension(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert file_format(path) == kind


def test_content_beats_extension_when_writing(tmp_path: Path) -> None:
    path = tmp_path / "really-an-mp3.wav"
    path.write_bytes(mp3_frames())
    label = write_twice(path)
    assert read_file_label(path) == label
    assert MP3(path).tags.getall("TXXX")[0].desc == "AIGC"


@pytest.mark.parametrize(("name", "build"), [
    ("a.mp3", mp3_frames), ("a.wav", tiny_wav), ("a.m4a", tiny_mp4), ("a.flac", tiny_flac),
    ("a.ogg", lambda: tiny_ogg("vorbis")), ("a.opus", lambda: tiny_ogg("opus")),
    ("a.pdf", tiny_pdf), ("a.docx", tiny_docx),
])
def test_unlabelled_file_reads_none(tmp_path: Path, name: str, build: object) -> None:
    path = tmp_path / name
    path.write_bytes(build())  # type: ignore[operator]
    assert read_file_label(path) is None


CORRUPT = [
    ("cut.mp3", b"ID3\x03\x00\x00\x00\x00\x10\x00" + mp3_frames(1)[:100], "MP3"),  # tag says 2 KiB
    ("cut2.mp3", mp3_frames()[:3], "MP3"),
    ("cut.m4a", tiny_mp4()[:60], "MP4"),                     # inside moov
    ("cut.mp4", tiny_mp4()[:-100], "MP4"),                   # inside mdat
    ("cut.wav", tiny_wav()[:-100], "WAV"),
    ("cut.flac", tiny_flac()[:30], "FLAC"),
    ("notes.pdf", "这不是 PDF。\n".encode(), "PDF"),
    ("cut.pdf", tiny_pdf()[:300], "PDF"),
    ("letter.docx", "这不是 Word 文档。\n".encode(), "DOCX"),
    ("cut.docx", tiny_docx()[:500], "DOCX"),
]


@pytest.mark.parametrize(("name", "data", "fmt"), CORRUPT)
def test_corrupt_media_rejected_and_untouched(tmp_path: Path, name: str, data: bytes, fmt: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=fmt) as err:
        write_file_label(path, implicit_label(PRODUCER, "x"))
    assert CHINESE.search(err.value.message) and "未改动" in err.value.message
    with pytest.raises(InputError, match=fmt):
        read_file_label(path)
    assert path.read_bytes() == data
    only_file(path)


def test_unknown_binary_needs_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "model.bin"
    data = b"\x00\x01BINARY\x00" * 10
    path.write_bytes(data)
    with pytest.raises(InputError, match="UTF-8") as err:
        write_file_label(path, implicit_label(PRODUCER, "x"))
    assert "--sidecar" in str(err.value.hint)
    assert path.read_bytes() == data
    label = implicit_label(PRODUCER, "side")
    assert write_file_label(path, label, sidecar=True) == tmp_path / "model.bin.aigc.json"
    assert read_file_label(path) == label and path.read_bytes() == data


# ------------------------------------------------------------------ atomic replacement
def test_failed_replace_leaves_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "song.mp3"
    path.write_bytes(mp3_frames())

    def crash(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(labels_io.os, "replace", crash)
    with pytest.raises(InputError, match="未改动"):
        write_file_label(path, implicit_label(PRODUCER, "x"))
    assert path.read_bytes() == mp3_frames()
    only_file(path)


def test_error_inside_replacing_removes_temp(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("原文\n", encoding="utf-8")
    with pytest.raises(RuntimeError), labels_io.replacing(path) as tmp:
        tmp.write_bytes(b"half-written")
        raise RuntimeError("crash")
    assert path.read_text(encoding="utf-8") == "原文\n"
    only_file(path)


def test_write_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "a.flac"
    path.write_bytes(tiny_flac())
    os.chmod(path, 0o640)
    write_file_label(path, implicit_label(PRODUCER, "x"))
    assert path.stat().st_mode & 0o777 == 0o640


# ------------------------------------------------------------------ CLI
def test_cli_media_write_read(tmp_path: Path) -> None:
    path = tmp_path / "song.mp3"
    path.write_bytes(mp3_frames())
    res = runner.invoke(app, ["label", "read", str(path)])
    assert res.exit_code == 1 and "没有 AIGC 隐式标识" in res.output
    res = runner.invoke(app, ["label", "write", str(path), "--producer", PRODUCER, "--id", "m1"])
    assert res.exit_code == 0 and "TXXX" in res.output
    res = runner.invoke(app, ["label", "write", str(path), "--producer", PRODUCER, "--id", "m2"])
    res = runner.invoke(app, ["label", "read", str(path)])
    assert res.exit_code == 0 and "标识合规" in res.output
    assert json.loads(res.output.splitlines()[0])["AIGC"]["ProduceID"] == "m2"
    assert len(MP3(path).tags.getall("TXXX")) == 1


@pytest.mark.parametrize(("name", "build", "where"), [
    ("a.pdf", tiny_pdf, "/AIGC"), ("a.docx", tiny_docx, "custom.xml"), ("a.m4a", tiny_mp4, "com.apple.iTunes:AIGC"),
])
def test_cli_documents(tmp_path: Path, name: str, build: object, where: str) -> None:
    path = tmp_path / name
    path.write_bytes(build())  # type: ignore[operator]
    res = runner.invoke(app, ["label", "write", str(path), "--producer", PRODUCER, "--id", "d1"])
    assert res.exit_code == 0 and where in res.output
    res = runner.invoke(app, ["label", "read", str(path)])
    assert res.exit_code == 0 and json.loads(res.output.splitlines()[0])["AIGC"]["ProduceID"] == "d1"


def test_cli_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_bytes("不是压缩包".encode())
    res = runner.invoke(app, ["label", "write", str(path), "--producer", PRODUCER])
    assert res.exit_code == 2 and "不是有效的 DOCX 文件" in res.output
    assert path.read_bytes() == "不是压缩包".encode()
