"""What the independent probe of `beian check` with six packages written by another consultancy's hand (2026-12-05)
found on packages that should pass: screenshots pasted into Word ignored, a metric row whose subject only the heading
names, default-off training and 改进计划 opt-out wordings, 不适用 in a sampling cell, one missing third-party report
reported twice, and an English exception name in the corrupt-file message."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from beian.findings import Finding, Severity
from beian.prereview import run_check
from prereview.helpers import REPORT, SOURCES, edit_xlsx, replace_docx


def _codes(root: Path) -> list[Finding]:
    return run_check(root).findings


def _word_with_picture(path: Path, picture: bytes) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("附图：投诉入口与训练开关截图")
    document.add_picture(io.BytesIO(picture))
    document.save(str(path))


def test_screenshots_pasted_into_word_are_evidence(pkg: Path) -> None:
    folder = pkg / "其他佐证" / "截图"
    picture = next(folder.glob("*.png")).read_bytes()
    shutil.rmtree(folder)
    assert any(f.code == "safety.evidence" for f in _codes(pkg))  # no picture anywhere: said
    _word_with_picture(pkg / "其他佐证" / "附件7-4 安全措施截图汇编.docx", picture)
    assert not any(f.code == "safety.evidence" for f in _codes(pkg))


def test_a_metric_row_whose_subject_is_in_the_heading_above(pkg: Path) -> None:
    assert replace_docx(pkg / REPORT, "六、评估结果", "六、语料安全抽检结果") == 1
    assert replace_docx(pkg / REPORT, "语料技术抽检", "技术抽检（关键词+分类模型）") >= 1
    found = [f for f in _codes(pkg) if f.code.startswith("metrics.") and "语料技术抽检" in f.message]
    assert found == []


def test_default_off_training_with_an_improvement_plan_switch_is_an_opt_out(pkg: Path) -> None:
    words = "默认不使用用户输入训练；用户可在“我的-设置-隐私-改进计划”中关闭（2次点击）"
    for name, old, new in (
            (REPORT, "用户关闭训练使用：用户可在“设置—隐私”中关闭训练开关，从主界面起2次点击即可完成；关闭后其输入不用于模型训练。",
             words),
            (REPORT, "用户输入用于训练的处理与关闭方式", "用户输入的处理方式"),
            ("附件2 模型服务协议.docx", "用户可在“设置—隐私”中关闭训练开关，关闭后其输入不用于模型训练。", words),
            ("附件2.2 隐私保护政策.docx", "，或关闭训练开关撤回授权", "")):
        assert replace_docx(pkg / name, old, new) == 1, old
    assert not any(f.code == "safety.opt_out" for f in _codes(pkg))


def test_not_applicable_sampling_with_its_reason_is_a_low_note(pkg: Path) -> None:
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.cell(row=2, column=12, value="不适用（人工编写）"))
    [hit] = [f for f in _codes(pkg) if f.code == "data_sources.sampling"]
    assert hit.severity is Severity.LOW and "不适用" in hit.message


def test_a_missing_third_party_report_is_reported_once(pkg: Path) -> None:
    sentence = "第三方安全测试报告见附件6《第三方安全测试报告》（报告编号 ZC-2025-0417），结论见附件6。"
    assert replace_docx(pkg / REPORT, "总体结论：", f"{sentence}总体结论：") == 1
    cited = [f for f in _codes(pkg) if f.code == "materials.cited_attachment_missing"]
    assert [(f.severity, "第三方" in f.message) for f in cited] == [(Severity.HIGH, True)]


def test_a_corrupt_word_file_is_named_in_chinese(pkg: Path) -> None:
    (pkg / REPORT).write_bytes(b"PK\x03\x04 not really a zip")
    [hit] = [f for f in _codes(pkg) if f.code == "materials.corrupt_file"]
    assert hit.message == "文件已损坏或格式与扩展名不符，无法读取。" and "Error" in (hit.evidence or "")
