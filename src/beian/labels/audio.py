"""Implicit labels in audio and video files, through mutagen.

* MP3 and WAV: an ID3v2 ``TXXX`` frame whose description is ``AIGC``.
* MP4 / M4A / MOV: the freeform iTunes atom ``----:com.apple.iTunes:AIGC``.
* FLAC, Ogg Vorbis and Ogg Opus: the Vorbis comment ``AIGC``.

mutagen only rewrites the tag area and copies the audio/video data as it is (for MP4
it also fixes the chunk offset tables when ``moov`` grows). Each codec edits a copy
of the file, never the original; :mod:`beian.labels.fileio` swaps it in.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

from mutagen import FileType, MutagenError
from mutagen.flac import FLAC
from mutagen.id3 import TXXX, Encoding
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4, AtomDataType, MP4FreeForm
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

from beian.errors import InputError
from beian.labels.fileio import SIDECAR_HINT, Codec, copy_into, read_head

FIELD = "AIGC"
MP4_KEY = "----:com.apple.iTunes:AIGC"
_ERRORS = (MutagenError, ValueError, EOFError, struct.error)


# ------------------------------------------------------------------ loading
def _corrupt(path: Path, name: str) -> InputError:
    return InputError(f"{path} 不是有效的 {name} 文件（可能已损坏或被截断）", SIDECAR_HINT)


def _load(kind: type[FileType], path: Path, name: str, shown: Path | None = None) -> Any:
    """Parse ``path`` with mutagen class ``kind``; a Chinese InputError naming ``shown``
    (default ``path``) when it is corrupt."""
    try:
        return kind(path)
    except _ERRORS as exc:
        raise _corrupt(shown or path, name) from exc


def _save(audio: Any, path: Path, name: str, **options: Any) -> None:
    try:
        audio.save(**options)
    except _ERRORS as exc:
        raise InputError(f"写入 {name} 元数据失败：{path}", SIDECAR_HINT) from exc


def _load_ogg(path: Path, shown: Path | None = None) -> Any:
    """Ogg Vorbis or Ogg Opus, chosen by the first packet."""
    head = read_head(path, 64)
    if b"\x01vorbis" in head:
        return _load(OggVorbis, path, "Ogg Vorbis", shown)
    if b"OpusHead" in head:
        return _load(OggOpus, path, "Ogg Opus", shown)
    raise InputError(f"{shown or path} 不是 Vorbis 或 Opus 编码的 Ogg 文件，暂不支持写入其元数据", SIDECAR_HINT)


# ------------------------------------------------------------------ container checks
def check_mp4_boxes(path: Path, name: str = "MP4") -> None:
    """Raise when a top-level ISO BMFF box runs past the end of the file (a truncated file)."""
    total = path.stat().st_size
    pos = 0
    with path.open("rb") as fh:
        while pos < total:
            fh.seek(pos)
            head = fh.read(16)
            size = struct.unpack(">I", head[:4])[0] if len(head) >= 8 else 0
            if size == 1:
                size = struct.unpack(">Q", head[8:16])[0] if len(head) == 16 else 0
            elif size == 0 and len(head) >= 8:
                size = total - pos  # "extends to the end of the file"
            if size < 8 or pos + size > total:
                raise _corrupt(path, name)
            pos += size


def check_riff_chunks(path: Path, name: str = "WAV") -> None:
    """Raise when the RIFF size or a chunk runs past the end of the file (a truncated file).

    mutagen accepts such files but then appends its ID3 chunk inside the cut-off data,
    where no reader finds it; refusing them is the only safe choice.
    """
    total = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(12)
        end = 8 + struct.unpack("<I", head[4:8])[0] if len(head) == 12 else total + 1
        if end > total:
            raise _corrupt(path, name)
        pos = 12
        while pos + 8 <= end:
            fh.seek(pos)
            size = struct.unpack("<I", fh.read(8)[4:8])[0]
            if pos + 8 + size > end:
                raise _corrupt(path, name)
            pos += 8 + size + (size & 1)


# ------------------------------------------------------------------ ID3 (MP3, WAV)
def _id3_values(audio: Any) -> list[str]:
    """Every value of every ``TXXX`` frame described AIGC (any case)."""
    if audio.tags is None:
        return []
    return [str(v) for frame in audio.tags.getall("TXXX") if frame.desc.upper() == FIELD for v in frame.text]


def _id3_store(audio: Any, payload: str) -> int:
    """Put one ``TXXX:AIGC`` frame in the tag; return the ID3v2 version to save.

    An existing v2.4 tag stays v2.4; new and older tags are saved as v2.3, the version
    the most players and file managers read.
    """
    if audio.tags is None:
        audio.add_tags()
        version = 3
    else:
        version = 4 if audio.tags.version >= (2, 4, 0) else 3
    for key in [k for k in audio.tags if k.startswith("TXXX:") and k[5:].upper() == FIELD]:
        del audio.tags[key]
    audio.tags.add(TXXX(encoding=Encoding.LATIN1, desc=FIELD, text=[payload]))  # type: ignore[no-untyped-call]
    if version == 3:
        audio.tags.update_to_v23()
    return version


def _read_mp3(path: Path) -> list[str]:
    return _id3_values(_load(MP3, path, "MP3"))


def _write_mp3(source: Path, target: Path, payload: str) -> None:
    copy_into(source, target)
    audio = _load(MP3, target, "MP3", source)
    _save(audio, source, "MP3", v2_version=_id3_store(audio, payload))


def _read_wav(path: Path) -> list[str]:
    check_riff_chunks(path)
    return _id3_values(_load(WAVE, path, "WAV"))


def _write_wav(source: Path, target: Path, payload: str) -> None:
    check_riff_chunks(source)
    copy_into(source, target)
    audio = _load(WAVE, target, "WAV", source)
    _save(audio, source, "WAV", v2_version=_id3_store(audio, payload))


# ------------------------------------------------------------------ MP4
def _mp4_keys(audio: Any) -> list[str]:
    """Freeform keys named AIGC (any mean, any case), exact key first."""
    if audio.tags is None:
        return []
    keys = [k for k in audio.tags if k.startswith("----:") and k.rsplit(":", 1)[-1].upper() == FIELD]
    return sorted(keys, key=lambda k: k != MP4_KEY)


def _read_mp4(path: Path) -> list[str]:
    check_mp4_boxes(path)
    audio = _load(MP4, path, "MP4")
    return [bytes(v).decode("utf-8", errors="replace") for key in _mp4_keys(audio) for v in audio.tags[key]]


def _write_mp4(source: Path, target: Path, payload: str) -> None:
    check_mp4_boxes(source)
    copy_into(source, target)
    audio = _load(MP4, target, "MP4", source)
    if audio.tags is None:
        audio.add_tags()
    for key in _mp4_keys(audio):
        del audio.tags[key]
    value = MP4FreeForm(payload.encode("utf-8"), dataformat=AtomDataType.UTF8)  # type: ignore[no-untyped-call]
    audio.tags[MP4_KEY] = [value]
    _save(audio, source, "MP4")


# ------------------------------------------------------------------ Vorbis comments (FLAC, Ogg)
def _comment_values(audio: Any) -> list[str]:
    """Every ``AIGC`` comment (Vorbis comment names are case-insensitive)."""
    return [str(v) for v in (audio.tags.get(FIELD) or [])] if audio.tags is not None else []


def _store_comment(audio: Any, payload: str, source: Path, name: str) -> None:
    if audio.tags is None:
        audio.add_tags()
    audio.tags[FIELD] = [payload]  # keys are case-insensitive: this replaces every "aigc"
    _save(audio, source, name)


def _read_flac(path: Path) -> list[str]:
    return _comment_values(_load(FLAC, path, "FLAC"))


def _write_flac(source: Path, target: Path, payload: str) -> None:
    copy_into(source, target)
    _store_comment(_load(FLAC, target, "FLAC", source), payload, source, "FLAC")


def _read_ogg(path: Path) -> list[str]:
    return _comment_values(_load_ogg(path))


def _write_ogg(source: Path, target: Path, payload: str) -> None:
    copy_into(source, target)
    _store_comment(_load_ogg(target, source), payload, source, "Ogg")


CODECS: dict[str, Codec] = {
    "mp3": Codec("ID3v2 标签中的 TXXX 帧（描述 AIGC）", _read_mp3, _write_mp3),
    "wav": Codec("RIFF “id3 ” 块中 ID3v2 标签的 TXXX 帧（描述 AIGC）", _read_wav, _write_wav),
    "mp4": Codec("moov/udta/meta/ilst 中的自由格式条目 ----:com.apple.iTunes:AIGC", _read_mp4, _write_mp4),
    "flac": Codec("VORBIS_COMMENT 元数据块中的字段 AIGC", _read_flac, _write_flac),
    "ogg": Codec("Vorbis/Opus 注释头中的字段 AIGC", _read_ogg, _write_ogg),
}
