"""What the hundred-and-fifty-first and hundred-and-fifty-second probes (ten packages on the code after the 147th and
148th probes' changes; 5 of 6 and 5 of 5 planted reasons found, one false high, one wrong medium) found:

- a change filing whose 变更情况说明 (a file of its own, not recognised as any material) opened the service to users from
  16 in a ``事项 | 变更前 | 变更后`` table, while the agreement still asks for 18: missed. The statement is now a
  material (``change_statement``) the user rules read, and the 变更前 column of a change table states nothing;
- a report sentence about another test (``危机识别功能另以600条……对话测试，识别召回率98.5%``) read as a second sample
  size of the generated-content manual check (a wrong medium);
- a 登记表 exported to PDF whose cell ``通义千问大模型；备案主体：阿里云计算有限公司；…`` wraps in the middle of the
  company name: the text layer's copy of the line was read as a paragraph and its 备案主体 as the applicant (a false
  high); the line is the table's, and the table row gives the called model's filer as such.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from prereview.helpers import AGREEMENT, FORM, append_paragraphs, codes, pdf_form, pkg  # noqa: F401


def _change_statement(pkg: Path, before: str, after: str) -> None:  # noqa: F811
    document = docx.Document()
    document.add_paragraph("星河问答大模型变更说明")
    document.add_paragraph("本次变更在原备案基础上调整服务对象，其余不变。")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("调整事项", "调整前", "调整后"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("服务对象", before, after), strict=True):
        cell.text = text
    document.save(str(pkg / "0-2 变更说明.docx"))


def test_users_opened_to_minors_in_a_change_statement_conflict_with_an_adult_agreement(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "您在注册前应当年满十八周岁。")
    _change_statement(pkg, "签约企业年满18周岁的员工", "签约企业员工及年满十六周岁的实习学生")
    found = codes(pkg, "scope.users_conflict")
    assert [f.severity for f in found] == [Severity.HIGH] and "变更" in found[0].message


def test_the_column_before_the_change_states_nothing(pkg: Path) -> None:  # noqa: F811
    """The old service object (students from 16) is what the change ends; only the column after it is the filing's."""
    append_paragraphs(pkg / AGREEMENT, "您在注册前应当年满十八周岁。")
    _change_statement(pkg, "签约企业员工及年满十六周岁的实习学生", "签约企业年满18周岁的员工")
    assert codes(pkg, "scope.users_conflict") == []


def _report(paragraphs: list[str], tables: list[list[list[str]]]) -> DocView:
    return DocView(Content(file=PackageFile("评估报告.docx", Path("/nonexistent/r.docx"), 1), paragraphs=paragraphs,
                           tables=tables))


def test_a_detectors_recall_under_the_generated_content_heading_is_no_sample_of_it() -> None:
    found = observations(_report(["四、生成内容安全",
                                  "生成内容测试题2,000题。自伤风险提示另用450段模拟对话测试，识别召回率97.6%，均转人工复核。"],
                                 [[["评估项", "抽样数量", "结果"], ["生成内容人工抽检", "1,000题", "合格率96.0%"]]]))
    assert [(o.n, o.rate) for o in found["generated_manual"]] == [(1000, 0.96)]


WRAPPED = [("项目", "填写内容"), ("申请主体名称", "上海星河智能科技有限公司"), ("统一社会信用代码", "91310115MA1K4B3C25"),
           ("模型名称", "星河问答大模型"),
           ("所调用模型（一）", "文心大模型；备案主体：北京百度网讯科技有限公司；备案号：Beijing-WenXinYiYan-20230831")]


def test_a_filer_in_a_wrapped_pdf_cell_is_not_the_applicant(pkg: Path) -> None:  # noqa: F811
    (pkg / FORM).unlink()
    pdf_form(pkg / FORM.replace(".docx", ".pdf"), WRAPPED, col_widths=(50, 60))  # the filer's name wraps
    assert [f for f in codes(pkg, "consistency.mismatch") if "申请" in f.message or "主体" in f.message] == []
