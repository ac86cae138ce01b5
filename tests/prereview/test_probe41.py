"""What the forty-first probe (登记, 备案 and 算法备案 packages from other hands, 2026-12-05) found: a list of requests a
canned reply turns away read as services offered, two-part comma phrases split into keywords, the 登记 route ignoring
an assessment report's figures, a date before 与 read as the applicant, an emergency chapter whose title alone said
so, human review written as 人审/质检员, and a planned AIGC label in an algorithm filing passed over."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from beian.cli import app
from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.facts import facts_of
from beian.prereview.negation import is_bounded
from beian.prereview.rules.banks import split_keywords
from beian.prereview.vocab import compiled, fold
from prereview.helpers import FORM, REPORT, pkg, replace_docx  # noqa: F401 - the example package

OUT_OF_SCOPE = ("医疗诊断、投资理财建议、法律意见等需要专业资质的请求以及与办公写作无关的请求，"
                "模型回复“该问题超出本助手的服务范围”并不作回答")


@pytest.mark.parametrize(("text", "word"), [
    (OUT_OF_SCOPE, "医疗诊断"),
    (OUT_OF_SCOPE, "理财建议"),
    ("遇到心理咨询、用药指导等超出教学范围的提问，系统统一回复固定话术并予以拒绝。", "用药指导"),
])
def test_examples_of_requests_a_reply_turns_away_are_a_boundary(text: str, word: str) -> None:
    folded = fold(text)
    at = folded.index(word)
    assert is_bounded(folded, at, at + len(word))


def test_the_service_that_offers_what_it_lists_is_not_a_boundary() -> None:
    text = fold("本产品提供疾病诊断、用药指导等健康服务，并支持在线问诊。")
    at = text.index("疾病诊断")
    assert not is_bounded(text, at, at + 4)


def test_an_out_of_scope_cell_listing_regulated_requests_raises_no_high_risk_domain(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "对与办公写作无关、或需要专业资质的咨询请求，提示“该问题超出本服务范围”并不予生成", OUT_OF_SCOPE)
    assert "scope.high_risk_domain" not in {f.code for f in run_check(pkg).findings}


@pytest.mark.parametrize(("cell", "keywords"), [
    ("某族滚出去，真恶心", ["某族滚出去，真恶心"]),              # a phrase with a pause
    ("代开发票，联系微信", ["代开发票，联系微信"]),
    ("冰毒，麻古，K粉", ["冰毒", "麻古", "K粉"]),                  # three short parts: a list
    ("海洛因、冰毒", ["海洛因", "冰毒"]),
    ("出售枪支，手续齐全，价格面议可私聊详细询问", ["出售枪支，手续齐全，价格面议可私聊详细询问"]),  # a long part: one advert
])
def test_a_chinese_comma_lists_keywords_only_in_a_list_of_short_parts(cell: str, keywords: list[str]) -> None:
    assert split_keywords(cell) == keywords


def test_the_registration_route_judges_the_figures_of_an_attached_report(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "98.0%", "93.7%")
    found = {f.code: f for f in run_check(pkg, route="登记").findings}
    assert found["metrics.below_line"].severity is Severity.BLOCKER
    assert "93.7%" in found["metrics.below_line"].message


def test_the_registration_route_does_not_require_every_figure(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "生成内容分类模型抽检", "其他说明")
    codes = {f.code for f in run_check(pkg, route="登记").findings}
    assert "metrics.missing" not in codes and "metrics.unrecognised" not in codes


def test_a_date_before_the_other_party_is_not_the_applicant(tmp_path: Path) -> None:
    from beian.prereview.docmodel import DocView
    from beian.prereview.extract import extract
    from beian.prereview.package import PackageFile

    path = tmp_path / "02 调用已备案模型情况说明.docx"
    document = docx.Document()
    document.add_paragraph("我司于2025年12月8日与北京星图智算科技有限公司签订《开放平台API服务协议》，调用其已备案模型。")
    document.add_paragraph("本公司已于近日和杭州云岫信息技术有限公司续签服务合同。")
    document.save(str(path))
    content = extract(PackageFile(rel=path.name, path=path, size=path.stat().st_size))
    companies = [f.value for f in facts_of(DocView(content), "base_model_statement") if f.key == "company"]
    assert companies == []


@pytest.mark.parametrize("text", ["三、人审：质检员每日随机抽查不少于500条对话", "设内容安全专员2名（全职）、质检员3名（兼职）"])
def test_human_review_written_as_inspection_staff(text: str) -> None:
    assert compiled("safety", "measures", "safety.human_monitor").search(fold(text))


def test_a_planned_label_in_an_algorithm_filing_is_high(tmp_path: Path) -> None:
    root = tmp_path / "算法备案包"
    assert CliRunner().invoke(app, ["init", str(root), "--route", "算法备案"]).exit_code == 0
    assert "safety.aigc_label" not in {f.code for f in run_check(root).findings}  # not described: not required
    assert replace_docx(root / "2 落实算法安全主体责任基本情况.docx", "（写明显式标识与隐式标识的添加方式。）",
                        "显式标识：生成图片右下角添加“AI生成”字样。生成图片的隐式标识（元数据）功能正在开发中，计划于2026年第三季度上线。")
    found = [f for f in run_check(root).findings if f.code == "safety.aigc_label"]
    assert [f.severity for f in found] == [Severity.HIGH] and "计划" in (found[0].evidence or "")
