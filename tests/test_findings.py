"""The shared result vocabulary."""

from __future__ import annotations

import pytest

from beian.findings import Finding, Severity, Span, worst


def test_severity_order_and_chinese_labels() -> None:
    assert Severity.BLOCKER.at_least(Severity.HIGH) and not Severity.LOW.at_least(Severity.MEDIUM)
    assert Severity.parse("高") is Severity.HIGH and Severity.parse("Blocker") is Severity.BLOCKER
    with pytest.raises(ValueError, match="未知的严重程度"):
        Severity.parse("critical")


def test_span_relations() -> None:
    assert Span(0, 10).covers(Span(2, 5)) and not Span(2, 5).covers(Span(0, 10))
    assert Span(0, 3).overlaps(Span(2, 5)) and not Span(0, 2).overlaps(Span(2, 5))
    with pytest.raises(ValueError):
        Span(5, 2)


def test_finding_serialises_for_json_reports() -> None:
    f = Finding(code="materials.missing", message="缺少附件4", severity=Severity.HIGH, span=Span(1, 2))
    data = f.to_dict()
    assert data["severity"] == "high" and data["span"] == {"start": 1, "end": 2}
    assert worst([f, Finding(code="x", message="y", severity=Severity.LOW)]) is Severity.HIGH
    assert worst([]) is None
