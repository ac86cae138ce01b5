"""What the sixty-fifth probe found (five packages in styles of its own; 4/5 verdicts right on its first run, 3 of 4
planted reasons found, no false high): a resubmission whose privacy policy still kept 对话记录与网络日志 for 3 months
while the report said 6 was only medium "请核对" (the two might speak of different logs). When the short sentence names
the same kind of log as the compliant one, or the network log the law speaks of, it is high.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.helpers import PRIVACY, pkg, replace_docx  # noqa: F401

OLD = "日志留存：网络日志与生成记录留存不少于6个月，仅用于安全审计，访问须经审批。"


@pytest.mark.parametrize(("sentence", "severity"), [
    ("日志留存：网络日志保存九十天，到期自动清除。", Severity.HIGH),          # the law's network log
    ("日志留存：用户操作日志保存3个月，到期清除。", Severity.MEDIUM),       # another kind of log: asked, not decided
])
def test_a_shorter_log_period_elsewhere(pkg: Path, sentence: str, severity: Severity) -> None:  # noqa: F811
    assert replace_docx(pkg / PRIVACY, OLD, sentence) > 0
    found = [f for f in run_check(pkg).findings if f.code == "safety.log_retention"]
    assert [f.severity for f in found] == [severity]
