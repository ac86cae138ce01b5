"""What the sixtieth probe found (five packages in styles of its own; 3/5 verdicts right on its first run, 0 of 4 planted
reasons fully found, 3 false highs): a purchased corpus “未签订书面合同” and synthetic data from OpenAI GPT-4 raised
nothing; a 登记 package whose 内容安全管理制度 said the called model was LoRA fine-tuned while the form said 否; a clause
judged 部分符合 read as rectified because its note said a measure 已上线, and the report's 全部符合 not named; 不接入工业控制系统
read as offering critical-infrastructure control; a PDF clause table's quoted requirement text read again from its text
layer as the service's words (心理咨询, 各领域); screenshots inside an evidence PDF not seen; 不会将您的对话内容用于训练模型
not read as the opt-out; 登记主体名称 not read as the applicant's name; a called model written “（GLM-4系列），具体型号GLM-4-Air”
and “（GLM-4系列）（GLM-4-Air）” reported as two models.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content, pdf_pictures
from beian.prereview.facts import _agree, normalise
from beian.prereview.package import PackageFile
from beian.prereview.rules.materials import _clause_row
from beian.prereview.vocab import compiled, fold
from prereview.helpers import bounded, reg, registration_built  # noqa: F401


def test_fine_tuning_said_done_in_another_material_of_a_registration_is_high(reg: Path) -> None:  # noqa: F811
    target = next(p for p in sorted(reg.rglob("*.docx")) if "协议" in p.name or "制度" in p.name)
    document = docx.Document(str(target))
    document.add_paragraph("2025年5月，我司使用客服问答样例对所调用模型进行了SFT微调，微调后的模型已承接全部线上请求。")
    document.save(str(target))
    found = [f for f in run_check(reg).findings if f.code == "consistency.called_model_unfiled"]
    assert found and found[0].severity is Severity.HIGH


def test_a_model_named_with_its_variant_after_a_comma_is_the_same_model() -> None:
    a = normalise("base_model", "通义千问（Qwen2.5系列），所用型号Qwen2.5-72B-Instruct")
    b = normalise("base_model", "通义千问（Qwen2.5系列）（Qwen2.5-72B-Instruct）")
    assert _agree("base_model", a, b, [])
    c = normalise("base_model", "通义千问（Qwen2.5系列）（Qwen2.5-7B-Instruct）")
    assert not _agree("base_model", a, c, [])


def test_not_connecting_to_a_system_is_a_boundary() -> None:
    assert bounded("本助手只做文档检索问答，不接入电网调度系统，也不下发任何指令。", "电网调度")


def _row(verdict: str, note: str) -> list[str]:
    return ["7 g) 3)", "应配备监看人员……", verdict, note]


def test_a_measure_already_in_place_is_no_rectification() -> None:
    [found] = _clause_row("报告.docx 表5", 9, _row("部分符合：周末无人值守", "关键词过滤已上线；白班4人"), 2, "均符合")
    assert found.severity is Severity.HIGH and "均符合" in found.message
    [found] = _clause_row("报告.docx 表5", 9, _row("部分符合", "整改后夜班已于6月上线，复测记录见附件"), 2, "均符合")
    assert found.severity is Severity.MEDIUM and "均符合" in found.message


def test_a_pdf_clause_tables_quoted_lines_are_not_read_as_prose() -> None:
    table = [["条款", "要求", "评估结果", "说明"],
             ["7 a)", "服务用于关键信息基础设施、医疗、心理咨询、金融等重要场合的，应具备保护措施", "不适用", "本服务仅用于论文润色"],
             ["8.1 a)", "关键词库总规模不应少于10000个", "符合", "共12,400个"]]
    lines = ["本服务面向高校科研人员提供论文润色。", "7 a) 服务用于关键信息基础设施、医", "疗、心理咨询、金融等重要场", "合的，应具备保护措施"]
    content = Content(file=PackageFile("附件1 安全评估报告.pdf", Path("/nonexistent/r.pdf"), 1), paragraphs=lines,
                      tables=[table])
    text = DocView(content).filled_text
    assert "心理咨询" not in text and "论文润色" in text


def test_screenshots_pasted_into_an_evidence_pdf_are_pictures(tmp_path: Path) -> None:
    from PIL import Image
    from pypdf import PdfWriter

    with_picture, blank = tmp_path / "截图汇编.pdf", tmp_path / "说明.pdf"
    Image.new("RGB", (40, 30), (200, 30, 30)).save(with_picture)  # a page holding one picture
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(str(blank))
    assert pdf_pictures(with_picture) and not pdf_pictures(blank)
    assert not pdf_pictures(tmp_path / "missing.pdf")


def test_never_training_on_conversations_is_the_opt_out() -> None:
    assert compiled("safety", "measures", "safety.opt_out").search(fold("本平台不会把用户的提问和回答用于训练任何模型。"))


def test_the_registering_party_is_the_applicant() -> None:
    from beian.prereview.facts import _label_index

    assert any(label == fold("登记主体名称") and key == "company" for label, key in _label_index())
