"""How the check reads citations of attachments (附件N), after the fifth and sixth independent probes (2026-12):
a clause-table cell ending in "…及附件" was read with the next row's clause number as "附件6"; "附件7-2" counted as
present because some 附件7-1 existed; citations in the data-source spreadsheet were never read; a confirmed missing
attachment was only medium."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Finding, Severity
from beian.prereview import run_check
from prereview.helpers import KEYWORDS, REPORT, SOURCES, edit_xlsx, replace_docx

CODE = "materials.cited_attachment_missing"


def _cited(root: Path) -> list[Finding]:
    return [f for f in run_check(root).findings if f.code == CODE]


def _clause_table_rows(path: Path, evidence: dict[str, str], labels: dict[str, str]) -> None:
    """Set the evidence cell (last column) and the clause label (first column) of rows of the clause table."""
    import docx

    document = docx.Document(str(path))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "条款")
    for row in table.rows:
        clause = row.cells[0].text
        if clause in evidence:
            row.cells[-1].text = evidence[clause]
        if clause in labels:
            row.cells[0].text = labels[clause]
    document.save(str(path))


def _add_paragraph(path: Path, text: str) -> None:
    assert replace_docx(path, "总体结论：", f"{text}总体结论：") == 1


def _touch(root: Path, *names: str) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"%PDF-1.4\n%%EOF\n")


# --- a citation stops at a table cell or row ---------------------------------------------------------------------------

def test_a_cell_ending_in_fujian_is_not_glued_to_the_next_rows_clause_number(pkg: Path) -> None:
    _clause_table_rows(pkg / REPORT, {"5.3": "标注规则与培训记录见本报告第二部分及附件",
                                      "6": "抽检结果见本报告第六部分、数据溯源清单及附件"},
                       {"7.a": "7 a)"})
    assert _cited(pkg) == []


def test_a_real_citation_in_a_clause_table_cell_is_still_read(pkg: Path) -> None:
    _clause_table_rows(pkg / REPORT, {"7.c": "关闭方式见附件9《训练开关操作说明》"}, {})
    [hit] = _cited(pkg)
    assert "附件9" in hit.message and hit.severity is Severity.HIGH


@pytest.mark.parametrize("sentence", [
    "各项评估要求的对照说明参见附件 6 a）项。",
    "测评方法依据标准附件7.b 条执行。",
    "抽样比例按附件8.2.1 的规定确定。",
])
def test_a_clause_number_after_fujian_is_not_an_attachment(pkg: Path, sentence: str) -> None:
    _add_paragraph(pkg / REPORT, sentence)
    assert _cited(pkg) == []


# --- sub-numbered attachments ---------------------------------------------------------------------------------------

def test_a_sub_numbered_citation_needs_that_sub_number(pkg: Path) -> None:
    _touch(pkg, "其他佐证/附件7-1 语料采购合同.pdf", "其他佐证/附件7-3 供应商安全承诺函.pdf")
    _add_paragraph(pkg / REPORT, "商业语料的采购合同见附件7.1，版权方授权书见附件7之2，供应商安全承诺函见附件7－3，"
                                 "全部采购材料见附件7。")
    [hit] = _cited(pkg)
    assert hit.message.startswith("文中引用了“附件7之2”"), hit.message
    assert hit.severity is Severity.HIGH and "附件7之2" in hit.fix


def test_a_plain_number_is_held_by_any_of_its_sub_numbers(pkg: Path) -> None:
    _touch(pkg, "其他佐证/附件8-2 算法备案证明.pdf")
    _add_paragraph(pkg / REPORT, "算法备案情况见附件8。")
    assert _cited(pkg) == []


def test_a_dashed_pair_of_present_attachments_reads_as_a_range(pkg: Path) -> None:
    _add_paragraph(pkg / REPORT, "语料标注规则、关键词与测试题详见附件3-5。")
    assert _cited(pkg) == []


# --- citations in spreadsheets ----------------------------------------------------------------------------------------

def test_a_citation_in_the_data_source_spreadsheet_is_checked(pkg: Path) -> None:
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.cell(row=4, column=5, value="商业授权（授权协议见附件9-1）"))
    [hit] = _cited(pkg)
    assert "附件9-1" in hit.message and hit.severity is Severity.HIGH
    assert "数据溯源清单.xlsx" in hit.location and "第4行" in hit.location


def test_a_present_attachment_cited_in_the_spreadsheet_is_no_finding(pkg: Path) -> None:
    _touch(pkg, "其他佐证/附件9-1 商业语料授权协议.pdf")
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.cell(row=4, column=5, value="商业授权，协议见附件9-1"))
    assert _cited(pkg) == []


def test_keywords_that_mention_an_attachment_are_not_citations(pkg: Path) -> None:
    edit_xlsx(pkg / KEYWORDS, "关键词", lambda ws: ws.cell(row=2, column=1, value="泄露附件9密码"))
    assert _cited(pkg) == []


# --- severity ---------------------------------------------------------------------------------------------------------

def test_a_confirmed_missing_attachment_is_high(pkg: Path) -> None:
    _add_paragraph(pkg / REPORT, "标注外包服务商的保密协议见附件8《标注外包协议》。")
    [hit] = _cited(pkg)
    assert hit.severity is Severity.HIGH and "附件8" in hit.message


def test_a_sub_number_of_a_plain_numbered_file_is_medium(pkg: Path) -> None:
    _touch(pkg, "其他佐证/附件8 语料授权文件汇编.pdf")
    _add_paragraph(pkg / REPORT, "出版社授权书见附件8-2。")
    [hit] = _cited(pkg)
    assert hit.severity is Severity.MEDIUM and "附件8-2" in hit.message


def test_a_chinese_numeral_citation_is_medium(pkg: Path) -> None:
    _add_paragraph(pkg / REPORT, "第三方组件清单详见附件十。")
    [hit] = _cited(pkg)
    assert hit.severity is Severity.MEDIUM and "附件十" in hit.message


def test_a_missing_required_document_is_not_reported_again_as_a_citation(pkg: Path) -> None:
    (pkg / KEYWORDS).unlink()
    _add_paragraph(pkg / REPORT, "拦截关键词的维护流程见附件4。")
    findings = run_check(pkg).findings
    assert any(f.code == "materials.missing_document" and "附件4" in f.message for f in findings)
    assert [f for f in findings if f.code == CODE] == []


def test_the_evidence_quotes_the_document_and_marks_the_hit_with_arrows(pkg: Path) -> None:
    """The thirty-fourth probe: “见附件8《【标注外包协议】》” misquoted a title; filers write 【】 themselves."""
    _add_paragraph(pkg / REPORT, "标注外包服务商的保密协议见附件8《标注外包协议》。")
    [hit] = _cited(pkg)
    assert hit.evidence is not None and "【" not in hit.evidence
    assert "▶" in hit.evidence and hit.evidence.replace("▶", "").replace("◀", "").count("附件8《标注外包协议》") == 1
