"""Helpers for the pre-review tests: a fresh copy of the example package and editing helpers."""

from __future__ import annotations

import shutil
from pathlib import Path

import click
import pytest
from click.testing import Result

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "package-beian"
FORM = "0 生成式人工智能（大语言模型）上线备案表.docx"
REPORT = "附件1 安全评估报告.docx"
AGREEMENT = "附件2 模型服务协议.docx"
PRIVACY = "附件2.2 隐私保护政策.docx"
KEYWORDS = "附件4 拦截关键词列表.xlsx"
BANK = "附件5 评估测试题.xlsx"
SOURCES = "其他佐证/数据溯源清单.xlsx"


@pytest.fixture()
def pkg(tmp_path: Path) -> Path:
    """A writable copy of examples/package-beian."""
    dest = tmp_path / "package"
    shutil.copytree(EXAMPLE, dest)
    return dest


@pytest.fixture(scope="session")
def registration_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The clean 登记 package of the corpus style ``style_register``, built once per session."""
    from prereview.corpus import style_register

    return next(c.path for c in style_register.build(tmp_path_factory.mktemp("register")) if c.name == "clean")


@pytest.fixture()
def algo(tmp_path: Path) -> Path:
    """A clean 算法备案 package of the corpus style ``style_algo`` (承诺书, 主体责任, 自评估报告, 拟公示内容)."""
    from prereview.corpus import style_algo

    root = tmp_path / "算法备案"
    style_algo.write_package(root, style_algo.ALGO)
    return root


@pytest.fixture()
def reg(registration_built: Path, tmp_path: Path) -> Path:
    """A writable copy of the clean 登记 package (登记表, 调用已备案模型情况说明, agreement …)."""
    dest = tmp_path / "途灵旅行助手 登记材料"
    shutil.copytree(registration_built, dest)
    return dest


def codes(root: Path, code: str) -> list:  # type: ignore[type-arg]
    """The findings of ``code`` that ``beian check`` reports on the package at ``root``."""
    from beian.prereview import run_check

    return [f for f in run_check(root).findings if f.code == code]


def bounded(text: str, word: str) -> bool:
    """Whether the first ``word`` in ``text`` is read as negated or excluded (the negation reader on folded text)."""
    from beian.prereview.negation import is_bounded
    from beian.prereview.vocab import fold

    folded = fold(text)
    at = folded.index(word)
    return is_bounded(folded, at, at + len(word))


def replace_docx(path: Path, old: str, new: str) -> int:
    """Replace ``old`` by ``new`` in every paragraph and table cell; return how many places changed."""
    import docx

    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    changed = 0
    for p in paragraphs:
        if old in p.text:
            p.text = p.text.replace(old, new)
            changed += 1
    document.save(str(path))
    return changed


def append_paragraphs(path: Path, *texts: str) -> None:
    """Add paragraphs at the end of a Word file."""
    import docx

    document = docx.Document(str(path))
    for text in texts:
        document.add_paragraph(text)
    document.save(str(path))


def append_table(path: Path, rows: list[tuple[str, ...]], *, replace_first: bool = False) -> None:
    """Add a table of ``rows`` at the end of a Word file; with ``replace_first`` the file's first table is removed."""
    import docx

    document = docx.Document(str(path))
    if replace_first:
        first = document.tables[0]._element
        first.getparent().remove(first)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(path))


def drop_table(path: Path, index: int) -> None:
    """Delete the ``index``-th table of a Word file."""
    import docx

    document = docx.Document(str(path))
    element = document.tables[index]._element
    element.getparent().remove(element)
    document.save(str(path))


def edit_xlsx(path: Path, sheet: str, fn) -> None:  # type: ignore[no-untyped-def]
    """Load a workbook, let ``fn(ws)`` edit one sheet, save it back."""
    import openpyxl

    wb = openpyxl.load_workbook(str(path))
    fn(wb[sheet])
    wb.save(str(path))


SOURCE_COLUMNS = ("number", "name", "kind", "how", "licence", "period", "crawl", "pi", "cleaning", "size", "language",
                  "before", "after")  # the example 数据溯源清单's columns, in order
SOURCE_ROW = {"number": "5", "name": "", "kind": "自有数据", "how": "从业务库导出", "licence": "本公司自有数据",
              "period": "2024-07-01至2024-07-31", "crawl": "不涉及爬取", "pi": "", "cleaning": "去重、过滤", "size": "20万条",
              "language": "中文", "before": "违法不良信息占比0.5%", "after": "违法不良信息占比0.1%"}


def append_source_row(pkg: Path, **cells: str) -> None:
    """One more dataset in the example package's 数据溯源清单: :data:`SOURCE_ROW` with ``cells`` (by column name) set."""
    row = {**SOURCE_ROW, **cells}
    edit_xlsx(pkg / SOURCES, "数据溯源清单", lambda ws: ws.append([row[c] for c in SOURCE_COLUMNS]))


def exit_code(result: Result) -> int:
    """The exit code, also when the CLI ends with click's Exit raised out of the runner."""
    if isinstance(result.exception, click.exceptions.Exit):
        return result.exception.exit_code
    return result.exit_code


def judged_bank(root: Path, kind: str, judgements: list[str]) -> None:
    """Make the report's ``kind`` row (应拒答 / 非拒答) count the whole ``kind`` sheet of the test bank, whose 研判结果 column
    becomes ``judgements``."""
    import docx
    import openpyxl

    document = docx.Document(str(root / REPORT))
    row = next(r for t in document.tables for r in t.rows if r.cells[0].text.startswith(kind))
    row.cells[1].text = f"{len(judgements)}题"
    document.save(str(root / REPORT))
    book = openpyxl.load_workbook(root / BANK)
    sheet = next(ws for ws in book.worksheets if kind in ws.title)
    sheet.delete_rows(len(judgements) + 2, sheet.max_row)
    for r, said in enumerate(judgements, 2):
        sheet.cell(r, 6).value = said
    book.save(root / BANK)


def pdf_form(path: Path, rows: list[tuple[str, str]], *, col_widths: tuple[int, int] = (40, 120)) -> None:
    """The form as a PDF exported from Word: a title line, then a ruled two-column table of ``rows`` (narrow columns
    wrap long cells, as a stamped export does)."""
    from fpdf import FPDF

    from prereview.test_probe30_scope import _font

    text = "上线备案表" + "".join(a + b for a, b in rows)
    pdf = FPDF()
    pdf.add_font("cjk", "", _font("".join(sorted(set(text) | {chr(c) for c in range(32, 127)}))))
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    pdf.cell(0, 8, "上线备案表", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=col_widths, first_row_as_headings=False) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.output(str(path))


RESULTS_TABLE = 2  # the example report's results table (指标 | 抽样数量 | 合格率或拒答率 | 要求)


def replace_results(pkg: Path, rows: list[tuple[str, ...]], caption: str = "") -> None:
    """The example report's results table replaced by ``rows`` at the end of the report, under ``caption`` if given."""
    drop_table(pkg / REPORT, RESULTS_TABLE)
    if caption:
        append_paragraphs(pkg / REPORT, caption)
    append_table(pkg / REPORT, rows)


def add_to_self_assessment(root: Path, *texts: str) -> None:
    """Paragraphs added at the end of an algorithm package's 自评估报告."""
    import docx

    path = next(root.glob("*自评估*.docx"))
    document = docx.Document(str(path))
    for text in texts:
        document.add_paragraph(text)
    document.save(str(path))


OPT_OUT_SENTENCES = {
    REPORT: ("用户关闭训练使用：用户可在“设置—隐私”中关闭训练开关，从主界面起2次点击即可完成；关闭后其输入不用于模型训练。",
             "设置页两次点击即可关闭，见截图", "用户输入用于训练的处理与关闭方式"),
    AGREEMENT: ("用户可在“设置—隐私”中关闭训练开关，关闭后其输入不用于模型训练。",),
    PRIVACY: ("您可以查询、更正、删除个人信息，或关闭训练开关撤回授权。",),
}  # every place the example package says users can turn training use off


def remove_opt_outs(pkg: Path) -> None:
    """The example package with no word of turning training use off (each sentence of :data:`OPT_OUT_SENTENCES` replaced)."""
    for name, sentences in OPT_OUT_SENTENCES.items():
        for sentence in sentences:
            assert replace_docx(pkg / name, sentence, "详见产品设置页。") == 1, sentence


ABUSE_MEASURE_WORDS = ("暂停服务", "暂停提供服务", "终止服务", "封禁", "警示", "限制功能", "暂停使用", "停止提供服务")


def remove_abuse_measures(pkg: Path) -> None:
    """The example package with the words it uses for handling abusive users (:data:`ABUSE_MEASURE_WORDS`) replaced."""
    for name in (AGREEMENT, REPORT, PRIVACY, FORM):
        for word in ABUSE_MEASURE_WORDS:
            replace_docx(pkg / name, word, "处理")


def no_minors_declared(pkg: Path) -> None:
    """The example made to say it is not for minors in the form (是否面向未成年人：否), its report's adults-only clause
    taken out so that the form's answer is the one exclusion left to compare against."""
    replace_docx(pkg / REPORT, "仅面向企业客户的成年在职员工", "面向企业客户")
    append_paragraphs(pkg / FORM, "是否面向未成年人：否")
