"""What the fifty-sixth probe found (five packages in styles of its own; 3/5 verdicts right on its first run, 4 false
highs): a privacy policy opening 本隐私政策适用于X有限公司（以下简称“我们”） read the opening words into the company name;
the called base model's name (…通用大模型) in an English sentence of a bilingual report read as an over-broad claim;
“‘健康咨询’入口，不提供可编程接口” read as not offering the consultations, and 未满18周岁的不能开通健康咨询功能 too;
对诊断、开药类请求提示线下就诊 not read as turning those requests away; 本服务面向成年人，自述未满18周岁的用户转人工 read as
serving minors; a text-to-image service with a visible watermark only asked at medium to confirm its implicit label.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.facts import _declared_self
from beian.prereview.negation import mentions
from beian.prereview.rules.safety import _labels
from beian.prereview.rules.scope import Hit, _claims, _withheld_from_users
from beian.prereview.rules.users import _read
from prereview.helpers import pkg  # noqa: F401

POLICY = "附件2.2 隐私保护政策.docx"


def test_a_policy_that_says_whom_it_applies_to_declares_the_company_alone() -> None:
    for text in ("本《个人信息保护政策》适用于杭州云岫数据服务有限公司（以下简称“我们”）运营的云岫助手。",
                 "本隐私保护指引适用于北京青禾网络技术有限公司（以下简称“本公司”）提供的各项服务。"):
        [fact] = _declared_self(text, "隐私政策", "privacy_policy")
        assert fact.value in ("杭州云岫数据服务有限公司", "北京青禾网络技术有限公司"), fact.value


def test_the_policy_opening_does_not_make_the_applicant_two_companies(pkg: Path) -> None:  # noqa: F811
    document = docx.Document(str(pkg / POLICY))
    document.paragraphs[1].text = "本隐私保护政策适用于上海星河智能科技有限公司（以下简称“我们”）提供的企业助手服务。"
    document.save(str(pkg / POLICY))
    assert not [f for f in run_check(pkg).findings if f.code == "consistency.mismatch"]


def test_the_base_model_named_in_an_english_sentence_is_no_claim() -> None:
    assert not list(_claims("The service is built on the filed base model 天衡通用大模型 (No. Zhejiang-TH-2024)."))
    assert list(_claims("本服务是通用大模型，覆盖全部场景。"))


def _bounded(text: str, word: str) -> bool:
    return next(m for m in mentions(text, (word,)) if m.word == word).bounded


def test_a_negation_with_an_object_of_its_own_declines_that_object() -> None:
    assert not _bounded("小程序“在线问诊”板块（图文交互），不提供开放接口与插件", "在线问诊")
    assert _bounded("在线问诊、处方开具等，本平台不提供。", "在线问诊")
    assert _bounded("在线问诊，不提供上述服务", "在线问诊")


def test_requests_of_a_kind_sent_to_a_doctor_are_turned_away() -> None:
    assert _bounded("对处方、开药类请求，一律引导用户前往医院就诊。", "开药")
    assert _bounded("对于要求开药的咨询，提示用户及时就医。", "开药")
    assert not _bounded("提供开药建议，并提示用户及时就医。", "开药")


def test_a_service_withheld_from_minors_is_offered_to_the_others() -> None:
    text = "实名核验年龄，未满十八周岁的用户无法开通健康咨询功能。"
    [m] = [m for m in mentions(text, ("健康咨询",))]
    assert _withheld_from_users(Hit(None, text, m))  # type: ignore[arg-type]
    text = "本服务不提供健康咨询。"
    [m] = [m for m in mentions(text, ("健康咨询",))]
    assert not _withheld_from_users(Hit(None, text, m))  # type: ignore[arg-type]


def _groups(clause: str) -> dict[str, bool]:
    return {s.group: s.offered for s in _read(clause, None, "x")}  # type: ignore[arg-type]


def test_minors_named_in_a_later_clause_about_a_measure_are_not_the_users() -> None:
    said: dict[str, Any] = _groups("本产品面向年满十八周岁的用户，经核验为未成年人的账号转入人工客服")
    assert said == {"成年人": True, "未成年人": False}  # excluded by naming adults, not offered
    said = _groups("本服务面向成年用户，不面向未成年人：注册时核验身份证，不满18周岁的无法注册")
    assert said.get("未成年人") is False
    said = _groups("本服务面向企业客户，同时面向个人用户")
    assert said.get("个人用户") is True


def test_a_picture_service_without_an_implicit_label_is_high() -> None:
    text = "本服务提供ai绘画与图生图功能。生成的每张图片右下角添加“ai生成”显式标识。"
    [found] = [f for f in _labels(text) if f.code == "safety.aigc_label"]
    assert found.severity is Severity.HIGH and "隐式标识" in found.message
    text = "本服务提供文字对话，不生成图片。回复末尾显示“以上内容由人工智能生成”显式标识。"
    [found] = [f for f in _labels(text) if f.code == "safety.aigc_label"]
    assert found.severity is Severity.MEDIUM
