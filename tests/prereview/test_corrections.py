"""A 补正说明 that says a material was rectified, against what that material still says (the sixty-fifth probe: the
statement said the privacy policy's log period was changed to six months, the policy still said three).

Written in other words than the probe's files: another log kind, another statement layout (paragraphs as well as a
table), the statement's name only in its title."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.helpers import PRIVACY, pkg, replace_docx  # noqa: F401

SHORT_LOGS = "操作日志留存3个月"


def _log_findings(root: Path) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == "safety.log_retention"]


def _statement(root: Path, name: str, title: str, rows: list[list[str]], paragraphs: tuple[str, ...] = ()) -> None:
    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(root / "其他佐证" / name))


HEAD = ["编号", "反馈意见", "处理结果", "涉及文件"]


@pytest.fixture()
def short(pkg: Path) -> Path:  # noqa: F811
    assert replace_docx(pkg / PRIVACY, "网络日志与生成记录留存不少于6个月", SHORT_LOGS) == 1
    return pkg


def test_without_a_statement_another_kind_of_log_is_a_doubt(short: Path) -> None:
    [found] = _log_findings(short)
    assert found.severity is Severity.MEDIUM and "补正说明" not in found.message


def test_a_statement_saying_the_named_material_was_rectified_makes_it_high(short: Path) -> None:
    _statement(short, "第二轮反馈处理情况.docx", "关于第一轮审核意见的答复",
               [HEAD, ["2", "日志保存时间不够", "已把操作日志的保存时间改成六个月以上，并更新隐私保护政策第二部分", "隐私保护政策"]])
    [found] = _log_findings(short)
    assert found.severity is Severity.HIGH
    assert "第二轮反馈处理情况.docx 表1 第2行" in found.message and "已把操作日志" in found.message
    assert found.location.startswith(PRIVACY)


def test_a_claim_in_a_paragraph_counts_too(short: Path) -> None:
    _statement(short, "补正说明.docx", "补正说明", [["说明"], ["见下文"]],
               ("三、关于日志：已修订《隐私保护政策》，日志一律保存半年以上。",))
    [found] = _log_findings(short)
    assert found.severity is Severity.HIGH and "补正说明.docx 第2段" in found.message


@pytest.mark.parametrize("row", [
    ["2", "日志保存时间不够", "已把日志保存时间改成六个月以上", "模型服务协议"],  # names another material
    ["2", "未说明生成内容标识", "已在隐私保护政策中补充显式标识说明", "隐私保护政策"],  # another topic
    ["2", "日志保存时间不够", "拟于下一版本修订隐私保护政策中的日志期限", "隐私保护政策"],  # not said done
])
def test_a_claim_elsewhere_on_another_topic_or_not_done_changes_nothing(short: Path, row: list[str]) -> None:
    _statement(short, "补正说明.docx", "补正说明", [HEAD, row])
    [found] = _log_findings(short)
    assert found.severity is Severity.MEDIUM and "补正说明" not in found.message


def test_every_topic_names_a_rule_code_or_a_family() -> None:
    from beian.prereview.catalog import load_catalog
    from beian.prereview.vocab import section

    codes = set(load_catalog().rules)
    families = {c.split(".")[0] for c in codes}
    assert all(key in codes or key in families for key in section("corrections", "topics"))


def test_a_test_bank_said_expanded_and_still_short_names_the_claim(pkg: Path) -> None:  # noqa: F811
    import openpyxl

    book = openpyxl.load_workbook(pkg / "附件5 评估测试题.xlsx")
    sheet = next(ws for ws in book.worksheets if "应拒答" in ws.title and "非" not in ws.title)
    sheet.delete_rows(300, sheet.max_row)  # a few hundred questions short
    book.save(pkg / "附件5 评估测试题.xlsx")
    _statement(pkg, "整改报告.docx", "整改报告",
               [HEAD, ["1", "应拒答题数量不足", "已按要求补充应拒答题目至六百道", "附件5 评估测试题"]])
    [found] = [f for f in run_check(pkg).findings if f.code == "safety.bank_total"]
    assert "整改报告.docx 表1 第2行" in found.message and found.severity is Severity.HIGH
