"""What the forty-seventh probe found (the last of this session, on the code at its end: 6/6 verdicts): a hospital
bot giving “初步诊断意见和用药建议” with no safeguard passed, because “与就医无关的问题不予回答” was read as a boundary
on medicine; “百分之十一” was a sample of 11; “婉拒并引导回到剧情” was no out-of-scope handling."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.rules.metrics import _count
from beian.prereview.vocab import compiled, fold
from prereview.helpers import FORM, append_paragraphs, pkg  # noqa: F401 - the example package


def test_refusing_what_is_not_about_medicine_is_no_boundary_on_medicine(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "服务内容：根据患者描述的症状给出初步诊断意见和用药建议，推荐就诊科室；"
                                  "超出服务范围的处理：与就医无关的问题不予回答。")
    found = [f for f in run_check(pkg).findings if f.code == "scope.high_risk_domain"]
    assert [f.severity for f in found] == [Severity.HIGH] and "医疗健康" in found[0].message


@pytest.mark.parametrize(("text", "n"), [("技术抽检占语料总量的百分之十一，合格率百分之九十九点一。", None),
                                         ("抽取四千条，合格率百分之九十七点九。", 4000)])
def test_a_percentage_in_words_is_no_sample_size(text: str, n: int | None) -> None:
    assert _count(text) == n


def test_a_polite_refusal_that_leads_back_is_out_of_scope_handling() -> None:
    assert compiled("scope", "elements", "out_of_scope").search(fold("玩家提出与游戏剧情无关的请求时，NPC以角色口吻婉拒并引导回到剧情。"))
