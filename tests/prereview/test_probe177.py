"""What the hundred-and-seventy-seventh and hundred-and-seventy-eighth probes (ten packages on the code after session
38's fourth round; 7 of 9 planted reasons found, one false high) found:

- a children's app that collects voiceprints ``在收集前取得监护人的单独书面同意``: read as no separate consent (a false
  high; only 单独同意 side by side was read);
- a purchased sales-lead dataset whose licence cell says ``双方未签订书面数据授权协议``: missed (words stood between the
  signing and the agreement);
- an agreement's supplement ``因使用本服务生成内容所引起的一切法律责任，均由用户自行承担``: missed (only a waiver that
  names unlawful content was read).

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import AGREEMENT, PRIVACY, append_paragraphs, append_source_row, codes, pkg  # noqa: F401


def test_a_separate_written_consent_for_voiceprints_is_a_separate_consent(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "口语测评需要采集学生的声纹特征，我们会事先取得监护人的单独书面授权同意。")
    assert codes(pkg, "safety.sensitive_consent") == []


def test_voiceprints_without_any_separate_consent_are_still_reported(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / PRIVACY, "口语测评需要采集学生的声纹特征，注册即视为同意。")
    assert [f.severity for f in codes(pkg, "safety.sensitive_consent")] == [Severity.HIGH]


def test_a_purchase_without_a_signed_data_licence_agreement_is_high(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="外购商户点评语料", kind="商业语料", how="采购",
                      licence="供应商承诺来源合法，尚未签署正式的数据使用许可合同", period="2025-02", pi="不含个人信息",
                      size="8万条", before="违法不良信息占比0.4%")
    assert Severity.HIGH in [f.severity for f in codes(pkg, "data_sources.no_contract")]


def test_handing_every_legal_liability_for_generated_content_to_users_is_a_waiver(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "附：补充约定", "第三条 用户使用本服务输出的内容所产生的全部法律责任由用户自行承担。")
    assert [f.severity for f in codes(pkg, "safety.liability_waiver")] == [Severity.HIGH]


def test_an_accuracy_disclaimer_is_no_waiver(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "第三条 生成内容仅供参考，我们不保证其准确完整，请用户自行判断。")
    assert codes(pkg, "safety.liability_waiver") == []
