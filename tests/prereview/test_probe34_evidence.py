"""Evidence that points at the right words, after the thirty-fourth probe: a complaint paragraph without a time limit
was located at an earlier passing mention (“设立知识产权投诉渠道”), and excerpts marked hits with 【】 as filers do."""

from __future__ import annotations

from pathlib import Path

from beian.prereview import run_check
from prereview.helpers import AGREEMENT, REPORT, pkg, replace_docx  # noqa: F401 - the example package

COMPLAINT = "收到投诉后 7 个工作日内处理并反馈结果"


def test_a_complaint_without_a_time_limit_is_quoted_where_handling_is_described(pkg: Path) -> None:  # noqa: F811
    for name in (REPORT, AGREEMENT):
        assert replace_docx(pkg / name, COMPLAINT, "收到投诉后将尽快处理并将结果反馈给您") >= 1
    assert replace_docx(pkg / REPORT, "个人信息经去标识化处理。",
                        "个人信息经去标识化处理。知识产权：设立知识产权投诉渠道（ip@xinghe-ai.example）。") == 1
    [hit] = [f for f in run_check(pkg).findings if f.code == "safety.complaint_channel" and "处理时限" in f.message]
    assert hit.evidence is not None and "尽快处理" in hit.evidence and "知识产权" not in hit.evidence
