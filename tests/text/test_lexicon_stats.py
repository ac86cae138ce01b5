"""Lexicon statistics and export: duplicates, suspicious entries, quotas, CAC round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from lexicon_support import lex_of as _lex
from openpyxl import load_workbook

from beian.errors import UsageError
from beian.standard import Profile
from beian.text.lexicon import lexicon_stats, load_lexicon, load_lexicons
from beian.text.lexicon_export import export_lexicon
from beian.text.terms import Lexicon, Term


def test_duplicates_fold_width_and_case(profile: Profile) -> None:
    stats = lexicon_stats(_lex(("ABC赌场", "A.1.h"), ("ａｂｃ赌场", "A.1.h"), ("abc赌场", "A.1.h"), ("其他", None)),
                          profile)
    assert (stats.total, stats.distinct, stats.duplicate_count) == (4, 2, 2)
    assert stats.duplicates == {"ABC赌场": 3}
    assert stats.per_risk["A.1.h"] == 1, "重复词不应计入配额"


def test_suspicious_entries_have_codes_and_chinese_reasons(profile: Profile) -> None:
    stats = lexicon_stats(_lex(("屄", None), ("、、", None), ("网络", None), ("坏\x1f词", None),
                               ("很" * 51, None), ("网络赌场", None)), profile)
    codes = {s.text: s.code for s in stats.suspicious}
    assert codes == {"屄": "single_char", "、、": "punctuation", "网络": "common_word",
                     "坏\x1f词": "control", "很" * 51: "too_long"}
    assert all(s.reason and s.source == "t.txt" and s.line for s in stats.suspicious)
    assert "常用词" in next(s.reason for s in stats.suspicious if s.code == "common_word")


def test_missing_list_on_a_small_lexicon(profile: Profile) -> None:
    terms = [(f"色情词{i}", "A.1.f") for i in range(150)] + [(f"x{i}", None) for i in range(3)]
    stats = lexicon_stats(_lex(*terms), profile)
    porn_min = profile.risk("A.1.f").keyword_min
    assert stats.missing["A.1.f"] == porn_min - 150
    assert set(stats.missing) == {r.id for r in profile.keyword_risks}
    assert stats.unmapped == {"（无分类）": 3}
    assert stats.total_shortfall == int(profile.quota("keywords_total")) - 153
    assert not stats.meets_quota
    data = stats.to_dict()
    assert data["missing"]["A.1.f"] == porn_min - 150 and data["meets_quota"] is False


def test_full_lexicon_meets_quota(profile: Profile) -> None:
    terms: list[tuple[str, str | None]] = []
    for risk in profile.keyword_risks:
        terms += [(f"{risk.id}-词{i}", risk.id) for i in range(risk.keyword_min)]
    total = int(profile.quota("keywords_total"))
    terms += [(f"补充词{i}", "A.1.h") for i in range(max(0, total - len(terms)))]
    stats = lexicon_stats(_lex(*terms), profile)
    assert stats.missing == {} and stats.meets_quota


def test_konsheng_statistics(shared_data: Path, profile: Profile) -> None:
    files = sorted((shared_data / "lexicon-konsheng" / "Vocabulary").glob("*.txt"))
    stats = lexicon_stats(load_lexicons(files, profile=profile), profile)
    assert stats.total == 87_044
    assert stats.duplicate_count == stats.total - stats.distinct > 30_000
    assert stats.unmapped["零时-Tencent"] == 53_308
    assert stats.per_risk["A.1.f"] > 0 and "A.2.a" in stats.missing


def test_houbb_control_characters_are_suspicious(shared_data: Path, profile: Profile) -> None:
    lex = load_lexicon(shared_data / "lexicon-houbb" / "sensitive_word_dict.txt", profile=profile)
    stats = lexicon_stats(lex, profile)
    assert stats.suspicious_counts()["control"] >= 82


@pytest.mark.parametrize("fmt", ["cac-xlsx", "csv", "txt"])
def test_export_round_trip(tmp_path: Path, profile: Profile, fmt: str) -> None:
    source = tmp_path / "混合.txt"
    source.write_text("# 分类: 色情\n黄色网站\n黄色网站\n# 分类: 赌博\n网络赌场\n# 分类: 自定义\n奇怪词\n",
                      encoding="utf-8")
    lex = load_lexicon(source, profile=profile)
    out = tmp_path / f"out.{ 'xlsx' if fmt == 'cac-xlsx' else fmt}"
    assert export_lexicon(lex, out, profile, fmt) == 3
    back = load_lexicon(out, profile=profile)
    assert [(t.text, t.risk) for t in back.terms] == [("黄色网站", "A.1.f"), ("网络赌场", profile.resolve_risk("赌博")),
                                                      ("奇怪词", None)]
    assert back.terms[-1].category == "自定义"


def test_cac_xlsx_layout(tmp_path: Path, profile: Profile) -> None:
    lex = Lexicon(terms=[Term("黄色网站", risk="A.1.f", category="色情"), Term("奇怪词", category="自定义")])
    out = tmp_path / "关键词列表.xlsx"
    export_lexicon(lex, out, profile, "cac-xlsx")
    sheet = load_workbook(out).active
    rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == profile.excel_layouts["keyword_list"]
    assert rows[1] == ("黄色网站", profile.class_name("A.1"), profile.risk("A.1.f").name)
    assert rows[2] == ("奇怪词", "未分类", "自定义")
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width > 20


def test_unknown_export_format(tmp_path: Path, profile: Profile) -> None:
    with pytest.raises(UsageError, match="不支持的导出格式"):
        export_lexicon(_lex(("a词", None)), tmp_path / "x", profile, "pdf")
