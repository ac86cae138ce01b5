"""What the seventy-second probe found (five packages in styles of its own; 3/5 verdicts right on its first run, 0 of 2
planted reasons fully found, 1 partly, 0 false blockers/highs): annotation rules describing only the categories (no
annotator training, no verification of results) raised nothing (``data_sources.annotation_rules``, new, seeded in
``test_defects``); a bought dataset whose sampling cells said only “供应商已完成清洗并出具质量承诺函”, beside four
datasets with their shares, was a medium “请人工确认”.

The cases below are written in other words than the probe's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.findings import Severity
from beian.prereview import run_check
from prereview.helpers import SOURCES, edit_xlsx, pkg  # noqa: F401

RULES = "附件3 语料标注规则.docx"


def _annotation(root: Path, *texts: str) -> list:  # type: ignore[type-arg]
    import docx

    document = docx.Document()
    for text in ("附件3 语料标注规则", *texts):
        document.add_paragraph(text)
    document.save(str(root / RULES))
    return [f for f in run_check(root).findings if f.code == "data_sources.annotation_rules"]


CATEGORIES = ("一、标注类别：按 31 类风险给每条语料打一个标签，功能性标注另按指令类型分为问答、改写、摘要、翻译四类。",
              "二、格式：JSON，每行一条，字段为 id、text、label、note。",
              "三、标签说明：正常、敏感、违法三档；敏感与违法两档须在 note 中写明命中的风险类别，另附示例若干。")


@pytest.mark.parametrize("extra, severity", [
    ((), Severity.HIGH),
    (("四、人员：标注员须经两天岗前培训并通过考试方可上岗。",), Severity.MEDIUM),
    (("四、验收：每个批次由质检组抽查 5%，差错率超过 3% 的整批重标。",), Severity.MEDIUM),
])
def test_annotation_rules_without_training_or_verification(pkg: Path, extra: tuple[str, ...],  # noqa: F811
                                                           severity: Severity) -> None:
    [found] = _annotation(pkg, *CATEGORIES, *extra)
    assert found.severity is severity


def test_annotation_rules_with_both_raise_nothing(pkg: Path) -> None:  # noqa: F811
    assert _annotation(pkg, *CATEGORIES, "四、人员：标注员须经岗前培训并通过考试方可上岗。",
                       "五、验收：每个批次由质检组抽查 5%，差错率超过 3% 的整批重标。") == []


def _sampling(root: Path) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == "data_sources.sampling"]


def test_one_dataset_without_a_share_among_measured_ones_is_high(pkg: Path) -> None:  # noqa: F811
    import openpyxl

    book = openpyxl.load_workbook(pkg / SOURCES)
    sheet = book["数据溯源清单"]
    header = [c.value for c in sheet[1]]
    columns = [i + 1 for i, h in enumerate(header) if h and "抽检" in str(h)]
    book.close()
    assert columns
    edit_xlsx(pkg / SOURCES, "数据溯源清单",
              lambda ws: [setattr(ws.cell(3, c), "value", "由数据商负责清洗，已签署质量保证书") for c in columns])
    found = _sampling(pkg)
    assert found and all(f.severity is Severity.HIGH for f in found) and "质量保证书" in (found[0].evidence or "")
