"""Robust reading of text files: UTF-8 (with or without BOM), UTF-16/32 with or without BOM, GBK/GB18030, Big5.

Chinese users hand us files saved by Notepad, Excel and WPS in whatever encoding
those picked. :func:`decode_bytes` guesses strictly and, when it cannot, raises
:class:`~beian.errors.InputError` naming the file and the byte offset of the first
bad byte. ``errors="replace"`` turns undecodable bytes into U+FFFD instead.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from pathlib import Path

from beian.errors import InputError, UsageError

BINARY_SNIFF_BYTES = 8192
"""How many leading bytes are checked for NUL (binary files)."""
TRIED_ENCODINGS = "UTF-8、GB18030/GBK、Big5、带 BOM 的 UTF-16/UTF-32、不带 BOM 的 UTF-16"
"""The encodings a file is tried in, as a refusal names them."""
_SAMPLE_CHARS = 20_000
_PLAIN_SHARE = 0.9  # share of ordinary characters that makes a decoding believable

REPLACE_HINT = "使用 --errors replace 以替换无法解码的字节"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_EVIDENCE = 3  # valid multi-byte UTF-8 characters before the first error that make UTF-8 certain
_FALLBACK_ENCODINGS = frozenset({"big5", "big5hkscs", "cp950", "utf_16", "utf_16_le", "utf_16_be"})


def _check_errors(errors: str) -> None:
    if errors not in ("strict", "replace"):
        raise UsageError(f"errors 只能是 strict 或 replace，收到 {errors!r}")


def read_text(path: Path, errors: str = "strict") -> str:
    """Read ``path`` as text, detecting its encoding (see :func:`decode_bytes`)."""
    _check_errors(errors)
    path = Path(path)
    if not path.exists():
        raise InputError(f"找不到文件：{path}")
    if path.is_dir():
        raise InputError(f"{path} 是目录，不是文本文件")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取文件 {path}：{exc.strerror or exc}") from None
    return decode_bytes(data, str(path), errors=errors)


def decode_bytes(data: bytes, name: str, errors: str = "strict") -> str:
    """Decode ``data`` (the contents of ``name``) to text.

    Order: byte-order mark; binary check (NUL bytes); UTF-8; GB18030 (strict);
    charset-normalizer for a few other CJK/UTF-16 encodings. ``errors="replace"``
    falls back to UTF-8 with U+FFFD for bytes that cannot be decoded.
    """
    _check_errors(errors)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom):], encoding, name, errors, offset=len(bom))
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise InputError(f"{name} 看起来是二进制文件（含 NUL 字节），不是文本文件；已尝试的编码：{TRIED_ENCODINGS}",
                         hint="请在编辑器中另存为 UTF-8 编码的文本文件后再试")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if not _looks_like_utf8(data[:first_bad]):
        guessed = _guess_other(data)
        if guessed is not None:
            return guessed
    if errors == "replace":
        return data.decode("utf-8", errors="replace")
    raise _bad_bytes(name, data, first_bad, "UTF-8 或 GB18030")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a byte-order mark (some Windows tools): the byte order that reads as more ordinary
    text (ASCII, CJK, CJK and full-width punctuation), if that is nearly all of it; None for other bytes (a binary
    file). Text without ASCII (``第一行``) has no NUL bytes on one side of its pairs, so the NUL pattern alone
    cannot tell."""
    if len(data) % 2 or not data:
        return None
    best, best_share = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = _plain_share(text)
        if share > best_share:
            best, best_share = text, share
    return best if best_share >= _PLAIN_SHARE else None


def _plain_share(text: str) -> float:
    """Share of the characters that are ordinary in Chinese text: high for the right UTF-16 byte order."""
    sample = text[:_SAMPLE_CHARS]
    plain = sum(1 for ch in sample if ch in "\t\r\n" or " " <= ch <= "~" or "\u2000" <= ch <= "\u206f"
                or "\u3000" <= ch <= "\u303f" or "\u3400" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return plain / max(1, len(sample))


def _decode_with(data: bytes, encoding: str, name: str, errors: str, offset: int) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if errors == "replace":
            return data.decode(encoding, errors="replace")
        raise _bad_bytes(name, data, exc.start, encoding.upper(), offset, encoding) from None


def _looks_like_utf8(prefix: bytes) -> bool:
    """True when the valid prefix already holds several multi-byte UTF-8 characters."""
    text = prefix.decode("utf-8", errors="ignore")
    return sum(1 for ch in text if ord(ch) > 0x7F) >= _UTF8_EVIDENCE


def _guess_other(data: bytes) -> str | None:
    """GB18030 strictly (Big5 when that reading is mostly rare characters and Big5's is common ones), then
    charset-normalizer limited to encodings we trust."""
    try:
        return _prefer_big5(data, data.decode("gb18030"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding not in _FALLBACK_ENCODINGS:
        return None
    return str(best)


def _prefer_big5(data: bytes, gb_text: str) -> str:
    """Big5 bytes also decode as GB18030, into rare characters: when the GB18030 reading is mostly outside
    GB2312 and the Big5 (cp950) reading is mostly common Big5 characters, the bytes are Big5."""
    gb_share = _share(gb_text, _in_gb2312)
    if gb_share >= _PLAIN_SHARE:
        return gb_text
    try:
        big5 = data.decode("cp950")
    except UnicodeDecodeError:
        return gb_text
    return big5 if _share(big5, _common_big5) > gb_share else gb_text


def _share(text: str, ordinary: Callable[[str], bool]) -> float:
    wide = [ch for ch in text[:_SAMPLE_CHARS] if ord(ch) > 0x7F]
    return sum(map(ordinary, wide)) / len(wide) if wide else 1.0


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _common_big5(ch: str) -> bool:
    """Big5 punctuation and symbols (A140–A3BF) and frequently used characters (A440–C67E)."""
    try:
        code = int.from_bytes(ch.encode("cp950"), "big")
    except UnicodeEncodeError:
        return False
    return 0xA140 <= code <= 0xA3BF or 0xA440 <= code <= 0xC67E


def _bad_bytes(name: str, data: bytes, index: int, expected: str, offset: int = 0, codec: str = "utf-8") -> InputError:
    """The error for an undecodable byte at ``data[index]``, naming its line (counted in what decodes before it as
    ``codec``) and its byte offset in the file (``offset``: a byte-order mark before ``data``)."""
    byte = data[index] if index < len(data) else 0
    line = data[:index].decode(codec, errors="replace").count("\n") + 1
    return InputError(
        f"{name} 第 {line} 行不是有效的 {expected} 文本：字节偏移 {index + offset} 处的字节 0x{byte:02X} 无法解码",
        hint=REPLACE_HINT,
    )


def iter_lines(path: Path, errors: str = "strict") -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, line)`` pairs (1-based, line ends removed).

    Only ``\\n`` (with an optional ``\\r`` before it) ends a line: control
    characters such as ``\\x1c`` or ``\\x0b`` inside an entry stay in that entry.
    """
    yield from split_lines(read_text(path, errors=errors))


def split_lines(text: str) -> Iterator[tuple[int, str]]:
    """Split ``text`` on ``\\n`` only, yielding ``(line_number, line)`` (1-based)."""
    for number, line in enumerate(text.split("\n"), start=1):
        yield number, line.removesuffix("\r")
