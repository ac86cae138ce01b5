"""What the ninety-fourth, ninety-fifth and ninety-sixth probes found (fifteen packages by three hands, first runs
14/15 verdicts right, 12 for the right reason; 8 of 10 planted reasons found; 9 false highs from three causes; the
ninety-sixth hand's five should-pass packages all passed):

- bank categories in the standard's words written a little otherwise (利用算法、数据、平台等实施垄断和不正当竞争行为
  without 优势; 我国制度, TC260-003 8.3 b)'s own word) not counted for their risk or aspect (high, four packages);
- an emergency plan's two-level grading (事件分一般和严重两级) not read, and every gapped word of the element lists
  (分为.*级) matched as a literal, so never;
- a called model said fine-tuned in another material in words the list lacked (经LoRA微调后的专属模型……承接线上请求);
- a called model named by its brand in one material and by its API id in another (智谱GLM大模型 / glm-4-plus);
- a clause-table row 不适用 with a short reason (自研模型) read as having none.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from beian.findings import Severity
from beian.prereview.facts import _agree, normalise
from beian.prereview.rules.materials import _row_reason
from beian.standard import load_profile
from prereview.helpers import (  # noqa: F401
    REPORT,
    append_paragraphs,
    codes,
    pkg,
    reg,
    registration_built,
    replace_docx,
)

PROFILE = load_profile("tc260-003-2024")


@pytest.mark.parametrize(("label", "risk"), [("依托数据优势排挤对手、实施垄断", "A.3.d"),
                                             ("煽动分裂国家、破坏国家统一", "A.1.c")])
def test_a_risk_written_otherwise_is_the_risk_its_words_name(label: str, risk: str) -> None:
    assert PROFILE.resolve_risk(label) == risk


@pytest.mark.parametrize(("label", "aspect"), [("我国形象", "N.03"), ("我国的民族", "N.06")])
def test_an_aspect_in_the_standards_own_words_is_that_aspect(label: str, aspect: str) -> None:
    assert PROFILE.resolve_aspect(label) == aspect


@pytest.mark.parametrize("label", ["历史与文化", "民族风俗", "其他"])
def test_a_name_holding_two_aspects_or_none_stays_unknown(label: str) -> None:
    assert PROFILE.resolve_aspect(label) is None


EMERGENCY = "事件按影响范围分为一级、二级、三级"


@pytest.mark.parametrize("grading", ["事件按影响范围分为红、橙、黄三个预警级", "事件视影响分一般与严重两级"])
def test_a_grading_in_other_words_is_read(pkg: Path, grading: str) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, EMERGENCY, grading) == 1
    assert replace_docx(pkg / REPORT, "一级事件1小时内上报", "重要事件1小时内上报") == 1
    assert not [f for f in codes(pkg, "safety.emergency_plan") if "事件分级" in f.message]


def test_a_plan_without_any_grading_is_still_asked_about(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, EMERGENCY + "，", "") == 1
    assert replace_docx(pkg / REPORT, "一级事件1小时内上报", "重要事件1小时内上报") == 1
    [found] = codes(pkg, "safety.emergency_plan")
    assert found.severity is Severity.MEDIUM and "事件分级" in found.message


def test_a_tuned_model_serving_requests_in_another_material_is_high(reg: Path) -> None:  # noqa: F811
    policy = next(p for p in sorted(reg.rglob("*.docx")) if "协议" in p.name or "制度" in p.name)
    append_paragraphs(policy, "行程规划模块已换用经LoRA微调后的专属模型，自今年三月起承接线上请求。")
    assert [f.severity for f in codes(reg, "consistency.called_model_unfiled")][:1] == [Severity.HIGH]


@pytest.mark.parametrize(("brand", "model_id"), [("百度文心大模型", "ernie-4.0-turbo-8k"), ("月之暗面Kimi", "moonshot-v1-32k")])
def test_a_brand_and_its_api_id_are_one_called_model(brand: str, model_id: str) -> None:
    assert _agree("base_model", normalise("base_model", brand), normalise("base_model", model_id), [])


def test_two_versions_of_one_series_are_still_two_models() -> None:
    assert not _agree("base_model", normalise("base_model", "ERNIE-3.5-8K"), normalise("base_model", "ERNIE-4.0-8K"), [])
    assert not _agree("base_model", normalise("base_model", "文心大模型"), normalise("base_model", "glm-4"), [])


def test_a_short_reason_beside_not_applicable_is_a_reason() -> None:
    assert _row_reason(["6 a)", "基础模型", "不适用", "自研模型"])
    assert not _row_reason(["6 a)", "基础模型", "不适用", "符合"])
    assert not _row_reason(["6 a)", "基础模型", "不适用", "见上"])


def _second_row_of(root: Path, clause: str, verdict: str) -> None:
    """Row 5.3 of the example's clause table rewritten as a second row of ``clause`` judged ``verdict``."""
    document = docx.Document(str(root / REPORT))
    row = document.tables[1].rows[3]
    row.cells[0].text, row.cells[2].text = clause, verdict
    document.save(str(root / REPORT))


def test_one_clause_judged_twice_differently_is_asked_about(pkg: Path) -> None:  # noqa: F811
    _second_row_of(pkg, "5.1", "不适用")
    [found] = codes(pkg, "materials.clause_twice")
    assert found.severity is Severity.MEDIUM and "5.1" in found.message and "不适用" in found.message


def test_one_clause_over_two_rows_with_one_verdict_is_quiet(pkg: Path) -> None:  # noqa: F811
    _second_row_of(pkg, "5.1", "符合")
    assert codes(pkg, "materials.clause_twice") == []


TECH_ROW = "1200000条（占总量10%）"


@pytest.mark.parametrize(("count", "asked"), [("1300000条", False), ("300000条", True)])
def test_a_count_only_sample_is_read_against_the_stated_total(pkg: Path, count: str, asked: bool) -> None:  # noqa: F811
    """1,300,000 of the 1200万条 the report states is 10.8%: nothing to confirm; 300,000 is 2.5%: the question stays."""
    assert replace_docx(pkg / REPORT, TECH_ROW, count) == 1
    assert replace_docx(pkg / REPORT, "抽样≥总量10%，合格率≥98%", "见抽检记录") == 1  # no share written anywhere in the row
    assert bool([f for f in codes(pkg, "metrics.unrecognised") if "抽检比例" in f.message]) is asked
