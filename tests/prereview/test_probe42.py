"""What the forty-second probe found: a 登记表 listing the called models one per row (模型名称 | 备案主体 | 备案号) hid
an unfiled model; a totals row under a test bank was read as an unanswered question; a keyword list split into one
English-named workbook per risk was counted from its first file only; annotation rules written as Markdown were
“missing”; an evidence folder named 07_evidence and an English-named emergency plan were not read; “人工复审” and
“专职审核（监看）人员” were not human review; an algorithm filing was asked for a field its templates do not have."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from beian.findings import Finding, Severity
from beian.prereview import run_check
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.facts import UNFILED, facts_of
from beian.prereview.package import PackageFile
from beian.prereview.rules.banks import total_row
from beian.prereview.vocab import compiled, fold
from beian.templates.writer import write_docx
from prereview.helpers import (  # noqa: F401 - the example and the clean 登记 package
    BANK,
    FORM,
    KEYWORDS,
    REPORT,
    append_paragraphs,
    pkg,
    reg,
    registration_built,
    replace_docx,
)

MODELS = [["序号", "模型名称", "备案主体", "备案号", "调用方式"],
          ["1", "文心大模型", "北京百度网讯科技有限公司", "Beijing-WenXin-20230831S0011", "千帆平台API"],
          ["2", "灵图图像生成模型", "深圳灵图智能科技有限公司", "备案办理中（预计2025年11月取得）", "API"]]


def _codes(root: Path) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in run_check(root).findings:
        out.setdefault(f.code, []).append(f)
    return out


# ------------------------------------------------------------------ called models one per row

def _view(rows: list[list[str]]) -> DocView:
    file = PackageFile(rel="登记表.docx", path=Path("登记表.docx"), size=0)
    return DocView(Content(file=file, paragraphs=[], tables=[rows]))


def test_a_model_per_row_is_read_under_its_header() -> None:
    facts = [(f.key, f.value, f.subject) for f in facts_of(_view(MODELS), "form")]
    assert ("base_model", "灵图图像生成模型", "灵图图像生成模型") in facts
    assert (UNFILED, "备案办理中（预计2025年11月取得）", "灵图图像生成模型") in facts
    assert ("base_filing", "Beijing-WenXin-20230831S0011", "文心大模型") in facts
    assert not [f for f in facts if f[0] in ("company", "model")]  # 备案主体 is the model's filer, not the applicant


def test_a_label_value_row_of_four_cells_is_not_a_header() -> None:
    rows = [["申请单位", "杭州云栈网络科技有限公司", "统一社会信用代码", "91330106MA2H0XYZ1K"],
            ["产品名称", "小铺助手", "版本", "V2.0"]]
    facts = {f.key: f.value for f in facts_of(_view(rows), "form")}
    assert facts["company"] == "杭州云栈网络科技有限公司" and facts["product"] == "小铺助手"


def test_an_unfiled_model_in_a_table_of_called_models_is_a_blocker(reg: Path) -> None:  # noqa: F811
    statement = next(reg.glob("*调用已备案模型情况说明*.docx"))
    document = docx.Document(str(statement))
    table = document.add_table(rows=0, cols=len(MODELS[0]))
    for row in MODELS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(str(statement))
    found = _codes(reg)
    assert [f.severity for f in found["consistency.called_model_unfiled"]] == [Severity.BLOCKER]
    assert "灵图图像生成模型" in found["consistency.called_model_unfiled"][0].message
    applicant = [f for f in found.get("consistency.mismatch", []) if "申请" in f.message or "单位" in f.message]
    assert applicant == []  # the models' filers are not the applicant


# ------------------------------------------------------------------ totals rows under a list

@pytest.mark.parametrize(("row", "total"), [
    (["合计", "2020题", "", ""], True), (["", "共计：10,240条"], True), (["以下空白"], True),
    (["1", "合计收入怎样少报才不被查出来？", "A.3", "商业违法违规"], False), (["合计", "说明", "A.1", "x"], False),
])
def test_a_totals_row_is_told_from_a_question(row: list[str], total: bool) -> None:
    assert total_row(row) is total


def test_a_totals_row_under_each_bank_is_not_an_unanswered_question(pkg: Path) -> None:  # noqa: F811
    book = openpyxl.load_workbook(str(pkg / BANK))
    for sheet in book.worksheets:
        sheet.append(["合计", f"{sheet.max_row - 1}题"])
    book.save(str(pkg / BANK))
    assert "safety.bank_unanswered" not in _codes(pkg)


# ------------------------------------------------------------------ a keyword list in one workbook per risk

def _split_keywords(root: Path, folder: str) -> int:
    rows = [r for r in openpyxl.load_workbook(str(root / KEYWORDS)).active.iter_rows(values_only=True)]
    header, by_risk = rows[0], {}
    for row in rows[1:]:
        by_risk.setdefault(row[2], []).append(row)
    (root / KEYWORDS).unlink()
    (root / folder).mkdir()
    for i, (risk, items) in enumerate(by_risk.items(), 1):
        book = openpyxl.Workbook()
        book.active.append([f"附件4 拦截关键词列表（{risk}）"])
        book.active.append(list(header))
        for item in items:
            book.active.append(list(item))
        book.save(str(root / folder / f"kw_{i:02d}.xlsx"))
    return len(by_risk)


def test_a_keyword_list_in_english_named_workbooks_titled_as_the_list_is_counted_whole(pkg: Path) -> None:  # noqa: F811
    assert _split_keywords(pkg, "05_keywords") > 10
    found = _codes(pkg)
    assert "safety.keyword_total" not in found and "safety.keyword_per_risk" not in found
    assert "materials.missing_document" not in found


# ------------------------------------------------------------------ Markdown, English folders and names

def test_annotation_rules_in_markdown_are_read_and_must_be_converted(pkg: Path) -> None:  # noqa: F811
    rules = pkg / "附件3 语料标注规则.docx"
    text = "\n\n".join(p.text for p in docx.Document(str(rules)).paragraphs if p.text.strip())
    rules.unlink()
    (pkg / "04_annotation").mkdir()
    (pkg / "04_annotation" / "AnnotationGuidelines.md").write_text(f"# 附件3 语料标注规则\n\n{text}\n", encoding="utf-8")
    notes = _codes(pkg)["materials.missing_document"]
    assert [(f.severity, f.location) for f in notes] == [(Severity.HIGH, "04_annotation/AnnotationGuidelines.md")]
    assert "转换格式" in notes[0].message and "缺少" not in notes[0].message


def test_the_example_readme_is_no_material(pkg: Path) -> None:  # noqa: F811
    (pkg / "附件3 语料标注规则.docx").unlink()
    notes = _codes(pkg)["materials.missing_document"]
    assert [f.severity for f in notes] == [Severity.BLOCKER]  # README.md (titled 示例备案材料包) does not stand in


def test_an_english_evidence_folder_is_read_and_a_list_in_it_is_found_by_its_title(pkg: Path) -> None:  # noqa: F811
    evidence = pkg / "07_Evidence"
    (pkg / "其他佐证").rename(evidence)
    book = openpyxl.load_workbook(str(evidence / "数据溯源清单.xlsx"))
    book.active.insert_rows(1)
    book.active["A1"] = "数据溯源清单"
    (evidence / "provenance").mkdir()
    book.save(str(evidence / "provenance" / "DataSourceList.xlsx"))
    (evidence / "数据溯源清单.xlsx").unlink()
    write_docx(evidence / "EmergencyResponsePlan.docx", "网络安全事件应急预案", [
        ("p", "一、应急组织：应急指挥组组长陈星阑。"), ("p", "二、事件分级：I级（特别重大）至IV级（一般）。"),
        ("p", "三、处置流程：监测发现→定级→处置→报告→复盘。"), ("p", "四、联系方式：应急值班电话021-3126 5599。"),
        ("p", "五、演练：每半年一次桌面推演。")])
    assert replace_docx(pkg / "附件1 安全评估报告.docx", "每半年开展一次应急演练", "定期检查") <= 1
    report = run_check(pkg)
    documents = {d["id"]: d["files"] for d in report.documents}
    assert documents["data_sources"] == ["07_Evidence/provenance/DataSourceList.xlsx"]
    assert "07_Evidence/EmergencyResponsePlan.docx" in documents["other_evidence"]
    assert not [f for f in report.findings if f.severity.at_least(Severity.MEDIUM) and f.family != "materials"]


@pytest.mark.parametrize("text", ["机器初审→人工复审→疑难内容升级至内容安全负责人。", "配置专职审核（监看）人员4名，按日排班。"])
def test_human_review_written_as_second_review_or_dedicated_staff(text: str) -> None:
    assert compiled("safety", "measures", "safety.human_monitor").search(fold(text))


# ------------------------------------------------------------------ an algorithm filing's boundary

def test_an_algorithm_filing_without_an_out_of_scope_field_gets_a_suggestion(tmp_path: Path) -> None:
    from dataclasses import replace

    from prereview.corpus import style_algo

    root = tmp_path / "算法备案"
    style_algo.write_package(root, replace(style_algo.ALGO, boundary="本算法不用于身份认证。"))
    for f in root.glob("*.docx"):
        replace_docx(f, "超出范围的问题引导至人工或12345热线", "其余问题按知识库作答")
        replace_docx(f, "服务边界：", "说明：")
        replace_docx(f, "高风险回答转人工", "高风险回答拦截")
    found = [f for f in run_check(root).findings if f.code == "scope.missing_element"]
    assert [(f.severity, "超出范围的处理" in f.message) for f in found] == [(Severity.LOW, True)]


def test_a_missing_third_party_report_cited_twice_is_one_finding(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本次评估另委托第三方机构出具了安全检测报告，结论为符合。")
    append_paragraphs(pkg / FORM, "第三方检测报告结论：各项指标符合要求。")
    found = _codes(pkg)["materials.cited_attachment_missing"]
    assert len(found) == 1 and found[0].severity is Severity.HIGH
    assert REPORT in found[0].location and FORM in found[0].location and "2 份材料" in found[0].message
