"""AIGC labels: the explicit text label and the GB 45438 Appendix E implicit label.

Also reads and writes the implicit label in files. The format is chosen by content
(magic bytes) first and by extension second; each format lives in a sibling
module (images in pure Python, audio/video through mutagen, PDF through pypdf, DOCX
through python-docx), UTF-8 text gets a trailing ``AIGC-Label:`` line, and any file
can use a ``FILE.aigc.json`` sidecar instead. See docs/labels.md.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from beian.errors import InputError
from beian.labels.fileio import SIDECAR_HINT, Codec, read_all, read_head, replacing
from beian.labels.image import CODECS as IMAGE_CODECS
from beian.labels.image import PNG_SIG

LABEL_KEY = "AIGC"
FIELDS = ("Label", "ContentProducer", "ProduceID", "ReservedCode1", "ContentPropagator", "PropagateID",
          "ReservedCode2")
REQUIRED = ("ContentProducer", "ProduceID", "ContentPropagator", "PropagateID")  # reserved codes may be empty
UNUSED_EXTENSION = "00000"  # positions 23-27 of a provider code when no service extension is used
_CODE_TAIL = re.compile(r"^[0-9A-Z]{4}$")
_SAFE = re.compile(r'^[\x21-\x7e]*$')  # printable ASCII without space; the backslash is refused separately
_PROPAGATOR_NOTE = "（附录 E 注 1：生成服务首次写入时，传播要素填与生成要素相同的值）"
_ESCAPE = re.compile(r"\\(.?)", re.DOTALL)
TEXT_PREFIX = "AIGC-Label: "
SIDECAR_SUFFIX = ".aigc.json"


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
    if code[22:] == UNUSED_EXTENSION:
        return None
    if code[22] not in "12":
        return "服务提供者编码第 23 位（服务类型）须为 1（生成合成）或 2（传播），不使用服务扩展码时第 23-27 位为 00000"
    if not _CODE_TAIL.match(code[23:]):
        return "服务提供者编码第 24-27 位须为数字或大写字母"
    return None


def implicit_label(producer: str, produce_id: str, reserved1: str = "") -> dict[str, dict[str, str]]:
    """The Appendix E JSON object for content this service generated.

    On the generating provider's first write the propagation elements repeat the production
    elements (GB 45438 Appendix E, note 1): ``ContentPropagator`` = ``ContentProducer`` and
    ``PropagateID`` = ``ProduceID``. ``ProduceID`` is kept whole: the standard sets no length limit.
    """
    return {LABEL_KEY: {
        "Label": "1", "ContentProducer": producer, "ProduceID": produce_id,
        "ReservedCode1": reserved1, "ContentPropagator": producer, "PropagateID": produce_id, "ReservedCode2": "",
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
    for key in FIELDS:
        value = body.get(key)
        if not isinstance(value, str):
            problems.append(f"{key} 缺失或不是字符串")
        elif not _SAFE.match(value) or "\\" in value:
            problems.append(f"{key} 含有不允许的字符（只允许可打印 ASCII 字符，双引号须写作 \\\"）")
        elif not value and key in REQUIRED:
            problems.append(f"{key} 为空" + (_PROPAGATOR_NOTE if "Propag" in key else ""))
    if body.get("Label") not in ("1", "2", "3"):
        problems.append("Label 须为 \"1\"、\"2\" 或 \"3\"")
    return problems


def payload_problems(payload: str) -> list[str]:
    """Problems in the raw JSON text of a label that parsing hides: escapes other than ``\\"``.

    Appendix E allows ``\\"`` inside a value; any other escape (``\\\\``, ``\\u…``, ``\\/``, ``\\n``)
    stands for a character outside the allowed set or is needlessly ambiguous, so it is reported.
    """
    bad = sorted({"\\" + m.group(1) for m in _ESCAPE.finditer(payload) if m.group(1) != '"'})
    return [f"标识 JSON 中含有 \\\" 以外的转义序列：{'、'.join(bad)}"] if bad else []


def apply_text_label(content: str, text: str, position: str) -> str:
    """Add the explicit label at the start or end of an answer."""
    if not text or position == "none":
        return content
    return f"{text}\n{content}" if position == "start" else f"{content}\n{text}"


# ------------------------------------------------------------------ file formats
_AUDIO = ("mp3", "wav", "mp4", "flac", "ogg")
_OFFICE = ("pdf", "docx")
_EXTENSIONS = {
    ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg",
    ".mp3": "mp3", ".wav": "wav", ".wave": "wav",
    ".mp4": "mp4", ".m4a": "mp4", ".m4v": "mp4", ".m4b": "mp4", ".mov": "mp4",
    ".flac": "flac", ".ogg": "ogg", ".oga": "ogg", ".opus": "ogg",
    ".pdf": "pdf", ".docx": "docx",
}
# byte-order marks of UTF-8, UTF-16 LE/BE (UTF-32 LE starts like UTF-16 LE)
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# ISO BMFF brands that are still images (HEIF/AVIF), not audio or video
_IMAGE_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"}


def file_format(path: Path) -> str:
    """The label format of ``path``: magic bytes first, extension second, else ``"text"``.

    One of ``png jpeg mp3 wav mp4 flac ogg pdf docx text``.
    """
    head = read_head(path)
    return _sniff(path, head) or _EXTENSIONS.get(path.suffix.lower(), "text")


def _sniff(path: Path, head: bytes) -> str | None:
    if head.startswith(PNG_SIG):
        return "png"
    if head.startswith(b"\xff\xd8"):
        return "jpeg"
    if head.startswith(_TEXT_BOMS):
        return None  # a text file with a byte-order mark (UTF-16 LE looks like an MPEG frame sync)
    if head[:3] == b"ID3" and len(head) >= 10 and head[3] in (2, 3, 4):
        return "flac" if _after_id3(path, head) == b"fLaC" else "mp3"
    if _is_mpeg_audio(head):
        return "mp3"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[4:8] == b"ftyp":
        return None if head[8:12] in _IMAGE_BRANDS else "mp4"
    magic = {b"fLaC": "flac", b"OggS": "ogg", b"%PDF": "pdf"}
    if head[:4] in magic:
        return magic[head[:4]]
    if head.startswith(b"PK\x03\x04") and _is_docx(path):
        return "docx"
    return None


def _after_id3(path: Path, head: bytes) -> bytes:
    """The four bytes after a leading ID3v2 tag (FLAC files sometimes carry one)."""
    size = 0
    for byte in head[6:10]:
        size = (size << 7) | (byte & 0x7F)
    footer = 10 if head[5] & 0x10 else 0
    return read_head(path, 4, 10 + size + footer)


def _is_mpeg_audio(head: bytes) -> bool:
    """An MPEG audio frame sync with a valid version and layer (not ADTS AAC, layer 0)."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    return (head[1] >> 3) & 3 != 1 and (head[1] >> 1) & 3 != 0


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def _codec(kind: str) -> Codec:
    """The codec for ``kind``; mutagen, pypdf and python-docx are imported only when needed."""
    if kind in _AUDIO:
        from beian.labels.audio import CODECS as AUDIO

        return AUDIO[kind]
    if kind in _OFFICE:
        from beian.labels.office import CODECS as OFFICE

        return OFFICE[kind]
    return _TEXT if kind == "text" else IMAGE_CODECS[kind]


def label_location(path: Path, *, sidecar: bool = False) -> str:
    """Where in ``path`` the label is (or would be) stored, in words for the user."""
    if sidecar:
        return f"旁路文件 {sidecar_path(path).name}"
    return _codec(file_format(path)).where


def sidecar_path(path: Path) -> Path:
    """``FILE.aigc.json`` beside ``path``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


# ------------------------------------------------------------------ text
def _decode_text(path: Path, data: bytes) -> str:
    text = _utf8(data)
    if text is None:
        raise InputError(
            f"{path} 不是 UTF-8 文本，也不是支持写入元数据的格式"
            "（PNG、JPEG、MP3、WAV、MP4/M4A/MOV、FLAC、Ogg、PDF、DOCX）",
            "文本文件请另存为 UTF-8；其他格式请使用 --sidecar 写入旁路文件",
        )
    return text


def _utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 text, or None for binary data (NUL bytes) and other encodings."""
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _read_text(path: Path) -> list[str]:
    return [line[len(TEXT_PREFIX):] for line in _decode_text(path, read_all(path)).splitlines()
            if line.startswith(TEXT_PREFIX)]


def _write_text(source: Path, target: Path, payload: str) -> None:
    lines = [ln for ln in _decode_text(source, read_all(source)).splitlines() if not ln.startswith(TEXT_PREFIX)]
    target.write_text("\n".join([*lines, TEXT_PREFIX + payload]) + "\n", encoding="utf-8")


_TEXT = Codec(f"文件末尾的一行 “{TEXT_PREFIX.strip()} …”", _read_text, _write_text)


# ------------------------------------------------------------------ read / write
def write_file_label(path: Path, label: dict[str, dict[str, str]], *, sidecar: bool = False) -> Path:
    """Write ``label`` into ``path`` (or a ``.aigc.json`` sidecar); return the file written.

    A file carries one implicit label (GB 45438 6.1 c): an earlier label is replaced, never
    duplicated; a stale sidecar is removed after an in-file write, and a sidecar is refused
    for a file that already carries a label inside. The file is replaced atomically and only
    after the new label reads back, so on any error it is left unchanged.
    """
    problems = validate_label(label)
    if problems:
        raise InputError("隐式标识不合规：" + "；".join(problems), "检查 ContentProducer 等字段")
    payload = label_json(label)
    kind = file_format(path)  # also checks that the file exists and is readable
    if sidecar:
        _refuse_second_label(path, kind)
        target = sidecar_path(path)
        with replacing(target, mode_from=path) as tmp:
            tmp.write_text(payload + "\n", encoding="utf-8")
        return target
    codec = _codec(kind)
    try:
        with replacing(path) as tmp:
            codec.write(path, tmp, payload)
            if codec.read(tmp) != [payload]:
                raise InputError(f"写入后未能从 {path} 读回唯一的 AIGC 标识", SIDECAR_HINT)
    except InputError as exc:
        raise InputError(f"{exc.message}；原文件未改动", exc.hint) from exc
    sidecar_path(path).unlink(missing_ok=True)  # the label now lives in the file: one label per file
    return path


def _refuse_second_label(path: Path, kind: str) -> None:
    """Raise when ``path`` already carries a label inside (a sidecar would make it two)."""
    try:
        inside = _codec(kind).read(path)
    except InputError:
        return  # a format without in-file labels (the reason for a sidecar)
    if inside:
        raise InputError(f"{path} 内已有 AIGC 隐式标识，再写旁路文件会使一个文件带两个标识",
                         "去掉 --sidecar 直接写入文件，新标识会替换原有标识")


def read_file_labels(path: Path) -> list[str]:
    """The raw JSON text of every implicit label of ``path``: its sidecar's first, then those inside."""
    side = sidecar_path(path)
    found = [read_all(side).decode("utf-8", errors="replace").strip()] if side.is_file() else []
    try:
        return found + _codec(file_format(path)).read(path)
    except InputError:
        if found:  # a sidecar beside a file whose format cannot hold a label
            return found
        raise


def _parse(path: Path, payload: str) -> dict[str, dict[str, str]] | None:
    try:
        parsed = json.loads(payload)
    except json.JSONDecodeError:
        raise InputError(f"{path} 中的 AIGC 标识不是合法 JSON", "用 beian label write 重新写入") from None
    return parsed if isinstance(parsed, dict) else None


def read_file_label(path: Path) -> dict[str, dict[str, str]] | None:
    """The implicit label in ``path`` or its sidecar (the sidecar's when both), or None when there is none."""
    payloads = read_file_labels(path)
    return _parse(path, payloads[0]) if payloads else None


def check_file_label(path: Path) -> tuple[dict[str, dict[str, str]] | None, list[str]]:
    """The file's implicit label and every problem with it: fields, escapes, and a second label."""
    payloads = read_file_labels(path)
    if not payloads:
        return None, []
    label = _parse(path, payloads[0])
    problems = [] if len(payloads) == 1 else [
        f"文件中有 {len(payloads)} 个 AIGC 隐式标识；GB 45438 6.1 c) 要求每个文件只有一个（用 beian label write 重写）"]
    for payload in payloads:
        problems += [p for p in payload_problems(payload) if p not in problems]
    return label, problems + validate_label(label)
