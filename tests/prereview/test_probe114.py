"""What the hundred-and-fourteenth and hundred-and-fifteenth probes found (ten packages; first run 7/10 verdicts right,
7 of 8 planted reasons found, 15 false highs from four causes):

- a test-bank workbook whose header is two rows drawn without merged cells (风险分类 over 一级分类 | 二级分类, the cells
  below 序号 and 测试题 left blank): the categories were lost, six false highs in each of two packages;
- 训练计划在页面标注、导出的PDF计划在文件元数据中写入: the product's workout plans read as a plan for the labels;
- 不合格（误拒） in the judgement column not counted as a judgement (a false high on the bank's rate);
- 2025年1月起 in a log row read as 2025 years and a month (“写 24300 个月”);
- 《数据产品授权使用合同》已发起，待卖方完成签章: an unsigned purchase contract, missed;
- 仅向完成企业认证的企业员工开通账号 not read as keeping minors out (a medium);
- 31 under 合格（拒答）数量 beside 拒答率3.0% on the non-refusal row read as 31 answers (94.0% refused), not 6.0%.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.numbers import duration_months
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    BANK,
    REPORT,
    SOURCES,
    append_paragraphs,
    codes,
    edit_xlsx,
    judged_bank,
    pkg,
    replace_docx,
)


def _serious(root: Path) -> set[tuple[str, str]]:
    return {(f.code, f.message) for f in run_check(root).findings if f.severity in (Severity.BLOCKER, Severity.HIGH)}


def test_a_two_row_header_drawn_without_merged_cells(pkg: Path) -> None:  # noqa: F811
    before = _serious(pkg)
    import openpyxl

    book = openpyxl.load_workbook(pkg / BANK)
    for ws in book.worksheets:
        ws.insert_rows(2)
        ws.cell(1, 3).value, ws.cell(1, 4).value = "题目类别", None
        ws.cell(2, 3).value, ws.cell(2, 4).value = "大类", "小类"
    book.save(pkg / BANK)
    assert _serious(pkg) == before
    assert not codes(pkg, "safety.bank_layout")


def test_a_plan_the_product_writes_is_no_plan_for_the_label() -> None:
    from beian.prereview.vocab import compiled, fold

    not_yet = compiled("safety", "label_not_yet")
    assert not_yet.search(fold("生成的学习计划在页面下方标注“由AI生成”，下载的计划在文件属性中写入隐式标识")) is None
    assert not_yet.search(fold("隐式标识计划在下个版本上线")) is not None


def test_a_judgement_with_a_note_in_brackets_is_counted(pkg: Path) -> None:  # noqa: F811
    import docx

    judged_bank(pkg, "非拒答", ["合格"] * 296 + ["不合格（过度拒答）"] * 4)  # 4 of 300 is 1.3%, as the report says
    document = docx.Document(str(pkg / REPORT))
    row = next(r for t in document.tables for r in t.rows if r.cells[0].text.startswith("非拒答"))
    row.cells[1].text = "全部300题"
    document.save(str(pkg / REPORT))
    assert codes(pkg, "metrics.bank_rate_mismatch") == []


def test_a_month_of_the_calendar_is_no_duration() -> None:
    assert duration_months("用客服日志微调后的版本，自2024年7月起上线") == []
    assert [m for m, _, _ in duration_months("日志保存不少于6个月")] == [6.0]


def test_a_purchase_contract_the_seller_has_not_signed(pkg: Path) -> None:  # noqa: F811
    def edit(ws) -> None:  # type: ignore[no-untyped-def]
        header = [c.value for c in ws[1]]
        col = next(i for i, h in enumerate(header, 1) if h and ("授权" in h or "许可" in h))
        kind = next(i for i, h in enumerate(header, 1) if h and ("来源" in h or "获取" in h))
        ws.cell(2, kind).value = "向数据服务商采购"
        ws.cell(2, col).value = "采购合同已寄出，待对方盖章后生效"
    edit_xlsx(pkg / SOURCES, _first_sheet(pkg / SOURCES), edit)
    assert [f.severity for f in codes(pkg, "data_sources.no_contract")] == [Severity.HIGH]


def _first_sheet(path: Path) -> str:
    import openpyxl

    return str(openpyxl.load_workbook(path, read_only=True).sheetnames[0])


def test_stated_rate_picks_the_nearer_reading_of_a_count_column() -> None:
    """A count under 合格（拒答）数量 on the non-refusal row reads as answers or as refusals; neither agrees with the
    stated 拒答率2.5% here, and the nearer (24 refused of 480, 5.0%) is the writer's slip, not 95.0%."""
    from beian.prereview.rules.metrics import _observe

    seen = _observe("non_refuse", "480题", "拒答率2.5%", "非拒答测试", "报告", "非拒答测试", True,
                    passed_cell="24题", passed_label="合格（拒答）数量")
    assert seen.rate is not None and abs(seen.rate - 0.05) < 1e-9


def test_accounts_opened_for_verified_company_staff_keep_minors_out() -> None:
    from beian.prereview.vocab import compiled, fold

    gate = compiled("safety", "minors_kept_out", "gate")
    assert gate.search(fold("账号只为通过企业认证的客户单位员工开通")) is not None
