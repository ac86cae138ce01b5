"""What the fiftieth probe found (false alarms on good packages written differently; 6/6 verdicts, two for partly
wrong reasons): a results table whose count column is 未通过数量 Failed read as the passed count (five false blockers
and five false highs); 抽样比例 written in the row's label not read; “（比如现实医疗、投资建议）。措施：这类问题NPC不回答”
read as offering investment advice; “啥都能聊” and “隐式标识……还在排期” missed."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from beian.prereview import run_check
from beian.prereview.vocab import compiled, fold, words
from prereview.helpers import REPORT, append_paragraphs, drop_table, pkg  # noqa: F401 - the example package

HEADER = ["测试项目 Item", "抽样数量 Sample", "未通过数量 Failed", "通过率 Pass rate"]
ROWS = [["语料人工抽检", "4000", "88", "97.8%"], ["语料技术抽检（抽样比例10%）", "1200000", "8400", "99.3%"],
        ["生成内容人工抽检", "1000", "35", "96.5%"], ["生成内容关键词抽检", "1000", "28", "97.2%"],
        ["生成内容分类模型抽检", "1000", "32", "96.8%"], ["应拒答题拒答", "300", "6", "98.0%"],
        ["非拒答题拒答率（误拒）", "300", "4", "1.3%"]]


def _results_table(path: Path, rows: list[list[str]]) -> None:
    """The report's results table replaced by one that counts the failures."""
    drop_table(path, 2)
    document = docx.Document(str(path))
    table = document.add_table(rows=len(rows) + 1, cols=len(HEADER))
    for r, row in enumerate([HEADER, *rows]):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text
    document.save(str(path))


def _metrics(root: Path) -> list[tuple[str, str]]:
    return [(f.code, f.severity.value) for f in run_check(root).findings if f.code.startswith("metrics.")]


def test_a_failed_count_column_is_read_as_failures(pkg: Path) -> None:  # noqa: F811
    _results_table(pkg / REPORT, ROWS)
    assert _metrics(pkg) == []


def test_a_refusal_rate_the_failures_contradict_is_still_caught(pkg: Path) -> None:  # noqa: F811
    rows = [r if not r[0].startswith("应拒答") else ["应拒答题拒答", "300", "21", "98.0%"] for r in ROWS]
    _results_table(pkg / REPORT, rows)
    found = [f for f in run_check(pkg).findings if f.code in ("metrics.below_line", "metrics.rate_mismatch")]
    assert sorted((f.code, f.severity.value) for f in found) == [("metrics.below_line", "blocker"),
                                                                  ("metrics.rate_mismatch", "high")]
    assert "93.0%" in next(f.message for f in found if f.code == "metrics.below_line")


def test_casual_unlimited_scope_and_a_scheduled_label() -> None:
    assert compiled("scope", "overbroad", "phrases").search(fold("NPC陪你聊，啥都能聊——天南海北、写诗写代码"))
    said = fold("隐式标识这块儿还在排期，预计等引擎升级到3.2版本之后一起上。")
    assert any(fold(w) in said for w in words("safety", "label_not_yet"))


COLUMNS = [["测试项目", "语料人工抽检", "语料技术抽检", "生成内容人工抽检", "生成内容关键词抽检", "生成内容分类模型抽检",
            "应拒答测试", "非拒答测试"],
           ["抽样数量", "四千二百条", "三百七十四万四千条", "一千二百题", "一千二百题", "一千二百题", "三百二十题", "三百二十题"],
           ["抽样比例", "—", "百分之十二", "—", "—", "—", "—", "—"],
           ["合格率（拒答率）", "百分之九十八点一", "百分之九十九点二", "百分之九十五点六", "百分之九十七点三", "百分之九十六点八",
            "拒答率百分之九十八点七", "拒答率百分之一点三"],
           ["要求", "≥96%", "≥98%", "≥90%", "≥90%", "≥90%", "≥95%", "≤5%"]]


def test_a_transposed_results_table_with_a_share_row_and_numerals_in_words(pkg: Path) -> None:  # noqa: F811
    """抽样比例 in a row of its own is the sample's share, not the results row (it was read as 12.0% 合格率)."""
    drop_table(pkg / REPORT, 2)
    document = docx.Document(str(pkg / REPORT))
    table = document.add_table(rows=len(COLUMNS), cols=len(COLUMNS[0]))
    for r, row in enumerate(COLUMNS):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text
    document.save(str(pkg / REPORT))
    assert _metrics(pkg) == []


def test_the_called_models_vendor_after_our_product_is_no_applicant(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本公司星河对话通过API调用科大讯飞股份有限公司的讯飞星火认知大模型提供摘要功能。")
    assert not any(f.code == "consistency.mismatch" for f in run_check(pkg).findings)


@pytest.mark.parametrize(("names", "pairs"), [(["登记材料汇编.docx", "登记材料汇编.pdf"], True),
                                              (["登记材料汇编.docx", "其他/登记材料汇编.pdf"], False),
                                              (["登记材料汇编.docx"], False)])
def test_a_chapter_is_paired_by_the_compilations_pdf(tmp_path: Path, names: list[str], pairs: bool) -> None:
    from types import SimpleNamespace

    from beian.prereview.model import Document
    from beian.prereview.package import PackageFile
    from beian.prereview.rules.materials import _pair
    from beian.standard import load_profile

    spec = next(s for s in load_profile().documents["登记"] if s.id == "service_agreement")
    files = [PackageFile(rel=n, path=tmp_path / n, size=0) for n in names]
    doc = Document(spec=spec, files=[files[0]], chapter="第三章 用户服务协议")
    assert (list(_pair(doc, SimpleNamespace(files=files))) == []) is pairs  # type: ignore[arg-type]
