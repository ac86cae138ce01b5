"""How beian check reads documents: numbers, negation, tables as records, facts, rates.

Each case is a wording seen in real packages that an earlier version misread.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.prereview.docmodel import DocView, Grid, read_records
from beian.prereview.extract import Content
from beian.prereview.facts import Fact, aliases_of, clusters, facts_of
from beian.prereview.negation import is_bounded, mentions
from beian.prereview.numbers import duration_months, percents, quantities, rate_value
from beian.prereview.package import PackageFile
from beian.prereview.rules.data_sources import FALLBACK, _illegal_share, _synonyms
from beian.prereview.rules.metrics import metric_key, rate_kind, to_measure


@pytest.mark.parametrize(("text", "value"), [
    ("随机抽取4,200条", 4200), ("四千条", 4000), ("0.4万条", 4000), ("1.2亿条", 120_000_000), ("一千二百条", 1200),
])
def test_counts_in_any_writing(text: str, value: int) -> None:
    assert [q.value for q in quantities(text) if q.unit == "条"] == [value]


@pytest.mark.parametrize(("text", "value"), [("97.6%", 0.976), ("百分之九十七点六", 0.976), ("０.９７６", 0.976), ("９７％", 0.97)])
def test_rates_in_any_writing(text: str, value: float) -> None:
    assert rate_value(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "months"), [("不少于两年", 24), ("保存六个月以上", 6), ("180天", 6), ("十二个月", 12)])
def test_durations(text: str, months: float) -> None:
    assert duration_months(text)[0][0] == pytest.approx(months)


def test_percent_positions_point_into_the_text() -> None:
    text = "合格率97.6%，拒答率2.3%"
    assert [text[s:e] for _, s, e in percents(text)] == ["97.6%", "2.3%"]


BOUNDARY = "本服务不提供医疗诊断、用药建议、投资理财、法律意见、心理咨询等专业服务，不用于电力调度等关键信息基础设施控制。"


@pytest.mark.parametrize("word", ["医疗诊断", "用药建议", "投资理财", "心理咨询", "关键信息基础设施"])
def test_listed_exclusions_are_boundaries(word: str) -> None:
    start = BOUNDARY.index(word)
    assert is_bounded(BOUNDARY, start, start + len(word))


@pytest.mark.parametrize(("text", "word", "bounded"), [
    ("本产品为用户提供用药建议和健康咨询。", "用药建议", False),
    ("本服务不提供诊断，但可以给出用药建议。", "用药建议", False),
    ("除旅行相关问题外，其他问题不作回答。", "旅行", True),
    ("是否面向未成年人：否", "面向未成年人", True),
    ("本服务不面向未成年人。", "面向未成年人", True),
    ("涉及医疗的问题，一律拒绝回答。", "医疗", True),
    # the next sentence refusing what this one lists (the fiftieth probe); a disclaimer or another subject is no refusal
    ("风险2：玩家把NPC说的话当真（比如现实医疗、投资建议）。\n措施：这类问题NPC不回答，会提示“我只是个游戏角色哦”。", "投资建议", True),
    ("本助手提供投资建议。上述建议不构成投资承诺。", "投资建议", False),
    ("本助手提供投资建议。\n上述服务由持牌顾问复核。", "投资建议", False),
])
def test_negation_scope(text: str, word: str, bounded: bool) -> None:
    start = text.index(word)
    assert is_bounded(text, start, start + len(word)) is bounded


def test_company_type_is_not_a_finance_claim() -> None:
    text = "企业类型：有限责任公司（自然人投资或控股）"
    assert not list(mentions(text, ("投资",)))


def _grid(rows: list[list[str]]) -> Grid:
    return Grid("清单.xlsx 工作表“清单”", rows)


def test_table_with_title_row_merged_header_and_total_row() -> None:
    rows = [
        ["训练语料来源清单（截至2025年3月）"] * 6,
        ["语料名称", "来源类别", "获得方式", "许可协议", "抽检情况", "抽检情况"],
        ["", "", "", "", "采集前", "采集后"],
        ["Wikipedia 中文 2024-03", "开源", "官方转储下载", "CC BY-SA 4.0", "0.3%", "0.1%"],
        ["合计", "", "", "", "", ""],
        ["备注：抽检比例均为5%", "", "", "", "", ""],
    ]
    table = read_records(_grid(rows), _synonyms(), need=("名称",), min_columns=4, fallback=FALLBACK)
    assert table is not None
    assert [r.get("名称") for r in table.records] == ["Wikipedia 中文 2024-03"]
    assert table.records[0].get("授权依据") == "CC BY-SA 4.0"
    assert table.records[0].get("采集前抽检") == "0.3%" and table.records[0].get("采集后抽检") == "0.1%"
    assert [n for n, _ in table.skipped] == [5, 6]


@pytest.mark.parametrize(("cell", "share"), [
    ("随机抽检5%，违法不良信息占比0.3%", 0.003), ("抽检比例10%，不合格率0.5%", 0.005), ("合格率98%", 0.02), ("0.8%", 0.008),
])
def test_illegal_share_reads_the_right_percentage(cell: str, share: float) -> None:
    assert _illegal_share(cell, percents(cell)) == pytest.approx(share)


def _view(tmp_path: Path, paragraphs: list[str], tables: list[list[list[str]]] | None = None) -> DocView:
    path = tmp_path / "备案表.docx"
    path.write_bytes(b"")
    content = Content(file=PackageFile(rel=path.name, path=path, size=0), paragraphs=paragraphs, tables=tables or [])
    return DocView(content)


def test_facts_ignore_verdict_cells_and_third_parties(tmp_path: Path) -> None:
    view = _view(tmp_path, ["申请单位：上海星河智能科技有限公司", "基础模型提供方名称：北京某某科技有限公司"],
                 [[["基础模型", "符合", "已备案模型"]], [["产品名称", "星河助手", "模型名称", "星河问答大模型V2.1"]]])
    found = {(f.key, f.value) for f in facts_of(view, "form")}
    assert ("company", "上海星河智能科技有限公司") in found
    assert not any(k == "company" and "北京" in v for k, v in found)
    assert not any(k == "base_model" for k, _ in found)
    assert ("product", "星河助手") in found and ("model", "星河问答大模型V2.1") in found


def test_bracketed_filing_number_stops_at_the_bracket(tmp_path: Path) -> None:
    view = _view(tmp_path, ["由文心大模型（备案号：Beijing-WenXinYiYan-20230831）提供。"])
    assert [f.value for f in facts_of(view, "service_agreement") if f.key == "base_filing"] == [
        "Beijing-WenXinYiYan-20230831"]


def _fact(key: str, value: str, where: str) -> Fact:
    return Fact(key, value, where, value, "label")


def test_declared_abbreviation_and_version_suffix_agree() -> None:
    aliases = aliases_of("星图客服大模型（以下简称“星图”）")
    facts = [_fact("model", "星图客服大模型V2.1", "a"), _fact("model", "星图", "b"), _fact("model", "星图客服大模型", "c")]
    assert len(clusters("model", facts, aliases)) == 1


def test_two_companies_conflict_even_when_they_share_an_abbreviation() -> None:
    facts = [_fact("company", "深圳途灵智行科技有限公司", "a"), _fact("company", "深圳途灵智能科技有限公司", "b")]
    assert len(clusters("company", facts, [("途灵旅行助手", "途灵")])) == 2


@pytest.mark.parametrize(("label", "key", "value", "expected"), [
    ("合格率", "corpus_manual", 0.976, 0.976),
    ("不合格率", "corpus_manual", 0.02, 0.98),
    ("拒答率", "should_refuse", 0.97, 0.97),
    ("合格率", "should_refuse", 0.97, 0.97),
    ("合格率", "non_refuse", 0.97, 0.03),
    ("合格率或拒答率", "non_refuse", 0.013, 0.013),
])
def test_rate_wording_is_converted_to_what_the_line_measures(label: str, key: str, value: float, expected: float) -> None:
    assert to_measure(key, rate_kind(label, key), value) == pytest.approx(expected)


@pytest.mark.parametrize(("text", "key"), [
    ("语料人工抽检", "corpus_manual"), ("生成内容分类模型抽检", "generated_classifier"), ("非拒答题拒答率", "non_refuse"),
    ("应拒答测试", "should_refuse"), ("对语料和生成内容进行人工抽检", None),
])
def test_metric_names(text: str, key: str | None) -> None:
    assert metric_key(text) == key


@pytest.mark.parametrize(("sentence", "key", "n", "rate"), [
    ("语料人工抽检合格率为97.6%（抽样4,200条）。", "corpus_manual", 4200, 0.976),
    ("语料技术抽检合格率99.2%，抽检比例12%。", "corpus_technical", None, 0.992),
    ("非拒答题抽取三百一十题，合格率百分之九十七。", "non_refuse", 310, 0.03),
    ("关键词抽检一千五百条，合格率0.961。", None, None, None),
])
def test_figures_stated_in_prose(tmp_path: Path, sentence: str, key: str | None, n: int | None,
                                 rate: float | None) -> None:
    from beian.prereview.rules.metrics import observations

    found = observations(_view(tmp_path, ["（二）生成内容安全", sentence]))
    if key is None:  # the heading names the metric: 生成内容 + 关键词
        key, n, rate = "generated_keyword", 1500, 0.961
    obs = found[key][0]
    assert (obs.n, obs.rate) == (n, pytest.approx(rate))


def test_vocabulary_holds_only_text() -> None:
    """YAML reads bare No/yes/120 as booleans and numbers: every word in the vocabulary must be a string."""
    from beian.prereview.vocab import vocabulary

    numeric = {"version", "clause_rows_min", "contradiction"}

    def odd(node: object, key: str = "") -> list[str]:
        if isinstance(node, dict):
            return [x for k, v in node.items() for x in odd(v, str(k))]
        if isinstance(node, list):
            return [x for v in node for x in odd(v, key)]
        return [] if isinstance(node, str) or (key in numeric and isinstance(node, (int, bool))) else [f"{key}: {node!r}"]

    assert odd(vocabulary()) == []


def test_tick_boxes(tmp_path: Path) -> None:
    view = _view(tmp_path, ["服务形式：☑网页  ☐App  ■API  □小程序"])
    assert {(t.label, t.checked) for t in view.ticks()} == {("网页", True), ("App", False), ("API", True), ("小程序", False)}


def test_unticked_option_is_not_a_claim() -> None:
    text = "模型类型：☐通用大模型  ☑垂直领域模型"
    start = text.index("通用大模型")
    assert is_bounded(text, start, start + len("通用大模型"))


@pytest.mark.parametrize(("cell", "found"), [("2024年3月—2024年6月", True), ("2024-03 转储", True), ("2025/04/18", True),
                                             ("近年来持续采集", False)])
def test_collection_dates(cell: str, found: bool) -> None:
    from beian.prereview.numbers import dates

    assert bool(dates(cell)) is found
