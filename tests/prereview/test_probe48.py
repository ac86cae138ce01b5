"""What the forty-eighth probe found (6/6 verdicts, every planted defect, no false high; .doc packages read): an age
check after “不面向未成年人，” was read as excluding adults; “默认不用于训练……关闭授权” was no opt-out; “与插画创作无关的请求不予处理”
was no out-of-scope handling; a size of “若干” was not said to be vague."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.prereview import run_check
from beian.prereview.vocab import compiled, fold
from beian.templates.writer import write_docx
from prereview.helpers import FORM, REPORT, SOURCES, append_paragraphs, edit_xlsx, pkg  # noqa: F401 - the example package


def test_an_age_check_after_not_serving_minors_excludes_no_adults(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "• 未成年人：服务不面向未成年人，注册需完成实名认证并核验年满18周岁。")
    append_paragraphs(pkg / FORM, "服务对象：年满18周岁的新媒体运营人员及内容创作者。")
    assert [f for f in run_check(pkg).findings if f.code == "scope.users_conflict"] == []


@pytest.mark.parametrize("text", [
    "您输入的内容默认不用于训练；您可以在“账号设置-数据使用”中关闭授权。",
    "对话内容默认不会被用于模型训练。",
])
def test_default_off_training_is_an_opt_out(text: str) -> None:
    assert compiled("safety", "measures", "safety.opt_out").search(fold(text))


@pytest.mark.parametrize("text", ["与插画创作无关的请求不予处理并提示服务范围。", "与本服务无关的请求，系统不予响应。"])
def test_not_handling_unrelated_requests_is_out_of_scope_handling(text: str) -> None:
    assert compiled("scope", "elements", "out_of_scope").search(fold(text))


@pytest.mark.parametrize(("cell", "said"), [("若干", True), ("大量", True), ("约120万条（3.2GB）", False), ("五千条", False)])
def test_a_size_without_a_number_is_vague(pkg: Path, cell: str, said: bool) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.cell(row=2, column=10, value=cell))
    found = [f for f in run_check(pkg).findings if f.code == "data_sources.vague" and "规模" in f.message]
    assert [f.severity.value for f in found] == (["medium"] if said else [])


@pytest.mark.parametrize(("name", "title"), [
    ("关于第一轮意见的答复.docx", "关于《星河对话大模型》备案材料第一轮审核意见的答复"),
    ("回复函-20260301.docx", "补正材料说明"),
])
def test_a_resubmission_note_named_otherwise_is_known_by_its_title(pkg: Path, name: str, title: str) -> None:  # noqa: F811
    """Its revised figure is compared with the report although the file name does not say what it is."""
    write_docx(pkg / name, title, [("table", [["序号", "审核意见", "整改情况"],
                                              ["1", "拒答策略需优化", "已补充拒答策略，复测应拒答题拒答率为93.5%。"]])])
    found = [f for f in run_check(pkg).findings if f.code == "metrics.cross_doc_mismatch"]
    assert [f.severity.value for f in found] == ["high"] and name in found[0].location
