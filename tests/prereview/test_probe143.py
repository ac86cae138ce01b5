"""What the hundred-and-forty-third probe (five packages, most as PDFs; 4 of 5 verdicts right, all 4 planted reasons
found, five false blockers and highs) found:

- a results table ``抽检 | 数量 | 比例 | 结果`` whose row reads ``技术抽检 | 245,000条 | 12% | 合格率99.4%``: the share
  column (比例) was taken for the result, and 12% reported as the pass rate (a false blocker);
- a PDF table whose subject cell is merged down over three rows (``生成内容安全`` over 人工抽检 / 关键词抽检 / 分类模型抽检):
  pdfplumber gives the covered cells as empty, and the two lower rows were read without their subject (two false
  highs, metrics.missing);
- a called model whose name ends in 通用大模型 (``备用 | 启明通用大模型 | …``, ``模型名称：启明通用大模型``) reported as the
  service's own over-broad scope (two false highs).

The 144th probe (five more packages, after these changes): a draft sheet hidden in the 登记表 workbook (草稿（勿用）)
was still read as text by the scope rules (a false high on its 全场景); a table on page 56 of a 56-page report was not
read (tables were read from the first 40 pages only), and the called model's filing number in it never compared.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content, _pdf_tables
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from prereview.helpers import append_paragraphs, append_table, codes, reg, registration_built  # noqa: F401

REG_FORM = "1.登记表-途灵科技.docx"


def _report(rows: list[list[str]]) -> DocView:
    return DocView(Content(file=PackageFile("评估报告.docx", Path("/nonexistent/r.docx"), 1), paragraphs=["测试结果"],
                           tables=[rows]))


def test_the_share_column_is_no_result_when_the_rate_is_written_in_another() -> None:
    found = observations(_report([["抽检环节", "抽样条数", "比例", "结论"],
                                  ["语料技术抽检", "300,000条", "11%", "合格率99.1%"],
                                  ["语料人工抽检", "4,800条", "—", "合格率97.5%"]]))
    [technical], [manual] = found["corpus_technical"], found["corpus_manual"]
    assert (technical.rate, technical.fraction) == (0.991, 0.11) and manual.rate == 0.975


def _pdf_with_merged_subject(path: Path) -> Path:
    from fpdf import FPDF

    from prereview.test_probe30_scope import _font

    rows = [("生成内容抽检", "人工抽检", "1,000", "合格率97.0%"), ("", "关键词抽检", "1,200", "合格率98.0%"),
            ("", "分类模型抽检", "1,400", "合格率96.0%")]
    text = "".join("".join(r) for r in rows) + "环节方式数量结果"
    pdf = FPDF()
    pdf.add_font("cjk", "", _font("".join(sorted(set(text) | {chr(c) for c in range(32, 127)}))))
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    with pdf.table(first_row_as_headings=False) as table:
        head = table.row()
        for value in ("环节", "方式", "数量", "结果"):
            head.cell(value)
        for k, (subject, *rest) in enumerate(rows):
            row = table.row()
            if k == 0:
                row.cell(subject, rowspan=3)
            for value in rest:
                row.cell(value)
    pdf.output(str(path))
    return path


def test_a_subject_merged_down_in_a_pdf_table_heads_every_row_it_covers(tmp_path: Path) -> None:
    [table] = _pdf_tables(_pdf_with_merged_subject(tmp_path / "report.pdf"))
    assert [row[0] for row in table[1:]] == ["生成内容抽检"] * 3


def test_a_called_models_name_ending_in_a_broad_word_is_a_name(reg: Path) -> None:  # noqa: F811
    append_table(reg / REG_FORM, [("用途", "模型名称", "备案主体"), ("备用", "澜舟通用大模型", "北京澜舟科技有限公司")])
    append_paragraphs(reg / REG_FORM, "模型名称：澜舟通用大模型")
    assert codes(reg, "scope.overbroad") == []


def test_a_service_described_as_a_general_model_is_still_broad(reg: Path) -> None:  # noqa: F811
    append_paragraphs(reg / REG_FORM, "服务范围：通用大模型，覆盖各类出行需求。")
    assert [f.severity for f in codes(reg, "scope.overbroad")] == [Severity.HIGH]


def test_a_table_on_the_last_page_of_a_long_pdf_is_read(tmp_path: Path) -> None:
    """The 144th probe: a 56-page report stated the called model's filing number in appendix B, on its last page;
    tables were read from the first 40 pages only."""
    from fpdf import FPDF

    from prereview.test_probe30_scope import _font

    text = "第页评估过程说明附录乙所调用模型备案号" + "".join(map(str, range(10)))
    pdf = FPDF()
    pdf.add_font("cjk", "", _font("".join(sorted(set(text) | {chr(c) for c in range(32, 127)}))))
    pdf.set_font("cjk", size=10)
    for n in range(1, 50):
        pdf.add_page()
        pdf.cell(0, 8, f"第{n}页 评估过程说明", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 8, "附录乙", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(first_row_as_headings=False) as table:
        for row in (("所调用模型", "备案号"), ("乙", "Beijing-20240115S0087")):
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.output(str(tmp_path / "long.pdf"))
    assert _pdf_tables(tmp_path / "long.pdf")[-1][-1] == ["乙", "Beijing-20240115S0087"]
