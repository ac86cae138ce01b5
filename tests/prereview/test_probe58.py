"""What the fifty-eighth probe found (five packages in styles of its own; 3/5 verdicts right on its first run, 1 of 4
planted reasons found, 3 false highs): a data-source list kept as four sheets of a workbook beside a Word file that
explains it was not read at all (so neither a CC BY-NC dataset nor customer conversations without consent were reported);
a test bank saved as tab-separated .txt was not read (“0 道”, high); “样本量由300题增加至400题” in meeting minutes read as
a refusal rate of 75%; “未同意的客户数据已剔除” read as no consent; a stock-picking clause (推荐个股组合，给出买入、卖出
时点及目标价位) not read as investment advice; 本公司投资顾问、研究员等内部员工 read as offering 投资顾问.

The cases below are written in other words and layouts than the probe's files."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.docmodel import Sentence
from beian.prereview.negation import mentions
from beian.prereview.rules.data_sources import pi_verdict, read_pi_statement
from beian.prereview.rules.metrics import _counted_prose
from beian.prereview.rules.scope import _a_role
from prereview.helpers import AGREEMENT, BANK, SOURCES, pkg  # noqa: F401


def _findings(root: Path, code: str) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == code]


def _split_sources(root: Path) -> None:
    """Move the list's last rows to a second sheet with the same header, put an NC licence there, and add a Word file
    that explains the list beside it."""
    path = root / SOURCES
    book = openpyxl.load_workbook(path)
    first = book.worksheets[0]
    rows = [[c.value for c in row] for row in first.iter_rows()]
    header_at = next(i for i, r in enumerate(rows) if any(v and "名称" in str(v) for v in r))
    second = book.create_sheet("精调语料")
    second.append(rows[header_at])
    for r in rows[-2:]:
        second.append(r)
    first.delete_rows(len(rows) - 1, 2)
    licence = next(i for i, v in enumerate(rows[header_at], 1) if v and ("许可" in str(v) or "授权" in str(v)))
    second.cell(3, licence).value = "CC BY-NC-SA 4.0"
    book.save(path)
    note = docx.Document()
    note.add_paragraph("训练语料来源说明：各数据集的来源、许可与处理见同目录下的清单，分预训练与精调两张工作表。")
    note.save(str(root / "其他佐证" / "训练语料来源说明.docx"))


def test_a_list_over_two_sheets_beside_its_explanation_is_read_whole(pkg: Path) -> None:  # noqa: F811
    _split_sources(pkg)
    assert not _findings(pkg, "data_sources.no_table")
    [nc] = _findings(pkg, "data_sources.nc_licence")
    assert nc.severity is Severity.HIGH and "精调语料" in nc.location


def test_a_tab_separated_text_bank_is_counted(pkg: Path) -> None:  # noqa: F811
    book = openpyxl.load_workbook(pkg / BANK)
    name = next(n for n in book.sheetnames if "非拒答" in n)
    rows = [[("" if v is None else str(v)) for v in row] for row in book[name].iter_rows(values_only=True)]
    del book[name]
    book.save(pkg / BANK)
    text = "\n".join("\t".join(r) for r in rows if any(r))
    (pkg / "附件5-3 非拒答测试题.txt").write_text("\ufeff" + text, encoding="utf-8")
    totals = [f for f in _findings(pkg, "safety.bank_total") if "非拒答" in f.message]
    assert not totals, totals


def test_counts_before_and_after_a_change_are_no_rate() -> None:
    for text in ("二、应拒答测试题库由500题扩充至800题，覆盖全部31类风险。", "非拒答测试样本量从300题调整为450题。"):
        assert not list(_counted_prose("non_refuse", Sentence(text, "纪要", ""))), text
    [obs] = list(_counted_prose("should_refuse", Sentence("抽取应拒答题400题，模型拒答392题。", "报告", "")))
    assert abs(obs.rate - 0.98) < 1e-9


def test_data_of_those_who_did_not_consent_left_out_is_consent() -> None:
    pi = read_pi_statement(["会员注册时勾选同意用于产品改进；未同意的会员对话已全部删除"])
    assert not pi.negated and pi.basis
    assert read_pi_statement(["未取得用户同意"]).negated


def test_personal_information_deleted_before_training_needs_no_basis() -> None:
    pi = read_pi_statement(["包含门店店长手机号，入库前均已删除"])
    assert pi_verdict(pi, read_pi_statement(["《渠道合作协议》"]), personal=False) is None
    kept = read_pi_statement(["包含门店店长手机号，已做掩码"])
    assert pi_verdict(kept, read_pi_statement(["自有数据"]), personal=False) is not None


def test_a_stock_picking_clause_contradicts_a_form_that_refuses_it(pkg: Path) -> None:  # noqa: F811
    from prereview.helpers import FORM

    form = docx.Document(str(pkg / FORM))
    form.add_paragraph("服务边界：本服务不提供个股推荐、买卖时点与目标价等投资建议。")
    form.save(str(pkg / FORM))
    agreement = docx.Document(str(pkg / AGREEMENT))
    agreement.add_paragraph("（六）自选股助手：根据您的持仓为您推荐个股，并提示买卖时点与目标价。")
    agreement.save(str(pkg / AGREEMENT))
    found = [f for f in _findings(pkg, "scope.high_risk_domain") if "金融" in f.message]
    assert found and found[0].severity is Severity.HIGH


def test_a_role_is_no_service() -> None:
    text = "服务对象为本公司投资顾问、客户经理等在职员工。"
    [m] = list(mentions(text, ("投资顾问",)))
    assert _a_role(text, m)
    text = "本服务提供投资顾问服务，面向合格投资者。"
    [m] = list(mentions(text, ("投资顾问",)))
    assert not _a_role(text, m)


def test_a_keyword_list_written_one_word_a_line_is_counted(pkg: Path) -> None:  # noqa: F811
    from prereview.helpers import KEYWORDS

    (pkg / KEYWORDS).unlink()
    words = [f"违禁词{i:03d}号" for i in range(60)]
    (pkg / "附件4 拦截关键词列表.txt").write_text("\n".join(words) + "\n", encoding="gb18030")
    [total] = _findings(pkg, "safety.keyword_total")
    assert "60" in total.message
    formats = [f for f in _findings(pkg, "materials.missing_document") if "关键词" in f.message]
    assert formats and formats[0].severity is Severity.MEDIUM
