"""What the sixty-fourth probe found (five packages in styles of its own; 4/5 verdicts right on its first run, 3/5 for
the right reason, 2 of 3 planted reasons found, 4 false highs): a refusal at the end of a list of requests (要求代为出庭、
出具正式法律意见书……的请求，模型予以说明并拒绝) read as offering legal opinions; a blank signature field (申请主体（盖章）：
　　法定代表人（签字）：) giving the next label as the company; a called-model statement's 主用模型 and 备用模型 read as one
model named two ways; 拒答11题 read as a sample of 11; the non-refusal bank's own judgements not recounted (since then,
``test_probe63``).

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.prereview import run_check
from beian.prereview.facts import UNFILED, Fact, _paragraph_facts, other_party_section
from beian.prereview.negation import is_bounded
from beian.prereview.rules.consistency import _unfiled_reason
from beian.prereview.rules.metrics import _count
from prereview.helpers import AGREEMENT, pkg, replace_docx  # noqa: F401


@pytest.mark.parametrize("line", ["申请单位（公章）：　　　　经办人（签字）：", "登记主体（盖章）:    负责人（签名）:"])
def test_a_blank_signature_field_names_no_company(line: str) -> None:
    assert [f for f in _paragraph_facts(line, "第3段", "form") if f.key == "company"] == []


def test_a_filled_field_still_names_it() -> None:
    assert [f.value for f in _paragraph_facts("申请单位：成都青禾数智科技有限公司", "第3段", "form")
            if f.key == "company"] == ["成都青禾数智科技有限公司"]


@pytest.mark.parametrize("heading", ["二、备用模型", "（一）主用模型", "3. 灾备模型情况"])
def test_a_section_on_a_primary_or_fallback_model_is_about_a_called_model(heading: str) -> None:
    assert other_party_section(heading)


@pytest.mark.parametrize(("sentence", "word", "bounded"), [
    ("对要求撰写起诉状、出具法律意见书、评估胜诉概率的提问，系统说明理由后婉拒。", "法律意见", True),
    ("对索要具体药物剂量、开具处方或代替面诊的请求，均予拒绝并提示就医。", "具体药物剂量", True),
    ("本产品提供法律意见、合同审查两项服务，对违法犯罪类请求予以拒绝。", "法律意见", False),
])
def test_a_refusal_after_a_list_of_requests_bounds_every_item(sentence: str, word: str, bounded: bool) -> None:
    at = sentence.find(word)
    assert is_bounded(sentence, at, at + len(word)) is bounded


@pytest.mark.parametrize(("text", "n"), [
    ("非拒答题全量测试共 600 题，模型拒答 14 题，拒答率 2.3%", 600),
    ("模型误拒 23 题，拒答率 4.6%", None),
    ("其中不合格 35 条，合格率 96.5%", None),
    ("人工抽检 1,000 条，合格率 96.5%", 1000),
])
def test_a_count_of_outcomes_is_no_sample(text: str, n: int | None) -> None:
    assert _count(text) == n


def test_a_kind_of_question_a_safeguard_handles_is_no_offer(pkg: Path) -> None:  # noqa: F811
    """对……诱导【荐股】、内幕信息类问题，通过……修复 names questions the service is hardened against, not a service: with 荐股
    refused elsewhere it is no contradiction (the fifty-eighth probe's package, read again after this probe's change)."""
    assert replace_docx(pkg / AGREEMENT, "本服务为企业办公场景提供",
                        "本服务不提供荐股服务。对红队测试里出现的诱导荐股、内幕消息类问题，已通过补充训练数据修复。本服务为企业办公场景提供") > 0
    assert not [f for f in run_check(pkg).findings if f.code == "scope.high_risk_domain"]


def _stated(key: str, value: str, where: str, subject: str = "") -> Fact:
    return Fact(key, value, where, value, "label", "base_model_statement", "", subject)


def test_a_backup_model_pending_here_and_numbered_in_the_form_is_named_as_a_contradiction() -> None:
    statement = "调用模型说明.docx"
    stated = [_stated("base_model", "云岫大模型", f"{statement} 第3段"),
              _stated("base_filing", "Zhejiang-YunXiu-20240301S0007", f"{statement} 第4段"),
              _stated("base_model", "松涛大模型", f"{statement} 第8段"),
              _stated(UNFILED, "备案审核中", f"{statement} 第9段"),
              _stated("base_model", "松涛大模型", "登记表.docx 表2 第3行", "松涛大模型"),
              _stated("base_filing", "Beijing-SongTao-20241111S0031", "登记表.docx 表2 第3行", "松涛大模型")]
    reason, _, where = _unfiled_reason(stated[3], stated)
    assert "“松涛大模型”" in reason and "Beijing-SongTao-20241111S0031" in reason and "登记表.docx" in reason
    assert where == statement
    alone = [f for f in stated if "登记表" not in f.where]  # no number elsewhere: only the model is named
    reason, _, _ = _unfiled_reason(stated[3], alone)
    assert "“松涛大模型”" in reason and "矛盾" not in reason and "Zhejiang" not in reason
