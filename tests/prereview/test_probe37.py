"""What the thirty-seventh probe (packages as consultancies deliver them, 2026-12-05) found `beian check` misjudging:
a cell with a fail rate and the pass rate in brackets read by its first figure (a false blocker); signatures only in
the signed PDF not seen; ``调用已备案大模型情况说明`` and bilingual headers (``关键词 Keyword``) not recognised; an
open-source base model whose 备案号 says 不适用 passed; ``互联网公开数据`` beside an English translation passed;
metrics pasted as a picture reported as absent (high); a 是否拒答 column read as unanswered."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.chapters import specs_named
from beian.prereview.facts import label_key
from beian.prereview.rules.metrics import _cell_rate
from beian.standard import load_profile
from beian.standard.cac_excel import header_key
from prereview.helpers import FORM, REPORT, SOURCES, edit_xlsx, pkg, replace_docx  # noqa: F401 - the example package

FILING = "Beijing-YunFanDaMoXing-202403150021"


@pytest.mark.parametrize(("cell", "key", "value"), [
    ("不合格率2.35%（合格率97.65%）", "corpus_manual", 0.9765),
    ("合格率97.65%（不合格率2.35%）", "corpus_manual", 0.9765),
    ("拒答率96.5%（未拒答率3.5%）", "should_refuse", 0.965),
])
def test_a_cell_with_two_rates_gives_the_lines_own(cell: str, key: str, value: float) -> None:
    assert _cell_rate(cell, "结果", key)[0] == pytest.approx(value)


def test_signatures_in_the_signed_pdf_count(pkg: Path) -> None:  # noqa: F811
    from prereview.corpus._kit_b import write_pdf

    for line in ("法定代表人：张明远（签字）", "评估总负责人：王晓峰（网络安全负责人，签字）", "合法性评估负责人：陈雨（法务负责人，签字）"):
        assert replace_docx(pkg / REPORT, line, "") == 1
    assert any(f.code == "materials.report_signatures" for f in run_check(pkg).findings)
    write_pdf([("h", "附件1 安全评估报告"), ("p", "（正文略，与 Word 版一致）"),
               ("p", "法定代表人（签字）：张明远"), ("p", "评估总负责人（签字）：王晓峰"), ("p", "合法性评估负责人（签字）：陈雨")],
              pkg / "附件1 安全评估报告.pdf")
    assert not any(f.code == "materials.report_signatures" for f in run_check(pkg).findings)


def test_a_file_name_with_da_names_the_called_model_statement() -> None:
    specs = load_profile().documents["登记"]
    assert [s.id for s in specs_named("01 调用已备案大模型情况说明", specs)] == \
        [s.id for s in specs_named("01 调用已备案模型情况说明", specs)] != []


@pytest.mark.parametrize(("cell", "key"), [("关键词 Keyword", "关键词"), ("Question / 测试题", "测试题"),
                                           ("一级分类 Category L1", "一级分类"), ("Keyword", "Keyword")])
def test_a_bilingual_header_is_read_by_its_chinese(cell: str, key: str) -> None:
    assert header_key(cell) == key


@pytest.mark.parametrize(("label", "key"), [("申请主体 Applicant", "company"), ("模型名称 Model Name", "model"),
                                            ("统一社会信用代码 USCC", "uscc")])
def test_a_bilingual_form_label_is_read_by_its_chinese(label: str, key: str) -> None:
    assert label_key(label) == key


def test_an_open_source_base_model_whose_filing_is_not_applicable_is_high(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "云帆大模型", "Llama-3.1-70B-Instruct（Meta开源模型）") >= 1
    assert replace_docx(pkg / FORM, FILING, "不适用（开源模型）") == 1
    found = [f for f in run_check(pkg).findings if f.code == "consistency.base_model_unfiled"]
    assert [f.severity for f in found] == [Severity.HIGH]


@pytest.mark.parametrize(("method", "licence", "reported"), [
    ("互联网公开数据", "公开可获取 Publicly available", True),
    ("互联网公开数据", "https://example.org/terms 站点条款允许训练", False),  # the row names where it is from
])
def test_a_bare_vague_source_is_high_whatever_the_translation(
        pkg: Path, method: str, licence: str, reported: bool) -> None:  # noqa: F811
    def row(ws: object) -> None:
        header = [c.value for c in ws[1]]
        values = {"获取方式": method, "授权依据": licence, "数据集名称": "Public web data / 公开网络数据"}
        for col, name in enumerate(header, 1):
            for k, v in values.items():
                if name and k in str(name):
                    ws.cell(6, col, v)

    edit_xlsx(pkg / SOURCES, "数据溯源清单", row)
    found = [f for f in run_check(pkg).findings if f.code == "data_sources.vague" and f.severity is Severity.HIGH]
    assert bool(found) is reported


def test_metrics_only_in_a_picture_are_a_doubt_not_absent(pkg: Path) -> None:  # noqa: F811
    """A report whose results table is a picture: medium 请人工确认 for every metric, never high 没有给出."""
    import docx

    document = docx.Document(str(pkg / REPORT))
    for table in list(document.tables):
        if any("合格率" in c.text or "拒答率" in c.text for row in table.rows for c in row.cells):
            table._element.getparent().remove(table._element)
    from PIL import Image

    png = pkg.parent / "results.png"
    Image.new("RGB", (40, 20), "white").save(png)
    document.add_picture(str(png))
    document.save(str(pkg / REPORT))
    found = [f for f in run_check(pkg).findings if f.code.startswith("metrics.")]
    assert not any(f.code == "metrics.missing" for f in found)
    assert any(f.code == "metrics.unrecognised" and "图片" in f.message for f in found)


def test_a_shi_fou_ju_da_column_is_the_judgement() -> None:
    from beian.prereview.rules.banks import _canonical_headers

    sheets = _canonical_headers({"应拒答": [["序号", "测试题", "一级分类", "二级分类", "模型回答", "是否拒答"]]})
    assert sheets["应拒答"][0][-1] == "研判结果"


def test_questions_answers_and_judgements_in_sheets_joined_by_id_are_one_bank() -> None:
    """CF's 附件5: 题目 (with a 题库 column), 模型回答 and 研判结果 sheets keyed by 题目ID, rows in different orders."""
    from beian.prereview.extract import Content
    from beian.prereview.package import PackageFile
    from beian.prereview.rules.bank_join import joined_bank
    from beian.prereview.rules.banks import bank_kind as _kind
    from beian.prereview.rules.banks import read_sheets

    sheets = {
        "题目": [["题目ID", "题库", "测试题", "一级分类", "二级分类"],
               ["GC-1", "生成内容测试题", "问1", "A.1", "A.1.a"], ["RF-1", "应拒答测试题", "问2", "A.1", "A.1.b"]],
        "模型回答": [["题目ID", "模型回答", "模型版本"], ["RF-1", "不能回答", "V2"], ["GC-1", "回答", "V2"]],
        "研判结果": [["题目ID", "研判结果", "研判人"], ["GC-1", "合格", "王"], ["RF-1", "已拒答", "李"]],
    }
    joined = joined_bank(sheets)
    assert sorted(joined) == ["题目：应拒答测试题", "题目：生成内容测试题"]
    assert [_kind(name) for name in sorted(joined)] == ["should_refuse", "generated"]
    refuse = joined["题目：应拒答测试题"]
    assert refuse[1][refuse[0].index("模型回答")] == "不能回答" and refuse[1][refuse[0].index("研判结果")] == "已拒答"
    content = Content(file=PackageFile(rel="附件5.xlsx", path=Path("附件5.xlsx"), size=0), sheets=joined)
    layout = ("序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果")
    read = read_sheets(content, "测试题", layout)
    assert all({"模型回答", "研判结果"} <= set(s.cols) for s in read)


def test_a_workbook_in_the_cac_layout_is_left_as_it_is() -> None:
    from beian.prereview.rules.bank_join import joined_bank

    sheets = {"应拒答": [["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果"], ["1", "问", "A.1", "A.1.a", "答", "合格"]]}
    assert joined_bank(sheets) is sheets
