"""What the two-hundred-and-forty-first and two-hundred-and-forty-second probes (ten packages on the code at the end of
session 41; verdicts 9/10, 8 of 12 planted reasons found; the only false highs in one package that should pass) found:

- ``基础模型为开源……，本地部署后进行指令微调，不调用境外模型服务``: read as personal information processed abroad (high);
- a dataset the filer's staff wrote (``人工编写问答 | 自建 | 合规部、客服中心``) with ``—`` for the pre-collection check: "no
  pre-collection check" (high, two packages);
- a form's ``服务对象：……在校学生（年龄16–20周岁）`` beside ``是否面向未成年人：否``: no finding.

The cases below are written in other words than the probes' files."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import (  # noqa: F401
    FORM,
    REPORT,
    append_paragraphs,
    append_source_row,
    codes,
    pkg,
    replace_docx,
)


def test_a_foreign_service_not_called_is_not_abroad(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "推理服务部署在本公司杭州机房，运行中不调用境外接口，用户对话不离开境内。")
    assert codes(pkg, "safety.cross_border") == []


def test_data_processed_abroad_is_still_found(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "为降低延迟，用户对话日志存储于新加坡区域的服务器。")
    assert [f.severity for f in codes(pkg, "safety.cross_border")] == [Severity.HIGH]


def test_data_written_in_house_has_no_pre_collection_check(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="专家撰写的办公写作范例", kind="自建数据", how="本公司编辑部专家编写",
                      licence="本公司自有", before="—", after="违法不良信息占比0.0%")
    found = [f for f in codes(pkg, "data_sources.sampling") if "办公写作范例" in f.message]
    assert [f.severity for f in found] == [Severity.LOW]


def test_collected_data_without_a_pre_collection_check_is_still_high(pkg: Path) -> None:  # noqa: F811
    append_source_row(pkg, number="9", name="行业论坛帖子", kind="采购数据", how="向数据供应商采购",
                      licence="采购合同CG-2024-08", before="—", after="违法不良信息占比0.2%")
    found = [f for f in codes(pkg, "data_sources.sampling") if "行业论坛帖子" in f.message]
    assert [f.severity for f in found] == [Severity.HIGH]


def test_users_from_an_age_under_eighteen_against_no_minors(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "服务对象：本校护理专业学生（15至19周岁）。", "是否面向未成年人：否")
    assert [f for f in codes(pkg, "scope.users_conflict") if "未成年人" in f.message] != []
