"""What the hundred-and-twenty-fourth and hundred-and-twenty-fifth probes found (ten packages; first run 6/10 verdicts
right, 7 of 8 planted reasons found; seven false highs):

- an agreement opening ``X（以下简称“本服务”）由Y公司（以下简称“我们”）提供`` gave ``）由Y公司`` as the applicant: a
  false 申请主体 mismatch in four packages;
- a whole package bound into one document: 附件8 应急处置预案 was a heading with the plan under it, yet reported missing;
- a 时间范围 column of year spans (2015-2025) at medium on every dataset;
- 上传他人录音作为音色参考、由模型复刻该音色 (voice cloning) without any consent step: missed;
- a phone number masked at its end (0531-8265XXXX) in the complaint clause: the whole clause hidden from the other
  rules (a false 投诉渠道 high), and the placeholder finding cut off before the number;
- 涉及医疗诊断、治疗建议的提问提示用户咨询医疗机构 read as offering 医疗诊断 (a false high);
- a change filing's 变更备案（原备案模型：…V2.0） read as the model's version (a false high);
- 发现违法内容立即下线功能……2小时内报告属地网信部门 not read as a 处置流程.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from prereview.helpers import AGREEMENT, FORM, REPORT, SOURCES, append_paragraphs, codes, edit_xlsx, pkg  # noqa: F401

COMPANY = "上海星河智能科技有限公司"


def test_an_aside_before_the_company_is_not_part_of_its_name(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, f"星河问答（以下简称“本服务”）由{COMPANY}（以下简称“我们”）向企业用户提供。")
    assert not [f for f in codes(pkg, "consistency.mismatch") if "申请主体" in f.message]


def test_a_company_other_than_the_applicant_after_an_aside_is_still_compared(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "星河问答（以下简称“本服务”）由杭州云岫数据服务有限公司（以下简称“我们”）向企业用户提供。")
    assert [f for f in codes(pkg, "consistency.mismatch") if "申请主体" in f.message]


def _bound_appendix(path: Path, body: list[str]) -> None:
    document = docx.Document(str(path))
    document.add_paragraph("生成内容出现问题时按附件8执行。")
    document.add_heading("附件8 突发事件处置方案", 1)
    for text in body:
        document.add_paragraph(text)
    document.add_heading("附件9 其他说明", 1)
    document.add_paragraph("无。")
    document.save(str(path))


def test_an_attachment_bound_into_the_document_under_its_heading_is_held(pkg: Path) -> None:  # noqa: F811
    _bound_appendix(pkg / REPORT, [
        "一、组织：成立由运营总监任组长的处置小组，成员包括算法、客服与法务负责人，实行7×24小时值班。",
        "二、分级：按影响范围分为一般、较大、重大三级，重大事件在30分钟内上报公司负责人。",
        "三、流程：发现问题后立即暂停相关功能，保存日志与样本，研判原因，修复后复测上线，并向属地网信部门报告。",
        "四、演练：每半年组织一次处置演练，并根据演练结果修订本方案。"])
    assert not [f for f in codes(pkg, "materials.cited_attachment_missing") if "附件8" in f.message]


def test_a_heading_that_points_elsewhere_is_not_the_attachment(pkg: Path) -> None:  # noqa: F811
    _bound_appendix(pkg / REPORT, ["本附件另行提交，详见单独提交的文件《附件8 突发事件处置方案》，此处不再重复其全部内容，"
                                   "请以单独提交的版本为准。" * 3])
    found = [f for f in codes(pkg, "materials.cited_attachment_missing") if "附件8" in f.message]
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_a_span_of_years_is_a_low_note_not_a_vague_date(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.cell(2, 6, "2015—2024年"))
    vague = [f for f in codes(pkg, "data_sources.vague") if "采集时间" in f.message]
    assert [f.severity for f in vague] == [Severity.LOW] and "只写到年份" in vague[0].message


def test_a_time_without_any_year_stays_medium(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.cell(2, 6, "近几年陆续采集"))
    assert [f.severity for f in codes(pkg, "data_sources.vague") if "采集时间" in f.message] == [Severity.MEDIUM]


def test_cloning_a_voice_from_someone_elses_recording_needs_their_consent(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "配音功能：用户可上传他人的朗读录音作为参考音色，模型将模仿声音朗读用户提供的文稿。")
    assert [f.severity for f in codes(pkg, "safety.biometric_consent")] == [Severity.HIGH]


def test_a_number_masked_at_its_end_is_reported_and_its_sentence_still_read(pkg: Path) -> None:  # noqa: F811
    document = docx.Document(str(pkg / AGREEMENT))
    for p in document.paragraphs:
        if "投诉" in p.text or "举报" in p.text:
            p.text = ""
    document.add_paragraph("用户可通过App“我的-帮助与反馈”或拨打客服热线021-6188XXXX投诉举报，我们将在5个工作日内核实处理并答复。")
    document.save(str(pkg / AGREEMENT))
    blanks = codes(pkg, "materials.placeholder")
    assert len(blanks) == 1 and "021-6188XXXX" in blanks[0].message
    assert not [f for f in codes(pkg, "safety.complaint_channel") if f.severity in (Severity.HIGH, Severity.BLOCKER)]


def test_questions_sent_to_a_hospital_are_a_boundary_not_an_offer(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "超出服务范围的处理：用户询问医疗诊断、用药方案的，提示其到医院挂号就诊。")
    append_paragraphs(pkg / REPORT, "本服务不提供医疗诊断和用药方案。")
    assert not [f for f in codes(pkg, "scope.high_risk_domain") if f.severity is Severity.HIGH]


def test_a_change_filing_names_the_version_it_replaces(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "备案类型：变更备案（变更前：星河问答大模型V1.8，已于2024年备案）")
    assert not [f for f in codes(pkg, "consistency.mismatch") if "版本" in f.message]


def test_the_same_version_written_as_current_is_still_compared(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "本协议适用于星河问答大模型V1.8。")
    assert [f for f in codes(pkg, "consistency.mismatch") if "版本" in f.message]
