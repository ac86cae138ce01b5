"""What the forty-third probe found: quoted words named as wording (不使用“全场景”等表述) read as claims; a short
chapter of a small company's compiled file was “empty” (high); a clause number on the next line read as the model's
version; several metrics in one cell of a 登记表 were not read; the ordering number of 07-附件5 held 附件7; a service
offered and refused in different words (辅助诊断 / 疾病诊断) passed; “未满18周岁用户无法注册” offered the service to
minors; “中英” was a language of its own; and a few ordinary wordings of measures were not recognised."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from beian.findings import Finding, Severity
from beian.prereview import run_check
from beian.prereview.facts import anchored_versions
from beian.prereview.rules.citations import _ordinal_key
from beian.prereview.rules.data_sources import languages_of
from beian.prereview.vocab import compiled, fold, section
from prereview.helpers import (  # noqa: F401 - the example and the clean 登记 package
    AGREEMENT,
    FORM,
    PRIVACY,
    REPORT,
    append_paragraphs,
    drop_table,
    pkg,
    reg,
    registration_built,
)
from prereview.helpers import bounded as bounded_at


def _found(root: Path, code: str) -> list[Finding]:
    return [f for f in run_check(root).findings if f.code == code]


@pytest.mark.parametrize(("text", "word", "bounded"), [
    ("我们不在产品介绍或宣传中使用“全场景”“无所不能”等表述。", "全场景", True),
    ("我们不在产品介绍或宣传中使用“全场景”“无所不能”等表述。", "无所不能", True),
    ("对外材料禁止出现“通用大模型”字样。", "通用大模型", True),
    ("本产品实现“全场景”覆盖。", "全场景", False),            # quoted for emphasis, still a claim
])
def test_quoted_words_named_as_wording_are_no_claim(text: str, word: str, bounded: bool) -> None:
    assert bounded_at(text, word) is bounded


def test_the_wording_promise_in_a_form_raises_no_overbroad_finding(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "我们不在产品介绍或宣传中使用“全场景”“无所不能”等表述。")
    assert _found(pkg, "scope.overbroad") == []


def test_a_short_document_that_says_something_is_medium(pkg: Path) -> None:  # noqa: F811
    document = docx.Document(str(pkg / PRIVACY))
    body = document.element.body
    for p in list(document.paragraphs):
        body.remove(p._element)
    for t in list(document.tables):
        body.remove(t._element)
    document.add_paragraph("隐私政策")
    document.add_paragraph("我们收集账号与对话内容，仅用于提供服务与安全审核，默认不用于训练；日志保存6个月以上；本服务不面向未成年人。")
    document.save(str(pkg / PRIVACY))
    found = [f for f in _found(pkg, "materials.empty_document") if PRIVACY in f.location]
    assert [f.severity for f in found] == [Severity.MEDIUM] and "较短" in found[0].message


def test_a_clause_number_on_the_next_line_is_no_version() -> None:
    text = "2.1 模型名称：康衡医疗大模型\n2.2 模型版本：V1.2\n本报告评估的是康衡医疗大模型V1.2。"
    assert [f.value for f in anchored_versions({"康衡医疗大模型"}, text, "表", "form")] == ["V1.2"]


def test_several_metrics_in_one_cell_of_a_registration_form_are_judged(reg: Path) -> None:  # noqa: F811
    form = next(reg.glob("*登记表*.docx"))
    drop_table(form, 1)  # its own results table: the cell below is then the form's only statement of the results
    document = docx.Document(str(form))
    row = document.tables[0].add_row().cells
    row[0].text = "自测结果"
    row[1].text = "生成内容人工抽检合格率95.2%；应拒答测试题拒答率：93.7%（抽取300题，拒答281题）；非拒答题拒答率1.7%"
    document.save(str(form))
    findings = run_check(reg).findings
    below = [f for f in findings if f.code == "metrics.below_line"]
    assert [f.severity for f in below] == [Severity.BLOCKER] and "93.7%" in below[0].message
    assert not [f for f in findings if f.code == "metrics.unrecognised" and form.name in f.location]


@pytest.mark.parametrize(("stem", "held"), [
    ("07-附件5 测试题库", set()), ("07 附件5 测试题库", set()), ("7 评估测试题", {(7, None)}), ("07 其他材料", {(7, None)}),
])
def test_an_ordering_number_before_a_named_attachment_holds_nothing(stem: str, held: set) -> None:  # type: ignore[type-arg]
    assert _ordinal_key(stem) == held


def test_a_service_offered_and_refused_in_other_words_is_a_medium_contradiction(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "本服务还为签约医疗机构的医生提供AI辅助诊断服务。")
    append_paragraphs(pkg / FORM, "本服务不提供疾病诊断，相关请求提示用户及时就医。")
    found = _found(pkg, "scope.high_risk_domain")
    assert [f.severity for f in found] == [Severity.MEDIUM] and "同一类服务" in found[0].message


def test_the_same_words_offered_and_refused_stay_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "本服务还为签约医疗机构的医生提供AI辅助诊断服务。")
    append_paragraphs(pkg / FORM, "本服务不提供辅助诊断，相关请求提示用户及时就医。")
    assert [f.severity for f in _found(pkg, "scope.high_risk_domain")] == [Severity.HIGH]


def test_minors_who_cannot_register_are_excluded_not_served(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务不面向未成年人：注册时通过实名认证核验年龄，未满18周岁用户无法注册；同时在用户协议中明确告知。")
    assert _found(pkg, "scope.users_conflict") == []


@pytest.mark.parametrize(("cell", "langs"), [
    ("中英", ["中文", "英文"]), ("中英双语", ["中文", "英文"]), ("汉语、English", ["中文", "英文"]),
    ("中文/英文", ["中文", "英文"]), ("中日韩", ["中文", "日文", "韩文"]), ("代码", ["代码"]),
])
def test_languages_are_read_by_name_and_abbreviation(cell: str, langs: list[str]) -> None:
    assert languages_of(cell) == langs


@pytest.mark.parametrize(("code", "text"), [
    ("safety.human_monitor", "人工：每日人工抽看对话200条，发现问题当日处理。"),
    ("safety.opt_out", "企业管理员可在“管理后台—数据设置”关闭数据用于改进，3次点击。"),
])
def test_measures_in_plain_words(code: str, text: str) -> None:
    assert compiled("safety", "measures", code).search(fold(text))


@pytest.mark.parametrize(("part", "text"), [
    ("联系方式", "联系：138****6620（7×24小时）。"), ("处置流程", "流程：发现—暂停生成—删除内容—报告网信部门—整改"),
])
def test_emergency_plan_parts_in_plain_words(part: str, text: str) -> None:
    assert any(fold(w) in fold(text) for w in section("safety", "emergency", "parts")[part])


def test_who_cannot_register_later_in_the_sentence_does_not_exclude_the_users_before(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "服务对象为已签约企业客户的在职员工，不面向未成年人，账号由企业管理员开通并实名登记，未成年人无法注册使用。")
    append_paragraphs(pkg / FORM, "服务对象：已签约企业客户的在职员工（年满18周岁）。")
    assert _found(pkg, "scope.users_conflict") == []


@pytest.mark.parametrize(("offer", "disclaimer"), [
    ("本服务还为签约医疗机构的医生提供AI辅助诊断服务。", "回答仅供参考，不构成医疗诊断，请以医生意见为准。"),
    ("本服务还为律所提供法律咨询服务。", "回答不构成律师出具的正式法律意见，也不能替代执业律师。"),
])
def test_a_disclaimer_on_the_service_is_no_contradiction(pkg: Path, offer: str, disclaimer: str) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, offer, disclaimer)
    assert _found(pkg, "scope.high_risk_domain") == []
