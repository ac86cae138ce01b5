"""``beian label``: write and read AIGC implicit labels in files."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from beian.errors import UsageError

label_app = typer.Typer(help="AIGC 隐式标识（GB 45438 附录 E）：写入与读取文件元数据。", no_args_is_help=True)


@label_app.command("write")
def write(
    file: Path = typer.Argument(
        ..., help="文本、PNG/JPEG、MP3/WAV/MP4/M4A/MOV/FLAC/Ogg、PDF 或 DOCX 文件；其他格式请加 --sidecar",
    ),
    producer: str = typer.Option(..., "--producer", help="27 位服务提供者编码"),
    produce_id: str = typer.Option(None, "--id", help="内容编号（默认随机生成）"),
    sidecar: bool = typer.Option(False, "--sidecar", help="写入旁路文件 FILE.aigc.json，而不修改原文件。"),
) -> None:
    """为文件写入隐式标识（已有标识会被替换；出错时原文件保持不变）。"""
    import uuid

    from beian.labels import check_producer_code, implicit_label, label_location, write_file_label

    problem = check_producer_code(producer)
    if problem:
        raise UsageError(problem, "编码格式：00 + 11 + 18 位统一社会信用代码 + 服务类型(1/2) + 4 位编号")
    target = write_file_label(file, implicit_label(producer, produce_id or uuid.uuid4().hex), sidecar=sidecar)
    typer.echo(f"已写入隐式标识：{target}")
    typer.echo(f"标识位置：{label_location(file, sidecar=sidecar)}")


@label_app.command("read")
def read(file: Path = typer.Argument(..., help="要读取的文件")) -> None:
    """读取并校验文件中的隐式标识；没有标识或不合规时退出码为 1。"""
    from beian.labels import check_file_label, check_producer_code

    label, problems = check_file_label(file)
    if label is None:
        typer.echo(f"{file} 中没有 AIGC 隐式标识。")
        raise typer.Exit(1)
    typer.echo(json.dumps(label, ensure_ascii=False))
    code = label.get("AIGC", {}).get("ContentProducer", "") if not problems else ""
    if code and check_producer_code(code):
        problems.append(str(check_producer_code(code)))
    if problems:
        typer.echo("标识不合规：" + "；".join(problems))
        raise typer.Exit(1)
    typer.echo("标识合规。")


def register(app: typer.Typer) -> None:
    """Attach ``label`` to the root app."""
    app.add_typer(label_app, name="label")
