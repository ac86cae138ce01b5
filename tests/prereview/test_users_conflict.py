"""Service users written differently in two documents (the thirty-eighth probe hid one: the form's users were
organisations and adults, another document offered the service to pupils): scope.users_conflict, medium."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.helpers import AGREEMENT, FORM, REPORT, append_paragraphs, pkg, replace_docx  # noqa: F401 - the example package


def _conflicts(root: Path) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == "scope.users_conflict"]


@pytest.mark.parametrize(("doc", "sentence", "group"), [
    (AGREEMENT, "本产品主要面向中小学生，提供作文批改与课后辅导。", "未成年人"),
    (AGREEMENT, "我们的服务面向广大消费者，注册即可使用。", "个人用户"),
    (REPORT, "目标用户为社会公众，通过微信小程序访问。", "个人用户"),
])
def test_users_offered_in_one_document_and_excluded_in_another(pkg: Path, doc: str, sentence: str,  # noqa: F811
                                                              group: str) -> None:
    append_paragraphs(pkg / doc, sentence)
    found = _conflicts(pkg)
    assert len(found) == 1
    assert found[0].severity is Severity.MEDIUM
    assert group in found[0].message and "▶" in (found[0].evidence or "")


def test_a_table_row_naming_pupils_against_an_adults_only_report(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "高中生（14至18岁）及其任课教师")
    found = _conflicts(pkg)
    assert [f.message.count("未成年人") >= 1 for f in found] == [True]
    assert FORM in found[0].location and REPORT in found[0].location


@pytest.mark.parametrize("sentence", [
    "如您为未成年人，请在监护人陪同下阅读本协议。",       # the agreement's boilerplate
    "本产品面向中小学生家长，提供育儿与升学政策问答。",     # the parents are the users
    "六、面向未成年人的保护措施",                          # a heading about safeguards
    "本服务不得向未成年人推送可能影响其身心健康的信息。",   # a duty, not the users
    "本服务面向与本公司签约的企业客户，不对个人用户开放。",   # the same users again
    "本服务不面向未成年人，账号由企业管理员开通。",           # 成年人 inside 未成年人 (the forty-first probe)
])
def test_words_about_minors_or_individuals_that_are_not_the_users(pkg: Path, sentence: str) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, sentence)
    assert _conflicts(pkg) == []


def test_individual_adults_everywhere_is_consistent(pkg: Path) -> None:  # noqa: F811
    """A B2C service: the report's organisations-only sentences rewritten too, then nothing to report; a later
    sentence offering pupils is."""
    assert replace_docx(pkg / FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "年满18周岁的个人用户")
    assert replace_docx(pkg / REPORT, "企业客户的成年在职员工", "年满18周岁的个人用户")
    assert replace_docx(pkg / REPORT, "服务对象限定为成年在职员工", "服务对象限定为成年个人用户")
    assert _conflicts(pkg) == []
    append_paragraphs(pkg / AGREEMENT, "本服务面向个人用户，用户须年满18周岁并完成实名认证。")
    assert _conflicts(pkg) == []
    append_paragraphs(pkg / AGREEMENT, "本产品同时面向初中生开放。")
    assert [f.severity for f in _conflicts(pkg)] == [Severity.MEDIUM]
