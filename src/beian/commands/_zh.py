"""Chinese for the command line's own words: help layout, usage errors, value types.

Typer (>= 0.20) vendors its own copy of Click in ``typer._click``, and that copy writes its
messages as English f-strings: no gettext domain to install a translation into. So this module
does the two things that are left: it sets Typer's rich-help constants and patches the few Click
methods that produce visible English words (usage prefix, help option text, type labels), and it
translates usage-error messages by pattern when the root group prints them. :func:`install` is
idempotent; ``tests/test_exit_codes.py`` fails if an English word slips through again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import typer.core as typer_core
import typer.rich_utils as rich_utils
from typer import _click

HELP_TEXT = "显示本帮助并退出。"
USAGE_PREFIX = "用法："
_PIECES = {"[OPTIONS]": "[选项]", "COMMAND [ARGS]...": "命令 [参数]...", "[ARGS]...": "[参数]..."}
_TYPES = {
    "str": "文本", "int": "整数", "float": "数值", "Path": "路径", "file": "文件", "directory": "目录",
    "path": "路径", "bool": "是/否", "datetime": "时间", "UUID": "UUID", "int range": "整数", "float range": "数值",
}
_RICH_CONSTANTS = {
    "ARGUMENTS_PANEL_TITLE": "参数", "OPTIONS_PANEL_TITLE": "选项", "COMMANDS_PANEL_TITLE": "命令",
    "ERRORS_PANEL_TITLE": "错误", "ABORTED_TEXT": "已中止。", "DEFAULT_STRING": "[默认：{}]",
    "ENVVAR_STRING": "[环境变量：{}]", "REQUIRED_LONG_STRING": "[必填]", "DEPRECATED_STRING": "（已弃用）",
    "RICH_HELP": "运行 [blue]'{command_path} {help_option}'[/] 查看帮助。",
}
_KINDS = {"option": "选项", "argument": "参数", "parameter": "参数", "file": "文件", "directory": "目录",
          "path": "路径", "File": "文件", "Directory": "目录", "Path": "路径"}
_NUMBERS = {"integer": "整数", "float": "数值", "number": "数值", "boolean": "布尔值", "int": "整数", "bool": "布尔值"}


def _kind(word: str) -> str:
    return _KINDS.get(word, word)


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"Missing (option|argument|parameter)(?: (.+?))?\.(?: (.*))?$", re.S),
     lambda m: f"缺少{_kind(m[1])} {m[2] or ''}。" + (f"{translate(m[3])}" if m[3] else "")),
    (re.compile(r"Missing command\.?$"), lambda m: "缺少子命令。"),
    (re.compile(r"No such option: (\S+)(?: \(Possible options: (.+)\))?$"),
     lambda m: f"没有选项 {m[1]}。" + (f"（是否想用：{m[2]}？）" if m[2] else "")),
    (re.compile(r"No such command '(.+?)'\.?(?: Did you mean (.+)\?)?$"),
     lambda m: f"没有命令 '{m[1]}'。" + (f"（是否想用：{m[2]}？）" if m[2] else "")),
    (re.compile(r"Option '(.+?)' requires an argument\.$"), lambda m: f"选项 '{m[1]}' 需要一个值。"),
    (re.compile(r"Option '(.+?)' requires (\d+) arguments\.$"), lambda m: f"选项 '{m[1]}' 需要 {m[2]} 个值。"),
    (re.compile(r"Option '(.+?)' does not take a value\.$"), lambda m: f"选项 '{m[1]}' 不接受值。"),
    (re.compile(r"Got unexpected extra arguments? \((.+)\)$", re.S), lambda m: f"多余的参数：{m[1]}"),
    (re.compile(r"Invalid value for (.+?): (.+)$", re.S), lambda m: f"{m[1]} 的值无效：{translate(m[2])}"),
    (re.compile(r"Invalid value: (.+)$", re.S), lambda m: f"值无效：{translate(m[1])}"),
    (re.compile(r"(.+?) is not one of (.+?)\.?$", re.S), lambda m: f"{m[1]} 不是可选值之一：{m[2]}。"),
    (re.compile(r"(?:Value )?(.+?) is not a valid (\w+)\.?$"),
     lambda m: f"{m[1]} 不是有效的{_NUMBERS.get(m[2], m[2])}。"),
    (re.compile(r"(.+?) is not in the range (.+?)\.$"), lambda m: f"{m[1]} 不在范围 {m[2]} 内。"),
    (re.compile(r"(File|Directory|Path|file|directory|path) (.+?) does not exist\.$"),
     lambda m: f"{_kind(m[1])} {m[2]} 不存在。"),
    (re.compile(r"(File|Directory|Path|file|directory|path) (.+?) is a (file|directory)\.$"),
     lambda m: f"{_kind(m[1])} {m[2]} 是{_kind(m[3])}。"),
    (re.compile(r"(File|Directory|Path|file|directory|path) (.+?) is not (readable|writable)\.$"),
     lambda m: f"{_kind(m[1])} {m[2]} 不可{'读' if m[3] == 'readable' else '写'}。"),
    (re.compile(r"Value must be an iterable\.$"), lambda m: "值必须是多个值。"),
    (re.compile(r"Choose from:\s*(.+)$", re.S), lambda m: f"可选：{' '.join(m[1].split())}"),
    # Typer 0.29 and later coerce values with pydantic, whose messages these are
    (re.compile(r"Input should be (greater|less) than( or equal to)? (\S+?)\.?$"),
     lambda m: f"应{_BOUNDS[(m[1], bool(m[2]))]} {m[3]}。"),
    (re.compile(r"Input should be a valid (\w+)(?:,.*)?$", re.S), lambda m: f"应为有效的{_NUMBERS.get(m[1], m[1])}。"),
]
_BOUNDS = {("greater", True): "不小于", ("greater", False): "大于", ("less", True): "不大于", ("less", False): "小于"}


def translate(message: str) -> str:
    """Chinese for one Click/Typer usage-error message; unknown messages pass through unchanged."""
    text = message.strip()
    for pattern, build in _RULES:
        match = pattern.match(text)
        if match:
            return build(match)
    return text


def type_label(label: str | None) -> str | None:
    """``<list[Path]>`` -> ``<路径>...``: a value type in Chinese, for the help table."""
    if not label:
        return label
    inner = label[1:-1] if label.startswith("<") and label.endswith(">") else label
    many = inner.startswith("list[") and inner.endswith("]")
    if many:
        inner = inner[5:-1]
    inner = "|".join(_TYPES.get(part, part) for part in inner.split("|"))
    return f"<{inner}>" + ("..." if many else "")


def _display_type(original: Callable[..., str | None]) -> Callable[..., str | None]:
    def display(self: Any, ctx: Any) -> str | None:
        if getattr(self, "is_flag", False) or getattr(self, "count", False):
            return None  # a switch takes no value: show none
        return type_label(original(self, ctx))

    display._beian = True  # type: ignore[attr-defined]
    return display


def _help_option(original: Callable[..., Any]) -> Callable[..., Any]:
    def get(self: Any, ctx: Any) -> Any:
        option = original(self, ctx)
        if option is not None:
            option.help = HELP_TEXT
        return option

    get._beian = True  # type: ignore[attr-defined]
    return get


def _usage_pieces(original: Callable[..., list[str]]) -> Callable[..., list[str]]:
    def pieces(self: Any, ctx: Any) -> list[str]:
        return [_PIECES.get(p, p) for p in original(self, ctx)]

    pieces._beian = True  # type: ignore[attr-defined]
    return pieces


def _write_usage(original: Callable[..., None]) -> Callable[..., None]:
    def write(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original(self, prog, args, USAGE_PREFIX if prefix is None else prefix)

    write._beian = True  # type: ignore[attr-defined]
    return write


def _stacked_help(original: Callable[..., Any]) -> Callable[..., Any]:
    """Option help as whole, folded lines: rich cuts long Chinese help with ``…`` mid-phrase."""
    from rich.console import Group
    from rich.text import Text

    def build(**kwargs: Any) -> Any:
        items = list(getattr(original(**kwargs), "renderables", []))
        for item in items:
            if isinstance(item, Text):
                item.overflow = "fold"  # a Chinese sentence has no spaces: fold it, never cut it
        return Group(*items)

    build._beian = True  # type: ignore[attr-defined]
    return build


def _folded(original: Callable[..., Any]) -> Callable[..., Any]:
    """A command's one-line help, folded instead of cut with ``…``."""

    def build(**kwargs: Any) -> Any:
        text = original(**kwargs)
        if hasattr(text, "overflow"):
            text.overflow = "fold"
        return text

    build._beian = True  # type: ignore[attr-defined]
    return build


def _patch(owner: type, name: str, wrap: Callable[[Any], Any]) -> None:
    current = getattr(owner, name)
    if not getattr(current, "_beian", False):
        setattr(owner, name, wrap(current))


def install() -> None:
    """Make Typer/Click's help and usage words Chinese (safe to call more than once)."""
    for name, value in _RICH_CONSTANTS.items():
        setattr(rich_utils, name, value)
    for name, wrap in (("_get_parameter_help", _stacked_help), ("_make_command_help", _folded)):
        if not getattr(getattr(rich_utils, name), "_beian", False):
            setattr(rich_utils, name, wrap(getattr(rich_utils, name)))
    _patch(typer_core.TyperOption, "display_type_rich", _display_type)
    _patch(typer_core.TyperArgument, "display_type_rich", _display_type)
    _patch(_click.core.Command, "get_help_option", _help_option)
    _patch(_click.core.Command, "collect_usage_pieces", _usage_pieces)
    _patch(typer_core.TyperGroup, "collect_usage_pieces", _usage_pieces)
    _patch(_click.formatting.HelpFormatter, "write_usage", _write_usage)
