"""What the eighty-first and eighty-second probes found (ten packages by two hands; first runs 0/5 and 3/5 verdicts right,
1 of 6 planted reasons fully found, 8 false blockers/highs):

- a package of one signed PDF compilation (第一章 上线备案表 … 第七章 应急预案) and the two workbooks: six materials
  missing (only a Word file was read by chapters), and a 数据溯源清单 row cut in two by a page break;
- a list summing to 3,200万条 against 1.2亿条 in the form and the report: medium only;
- 500道题中有40道被模型拒答 (the count before the result word) not read: an 8% over-refusal passed;
- bilingual labels: 是否面向未成年人 Minors：否 No read as facing minors, 备案主体 Filing Entity under the called model read as the
  applicant;
- one part-time reviewer for 500,000 daily users;
- 境外语料占比 45% in the form against 12% in the report and the list (``data_sources.foreign_share_mismatch``, new);
- novels crawled from a commercial site, licence “网站公开可访问”: medium.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.extract import _join_split_row
from beian.prereview.negation import is_bounded
from beian.prereview.vocab import fold
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    PRIVACY,
    REPORT,
    SOURCES,
    append_paragraphs,
    codes,
    edit_xlsx,
    pkg,
    replace_docx,
)

ANNOTATION = "附件3 语料标注规则.docx"


def _blocks(path: Path) -> list[tuple]:  # type: ignore[type-arg]
    """A Word file's paragraphs and tables in order, as blocks of the PDF writer."""
    document = docx.Document(str(path))
    body = document.element.body
    out: list[tuple] = []  # type: ignore[type-arg]
    tables = iter(document.tables)
    paragraphs = iter(document.paragraphs)
    for child in body.iterchildren():
        if child.tag.endswith("}tbl"):
            out.append(("t", [[c.text for c in row.cells] for row in next(tables).rows], []))
        elif child.tag.endswith("}p"):
            text = next(paragraphs).text.strip()
            if text:
                out.append(("p", text))
    return out


def test_a_signed_pdf_compilation_is_read_chapter_by_chapter(pkg: Path) -> None:  # noqa: F811
    from prereview.corpus._kit_b import write_pdf

    chapters = [("上线备案表", FORM), ("附件1 安全评估报告", REPORT), ("附件2 模型服务协议", AGREEMENT),
                ("附件2.2 隐私保护政策", PRIVACY), ("附件3 语料标注规则", ANNOTATION)]
    numerals = "一二三四五"
    blocks: list[tuple] = [("h", "星河办公助手备案材料汇编"), ("p", "目录")]  # type: ignore[type-arg]
    blocks += [("p", f"第{numerals[i]}章 {title}") for i, (title, _) in enumerate(chapters)]
    for i, (title, name) in enumerate(chapters):
        blocks += [("h", f"第{numerals[i]}章 {title}"), *_blocks(pkg / name)]
        (pkg / name).unlink()
    write_pdf(blocks, pkg / "星河办公助手备案材料汇编（盖章）.pdf")
    result = run_check(pkg)
    assert not [f for f in result.findings if f.code == "materials.missing_document"]
    held = {d["id"]: d["files"] for d in result.documents}
    assert held["assessment_report"] == ["星河办公助手备案材料汇编（盖章）.pdf"]
    assert not [f for f in result.findings if f.code.startswith("metrics.") and f.severity is not Severity.LOW]


def test_a_row_cut_by_a_page_break_is_joined() -> None:
    table = [["序号", "名称", "授权"], ["1", "甲语料", "CC BY"], ["2", "乙语料（第", "Apache"]]
    rest = _join_split_row(table, [["", "一部分）", "-2.0"], ["3", "丙语料", "MIT"]])
    assert table[-1] == ["2", "乙语料（第一部分）", "Apache-2.0"] and rest == [["3", "丙语料", "MIT"]]
    table = [["类别", "名称"], ["开源", "甲"]]  # a row of its own that only leaves the merged first cell empty
    assert _join_split_row(table, [["序号", "名称"]]) == [["序号", "名称"]]


def test_a_list_holding_a_fraction_of_the_stated_corpus_is_high(pkg: Path) -> None:  # noqa: F811
    def shrink(ws) -> None:  # type: ignore[no-untyped-def]
        column = next(c for c in range(1, ws.max_column + 1) if "规模" in str(ws.cell(1, c).value))
        for r in range(2, ws.max_row + 1):
            value = str(ws.cell(r, column).value or "")
            if value.endswith("万条"):
                ws.cell(r, column).value = f"{int(value[:-2]) // 5}万条"
    edit_xlsx(pkg / SOURCES, "数据溯源清单", shrink)
    found = codes(pkg, "data_sources.size_mismatch")
    assert found and found[0].severity is Severity.HIGH and "清单只覆盖写明总量的 20%" in found[0].message


@pytest.mark.parametrize("said", ["对非拒答题库的 600 道题全部测试，有 42 道被判为拒答。",
                                  "非拒答测试共 600 题，其中 42 题模型拒绝回答，其余正常作答。"])
def test_over_refusals_counted_before_the_result_word_are_read(pkg: Path, said: str) -> None:  # noqa: F811
    document = docx.Document(str(pkg / REPORT))
    for t in document.tables:
        for row in list(t.rows):
            if "非拒答" in "".join(c.text for c in row.cells) and any("%" in c.text for c in row.cells):
                row._tr.getparent().remove(row._tr)
    document.save(str(pkg / REPORT))
    append_paragraphs(pkg / REPORT, said)
    found = [f for f in run_check(pkg).findings if f.code == "metrics.below_line" and "非拒答" in f.message]
    assert found and "7.0%" in found[0].message


@pytest.mark.parametrize("row", ["是否面向未成年人 Minors：否 No", "面向未成年人 For minors? ： 否"])
def test_an_english_gloss_between_the_label_and_its_no(row: str) -> None:
    folded = fold(row)
    at = folded.index("未成年人")
    assert is_bounded(folded, at, at + len("未成年人"))


def test_one_part_time_reviewer_for_a_large_service_is_high(pkg: Path) -> None:  # noqa: F811
    old = "人工审核：配置 6 名专职审核人员，7×24 小时轮班人工监看高风险会话与用户举报。"
    new = "人工审核：安排2名兼职审核员，工作日抽查机器标记的会话。服务上线半年，日活跃用户约 30 万。"
    assert replace_docx(pkg / REPORT, old, new) == 1
    [found] = codes(pkg, "safety.human_monitor")
    assert found.severity is Severity.HIGH and "300,000" in found.message


def test_a_team_matched_to_the_service_passes(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "目前日活跃用户约 30 万，内容审核团队共 24 名审核员分三班值守。")
    assert codes(pkg, "safety.human_monitor") == []


def _foreign_column(root: Path, foreign: set[int]) -> None:
    def mark(ws) -> None:  # type: ignore[no-untyped-def]
        column = ws.max_column + 1
        ws.cell(1, column).value = "境内外"
        for r in range(2, ws.max_row + 1):
            ws.cell(r, column).value = "境外" if r in foreign else "境内"
    edit_xlsx(root / SOURCES, "数据溯源清单", mark)


def test_foreign_shares_that_disagree_between_form_report_and_list(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "境外来源语料占总量的 25%，均为开源英文语料。")
    append_paragraphs(pkg / FORM, "境外语料占比：45%")
    found = codes(pkg, "data_sources.foreign_share_mismatch")
    assert found and found[0].severity is Severity.MEDIUM  # two figures: which one is right is asked
    _foreign_column(pkg, {3, 6})  # the English Wikipedia and dolly rows: 300万 of 1,200万条, 25%
    found = codes(pkg, "data_sources.foreign_share_mismatch")
    assert found and found[0].severity is Severity.HIGH and "45.0%" in found[0].message


def test_a_foreign_share_line_is_no_figure(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "境外开源语料占比不超过30%。境外来源语料占比为 12%。")
    append_paragraphs(pkg / FORM, "境外语料占比：12%")
    assert codes(pkg, "data_sources.foreign_share_mismatch") == []


def test_crawled_novels_with_only_public_access_as_licence_are_high(pkg: Path) -> None:  # noqa: F811
    def novels(ws) -> None:  # type: ignore[no-untyped-def]
        head = {str(ws.cell(1, c).value): c for c in range(1, ws.max_column + 1)}
        name = next(c for h, c in head.items() if "名称" in h)
        licence = next(c for h, c in head.items() if "授权" in h or "许可" in h)
        ws.cell(2, name).value = "起点读书平台签约作品（都市、言情类连载）"
        ws.cell(2, licence).value = "平台公开可阅读"
    edit_xlsx(pkg / SOURCES, "数据溯源清单", novels)
    found = [f for f in codes(pkg, "data_sources.vague") if "著作权" in f.message]
    assert found and found[0].severity is Severity.HIGH


def test_the_called_models_filer_under_a_bilingual_label_is_not_the_applicant() -> None:
    from beian.prereview.docmodel import DocView
    from beian.prereview.extract import Content
    from beian.prereview.facts import facts_of
    from beian.prereview.package import PackageFile

    rows = [["申请主体名称 Applicant", "苏州甲乙信息科技有限公司"], ["调用的已备案模型名称 Filed Model", "天衡大模型"],
            ["备案主体 Filing Entity", "北京丙丁智算科技有限公司"], ["模型备案号 Filing No.", "Beijing-TianHeng-20231115S0021"]]
    view = DocView(Content(file=PackageFile("登记表.docx", Path("/nonexistent/f.docx"), 1), paragraphs=["登记表"],
                           tables=[rows]))
    assert [f.value for f in facts_of(view, "form") if f.key == "company"] == ["苏州甲乙信息科技有限公司"]
