"""What the hundred-and-thirty-fourth and hundred-and-thirty-fifth probes found (ten packages, most of them as PDFs;
first run 6/10 verdicts right, four of them wrong because of the testers' own test banks, credit codes and a missing
privacy policy; 7 of 8 planted reasons found; three false highs):

- a signature line with the date after the name (``申请主体（盖章）：江州市水利局信息中心        2025年6月18日``) and a
  full-width space between two fields (``申请主体：宁安市第一人民医院　模型名称：……``) read the date or the next label
  into the name: two false 申请主体 mismatches;
- ``对诊断、处方、用药请求一律提示线下就诊`` read as offering prescriptions (a false high);
- ``模型版本更新、重大功能调整前，重新组织安全评估`` not read as re-assessment (three false mediums);
- a form with two label | value pairs to a row (``生成内容抽检合格率 | 96.9% | 应拒答题拒答率 | 96.3%``): its refusal
  rate, which disagreed with the report's, was never compared (a planted reason missed).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from beian.prereview.facts import _paragraph_facts
from beian.prereview.vocab import compiled, fold
from prereview.helpers import FORM, REPORT, append_paragraphs, codes, pkg  # noqa: F401


def _company_and_model(text: str) -> list[tuple[str, str]]:
    return [(f.key, f.value) for f in _paragraph_facts(text, "备案表.pdf 第30段", "form") if f.key in ("company", "model")]


def test_the_date_after_a_signed_name_is_not_part_of_it() -> None:
    assert _company_and_model("申请单位（盖章）：临江市气象服务中心 2026年3月2日") == [("company", "临江市气象服务中心")]


def test_a_full_width_space_ends_a_field() -> None:
    assert _company_and_model("申请主体：临江市中心医院　模型名称：临江病历摘要助手") == \
        [("company", "临江市中心医院"), ("model", "临江病历摘要助手")]


def test_requests_sent_to_a_clinic_are_a_boundary(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "超出服务范围的处理：对诊断、处方请求一律提示到医院就诊。")
    append_paragraphs(pkg / REPORT, "本服务不提供诊断。")
    assert not [f for f in codes(pkg, "scope.high_risk_domain") if f.severity is Severity.HIGH]


def test_reassessment_organised_before_an_update_is_reassessment() -> None:
    text = fold("模型更新、主要功能调整前，将重新组织一次全面的安全评估。")
    assert compiled("safety", "measures", "safety.reassessment").search(text)


def test_a_figure_in_a_two_pairs_to_a_row_form_is_compared(pkg: Path) -> None:  # noqa: F811
    document = docx.Document(str(pkg / FORM))
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("非拒答题拒答率", "2.1%", "应拒答题拒答率", "90.2%"), strict=True):
        cell.text = text
    document.save(str(pkg / FORM))
    found = [f for f in codes(pkg, "metrics.cross_doc_mismatch") if "应拒答" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH] and "90.2%" in found[0].message
