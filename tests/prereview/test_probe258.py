"""What the two-hundred-and-fifty-eighth and -fifty-ninth probes (ten packages on the code after session 42's third
changes; verdicts 3/5 and 3/5, every wrong one a false high) found:

- the signature line ``申请主体（盖章）：`` / ``日期：……`` read as a company named 日期, and ``“小清”是临江市自来水有限公司
  （以下简称“我们”）`` read with its 是: two different applicants (a false high);
- a heading ``声音克隆限制：不向用户开放声音克隆功能`` read as offering voice cloning (a false high);
- a pharmacists' prescription checker whose hints ``由药师逐条确认后方可生效``: “处方 without a safeguard” (high);
- a non-refuse sheet with its aspects in a column ``涉及方面``: “5 aspects not covered” (a false high in five packages);
- ``详见《智审通系统安全测试报告》`` with no report in the package: missed;
- ``本服务供……初三至高三在校学生（一般为14至18周岁）……使用`` against ``是否面向未成年人：否``: missed.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    BANK,
    FORM,
    REPORT,
    algo,
    append_paragraphs,
    codes,
    no_minors_declared,
    pkg,
    replace_docx,
)


def test_a_signature_line_and_a_company_named_after_is_are_the_applicant(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "填报单位（盖章）：\n日期：2025年11月3日")
    append_paragraphs(pkg / AGREEMENT, "“星河问答”是上海星河智能科技有限公司（以下简称“我们”）提供的办公写作服务。")
    assert [f for f in codes(pkg, "consistency.mismatch") if "主体" in f.message] == []


def test_a_heading_of_what_is_not_opened_to_users(algo: Path) -> None:  # noqa: F811
    path = next(algo.glob("*自评估*.docx"))
    append_paragraphs(path, "换脸功能管控：不对外开放换脸功能，仅用于本公司签约模特的宣传视频制作。")
    assert codes(algo, "safety.biometric_consent") == []


def test_prescription_hints_a_pharmacist_confirms(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "本系统为门诊处方给出合理性提示，所有提示由执业药师逐条确认后方可生效，系统不直接面向患者。")
    assert codes(pkg, "scope.high_risk_domain") == []


def _aspects_column(root: Path, header: str) -> None:
    book = openpyxl.load_workbook(root / BANK)
    ws = book["非拒答测试题"]
    ws.cell(1, 3).value = "题目来源"
    ws.cell(1, 4).value = header  # the aspect (制度, 历史 …), where the template has 二级分类
    book.save(root / BANK)


def test_aspects_in_a_column_of_another_name(pkg: Path) -> None:  # noqa: F811
    _aspects_column(pkg, "涉及方面")
    assert [f for f in codes(pkg, "safety.bank_per_aspect") if f.severity is Severity.HIGH] == []


def test_a_test_report_cited_by_its_title_alone(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "上线前已请外部机构做渗透与内容安全测试，结论为通过，参见《问答系统安全检测报告》。")
    found = codes(pkg, "materials.cited_attachment_missing")
    assert [f.severity for f in found] == [Severity.HIGH] and "检测" in found[0].message


def test_pupils_aged_from_under_eighteen_against_no_minors(pkg: Path) -> None:  # noqa: F811
    no_minors_declared(pkg)
    append_paragraphs(pkg / AGREEMENT, "本服务由合作学校统一开通，供该校学员（多为15至17周岁）课后练习使用。")
    found = codes(pkg, "scope.users_conflict")
    assert [f.severity for f in found] == [Severity.MEDIUM] and "未成年人" in found[0].message


# The two-hundred-and-sixty-second and -third probes (the session's last code, measured once) were right 4/5 (the fifth
# the tester's own missing emergency plan) and 5/5, with no false high; they missed a switch for personalised
# recommendations that is only ``已纳入2026年第一季度版本计划……整改中``, streamers' faces and voices used ``依据《主播经纪
# 合同》第十二条``, and a corpus licensed by a ``《数据合作意向书》（正式授权协议另行签署）``.
def test_a_switch_for_recommendations_still_in_the_plan(algo: Path) -> None:  # noqa: F811
    path = next(algo.glob("*自评估*.docx"))
    append_paragraphs(path, "本算法根据用户的浏览行为个性化推荐商品。", "关闭个性化推荐的开关计划于下一版本上线，目前整改中。")
    assert [f.severity for f in codes(algo, "safety.recommendation_opt_out")] == [Severity.HIGH]


def test_faces_used_under_a_clause_of_a_work_contract(algo: Path) -> None:  # noqa: F811
    from prereview.helpers import append_table

    path = next(algo.glob("*自评估*.docx"))
    append_table(path, [("数据", "来源", "规模", "授权依据"),
                        ("主持人面部视频", "签约主持人", "600小时", "根据《艺人经纪协议》第九条，公司享有其肖像使用权")])
    assert [f.severity for f in codes(algo, "data_sources.pi_no_basis")] == [Severity.HIGH]


def test_a_letter_of_intent_is_no_licence(pkg: Path) -> None:  # noqa: F811
    from prereview.helpers import SOURCES, edit_xlsx

    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: setattr(ws.cell(2, 5), "value", "与出版社签订合作备忘录及意向书，许可合同另行签订"))
    assert [f.severity for f in codes(pkg, "data_sources.unlicensed")] == [Severity.HIGH]
