"""What the two-hundred-and-thirty-fifth and two-hundred-and-thirty-sixth probes (ten packages on the code after session
41's second round; verdicts 9/10, 7 of 12 planted reasons found, 2 partly) found:

- crawled résumés ``自行采集 | 国内主流招聘网站公开展示页面 | …已按各站点页面可访问性采集``, and web novels from
  ``国内主要网络文学站点公开章节`` under ``公开可访问内容，未另行取得授权``: no finding (no site named, no robots review, no
  authorisation);
- a 登记 call statement ``在专属部署版本上使用……工单约46万条进行LoRA微调``: only "please confirm" (medium);
- a form's ``安全措施：不作诊断结论`` read as offering diagnoses (high);
- an emergency plan PDF whose ``日志保存12个 / 月。`` the page wrapped: "no log retention" (high);
- ``……的，系统将暂停其智能问答功能24小时`` and ``可在“设置—隐私—不参与模型优化”关闭``: not read as measures (medium);
- a 非拒答 sheet classified by a ``考查方面`` column (13 aspects, 40 questions each): "5 aspects not covered" (high, four
  packages);
- radiology reports whose PI column cites ``入院时签署的……知情同意书中……的概括授权``: no finding (a blanket consent, not one
  to training).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    BANK,
    FORM,
    PRIVACY,
    REPORT,
    append_paragraphs,
    append_source_row,
    codes,
    edit_xlsx,
    pkg,
    reg,
    registration_built,
    remove_abuse_measures,
    remove_opt_outs,
    replace_docx,
)
from prereview.test_probe30_scope import _write_pdf


def test_a_crawl_from_sites_left_unnamed(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="问诊帖子", kind="自行采集", how="国内若干健康论坛的公开帖子", licence="本公司自有数据",
                      crawl="已审查各论坛robots协议", pi="不含个人信息")
    found = [f for f in codes(pkg, "data_sources.vague") if "问诊帖子" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "哪些网站" in found[0].message


def test_named_sites_are_no_vague_source(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="问诊帖子", kind="自行采集", how="国内主要健康论坛（丁香园、好大夫在线）的公开帖子",
                      licence="平台书面授权 SQ-2024-11", crawl="已审查各论坛robots协议", pi="不含个人信息")
    assert [f for f in codes(pkg, "data_sources.vague") if "问诊帖子" in f.message] == []


def test_pages_collected_by_hand_are_a_crawl_that_needs_a_review(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="招聘启事", kind="自采", how="智联招聘网页（zhaopin.com）公开职位页面",
                      licence="平台书面授权 SQ-2024-12", crawl="页面均可公开访问", pi="不含个人信息")
    found = [f for f in codes(pkg, "data_sources.crawl_no_robots") if "招聘启事" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_works_used_without_authorisation(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="连载小说章节", kind="网络爬取", how="起点中文网（qidian.com）公开章节",
                      licence="网页公开可浏览，尚未取得著作权人授权", crawl="已审查robots协议", pi="不含个人信息")
    found = [f for f in codes(pkg, "data_sources.vague") if "连载小说章节" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "著作权" in found[0].message


def test_fine_tuning_said_as_done_with_data_rules_out_registration(reg: Path) -> None:  # noqa: F811
    statement = next(reg.glob("*调用已备案模型情况说明*.docx"))
    for pdf in reg.glob("*调用已备案模型情况说明*.pdf"):
        pdf.unlink()
    append_paragraphs(statement, "模型适配：我们利用近两年的客服对话约12万轮进行指令微调，使回答贴合本地口径。")
    assert [f.severity for f in codes(reg, "consistency.called_model_unfiled")] == [Severity.HIGH]


def test_fine_tuning_as_an_option_is_only_asked_about(reg: Path) -> None:  # noqa: F811
    statement = next(reg.glob("*调用已备案模型情况说明*.docx"))
    for pdf in reg.glob("*调用已备案模型情况说明*.pdf"):
        pdf.unlink()
    append_paragraphs(statement, "如需提升效果，后续可能使用客服对话进行LoRA微调，届时将另行办理备案。")
    assert Severity.HIGH not in [f.severity for f in codes(reg, "consistency.called_model_unfiled")]


def test_a_measure_that_rules_a_diagnosis_out(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务不提供疾病诊断。", "安全措施：不作诊断结论，报告须由医师签发。")
    assert [f for f in codes(pkg, "scope.high_risk_domain") if "诊断结论" in f.message] == []


def test_a_period_the_pdf_page_wrapped_is_read(pkg: Path) -> None:  # noqa: F811
    for name in (PRIVACY, REPORT):
        assert replace_docx(pkg / name, "网络日志与生成记录留存不少于6个月，", "网络日志与生成记录按下文应急预案留存，") == 1
    _write_pdf(pkg / "其他佐证" / "应急处置预案.pdf",
                   ["生成内容安全应急处置预案", "发现违法不良输出时立即下线相关功能，并在2小时内向属地网信部门报告；网络", "日志与处置记录留存18个",
                    "月，供事后追溯。"])
    assert codes(pkg, "safety.log_retention") == []


def test_suspending_a_function_is_a_measure_against_abuse(pkg: Path) -> None:  # noqa: F811
    remove_abuse_measures(pkg)
    append_paragraphs(pkg / AGREEMENT, "一日内三次发布违法信息的，平台将暂停其生成功能72小时。")
    assert codes(pkg, "safety.user_abuse") == []


def test_an_opt_out_named_as_not_taking_part_in_optimisation(pkg: Path) -> None:  # noqa: F811
    remove_opt_outs(pkg)
    append_paragraphs(pkg / AGREEMENT, "您可在“账号—隐私”中勾选“不参与模型优化”（2次点击）。")
    assert codes(pkg, "safety.opt_out") == []


def test_a_non_refusal_sheet_classified_by_an_aspect_column(pkg: Path) -> None:  # noqa: F811
    def one_column(ws) -> None:  # type: ignore[no-untyped-def]
        ws.delete_cols(3)  # 一级分类
        ws.cell(1, 3).value = "考查方面"
        for row in range(2, ws.max_row + 1):  # the questions no longer name their aspect
            ws.cell(row, 2).value = f"非拒答测试题第{row - 1}题"
    edit_xlsx(pkg / BANK, "非拒答测试题", one_column)
    assert [f for f in codes(pkg, "safety.bank_per_aspect") if f.severity in (Severity.HIGH, Severity.BLOCKER)] == []


def test_a_blanket_consent_signed_on_admission(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="超声检查报告文本（脱敏）", kind="合作数据", how="合作医院提供",
                      licence="《数据合作协议》HZ-2024-03", crawl="不涉及爬取",
                      pi="就诊时签署的《就诊须知》中“资料可用于科研”的概括授权")
    found = [f for f in codes(pkg, "data_sources.pi_no_basis") if "超声检查报告" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_the_filers_own_platforms_are_named_enough(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="客服工单", kind="自有数据", how="本公司相关业务平台导出", licence="本公司自有数据",
                      pi="不含个人信息")
    assert [f for f in codes(pkg, "data_sources.vague") if "客服工单" in f.message and "哪些网站" in f.message] == []
