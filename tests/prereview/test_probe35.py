"""What the thirty-fifth probe (packages by other hands, 2026-12-05) found `beian check` misjudging: each source's
collection sampling (对各来源随机抽取不少于一千条…均未超过百分之五) read as the corpus spot check (a false blocker);
附件7-1 not found in ``7-其他佐证材料/7-1数据溯源清单.xlsx`` nor 附件7 in the folder ``07 其他材料`` (false highs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Finding, Severity
from beian.prereview import run_check
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from prereview.helpers import FORM, REPORT, SOURCES, edit_xlsx, pkg, replace_docx  # noqa: F401 - the example package


def _report(*paragraphs: str) -> DocView:
    file = PackageFile(rel="附件1 安全评估报告.docx", path=Path("附件1 安全评估报告.docx"), size=0)
    return DocView(Content(file=file, paragraphs=["二、语料安全评估", *paragraphs]))


@pytest.mark.parametrize("rule", [
    "（1）采集前，对各来源随机抽取不少于一千条进行人工评估，违法不良信息占比最高为百分之零点三，均未超过百分之五。",
    "采集前、采集后均对各来源随机抽取不少于一千条进行人工评估，违法不良信息占比最高为百分之零点八，均未超过百分之五。",
    "每个来源采集后随机抽取1000条人工抽检，违法不良信息占比均未超过5%。",
])
def test_each_sources_collection_sampling_is_not_the_corpus_spot_check(rule: str) -> None:
    found = observations(_report(rule, "从全部训练语料中随机抽取四千二百条进行人工抽检，合格率百分之九十七点一。"))
    [manual] = found["corpus_manual"]
    assert manual.n == 4200 and manual.rate == pytest.approx(0.971)


def test_a_bound_the_results_keep_under_is_not_a_result() -> None:
    """“均未超过百分之五” states the line a result stays under; alone, the corpus figure is not read from it."""
    found = observations(_report("语料人工抽检违法不良信息占比均未超过百分之五。"))
    assert all(o.rate is None for o in found.get("corpus_manual", []))


# --- attachments numbered by folder or without a separator --------------------------------------------------------------

def _cite(root: Path, text: str, *files: str) -> list[Finding]:
    assert replace_docx(root / REPORT, "总体结论：", f"{text}总体结论：") == 1
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"%PDF-1.4\n%%EOF\n")
    return [f for f in run_check(root).findings if f.code == "materials.cited_attachment_missing"]


def test_a_file_numbered_without_a_separator_holds_its_number(pkg: Path) -> None:  # noqa: F811
    assert _cite(pkg, "详见附件7-1《数据溯源清单》。", "7-其他佐证材料/7-1数据溯源清单.pdf") == []


def test_a_numbered_folder_holds_a_plain_citation(pkg: Path) -> None:  # noqa: F811
    assert _cite(pkg, "协议文本与订单截图见附件7。", "07 其他材料/千帆平台服务协议及订单.pdf") == []


def test_a_numbered_folder_does_not_hold_a_sub_number_its_files_lack(pkg: Path) -> None:  # noqa: F811
    found = _cite(pkg, "书面许可见附件6-4。", "06 其他佐证/6-1 数据溯源清单.pdf", "06 其他佐证/6-2 许可.pdf")
    assert [f.severity for f in found] == [Severity.HIGH]


# --- a non-commercial licence with a commercial grant -------------------------------------------------------------------

@pytest.mark.parametrize(("licence", "reported"), [
    ("CC BY-NC-SA 4.0（已取得研究外商用书面许可，见06-7-3）", False),
    ("CC BY-NC 4.0，已获权利人商用许可（授权书编号 SQ-2025-011）", False),
    ("CC BY-NC-SA 3.0 IGO（非商业部分已书面申请许可，见附件6-4）", True),  # applied for, not granted
    ("CC BY-NC 4.0（商用授权洽谈中）", True),
    ("CC BY-NC 4.0", True),
    ("CC BY-NC 4.0（非商用许可）", True),
    ("CC BY-NC-SA（非商业许可）", True),
    ("CC BY-NC 4.0，未经书面许可不得商用", True),
])
def test_a_non_commercial_licence_is_reported_unless_a_commercial_grant_is_stated(
        pkg: Path, licence: str, reported: bool) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: setattr(ws.cell(6, 5), "value", licence))
    found = [f for f in run_check(pkg).findings if f.code == "data_sources.nc_licence"]
    assert bool(found) is reported


# --- an emergency response without a written plan -----------------------------------------------------------------------

PLAN = ("应急预案：公司成立由分管副总任组长的内容安全应急工作组；事件按影响范围分为一级、二级、三级，处置流程为发现—研判—下线或"
        "拦截—溯源—整改—报告，一级事件1小时内上报属地网信部门；应急联系人李静，联系电话021-5888 6601；每季度开展一次应急演练并留存记录。")


@pytest.mark.parametrize(("said", "severity"), [
    ("出现违法内容时立即停止输出、下线相关功能（可在后台一键关闭），并向属地网信部门报告。", Severity.MEDIUM),
    ("审核人员每季度参加一次培训。", Severity.HIGH),
])
def test_scattered_emergency_handling_is_a_doubt_and_silence_is_high(
        pkg: Path, said: str, severity: Severity) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, PLAN, said) == 1
    [hit] = [f for f in run_check(pkg).findings if f.code == "safety.emergency_plan"]
    assert hit.severity is severity


# --- a third-party base model that is not filed (备案 route, TC260-003 6 a)) -------------------------------------------

FILING = "Beijing-YunFanDaMoXing-202403150021"


@pytest.mark.parametrize(("base", "filing", "reported"), [
    ("云帆大模型", "境外开源模型，无境内备案号；我司已在境内完成二次训练", True),
    ("Meta Llama-3.1-70B-Instruct（Llama 3.1 Community License）", "无", True),
    ("云帆大模型", "尚未备案", True),
    ("不涉及（未使用第三方基础模型）", "不涉及", False),  # a self-developed model has nothing to file
    ("自研", "无", False),
    ("无锡太湖大模型", "尚未备案", True),  # a name that starts with 无 is a model
    ("云帆大模型", FILING, False),
])
def test_an_unfiled_third_party_base_model_is_high(
        pkg: Path, base: str, filing: str, reported: bool) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "云帆大模型", base) >= 1
    assert replace_docx(pkg / FORM, FILING, filing) == 1
    found = [f for f in run_check(pkg).findings if f.code == "consistency.base_model_unfiled"]
    assert [f.severity for f in found] == ([Severity.HIGH] if reported else [])


# --- a clause table judged with tick boxes ------------------------------------------------------------------------------

def test_a_clause_table_judged_with_tick_boxes_is_read() -> None:
    """The thirty-fifth probe: “☑符合 ☐不符合 ☐不适用” in every row gave a medium “只找到 0 条”; a ticked 不适用 needs
    its reason like a written one."""
    from beian.prereview.docmodel import ticked_options
    from beian.prereview.rules.materials import _na_cell, _row_reason, _verdict_cell

    verdicts = ("符合", "不符合", "不适用", "部分符合")
    assert ticked_options("☑符合 ☐不符合 ☐不适用") == ["符合"]
    assert _verdict_cell("☑符合 ☐不符合 ☐不适用", verdicts)
    assert not _verdict_cell("☑符合 ☑不符合 ☐不适用", verdicts)  # two ticked: no verdict
    assert _na_cell("☐符合 ☐不符合 ☑不适用") and not _na_cell("☑符合 ☐不符合 ☐不适用")
    assert not _row_reason(["7 c)", "要求", "☐符合 ☐不符合 ☑不适用", ""])
    assert _row_reason(["7 c)", "要求", "☐符合 ☐不符合 ☑不适用", "本服务不提供图片生成功能"])


# --- a test bank exported as CSV ----------------------------------------------------------------------------------------

def test_a_test_bank_exported_as_csv_is_checked_and_its_format_noted(pkg: Path) -> None:  # noqa: F811
    """The thirty-fifth probe: a .csv bank was only “格式与通常要求不同”, its content never counted."""
    import csv

    bank = pkg / "附件5 评估测试题.xlsx"
    bank.unlink()
    with (pkg / "附件5 评估测试题.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果"])
        writer.writerows([[i, f"测试题{i}", "A.1", "A.1.1", "回答", "合格"] for i in range(1, 11)])
    found = run_check(pkg).findings
    assert any(f.code == "materials.missing_document" and f.severity is Severity.MEDIUM and ".csv" in f.message
               for f in found)
    assert any(f.code == "safety.bank_total" for f in found)  # ten questions: the content was read and counted
