"""What the hundred-and-fifty-eighth and hundred-and-fifty-ninth probes (ten packages on the code after the 155th and
156th probes' changes; 11 of 12 planted reasons found, two false highs) found:

- a Chinese–Uyghur form whose labels carry their translation after a slash (``是否面向未成年人 / قۇرامىغا يەتمىگەنلەر``,
  value ``否 / ياق（…）``): the label was read as a statement that minors are served (a false high) and two labelled
  facts were not found (two wrong mediums);
- a 数据溯源清单 exported to PDF whose row broke across a page with its first cell filled on the new page (``列）`` closing
  ``电力行业标准公开文本（DL/T系``): read as a sixth, empty dataset (a false high and two wrong mediums);
- ``本公司自有数据，标注人员签署劳动合同与保密协议`` read as a licence that names only a confidentiality agreement;
- a base-model change whose new model's filing number differs between the form and the 变更情况说明's 变更后 column:
  missed (the statement's facts were not compared);
- a form table under the heading 一、申请主体 whose row is ``名称 | 宁川市第一人民医院 | 统一社会信用代码 | …``, and a
  ``训练语料 | 共570,000条……`` row: the applicant and the corpus total were not read (two wrong mediums).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content, _join_split_row
from beian.prereview.facts import facts_of
from beian.prereview.package import PackageFile
from prereview.helpers import SOURCES, codes, edit_xlsx, pkg  # noqa: F401


def _form(rows: list[list[str]], heading: str = "") -> DocView:
    return DocView(Content(file=PackageFile("备案表.docx", Path("/nonexistent/f.docx"), 1),
                           paragraphs=[heading] if heading else [], tables=[rows], table_anchor=[1 if heading else 0]))


def test_a_minority_script_translation_after_a_slash_is_not_read() -> None:
    view = _form([["是否面向未成年人 / قۇرامىغا يەتمىگەنلەر", "否 / ئەمەس（仅限年满18周岁的用户）"],
                  ["服务对象 / ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠣ᠂ ᠪᠢᠶᠡᠲᠦ", "签约企业员工"]])
    assert [s.text for s in view.sentences()] == ["是否面向未成年人：否（仅限年满18周岁的用户）", "服务对象：签约企业员工"]


def test_labels_and_values_with_a_uyghur_translation_are_facts() -> None:
    found = {f.key: f.value for f in facts_of(_form([["统一社会信用代码 / ئىجتىمائىي ئىناۋەت كودى", "91650100MA7Q9D5B1G"],
                                                     ["模型名称 / مودېل نامى", "天山汉维双语大模型"]]), "form")}
    assert found.get("uscc") == "91650100MA7Q9D5B1G" and found.get("model") == "天山汉维双语大模型"


def test_a_row_broken_by_a_page_with_its_first_cell_filled_joins_the_row_above() -> None:
    table = [["数据集名称", "来源", "授权依据", "规模"], ["行业标准文本（GB/T 2", "采购", "合同编号HT-2024-01", "3万条"]]
    rest = _join_split_row(table, [["0000系列）", "", "7，允许训练", ""], ["自编问答", "自有", "本公司自有", "1万条"]])
    assert table[-1][0] == "行业标准文本（GB/T 20000系列）" and rest == [["自编问答", "自有", "本公司自有", "1万条"]]


def test_a_new_row_with_blanks_on_a_new_page_stays_a_row() -> None:
    table = [["数据集名称", "来源", "授权依据", "规模"], ["行业标准文本", "采购", "合同编号HT-2024-01", "3万条"]]
    rest = _join_split_row(table, [["网络问答", "", "", "2万条"]])
    assert rest == [["网络问答", "", "", "2万条"]] and len(table) == 2


def test_own_data_with_an_annotators_nda_is_no_confidentiality_only_basis(pkg: Path) -> None:  # noqa: F811
    def edit(ws) -> None:  # type: ignore[no-untyped-def]
        ws.append(["5", "巡检问答微调数据", "自有数据", "专家编写", "本公司自有数据，编写人员已签署保密承诺", "2024-07-01至2024-07-31",
                   "不涉及爬取", "不含个人信息", "去重", "2万条", "中文", "违法不良信息占比0.1%", "违法不良信息占比0.0%"])

    edit_xlsx(pkg / SOURCES, "数据溯源清单", edit)
    assert [f for f in codes(pkg, "data_sources.vague") if "保密" in f.message] == []


def test_a_change_statements_new_base_model_number_is_compared_with_the_form(pkg: Path) -> None:  # noqa: F811
    document = docx.Document()
    document.add_paragraph("变更情况说明")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("项目", "变更前", "变更后"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("基础模型备案号", "Beijing-XingChen-20230901", "Beijing-YunFanDaMoXing-202403150012"),
                          strict=True):
        cell.text = text
    document.save(str(pkg / "变更情况说明.docx"))
    found = [f for f in codes(pkg, "consistency.mismatch") if "备案号" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "0012" in found[0].evidence


def test_a_bare_name_under_the_applicant_heading_beside_a_credit_code_is_the_applicant() -> None:
    found = facts_of(_form([["名称", "江川市人民医院", "统一社会信用代码", "12330100470012345X"]], "一、申请主体"), "form")
    assert ("company", "江川市人民医院") in {(f.key, f.value) for f in found}


def test_a_training_corpus_row_gives_the_corpus_total() -> None:
    found = facts_of(_form([["训练语料", "共820,000条，来自6个数据集"]]), "form")
    assert [f.key for f in found] == ["corpus_size"]


def test_the_version_a_change_statement_tells_in_prose_is_the_old_one(pkg: Path) -> None:  # noqa: F811
    """Reading change statements (the 151st probe) compared their opening sentence's old version (the 144th probe's
    package: 已于2024年完成……（律衡法律文书大模型V2.1）的上线备案) with the form's new one."""
    document = docx.Document()
    document.add_paragraph("本公司已于2024年完成星河问答助手（星河问答大模型V1.6）的上线备案，现申请变更。")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, (("变更事项", "变更前", "变更后"), ("模型版本", "V1.6", "V2.1")), strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    document.save(str(pkg / "变更事项说明.docx"))
    assert [f for f in codes(pkg, "consistency.mismatch") if "版本" in f.message] == []


def test_a_filing_done_before_names_its_old_version() -> None:
    from beian.prereview.facts import anchored_versions

    text = "已于2024年完成星河助手（星河大模型V2.1）的上线备案。本模型已于2025年通过评估，本次升级为星河大模型V3.0。"
    assert [f.value for f in anchored_versions({"星河大模型"}, text, "说明", "form")] == ["V3.0"]
