"""What the two-hundred-and-twenty-ninth and two-hundred-and-thirtieth probes (ten packages on the code at the start of
session 41; verdicts 8/10 after correcting the testers' own banks, 8 of 14 planted reasons found) found:

- ``合规风险识别：……是否荐股、是否承诺收益`` in a compliance-review assistant: read as offering stock tips (high);
  ``证券投资顾问业务合规审核``: read as offering investment advice (medium);
- ``高风险答复（用药剂量、手术建议）一律替换为引导到院话术``: read as offering dosage advice (medium);
- a 登记 privacy policy saying users' chats ``将用于对所调用的大模型进行专科微调`` or ``用于对本服务所使用的模型进行优化训练``:
  missed (the called model is modified; the route is wrong);
- a report whose 逐条评估 table judges 7 a)–7 i) but has no heading naming the safety measures: ``缺少安全措施评估`` (high);
- a form stating the corpus in two parts (``图文对约46.0万组，文本约12.0万条``) against the list's sum: a mismatch;
- a job-matching algorithm ranking by ``年龄段、性别、婚育状况``: missed;
- a management rule claiming ``关键词库共计10,200条`` over a list of 9,180: only the shortfall was reported.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    FORM,
    KEYWORDS,
    REPORT,
    SOURCES,
    add_to_self_assessment,
    algo,
    append_paragraphs,
    append_table,
    codes,
    edit_xlsx,
    pkg,
    reg,
    registration_built,
    replace_docx,
)


def test_items_a_review_looks_for_are_not_services(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务对理财顾问撰写的营销文案作合规检查，逐篇提示是否荐股、有无承诺保本收益、是否夸大业绩。",
                      "本服务同时用于基金投资顾问业务的合规审查。")
    found = [f for f in codes(pkg, "scope.high_risk_domain") if "荐股" in f.message or "投资顾问" in f.message]
    assert found == []


def test_examples_of_answers_a_safeguard_replaces_are_not_offered(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务不提供用药建议。",
                      "涉医回答（如用药剂量、检查方案）统一替换为建议到医院就诊的提示。")
    assert [f for f in codes(pkg, "scope.high_risk_domain") if "剂量" in f.message] == []


def _privacy(root: Path) -> Path:
    """The 登记 package's privacy policy as Word only (its PDF copy removed, so the Word text is the one read)."""
    for pdf in root.glob("*隐私政策*.pdf"):
        pdf.unlink()
    return next(root.glob("*隐私政策*.docx"))


def test_chats_used_to_fine_tune_the_called_model_rule_out_registration(reg: Path) -> None:  # noqa: F811
    append_paragraphs(_privacy(reg), "用户的咨询记录在去除身份信息后，将用于对所调用的通用大模型进行行业精调，以提升回答质量。")
    assert [f.severity for f in codes(reg, "consistency.called_model_unfiled")] == [Severity.HIGH]


def test_chats_used_for_optimising_training_of_the_model_in_use(reg: Path) -> None:  # noqa: F811
    append_paragraphs(_privacy(reg), "您上传的行程偏好将被用于对我们所使用的模型进行优化训练。")
    assert [f.severity for f in codes(reg, "consistency.called_model_unfiled")] == [Severity.HIGH]


def test_a_privacy_policy_saying_chats_are_not_used_for_training(reg: Path) -> None:  # noqa: F811
    append_paragraphs(_privacy(reg), "您的对话内容不会用于对所调用的模型进行微调或优化训练。")
    assert codes(reg, "consistency.called_model_unfiled") == []


def test_safety_measures_judged_clause_by_clause_are_assessed(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "四、安全措施评估", "四、服务运营情况") == 1
    assert [f for f in codes(pkg, "materials.report_missing_part") if "安全措施" in f.message] == []


def test_a_report_without_the_part_and_without_chapter_7_rows_still_lacks_it(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "四、安全措施评估", "四、服务运营情况") == 1
    for clause in ("7.a", "7.b", "7.c", "7.f"):
        assert replace_docx(pkg / REPORT, clause, "附") >= 1
    assert [f.severity for f in codes(pkg, "materials.report_missing_part") if "安全措施" in f.message] == [Severity.HIGH]


def test_a_total_stated_in_parts_is_their_sum(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "1200万条", "书面语料约900万条、对话语料约300万条") >= 1
    assert codes(pkg, "data_sources.size_mismatch") == []


def test_parts_that_do_not_add_up_are_still_asked_about(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "1200万条", "书面语料约600万条、对话语料约300万条") >= 1
    assert codes(pkg, "data_sources.size_mismatch") != []


def test_ranking_job_seekers_by_sex_and_marriage(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "本算法为求职者推荐岗位，也为招聘企业推荐候选人，候选人简历经解析后参与人岗匹配。")
    append_table(next(algo.glob("*自评估*.docx")), [("特征类别", "特征", "来源", "用途"),
                                                  ("候选人画像", "性别、婚姻状况、是否已育", "简历解析", "按企业偏好加权打分")])
    found = codes(algo, "safety.discriminatory_feature")
    assert [f.severity for f in found] == [Severity.HIGH] and "性别" in (found[0].evidence or "")


def test_traits_kept_out_of_matching_are_a_commitment(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "本算法为求职者推荐岗位，也为招聘企业推荐候选人，候选人简历经解析后参与人岗匹配。",
                           "性别、年龄、婚育状况不作为排序与匹配特征，企业端也不提供按这些条件筛选的选项。")
    assert codes(algo, "safety.discriminatory_feature") == []


def test_recommending_content_by_age_is_no_hiring(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "用户画像包括年龄段与性别，用于政务资讯推荐排序。")
    assert codes(algo, "safety.discriminatory_feature") == []


def _keep_rows(pkg: Path, rows: int) -> None:  # noqa: F811
    """The keyword list cut to its header and ``rows`` keywords."""
    edit_xlsx(pkg / KEYWORDS, "关键词", lambda ws: ws.delete_rows(rows + 2, ws.max_row))


def test_a_claimed_keyword_total_the_list_does_not_hold(pkg: Path) -> None:  # noqa: F811
    _keep_rows(pkg, 9300)
    append_paragraphs(pkg / REPORT, "本服务的敏感词库总数达10,480个，覆盖全部17类风险。")
    found = codes(pkg, "consistency.keyword_count_mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "10,480" in found[0].message


def test_a_claim_a_little_over_a_full_list_is_asked_about(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "目前共有11,200个拦截关键词。")
    assert [f.severity for f in codes(pkg, "consistency.keyword_count_mismatch")] == [Severity.MEDIUM]


def test_quotas_and_per_class_counts_are_no_claimed_total(pkg: Path) -> None:  # noqa: F811
    _keep_rows(pkg, 9300)
    append_paragraphs(pkg / REPORT, "关键词库应不少于10,000个；每类关键词数量不少于200个，每周新增关键词约600个。")
    assert codes(pkg, "consistency.keyword_count_mismatch") == []


def test_matching_on_the_place_a_job_seeker_wants_to_work(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "本算法为求职者推荐岗位，也为招聘企业推荐候选人，候选人简历经解析后参与人岗匹配。",
                           "匹配特征：求职者填写的期望工作地域、期望薪资与技能标签，按匹配度排序。")
    assert codes(algo, "safety.discriminatory_feature") == []
