"""What the thirty-third and thirty-fourth probes found on 登记 packages: a called model that is not filed (备案号
“暂无（自研模型，尚未备案）”, ☑自研, ☑微调) passed as a registration; the label “模型备案号” was not read, so two 备案号 of
one model were never compared; a cloud vendor's contract was taken as the product's user agreement; “已与……有限公司”
was read as the applicant; an engine build number was read as the model version and the fix for a version mismatch
pointed at the business licence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beian.findings import Finding, Severity
from beian.prereview import run_check
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.facts import UNFILED, facts_of, is_filing_number, states_unfiled, without_notes
from beian.prereview.model import upstream_contract
from beian.prereview.package import PackageFile
from prereview.helpers import reg, registration_built, replace_docx  # noqa: F401 - the clean 登记 package

FORM = "1.登记表-途灵科技.docx"
STATEMENT = "2.调用已备案模型情况说明.docx"
AGREEMENT = "3.产品服务协议"
FILING = "Beijing-WenXinYiYan-20230831"
UNFILED_CODE = "consistency.called_model_unfiled"


def _findings(root: Path, code: str) -> list[Finding]:
    return [f for f in run_check(root).findings if f.code == code]


def _highs(root: Path) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in run_check(root).findings if f.severity.at_least(Severity.HIGH)]


def _view(rows: list[list[str]], paragraphs: tuple[str, ...] = ()) -> DocView:
    file = PackageFile(rel="登记表.docx", path=Path("登记表.docx"), size=0)
    return DocView(Content(file=file, paragraphs=list(paragraphs), tables=[rows] if rows else []))


# ------------------------------------------------------------------ what a 备案号 field says

@pytest.mark.parametrize("value", ["暂无（自研模型，尚未备案）", "暂无", "无", "尚未备案", "自研未备案", "正在办理中",
                                   "待公示后补充", "申请中"])
def test_a_filing_field_that_says_there_is_none(value: str) -> None:
    assert states_unfiled(value) and not is_filing_number(value)


@pytest.mark.parametrize("value", ["Beijing-YunQue-20230821S0003", "Zhejiang－TongYiQianWen－20230831S0007",
                                   "Beijing-KunpengYuyan-20240315", "网信算备310104580920701250017号",
                                   "Beijing-WenXinYiYan-20230831（已备案）"])
def test_filing_numbers_in_several_writings(value: str) -> None:
    assert is_filing_number(value) and not states_unfiled(value)


def test_an_icp_number_is_not_a_model_filing_number() -> None:
    assert not is_filing_number("沪ICP备2021012345号-1")


@pytest.mark.parametrize(("label", "value"), [("模型备案号", "暂无（自研模型，尚未备案）"), ("备案号", "暂无"),
                                              ("基础模型备案号", "尚未备案"), ("备案情况", "自研未备案；基础模型为开源版本")])
def test_the_none_is_read_as_unfiled_not_as_a_number(label: str, value: str) -> None:
    keys = [(f.key, f.value) for f in facts_of(_view([[label, value]]), "form")]
    assert keys and all(k == UNFILED for k, _ in keys), keys


@pytest.mark.parametrize("label", ["模型备案号", "备案号", "基础模型备案号", "所调用模型备案号"])
def test_the_usual_form_labels_of_the_filing_number_are_read(label: str) -> None:
    assert [(f.key, f.value) for f in facts_of(_view([[label, FILING]]), "form")] == [("base_filing", FILING)]


def test_one_cell_per_called_model_gives_its_name_and_number_not_its_filer() -> None:
    rows = [["调用的已备案模型（一）", "通义千问大模型；备案主体：阿里云计算有限公司；备案号：Zhejiang-TongYiQianWen-20230831S0007"],
            ["调用的已备案模型（二）", "GLM大模型（智谱清言）；备案主体：北京智谱华章科技股份有限公司；备案号：Beijing-ChatGLM-20230831S0002"]]
    found = {(f.key, f.value, f.subject) for f in facts_of(_view(rows), "form")}
    assert found == {("base_model", "通义千问大模型", "通义千问大模型"),
                     ("base_filing", "Zhejiang-TongYiQianWen-20230831S0007", "通义千问大模型"),
                     ("base_model", "GLM大模型（智谱清言）", "GLM大模型（智谱清言）"),
                     ("base_filing", "Beijing-ChatGLM-20230831S0002", "GLM大模型（智谱清言）")}


@pytest.mark.parametrize("sentence", ["本公司已与阿里云计算有限公司签订《阿里云百炼大模型服务协议》。",
                                      "我司均与北京智谱华章科技股份有限公司签订了服务合同。",
                                      "本公司分别与阿里云计算有限公司、北京智谱华章科技股份有限公司签订协议。"])
def test_a_counterparty_after_an_adverb_is_not_the_applicant(sentence: str) -> None:
    assert [f for f in facts_of(_view([], (sentence,)), "base_model_statement") if f.key == "company"] == []


def test_a_build_number_in_a_bracketed_note_is_not_the_model_version() -> None:
    value = "驭声车载语音大模型 V1.2（车端语音引擎build 1.2.7）"
    assert without_notes(value) == "驭声车载语音大模型 V1.2"
    versions = [f.value for f in facts_of(_view([["模型名称及版本", value]]), "assessment_report") if f.key == "version"]
    assert versions == ["V1.2"]


# ------------------------------------------------------------------ an upstream contract is not the user agreement

@pytest.mark.parametrize(("name", "upstream"), [
    ("附件7-1 阿里云百炼大模型服务协议（节选）", True), ("方舟大模型服务协议（扫描件）", True),
    ("百度智能云千帆平台服务合同", True), ("火山引擎云服务框架协议", True), ("某某平台合同（节选）", True),
    ("3.产品服务协议", False), ("附件2 模型服务协议", False), ("AI评价摘要功能用户服务协议", False),
    ("附件2-1 用户服务协议", False),
])
def test_vendor_contract_names(name: str, upstream: bool) -> None:
    assert upstream_contract(name) is upstream


def test_a_vendor_contract_does_not_stand_in_for_a_missing_user_agreement(reg: Path) -> None:  # noqa: F811
    shutil.copy(reg / f"{AGREEMENT}.pdf", reg / "方舟大模型服务协议（扫描件）.pdf")
    (reg / f"{AGREEMENT}.docx").unlink()
    (reg / f"{AGREEMENT}.pdf").unlink()
    missing = _findings(reg, "materials.missing_document")
    assert [f.severity for f in missing] == [Severity.BLOCKER] and "产品服务协议" in missing[0].message


def test_a_vendor_contract_beside_the_user_agreement_is_other_evidence(reg: Path) -> None:  # noqa: F811
    shutil.copy(reg / f"{AGREEMENT}.pdf", reg / "附件7-1 阿里云百炼大模型服务协议（节选）.pdf")
    agreement = next(d for d in run_check(reg).documents if d["id"] == "service_agreement")
    assert agreement["files"] == [f"{AGREEMENT}.docx", f"{AGREEMENT}.pdf"]


# ------------------------------------------------------------------ the called model is filed and unmodified

def test_the_clean_registration_has_no_finding_about_the_called_model(reg: Path) -> None:  # noqa: F811
    assert _findings(reg, UNFILED_CODE) == [] and _highs(reg) == []


@pytest.mark.parametrize("label", ["模型备案号", "备案号"])
def test_a_form_saying_the_model_has_no_filing_number_is_a_blocker(reg: Path, label: str) -> None:  # noqa: F811
    assert replace_docx(reg / FORM, FILING, "暂无（自研模型，尚未备案）") == 1
    if label != "模型备案号":
        assert replace_docx(reg / FORM, "模型备案号", label) == 1
    [hit] = _findings(reg, UNFILED_CODE)
    assert hit.severity is Severity.BLOCKER and "暂无（自研模型，尚未备案）" in hit.message and "上线备案" in hit.message
    assert hit.location == FORM
    assert not [f for f in run_check(reg).findings if f.code == "consistency.missing_fact" and "备案号" in f.message]


@pytest.mark.parametrize(("old", "new", "blocker"), [
    ("API调用，无微调", "☑API调用  ☑微调", True), ("API调用，无微调", "☑API调用  ☐微调/再训练", False),
    ("API调用，无微调", "■API调用  ■再训练", True), ("API调用，无微调", "API调用，不进行微调", False),
])
def test_ticking_fine_tuning_under_the_call_method(reg: Path, old: str, new: str, blocker: bool) -> None:  # noqa: F811
    assert replace_docx(reg / FORM, old, new) == 1
    found = _findings(reg, UNFILED_CODE)
    assert [f.severity for f in found if f.severity is Severity.BLOCKER] == ([Severity.BLOCKER] if blocker else [])


@pytest.mark.parametrize(("row", "blocker"), [("是否微调：☑是  ☐否", True), ("是否微调：☐是  ☑否", False),
                                              ("是否对模型进行微调或再训练：是", True), ("模型来源：☑自研  ☐调用已备案模型", True),
                                              ("模型来源：☐自研  ☑调用已备案模型", False), ("模型来源：自主研发", True)])
def test_origin_and_fine_tuning_rows_of_the_form(reg: Path, row: str, blocker: bool) -> None:  # noqa: F811
    assert replace_docx(reg / FORM, "一、服务内容", f"{row}\n一、服务内容") == 1
    blockers = [f for f in _findings(reg, UNFILED_CODE) if f.severity is Severity.BLOCKER]
    assert bool(blockers) is blocker, [f.message for f in blockers]


def test_fine_tuning_only_mentioned_in_prose_is_a_medium_doubt(reg: Path) -> None:  # noqa: F811
    assert replace_docx(reg / STATEMENT, "仅通过系统提示词与检索增强限定旅行场景。",
                        "仅通过系统提示词与检索增强限定旅行场景。如需适配旅行场景，可使用自有游记数据进行LoRA微调。") == 1
    [hit] = _findings(reg, UNFILED_CODE)
    assert hit.severity is Severity.MEDIUM and "微调" in hit.message


def test_fine_tuning_said_as_the_method_used_is_high(reg: Path) -> None:  # noqa: F811
    # (until session 41 this sentence was a medium doubt; the two-hundred-and-thirty-sixth probe's 登记 said the same
    # thing with 46万条 of work orders and its tester, rightly, expected the route to be refused)
    assert replace_docx(reg / STATEMENT, "仅通过系统提示词与检索增强限定旅行场景。",
                        "仅通过系统提示词与检索增强限定旅行场景。另使用自有游记数据进行LoRA微调以适配旅行场景。") == 1
    [hit] = _findings(reg, UNFILED_CODE)
    assert hit.severity is Severity.HIGH


# ------------------------------------------------------------------ 备案号 compared per called model

def test_two_numbers_for_the_called_model_under_the_usual_label(reg: Path) -> None:  # noqa: F811
    assert replace_docx(reg / FORM, FILING, "Beijing-WenXinYiYan-20230831S0003") == 1
    [hit] = [f for f in _findings(reg, "consistency.mismatch") if "备案号" in f.message]
    assert hit.severity is Severity.HIGH and "所调用已备案模型的备案号" in hit.message
    assert "S0003" in (hit.evidence or "") and "营业执照" not in hit.fix and "备案公示" in hit.fix


def _two_models(root: Path) -> None:
    """The form names a second called model in a row of its own (name；备案主体；备案号 in one cell)."""
    assert replace_docx(root / FORM, "模型提供方", "调用的已备案模型（二）") == 1
    assert replace_docx(root / FORM, "北京百度网讯科技有限公司", "通义千问大模型；备案主体：阿里云计算有限公司；"
                        "备案号：Zhejiang-TongYiQianWen-20230831S0007") == 1


def test_two_called_models_numbers_are_not_compared_with_each_other(reg: Path) -> None:  # noqa: F811
    _two_models(reg)
    assert [f.message for f in _findings(reg, "consistency.mismatch")] == []


def test_one_of_two_called_models_with_two_numbers(reg: Path) -> None:  # noqa: F811
    _two_models(reg)
    assert replace_docx(reg / STATEMENT, FILING, "Beijing-WenXinYiYan-20240101S0009") >= 1
    [hit] = [f for f in _findings(reg, "consistency.mismatch") if "备案号" in f.message]
    assert "WenXinYiYan-20240101S0009" in (hit.evidence or "") and "TongYiQianWen" not in (hit.evidence or "")


def test_the_registration_form_counts_as_a_place_for_safety_measures(reg: Path) -> None:  # noqa: F811
    """A 登记表 answering 是否面向未成年人：否 states the minors measure, as the 备案表 does on the 备案 route (the
    thirtieth and thirty-third probes: a medium “未识别到未成年人保护” on packages that said so in the form)."""
    for name in ("4.隐私政策.docx", "5.内容安全管理制度（2025年3月修订版）.docx"):
        replace_docx(reg / name, "本产品不面向未满十八周岁的未成年人", "本产品面向成年用户")
        replace_docx(reg / name, "，注册时核验年龄", "")  # an age check is a minors measure of its own
    assert [f for f in run_check(reg).findings if f.code == "safety.minors"] == []
    replace_docx(reg / FORM, "是否面向未成年人", "是否面向学生")
    assert [f.severity for f in run_check(reg).findings if f.code == "safety.minors"] == [Severity.MEDIUM]


# --- the thirty-fifth probe: fine-tuning said in prose, and labels worded otherwise -----------------------------------

SAID = "本单位未对被调用模型进行微调、再训练或参数修改，仅通过系统提示词与检索增强限定旅行场景。"


@pytest.mark.parametrize(("sentence", "severity"), [
    ("2025年6月我们用门店问答数据对该模型做了SFT精调（LoRA方式，训练3轮），精调后的模型通过API调用。", Severity.HIGH),
    ("后续可能考虑采用LoRA等方式提升效果。", Severity.MEDIUM),  # a mention, not a statement that it was done
])
def test_fine_tuning_said_to_be_done_in_the_statement_is_high(reg: Path, sentence: str, severity: Severity) -> None:  # noqa: F811
    assert replace_docx(reg / STATEMENT, SAID, sentence) == 1
    [hit] = _findings(reg, UNFILED_CODE)
    assert hit.severity is severity
    assert "LoRA" in (hit.evidence or "")  # quoted as written, not lower-cased


@pytest.mark.parametrize("label", ["是否对所调用模型进行微调、再训练", "是否对被调用模型进行精调", "有无对模型进行再训练"])
def test_a_question_about_training_the_model_is_read_as_the_fine_tuning_row(label: str) -> None:
    from beian.prereview.rules.consistency import _answer_kind

    assert _answer_kind(label) == "modified"


@pytest.mark.parametrize("label", ["调用的已备案大模型", "所调用的已备案大模型名称"])
def test_a_called_model_label_with_da_and_de_is_read(label: str) -> None:
    facts = facts_of(_view([[label, "文心大模型（ERNIE-Speed-8K）"]]), "form")
    assert [f.key for f in facts] == ["base_model"]
