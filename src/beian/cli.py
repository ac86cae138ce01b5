"""The ``beian`` command line: one Typer app, one module per command group.

Each module in :mod:`beian.commands` exposes ``register(app)``. Heavy imports stay
inside the command functions so that ``beian --help`` starts fast.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from typer._click.exceptions import ClickException
from typer.core import TyperGroup
from typer.exceptions import Abort

from beian import __version__
from beian.commands import _zh
from beian.errors import BeianError

COMMAND_MODULES = (
    "beian.commands.scan",
    "beian.commands.lexicon",
    "beian.commands.standard",
    "beian.commands.check",
    "beian.commands.bank",
    "beian.commands.assess",
    "beian.commands.judge",
    "beian.commands.serve",
    "beian.commands.admin",
    "beian.commands.label",
    "beian.commands.complaints",
    "beian.commands.evidence",
    "beian.commands.corpus",
    "beian.commands.report",
)

err_console = Console(stderr=True)
DEBUG_FLAG = "--debug"
_zh.install()


def _report(exc: BeianError) -> None:
    err_console.print(f"[bold red]错误：[/]{escape(exc.message)}", highlight=False, soft_wrap=True)
    if exc.hint:
        err_console.print(f"[yellow]提示：[/]{escape(exc.hint)}", highlight=False, soft_wrap=True)


def _debug() -> bool:
    return bool(os.environ.get("BEIAN_DEBUG"))


def fail(exc: BeianError) -> int:
    """Print a tool error (with the traceback under ``--debug``) and return its exit code."""
    if _debug():
        traceback.print_exception(exc, file=sys.stderr)
    _report(exc)
    return exc.exit_code


def _report_usage(exc: ClickException) -> int:
    """A usage error as the tool's own: usage line, one Chinese line, a hint."""
    if type(exc).__name__ == "NoArgsIsHelpError":
        exc.show()
        return exc.exit_code
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        err_console.print(escape(ctx.get_usage()), highlight=False, soft_wrap=True)
    err_console.print(f"[bold red]错误：[/]{escape(_zh.translate(exc.format_message()))}",
                      highlight=False, soft_wrap=True)
    if ctx is not None:
        err_console.print(f"[yellow]提示：[/]运行 {escape(ctx.command_path)} --help 查看用法。",
                          highlight=False, soft_wrap=True)
    return exc.exit_code


def lift_debug(args: list[str]) -> list[str]:
    """Accept ``--debug`` anywhere before ``--``: drop it from the arguments, remember it in the env."""
    end = args.index("--") if "--" in args else len(args)
    if DEBUG_FLAG in args[:end]:
        os.environ["BEIAN_DEBUG"] = "1"
        return [a for a in args[:end] if a != DEBUG_FLAG] + args[end:]
    return args


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Warnings of the ``beian`` logger to whatever ``sys.stderr`` is at the time (as ``lastResort`` does)."""

    def __init__(self) -> None:
        super().__init__()
        self.setLevel(logging.WARNING)
        self.setFormatter(logging.Formatter("注意：%(message)s"))

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        del value


def quiet_libraries() -> None:
    """No library noise on stderr (pypdf's ``invalid pdf header``, openpyxl warnings) unless ``--debug``.

    Libraries log through the root logger's last-resort handler and ``warnings``; a null handler on
    the root logger and an ``ignore`` filter for warnings keep the terminal to our own words, while
    the ``beian`` logger gets its own stderr handler.
    """
    if _debug():
        return
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())
    own = logging.getLogger("beian")  # beian's own warnings (masked evidence) still reach stderr
    if not own.handlers:
        own.addHandler(_StderrHandler())
    warnings.filterwarnings("ignore")


class _BeianGroup(TyperGroup):
    """Root command group: Chinese usage errors, tool errors as one Chinese line and their exit code."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            return super().invoke(ctx)
        except BeianError as exc:
            raise typer.Exit(fail(exc)) from None

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        argv = lift_debug(list(sys.argv[1:] if args is None else args))
        quiet_libraries()
        try:
            result = super().main(argv, prog_name or "beian", complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
        except ClickException as exc:
            code = _report_usage(exc)
        except Abort:
            err_console.print("已中止。")
            code = 1
        except BeianError as exc:  # raised while parsing (e.g. by a parameter callback)
            code = fail(exc)
        if standalone_mode:
            sys.exit(code)
        return code


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
    debug: bool = typer.Option(False, DEBUG_FLAG, help="出错时打印完整的调用栈（可写在命令行任意位置）。"),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="显示版本。"),
) -> None:
    """beian 命令行。"""
    if debug:
        os.environ["BEIAN_DEBUG"] = "1"


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    """Console-script entry point: tool errors as one Chinese line, unexpected ones as exit code 3 (with the
    traceback under ``--debug``: the exit code is the same either way)."""
    try:
        app()
    except BeianError as exc:  # raised outside a command (e.g. while registering)
        sys.exit(fail(exc))
    except KeyboardInterrupt:
        err_console.print("已中断。")
        sys.exit(130)
    except OSError as exc:  # a full disk, a closed pipe, a vanished folder: the system's, said so (exit 3)
        sys.exit(_os_failure(exc))
    except Exception:  # last resort: no English traceback for a newcomer; under --debug the traceback, same code
        if _debug():
            traceback.print_exc(file=sys.stderr)
        err_console.print("[bold red]错误：[/]beian 内部错误，这是 beian 的缺陷，不是你的输入问题。",
                          highlight=False, soft_wrap=True)
        hint = "调用栈见上方" if _debug() else "加 --debug 重新运行可看到调用栈"
        err_console.print(f"[yellow]提示：[/]{hint}，请附在问题报告中。", highlight=False)
        sys.exit(3)


_OS_REASONS = {errno.ENOSPC: "磁盘空间不足", errno.EDQUOT: "超出磁盘配额", errno.EACCES: "没有权限", errno.EROFS: "只读文件系统",
               errno.EIO: "输入输出错误", errno.EFBIG: "文件过大"}


def _os_failure(exc: OSError) -> int:
    """Exit code and message of an operating-system error no command caught: a closed pipe (``beian scan … | head``)
    ends quietly; anything else (no space left on the device, an unwritable output) is named, with the warning that
    what was being written is incomplete."""
    if isinstance(exc, BrokenPipeError):
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python would flush the closed pipe again at exit)
        return 141
    if _debug():
        traceback.print_exc(file=sys.stderr)
    where = f"（{exc.filename}）" if exc.filename else "（标准输出或文件）"
    why = _OS_REASONS.get(exc.errno or 0, exc.strerror or str(exc))
    err_console.print(f"[bold red]错误：[/]读写失败{where}：{why}。已写出的输出不完整。", highlight=False, soft_wrap=True)
    err_console.print("[yellow]提示：[/]检查磁盘空间与写入权限后重新运行", highlight=False)
    return 3


if __name__ == "__main__":  # pragma: no cover
    main()
