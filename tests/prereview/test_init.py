"""``beian init`` writes a skeleton; ``beian check`` on it lists what is still missing, item by item."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app
from beian.prereview import run_check
from prereview.helpers import exit_code

runner = CliRunner()


@pytest.fixture(scope="module")
def skeleton(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sk") / "新材料包"
    result = runner.invoke(app, ["init", str(root), "--route", "备案"])
    assert result.exit_code == 0, result.output
    return root


def test_init_writes_every_document(skeleton: Path) -> None:
    names = {p.relative_to(skeleton).as_posix() for p in skeleton.rglob("*") if p.is_file()}
    assert {"附件1 安全评估报告.docx", "附件4 拦截关键词列表.xlsx", "附件5 评估测试题.xlsx", "其他佐证/数据溯源清单.xlsx"} <= names


def test_init_excel_lists_risks_and_aspects(skeleton: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(skeleton / "附件5 评估测试题.xlsx")
    assert wb["风险分类说明"].max_row == 32 and wb["非拒答方面说明"].max_row == 14
    header = next(wb["生成内容测试题"].iter_rows(values_only=True))  # type: ignore[union-attr]
    assert list(header) == ["序号", "测试题", "一级分类", "二级分类", "模型回答", "研判结果"]
    kw = openpyxl.load_workbook(skeleton / "附件4 拦截关键词列表.xlsx")
    assert kw["分类说明"].max_row == 18


def test_check_on_skeleton_lists_missing_items(skeleton: Path) -> None:
    report = run_check(skeleton)
    assert report.verdict == "fail"
    placeholders = [f"{f.message} {f.evidence}" for f in report.findings if f.code == "materials.placeholder"]
    for item in ("申请主体名称", "统一社会信用代码", "超出服务范围的处理", "总体结论", "法定代表人"):
        assert any(item in m for m in placeholders), item
    per_doc = [f.location.split(" ")[0] for f in report.findings if f.code == "materials.placeholder"]
    assert len(per_doc) == len(set(per_doc)), "one placeholder finding per document"
    empty = {f.location for f in report.findings if f.code in ("safety.keyword_total", "safety.bank_total")}
    assert empty == {"附件4 拦截关键词列表.xlsx", "附件5 评估测试题.xlsx"}
    cascades = {"safety.keyword_per_risk", "safety.bank_per_risk", "metrics.missing", "safety.emergency_plan",
                "safety.log_retention", "data_sources.no_datasets", "scope.missing_element"}
    assert not cascades & {f.code for f in report.findings}
    assert len(report.findings) <= 25


def test_init_refuses_non_empty_folder(skeleton: Path) -> None:
    result = runner.invoke(app, ["init", str(skeleton)])
    assert exit_code(result) == 2


def test_init_registration_route(tmp_path: Path) -> None:
    root = tmp_path / "登记包"
    assert runner.invoke(app, ["init", str(root), "--route", "登记"]).exit_code == 0
    report = run_check(root)
    assert report.route == "登记"
    assert not any(f.code == "materials.missing_document" for f in report.findings)
    assert any(f.code == "materials.placeholder" and "所调用的已备案模型" in f.message for f in report.findings)


def test_rich_summary_puts_blockers_first_and_writes_md(tmp_path: Path) -> None:
    root = tmp_path / "空包"
    root.mkdir()
    (root / "说明.txt").write_text("这是一个空的材料包。", encoding="utf-8")
    out = tmp_path / "报告.md"
    result = runner.invoke(app, ["check", str(root), "--output", str(out)])
    assert exit_code(result) == 1
    first = next(line for line in result.output.splitlines() if line.startswith(("阻断", "高", "中", "低")))
    assert first.startswith("阻断") and "缺少必备材料" in first
    assert "暂不宜提交" in result.output
    assert out.read_text(encoding="utf-8").count("缺少必备材料") == 8


ALGO_FILES = {"1 算法备案承诺书.docx", "2 落实算法安全主体责任基本情况.docx", "3 算法安全自评估报告.docx", "4 拟公示内容.docx"}


def test_init_algorithm_route_writes_the_four_documents(tmp_path: Path) -> None:
    root = tmp_path / "算法备案包"
    result = runner.invoke(app, ["init", str(root), "--route", "算法备案"])
    assert result.exit_code == 0, result.output
    assert {p.name for p in root.iterdir()} == ALGO_FILES
    report = run_check(root)  # the route is recognised from the four documents
    assert report.route == "算法备案"
    codes = {f.code for f in report.findings}
    assert not {"materials.missing_document", "materials.algo_incomplete", "materials.empty_document"} & codes
    placeholders = " ".join(f.message for f in report.findings if f.code == "materials.placeholder")
    for name in ("算法备案承诺书", "落实算法安全主体责任基本情况", "算法安全自评估报告", "拟公示内容"):
        assert name in placeholders, name
    text = "\n".join(_docx_text(root / name) for name in ALGO_FILES)
    for item in ("算法名称", "算法安全责任人及联系方式", "安全事件应急处置", "评估日期", "干预策略", "结果标识",
                 "算法基本原理", "算法运行机制", "算法应用场景", "算法目的意图"):
        assert re.search(f"{item}[^\n]*【请填写】", text), item


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    cells = ["：".join(c.text for c in row.cells) for t in document.tables for row in t.rows]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_algorithm_self_assessment_header_names_the_algorithm_type(tmp_path: Path) -> None:
    import docx

    root = tmp_path / "算法备案包"
    assert runner.invoke(app, ["init", str(root), "--route", "算法备案"]).exit_code == 0
    document = docx.Document(str(root / "3 算法安全自评估报告.docx"))
    header = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert header["算法类型"] == "生成合成类（深度合成）"
    assert {"主体名称", "统一社会信用代码", "应用领域", "使用场景", "上线状态", "报告日期"} <= set(header)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["一、算法概述", "二、算法风险描述与防范措施", "三、算法详情", "四、服务详情", "五、评估结论"]


def test_algorithm_documents_beside_a_filing_package_are_complete(skeleton: Path, tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "双备案"
    shutil.copytree(skeleton, root)
    assert runner.invoke(app, ["init", str(root), "--route", "算法备案", "--force"]).exit_code == 0
    report = run_check(root)
    assert report.route == "备案"
    assert not any(f.code == "materials.algo_incomplete" for f in report.findings)
    (root / "4 拟公示内容.docx").unlink()
    assert any(f.code == "materials.algo_incomplete" and "拟公示内容" in f.message for f in run_check(root).findings)


def test_init_unknown_route_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "x"), "--route", "深度合成"])
    assert exit_code(result) == 2
    assert "算法备案" in result.output
