"""What the hundred-and-sixty-first and hundred-and-sixty-second probes (ten packages on the code at the start of
session 38; 10 of 10 planted reasons found, two false highs) found:

- a 变更情况说明 opening with the service's own earlier filing (``……导购助手已于2024年9月完成生成式人工智能服务备案（备案号：
  …）``): its number was read as the base model's filing number and compared with the form's (a false high);
- a report's scope sentence ``不提供诊断结论、处方和用药建议，预问诊记录须经接诊医生人工复核``: the negation reached past
  the comma into a clause with a verb of its own, so the service was read as not offering the 问诊 the form names (a
  false high).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.prereview.docmodel import DocView
from beian.prereview.extract import Content
from beian.prereview.facts import facts_of
from beian.prereview.package import PackageFile
from prereview.helpers import bounded


def _statement(*paragraphs: str) -> DocView:
    return DocView(Content(file=PackageFile("变更说明.docx", Path("/nonexistent/f.docx"), 1), paragraphs=list(paragraphs)))


def _filings(view: DocView, doc_id: str) -> list[str]:
    return [f.value for f in facts_of(view, doc_id) if f.key == "base_filing"]


def test_the_services_own_earlier_filing_number_in_a_change_statement_is_not_the_base_models() -> None:
    view = _statement("本公司运营的“临江法务通”问答服务已于2023年11月通过生成式人工智能服务备案（备案号：Jiangsu-LinJiangFaWuTong-"
                      "20231120），现因更换基础模型申请变更。",
                      "基础模型备案号：Beijing-WenXinYiYan-20230831")
    assert _filings(view, "change_statement") == ["Beijing-WenXinYiYan-20230831"]


def test_a_filing_number_said_without_an_earlier_filing_still_counts() -> None:
    view = _statement("变更后所调用的基础模型为文心一言（备案号：Beijing-WenXinYiYan-20230831）。")
    assert _filings(view, "change_statement") == ["Beijing-WenXinYiYan-20230831"]


def test_a_negated_list_then_a_clause_with_its_own_verb_does_not_negate_the_clause() -> None:
    text = "本助手不出具诊断意见、不开具处方，线上问诊内容须由坐诊医生审核后发送。"
    assert not bounded(text, "问诊")


def test_a_negated_list_continued_after_a_comma_still_negates() -> None:
    assert bounded("本服务不提供诊断结论、处方，网上问诊等医疗服务。", "问诊")
    assert bounded("本服务不提供用药建议，在线问诊。", "问诊")
