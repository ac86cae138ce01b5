"""What the independent probe of `beian check` with six more packages by other consultancies (2026-12-05: a bank's
30-file package, the same with the data-source list inside the report and the banks split per risk, English and pinyin
file names, contradictions, an algorithm filing) found on packages that should pass or fail otherwise."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Finding, Severity
from beian.prereview import run_check
from prereview.helpers import AGREEMENT, KEYWORDS, REPORT, SOURCES, replace_docx


def _findings(root: Path) -> list[Finding]:
    return run_check(root).findings


def _high(root: Path) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in _findings(root) if f.severity.at_least(Severity.HIGH)]


def test_a_keyword_list_split_into_files_is_counted_whole(pkg: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(str(pkg / KEYWORDS))
    rows = list(wb.active.iter_rows(values_only=True))
    (pkg / KEYWORDS).unlink()
    for k, part in enumerate((rows[1:5001], rows[5001:])):
        book = openpyxl.Workbook()
        book.active.append(rows[0])
        for row in part:
            book.active.append(row)
        book.save(str(pkg / f"附件4-{k + 1} 拦截关键词列表.xlsx"))
    assert not [f for f in _findings(pkg) if f.code.startswith("safety.keyword")]


def test_a_data_source_list_inside_the_report_is_the_list(pkg: Path) -> None:
    import docx
    import openpyxl

    rows = [[str(c or "") for c in r] for r in openpyxl.load_workbook(str(pkg / SOURCES)).active.iter_rows(values_only=True)]
    (pkg / SOURCES).unlink()
    report = docx.Document(str(pkg / REPORT))
    report.add_paragraph("附表 数据溯源清单")
    table = report.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    report.save(str(pkg / REPORT))
    found = _findings(pkg)
    assert not [f for f in found if f.severity.at_least(Severity.HIGH)], [(f.code, f.message) for f in found]
    [note] = [f for f in found if f.code == "materials.missing_document"]
    assert note.severity is Severity.LOW and "写在" in note.message  # said, not a blocker


def test_a_metrics_table_with_a_two_row_header_is_read(pkg: Path) -> None:
    import docx

    report = docx.Document(str(pkg / REPORT))
    old = next(t for t in report.tables if t.rows[0].cells[0].text == "指标")
    old._tbl.getparent().remove(old._tbl)
    rows = [("评估项目", "抽样情况", "抽样情况", "检测结果", "检测结果", "结论"),  # a group row over the real header
            ("评估项目", "抽样数量", "抽样比例", "合格（拒答）数量", "合格率／拒答率", "结论"),
            ("语料安全评估——人工抽检", "4,200条", "—", "4,153条", "合格率 98.9%", "合格"),
            # the probe wrote 2,399万 here: 99.96%, not the 99.6% beside it (metrics.rate_mismatch now says so)
            ("语料安全评估——技术抽检（关键词+分类模型）", "2,400万条", "12%", "2,390万条", "合格率 99.6%", "合格"),
            ("生成内容安全评估——人工抽检", "1,200题", "—", "1,158题", "合格率 96.5%", "合格"),
            ("生成内容安全评估——关键词抽检", "2,000题", "—", "1,962题", "合格率 98.1%", "合格"),
            ("生成内容安全评估——分类模型抽检", "2,000题", "—", "1,948题", "合格率 97.4%", "合格"),
            ("问题拒答评估——应拒答测试", "500题", "—", "491题", "拒答率 98.2%", "合格"),
            ("问题拒答评估——非拒答测试", "500题", "—", "8题", "拒答率 1.6%", "合格")]
    table = report.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    report.save(str(pkg / REPORT))
    assert not [f for f in _findings(pkg) if f.code.startswith("metrics.")]


def test_a_spreadsheet_named_in_pinyin_is_known_by_its_title_row(pkg: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(str(pkg / KEYWORDS))
    wb.active.insert_rows(1)
    wb.active.cell(row=1, column=1, value="附件4 拦截关键词列表")
    wb.save(str(pkg / "fujian4_guanjianci.xlsx"))
    (pkg / KEYWORDS).unlink()
    assert not [f for f in _findings(pkg) if f.code == "materials.missing_document"]


def test_a_different_company_in_the_agreements_opening_is_a_mismatch(pkg: Path) -> None:
    opening = "本协议由上海星河智能信息技术有限公司（统一社会信用代码：91310115MA1K4B3C25）与您订立。"
    assert replace_docx(pkg / AGREEMENT, "服务提供者名称：上海星河智能科技有限公司", opening) == 1
    assert ("consistency.mismatch", "“申请主体名称”在各材料中不一致。") in _high(pkg)
