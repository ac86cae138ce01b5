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


def _compile(clean: Path, dest: Path) -> Path:
    """The clean 登记 package of the register style with its five Word materials compiled into one file, one chapter
    each (their separate Word and PDF files removed), as consultancies file a 登记材料汇编."""
    import docx
    from docx.table import Table

    from beian.templates.writer import write_docx

    shutil.copytree(clean, dest)
    blocks: list[tuple[str, object]] = [("p", "目录")]
    chapters = (("1.登记表-途灵科技", "调用已备案大模型上线登记表信息"), ("2.调用已备案模型情况说明", "调用已备案模型情况说明"),
                ("3.产品服务协议", "用户服务协议"), ("4.隐私政策", "隐私保护政策"), ("5.内容安全管理制度（2025年3月修订版）", "内容安全管理制度"))
    blocks += [("p", f"第{'一二三四五'[k]}章 {title}") for k, (_, title) in enumerate(chapters)]  # a table of contents
    for k, (stem, title) in enumerate(chapters):
        blocks.append(("h", f"第{'一二三四五'[k]}章 {title}"))
        for block in docx.Document(str(dest / f"{stem}.docx")).iter_inner_content():
            if isinstance(block, Table):
                blocks.append(("table", [[c.text for c in row.cells] for row in block.rows]))
            elif block.text.strip():
                blocks.append(("p", block.text))
        (dest / f"{stem}.docx").unlink()
        (dest / f"{stem}.pdf").unlink()
    write_docx(dest / "途灵旅行助手-生成式人工智能服务登记材料汇编（定稿）.docx", "途灵旅行助手 登记材料汇编", blocks)
    return dest


def test_a_compiled_registration_file_is_read_chapter_by_chapter(tmp_path: Path) -> None:
    from prereview.corpus import style_register

    clean = next(c for c in style_register.build(tmp_path / "built") if c.name == "clean")
    compiled = _compile(clean.path, tmp_path / "途灵旅行助手 登记材料")
    report = run_check(compiled)  # the route from the file name: 登记材料
    assert report.route == "登记" and not [f for f in report.findings if f.severity.at_least(Severity.HIGH)], [
        (f.code, f.message) for f in report.findings if f.severity.at_least(Severity.HIGH)]
    located = {f.location for f in report.findings if f.code == "materials.missing_pair"}
    assert any("（第五章 内容安全管理制度）" in loc for loc in located)  # a chapter named where its findings are


def test_one_file_named_for_two_materials_is_both(pkg: Path) -> None:
    (pkg / "附件2.2 隐私保护政策.docx").rename(pkg / "附件2 隐私保护政策及模型服务协议.docx.tmp")
    (pkg / "附件2 模型服务协议.docx").unlink()
    (pkg / "附件2 隐私保护政策及模型服务协议.docx.tmp").rename(pkg / "附件2 隐私保护政策及模型服务协议.docx")
    report = run_check(pkg)
    assert not [f for f in report.findings if f.code == "materials.missing_document"]
    docs = {d["id"]: d["files"] for d in report.to_dict()["documents"]}
    assert docs["privacy_policy"] == docs["service_agreement"] == ["附件2 隐私保护政策及模型服务协议.docx"]


def test_a_cover_sheet_naming_the_keyword_list_is_not_the_list(pkg: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(str(pkg / "附件4 拦截关键词列表.xlsx"))
    cover = wb.create_sheet("说明", 0)
    for row in (("工作表", "内容", "数量"), ("关键词库", "拦截关键词（17 类）", 10460)):
        cover.append(row)
    wb.save(str(pkg / "附件4 拦截关键词列表.xlsx"))
    assert not [f for f in run_check(pkg).findings if f.code == "safety.keyword_layout"]


def test_beian_yaml_may_name_one_file_for_several_materials(pkg: Path) -> None:
    (pkg / "附件2 模型服务协议.docx").unlink()
    with (pkg / "beian.yaml").open("a", encoding="utf-8") as fh:
        fh.write("documents:\n  service_agreement: 附件2.2 隐私保护政策.docx\n  privacy_policy: 附件2.2 隐私保护政策.docx\n")
    assert not [f for f in run_check(pkg).findings if f.code == "materials.missing_document"]


def test_without_a_source_list_the_vague_source_sentence_is_quoted(pkg: Path) -> None:
    (pkg / SOURCES).unlink()
    assert replace_docx(pkg / REPORT, "训练语料共5个来源，逐一列于其他佐证中的数据溯源清单；", "本模型训练语料来源于公开数据集；") == 1
    [hit] = [f for f in _codes(pkg) if f.code == "data_sources.vague"]
    assert hit.severity is Severity.HIGH and "来源于公开数据集" in hit.message and REPORT in hit.location
