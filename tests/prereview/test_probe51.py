"""What the fifty-first probe found (resubmissions and the lighter routes; 6/6 verdicts, 11 of 13 planted found, no
false high): a privacy policy still keeping logs three months after the 补正说明 said it was changed passed, because
another document said six; a fine-tuned called model was not reported when another called model had no filing
number; measures written in the called-model statement were not searched; 服务形式 was a medium on 算法备案."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.vocab import words
from prereview.helpers import PRIVACY, append_paragraphs, pkg, reg, registration_built, replace_docx  # noqa: F401

FORM = "1.登记表-途灵科技.docx"
STATEMENT = "2.调用已备案模型情况说明.docx"
RULES = "5.内容安全管理制度（2025年3月修订版）.docx"


def _found(root: Path, code: str) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == code]


def test_a_shorter_log_period_in_another_document_is_asked_about(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "三、保存期限：我们对您的操作日志保存三个月，到期后删除。")
    [found] = _found(pkg, "safety.log_retention")
    assert found.severity is Severity.MEDIUM and PRIVACY in found.location and "3 个月" in found.message


def test_a_fine_tuned_model_is_reported_beside_another_without_a_filing_number(reg: Path) -> None:  # noqa: F811
    assert replace_docx(reg / FORM, "Beijing-WenXinYiYan-20230831", "备案办理中") >= 1
    append_paragraphs(reg / STATEMENT, "为使回答符合旅行行业术语，我司使用自有的12万条问答数据对文心大模型进行了LoRA精调，"
                                       "精调后的模型部署在专属实例中。")
    found = sorted(f.severity.value for f in _found(reg, "consistency.called_model_unfiled"))
    assert found == ["blocker", "high"]


def test_human_review_written_in_the_called_model_statement_counts(reg: Path) -> None:  # noqa: F811
    assert replace_docx(reg / FORM, "疑似违规内容转人工审核；", "") == 1
    assert replace_docx(reg / RULES, "（二）人工审核：疑似违规内容进入人工审核队列，审核员六名实行三班倒7×24小时值守，三十分钟内给出结论。",
                        "（二）复核：疑似违规内容进入复核队列，三十分钟内给出结论。") == 1
    assert replace_docx(reg / RULES, "审核员上岗前培训并考核，每季度复训一次。", "") == 1
    assert [f.severity for f in _found(reg, "safety.human_monitor")] == [Severity.MEDIUM]
    append_paragraphs(reg / STATEMENT, "命中关键词或分类模型的内容转人工复核；配备审核人员4名。")
    assert _found(reg, "safety.human_monitor") == []


def test_the_service_form_is_optional_on_the_algorithm_route() -> None:
    assert "form" in words("scope", "elements_optional", "算法备案")


def test_content_kept_shorter_than_the_logs_is_no_inconsistency(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "三、存储：对话记录保存90天；网络日志保存不少于六个月。")
    assert _found(pkg, "safety.log_retention") == []
