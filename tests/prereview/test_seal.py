"""Scanned documents in a package: read by OCR, facts marked as such, seals looked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.prereview import ocr, run_check
from prereview.helpers import FORM
from prereview.test_ocr import DPI, _page, _stamp

pytestmark = pytest.mark.skipif(not ocr.available(), reason="未安装 OCR 组件（pip install 'beian[ocr]'），跳过扫描件测试")

LINES = ["生成式人工智能（大语言模型）上线备案表", "申请主体名称：上海星河智能科技有限公司",
         "统一社会信用代码：91310115MA1K4B3C25", "模型名称：星河问答大模型", "法定代表人（签字）：张伟   （盖章）"]


def _scanned_form(pkg: Path, stamped: bool) -> Path:
    """Replace the form's Word file by an image-only PDF of its cover page."""
    page = _page(LINES)
    if stamped:
        _stamp(page, (900, 560))
    (pkg / FORM).unlink()
    target = pkg / FORM.replace(".docx", ".pdf")
    page.save(target, resolution=DPI)  # type: ignore[attr-defined]
    return target


@pytest.mark.parametrize("stamped", [False, True])
def test_scanned_form_is_read_and_its_seal_looked_for(pkg: Path, stamped: bool) -> None:
    _scanned_form(pkg, stamped)
    findings = run_check(pkg).findings
    codes = {f.code for f in findings}
    assert ("materials.no_seal" in codes) is not stamped
    scanned = next(f for f in findings if f.code == "materials.scanned_pdf")
    assert "OCR" in scanned.message and scanned.severity.value == "info"
    assert not [f for f in findings if f.family == "consistency" and f.severity.rank >= 3]
