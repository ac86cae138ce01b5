"""What the forty-fourth probe found (lawyers', engineers', a state-owned enterprise's and a startup's writing): the
called model's 备案主体 in a 登记表 was read as the applicant (high, the one wrong verdict); “调用的已备案模型名称” was no
label; “我们没做微调” was a mention of fine-tuning; “不应少于4,000条” was a sample size; “符合 Conformant” was no
verdict; and engineers', startups' and age-gate wordings of measures were not recognised."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.prereview import run_check
from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.facts import facts_of
from beian.prereview.package import PackageFile
from beian.prereview.rules.consistency import _hint_mentions
from beian.prereview.rules.materials import _verdict_cell
from beian.prereview.rules.metrics import _requirement
from beian.prereview.vocab import compiled, fold, section
from prereview.helpers import REPORT, append_paragraphs, pkg  # noqa: F401 - the example package


def _facts(rows: list[list[str]]) -> list[tuple[str, str]]:
    file = PackageFile(rel="登记表.docx", path=Path("登记表.docx"), size=0)
    return [(f.key, f.value) for f in facts_of(DocView(Content(file=file, paragraphs=[], tables=[rows])), "form")]


def test_the_called_models_filer_in_a_form_is_not_the_applicant() -> None:
    facts = _facts([["申请单位", "上海浦江港航数字科技有限公司"], ["调用的已备案模型名称", "文心大模型"],
                    ["备案主体", "北京百度网讯科技有限公司"], ["备案号", "Beijing-WenXin-20230831S0011"]])
    assert [v for k, v in facts if k == "company"] == ["上海浦江港航数字科技有限公司"]
    assert ("base_model", "文心大模型") in facts


def test_a_filer_label_away_from_any_called_model_is_the_applicant() -> None:
    facts = _facts([["备案主体", "上海浦江港航数字科技有限公司"], ["统一社会信用代码", "91310115MA1K4B3C25"],
                    ["模型名称", "港航智答大模型"]])
    assert [v for k, v in facts if k == "company"] == ["上海浦江港航数字科技有限公司"]


@pytest.mark.parametrize("text", ["我们没做微调，也没训练自己的模型。", "本单位未对模型进行微调。"])
def test_fine_tuning_denied_casually_is_no_hint(text: str) -> None:
    assert list(_hint_mentions(text)) == []


@pytest.mark.parametrize("before", ["合格率不应低于", "抽样数量不应少于", "拒答率不宜低于", "拒答率应不低于", "合格率不低于"])
def test_a_line_written_with_should_is_a_requirement(before: str) -> None:
    assert _requirement(fold(before))


def test_a_definitions_clause_stating_the_lines_is_no_second_sample_size(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "第1.4条 本报告所称“合格”，指语料人工抽检的抽样数量不应少于4,000条且合格率不应低于96%。")
    assert [f for f in run_check(pkg).findings if f.code.startswith("metrics.")] == []


@pytest.mark.parametrize(("cell", "verdict"), [
    ("符合 Conformant", True), ("不适用 / N/A", True), ("Conformant", False), ("符合", True),
])
def test_a_bilingual_verdict_cell_is_read_by_its_chinese(cell: str, verdict: bool) -> None:
    assert _verdict_cell(cell, tuple(section("report", "verdicts"))) is verdict


@pytest.mark.parametrize(("code", "text"), [
    ("safety.reassessment", "每次minor/major版本发布前重新跑完整安全评估（含本报告全部测试）。"),
    ("safety.minors", "未满18周岁不能注册。"),
    ("safety.opt_out", "你的消息会发给通义千问大模型生成回复，不会拿来训练模型（我们没有自己的模型）。"),
])
def test_measures_in_engineers_and_startups_words(code: str, text: str) -> None:
    assert compiled("safety", "measures", code).search(fold(text))


def test_a_filer_label_heading_a_form_above_the_base_model_is_the_applicant() -> None:
    facts = _facts([["备案主体", "上海浦江港航数字科技有限公司"], ["基础模型", "云帆大模型"],
                    ["基础模型备案号", "Beijing-YunFanDaMoXing-202403150021"]])
    assert [v for k, v in facts if k == "company"] == ["上海浦江港航数字科技有限公司"]
