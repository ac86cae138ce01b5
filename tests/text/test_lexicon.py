"""Loading lexicons: txt, houbb tags, csv, CAC xlsx, encodings and bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from beian.errors import InputError, LexiconError
from beian.standard import Profile, load_profile
from beian.text.lexicon import category_from_filename, load_allowlist, load_lexicon, load_lexicons


def test_houbb_tagged_file_is_detected_and_mapped(shared_data: Path, profile: Profile) -> None:
    lex = load_lexicon(shared_data / "lexicon-houbb" / "sensitive_word_tags.txt", profile=profile)
    assert len(lex) == 43_768
    by_text = {t.text: t for t in lex.terms}
    assert by_text["08宪章"].category == "政治" and by_text["08宪章"].risk == "A.1.b"
    assert by_text["08宪章"].line == 3
    drug = by_text["0售k粉qq"]  # tags "1,4": the first tag wins
    assert drug.category == "毒品" and drug.risk == profile.resolve_risk("毒品")
    assert not any(re.search(r"\s\d(,\d)*$", t.text) for t in lex.terms), "标签不应留在词条里"


def test_houbb_dictionary_keeps_dirty_lines(shared_data: Path, profile: Profile) -> None:
    lex = load_lexicon(shared_data / "lexicon-houbb" / "sensitive_word_dict.txt", profile=profile)
    assert len(lex) == 64_420
    assert sum(1 for t in lex.terms if any(ord(c) < 32 or ord(c) == 127 for c in t.text)) >= 82


def test_konsheng_category_comes_from_file_name(shared_data: Path, profile: Profile) -> None:
    folder = shared_data / "lexicon-konsheng" / "Vocabulary"
    porn = load_lexicon(folder / "色情词库.txt", profile=profile)
    assert len(porn) == 929
    assert {t.category for t in porn.terms} == {"色情"} and {t.risk for t in porn.terms} == {"A.1.f"}
    tencent = load_lexicon(folder / "零时-Tencent.txt", profile=profile)
    assert {t.risk for t in tencent.terms} == {None}
    assert tencent.terms[0].category == "零时-Tencent"
    assert any(" " in t.text for t in load_lexicon(folder / "涉枪涉爆.txt", profile=profile).terms)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("色情词库.txt", "色情"), ("政治类型.txt", "政治"), ("零时-Tencent.txt", "零时-Tencent"),
     ("广告类型.txt", "广告"), ("词库.txt", "词库")],
)
def test_category_from_filename(name: str, expected: str) -> None:
    assert category_from_filename(Path(name)) == expected


def test_header_line_sets_category_and_comments_are_skipped(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "杂项.txt"
    path.write_text("# 分类: 色情\n  黄色网站  \n\n# 普通注释\n# category: A.1.d\n爆炸物\n", encoding="utf-8")
    lex = load_lexicon(path, profile=profile)
    assert [(t.text, t.risk, t.line) for t in lex.terms] == [("黄色网站", "A.1.f", 2), ("爆炸物", "A.1.d", 6)]
    assert lex.sources == ["杂项.txt"]


def test_category_argument_overrides_the_file(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "色情词库.txt"
    path.write_text("某词\n", encoding="utf-8")
    assert load_lexicon(path, category="赌博", profile=profile).terms[0].risk == profile.resolve_risk("赌博")


def test_gbk_csv_with_chinese_header(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("关键词,一级分类,二级分类\n网络赌场,,赌博\n法轮功,邪教,\n".encode("gbk"))
    terms = load_lexicon(path, profile=profile).terms
    assert [(t.text, t.risk) for t in terms] == [("网络赌场", profile.resolve_risk("赌博")),
                                                  ("法轮功", profile.resolve_risk("邪教"))]
    assert terms[0].line == 2


def test_english_csv_header(tmp_path: Path, profile: Profile) -> None:
    path = tmp_path / "list.csv"
    path.write_text("keyword,category\nporn site,色情\n", encoding="utf-8")
    assert load_lexicon(path, profile=profile).terms[0].risk == "A.1.f"


def test_gbk_and_utf16_txt(tmp_path: Path, profile: Profile) -> None:
    gbk = tmp_path / "色情词库.txt"
    gbk.write_bytes("黄色网站\n成人电影\n".encode("gbk"))
    utf16 = tmp_path / "赌博词库.txt"
    utf16.write_text("网络赌场\n", encoding="utf-16")
    lex = load_lexicons([gbk, utf16], profile=profile)
    assert [t.text for t in lex.terms] == ["黄色网站", "成人电影", "网络赌场"]
    assert lex.sources == ["色情词库.txt", "赌博词库.txt"]


def test_cac_xlsx_with_one_sheet_per_category(tmp_path: Path, profile: Profile) -> None:
    book = Workbook()
    book.active.title = "色情"
    book.active.append(["关键词"])
    book.active.append(["黄色网站"])
    other = book.create_sheet("赌博")
    other.append(["网络赌场"])
    path = tmp_path / "关键词列表.xlsx"
    book.save(path)
    terms = load_lexicon(path, profile=profile).terms
    assert [(t.text, t.risk) for t in terms] == [("黄色网站", "A.1.f"), ("网络赌场", profile.resolve_risk("赌博"))]


def test_empty_lexicon_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "空词库.txt"
    path.write_text("# 只有注释\n\n   \n", encoding="utf-8")
    with pytest.raises(LexiconError, match="词库为空"):
        load_lexicon(path)


def test_corrupt_xlsx_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "坏表.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(LexiconError, match="无法读取 Excel"):
        load_lexicon(path)


def test_binary_and_invalid_utf8_lexicons(tmp_path: Path) -> None:
    binary = tmp_path / "a.txt"
    binary.write_bytes(b"\x00\x01\x02word")
    with pytest.raises(InputError, match="二进制"):
        load_lexicon(binary)
    bad = tmp_path / "b.txt"
    bad.write_bytes("中文中文中文\n".encode() + b"\xff\n")
    with pytest.raises(InputError, match="字节偏移 19"):
        load_lexicon(bad)
    assert load_lexicon(bad, errors="replace").terms[-1].text == "\ufffd"


def test_allowlist_may_be_empty(tmp_path: Path, shared_data: Path) -> None:
    empty = tmp_path / "allow.txt"
    empty.write_text("", encoding="utf-8")
    assert load_allowlist(empty) == []
    allow = load_allowlist(shared_data / "lexicon-houbb" / "sensitive_word_allow.txt")
    assert "生日快乐" in {t.text for t in allow}


def test_old_xls_is_refused_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "旧表.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(LexiconError, match="旧版 Excel") as info:
        load_lexicon(path)
    assert info.value.hint is not None and ".xlsx" in info.value.hint


def test_other_profile_maps_too(tmp_path: Path) -> None:
    path = tmp_path / "色情词库.txt"
    path.write_text("黄色网站\n", encoding="utf-8")
    other = load_profile("gbt-45654-2025")
    assert load_lexicon(path, profile=other).terms[0].risk == other.resolve_risk("色情") is not None
