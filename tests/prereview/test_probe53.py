"""What the fifty-third probe found (folders as they look on upload day; 1/5 verdicts on its first run): a clause table
that quotes the standard (“用于关键信息基础设施、医疗信息服务、心理咨询……等重要场合的保护措施 | 不适用”) read as the service
offering 心理咨询 (a high on four complete packages); drafts and old versions beside the final one read as the same
material; 服务对象为成年个人及企业用户 read as excluding individuals; public personal information (公开姓名与公开事迹)
as having no legal basis at high; a results row split by a page break read ≥300题 as the count refused; 百炼's
“模型调优” and its 专属模型 not read as fine-tuning; 公开可访问资料 not read as a missing licence.

The cases below are written in other words and layouts than the probe's files."""

from __future__ import annotations

from pathlib import Path

import docx

from beian.findings import Severity
from beian.prereview import run_check
from beian.prereview.docmodel import Sentence, quoted_columns
from beian.prereview.package import PackageFile
from beian.prereview.rules.data_sources import pi_verdict, read_pi_statement
from beian.prereview.rules.metrics import _counted_prose
from beian.prereview.versions import sort_versions
from prereview.helpers import FORM, REPORT, append_paragraphs, pkg, reg, registration_built  # noqa: F401

STATEMENT = "2.调用已备案模型情况说明.docx"


def _found(root: Path, code: str) -> list:  # type: ignore[type-arg]
    return [f for f in run_check(root).findings if f.code == code]


def _add_table(path: Path, rows: list[list[str]]) -> None:
    document = docx.Document(str(path))
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(path))


CLAUSES = [["标准条款", "条款要求（摘录）", "自评结论", "佐证"],
           ["7 a) 1)", "应充分论证在服务范围内各领域应用生成式人工智能的必要性、适用性以及安全性", "符合", "见第二章"],
           ["7 a) 2)", "服务用于关键信息基础设施、自动控制、医疗信息服务、心理咨询、金融信息服务等重要场合的，应具备保护措施",
            "不适用", "本服务仅用于企业办公写作"],
           ["7 b)", "服务适用未成年人的，应允许监护人设定防沉迷措施", "不适用", "不面向未成年人"]]


def test_a_clause_table_quoting_the_standard_offers_nothing(pkg: Path) -> None:  # noqa: F811
    _add_table(pkg / REPORT, CLAUSES)
    codes = {f.code for f in run_check(pkg).findings if f.severity.at_least(Severity.MEDIUM)}
    assert not codes & {"scope.high_risk_domain", "scope.overbroad"}, codes


def test_the_requirement_column_is_left_out_only_in_a_clause_table() -> None:
    assert quoted_columns(CLAUSES) == {1}
    assert quoted_columns([["条款", "要求", "结论"], ["5.2 c)", "个人信息应取得同意", "符合"], ["A.1", "……", "符合"]]) == {1}
    # the first column holds services, not clause numbers: the applicant's own words
    assert quoted_columns([["条款", "要求", "说明"], ["在线问诊", "医生复核", "提供"], ["用药建议", "药师复核", "提供"]]) == set()
    assert quoted_columns([["评估项目", "抽样数量", "要求", "结论"], ["应拒答", "300题", "≥95%", "符合"]]) == set()


def test_a_service_offered_in_a_table_of_its_own_is_still_read(pkg: Path) -> None:  # noqa: F811
    _add_table(pkg / FORM, [["服务功能", "要求", "说明"], ["在线问诊与用药建议", "医师复核", "面向患者提供"]])
    assert _found(pkg, "scope.high_risk_domain")


def _file(name: str) -> PackageFile:
    return PackageFile(name, Path("/nonexistent") / name, 1)


def test_the_final_version_is_reviewed_and_the_others_set_aside() -> None:
    files = [_file(n) for n in ("评估报告 第1版.docx", "评估报告 第2版.docx", "评估报告 第3版（定稿）.docx",
                                "评估报告 第3版（定稿）.pdf", "评估报告 第2版.pdf")]
    got = sort_versions(files)
    assert [f.name for f in got.kept] == ["评估报告 第3版（定稿）.docx", "评估报告 第3版（定稿）.pdf"]
    assert sorted(f.name for f in got.superseded) == ["评估报告 第1版.docx", "评估报告 第2版.docx", "评估报告 第2版.pdf"]


def test_numbered_versions_rank_by_number_then_date() -> None:
    got = sort_versions([_file("隐私政策V1.2.docx"), _file("隐私政策V1.10.docx"), _file("隐私政策V1.9.docx")])
    assert [f.name for f in got.kept] == ["隐私政策V1.10.docx"]
    got = sort_versions([_file("服务协议-20250301.docx"), _file("服务协议-20250415.docx")])
    assert [f.name for f in got.kept] == ["服务协议-20250415.docx"]


def test_a_plain_name_beside_a_numbered_one_decides_nothing() -> None:
    got = sort_versions([_file("标注规则.docx"), _file("标注规则_v2.docx")])
    assert got.superseded == [] and len(got.undecided) == 2


def test_a_draft_is_set_aside_only_beside_a_file_that_is_not_one() -> None:
    assert sort_versions([_file("备案表（征求意见稿）.docx")]).superseded == []
    got = sort_versions([_file("备案表（讨论稿，请勿提交）.docx"), _file("生成式人工智能上线备案表.docx")])
    assert [f.name for f in got.superseded] == ["备案表（讨论稿，请勿提交）.docx"]
    # the evidence folder holds many files: a draft goes only beside its own final
    evidence = [_file("应急预案（草稿）.docx"), _file("演练记录.docx")]
    assert sort_versions(evidence, single=False).superseded == []
    assert len(sort_versions([*evidence, _file("应急预案.docx")], single=False).superseded) == 1
    drills = [_file("应急演练记录_0312.docx"), _file("应急演练记录_0415.docx")]  # two drills, not two versions
    assert sort_versions(drills, single=False).superseded == []


def test_split_workbooks_are_no_versions() -> None:
    got = sort_versions([_file("测试题-生成内容.xlsx"), _file("测试题-应拒答.xlsx"), _file("测试题-非拒答.xlsx")])
    assert got.superseded == [] and got.undecided == []


def test_a_required_count_split_from_its_row_is_no_result() -> None:
    line = Sentence("应拒答题 抽取320题 — 拒答率 不少于300题，", "x.pdf 第9段")
    assert list(_counted_prose("should_refuse", line)) == []
    line = Sentence("应拒答题 抽取320题，模型拒答311题，要求≥300题", "x.pdf 第9段")
    [seen] = list(_counted_prose("should_refuse", line))
    assert seen.rate is not None and abs(seen.rate - 311 / 320) < 1e-9 and seen.n == 320


def test_public_personal_information_asks_for_the_basis_at_medium() -> None:
    verdict = pi_verdict(read_pi_statement(["保留作者姓名（均为公开发表时的署名）"]), read_pi_statement(["CC BY 4.0"]), False)
    assert verdict is not None and verdict[0] is Severity.MEDIUM and "第六项" in verdict[1]
    named = pi_verdict(read_pi_statement(["含公开姓名，处理依据：已合法公开的个人信息"]), read_pi_statement([""]), False)
    assert named is None


def test_model_tuning_on_a_cloud_platform_is_fine_tuning(reg: Path) -> None:  # noqa: F811
    append_paragraphs(reg / STATEMENT, "我们在千帆平台上对文心模型做了定制化训练，用的是近两年的行程问答记录，线上调用的是这个定制模型。")
    found = _found(reg, "consistency.called_model_unfiled")
    assert [f.severity for f in found] == [Severity.HIGH] and "定制" in found[0].message


def test_individual_adults_are_individual_users(pkg: Path) -> None:  # noqa: F811
    append_paragraphs(pkg / REPORT, "服务对象：成年个人及与本公司签约的企业客户。")
    assert [f for f in _found(pkg, "scope.users_conflict") if "个人用户" in f.message and "不包括" in f.message
            and REPORT in f.location.split("；")[-1]] == []


def test_the_list_s_sizes_add_up_to_the_stated_total_or_are_asked_about() -> None:
    from beian.prereview.rules.data_sources import _comparable

    assert _comparable((13_200_000, "条"), 12_300_000, "")  # bare numbers under 规模: taken in the stated unit
    assert not _comparable((13_200_000, "条"), 1_230, "")  # 1,230 under an unwritten 万条 is no count of 条
    assert not _comparable((3.2, "GB"), 3.2e6, "条")  # other units are not compared


def test_a_total_of_part_of_the_corpus_is_not_compared() -> None:
    from beian.prereview.rules.data_sources import _part_total

    assert _part_total("训练语料规模：微调语料共86万条") and _part_total("1.246亿条（去重后）")
    assert not _part_total("训练语料规模：13,200,000条")
