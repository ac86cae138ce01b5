"""Scope and consistency false alarms found by the p30/p31 independent probes (2026-12-05).

- "本服务不专门面向未成年人" was read as a service for minors (a degree adverb between 不 and the mention);
- "对医疗功效、金融收益、法律意见等内容不予生成" was read as offering 法律意见 (the negation comes after the list),
  and in a PDF a line break between "不生成" and "法律意见" cut the negation;
- the called model's filer ("备案主体 | 阿里云计算有限公司" under 已备案模型基本情况) and the other party of a
  contract ("我司与阿里云计算有限公司签订") were read as the applicant, and locations named no file.
"""

from __future__ import annotations

import functools
import hashlib
import tempfile
from pathlib import Path

import pytest

from beian.findings import Finding, Severity
from beian.prereview import run_check
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.facts import facts_of, source_file, strip_lead_words
from beian.prereview.negation import is_bounded, mentions, unwrap_lines
from beian.prereview.package import PackageFile
from prereview.helpers import AGREEMENT, FORM, REPORT, replace_docx

SCENARIO = "企业内部办公场景下的文档起草、会议纪要整理、制度问答与文本改写"


def _findings(root: Path, code: str) -> list[Finding]:
    return [f for f in run_check(root).findings if f.code == code]


def _bounded(text: str, word: str) -> bool:
    start = text.index(word)
    return is_bounded(text, start, start + len(word))


# ------------------------------------------------------------------ 1. 不专门面向 / 不以……为


@pytest.mark.parametrize(("text", "word"), [
    ("本服务不专门面向未成年人。", "面向未成年人"),
    ("本产品不是专门面向未成年人设计的，未成年人使用时提供适龄表述。", "面向未成年人"),
    ("本应用不主要面向中小学生，主要用户为成年职工。", "中小学生"),
    ("本服务不以中小学生为服务对象。", "中小学生"),
    ("平台并不以中小学生及其家长为目标用户。", "中小学生"),
])
def test_a_degree_adverb_or_frame_keeps_the_negation(text: str, word: str) -> None:
    assert _bounded(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("本服务专门面向未成年人提供课后辅导。", "面向未成年人"),
    ("本服务不以营利为目的，面向中小学生提供课后辅导。", "中小学生"),
])
def test_a_claim_stays_a_claim(text: str, word: str) -> None:
    assert not _bounded(text, word)


@pytest.mark.parametrize("words", ["本服务不专门面向未成年人。未成年人咨询时提供适龄表述，涉及校园欺凌的求助转人工处理。",
                                   "本产品不是专门面向未成年人设计的，青少年提问时使用适龄表述。"])
def test_not_specifically_for_minors_is_no_high_risk_finding(pkg: Path, words: str) -> None:
    """The U package: a 登记 form says the service is not aimed at minors, with measures in plain words."""
    said = "未成年人保护：服务仅面向企业客户的成年在职员工，开通账号时由企业管理员核验，不向未成年人提供服务。"
    assert replace_docx(pkg / REPORT, said, words) == 1
    assert replace_docx(pkg / REPORT, "面向未成年人的保护措施", "适龄措施") >= 1
    assert _findings(pkg, "scope.high_risk_domain") == []


# ------------------------------------------------------------------ 2a. 列举之后的否定谓语


@pytest.mark.parametrize(("text", "word"), [
    ("超出服务范围的处理：对医疗功效、金融收益、法律意见等内容不予生成，提示广告法合规要求。", "法律意见"),
    ("超出服务范围的处理：对医疗功效、金融收益、法律意见等内容不予生成，提示广告法合规要求。", "医疗功效"),
    ("对医疗功效宣传、金融产品收益承诺、法律意见等请求不予生成，并提示广告合规要求。", "法律意见"),
    ("涉及疾病诊断、投资建议、法律咨询等请求，本服务均不作答并引导用户咨询专业机构。", "疾病诊断"),
    ("用户提出的用药建议、荐股类问题，系统均不作答。", "荐股"),
    ("法律咨询及诉讼策略相关的提问不作回答。", "诉讼策略"),
    ("医疗诊断等话题，本服务将婉拒。", "医疗诊断"),
    ("用户咨询医疗诊断、用药建议等健康问题的，对上述请求不予回答。", "医疗诊断"),  # 上述 points back at them
])
def test_items_before_a_refusing_predicate_are_boundaries(text: str, word: str) -> None:
    assert _bounded(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("本服务为律所提供法律咨询，不回答与法律无关的问题。", "法律咨询"),
    ("为律师提供法律咨询服务并拒绝违法请求。", "法律咨询"),
    ("为用户提供理财建议和收益预测。", "理财建议"),
    ("本服务提供医疗诊断、用药建议等健康咨询，对违法请求不予回答。", "医疗诊断"),     # the refusal has its own object
    ("平台提供荐股、理财建议等投资咨询，其他问题一律拒绝回答。", "荐股"),
])
def test_an_offer_followed_by_another_refusal_is_still_an_offer(text: str, word: str) -> None:
    assert not _bounded(text, word)


def test_exclusions_worded_two_ways_are_no_contradiction(pkg: Path) -> None:
    form = "。超出服务范围的处理：对医疗诊断、投资建议、法律意见等内容不予生成，提示用户咨询专业机构"
    agreement = "本服务不提供医疗诊断、投资建议、法律意见等需要专业资质的服务。本服务为企业办公场景提供"
    assert replace_docx(pkg / FORM, SCENARIO, SCENARIO + form) == 1
    assert replace_docx(pkg / AGREEMENT, "本服务为企业办公场景提供", agreement) == 1
    assert _findings(pkg, "scope.high_risk_domain") == []


def test_a_real_contradiction_names_both_documents(pkg: Path) -> None:
    assert replace_docx(pkg / FORM, "制度问答与文本改写", "制度问答、文本改写，并为用户出具法律意见") == 1
    assert replace_docx(pkg / AGREEMENT, "本服务为企业办公场景提供", "本服务不提供法律意见。本服务为企业办公场景提供") == 1
    hit = next(f for f in _findings(pkg, "scope.high_risk_domain"))
    assert "前后矛盾" in hit.message and hit.severity is Severity.HIGH
    assert FORM in hit.location and AGREEMENT in hit.location and "评估报告" not in hit.location
    assert "《生成式人工智能（大语言模型）上线备案表》" in hit.message and "模型服务协议》" in hit.message


# ------------------------------------------------------------------ 2b. PDF 的折行


PDF_LINES = [
    "一、服务内容",
    "本服务为企业办公场景提供文档起草、纪要整理、制度问答与文本改写等文字",
    "生成功能，服务对象为与本公司签约的企业客户及其年满十八周岁的在职员工。",
    "超出服务范围的处理：本服务不生成医疗功效宣传、金融产品收益承诺、",
    "法律意见等内容，并提示用户咨询具备资质的专业机构与执业人员获取帮助。",
    "二、投诉举报",
    "用户可通过产品页面底部的投诉举报入口或邮箱提出投诉举报，我们七日内处理。",
]


def test_pdf_soft_line_breaks_do_not_cut_the_negation() -> None:
    text = "超出服务范围的处理：不生成医疗功效宣传、金融产\n品收益承诺、法律意见等内容，并提示广告合规要求。"
    assert not [m for m in mentions(text, ("法律意见",)) if m.bounded]
    assert [m for m in mentions(unwrap_lines(text), ("法律意见",)) if m.bounded]


def test_pdf_numbered_items_and_sentence_ends_stay_apart() -> None:
    text = "1.不提供法律意见等需要执业资格的内容\n2.为用户提供医疗诊断与用药建议的参考服务\n三、其他"
    unwrapped = unwrap_lines(text)
    assert unwrapped == text
    assert not _bounded(unwrapped, "医疗诊断")


@functools.lru_cache(maxsize=1)
def _font(chars: str) -> str:
    """SimHei cut down to ``chars`` (loading the whole font is slow)."""
    import mplfonts
    from fontTools import subset

    target = Path(tempfile.gettempdir()) / f"beian_p30_scope_{hashlib.sha256(chars.encode()).hexdigest()[:12]}.ttf"
    if not target.exists():
        options = subset.Options()
        options.name_IDs = ["*"]
        font = subset.load_font(str(Path(mplfonts.__file__).parent / "fonts" / "SimHei.ttf"), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=chars)
        subsetter.subset(font)
        font.save(str(target))
    return str(target)


def _write_pdf(path: Path, lines: list[str]) -> None:
    """A PDF with a text layer and exactly these lines (as a two-column layout or a narrow page breaks them)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", "", _font("".join(sorted(set("".join(lines)) | {chr(c) for c in range(32, 127)}))))
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_an_exclusion_wrapped_in_a_pdf_agreement_is_no_contradiction(pkg: Path) -> None:
    form = "。超出服务范围的处理：对医疗功效宣传、金融产品收益承诺、法律意见等内容不予生成"
    assert replace_docx(pkg / FORM, SCENARIO, SCENARIO + form) == 1
    (pkg / AGREEMENT).unlink()
    _write_pdf(pkg / AGREEMENT.replace(".docx", ".pdf"), PDF_LINES)
    assert _findings(pkg, "scope.high_risk_domain") == []


# ------------------------------------------------------------------ 3. 申请主体：所调用模型的备案主体、合同对方


def _view(tmp_path: Path, paragraphs: list[str], tables: list[list[list[str]]], anchors: list[int]) -> DocView:
    path = tmp_path / "1 调用已备案模型情况说明.docx"
    path.write_bytes(b"")
    content = Content(file=PackageFile(rel=path.name, path=path, size=0), paragraphs=paragraphs, tables=tables,
                      table_anchor=anchors)
    return DocView(content)


@pytest.mark.parametrize("heading", ["一、已备案模型基本情况", "（二）所调用的已备案模型", "3. 基础模型信息", "二、模型供应商情况"])
def test_the_called_models_filer_is_not_the_applicant(tmp_path: Path, heading: str) -> None:
    view = _view(tmp_path, ["调用已备案模型情况说明", heading, "二、调用方式"],
                 [[["项目", "内容"], ["模型名称", "通义千问大模型"], ["备案主体", "阿里云计算有限公司"],
                   ["统一社会信用代码", "91330106673959654P"], ["备案号", "Zhejiang-TongYiQianWen-20230901"]]], [2])
    found = {(f.key, f.value) for f in facts_of(view, "base_model_statement")}
    assert not any(key in ("company", "uscc", "model") for key, _ in found), found
    assert ("base_model", "通义千问大模型") in found
    assert ("base_filing", "Zhejiang-TongYiQianWen-20230901") in found


def test_the_applicants_own_section_still_gives_the_applicant(tmp_path: Path) -> None:
    view = _view(tmp_path, ["调用已备案模型情况说明", "一、申请主体基本情况"],
                 [[["申请主体", "上海申联数字科技有限公司"], ["统一社会信用代码", "91310106738291043E"]]], [2])
    found = {(f.key, f.value) for f in facts_of(view, "base_model_statement")}
    assert ("company", "上海申联数字科技有限公司") in found and ("uscc", "91310106738291043E") in found


def test_a_filer_row_in_the_statement_without_a_heading_is_not_the_applicant(tmp_path: Path) -> None:
    view = _view(tmp_path, ["调用已备案模型情况说明"], [[["模型名称", "文心大模型"], ["备案主体", "北京百度网讯科技有限公司"]]], [1])
    assert [f for f in facts_of(view, "base_model_statement") if f.key == "company"] == []


@pytest.mark.parametrize("sentence", [
    "我司与阿里云计算有限公司签订《阿里云百炼大模型服务合同》，合同约定双方安全责任。",
    "本公司和北京百度网讯科技有限公司于2025年6月签署模型调用协议。",
    "我司向北京智谱华章科技有限公司采购模型调用服务。",
])
def test_the_other_party_of_a_contract_is_not_the_applicant(tmp_path: Path, sentence: str) -> None:
    view = _view(tmp_path, ["二、调用方式", sentence], [], [])
    assert [f for f in facts_of(view, "base_model_statement") if f.key == "company"] == []


@pytest.mark.parametrize(("name", "stripped"), [
    ("与阿里云计算有限公司", "阿里云计算有限公司"),
    ("您与北京星河科技有限公司", "北京星河科技有限公司"),
    ("我司和上海某某科技有限公司", "上海某某科技有限公司"),
    ("同方股份有限公司", "同方股份有限公司"),
    ("和利时科技集团有限公司", "和利时科技集团有限公司"),
])
def test_leading_prepositions_are_stripped_from_names_read_in_prose(name: str, stripped: str) -> None:
    assert strip_lead_words(name) == stripped


def test_the_applicant_named_after_a_copula_is_kept(tmp_path: Path) -> None:
    view = _view(tmp_path, ["本公司为上海申联数字科技有限公司，负责本服务的运营。"], [], [])
    assert [f.value for f in facts_of(view, "form") if f.key == "company"] == ["上海申联数字科技有限公司"]


@pytest.mark.parametrize(("where", "file"), [
    ("0 生成式人工智能服务上线登记表.docx 表1 第2行", "0 生成式人工智能服务上线登记表.docx"),
    ("1 调用已备案模型情况说明.docx 第7段", "1 调用已备案模型情况说明.docx"),
    ("2 用户服务协议.docx、2 用户服务协议.pdf", "2 用户服务协议.docx、2 用户服务协议.pdf"),
    ("其他佐证/数据溯源清单.xlsx 工作表“清单” 第3行", "其他佐证/数据溯源清单.xlsx"),
])
def test_a_fact_location_keeps_the_whole_file_name(where: str, file: str) -> None:
    assert source_file(where) == file


def test_a_mismatch_is_located_by_file_names(pkg: Path) -> None:
    assert replace_docx(pkg / AGREEMENT, "服务提供者名称：上海星河智能科技有限公司", "服务提供者名称：上海星河智算科技有限公司") == 1
    hit = next(f for f in _findings(pkg, "consistency.mismatch") if "申请主体" in f.message)
    assert FORM in hit.location and AGREEMENT in hit.location, hit.location


# ------------------------------------------------------------------ 4. 较隐蔽的过宽写法、辅助诊断


def test_subtle_over_broad_scope_asks_for_a_check(pkg: Path) -> None:
    words = "面向各行业用户提供智能服务，满足用户在工作和生活中的各类需求"
    assert replace_docx(pkg / FORM, SCENARIO, words) == 1
    hits = _findings(pkg, "scope.overbroad")
    assert hits and all(f.severity is Severity.MEDIUM for f in hits), [(f.severity, f.message) for f in hits]
    assert "各行业" in hits[0].message and "各类需求" in hits[0].message


def test_subtle_phrases_alongside_a_plain_over_broad_claim_stay_high(pkg: Path) -> None:
    assert replace_docx(pkg / FORM, SCENARIO, "作为通用大模型面向各行业用户提供智能服务") == 1
    hits = _findings(pkg, "scope.overbroad")
    assert hits and hits[0].severity is Severity.HIGH and "通用大模型" in hits[0].message


@pytest.mark.parametrize("words", ["为医疗机构提供辅助诊断建议和用药参考", "根据患者描述给出诊断建议"])
def test_assisted_diagnosis_without_safeguards_is_the_medical_domain(pkg: Path, words: str) -> None:
    assert replace_docx(pkg / FORM, SCENARIO, f"{SCENARIO}，并{words}") == 1
    hits = _findings(pkg, "scope.high_risk_domain")
    assert hits and "医疗健康" in hits[0].message and hits[0].severity is Severity.HIGH
    assert FORM in hits[0].location


def test_a_long_run_of_he_does_not_hang_the_list_reading() -> None:
    """The first pattern for a listed mention backtracked exponentially over 医疗和医疗和… with no predicate after it."""
    from beian.prereview.negation import is_bounded

    assert not is_bounded("本服务提供" + "和".join(["医疗"] * 2000) + "的内容", 5, 7)  # returns (at once) and is no boundary
