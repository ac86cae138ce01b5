"""What the sixty-eighth probe found (five packages in styles of its own; 4/5 verdicts right on its first run, 3 of 3
planted reasons found, 3 false blockers): a workbook named only 附件4.xlsx whose sheet is named 附件4 拦截关键词列表; a
附件2.pdf titled 用户服务协议及隐私政策 (the title wrapped over two lines) read only as the agreement; a compilation's
chapter 调用模型情况说明 not read as the called-model statement; a called model written with a long note in brackets
(星帆·L3导购引擎（Meta Llama 3.1 70B Instruct 开源权重）) not read at all; a compilation's signed PDF named
…（签章版）.pdf not taken as its chapters' signed copy.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from beian.prereview import run_check
from beian.prereview.facts import _row_facts
from prereview.helpers import AGREEMENT, KEYWORDS, PRIVACY, pkg  # noqa: F401


def _missing(root: Path) -> list[str]:
    return [f.message for f in run_check(root).findings if f.code == "materials.missing_document"]


def test_a_numbered_workbook_is_recognised_by_its_sheets_name(pkg: Path) -> None:  # noqa: F811
    target = pkg / "附件4.xlsx"
    (pkg / KEYWORDS).rename(target)
    book = openpyxl.load_workbook(target)
    book.worksheets[0].title = "拦截关键词清单"
    book.save(target)
    assert not any("关键词" in m for m in _missing(pkg))
    assert not any(f.code == "safety.keyword_total" for f in run_check(pkg).findings)


def test_a_numbered_workbook_with_an_ordinary_sheet_name_is_read_by_its_layout(pkg: Path) -> None:  # noqa: F811
    """Its header row is the CAC layout 关键词 | 一级分类 | 二级分类 (the hundred-and-fourth probe: before, nothing named
    it and the package was told its keyword list was missing, a blocker)."""
    (pkg / KEYWORDS).rename(pkg / "附件4.xlsx")
    assert not any("关键词" in m for m in _missing(pkg))


def test_a_numbered_workbook_of_another_layout_is_still_missing(pkg: Path) -> None:  # noqa: F811
    target = pkg / "附件4.xlsx"
    (pkg / KEYWORDS).rename(target)
    book = openpyxl.load_workbook(target)
    for row in book.worksheets[0].iter_rows(min_row=1, max_row=1):
        for cell, title in zip(row, ("序号", "名称", "备注"), strict=False):
            cell.value = title
    book.save(target)
    assert any("关键词" in m for m in _missing(pkg))


def test_one_file_titled_with_two_materials_is_both(pkg: Path) -> None:  # noqa: F811
    policy = [p.text for p in docx.Document(str(pkg / PRIVACY)).paragraphs[1:]]
    (pkg / PRIVACY).unlink()
    target = pkg / "附件2.docx"
    (pkg / AGREEMENT).rename(target)
    document = docx.Document(str(target))
    document.paragraphs[0].text = "星河问答大模型用户协议与个人信息保护"
    document.paragraphs[1].insert_paragraph_before("政策")  # the title wrapped, as a PDF's text layer has it
    for text in ("第二部分 个人信息保护政策", *policy):
        document.add_paragraph(text)
    document.save(str(target))
    missing = _missing(pkg)
    assert not any("隐私" in m or "服务协议" in m for m in missing), missing


def test_a_title_naming_one_material_claims_no_other(pkg: Path) -> None:  # noqa: F811
    (pkg / PRIVACY).unlink()
    (pkg / AGREEMENT).rename(pkg / "附件2.docx")  # titled 附件2 星河问答大模型服务协议: the policy is still missing
    assert any("隐私" in m for m in _missing(pkg))


def test_a_called_model_with_a_long_note_in_brackets_is_read() -> None:
    found = _row_facts(["所调用的模型名称", "岱宗·政务助手引擎（基于 Qwen2.5 72B Instruct 开源权重本地部署）"], "x", "form")
    assert [f.key for f in found] == ["base_model"]


def test_a_compilation_chapter_on_the_called_model_is_the_statement(tmp_path: Path) -> None:
    root = tmp_path / "汇编"
    root.mkdir()
    document = docx.Document()
    document.add_paragraph("松溪导购助手 登记材料汇编")
    for chapter, body in (("第一章 上线登记表", "申请主体名称：松溪网络科技有限公司"),
                          ("第二章 调用模型情况的说明", "本服务通过 API 调用已备案的云岫大模型，备案号 Zhejiang-YunXiu-20240301S0007。"),
                          ("第三章 用户服务协议", "本协议由松溪网络科技有限公司与您订立。" * 20)):
        document.add_heading(chapter, level=1)
        document.add_paragraph(body)
    document.save(str(root / "松溪-登记材料汇编_v1.2.docx"))
    missing = _missing(root)
    assert not any("调用已备案模型情况说明" in m for m in missing), missing


def test_a_compilations_signed_pdf_with_a_version_word_is_its_chapters_signed_copy(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    root = tmp_path / "汇编登记"
    root.mkdir()
    document = docx.Document()
    document.add_paragraph("松溪导购助手 登记材料汇编")
    for chapter in ("第一章 上线登记表", "第二章 用户服务协议", "第三章 隐私政策"):
        document.add_heading(chapter, level=1)
        document.add_paragraph("本章内容由松溪网络科技有限公司编写。" * 12)
    document.save(str(root / "松溪-登记材料汇编_v1.2.docx"))
    pairs = [f for f in run_check(root).findings if f.code == "materials.missing_pair"]
    assert pairs
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(str(root / "松溪-登记材料汇编_v1.2（盖章版）.pdf"))
    assert [f for f in run_check(root).findings if f.code == "materials.missing_pair"] == []
