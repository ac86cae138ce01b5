"""``beian report``: draft the filing documents (附件1, 上线备案表 …) from service facts and measured runs."""

from __future__ import annotations

from pathlib import Path

import typer

report_app = typer.Typer(help="备案文档：由服务信息与实测运行结果生成安全评估报告（附件1）、上线备案表等。",
                         no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Attach the ``report`` group to the root app."""
    app.add_typer(report_app, name="report")


@report_app.command("init")
def init(package: Path = typer.Option(..., "--package", help="材料包文件夹（不存在时创建）。")) -> None:
    """在材料包中写出 service.yaml：只询问无法测量的服务信息，每项带中文说明。"""
    from beian.report import write_template

    path = write_template(package)
    typer.echo(f"已写出 {path}：把其中的“待填写”换成实际内容后，运行 beian report build --package {package}")


@report_app.command("build")
def build(
    package: Path = typer.Option(..., "--package", help="材料包文件夹（含 service.yaml）。"),
    assess: Path = typer.Option(None, "--assess", help="beian assess 的运行目录（生成内容与拒答指标）。"),
    corpus: list[Path] = typer.Option(None, "--corpus", help="beian corpus scan 的运行目录：采集前、采集后各一个（按运行记录的"
                                      "评估阶段分别判定 5.1 a) 1)、2)；数据溯源清单来自采集后），可给出两次。"),
    lexicon: list[Path] = typer.Option(None, "--lexicon", help="关键词库文件（统计并导出附件4，可多次给出）。"),
    bank: list[Path] = typer.Option(None, "--bank", help="测试题库文件（统计配额，可多次给出）。"),
    evidence: Path = typer.Option(None, "--evidence", help="beian evidence 的输出目录（网关取证）。"),
    profile: str = typer.Option("tc260-003-2024", "--profile", "-p", help="标准配置。"),
    no_pdf: bool = typer.Option(False, "--no-pdf", help="不生成 PDF。"),
) -> None:
    """生成附件1 安全评估报告与上线备案表（Word，可转 PDF），复制数据溯源清单、附件4、附件5；再次运行保留已填写的内容。"""
    from beian.report import Sources
    from beian.report import build as run_build

    src = Sources(assess=assess, corpus=list(corpus or []), lexicons=list(lexicon or []), banks=list(bank or []), evidence=evidence)
    built = run_build(package, src, profile, pdf=not no_pdf)
    typer.echo(f"已写入 {package}：" + "、".join(built.written))
    if built.kept:
        typer.echo(f"保留了上次填写的 {built.kept} 处内容。")
    if built.replaced:
        typer.echo(f"以下条款上次为人工填写，现由测量结果判定：{'、'.join(built.replaced)}。")
    for line in built.changed:
        typer.echo(f"变化：{line}")
    if built.kept and not built.changed:
        typer.echo("测量结果与上次相同。")
    typer.echo(f"总体结论：{built.conclusion}" if built.conclusion else "总体结论：待逐条评估表填写完整后得出。")
    if built.open_places:
        typer.echo(f"还有 {built.open_places} 处【请填写】需要人工填写；填写后可再次运行本命令，已填写内容会保留。")
    for note in built.notes:
        typer.echo(note, err=True)
