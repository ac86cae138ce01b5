"""Reading lexicons a user hands us: encodings, line ends, the houbb detection, escapes and table columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from beian.errors import InputError
from beian.standard import Profile
from beian.text.lexicon import load_lexicon


def _entries(path: Path, profile: Profile) -> list[tuple[str, str | None, bool]]:
    return [(t.text, t.risk, t.always_block) for t in load_lexicon(path, profile=profile).terms]


def test_a_plain_list_whose_names_end_in_a_number_is_not_the_houbb_format(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "彩票赌博词库.txt"
    path.write_text("# 分类: 赌博\n排列 3\n排列 5\n时时彩\n七星彩 7\n", encoding="utf-8")
    gambling = profile.resolve_risk("赌博")
    assert _entries(path, profile) == [("排列 3", gambling, False), ("排列 5", gambling, False),
                                       ("时时彩", gambling, False), ("七星彩 7", gambling, False)]
    no_header = tmp_path / "彩票词库.txt"
    no_header.write_text("排列 3\n排列 5\n大乐透 2\n", encoding="utf-8")
    assert [t.text for t in load_lexicon(no_header).terms] == ["排列 3", "排列 5", "大乐透 2"]


def test_a_houbb_style_file_is_still_detected(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "tags.txt"
    path.write_text("".join(f"违禁词{i} {'2' if i % 2 else '1,4'}\n" for i in range(12)), encoding="utf-8")
    terms = load_lexicon(path, profile=profile).terms
    assert terms[0].text == "违禁词0" and terms[0].category == "毒品" and terms[1].category == "色情"


def test_escaped_hash_and_bang_are_entries(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "话题.txt"
    path.write_text("# 分类: 色情\n\\#约炮#\n\\!感叹\n!\\#总是#\n# 这是注释\n", encoding="utf-8")
    porn = profile.resolve_risk("色情")
    assert _entries(path, profile) == [("#约炮#", porn, False), ("!感叹", porn, False), ("#总是#", porn, True)]


def test_csv_with_a_header_has_no_comment_rows(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "hash.csv"
    path.write_text("关键词,一级分类,二级分类\n#约炮#,,色情\n色情网站,,色情\n", encoding="utf-8")
    assert [t.text for t in load_lexicon(path, profile=profile).terms] == ["#约炮#", "色情网站"]
    bare = tmp_path / "bare.csv"
    bare.write_text("# 注释\n色情网站,色情\n", encoding="utf-8")
    assert [t.text for t in load_lexicon(bare, profile=profile).terms] == ["色情网站"]


def test_csv_formula_guard_and_always_column_are_read(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "list.csv"
    path.write_text("关键词,一级分类,二级分类,始终拦截\n'=1+1,,色情,\n'-x词,,色情,\n乳交,,色情,是\n",
                    encoding="utf-8")
    porn = profile.resolve_risk("色情")
    assert _entries(path, profile) == [("=1+1", porn, False), ("-x词", porn, False), ("乳交", porn, True)]


def test_xlsx_always_column_is_read(tmp_path: Path, profile: Profile) -> None:
    book = Workbook()
    for row in (["关键词", "一级分类", "二级分类", "始终拦截"], ["乳交", "", "色情", "是"], ["黄色网站", "", "色情", None]):
        book.active.append(row)
    path = tmp_path / "关键词列表.xlsx"
    book.save(path)
    assert [(t.text, t.always_block) for t in load_lexicon(path, profile=profile).terms] == [
        ("乳交", True), ("黄色网站", False)]


def test_big5_lexicon_is_read_as_big5(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes("# 分類: 色情\n色情網站\n裸聊\n".encode("big5"))
    assert _entries(path, profile) == [("色情網站", "A.1.f", False), ("裸聊", "A.1.f", False)]


def test_gbk_with_traditional_characters_stays_gbk(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("# 分类: 色情\n色情网站\n法輪功\n".encode("gbk"))
    assert [t.text for t in load_lexicon(path, profile=profile).terms] == ["色情网站", "法輪功"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_whatever_the_characters(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("第一行：这里有色情网站\nporn site\n".encode(encoding))  # 一 is U+4E00: a NUL byte in both orders
    assert [t.text for t in load_lexicon(path).terms] == ["第一行：这里有色情网站", "porn site"]


def test_cr_only_line_ends_are_lines(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes("# 分类: 色情\r色情网站\r裸聊\r".encode())
    assert _entries(path, profile) == [("色情网站", "A.1.f", False), ("裸聊", "A.1.f", False)]


def test_a_binary_file_is_refused_naming_the_encodings_tried(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\x00\x01\x02\x03word\x00\x05")
    with pytest.raises(InputError, match="二进制") as info:
        load_lexicon(path)
    assert "Big5" in str(info.value) and "UTF-16" in str(info.value)
    assert info.value.hint is not None and "UTF-8" in info.value.hint
