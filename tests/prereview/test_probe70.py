"""What the seventieth probe found (five packages in styles of its own; 5/5 verdicts, one of them for a wrong reason,
2 of 3 planted reasons fully found, 1 false high): the filed base model's name 启明通用大模型V2 in a clause table's note
read as the service claiming to be 通用大模型; a corpus total of 8,000万条 in the report against 1.2亿条 in the form and
in the data list's sum only medium, though two materials agree against the third; the medium corpus-size conflict's fix
spoke of 简称.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.rules.scope import _claims
from prereview.helpers import FORM, REPORT, append_paragraphs, pkg, replace_docx  # noqa: F401


@pytest.mark.parametrize("text", ["6 a)：符合：所用基础模型为九章通用大模型3.5，备案号Beijing-JiuZhang-20240610S0033",
                                  "底层引擎：盘古通用大模型 V5（已完成生成式人工智能服务备案，网信算备110108123456789240011号）"])
def test_a_filed_models_name_is_no_claim(text: str) -> None:
    assert list(_claims(text)) == []


def test_the_service_called_a_general_model_is_still_a_claim() -> None:
    text = "本产品是一款通用大模型，可回答任何领域的问题。"
    assert [text[m.start:m.end] for m in _claims(text)] == ["通用大模型", "任何领域"]


def test_a_report_total_against_the_form_and_the_list_is_high(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "训练语料共 800万条，均为公开网页与授权出版物。")
    found = [f for f in run_check(pkg).findings if f.code == "data_sources.size_mismatch"]
    assert found and found[0].severity is Severity.HIGH and "与清单相符" in found[0].message


def test_a_total_no_other_material_backs_stays_medium(pkg: Path) -> None:  # noqa: F811
    for name in (FORM, REPORT):  # the form and the report alike: the list alone says otherwise
        assert replace_docx(pkg / name, "1200万条", "800万条") >= 1
    found = [f for f in run_check(pkg).findings if f.code == "data_sources.size_mismatch"]
    assert found and all(f.severity is Severity.MEDIUM for f in found)
