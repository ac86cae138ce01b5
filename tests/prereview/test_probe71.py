"""What the seventy-first probe found (five packages in styles of its own; 3/5 verdicts right on its first run, 1 of 3
planted reasons fully found, 0 false blockers/highs): a privacy policy saying inputs are used for training by default
and 目前产品中未提供关闭或退出该用途的设置选项 raised nothing (撤回同意 among the personal-information rights read as
the opt-out); an emergency plan only cited by its title (按照公司《……应急预案》处置), in no file and described nowhere,
raised only a medium on one missing element; “本公司為香港……控股有限公司在深圳投資設立的外商投資企業” read the parent
company as the applicant.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.facts import _prose_facts
from prereview.helpers import AGREEMENT, PRIVACY, REPORT, pkg, replace_docx  # noqa: F401

OPT_OUT = "用户可在“设置—隐私”中关闭训练开关，关闭后其输入不用于模型训练。"
REPORT_OPT_OUT = "用户关闭训练使用：用户可在“设置—隐私”中关闭训练开关，从主界面起2次点击即可完成；关闭后其输入不用于模型训练。"


def _no_opt_out(root: Path, said: str) -> list:  # type: ignore[type-arg]
    assert replace_docx(root / AGREEMENT, OPT_OUT, said) == 1
    assert replace_docx(root / REPORT, REPORT_OPT_OUT, "用户输入的使用：见隐私保护政策。") == 1
    assert replace_docx(root / PRIVACY, "，或关闭训练开关撤回授权", "，或撤回同意") == 1
    assert replace_docx(root / REPORT, "设置页两次点击即可关闭，见截图", "见隐私保护政策") == 1
    return [f for f in run_check(root).findings if f.code == "safety.opt_out"]


def test_saying_training_use_cannot_be_turned_off_is_high(pkg: Path) -> None:  # noqa: F811
    [found] = _no_opt_out(pkg, "您的对话会被用于改进模型。该用途是服务的组成部分，暂不支持单独退出。")
    assert found.severity is Severity.HIGH and "不能关闭" in found.message


def test_a_way_out_written_after_the_refusal_of_another_still_counts(pkg: Path) -> None:  # noqa: F811
    found = _no_opt_out(pkg, "您的对话会被用于改进模型，您可在“我的—设置”中关闭“参与模型改进”。")
    assert found == []


EMERGENCY = ("应急预案：公司成立由分管副总任组长的内容安全应急工作组；事件按影响范围分为一级、二级、三级，处置流程为发现—研判—下线或拦截—溯源—整改—报告，"
             "一级事件1小时内上报属地网信部门；应急联系人李静，联系电话021-5888 6602；每半年组织一次应急演练。")


def test_a_plan_cited_by_title_that_is_nowhere_is_high(pkg: Path) -> None:  # noqa: F811
    text = next(p for p in _report_paragraphs(pkg) if p.startswith("应急预案"))
    assert replace_docx(pkg / REPORT, text, "应急处置：出现突发情况的，依照《星河问答安全事件应急预案》执行。") == 1
    [found] = [f for f in run_check(pkg).findings if f.code == "safety.emergency_plan"]
    assert found.severity is Severity.HIGH and "《星河问答安全事件应急预案》" in found.message


def test_a_cited_plan_that_is_in_the_package_is_fine(pkg: Path) -> None:  # noqa: F811
    import docx

    plan = docx.Document()
    plan.add_paragraph("星河问答安全事件应急预案")
    plan.add_paragraph(EMERGENCY)
    plan.save(str(pkg / "其他佐证" / "星河问答安全事件应急预案.docx"))
    text = next(p for p in _report_paragraphs(pkg) if p.startswith("应急预案"))
    assert replace_docx(pkg / REPORT, text, "应急处置：出现突发情况的，依照《星河问答安全事件应急预案》执行。") == 1
    assert [f for f in run_check(pkg).findings if f.code == "safety.emergency_plan"] == []


def _report_paragraphs(root: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(root / REPORT)).paragraphs]


def test_the_parent_company_named_after_this_company_is_not_the_applicant() -> None:
    said = "本公司系北京长桥控股集团有限公司全资设立的子公司，负责运营长桥问答。"
    assert [f for f in _prose_facts(said, "x", "form", set()) if f.key == "company"] == []
    said = "本公司为上海长桥智能科技有限公司，统一负责长桥问答的运营。"
    assert [f.value for f in _prose_facts(said, "x", "form", set()) if f.key == "company"] == ["上海长桥智能科技有限公司"]
