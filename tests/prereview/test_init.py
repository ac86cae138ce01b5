"""``beian init`` writes a skeleton; ``beian check`` on it lists what is still missing, item by item."""

from __future__ import annotations

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
    placeholders = [f.message for f in report.findings if f.code == "materials.placeholder"]
    for item in ("申请主体名称", "统一社会信用代码", "超出服务范围的处理", "总体结论", "法定代表人"):
        assert any(item in m for m in placeholders), item
    codes = {f.code for f in report.findings}
    assert {"data_sources.no_datasets", "safety.keyword_total", "safety.bank_total", "metrics.missing"} <= codes
    per_risk = [f for f in report.findings if f.code == "safety.keyword_per_risk"]
    assert len(per_risk) == 17


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
