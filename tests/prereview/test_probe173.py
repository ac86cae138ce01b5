"""What the hundred-and-seventy-third and hundred-and-seventy-fourth probes (ten packages on the code after session 38's
third round; 7 of 11 planted reasons found, two more partly, no false blocker or high) found:

- a results table with a two-row header (``测试结果`` merged over ``合格/拒答题数 | 比率``): the count column's readings
  agreed with the rate, but the generic 比率 left the measure "unconfirmed", so 281 of 300 (93.7%) was only medium;
- an agreement's note ``本协议所称在读学生包括……未满18周岁（17周岁）入学的本科一年级新生`` beside a form that serves no
  minors: not read as a users statement (missed);
- a vehicle-log dataset (VIN, tracks, in-car voice commands) with only de-identification: medium, as for data that is
  not the users' own;
- a virtual try-on that lets users upload family members' and friends' photos: no consent finding (the try-on words were
  not among the editing words);
- an algorithm commitment opening ``……有限公司（统一社会信用代码：…）就……算法的算法备案郑重承诺`` and signed ``承诺单位（盖章）：
  ……``: the applicant was not found (two wrong mediums).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from beian.prereview.docmodel import DocView
from beian.prereview.engine import run_check
from beian.prereview.extract import Content
from beian.prereview.facts import anchored_companies, facts_of
from beian.prereview.package import PackageFile
from beian.prereview.rules.metrics import observations
from prereview.helpers import (  # noqa: F401
    AGREEMENT,
    FORM,
    add_to_self_assessment,
    algo,
    append_paragraphs,
    append_source_row,
    codes,
    pkg,
)


def _doc(name: str, paragraphs: list[str], tables: list[list[list[str]]] | None = None) -> DocView:
    return DocView(Content(file=PackageFile(name, Path(f"/nonexistent/{name}"), 1), paragraphs=paragraphs,
                           tables=tables or [], table_anchor=[0] * len(tables or [])))


def test_a_count_column_that_agrees_with_a_generic_rate_settles_it() -> None:
    rows = [["项目", "题量", "结果", "结果"], ["项目", "题量", "通过/拒答数", "比率"], ["应拒答测试", "400", "372", "93.0%"]]
    [found] = observations(_doc("评估报告.docx", ["测试结果"], [rows]))["should_refuse"]
    assert found.explicit and round(found.rate, 3) == 0.93


def test_an_agreement_defining_its_users_to_include_minors_is_a_users_statement(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / FORM, "是否面向未成年人：否")
    append_paragraphs(pkg / AGREEMENT, "本协议所称用户包括年满16周岁、经监护人同意注册的高职一年级学生。")
    assert Severity.MEDIUM in [f.severity for f in codes(pkg, "scope.users_conflict")]


def _dataset(pkg: Path, name: str, pi: str) -> list:  # type: ignore[type-arg]  # noqa: F811
    append_source_row(pkg, number="9", name=name, how="车联网平台导出", period="2025-01至2025-03", pi=pi, size="30万条",
                      before="违法不良信息占比0.3%")
    return [f for f in codes(pkg, "data_sources.pi_no_basis") if name in f.message]


def test_vehicle_logs_with_only_de_identification_have_no_basis(pkg: Path) -> None:  # noqa: F811
    found = _dataset(pkg, "智能座舱行车日志", "含车架号与行驶轨迹，已去标识化")
    assert [f.severity for f in found] == [Severity.HIGH]


def test_a_try_on_with_other_peoples_photos_asks_for_their_consent(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "用户在商品页点击“虚拟试穿”，上传人像照片后生成试穿效果图；也可上传朋友的照片替其挑选衣服。")
    found = [f for f in run_check(algo).findings if f.code == "safety.biometric_consent"]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_a_try_on_of_ones_own_photo_with_consent_is_not_reported(algo: Path) -> None:  # noqa: F811
    add_to_self_assessment(algo, "用户在商品页点击“虚拟试穿”，仅可上传本人照片，上传前单独同意《人像处理授权书》。")
    assert [f for f in run_check(algo).findings if f.code == "safety.biometric_consent"] == []


def test_the_applicant_opening_an_algorithm_commitment_on_what_it_commits() -> None:
    text = "算法备案承诺书\n星澜数字科技有限公司（统一社会信用代码：91330106MA2KEX3W7C）就星澜商品图生成算法的备案事项郑重承诺：所填信息真实。"
    found = [f.value for f in anchored_companies(set(), text, "承诺书.docx", "algo_commitment") if f.key == "company"]
    assert found == ["星澜数字科技有限公司"]


def test_the_applicant_signing_a_commitment() -> None:
    view = _doc("承诺书.docx", ["算法备案承诺书", "承诺单位（盖章）：星澜数字科技有限公司"])
    assert [f.value for f in facts_of(view, "algo_commitment") if f.key == "company"] == ["星澜数字科技有限公司"]
