"""``beian check`` (pre-review a filing package) and ``beian init`` (write a package skeleton)."""

from __future__ import annotations

from pathlib import Path

import typer

from beian.errors import UsageError
from beian.kinds import Route


def _check(
    path: Path | None = typer.Argument(None, help="材料包文件夹或 .zip 文件（使用 --explain 时可省略）。"),
    route: str | None = typer.Option(None, "--route", help="备案路线：备案、登记 或 算法备案（默认自动识别）。"),
    profile: str | None = typer.Option(None, "--profile", help="标准配置，如 tc260-003-2024、gbt-45654-2025。"),
    fmt: str = typer.Option("rich", "--format", help="输出格式：rich、json、md、html。"),
    output: Path | None = typer.Option(None, "--output", "-o", help="把报告写入该文件（写到 -o 指定的位置；指向材料包内时报告也会出现在材料包中）。"),
    fail_on: str = typer.Option("high", "--fail-on", help="达到该严重程度即以退出码 1 结束：info/low/medium/high/blocker。"),
    explain: str | None = typer.Option(None, "--explain", metavar="编号",
                                       help="说明一个问题编号：检查什么、依据的条款及其效力、怎么改（不需要材料包）。"),
) -> None:
    """预审备案材料包：逐项检查材料、数据来源、服务范围、安全措施、一致性与评估指标。"""
    if explain:
        from beian.prereview.catalog import explain as explain_code
        from beian.standard import load_profile

        typer.echo(explain_code(explain, load_profile(profile) if profile else None))
        return
    if path is None:
        raise UsageError("缺少材料包路径。", "用法：beian check PATH；查看某个问题编号的说明：beian check --explain 编号。")
    from rich.console import Console

    from beian.findings import Severity
    from beian.prereview.engine import run_check
    from beian.prereview.render import RENDERERS, print_summary

    if fmt not in {"rich", *RENDERERS}:
        raise UsageError(f"不支持的输出格式：{fmt}", "可选：rich、json、md、html。")
    try:
        level = Severity.parse(fail_on)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    report = run_check(path, route=route, profile=profile, fail_on=level)
    if fmt == "rich":
        if output:
            output.write_text(RENDERERS["md"](report), encoding="utf-8")
        print_summary(report, Console())
    else:
        text = RENDERERS[fmt](report)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            typer.echo(text)
    if report.failed:
        raise typer.Exit(1)


def _init(
    path: Path = typer.Argument(..., help="要创建的材料包文件夹。"),
    route: str = typer.Option("备案", "--route", help="备案、登记 或 算法备案。"),
    profile: str | None = typer.Option(None, "--profile", help="标准配置。"),
    force: bool = typer.Option(False, "--force", help="目标文件夹非空时仍然写入（不覆盖已有文件）。"),
) -> None:
    """生成备案材料包骨架：各文档的中文模板、数据溯源清单与两个 Excel 附件。"""
    from beian.standard import load_profile
    from beian.templates import write_skeleton

    if route not in Route.values():
        raise UsageError(f"未知的路线：{route}", f"可选：{'、'.join(Route.values())}。")
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path} 已存在且是一个文件，不是文件夹。", "请给出一个新的或空的文件夹路径，材料包会生成在其中。")
    if path.exists() and any(path.iterdir()) and not force:
        raise UsageError(f"目标文件夹 {path} 不是空的。", "换一个新文件夹，或加 --force（已有文件不会被覆盖）。")
    try:
        written = write_skeleton(path, route, load_profile(profile) if profile else load_profile())
    except (NotADirectoryError, FileExistsError) as exc:
        raise UsageError(f"无法在 {path} 生成材料包：路径中的 {exc.filename} 是一个文件。",
                         "请换一个不在文件之下的文件夹路径。") from exc
    for rel in written:
        typer.echo(f"已生成：{rel}")
    typer.echo(f"下一步：填写模板中的“【请填写】”，然后运行 beian check {path}")


def register(app: typer.Typer) -> None:
    """Attach ``check`` and ``init`` to the root app."""
    app.command("check")(_check)
    app.command("init")(_init)
