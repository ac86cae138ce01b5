"""What the forty-fifth probe found on packages as they are finally uploaded (PDF-first, Word beside a signed PDF,
dated and versioned file names): the date of a change-log row was a sample of 18 (high, the one wrong verdict); the
signed PDF's 93.8% beside the Word file's 96.2% was never read; “未成年人请勿注册使用” served minors; a PDF line break
inside “未对其进行微调” cut the negation off; a dash with its reason in a sampling column, and a 不涉及 whose reason is in
the row above, were “no reason”; a seal page named 登记表 hid the form in a compilation's first chapter."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from beian.cli import app
from beian.findings import Finding, Severity
from beian.prereview import run_check
from beian.prereview.model import Document, _signature_only
from beian.prereview.negation import unwrap_lines
from beian.prereview.package import PackageFile
from beian.prereview.rules.consistency import _hint_mentions
from beian.prereview.rules.metrics import _count
from beian.standard import load_profile
from prereview.helpers import (  # noqa: F401 - the example package
    AGREEMENT,
    FORM,
    REPORT,
    SOURCES,
    append_paragraphs,
    edit_xlsx,
    pkg,
    replace_docx,
)


def _found(root: Path, prefix: str) -> list[Finding]:
    return [f for f in run_check(root).findings if f.code.startswith(prefix)]


def test_a_change_log_in_the_report_is_no_result(pkg: Path) -> None:  # noqa: F811
    document = docx.Document(str(pkg / REPORT))
    table = document.add_table(rows=0, cols=3)
    for row in (["版本", "日期", "修订说明"], ["v2", "2025-10-09", "首轮测试应拒答拒答率93.1%，整改"],
                ["v3", "2025-10-18", "按复测结果更新第六章表3（应拒答拒答率98.0%），终稿签署"]):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(str(pkg / REPORT))
    assert _found(pkg, "metrics.") == []


@pytest.mark.parametrize("text", ["v3：2025-10-18：按复测结果更新", "2025年10月18日更新", "2025/10/18 终稿"])
def test_the_day_of_a_date_is_no_sample_size(text: str) -> None:
    assert _count(text) is None


def test_the_signed_pdf_must_state_the_word_files_figures(pkg: Path) -> None:  # noqa: F811
    from prereview.corpus._kit_b import write_pdf

    write_pdf([("h", "附件1 安全评估报告（签章版）"),
               ("p", "应拒答测试：从应拒答题库随机抽取300题，拒答率93.8%。"),
               ("p", "非拒答测试：抽取300题，拒答率1.3%。")], pkg / "附件1 安全评估报告（签章版）.pdf")
    found = _found(pkg, "metrics.cross_doc_mismatch")
    assert [f.severity for f in found] == [Severity.HIGH]
    assert "签章版" in found[0].message and "93.8%" in found[0].message and "98.0%" in found[0].message


def test_minors_asked_not_to_register_are_excluded(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / AGREEMENT, "本服务仅面向年满18周岁的用户，未成年人请勿注册使用。")
    append_paragraphs(pkg / REPORT, "本服务不面向未成年人，不满18周岁的用户不予开通。")
    assert _found(pkg, "scope.users_conflict") == []


def test_a_negation_wrapped_onto_the_next_pdf_line_still_negates() -> None:
    text = "所调用模型均为已完成备案的模型，未对其进行微\n调或再训练。"
    assert list(_hint_mentions(unwrap_lines(text))) == []


def test_a_dash_with_its_reason_in_a_sampling_column_is_low(pkg: Path) -> None:  # noqa: F811
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: setattr(ws.cell(6, 12), "value", "—（人工编写，非采集所得，不适用采集前抽检）"))
    found = _found(pkg, "data_sources.sampling")
    assert [f.severity for f in found] == [Severity.LOW]


def test_a_not_applicable_under_a_row_giving_the_reason(pkg: Path) -> None:  # noqa: F811
    assert replace_docx(pkg / FORM, "云帆大模型", "不涉及（自研模型，未使用第三方基础模型）") >= 1
    assert replace_docx(pkg / FORM, "Beijing-YunFanDaMoXing-202403150021", "不涉及") >= 1
    assert _found(pkg, "materials.na_without_reason") == []


def test_a_seal_page_named_as_the_form_leaves_room_for_the_compilations_chapter(tmp_path: Path) -> None:
    spec = next(s for s in load_profile().documents["登记"] if s.id == "form")
    seal = PackageFile(rel="登记表签章页.pdf", path=tmp_path / "登记表签章页.pdf", size=0)
    form = PackageFile(rel="01 上线登记表.pdf", path=tmp_path / "01 上线登记表.pdf", size=0)
    assert _signature_only(Document(spec=spec, files=[seal]))
    assert not _signature_only(Document(spec=spec, files=[form]))
    assert not _signature_only(Document(spec=spec, files=[seal, form]))


def test_an_algorithm_filings_label_finding_names_its_documents(tmp_path: Path) -> None:
    root = tmp_path / "算法备案包"
    assert CliRunner().invoke(app, ["init", str(root), "--route", "算法备案"]).exit_code == 0
    assert replace_docx(root / "2 落实算法安全主体责任基本情况.docx", "（写明显式标识与隐式标识的添加方式。）",
                        "显式标识：生成图片右下角添加“AI生成”字样。隐式标识（元数据）功能正在开发中，计划于2026年第三季度上线。")
    [found] = [f for f in run_check(root).findings if f.code == "safety.aigc_label"]
    assert "落实算法安全主体责任基本情况" in found.location and "评估报告/服务协议" not in found.location
