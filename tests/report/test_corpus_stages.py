"""beian report with corpus runs of two stages: 5.1 a) 1) from the 采集前 run, 5.1 a) 2) from the 采集后 run."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
import report_support as support
from typer.testing import CliRunner

from beian.cli import app
from beian.findings import Severity
from beian.prereview.engine import run_check
from beian.report import Sources, build

runner = CliRunner()
REPORT = "附件1 安全评估报告.docx"
LIST = "其他佐证/数据溯源清单.xlsx"
NAMES = ("中文维基百科2024年3月转储（dumps.wikimedia.org）", "办公文书写作语料（采购自杭州数语科技有限公司）",
         "英文维基百科2024年3月转储（dumps.wikimedia.org）", "企业客户授权对话数据",
         "databricks-dolly-15k 指令数据（github.com/databrickslabs/dolly）")


def _runs(tmp: Path, pre_flagged: int = 40, pre_names: tuple[str, ...] = NAMES) -> tuple[Path, Path]:
    """A 采集前 and a 采集后 run over the example list's five datasets; the 采集后 run carries the list."""
    pre = support.corpus_run(tmp, flagged=pre_flagged, stage="采集前", folder="pre-run", names=pre_names)
    post = support.corpus_run(tmp, stage="采集后", folder="post-run", names=NAMES)
    shutil.copyfile(support.EXAMPLE / LIST, post / "数据溯源清单.xlsx")
    return pre, post


def _clauses(pkg: Path) -> dict[str, tuple[str, str]]:
    document = docx.Document(str(pkg / REPORT))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "条款")
    return {r.cells[0].text: (r.cells[3].text, r.cells[4].text) for r in table.rows[1:]}


def _pre_column(pkg: Path) -> dict[str, str]:
    sheet = openpyxl.load_workbook(pkg / LIST).active
    header = [c.value for c in sheet[1]]
    name, pre = header.index("数据集名称"), next(i for i, h in enumerate(header) if "采集前" in str(h))
    return {row[name]: row[pre] for row in sheet.iter_rows(min_row=2, values_only=True)}


def _filled_build(pkg: Path, src: Sources) -> object:
    build(pkg, src, pdf=False)
    for name in (REPORT, "0 生成式人工智能（大语言模型）上线备案表.docx"):
        support.fill(pkg / name, support.user_answer)
    return build(pkg, src, pdf=False)


def _serious(pkg: Path) -> list[tuple[str, str]]:
    found = run_check(pkg).findings
    return sorted((f.code, f.message) for f in found if f.severity.at_least(Severity.HIGH))


def test_two_stages_each_judge_their_line_and_the_package_passes_check(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    pre, post = _runs(tmp_path)
    built = _filled_build(pkg, Sources(assess=support.assess_run(tmp_path), corpus=[post, pre]))
    rows = _clauses(pkg)
    assert rows["5.1 a) 1)"][0] == "符合" and "采集前评估" in rows["5.1 a) 1)"][1] and "pre-run#" in rows["5.1 a) 1)"][1]
    assert rows["5.1 a) 2)"][0] == "符合" and "post-run#" in rows["5.1 a) 2)"][1]
    assert rows["5.1 a)"][0] == "符合"
    assert built.conclusion == "全部符合要求"  # type: ignore[attr-defined]
    column = _pre_column(pkg)
    assert column[NAMES[1]].startswith("违法不良信息占比 1.0%（采集前") and "pre-run#" in column[NAMES[1]]
    assert _serious(pkg) == []


def test_a_source_over_the_line_before_collection_is_the_one_shortfall(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    pre, post = _runs(tmp_path, pre_flagged=290)  # 7.25 % of 4000 records before collection
    built = _filled_build(pkg, Sources(assess=support.assess_run(tmp_path), corpus=[pre, post]))
    rows = _clauses(pkg)
    assert rows["5.1 a) 1)"][0] == "不符合" and f"{NAMES[1]} 7.3%" in rows["5.1 a) 1)"][1]
    assert rows["5.1 a) 2)"][0] == "符合" and rows["5.1 a)"][0] == "不符合"
    assert built.conclusion == "部分符合要求"  # type: ignore[attr-defined]
    serious = _serious(pkg)
    sampling = [(code, NAMES[1] in message and "采集前" in message) for code, message in serious
                if code != "materials.clause_not_met"]
    assert sampling == [("data_sources.sampling", True)]
    # the drafted report admits the same shortfall in its clause table, and check reads that admission too
    admitted = sorted(message.split("”")[0].split("“")[-1] for code, message in serious if code == "materials.clause_not_met")
    assert admitted == ["5.1 a)", "5.1 a) 1)"]


def test_one_run_without_a_stage_counts_as_post_collection_and_leaves_pre_collection_open(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    legacy = support.corpus_run(tmp_path)
    result = runner.invoke(app, ["report", "build", "--package", str(pkg), "--corpus", str(legacy), "--no-pdf"])
    assert result.exit_code == 0, result.output
    assert "未记录评估阶段" in result.output and "按采集后计" in result.output
    rows = _clauses(pkg)
    assert rows["5.1 a) 2)"][0] == "符合" and "按采集后计" in rows["5.1 a) 2)"][1]
    assert rows["5.1 a) 1)"][0] == "【请填写】" and "不是采集前评估，仅供参考" in rows["5.1 a) 1)"][1]
    assert rows["5.1 a)"][0] == "【请填写】" and "5.1 a) 2) 符合" in rows["5.1 a)"][1]
    again = runner.invoke(app, ["report", "build", "--package", str(pkg), "--corpus", str(legacy), "--no-pdf"])
    assert "保留了上次填写的" not in again.output  # the signers came from service.yaml, not from the user's typing


def test_pre_collection_run_alone_decides_only_its_own_line(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    before = (pkg / LIST).read_bytes()
    pre = support.corpus_run(tmp_path, stage="pre", folder="pre-run")
    built = build(pkg, Sources(corpus=[pre]), pdf=False)
    rows = _clauses(pkg)
    assert rows["5.1 a) 1)"][0] == "符合" and rows["5.1 a) 2)"][0] == "【请填写】"
    assert "不是采集后评估，仅供参考" in rows["5.1 a) 2)"][1]
    assert (pkg / LIST).read_bytes() == before and any("只给出了采集前扫描" in n for n in built.notes)


def test_sources_in_one_run_only_are_named_and_unassessed_ones_do_not_pass(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    pre, post = _runs(tmp_path, pre_names=(*NAMES[:3], "某论坛爬取语料"))  # two datasets never assessed, one dropped
    book = openpyxl.load_workbook(post / "数据溯源清单.xlsx")
    book.active.delete_cols(12)  # a list as beian corpus scan writes it: no 采集前 column
    book.save(post / "数据溯源清单.xlsx")
    build(pkg, Sources(corpus=[pre, post]), pdf=False)
    rows = _clauses(pkg)
    assert rows["5.1 a) 1)"][0] == "【请填写】"
    assert f"这些来源没有采集前评估结果：{NAMES[3]}、{NAMES[4]}" in rows["5.1 a) 1)"][1]
    assert rows["5.1 a) 2)"][0] == "符合" and "未出现在采集后语料中的来源：某论坛爬取语料" in rows["5.1 a) 2)"][1]
    column = _pre_column(pkg)
    assert column[NAMES[3]] == "没有采集前评估结果，请补充" and column[NAMES[0]].startswith("违法不良信息占比")
    header = [c.value for c in openpyxl.load_workbook(pkg / LIST).active[1]]
    assert header[11:13] == ["采集前抽检", "采集后抽检结果"]  # inserted before the 采集后 column


def test_adding_the_pre_collection_run_later_keeps_what_the_user_wrote(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    pre, post = _runs(tmp_path, pre_flagged=290)
    build(pkg, Sources(corpus=[post]), pdf=False)
    support.fill(pkg / REPORT, support.user_answer)  # the user judged 5.1 a) 1) 符合 by hand
    result = runner.invoke(app, ["report", "build", "--package", str(pkg), "--corpus", str(post),
                                 "--corpus", str(pre), "--no-pdf"])
    assert result.exit_code == 0, result.output
    assert "变化：条款 5.1 a) 1)：符合 → 不符合" in result.output and "保留了上次填写的" in result.output
    assert "以下条款上次为人工填写，现由测量结果判定：5.1 a)、5.1 a) 1)。" in result.output
    rows = _clauses(pkg)
    assert rows["5.1 a) 1)"][0] == "不符合" and "pre-run#" in rows["5.1 a) 1)"][1]
    assert rows["7 d)"] == ("符合", "见附件2 模型服务协议与其他佐证中的截图，已逐项核对")
    text = "\n".join(p.text for p in docx.Document(str(pkg / REPORT)).paragraphs)
    assert support.MEASURES[0] in text


def test_two_runs_of_one_stage_are_refused(tmp_path: Path) -> None:
    pkg = support.package(tmp_path)
    first = support.corpus_run(tmp_path, stage="采集后", folder="a")
    second = support.corpus_run(tmp_path, folder="b")
    result = runner.invoke(app, ["report", "build", "--package", str(pkg), "--corpus", str(first),
                                 "--corpus", str(second), "--no-pdf"])
    assert result.exit_code == 2 and "两个 --corpus 运行都是采集后评估" in result.output


def test_a_share_the_scan_could_not_compute_is_not_passed(tmp_path: Path) -> None:
    import json

    pkg = support.package(tmp_path)
    post = support.corpus_run(tmp_path, stage="采集后")
    result = json.loads((post / "result.json").read_text(encoding="utf-8"))
    for src in result["sources"]:
        src["source_rule"].update(basis="关键词 + 分类模型（基线）", n=src["records"])
    result["sources"][1]["source_rule"].update(share=None, n=0)  # the classifier judged none of its records
    (post / "result.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    build(pkg, Sources(corpus=[post]), pdf=False)
    rows = _clauses(pkg)
    assert rows["5.1 a) 2)"][0] == "【请填写】" and "无法计算占比的来源：办公文书写作语料" in rows["5.1 a) 2)"][1]
    assert "判定依据：关键词 + 分类模型（基线）" in rows["5.1 a) 2)"][1]


def test_keyword_share_of_all_records_fails_a_source_the_sampled_classifier_passed(tmp_path: Path) -> None:
    """A classifier on the technical sample only: the keyword share over every record still decides."""
    import json

    pkg = support.package(tmp_path)
    post = support.corpus_run(tmp_path, stage="采集后")
    result = json.loads((post / "result.json").read_text(encoding="utf-8"))
    result["sources"][1]["source_rule"].update(share=0.03, keyword_share=0.07, basis="关键词 + 分类模型（护栏模型）")
    (post / "result.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    build(pkg, Sources(corpus=[post]), pdf=False)
    verdict, why = _clauses(pkg)["5.1 a) 2)"]
    assert verdict == "不符合" and "办公文书写作语料 7.0%" in why


def test_corpus_scan_stage_accepts_chinese_and_english_names_only(tmp_path: Path) -> None:
    from beian.commands.corpus import _stage

    assert [_stage(v) for v in ("采集前", "pre", "PRE", "采集后", "post")] == ["采集前", "采集前", "采集前", "采集后", "采集后"]
    result = runner.invoke(app, ["corpus", "scan", str(tmp_path), "--run", str(tmp_path / "run"), "--stage", "before"])
    assert result.exit_code == 2 and "评估阶段只能是 采集前（pre）或 采集后（post）" in result.output
