"""A service whose generated text is only shown on screen (no download, no export) and that writes nothing about the
implicit label: the implicit label lives in file metadata, so check asks at a low severity instead of the medium
“未找到隐式标识” (the eighty-third probe's voice-coaching service was asked the medium question). A service that says
nothing about how content leaves it is still asked at medium. Written in other words than the probe's."""

from __future__ import annotations

from pathlib import Path

from beian.findings import Severity
from prereview.helpers import AGREEMENT, REPORT, codes, pkg, replace_docx  # noqa: F401

LABEL_LINE = ("生成内容标识：对话界面以文字提示添加显式标识“内容由人工智能生成”；导出文件在元数据中写入隐式标识"
              "（生成合成标签、服务提供者名称、内容编号）。")
AGREEMENT_LINE = "生成内容带有显式标识和隐式标识，用户不得删除或篡改。"


def _explicit_only(root: Path, how_shown: str) -> None:
    assert replace_docx(root / REPORT, LABEL_LINE, f"生成内容标识：回复上方以文字提示添加显式标识“内容由人工智能生成”。{how_shown}") == 1
    assert replace_docx(root / AGREEMENT, AGREEMENT_LINE, "生成内容带有显式标识，用户不得删除或篡改。") == 1


def test_text_shown_only_on_screen_is_asked_at_low(pkg: Path) -> None:  # noqa: F811
    _explicit_only(pkg, "回复仅在聊天框内以文字显示，本产品不提供文件下载。")
    [found] = codes(pkg, "safety.aigc_label")
    assert found.severity is Severity.LOW and "隐式标识" in found.message


def test_nothing_said_about_files_stays_medium(pkg: Path) -> None:  # noqa: F811
    _explicit_only(pkg, "")
    [found] = codes(pkg, "safety.aigc_label")
    assert found.severity is Severity.MEDIUM
