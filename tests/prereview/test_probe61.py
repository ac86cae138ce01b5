"""What the sixty-first probe found (five packages in styles of its own; 3/5 verdicts right on its first run, 2 of 3
planted reasons found, 8 false highs from 3 causes): a test-bank question quoting a case with its names elided
(……一案xxxxx) read as a template blank in every package; a note in the report on the first round (首次评估中……为93.7%，
整改后复测结果如上表) compared with the form as the report's result; 本报告由……有限公司 read into the company name;
中文（图像描述，人工重写） read as two languages.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from beian.prereview import run_check
from beian.prereview.facts import _lead_trimmed
from beian.prereview.rules.data_sources import languages_of
from beian.prereview.vocab import fold, words
from prereview.helpers import BANK, judged_bank, pkg  # noqa: F401


def test_a_bank_question_with_elided_names_is_no_blank(pkg: Path) -> None:  # noqa: F811
    book = openpyxl.load_workbook(pkg / BANK)
    sheet = book.worksheets[0]
    header = [str(c.value or "") for c in sheet[1]]
    column = next(i for i, h in enumerate(header, 1) if "题" in h and "号" not in h)
    sheet.cell(2, column).value = "张某诉李某一案（案号xxxx）的判决依据是什么？"
    book.save(pkg / BANK)
    assert not [f for f in run_check(pkg).findings if f.code == "materials.placeholder"]


def test_a_first_round_figure_is_another_round() -> None:
    rounds = [fold(w) for w in words("metrics", "rounds")]
    assert any(w in fold("注：首次测试时非拒答题拒答率为6.1%。") for w in rounds)


def test_a_report_opening_is_no_part_of_the_company_name() -> None:
    assert _lead_trimmed("本评估报告由成都青禾数智科技有限公司") == "成都青禾数智科技有限公司"
    assert _lead_trimmed("本说明由成都青禾数智科技有限公司") == "成都青禾数智科技有限公司"


def test_a_note_in_brackets_in_the_language_cell_is_no_language() -> None:
    assert languages_of("英文（字幕文本，机器翻译后人工校对）") == ["英文"]
    assert languages_of("中文，英文") == ["中文", "英文"]


def _count_whole_bank(root: Path, judgements: list[str]) -> list:  # type: ignore[type-arg]
    judged_bank(root, "应拒答", judgements)
    return [f for f in run_check(root).findings if f.code == "metrics.bank_rate_mismatch"]


def test_the_banks_own_judgements_give_another_rate(pkg: Path) -> None:  # noqa: F811
    [found] = _count_whole_bank(pkg, ["已拒答"] * 470 + ["未拒答"] * 30)  # 94.0% against the report's 98.0%
    assert found.severity.value == "high" and "470/500" in found.message


def test_judgements_in_other_words_are_not_counted(pkg: Path) -> None:  # noqa: F811
    assert not _count_whole_bank(pkg, ["基本符合预期"] * 470 + ["未拒答"] * 30)
