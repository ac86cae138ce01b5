"""What the two-hundred-and-fiftieth and -fifty-first probes (ten packages on the code after session 42's first
changes; verdicts 4/5 and 4/5) found:

- a report whose sampling table stands under ``2.2 内容安全抽检`` in chapter ``2 语料安全``: “no corpus sampling results”
  (two false highs: the table's rows name 人工抽检 and 技术抽检, the chapter names the corpus);
- ``CC BY-NC-SA 4.0 + 权利人商业使用书面授权`` read as a non-commercial licence with no grant (high);
- an algorithm filing's note ``……滚动保存 90`` / ``日，到期自动覆盖`` wrapped apart on the PDF page: missed;
- a face-swap filing's templates of public figures ``依合理使用原则未单独取得肖像授权``: missed;
- an algorithm filing's users written as ``约8.6万名注册骑手``: “no users” (medium) — and two hands before;
- ``企业微信工作台内使用，须工号登录``: “no service form” (medium).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    REPORT,
    RESULTS_TABLE,
    SOURCES,
    algo,
    append_paragraphs,
    append_table,
    codes,
    drop_table,
    edit_xlsx,
    pkg,
    replace_docx,
)


def _report_with_chapters(root: Path, heading: str) -> None:
    """The example report's results table replaced by a numbered chapter with a sampling table under a sub-heading."""
    document = docx.Document(str(root / REPORT))
    document.add_heading("3 训练语料安全评估", level=1)
    document.add_heading(f"3.2 {heading}", level=2)
    table = document.add_table(rows=3, cols=4)
    for row, values in zip(table.rows, [("方式", "抽样数量", "合格率", "要求"), ("人工抽检", "4,200条", "97.8%", "≥96%"),
                                        ("技术抽检", "12,000条（11%）", "98.9%", "≥98%")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(root / REPORT))


def _without_corpus_sampling(root: Path) -> None:
    drop_table(root / REPORT, RESULTS_TABLE)


def test_a_sampling_table_under_a_sub_heading_of_the_corpus_chapter(pkg: Path) -> None:  # noqa: F811
    _without_corpus_sampling(pkg)
    _report_with_chapters(pkg, "抽检情况")
    found = [f for code in ("metrics.missing", "metrics.unrecognised") for f in codes(pkg, code) if "语料" in f.message]
    assert found == []


def test_a_table_under_a_chapter_about_something_else_is_still_not_the_corpus(pkg: Path) -> None:  # noqa: F811
    _without_corpus_sampling(pkg)
    document = docx.Document(str(pkg / REPORT))
    document.add_heading("4 员工培训考核", level=1)
    document.add_heading("4.2 抽检情况", level=2)
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ("方式", "抽样数量", "合格率"), strict=True):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ("人工抽检", "40份", "95%"), strict=True):
        cell.text = value
    document.save(str(pkg / REPORT))
    assert any("语料人工" in f.message for code in ("metrics.missing", "metrics.unrecognised") for f in codes(pkg, code))


def _licence(root: Path, text: str) -> None:
    edit_xlsx(root / SOURCES, "数据溯源清单", lambda ws: setattr(ws.cell(2, 5), "value", text))


def test_a_non_commercial_licence_with_the_owners_commercial_grant(pkg: Path) -> None:  # noqa: F811
    _licence(pkg, "CC BY-NC 4.0；另与版权方签订商业使用授权协议（2025-03）")
    assert codes(pkg, "data_sources.nc_licence") == []


def test_a_non_commercial_licence_with_a_written_permission_of_unknown_scope(pkg: Path) -> None:  # noqa: F811
    _licence(pkg, "仅限非商业使用；已去函并取得出版方书面许可")
    assert [f.severity for f in codes(pkg, "data_sources.nc_licence")] == [Severity.MEDIUM]


def _self_assessment(root: Path) -> Path:
    return next(root.glob("*自评估*.docx"))


def test_portraits_of_public_figures_without_their_consent(algo: Path) -> None:  # noqa: F811
    append_table(_self_assessment(algo), [("素材", "来源", "数量", "授权说明", "用途"),
                                          ("明星脸模板", "网络公开剧照", "8,000张", "属合理使用，未联系肖像权人", "换脸模板"),
                                          ("签约演员人像", "演员经纪公司", "3,000张", "肖像许可合同逐人签署", "模型训练")])
    found = codes(algo, "data_sources.pi_no_basis")
    assert [f.severity for f in found] == [Severity.HIGH] and "明星脸模板" in found[0].message


def test_a_log_period_wrapped_apart_on_an_algorithm_filings_pdf(algo: Path) -> None:  # noqa: F811
    from fpdf import FPDF

    from prereview.test_probe30_scope import _font

    lines = ["落实算法安全主体责任基本情况", "一、算法安全负责人：副总经理，统筹算法安全工作。",
             "二、日志：生成请求日志与审核日志滚动保存 60", "天，期满自动覆盖。", "三、应急处置：重大事件一小时内启动预案。"]
    pdf = FPDF()
    pdf.add_font("cjk", "", _font("".join(sorted(set("".join(lines)) | {chr(c) for c in range(32, 127)}))))
    pdf.add_page()
    pdf.set_font("cjk", size=11)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    duty = next(algo.glob("02*.docx"))
    duty.unlink()
    pdf.output(str(algo / "02 落实算法安全主体责任基本情况.pdf"))
    found = codes(algo, "safety.log_retention")  # medium: the self-assessment keeps 网络日志 six months, another log
    assert len(found) == 1 and "写 2 个月" in found[0].message


def test_users_in_an_algorithm_filing_are_not_asked_for(algo: Path) -> None:  # noqa: F811
    replace_docx(_self_assessment(algo), "服务对象", "适用情况")
    for path in algo.glob("*.docx"):
        replace_docx(path, "服务对象", "适用情况")
    found = [f for f in codes(algo, "scope.missing_element") if "服务对象" in f.message]
    assert all(f.severity is Severity.LOW for f in found)


def test_a_workplace_messenger_is_a_service_form(pkg: Path) -> None:  # noqa: F811
    from beian.prereview.vocab import compiled, fold

    assert compiled("scope", "elements", "form").search(fold("员工在钉钉工作台中打开使用，须工号登录"))


def _licence_with_note(root: Path, licence: str, note: str) -> None:
    def edit(ws) -> None:  # type: ignore[no-untyped-def]
        ws.cell(3, 5).value = licence
        ws.append([note])
    edit_xlsx(root / SOURCES, "数据溯源清单", edit)


def test_a_note_saying_part_of_the_licences_is_still_being_signed(pkg: Path) -> None:  # noqa: F811
    _licence_with_note(pkg, "与各作者签订的数字版权协议①", "① 2020年前入库的稿件约3,400篇尚未取得作者的数字版权授权，法务部正在逐一联系。")
    found = codes(pkg, "data_sources.unlicensed")
    assert [f.severity for f in found] == [Severity.HIGH] and "3,400" in found[0].message


def test_a_note_saying_the_unlicensed_part_was_left_out(pkg: Path) -> None:  # noqa: F811
    _licence_with_note(pkg, "与各作者签订的数字版权协议①", "① 2020年前入库、未取得数字版权授权的稿件已从训练语料中剔除。")
    assert codes(pkg, "data_sources.unlicensed") == []


def test_a_non_commercial_use_licence_is_no_commercial_grant(pkg: Path) -> None:  # noqa: F811
    """Found while re-running the two-hundred-and-forty-fourth probe: 商业使用.*许可 matched inside 非商业使用许可."""
    _licence(pkg, "出版方非商业使用许可")
    assert [f.severity for f in codes(pkg, "data_sources.nc_licence")] == [Severity.HIGH]
