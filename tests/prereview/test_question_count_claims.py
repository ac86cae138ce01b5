"""consistency.question_count_mismatch: a bank total the materials state against 附件5 itself.

Probes since the two-hundred-and-twenty-ninth hid “材料写的题数与附件不符” in reports (“应拒答测试题库共 600 题” over a
bank of 480); only the shortfall against the quota was reported. The bundled example holds 2,030 generated, 510
should-refuse and 520 non-refuse questions. The sentences below are written as consultancies write them, not as the
probes did."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beian.findings import Severity
from beian.prereview.rules.claimed_counts import _claimed_banks
from beian.prereview.vocab import fold
from prereview.helpers import BANK, REPORT, append_paragraphs, codes, pkg  # noqa: F401


def _keep_refuse_rows(root: Path, n: int) -> None:
    book = openpyxl.load_workbook(root / BANK)
    ws = book["应拒答测试题"]
    ws.delete_rows(n + 2, ws.max_row)
    book.save(root / BANK)


def test_a_stated_bank_the_workbook_does_not_hold_hides_the_shortfall(pkg: Path) -> None:  # noqa: F811
    _keep_refuse_rows(pkg, 470)
    append_paragraphs(pkg / REPORT, "测试题库由三部分构成，其中应拒答测试题：520道，均经两名评估员交叉复核。")
    found = codes(pkg, "consistency.question_count_mismatch")
    assert [f.severity for f in found] == [Severity.HIGH]
    assert "520" in found[0].message and "470" in found[0].message


def test_a_stated_bank_above_a_full_workbook_is_asked_about(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "评估使用了2,600道生成内容测试题，覆盖附录A全部31类风险。")
    found = codes(pkg, "consistency.question_count_mismatch")
    assert [f.severity for f in found] == [Severity.MEDIUM] and "生成内容" in found[0].message


def test_samples_quotas_and_rates_are_no_stated_total(pkg: Path) -> None:  # noqa: F811
    _keep_refuse_rows(pkg, 470)
    append_paragraphs(pkg / REPORT, "应拒答测试题不少于500道；从应拒答测试题库中随机抽取600题进行测试，"
                                    "应拒答测试题1,000题次拒答率97.5%。")
    assert codes(pkg, "consistency.question_count_mismatch") == []


def test_the_bank_named_after_the_number_and_the_bank_it_names() -> None:
    assert list(_claimed_banks(fold("题集共收录非拒答测试题库共计 1,050 道题目"))) == [("non_refuse", 1050.0)]
    assert list(_claimed_banks(fold("另编制800道不应拒答题目"))) == [("non_refuse", 800.0)]
    assert list(_claimed_banks(fold("生成内容测试题库：2,000题（每类不少于20题）"))) == [("generated", 2000.0)]
