"""What the fortieth probe (packages meant to pass, 2026-12-05) found: a licence cell naming a non-commercial licence
only to exclude it (剔除CC BY-NC图片, 其中CC BY-NC-SA部分未使用, 商用部分仅取公有领域子集) was a high nc_licence, and a
signed licence saying 允许商用 was not read as a grant."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.helpers import SOURCES, edit_xlsx, pkg  # noqa: F401 - the example package


@pytest.mark.parametrize(("licence", "severity"), [
    ("CC BY-NC-SA 4.0 及各子集许可，商用部分仅取公有领域子集", Severity.MEDIUM),
    ("仅使用公有领域子集；其中CC BY-NC-SA 4.0部分未使用", Severity.MEDIUM),
    ("CC-BY 4.0（元数据）；图片来源站点许可逐条核验，剔除CC BY-NC图片", Severity.MEDIUM),
    ("与北京智源人工智能研究院签订的数据使用授权书（允许商用，不受原公开版“仅限非商业研究”限制）", None),
    ("CC BY-NC-SA 4.0（研究用途）", Severity.HIGH),
])
def test_a_non_commercial_licence_named_only_to_be_excluded_is_a_doubt(
        pkg: Path, licence: str, severity: Severity | None) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: setattr(ws.cell(6, 5), "value", licence))
    found = [f for f in run_check(pkg).findings if f.code == "data_sources.nc_licence"]
    assert [f.severity for f in found] == ([severity] if severity else [])
    assert all("▶" in (f.evidence or "") for f in found)
