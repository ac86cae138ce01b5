"""What the hundred-and-eighty-fifth and hundred-and-eighty-sixth probes (ten packages on the code after session 39's
first round; 6 of 11 planted reasons found, no false high) found:

- a 登记表 listing two called models as ``模型1名称 / 模型1备案号 / 模型2名称 / 模型2备案号``: the numbered labels were not
  read, so model 2's 备案号 (…S0037 in the form, …S0073 in the statement) was never compared;
- a purchased dataset whose licence cell says ``未另行签订数据授权协议``: an adverb between 未 and the signing verb hid it;
- a hospital's emergency plan ``发生错误用药指导等事件时立即下线助手`` read as offering 用药指导 (a wrong medium);
- an algorithm filing for game NPC voices made by 语音合成 that describes the on-screen label only.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.engine import run_check
from prereview.helpers import (  # noqa: F401
    REPORT,
    add_to_self_assessment,
    algo,
    append_paragraphs,
    append_source_row,
    append_table,
    codes,
    pkg,
    reg,
    registration_built,
    replace_docx,
)

REG_FORM = "1.登记表-途灵科技.docx"
FORM_ROWS = [("申请单位", "深圳途灵智行科技有限公司"), ("统一社会信用代码", "91440300MA5GQ2TN6Y"), ("产品名称", "途灵旅行助手")]


def _numbered_models(reg: Path, second_number: str) -> None:  # noqa: F811
    append_table(reg / REG_FORM, [*FORM_ROWS, ("模型一名称", "文心大模型ERNIE 4.0"),
                                  ("模型一备案号", second_number)], replace_first=True)


def test_a_numbered_called_models_filing_number_is_compared(reg: Path) -> None:  # noqa: F811
    _numbered_models(reg, "Beijing-WenXinYiYan-20230813")
    found = codes(reg, "consistency.mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "20230813" in found[0].evidence


def test_a_numbered_called_models_same_number_agrees(reg: Path) -> None:  # noqa: F811
    _numbered_models(reg, "Beijing-WenXinYiYan-20230831")
    assert codes(reg, "consistency.mismatch") == []


def test_a_purchase_with_no_separately_signed_licence_is_high(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="外购电商评论语料", kind="商业语料", how="向数据服务商采购",
                      licence="凭发票与付款记录采购，未单独签署数据使用协议", pi="不含个人信息", size="6万条")
    assert Severity.HIGH in [f.severity for f in codes(pkg, "data_sources.no_contract")]


def test_purchased_call_transcripts_are_personal_data(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="第三方客服中心电话录音转写", kind="商业语料", how="采购",
                      licence="采购合同CG-2025-031", pi="供应商声明已去标识化", size="30万条")
    assert any("电话录音转写" in f.message for f in codes(pkg, "data_sources.pi_no_basis"))


def test_an_incident_in_the_emergency_plan_is_no_service_offered(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "应急处置：一旦出现不当用药建议等安全事件，立即暂停相关功能并上报。")
    assert codes(pkg, "scope.high_risk_domain") == []


def test_a_service_offered_is_still_read(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "增值功能：根据用户描述的症状给出用药建议。")
    assert codes(pkg, "scope.high_risk_domain") != []


def test_an_algorithm_filing_describing_only_the_explicit_label_of_voices_is_asked(algo: Path) -> None:  # noqa: F811
    assert replace_docx(next(algo.glob("*自评估*.docx")), "，并在导出文件元数据中写入隐式标识", "") == 1
    add_to_self_assessment(algo, "新增功能：为办事指南视频生成语音合成旁白，播放时在画面下方添加显式标识“本段配音由人工智能生成”。")
    found = [f for f in run_check(algo).findings if f.code == "safety.aigc_label"]
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_an_algorithm_filing_describing_both_labels_is_not_asked(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "新增功能：为办事指南视频生成语音合成旁白，播放时在画面下方添加显式标识“本段配音由人工智能生成”，"
                           "并在音频文件元数据中写入隐式标识。")
    assert [f for f in run_check(algo).findings if f.code == "safety.aigc_label"] == []


def test_call_recordings_with_only_a_recording_notice_are_asked_about_at_medium(pkg: Path) -> None:  # noqa: F811
    """The hundred-and-eighty-first probe's water utility: its call transcripts, now read as user data, cite the
    recorded-line announcement; a notice is no consent, but whether it suffices is for the reviewer to ask."""
    append_source_row(pkg, number="9", name="热线来电录音转写", kind="自有数据", how="呼叫中心系统导出",
                      licence="本公司自有；接通前播报“本次通话将被录音”", pi="已去标识化：姓名、电话替换为占位符", size="9万条")
    found = [f for f in codes(pkg, "data_sources.pi_no_basis") if "录音转写" in f.message]
    assert [f.severity for f in found] == [Severity.MEDIUM] and "告知" in found[0].message


def test_call_recordings_with_no_basis_at_all_stay_high(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="热线来电录音转写", kind="自有数据", how="呼叫中心系统导出",
                      licence="本公司自有", pi="已去标识化：姓名、电话替换为占位符", size="9万条")
    found = [f for f in codes(pkg, "data_sources.pi_no_basis") if "录音转写" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]
