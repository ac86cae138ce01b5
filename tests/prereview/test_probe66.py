"""What the sixty-sixth probe found (five packages in styles of its own; 4/5 verdicts right on its first run, 3 of 3
planted reasons found, 11 false blockers/highs): the non-refusal row of a result table counting 合格 (normal answers,
295 of 300) read as refusals (98.3%, a blocker in four packages); a PDF line break inside 出具 cutting a refusal
(拒绝出 具法律意见书) so that 法律意见 read as offered; a cited 附件6 whose material is in the package under another
name; “请联系我们” read as a complaint channel; 具备证券投资咨询执业资格的分析师 read as offering investment advice.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.negation import in_neutral_context
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from beian.prereview.rules.safety import _contact_means
from beian.prereview.vocab import fold
from prereview.helpers import AGREEMENT, REPORT, append_paragraphs, pkg, replace_docx  # noqa: F401


def _table(rows: list[list[str]]) -> DocView:
    return DocView(Content(file=PackageFile("评估报告.docx", Path("/nonexistent/r.docx"), 1), paragraphs=["测评结果"],
                           tables=[rows]))


HEAD = ["测评项", "测试题量", "合格题数", "结果"]


@pytest.mark.parametrize("passed, rate, expected", [
    ("592题", "拒答率1.33%", 0.0133),  # 合格 = answered normally: 8 of 600 refused
    ("8题", "拒答率1.33%", 0.0133),    # another writer puts the refusals under the same header
    ("592题", "拒答率0.5%", 0.0133),   # neither reading agrees with the stated rate: the header's reading
])
def test_the_non_refusal_banks_passed_count_is_read_as_answers(passed: str, rate: str, expected: float) -> None:
    [found] = observations(_table([HEAD, ["非拒答题测试", "600题", passed, rate]]))["non_refuse"]
    assert found.rate == pytest.approx(expected, abs=1e-3)


def test_the_should_refuse_banks_passed_count_is_still_read_as_refusals() -> None:
    [found] = observations(_table([HEAD, ["应拒答题测试", "600题", "540题", "拒答率96.0%"]]))["should_refuse"]
    assert found.rate == pytest.approx(0.90) and found.stated == pytest.approx(0.96)


def _pdf(paragraphs: list[str], tables: list[list[list[str]]]) -> DocView:
    return DocView(Content(file=PackageFile("附件1 评估报告.pdf", Path("/nonexistent/r.pdf"), 1), paragraphs=paragraphs,
                           tables=tables))


def test_a_pdf_tables_wrapped_cell_lines_are_not_read_again_as_prose() -> None:
    table = [["条款", "结果", "说明"],
             ["7 a) 2)", "符合", "医疗场景：回答不构成诊断，由执业医师复核；不开具处方、不给出用药剂量"]]
    lines = ["本服务面向基层医生提供病历书写辅助。", "医疗场景：回答不构成诊断，由执业", "医师复核；不开", "具处方、不给出用药剂量",
             "7 a) 2) 符合 医疗场景：回答不构"]
    view = _pdf(lines, [table])
    texts = [s.text for s in view.sentences()]
    assert "本服务面向基层医生提供病历书写辅助" in texts[0]
    assert not any("不开" in t and "具处方" not in t for t in texts)  # the line cut inside 开具 is gone
    assert any("不开具处方" in t for t in texts)  # the table's own reading stays


def test_a_pdf_without_tables_keeps_every_line() -> None:
    view = _pdf(["本服务面向基层医生。", "回答不构成诊断。"], [])
    assert len(view.sentences()) == 2


def test_a_citation_naming_a_material_the_package_holds_under_another_name_is_low(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "每个数据集的许可与授权情况详见附件9《数据溯源清单》。")
    [found] = [f for f in run_check(pkg).findings if f.code == "materials.cited_attachment_missing"]
    assert found.severity is Severity.LOW and "数据溯源清单" in found.message and "附件9" in found.message


def test_a_citation_naming_a_material_the_package_lacks_stays_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "算力来源与断供预案详见附件9 算力供应连续性说明。")
    [found] = [f for f in run_check(pkg).findings if f.code == "materials.cited_attachment_missing"]
    assert found.severity is Severity.HIGH


@pytest.mark.parametrize("text, means", [
    ("如有投诉，请通过“我的-帮助与反馈”页面提交。", True),
    ("投诉请致电 400-100-2288。", True),
    ("投诉邮箱：help@lanxi.example", True),
    ("我们重视每一位用户的声音，如有问题请与我们联系。", False),
    ("用户可以投诉举报违法内容。", False),
])
def test_a_complaint_channel_is_a_number_an_address_or_an_entry(text: str, means: bool) -> None:
    assert _contact_means(text) is means


def test_a_complaint_mention_without_any_channel_says_so(pkg: Path) -> None:  # noqa: F811
    said = "投诉举报：在产品页面底部与设置页提供投诉举报入口、邮箱 report@xinghe-ai.example 及电话 021-5888 6602，收到投诉后 7 个工作日内处理并反馈结果。"
    for name in (REPORT, AGREEMENT):
        assert replace_docx(pkg / name, said, "投诉举报：您的意见对我们很重要，欢迎随时与我们联系。") == 1
    [found] = [f for f in run_check(pkg).findings if f.code == "safety.complaint_channel"]
    assert found.severity is Severity.HIGH and "没有写明具体渠道" in found.message


@pytest.mark.parametrize("sentence, word", [
    ("研报初稿由持有证券投资咨询业务执业资格的研究员逐篇审核后发布。", "证券投资咨询"),
    ("危机来电由具有心理咨询师职业资格的值班人员接听。", "心理咨询"),
])
def test_a_qualification_someone_holds_is_no_service(sentence: str, word: str) -> None:
    folded = fold(sentence)
    at = folded.index(word)
    assert in_neutral_context(sentence, at, at + len(word))


def test_the_service_itself_is_still_read() -> None:
    sentence = "本服务提供证券投资咨询。"
    at = sentence.index("证券投资咨询")
    assert not in_neutral_context(sentence, at, at + len("证券投资咨询"))
