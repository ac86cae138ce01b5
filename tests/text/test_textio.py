"""Robust text reading: encodings, BOMs, binary files and bad bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.errors import InputError, UsageError
from beian.text.textio import decode_bytes, iter_lines, read_text

TEXT = "网络赌场\n法轮功\n"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""), ("gb18030", b""), ("utf-16", b"")],
)
def test_common_chinese_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "词库.txt"
    path.write_bytes(prefix + TEXT.encode(encoding))  # utf-16 writes its own BOM
    assert read_text(path) == TEXT


def test_utf16_big_endian_with_bom() -> None:
    assert decode_bytes(b"\xfe\xff" + "色情".encode("utf-16-be"), "x.txt") == "色情"


def test_binary_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "图片.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError) as info:
        read_text(path)
    assert "二进制" in info.value.message and "图片.png" in info.value.message


def test_invalid_utf8_reports_byte_offset_and_hint() -> None:
    data = "正常的中文内容，这一行没有问题。".encode() + b"\xff\xfe" + "后面".encode()
    offset = len("正常的中文内容，这一行没有问题。".encode())
    with pytest.raises(InputError) as info:
        decode_bytes(data, "坏文件.txt")
    assert f"字节偏移 {offset}" in info.value.message
    assert "坏文件.txt" in info.value.message
    assert info.value.hint is not None and "--errors replace" in info.value.hint


def test_replace_mode_keeps_the_good_text() -> None:
    data = "正常的中文内容".encode() + b"\xff" + "后面".encode()
    text = decode_bytes(data, "坏文件.txt", errors="replace")
    assert text == "正常的中文内容\ufffd后面"


def test_bad_bytes_after_a_bom_count_the_bom_in_the_offset() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"\xef\xbb\xbfab\xff", "x.txt")
    assert "字节偏移 5" in info.value.message


def test_unknown_errors_mode_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        decode_bytes(b"abc", "x", errors="ignore")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="找不到文件"):
        read_text(tmp_path / "没有.txt")
    with pytest.raises(InputError, match="目录"):
        read_text(tmp_path)


def test_enormous_single_line_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    line = "长" * 2_000_000
    path.write_text(line, encoding="utf-8")
    assert list(iter_lines(path)) == [(1, line)]


def test_control_characters_do_not_split_lines(tmp_path: Path) -> None:
    path = tmp_path / "dirty.txt"
    path.write_text("甲\x1c乙\r\n丙\x0b丁\n", encoding="utf-8")
    assert list(iter_lines(path)) == [(1, "甲\x1c乙"), (2, "丙\x0b丁"), (3, "")]


def test_empty_file_is_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_text(path) == ""


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_even_without_ascii(encoding: str) -> None:
    """Text with no ASCII character has no NUL on one side of its pairs: it was taken for a binary file."""
    text = "第一行：法轮功\n第二行：一二三\n"
    assert decode_bytes(text.encode(encoding), "x.txt") == text


def test_big5_is_read_as_big5_not_as_rare_gb18030_characters() -> None:
    text = "這是一份繁體中文的檔案，內容包括賭博與色情網站。\n" * 3
    assert decode_bytes(text.encode("big5"), "x.txt") == text


def test_gbk_stays_gbk() -> None:
    text = "这是一份简体中文的文件，内容包括赌博与色情网站。\n" * 3
    assert decode_bytes(text.encode("gbk"), "x.txt") == text


def test_a_binary_file_names_the_encodings_tried() -> None:
    with pytest.raises(InputError, match="Big5") as err:
        decode_bytes(b"\x00\x01\x02\xff" * 100, "x.bin")
    assert err.value.hint is not None and "UTF-8" in err.value.hint
