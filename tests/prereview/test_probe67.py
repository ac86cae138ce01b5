"""What the sixty-seventh probe found (five packages in styles of its own; 4/5 verdicts right on its first run, 3 of 4
planted reasons fully found, 0 false blockers/highs): a writing assistant whose generated drafts are exported as TXT and
DOCX files described only the visible label; the missing implicit label (file metadata) was medium, so the package
passed. Generated text handed over as a file is a file GB 45438 labels in its metadata, as a picture is.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

import pytest

from beian.findings import Severity
from beian.prereview.rules.safety import _labels
from beian.prereview.vocab import fold

VISIBLE = "每段回复末尾显示“内容由AI生成”字样。"


@pytest.mark.parametrize("export", ["作者可一键把章节另存为Word文档。", "支持将润色结果下载为PDF。",
                                    "生成的合同草稿可导出为 .docx 文件。"])
def test_text_exported_as_a_file_without_the_implicit_label_is_high(export: str) -> None:
    [found] = _labels(fold(VISIBLE + export))
    assert found.severity is Severity.HIGH and "隐式标识" in found.message


@pytest.mark.parametrize(("other", "severity"), [("", Severity.MEDIUM), ("作者可复制文本到剪贴板。", Severity.MEDIUM),
                                               ("本服务不提供导出文件功能，内容只在对话框内展示。", Severity.LOW)])
def test_text_shown_only_in_the_dialogue_stays_a_doubt(other: str, severity: Severity) -> None:
    """A doubt either way; lower where the materials say no file leaves the service (2026-12-06, the eighty-third probe)."""
    [found] = _labels(fold(VISIBLE + other))
    assert found.severity is severity


def test_an_exported_file_with_its_metadata_label_raises_nothing() -> None:
    assert list(_labels(fold(VISIBLE + "导出的DOCX文件在文件属性中写入隐式标识。"))) == []
