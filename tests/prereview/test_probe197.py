"""What the hundred-and-ninety-seventh and hundred-and-ninety-eighth probes (ten packages on the code after session
39's fourth round; 5 of 8 planted reasons found, 1 partly; no false high) found:

- a change filing that opens a tutor to 12–14-year-olds while the agreement still says ``年满14周岁方可注册`` (and the
  form writes the range with an en dash): missed;
- an algorithm filing whose self-assessment limits voice cloning to the user's own voice, while the disclosure's table
  lets users upload ``家人、朋友的语音片段``: missed, the user's own consent was taken for the people cloned;
- a 登记表 telling the called model in prose in one cell (``调用的已备案模型情况 | ……（备案号：…）……``) and a statement
  writing ``备案号Zhejiang-…`` with no colon: the number was reported missing (a wrong medium);
- a hospital's ``孕产妇在线咨询记录`` only de-identified: asked at medium, where patient records are personal data;
- a technical sample of ``86,000条`` where the report says ``训练语料共来自5个数据集，总规模860,000条``: asked about,
  the total not read.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.engine import run_check
from beian.prereview.facts import _paragraph_facts, _row_facts
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    REPORT,
    add_to_self_assessment,
    algo,
    append_paragraphs,
    append_source_row,
    codes,
    pkg,
    replace_docx,
)


def test_users_from_twelve_against_an_agreement_that_needs_fourteen(pkg: Path) -> None:  # noqa: F811
    replace_docx(pkg / FORM, "与本公司签约的企业客户及其年满18周岁的在职员工", "12–16岁在读中学生（须监护人同意）")
    append_paragraphs(pkg / AGREEMENT, "第二条 用户年满14周岁后方可注册并使用本服务。")
    found = [f for f in codes(pkg, "scope.users_conflict") if "14" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_cloning_limited_to_ones_own_voice_yet_others_voices_allowed(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "语音克隆功能仅限用户克隆自己的声音，录制前须完成活体校验并签署单独同意书。",
                           "功能说明：用户也可上传亲友的录音片段作为音色参考，由模型复刻该音色生成祝福语音。")
    found = [f for f in run_check(algo).findings if f.code == "safety.biometric_consent"]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_a_filing_number_told_in_prose_in_a_form_cell_is_read() -> None:
    cells = ["调用的已备案模型说明", "本服务通过API调用某某科技有限公司的灵犀大模型（备案号：Beijing-LingXi-20240305S0012），未做微调。"]
    assert [(f.key, f.value) for f in _row_facts(cells, "登记表 表1", "form")] == [
        ("base_filing", "Beijing-LingXi-20240305S0012")]


def test_a_filing_number_after_the_label_with_no_colon_is_read() -> None:
    found = _paragraph_facts("所调用模型为灵犀大模型，备案号Beijing-LingXi-20240305S0012，调用方式为API。", "说明 第2段",
                             "base_model_statement")
    assert ("base_filing", "Beijing-LingXi-20240305S0012") in [(f.key, f.value) for f in found]


def test_patients_consultation_records_only_de_identified_are_high(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="本院门诊问诊记录（2022-2024）", kind="自有数据", how="HIS系统导出",
                      licence="本院自有", pi="已去标识化（删除姓名、病历号）", size="4万条")
    found = [f for f in codes(pkg, "data_sources.pi_no_basis") if "问诊记录" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_the_corpus_total_said_after_a_comma_is_read() -> None:
    found = _paragraph_facts("训练语料共来自4个数据集，总规模1,250,000条，来源见清单。", "报告 第5段", "assessment_report")
    assert [(f.key, f.value) for f in found if f.key == "corpus_size"] == [("corpus_size", "1,250,000条")]


def test_the_number_of_the_model_replaced_is_not_the_called_models() -> None:
    """Found by the regression over earlier probes' packages: a change filing's ``由星衡大模型V2.0（备案号…）更换为云枢大模型
    V3.5（备案号…）`` names the former model's number first."""
    found = _paragraph_facts("本次变更将基础模型由甲大模型V2.0（备案号Beijing-JiaDaMoXing-20240108）更换为乙大模型V3.5"
                             "（备案号Jiangsu-YiDaMoXing-20250312），服务场景不变。", "报告 第7段", "assessment_report")
    assert [f.value for f in found if f.key == "base_filing"] == ["Jiangsu-YiDaMoXing-20250312"]


def test_cloning_open_only_to_the_person_cloned_with_their_consent_is_not_reported(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "音色复刻功能仅对签约主播本人开放，主播上传本人录音前须单独同意其声音被复刻；严禁上传他人声音。")
    assert [f for f in run_check(algo).findings if f.code == "safety.biometric_consent"] == []
