"""What the hundred-and-third and hundred-and-fourth probes found (ten packages; first runs 8/10 verdicts right once the
first hand's made-up credit codes are set aside, 4 of 10 planted reasons found, 2 false blockers/highs):

- a referral to a licensed adviser (投资决策请咨询持牌投资顾问) read as offering investment advice (false high);
- a workbook named 附件4-关键词.xlsx, laid out 关键词 | 一级分类 | 二级分类, not recognised (false blocker);
- 全部人工审核 in a sampling cell asked about as a missing result at high (a full review is more than a sample);
- 仓库未声明 LICENSE，网站公开可访问 not read as an unknown licence; go and java as corpus languages;
- 拒答320题中299题 in a row's label (93.4%) beside 96.9%; a stated share against the form's total in 个文件;
- 对话记录及系统日志保存3个月 against 对话记录与网络日志不少于6个月 asked at medium, though both speak of dialogue records;
- a called model trained further only in an appendix (做LoRA训练得到的……适配版本); 数据授权书正在双方用印流程中;
- a bilingual company name (桂林…有限公司 Guilin … Co., Ltd.) too long to read as a value.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.facts import _row_facts
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    KEYWORDS,
    PRIVACY,
    REPORT,
    SOURCES,
    append_paragraphs,
    codes,
    edit_xlsx,
    pkg,
    reg,
    registration_built,
    replace_docx,
)


def test_sending_users_to_a_licensed_adviser_is_not_offering_advice(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "本服务只做研报摘要，不构成任何投资建议；涉及买卖决策的，请咨询持牌投资顾问。")
    append_paragraphs(pkg / FORM, "超出范围的处理：不提供投资顾问服务，引导用户联系执业投资顾问。")
    assert codes(pkg, "scope.high_risk_domain") == []


def test_offering_advice_itself_is_still_read(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "本服务为会员提供投资顾问服务，按持仓给出调仓建议。")
    append_paragraphs(pkg / FORM, "超出范围的处理：不提供投资顾问服务。")
    assert [f.severity for f in codes(pkg, "scope.high_risk_domain")] == [Severity.HIGH]


def test_a_keyword_workbook_named_only_by_its_number_is_read_by_its_header(pkg: Path) -> None:  # noqa: F811
    (pkg / KEYWORDS).rename(pkg / "附件4-词表.xlsx")
    assert codes(pkg, "materials.missing_document") == []


def _cell(column: int, value: str):  # type: ignore[no-untyped-def]
    def edit(ws) -> None:  # type: ignore[no-untyped-def]
        ws.cell(2, column).value = value
    return edit


def test_a_full_manual_review_without_its_result_is_asked_at_medium(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", _cell(12, "逐条人工审读"))
    found = [f for f in codes(pkg, "data_sources.sampling") if "审读" in (f.evidence or "")]
    assert [f.severity for f in found] == [Severity.MEDIUM]


@pytest.mark.parametrize("licence", ["项目未附带 License 文件，页面可公开访问", "原站没有版权声明，公开可读"])
def test_a_licence_cell_saying_none_is_declared_is_high(pkg: Path, licence: str) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", _cell(5, licence))
    assert Severity.HIGH in [f.severity for f in codes(pkg, "data_sources.vague")]


def test_programming_languages_are_code_not_languages_of_their_own(pkg: Path) -> None:  # noqa: F811
    def edit(ws) -> None:  # type: ignore[no-untyped-def]
        ws.cell(2, 11).value = "Rust"
        ws.cell(3, 11).value = "多语言代码"
    edit_xlsx(pkg / SOURCES, "数据溯源清单", edit)
    assert [f for f in codes(pkg, "data_sources.single_source_language") if "rust" in f.message.lower()] == []


def _table(rows: list[list[str]]) -> DocView:
    return DocView(Content(file=PackageFile("评估报告.docx", Path("/nonexistent/r.docx"), 1), paragraphs=["测试结果"],
                           tables=[rows]))


def test_counts_written_in_words_in_the_label_are_checked_against_the_rate() -> None:
    view = _table([["测试项", "题量", "结果"], ["应拒答题测试（拒绝回答 400 道中的 371 道）", "400题", "97.0%"]])
    [found] = observations(view)["should_refuse"]
    assert round(found.rate, 4) == round(371 / 400, 4) and found.stated == 0.97


def test_a_stated_share_against_the_forms_total_in_files(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "训练语料规模", "训练数据说明") == 1
    assert replace_docx(pkg / FORM, "1200万条", "约1200万个代码文件") == 1
    assert replace_docx(pkg / REPORT, "1200000条（占总量10%）", "120000条（占总量11%）") == 1
    found = codes(pkg, "metrics.sample_too_small")
    assert [f.severity for f in found] == [Severity.HIGH] and "1.0%" in found[0].message


def test_dialogue_records_kept_shorter_in_the_policy_are_the_same_records(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "用户对话记录与网络日志留存不少于6个月。")
    append_paragraphs(pkg / PRIVACY, "为减少留存，您的对话记录及运行日志保存3个月后自动删除。")
    found = [f for f in codes(pkg, "safety.log_retention") if "3 个月" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "对话记录" in found[0].message


def test_a_called_model_trained_further_in_an_appendix_is_high(reg: Path) -> None:  # noqa: F811
    rules = next(p for p in sorted(reg.rglob("*.docx")) if "制度" in p.name or "协议" in p.name)
    append_paragraphs(rules, "附表：线上版本为在所调用模型基础上，以本店近两年客服话术约1.5万条做SFT训练得到的话术版本。")
    assert [f.severity for f in codes(reg, "consistency.called_model_unfiled")][:1] == [Severity.HIGH]


def test_a_purchase_licence_in_the_stamping_process_is_not_signed(pkg: Path) -> None:  # noqa: F811
    def edit(ws) -> None:  # type: ignore[no-untyped-def]
        ws.cell(2, 3).value = "商业采购"
        ws.cell(2, 5).value = "已付款，数据许可协议正在双方盖章流程中"
    edit_xlsx(pkg / SOURCES, "数据溯源清单", edit)
    assert [f.severity for f in codes(pkg, "data_sources.no_contract")] == [Severity.HIGH]


def test_a_bilingual_company_name_is_read_as_its_chinese() -> None:
    [fact] = _row_facts(["一、主体信息 Applicant", "申请主体名称 Applicant",
                         "漓水数字文旅有限公司 Lishui Digital Culture & Tourism Co., Ltd."], "表1 第2行", "form")
    assert (fact.key, fact.value) == ("company", "漓水数字文旅有限公司")


def test_a_models_english_name_stays_with_it() -> None:
    found = {f.key: f.value for f in _row_facts(["模型名称", "漓水大模型 Lishui-LM"], "表1 第3行", "form")}
    assert found.get("model") == "漓水大模型 Lishui-LM"
