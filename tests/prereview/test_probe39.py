"""What the thirty-ninth probe (unusual but ordinary writing, 2026-12-05) found `beian check` misjudging: metrics
given as counts only (抽取300题，模型拒答283题 is 94.3%, below the line) were never computed; several metrics in one
sentence after a shared 生成内容： were reported missing (high); 法律咨询 among out-of-scope examples was a high-risk
domain offered; any time limit near a complaint channel (30分钟内定级, 2小时内报告网信) passed as the handling limit;
an emergency plan in its own file outside the evidence folder, or as a chapter of a compiled Word file, was not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.prereview import run_check
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from beian.prereview.rules.safety import _time_limit
from beian.templates.writer import write_docx
from prereview.helpers import REPORT, pkg, replace_docx  # noqa: F401 - the example package
from prereview.helpers import bounded as bounded_at


def _observed(*paragraphs: str) -> dict[str, list[tuple[int | None, float | None]]]:
    file = PackageFile(rel="附件1 安全评估报告.docx", path=Path("附件1 安全评估报告.docx"), size=0)
    found = observations(DocView(Content(file=file, paragraphs=["六、模型安全评估", *paragraphs])))
    return {k: [(o.n, round(o.rate, 4) if o.rate is not None else None) for o in obs] for k, obs in found.items()}


@pytest.mark.parametrize(("text", "key", "n", "rate"), [
    ("应拒答：从应拒答题库抽取300题，模型拒答283题，拒答表现良好。", "should_refuse", 300, 0.9433),
    ("人工抽检：从全部微调语料中随机抽取4,000条，经人工判定合格3,889条。", "corpus_manual", 4000, 0.9722),
    ("非拒答测试：随机抽取300题，模型拒答7题。", "non_refuse", 300, 0.0233),
    ("技术抽检：采用关键词与分类模型对随机抽取的1,320,000条语料（全部语料13,050,000条的十分之一以上）进行检测，合格1,298,110条。",
     "corpus_technical", 1320000, 0.9834),
])
def test_a_metric_given_by_counts_alone_is_computed(text: str, key: str, n: int, rate: float) -> None:
    assert _observed(text)[key] == [(n, rate)]


@pytest.mark.parametrize("text", [
    "生成内容：人工抽检1,000题，合格率92.8%；关键词抽检1,000题，合格率95.1%；分类模型抽检1,000题，合格率93.6%。",
    "生成内容人工抽检1,000题合格率92.8%，关键词抽检1,000题合格率95.1%，分类模型抽检1,000题合格率93.6%。",
])
def test_several_metrics_in_one_sentence_are_each_read(text: str) -> None:
    found = _observed("语料：人工抽检4,000条，合格率97.3%。", text)
    assert found["generated_manual"] == [(1000, 0.928)]
    assert found["generated_keyword"] == [(1000, 0.951)]
    assert found["generated_classifier"] == [(1000, 0.936)]


@pytest.mark.parametrize(("text", "word", "bounded"), [
    ("对于行程之外的请求（例如医疗、投资、法律咨询），它会礼貌地说明自己只能帮助规划行程，而不会尝试作答。", "法律咨询", True),
    ("本服务提供法律咨询（例如合同审查、劳动纠纷）。", "法律咨询", False),
    ("本服务的功能（例如法律咨询）面向律师。", "法律咨询", False),
])
def test_an_out_of_scope_example_is_bounded(text: str, word: str, bounded: bool) -> None:
    assert bounded_at(text, word) is bounded


@pytest.mark.parametrize(("text", "limit"), [
    ("收到投诉后7个工作日内处理并反馈", True), ("24小时内响应", True), ("处理时限为7个工作日", True),
    ("我们将在收到后3日内予以回复", True), ("重大违法信息2小时内报告属地网信部门", False), ("研判（30分钟内定级）", False),
])
def test_only_a_handling_limit_is_the_complaint_time_limit(text: str, limit: bool) -> None:
    assert _time_limit(text) is limit


def test_an_emergency_plan_file_outside_the_evidence_folder_is_read(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "应急预案", "处置安排") > 0
    assert "safety.emergency_plan" in {f.code for f in run_check(pkg).findings}
    write_docx(pkg / "附件8 生成内容安全事件应急预案.docx", "生成内容安全事件应急预案", [
        ("h", "一、应急组织"), ("p", "成立应急领导小组，组长由首席技术官担任。"),
        ("h", "二、事件分级"), ("p", "事件分为重大、较大、一般三级。"),
        ("h", "三、处置流程"), ("p", "发现、研判、处置、报告、复盘，重大事件2小时内上报属地网信部门。"),
        ("h", "四、联系方式"), ("p", "应急值班电话：021-5888 6600。"), ("h", "五、演练"), ("p", "每半年组织一次应急演练。"),
    ])
    assert "safety.emergency_plan" not in {f.code for f in run_check(pkg).findings}


def test_a_chapter_titled_as_an_emergency_plan_is_evidence() -> None:
    from beian.prereview.chapters import evidence_chapters

    file = PackageFile(rel="登记材料汇编.docx", path=Path("登记材料汇编.docx"), size=0)
    content = Content(file=file, paragraphs=["第一章 用户服务协议", "协议正文", "第五章 应急处置预案", "成立应急处置领导小组。",
                                              "第六章 其他", "略"], headings={0: 1, 2: 1, 4: 1})
    [part] = evidence_chapters(content, ("应急预案", "应急处置预案"))
    assert part.title == "第五章 应急处置预案"  # the title read with the chapter (the forty-first probe: it alone said 应急)
    assert part.content.paragraphs == ["第五章 应急处置预案", "成立应急处置领导小组。"]


def test_a_share_written_as_a_chinese_fraction_is_read() -> None:
    from beian.prereview.rules.metrics import _fraction

    assert _fraction("对随机抽取的1,320,000条语料（全部语料13,050,000条的十分之一以上）进行检测") == pytest.approx(0.1)
    assert _fraction("抽检1,320,000条（占语料总量10.1%）") == pytest.approx(0.101)
