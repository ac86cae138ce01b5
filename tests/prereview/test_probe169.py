"""What the hundred-and-sixty-ninth and hundred-and-seventieth probes (ten packages on the code after session 38's
second round; 9 of 11 planted reasons found, five false blockers and highs) found:

- a change table's row ``基础模型 | 不变 | 不变`` read as a model named 不变 (a false high);
- the agreement's users ``8周岁至12周岁`` beside the form's ``6至12周岁`` after a change lowered the age: missed (both
  serve minors, and lowest ages were not compared);
- an algorithm's field of use ``可适用于全部出行场景，满足用户的一切路线需求``: no over-broad finding;
- a PDF line ``填报单位（盖章）：东陵省高级人民法院 填报日期：…``, its spaces collapsed, read as the applicant
  ``东陵省高级人民法院 填报日期``; an agreement opening ``欢迎使用松岭雪山旅游度假有限公司（以下简称“我们”）`` read as the
  applicant ``欢迎使用松岭雪山旅游度假有限公司`` (two false highs);
- ``不构成诊断或处方；处方仍由医师开具`` and a corpus ``本院协定处方集`` read as the service offering 处方 (a false high);
- an algorithm filing's commitment named ``喜映-承诺书.docx`` not taken for the 算法备案承诺书 (a false blocker).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.engine import run_check
from beian.prereview.extract import Content
from beian.prereview.facts import facts_of
from beian.prereview.package import PackageFile
from prereview.helpers import AGREEMENT, FORM, REPORT, algo, append_paragraphs, codes, pkg  # noqa: F401


def _doc(name: str, paragraphs: list[str], tables: list[list[list[str]]] | None = None) -> DocView:
    return DocView(Content(file=PackageFile(name, Path(f"/nonexistent/{name}"), 1), paragraphs=paragraphs,
                           tables=tables or [], table_anchor=[0] * len(tables or [])))


def test_an_unchanged_row_of_a_change_table_states_no_model() -> None:
    view = _doc("变更说明.docx", ["变更对照"], [[["项目", "原备案", "本次申请"], ["基础模型", "保持不变", "保持不变"],
                                              ["服务对象", "小学生", "幼儿园大班及小学生"]]])
    assert [f.value for f in facts_of(view, "change_statement") if f.key == "base_model"] == []


def test_lowest_ages_that_differ_between_documents_are_asked_about(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "服务对象：5至10周岁的学龄前及低年级儿童（由家长注册）")
    append_paragraphs(pkg / AGREEMENT, "本服务面向7周岁至10周岁的儿童，由监护人代为注册。")
    found = [f for f in codes(pkg, "scope.users_conflict") if "年龄下限" in f.message]
    assert [f.severity for f in found] == [Severity.MEDIUM] and "5 周岁" in found[0].message


def test_the_same_lowest_age_everywhere_is_no_conflict(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "服务对象：7至10周岁的低年级儿童（由家长注册）")
    append_paragraphs(pkg / AGREEMENT, "本服务面向7周岁至10周岁的儿童，由监护人代为注册。")
    assert [f for f in codes(pkg, "scope.users_conflict") if "年龄下限" in f.message] == []


def test_every_scene_of_a_field_is_asked_about(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本服务可用于全部居家养老场景，满足老人的一切陪伴需求。")
    assert Severity.MEDIUM in [f.severity for f in codes(pkg, "scope.overbroad")]


@pytest.mark.parametrize(("line", "company"), [
    ("申报单位（盖章）：南湖市第二人民医院 申报日期：2026年1月5日", "南湖市第二人民医院"),
    ("欢迎您使用青禾数字科技有限公司（以下简称“我们”）提供的智能客服。", "青禾数字科技有限公司"),
])
def test_the_applicant_without_the_next_label_or_a_greeting(line: str, company: str) -> None:
    found = [f.value for f in facts_of(_doc("协议.pdf", [line]), "service_agreement") if f.key == "company"]
    assert found == [company]


def test_a_prescription_written_by_a_physician_and_a_formulary_are_no_offer(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "训练语料包括本院经验处方集与公开中医药教材。",
                      "回答仅供参考，不构成诊断；处方一律由执业医师开具并经药师审核。")
    append_paragraphs(pkg / FORM, "服务边界：不对具体患者作出诊断或处方。")
    assert not [f for f in codes(pkg, "scope.high_risk_domain") if f.severity is Severity.HIGH]


def test_a_commitment_named_only_as_such_in_an_algorithm_filing(algo: Path) -> None:  # noqa: F811
    commitment = next(algo.glob("*承诺书*.docx"))
    document = docx.Document(str(commitment))
    for para in document.paragraphs:
        para.text = para.text.replace("算法备案承诺书", "承诺书")
    document.save(str(algo / "云帆-承诺书.docx"))
    for old in algo.glob("*算法备案承诺书*"):  # the Word file and its scanned copy
        old.unlink()
    assert [f for f in run_check(algo).findings if f.code == "materials.missing_document"
            and f.severity is Severity.BLOCKER] == []


def test_a_commitment_file_beside_a_model_filing_is_no_algorithm_material(pkg: Path) -> None:  # noqa: F811
    document = docx.Document()
    document.add_paragraph("数据来源合法性承诺书")
    document.add_paragraph("本公司承诺训练数据来源合法。")
    document.save(str(pkg / "数据来源承诺书.docx"))
    assert not [f for f in run_check(pkg).findings if "算法" in f.message and f.code.startswith("materials")]
