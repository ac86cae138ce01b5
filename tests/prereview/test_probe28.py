"""What the third independent probe of `beian check` (2026-12-05, six packages: a 登记 form filled in as Excel, a
hospital's report in prose, tracked changes and placeholders, a game company, a weak data-source list) found."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Finding, Severity
from beian.prereview import run_check
from prereview.helpers import FORM, REPORT, SOURCES, edit_xlsx, replace_docx


def _findings(root: Path, code: str) -> list[Finding]:
    return [f for f in run_check(root).findings if f.code == code]


def test_metrics_named_in_one_list_sentence_are_unread_not_missing(pkg: Path) -> None:
    import docx

    report = docx.Document(str(pkg / REPORT))
    table = next(t for t in report.tables if t.rows[0].cells[0].text == "指标")
    table._tbl.getparent().remove(table._tbl)
    report.add_paragraph("从生成内容测试题库中分别抽取一千二百题进行人工抽检、关键词抽检和分类模型抽检，"
                         "合格率依次为百分之九十四点五、百分之九十六和百分之九十五点二。")
    report.save(str(pkg / REPORT))
    named = [f for f in run_check(pkg).findings if f.code.startswith("metrics.") and "生成内容" in f.message]
    assert named and all(f.severity is Severity.MEDIUM for f in named), [(f.code, f.message) for f in named]


def test_requests_turned_away_in_brackets_are_a_boundary(pkg: Path) -> None:
    words = "对超出办公文档范围的请求（如医疗诊断、投资建议、法律意见）不作回答。"
    assert replace_docx(pkg / FORM, "制度问答与文本改写", f"制度问答与文本改写。{words}") == 1
    assert _findings(pkg, "scope.high_risk_domain") == []


def test_a_cited_attachment_followed_by_yi_zhi_is_that_attachment(pkg: Path) -> None:
    assert replace_docx(pkg / REPORT, "总体结论：", "关键词数量与附件4一致。总体结论：") == 1
    assert _findings(pkg, "materials.cited_attachment_missing") == []


def test_a_word_97_file_renamed_docx_is_not_called_encrypted(pkg: Path) -> None:
    name = "附件2.2 隐私保护政策.docx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "WordDocument".encode("utf-16-le") + b"\0" * 500
    (pkg / name).write_bytes(ole)
    [hit] = _findings(pkg, "materials.encrypted_file")
    assert "旧版 Word 格式" in hit.message and "密码" not in hit.message


def test_a_placeholder_that_says_what_to_fill_in_is_counted(pkg: Path) -> None:
    assert replace_docx(pkg / REPORT, "总体结论：", "适用范围：【请填写：标注项目名称】。总体结论：") == 1
    [hit] = _findings(pkg, "materials.placeholder")
    assert "请填写：标注项目名称" in hit.message


def test_an_unknown_licence_and_a_name_of_generic_words_are_vague(pkg: Path) -> None:
    def edit(ws: object) -> None:
        ws.cell(row=2, column=2, value="若干开源数据集")  # type: ignore[attr-defined]
        ws.cell(row=2, column=5, value="未知")  # type: ignore[attr-defined]

    edit_xlsx(pkg / SOURCES, "数据溯源清单", edit)
    messages = [f.message for f in _findings(pkg, "data_sources.vague") if f.severity is Severity.HIGH]
    assert any("名称表述笼统" in m for m in messages) and any("授权依据不明（“未知”）" in m for m in messages)
