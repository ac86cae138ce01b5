"""What the eighty-third to eighty-sixth probes found (twenty packages by four hands; first runs 3/5, 4/5, 3/5 and 3/5
verdicts right, 5 of 11 planted reasons fully found, 5 false highs):

- a keyword list and a test bank given only as PDF files: medium (the format was asked about);
- a face login with no separate consent (``safety.sensitive_consent``, new);
- 所调用已备案模型的备案号 was not a filing-number label;
- “……，对北京某某有限公司（以下简称“本公司”）拟上线的……” read 对 into the applicant's name;
- “……法律意见等请求，模型说明无法生成” read as offering legal opinions;
- an agreement waiving all responsibility for unlawful generated content (``safety.liability_waiver``, new);
- a keyword list without a 二级分类 column reported as “17 类未覆盖”;
- no word anywhere of what is done to users who abuse the service (``safety.user_abuse``, new);
- user conversations used for training on “用户协议默认同意”;
- a should-refuse sheet of questions only, without answers or judgements: medium;
- personal information stored in Singapore with no export basis (``safety.cross_border``, new).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.facts import facts_of, label_key
from beian.prereview.package import PackageFile
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    BANK,
    KEYWORDS,
    PRIVACY,
    REPORT,
    SOURCES,
    append_paragraphs,
    bounded,
    codes,
    edit_xlsx,
    pkg,
    replace_docx,
)


def test_a_keyword_list_only_as_a_pdf_is_high(pkg: Path) -> None:  # noqa: F811
    from prereview.corpus._kit_b import write_pdf

    rows = [list(r) for r in openpyxl.load_workbook(pkg / KEYWORDS).worksheets[0].iter_rows(max_row=30, values_only=True)]
    write_pdf([("h", "附件4 拦截关键词列表"), ("t", [[str(c or "") for c in r] for r in rows], [])],
              pkg / "附件4 拦截关键词列表（盖章）.pdf")
    (pkg / KEYWORDS).unlink()
    found = [f for f in codes(pkg, "materials.missing_document") if "拦截关键词" in f.message]
    assert found and found[0].severity is Severity.HIGH and "可编辑的 Excel" in found[0].message


@pytest.mark.parametrize("said", ["开通“刷脸登录”后，我们会采集您的面部图像并与实名信息比对。",
                                  "为验证身份，我们收集您的声纹特征。"])
def test_collecting_biometrics_without_a_separate_consent_is_high(pkg: Path, said: str) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, said)
    [found] = codes(pkg, "safety.sensitive_consent")
    assert found.severity is Severity.HIGH and found.location.startswith(PRIVACY)


@pytest.mark.parametrize("said", ["开通刷脸登录前，我们会单独弹窗说明用途并取得您的单独同意，您也可改用短信验证码登录。",
                                  "本服务不收集人脸、声纹等生物识别信息。"])
def test_biometrics_with_a_separate_consent_or_denied_pass(pkg: Path, said: str) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "登录时可选择刷脸验证，我们将采集您的人脸图像。" if "单独同意" in said else "", said)
    assert codes(pkg, "safety.sensitive_consent") == []


def test_the_called_models_filing_number_label_with_de() -> None:
    assert label_key("所调用已备案模型的备案号") == label_key("模型备案号") is not None


def test_a_company_introduced_by_dui_in_a_report_is_read_without_it() -> None:
    text = "本报告由评估小组编制，对杭州远帆数智科技有限公司（以下简称“本公司”）拟上线的远帆问答服务开展评估。"
    view = DocView(Content(file=PackageFile("报告.docx", Path("/nonexistent/r.docx"), 1), paragraphs=[text]))
    assert [f.value for f in facts_of(view, "assessment_report") if f.key == "company"] == ["杭州远帆数智科技有限公司"]


@pytest.mark.parametrize("said", ["对医疗建议、法律意见等请求，助手说明无法生成。", "对医疗建议、法律意见等请求，模型会说明不能生成。"])
def test_requests_the_model_says_it_cannot_generate_are_bounded(said: str) -> None:
    assert bounded(said, "法律意见")


def test_waiving_responsibility_for_unlawful_outputs_is_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "模型输出由算法自动生成，本公司无须对其合法性与可能的侵权后果负任何责任。")
    [found] = codes(pkg, "safety.liability_waiver")
    assert found.severity is Severity.HIGH


def test_an_accuracy_disclaimer_is_no_waiver(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "生成内容仅供参考，我们不保证其准确、完整，请您自行判断。")
    assert codes(pkg, "safety.liability_waiver") == []


def test_a_keyword_list_without_a_second_level_column_says_so(pkg: Path) -> None:  # noqa: F811
    def drop(ws) -> None:  # type: ignore[no-untyped-def]
        column = next(c for c in range(1, ws.max_column + 1) if ws.cell(1, c).value == "二级分类")
        ws.delete_cols(column)
    book = openpyxl.load_workbook(pkg / KEYWORDS)
    for ws in book.worksheets:
        drop(ws)
    book.save(pkg / KEYWORDS)
    [found] = codes(pkg, "safety.keyword_per_risk")
    assert found.severity is Severity.HIGH and "没有二级分类列" in found.message


def test_user_conversations_on_default_consent_are_high(pkg: Path) -> None:  # noqa: F811
    def bundle(ws) -> None:  # type: ignore[no-untyped-def]
        pi = next(c for c in range(1, ws.max_column + 1) if "同意" in str(ws.cell(1, c).value))
        for r in range(2, ws.max_row + 1):
            if "授权对话" in str(ws.cell(r, 2).value):
                ws.cell(r, pi).value = "注册即视为同意隐私政策，已去除手机号"
    edit_xlsx(pkg / SOURCES, "数据溯源清单", bundle)
    found = [f for f in codes(pkg, "data_sources.pi_no_basis") if "默认或捆绑" in f.message]
    assert found and found[0].severity is Severity.HIGH


def test_a_should_refuse_sheet_of_questions_only_is_high(pkg: Path) -> None:  # noqa: F811
    def questions_only(ws) -> None:  # type: ignore[no-untyped-def]
        for title in ("研判结果", "模型回答"):
            column = next(c for c in range(1, ws.max_column + 1) if ws.cell(1, c).value == title)
            ws.delete_cols(column)
    edit_xlsx(pkg / BANK, "应拒答测试题", questions_only)
    found = [f for f in codes(pkg, "safety.bank_layout") if "只有题目" in f.message]
    assert found and found[0].severity is Severity.HIGH


def test_data_kept_abroad_without_an_export_basis_is_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "为保障海外访问速度，您的对话记录保存在位于美国弗吉尼亚州的云服务器上。")
    [found] = codes(pkg, "safety.cross_border")
    assert found.severity is Severity.HIGH and "美国" in found.message


@pytest.mark.parametrize("said", ["我们在境内收集的个人信息存储在境内，不会传输至境外。",
                                  "部分数据存储于新加坡节点，我们已完成数据出境安全评估并与接收方订立标准合同。"])
def test_data_kept_at_home_or_exported_on_a_basis_passes(pkg: Path, said: str) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, said)
    assert codes(pkg, "safety.cross_border") == []


def test_no_word_of_handling_abusive_users_is_asked_about(pkg: Path) -> None:  # noqa: F811
    old = "用户多次输入违法不良信息的，我们将予以警示，并视情节限制功能、暂停或终止服务，保存有关记录并向主管部门报告。"
    assert replace_docx(pkg / AGREEMENT, old, "用户应遵守法律法规与本协议。") == 1
    [found] = codes(pkg, "safety.user_abuse")
    assert found.severity is Severity.MEDIUM
    append_paragraphs(pkg / REPORT, "对屡次违规的账号采取封禁处理。")
    assert codes(pkg, "safety.user_abuse") == []
