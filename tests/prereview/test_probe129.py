"""What the hundred-and-twenty-ninth and hundred-and-thirtieth probes found (ten packages, several as PDFs; first run 9/10
verdicts right, 8 of 10 planted reasons found, three false highs), and the PDF copies of the hands' packages
(``bench/doc_equivalence.py --to pdf``):

- a report exported to PDF with its screenshots: "材料包中没有任何截图" (only Word files and the evidence folder's PDFs
  were looked at; a square seal is still no screenshot);
- 所调用已备案模型1 / 所调用已备案模型2 rows, each with its 备案主体 and 备案号 below: the filer read as the applicant and
  the two filing numbers as a contradiction, the called model not found;
- 渔业安全领域语料 read as the over-broad 全领域;
- a reply in the evidence folder citing a missing third-party report was located at the folder's first file;
- a wrong figure in the form stated again by its signed PDF: two highs for one figure;
- 对话日志 kept 90 days against 对话记录 kept six months: not taken for the same log (medium);
- clients' invention disclosures used for training under "代理委托合同（保密条款）": a confidentiality clause is no
  licence to train (missed);
- PDF lines: a wrapped company name (``…有限公`` / ``司``) and a signature field after the name on one line
  (``…中心 法定代表人（签字）``) read as other applicants; a PDF's tables stood under no heading, so the called-model
  statement's two tables (一、主用模型 / 二、备用模型) read as one model named twice.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from beian.findings import Severity
from beian.prereview.extract import pdf_cell_text, pdf_screenshots, reflowed
from beian.prereview.facts import _paragraph_facts
from prereview.helpers import (  # noqa: F401
    FORM,
    REPORT,
    SOURCES,
    append_paragraphs,
    codes,
    edit_xlsx,
    pkg,
    reg,
    registration_built,
)
from prereview.test_probe30_scope import _font, _write_pdf


def _png(path: Path, width: int, height: int) -> Path:
    """A plain grey picture of the given size."""
    from PIL import Image  # installed with fpdf2

    Image.new("L", (width, height), 128).save(path)
    return path


def _pdf_with_picture(path: Path, picture: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 6, "Safety assessment report", new_x="LMARGIN", new_y="NEXT")
    pdf.image(str(picture), w=80)
    pdf.output(str(path))
    return path


def test_a_screenshot_shaped_picture_in_a_pdf_is_a_screenshot(tmp_path: Path) -> None:
    shot = _pdf_with_picture(tmp_path / "shot.pdf", _png(tmp_path / "s.png", 640, 360))
    seal = _pdf_with_picture(tmp_path / "seal.pdf", _png(tmp_path / "c.png", 300, 300))
    assert pdf_screenshots(shot) and not pdf_screenshots(seal)


@pytest.mark.parametrize(("size", "reported"), [((360, 720), False), ((320, 320), True)])
def test_a_report_exported_to_pdf_with_its_screenshots(pkg: Path, tmp_path: Path,  # noqa: F811
                                                       size: tuple[int, int], reported: bool) -> None:
    shutil.rmtree(pkg / "其他佐证" / "截图")
    _pdf_with_picture(pkg / REPORT.replace(".docx", ".pdf"), _png(tmp_path / "p.png", *size))  # its signed copy
    assert bool(codes(pkg, "safety.evidence")) is reported


def test_wrapped_pdf_lines_are_one_paragraph_again() -> None:
    lines = ["本报告由申请主体成都云岫数据服务有限公", "司编制，评估对象为云岫问答大模型。", "二、评估结论",
             "经评估，结论为符合。", "三、附件清单"]
    assert reflowed(lines) == ["本报告由申请主体成都云岫数据服务有限公司编制，评估对象为云岫问答大模型。", "二、评估结论",
                               "经评估，结论为符合。", "三、附件清单"]


def test_a_full_line_before_a_heading_is_not_joined_to_it() -> None:
    assert reflowed(["这一段写满了一整行但是没有句号结尾的文字内容", "（三）下一节标题"]) == \
        ["这一段写满了一整行但是没有句号结尾的文字内容", "（三）下一节标题"]


def test_a_line_of_table_cells_is_not_joined_to_prose() -> None:
    """The text layer repeats a table's cells line by line; joined to the prose above, ``不提供`` / ``投资建议`` of two
    cells read as a sentence offering 投资建议 (a false high in one PDF copy)."""
    cells = pdf_cell_text([[["金融信息服务", "不提供投资建议，设复核", "用途"]]])
    lines = ["本服务面向持牌机构的内部研究人员提供资料检索与摘要服务其适用范围见下表", "金融信息服务 不提供", "用途 投资建议，设复核"]
    assert reflowed(lines, cells) == lines


def test_a_signature_field_after_the_name_is_not_part_of_it() -> None:
    found = _paragraph_facts("申请单位（盖章）：江州市法律援助中心 法定代表人（签字）：", "备案表.pdf 第34段", "form")
    assert [(f.key, f.value) for f in found if f.key == "company"] == [("company", "江州市法律援助中心")]
    blank = _paragraph_facts("申请主体（盖章）： 负责人（签字）：", "备案表.pdf 第24段", "form")
    assert not [f for f in blank if f.key == "company"]  # a blank field, then the signature field


def _numbered_called_models(path: Path) -> None:
    document = docx.Document(str(path))
    rows = (("所调用已备案模型1", "文心大模型ERNIE 4.0"), ("备案主体", "北京百度网讯科技有限公司"),
            ("备案号", "Beijing-WenXinYiYan-20230831"), ("所调用已备案模型2", "讯飞星火认知大模型"),
            ("备案主体", "科大讯飞股份有限公司"), ("备案号", "Anhui-XingHuo-20230831S0003"))
    table = document.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = cells
    document.save(str(path))


def test_numbered_called_models_each_with_their_filer_and_number(reg: Path) -> None:  # noqa: F811
    _numbered_called_models(reg / "1.登记表-途灵科技.docx")
    mismatched = [f.message for f in codes(reg, "consistency.mismatch")]
    assert not [m for m in mismatched if "申请主体" in m or "备案号" in m]


def test_a_safety_field_is_no_claim_of_every_field(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "微调语料包括电力安全领域语料与安全行业规范文本。")
    assert not codes(pkg, "scope.overbroad")


def test_a_citation_in_an_evidence_file_is_located_there(pkg: Path) -> None:  # noqa: F811
    plan = docx.Document()
    plan.add_paragraph("生成内容安全应急预案：发现违法内容立即下线相关功能并向属地网信部门报告。")
    plan.save(str(pkg / "其他佐证" / "应急预案.docx"))  # the folder's first Word file
    reply = docx.Document()
    reply.add_paragraph("针对意见三：已补充第三方测评，测评结论为通过，详见附件9《第三方安全测评报告》。")
    reply.save(str(pkg / "其他佐证" / "补正说明.docx"))
    found = [f for f in codes(pkg, "materials.cited_attachment_missing") if f.severity is Severity.HIGH]
    assert found and all(f.location == "其他佐证/补正说明.docx" for f in found)


def test_a_figure_restated_by_the_signed_pdf_is_one_finding(pkg: Path) -> None:  # noqa: F811
    line = "应拒答题拒答率：91.0%"
    append_paragraphs(pkg / FORM, line)
    _write_pdf(pkg / FORM.replace(".docx", ".pdf"), ["生成式人工智能（大语言模型）上线备案表", "申请主体名称：上海星河智能科技有限公司",
                                                    line])
    assert len([f for f in codes(pkg, "metrics.cross_doc_mismatch") if "应拒答" in f.message]) == 1


def test_dialogue_logs_and_dialogue_records_are_one_kind(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "对话记录留存不少于6个月。", "会话日志：保存90天后自动删除。")
    assert [f.severity for f in codes(pkg, "safety.log_retention")] == [Severity.HIGH]


def test_a_pdf_table_stands_under_the_heading_above_it(tmp_path: Path) -> None:
    from fpdf import FPDF

    from beian.prereview.docmodel import DocView
    from beian.prereview.extract import extract
    from beian.prereview.package import PackageFile

    parts = (("一、主用模型", (("模型名称", "文心大模型"), ("备案号", "Beijing-WenXinYiYan-20230831"))),
             ("二、备用模型", (("模型名称", "通义千问"), ("备案号", "Zhejiang-TongYiQianWen-20230904S0002"))))
    chars = "".join(h + "".join(a + b for a, b in rows) for h, rows in parts) + "调用已备案模型情况说明"
    pdf = FPDF()
    pdf.add_font("cjk", "", _font("".join(sorted(set(chars) | {chr(c) for c in range(32, 127)}))))
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    pdf.cell(0, 6, "调用已备案模型情况说明", new_x="LMARGIN", new_y="NEXT")
    for heading, rows in parts:
        pdf.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(col_widths=(40, 100), first_row_as_headings=False) as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        pdf.ln(4)
    path = tmp_path / "调用已备案模型情况说明.pdf"
    pdf.output(str(path))
    content = extract(PackageFile(rel=path.name, path=path, size=path.stat().st_size))
    assert [g.section for g in DocView(content).grids] == ["一、主用模型", "二、备用模型"]


def test_a_confidentiality_clause_is_no_licence_to_train(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.cell(2, 5, "与客户签订的服务合同（含保密协议）"))
    vague = [f for f in codes(pkg, "data_sources.vague") if "保密" in f.message]
    assert [f.severity for f in vague] == [Severity.MEDIUM]


def test_a_foundation_licence_is_no_confidentiality_clause(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.cell(2, 5, "Linux Foundation 数据许可（CDLA-Permissive-2.0）"))
    assert not [f for f in codes(pkg, "data_sources.vague") if "保密" in f.message]


def test_a_confidentiality_clause_beside_a_grant_to_train_is_fine(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.cell(2, 5, "服务合同第8条约定客户授权用于模型训练，并负保密义务"))
    assert not [f for f in codes(pkg, "data_sources.vague") if "保密" in f.message]
