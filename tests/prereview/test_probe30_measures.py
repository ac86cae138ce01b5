"""Safety measures the thirtieth probe wrote in ways the check did not read: an implicit label only planned
(隐式标识功能正在开发，计划于…上线) or refused (不在元数据中添加隐式标识) passed as present; an emergency plan in its own
file of the evidence folder was never read (事件分级 reported missing though the plan had a section for it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.rules.safety import _labels
from beian.prereview.vocab import fold
from beian.templates.writer import write_docx
from prereview.helpers import REPORT, pkg, replace_docx  # noqa: F401 - the example package fixture

SHOWN = "生成的文字下方显示“内容由AI生成”的显式标识。"


@pytest.mark.parametrize(("text", "severity", "said"), [
    (SHOWN + "隐式标识功能正在开发，计划于2026年第一季度上线。", Severity.HIGH, "尚未实施"),
    (SHOWN + "本服务不在图片文件元数据中添加隐式标识。", Severity.HIGH, "不添加"),
    (SHOWN + "元数据标识拟于下一阶段实现。", Severity.HIGH, "尚未实施"),
    (SHOWN, Severity.MEDIUM, "未找到"),
])
def test_a_label_planned_or_refused_is_not_in_place(text: str, severity: Severity, said: str) -> None:
    found = list(_labels(fold(text)))
    assert len(found) == 1 and found[0].severity == severity and said in found[0].message


@pytest.mark.parametrize("text", [
    SHOWN + "图片文件的元数据中写入隐式标识（服务提供者名称与内容编号）。",
    SHOWN + "我们将在生成图片的元数据中嵌入隐式标识；用户不得删除、篡改或隐匿隐式标识。",  # a commitment, an obligation
])
def test_labels_in_place_are_not_reported(text: str) -> None:
    assert list(_labels(fold(text))) == []


def test_an_emergency_plan_in_its_own_evidence_file_is_read(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / REPORT, "应急预案", "处置安排") > 0
    assert "safety.emergency_plan" in {f.code for f in run_check(pkg).findings}
    write_docx(pkg / "其他佐证" / "网络安全事件应急处置预案.docx", "网络安全事件应急处置预案", [
        ("h", "一、应急组织"), ("p", "成立应急领导小组，组长由首席技术官担任，成员包括安全、法务、客服负责人。"),
        ("h", "二、事件分级"), ("p", "按影响范围与危害程度将事件分为特别重大、重大、较大、一般四级。"),
        ("h", "三、处置流程"), ("p", "发现、研判、上报、处置、恢复、复盘六个环节，重大事件2小时内上报属地网信部门。"),
        ("h", "四、联系方式"), ("p", "应急值班电话：021-5888 6600，值班邮箱 duty@example.com。"),
        ("h", "五、培训与演练"), ("p", "每半年组织一次应急演练并留存记录。"),
    ])
    assert "safety.emergency_plan" not in {f.code for f in run_check(pkg).findings}


def test_an_emergency_plan_as_a_text_pdf_in_the_evidence_folder_is_read(pkg: Path) -> None:  # noqa: F811
    """The thirty-fifth probe: evidence PDFs were not read, so a plan exported to PDF counted as absent (high)."""
    from prereview.corpus._kit_b import write_pdf

    assert replace_docx(pkg / REPORT, "应急预案", "处置安排") > 0
    write_pdf([("h", "网络安全事件应急处置预案"),
               ("p", "一、应急组织：成立应急领导小组，组长由首席技术官担任。"),
               ("p", "二、事件分级：按影响范围与危害程度将事件分为重大、较大、一般三级。"),
               ("p", "三、处置流程：发现、研判、上报、处置、恢复、复盘，重大事件2小时内上报属地网信部门。"),
               ("p", "四、联系方式：应急值班电话021-5888 6600。五、演练：每半年组织一次应急演练。")],
              pkg / "其他佐证" / "应急处置预案（盖章版）.pdf")
    (pkg / "其他佐证" / "营业执照扫描件.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")  # no text layer: read as nothing
    findings = run_check(pkg).findings
    assert "safety.emergency_plan" not in {f.code for f in findings}
    assert not any("营业执照扫描件" in (f.location or "") for f in findings)
