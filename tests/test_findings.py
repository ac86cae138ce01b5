"""The shared result vocabulary."""

from __future__ import annotations

import pytest

from beian.findings import Finding, Severity, worst


def test_severity_order_and_chinese_labels() -> None:
    assert Severity.BLOCKER.at_least(Severity.HIGH) and not Severity.LOW.at_least(Severity.MEDIUM)
    assert Severity.parse("高") is Severity.HIGH and Severity.parse("Blocker") is Severity.BLOCKER
    with pytest.raises(ValueError, match="未知的严重程度"):
        Severity.parse("critical")


def test_finding_serialises_for_json_reports() -> None:
    f = Finding(code="materials.missing", message="缺少附件4", severity=Severity.HIGH, location="附件4")
    data = f.to_dict()
    assert data["severity"] == "high" and data["location"] == "附件4" and "span" not in data
    assert worst([f, Finding(code="x", message="y", severity=Severity.LOW)]) is Severity.HIGH
    assert worst([]) is None
