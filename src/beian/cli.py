"""The ``beian`` command line: one Typer app, one module per command group.

Each module in :mod:`beian.commands` exposes ``register(app)``. Heavy imports stay
inside the command functions so that ``beian --help`` starts fast.
"""

from __future__ import annotations

import importlib
import os
import sys

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from beian import __version__
from beian.errors import BeianError

COMMAND_MODULES = (
    "beian.commands.scan",
    "beian.commands.lexicon",
    "beian.commands.standard",
    "beian.commands.check",
    "beian.commands.bank",
    "beian.commands.assess",
    "beian.commands.serve",
    "beian.commands.admin",
    "beian.commands.label",
    "beian.commands.complaints",
    "beian.commands.evidence",
)

err_console = Console(stderr=True)


def _report(exc: BeianError) -> None:
    err_console.print(f"[bold red]错误：[/]{escape(exc.message)}", highlight=False, soft_wrap=True)
    if exc.hint:
        err_console.print(f"[yellow]提示：[/]{escape(exc.hint)}", highlight=False, soft_wrap=True)


class _BeianGroup(TyperGroup):
    """Root command group: tool errors become one Chinese line and their exit code."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            return super().invoke(ctx)
        except BeianError as exc:
            if os.environ.get("BEIAN_DEBUG"):
                raise
            _report(exc)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    name="beian",
    cls=_BeianGroup,
    help="生成式人工智能服务备案合规工具箱：材料预审、安全评估、内容安全网关、中文文本安全内核。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"beian {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="出错时打印完整的调用栈。"),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="显示版本。"),
) -> None:
    """beian 命令行。"""
    if debug:
        os.environ["BEIAN_DEBUG"] = "1"


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    """Console-script entry point: turn tool errors into one Chinese line and an exit code."""
    try:
        app()
    except BeianError as exc:  # raised outside a command (e.g. while registering)
        if os.environ.get("BEIAN_DEBUG"):
            raise
        _report(exc)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err_console.print("已中断。")
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
