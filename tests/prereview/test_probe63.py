"""What the sixty-third probe found (five packages in styles of its own; 4/5 verdicts right on its first run, 3/5 for the
right reason, 1 of 3 planted reasons found, 2 false highs): 未撤回同意 read as no consent; a vague 已按相关规定处理 in the
PI column of hospital records only medium; the report's own 版本 in its document-control line compared with the model's
version; a report chapter naming two materials (关键词库与测试题库) taken for a compilation, so its Word file was lost; a
safeguard on a kind of answer (涉及用药剂量的回答由医师复核) read as a service that 不开药 contradicts; a voice-cloning
service letting users bring others' recordings with no word of the cloned person's consent passed.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.chapters import chapter_parts
from beian.prereview.extract import Content
from beian.prereview.facts import _paragraph_facts
from beian.prereview.rules.data_sources import pi_verdict, read_pi_statement
from prereview.helpers import AGREEMENT, REPORT, judged_bank, pkg, replace_docx  # noqa: F401


def _verdict(cell: str) -> Severity | None:
    found = pi_verdict(read_pi_statement([cell]), read_pi_statement(["合作协议"]), True)
    return found[0] if found else None


@pytest.mark.parametrize("cell", [
    "只使用签署了单独同意书、至今未撤回同意的会员数据",
    "敏感个人信息：仅收录尚未撤销授权并单独同意的患者记录",
])
def test_consent_not_withdrawn_is_consent(cell: str) -> None:
    assert _verdict(cell) is None


@pytest.mark.parametrize("cell", ["依法依规处理", "均已按照相关规定进行处理", "符合相关法律法规要求"])
def test_a_compliance_phrase_is_no_basis(cell: str) -> None:
    assert _verdict(cell) is Severity.HIGH


def test_a_document_control_line_gives_no_model_version() -> None:
    line = "文件编号：QX-PG-2025-11　版本：V4.0　编制人：王某　审核人：李某"
    assert not [f for f in _paragraph_facts(line, "第2段", "assessment_report") if f.key == "version"]
    assert [f.value for f in _paragraph_facts("模型版本：V4.0", "第2段", "assessment_report") if f.key == "version"]


def _content(paragraphs: list[str], headings: dict[int, int]) -> Content:
    return Content(file=None, paragraphs=paragraphs, headings=headings)  # type: ignore[arg-type]


def test_one_chapter_naming_two_materials_is_no_compilation() -> None:
    from beian.standard.profile import DEFAULT_PROFILE, load_profile

    specs = load_profile(DEFAULT_PROFILE).documents["备案"]
    report = ["一、评估概述", "正文……", "二、拦截关键词列表与评估测试题", "正文……", "三、评估结论", "正文……"]
    assert chapter_parts(_content(report, {0: 1, 2: 1, 4: 1}), specs) == {}
    compiled = ["附件4 拦截关键词列表", "正文……", "附件5 评估测试题", "正文……"]
    assert set(chapter_parts(_content(compiled, {0: 1, 2: 1}), specs)) == {"keyword_list", "test_bank"}


def test_a_safeguard_on_a_kind_of_answer_is_no_contradiction(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / AGREEMENT, "本服务为企业办公场景提供",
                        "本服务不提供开药服务；有关用药剂量的回复由驻场药师抽检复核。本服务为企业办公场景提供") > 0
    assert not [f for f in run_check(pkg).findings if f.code == "scope.high_risk_domain" and "矛盾" in f.message]


def _biometric(pkg: Path, sentence: str) -> list:  # type: ignore[type-arg]  # noqa: F811
    assert replace_docx(pkg / REPORT, "应急预案", f"{sentence}应急预案") > 0
    return [f for f in run_check(pkg).findings if f.code == "safety.biometric_consent"]


def test_cloning_others_voices_without_consent_is_high(pkg: Path) -> None:  # noqa: F811
    found = _biometric(pkg, "本服务提供音色复刻功能，用户可上传亲友或主播的语音片段生成专属音色，上传即视为用户对素材负责。")
    assert [f.severity for f in found] == [Severity.HIGH] and "音色复刻" in found[0].message


def test_face_swapping_without_a_word_on_consent_is_asked(pkg: Path) -> None:  # noqa: F811
    found = _biometric(pkg, "本服务提供AI换脸功能。")
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_the_edited_persons_consent_clears_it(pkg: Path) -> None:  # noqa: F811
    assert _biometric(pkg, "本服务提供声音克隆功能，上传他人声音素材时须同时上传声音所有者签署的授权书，并提示用户告知被编辑的个人。") == []


def _non_refuse_bank(root: Path, judgements: list[str]) -> list:  # type: ignore[type-arg]
    """The report's 非拒答 row counts the whole non-refusal sheet, whose 研判结果 column is ``judgements``."""
    judged_bank(root, "非拒答", judgements)
    return [f for f in run_check(root).findings if f.code == "metrics.bank_rate_mismatch"]


def test_the_non_refusal_banks_own_judgements_give_another_rate(pkg: Path) -> None:  # noqa: F811
    """合格 on the 非拒答 sheet is an answer, 不合格 a refusal: 36 of 400 refused is 9.0% against the report's 1.3%."""
    [found] = _non_refuse_bank(pkg, ["合格"] * 364 + ["不合格"] * 36)
    assert found.severity is Severity.HIGH and "非拒答题拒答 36/400" in found.message


def test_a_non_refusal_bank_that_agrees_is_quiet(pkg: Path) -> None:  # noqa: F811
    assert not _non_refuse_bank(pkg, ["正常回答"] * 395 + ["误拒"] * 5)  # 1.25% against 1.3%


def test_a_short_material_found_by_content_is_named_as_its_file(pkg: Path) -> None:  # noqa: F811
    """A short compute note in the evidence folder, read as the standard's 附件6, is named by its own file name: the
    package's own 附件6 may be another material."""
    from beian.templates.writer import write_docx

    write_docx(pkg / "其他佐证" / "算力保障情况.docx", "算力供应连续性说明", [("p", "本公司租用两家云服务商的算力，互为备份。")])
    found = [f for f in run_check(pkg).findings if f.code == "materials.empty_document"]
    assert found and all("附件6" not in f.message for f in found) and "《算力保障情况》" in found[0].message
