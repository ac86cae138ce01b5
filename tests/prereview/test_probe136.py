"""What the hundred-and-thirty-fourth probe left and this session's probes found in ``beian check``.

- a 备案表 whose users were "年满17周岁……的预报名学员" and whose 是否面向未成年人 field said 是, beside an agreement that
  requires 年满十八周岁: minors were never read as offered, so the conflict was missed (the 137th probe);
- a privacy policy that sends recipients' names and addresses "传输给位于韩国首尔、仁川的合作快递公司", consent being
  "您下单即视为同意": ``传输给`` was no verb of storing or sending, so the export went unreported (the 137th probe);
- a 登记表 workbook that kept its old draft on a hidden sheet named 旧版（作废）: its company and its model without a
  filing number were compared (a false blocker and a false high; the 136th probe);
- a PDF form read both as lines and as a ruled table reported a wrong credit code as "maybe OCR" (medium);
- a stated sampling share of 10.5% quoted as "10%"; a label still to come in one algorithm document reported on all
  eight files (the 136th probe's side notes);
- a 登记表 that gives each called model one row, its name, filer and number in one cell
  (``备用模型 | DeepSeek大模型（杭州…有限公司），备案号：Zhejiang-…-0024``): neither the row label nor the comma before
  ``备案号：`` was read, so a number that disagreed with the 调用已备案模型情况说明 (…0042) was never compared.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from beian.findings import Severity
from beian.prereview.facts import _row_facts
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    PRIVACY,
    REPORT,
    append_paragraphs,
    append_table,
    codes,
    pdf_form,
    pkg,
    reg,
    registration_built,
    replace_docx,
)

REG_FORM = "1.登记表-途灵科技.docx"


def _one_row_per_model(path: Path, rows: list[tuple[str, str]]) -> None:
    """The form's first table replaced by 项目 | 内容 rows, one of them per called model."""
    append_table(path, rows, replace_first=True)


FORM_ROWS = [("申请单位", "深圳途灵智行科技有限公司"), ("统一社会信用代码", "91440300MA5GQ2TN6Y"),
             ("产品名称", "途灵旅行助手")]


def test_a_filing_number_after_a_comma_in_a_called_models_row_is_read() -> None:
    found = _row_facts(["主用模型", "文心大模型4.0（北京百度网讯科技有限公司）, 备案号: Beijing-WenXinYiYan-20230831"],
                       "登记表 表1", "form")
    assert [f.key for f in found] == ["base_model", "base_filing"]
    assert found[0].value.startswith("文心大模型4.0") and found[1].value == "Beijing-WenXinYiYan-20230831"
    assert found[1].subject == found[0].value


def test_a_comma_inside_a_models_description_does_not_split_it() -> None:
    found = _row_facts(["备用模型", "通义千问（阿里云，已备案）"], "登记表 表1", "form")
    assert [f.key for f in found] == ["base_model"]


def test_a_called_models_number_that_differs_from_the_statement_is_reported(reg: Path) -> None:  # noqa: F811
    _one_row_per_model(reg / REG_FORM, [*FORM_ROWS, (
        "主用模型", "文心大模型ERNIE 4.0（北京百度网讯科技有限公司），备案号：Beijing-WenXinYiYan-20230813")])
    found = codes(reg, "consistency.mismatch")
    assert [f.severity for f in found] == [Severity.HIGH] and "20230813" in found[0].evidence


def test_the_same_number_in_a_called_models_row_agrees(reg: Path) -> None:  # noqa: F811
    _one_row_per_model(reg / REG_FORM, [*FORM_ROWS, (
        "主用模型", "文心大模型ERNIE 4.0（北京百度网讯科技有限公司），备案号：Beijing-WenXinYiYan-20230831")])
    assert codes(reg, "consistency.mismatch") == []


def test_a_wrong_credit_code_in_a_pdf_forms_table_is_as_sure_as_in_word(pkg: Path) -> None:  # noqa: F811
    """A PDF's form is read twice, as lines of text and as a ruled table; the line reading came first and made a wrong
    check digit a medium "maybe OCR" finding, where the same form in Word gives a high one."""
    good, bad = "91310115MA1K4B3C25", "91310115MA1K4B3C24"  # the example's code, its check digit mistyped everywhere
    for path in pkg.rglob("*.docx"):
        replace_docx(path, good, bad)
    (pkg / "beian.yaml").write_text((pkg / "beian.yaml").read_text(encoding="utf-8").replace(good, bad), encoding="utf-8")
    (pkg / FORM).unlink()
    pdf_form(pkg / FORM.replace(".docx", ".pdf"), [("项目", "填写内容"), ("申请主体名称", "上海星河智能科技有限公司"),
                                                  ("统一社会信用代码", bad), ("模型名称", "星河问答大模型")])
    found = codes(pkg, "consistency.uscc_invalid")
    assert [f.severity for f in found] == [Severity.HIGH] and "OCR" not in found[0].message


def _form_as_workbook(reg: Path, old_sheet: str, hidden: bool) -> None:  # noqa: F811
    """The 登记表 as an Excel workbook: the Word form's rows on the first sheet, and an earlier draft on another
    sheet naming another company and a called model without a filing number."""
    import openpyxl

    rows = [[c.text for c in row.cells] for row in docx.Document(str(reg / REG_FORM)).tables[0].rows]
    (reg / REG_FORM).unlink()
    book = openpyxl.Workbook()
    book.active.title = "登记表"
    for row in rows:
        book.active.append(row)
    old = book.create_sheet(old_sheet)
    for row in (["申请单位", "深圳途灵旅游信息咨询有限公司"], ["所调用模型名称", "ERNIE-3.5"], ["模型备案号", "待补充"],
                ["服务范围", "覆盖所有出行需求的全场景服务"]):
        old.append(row)
    old.sheet_state = "hidden" if hidden else "visible"
    book.save(str(reg / REG_FORM.replace(".docx", ".xlsx")))


def test_a_hidden_retired_sheet_of_the_form_states_nothing(reg: Path) -> None:  # noqa: F811
    """The 136th probe: the 登记表 workbook kept its old draft on a hidden sheet named 旧版（作废）; its company name and
    its model without a filing number were compared with the package (a false blocker and a false high)."""
    _form_as_workbook(reg, "旧版（作废）", hidden=True)
    assert codes(reg, "consistency.mismatch") == [] and codes(reg, "consistency.called_model_unfiled") == []
    assert codes(reg, "scope.overbroad") == []  # nor is its text read (the 144th probe: 全场景 in 草稿（勿用）)


def test_a_visible_current_sheet_is_still_compared(reg: Path) -> None:  # noqa: F811
    _form_as_workbook(reg, "补充信息", hidden=False)
    assert [f for f in codes(reg, "consistency.mismatch") if "申请" in f.message]
    assert [f.severity for f in codes(reg, "scope.overbroad")] == [Severity.HIGH]


def _users(pkg: Path, *rows: tuple[str, str]) -> list:  # type: ignore[type-arg]  # noqa: F811
    """The users findings after adding ``rows`` (label | value) to the form, whose agreement asks for 18 and older."""
    append_table(pkg / FORM, list(rows))
    append_paragraphs(pkg / AGREEMENT, "您在注册前应当年满18周岁。")
    return codes(pkg, "scope.users_conflict")


def test_a_form_that_answers_yes_to_minors_conflicts_with_an_adult_only_agreement(pkg: Path) -> None:  # noqa: F811
    found = _users(pkg, ("是否面向未成年人", "是（须经监护人书面同意）"))
    assert [f.severity for f in found] == [Severity.HIGH]


def test_users_from_sixteen_include_minors(pkg: Path) -> None:  # noqa: F811
    found = _users(pkg, ("适用人群", "16周岁以上的职业院校在校生"))
    assert [f.severity for f in found] == [Severity.HIGH]


@pytest.mark.parametrize("answer", ["否", "是/否", "□是  □否"])
def test_a_no_or_a_blank_template_answer_offers_no_minors(pkg: Path, answer: str) -> None:  # noqa: F811
    assert _users(pkg, ("是否面向未成年人", answer)) == []


@pytest.mark.parametrize(("sentence", "reported"), [
    ("为完成跨境退货，我们会将您的姓名与手机号共享给位于新加坡的退货仓。", True),
    ("为完成跨境退货，我们会将您的姓名与手机号共享给位于新加坡的退货仓，我们已就此订立个人信息出境标准合同。", False),
    ("为完成退货，我们会将您的姓名与手机号共享给位于上海的退货仓。", False),
])
def test_personal_information_sent_to_a_partner_abroad(pkg: Path, sentence: str, reported: bool) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, sentence)
    assert [f.severity for f in codes(pkg, "safety.cross_border")] == ([Severity.HIGH] if reported else [])


def test_a_group_kept_out_by_what_follows_it_is_not_offered(pkg: Path) -> None:  # noqa: F811
    """Reading 是否面向未成年人：否 made a report's “服务对象为……商户，未成年人一律不能开通” (read as offering minors) a
    conflict; the group is kept out by the words after it."""
    append_paragraphs(pkg / REPORT, "服务对象为完成实名认证的商户，未成年人一律不能开通。")
    assert _users(pkg, ("是否面向未成年人", "否")) == []


def test_a_stated_share_with_a_decimal_is_quoted_as_written(pkg: Path) -> None:  # noqa: F811
    """The 136th probe: 160,000 of 15,200,000 said to be 10.5%, reported as “写的抽样比例 10%”."""
    assert replace_docx(pkg / REPORT, "1200000条（占总量10%）", "126000条（占总量10.5%）") == 1
    [found] = codes(pkg, "metrics.sample_too_small")
    assert "抽样比例 10.5%" in found.message and "1.1%" in found.message


def test_a_planned_label_in_one_algorithm_document_is_reported_there(tmp_path: Path) -> None:
    """The 136th probe: a label still to come, written in the self-assessment only, was reported on all eight files."""
    from beian.prereview import run_check
    from prereview.corpus import style_algo

    root = tmp_path / "算法备案"
    style_algo.write_package(root, style_algo.ALGO)
    for path in root.glob("*.docx"):  # the labels said to be in place, taken out
        for said, left in (("、生成内容显式标识“由AI生成”", ""), ("生成内容添加显式标识，并在导出文件元数据中写入隐式标识；", ""),
                           ("添加标识后输出", "输出"), ("并添加AI生成标识后输出", "后输出"),
                           ("所有生成内容在界面标注“本回答由AI生成，仅供参考，以办事指南为准”", "答复附办事指南链接")):
            replace_docx(path, said, left)
    report = next(f for f in root.glob("*.docx") if "自评估" in f.name)
    append_paragraphs(report, "生成内容标识：结果页标注“AI生成”字样的功能计划于2027年第二季度上线，目前尚未实施。")
    found = [f for f in run_check(root).findings if f.code == "safety.aigc_label"]
    assert found and all(f.location == report.name for f in found)
