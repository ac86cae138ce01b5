"""Reading a user's YAML file, and explaining what is wrong in it, in one clear Chinese message."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from beian.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path, what: str, missing_hint: str) -> object:
    """The parsed content of ``path`` (``None`` for an empty file).

    ``what`` names the file in messages (``网关配置文件``); ``missing_hint`` tells the
    user how to point at the right one. Raises :class:`ConfigError` when the file is
    missing, not UTF-8 or not YAML.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"找不到{what} {path}", missing_hint) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{what} {path} 不是 UTF-8 编码", "请另存为 UTF-8") from None
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{what} {path} 不是合法的 YAML：{exc}", "检查缩进和冒号") from None


# pydantic's error types, in Chinese (``{…}`` from the error's ``ctx``); a type not listed keeps pydantic's message
_REASONS = {
    "missing": "缺少此项",
    "extra_forbidden": "不认识的配置项",
    "literal_error": "应为以下之一：{expected}",
    "enum": "应为以下之一：{expected}",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "应不小于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "应不大于 {le}",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数（不能有小数）",
    "int_type": "应为整数",
    "float_parsing": "应为数字",
    "float_type": "应为数字",
    "bool_parsing": "应为 true 或 false",
    "bool_type": "应为 true 或 false",
    "string_type": "应为文本（字符串）",
    "list_type": "应为列表（YAML 的 - 项）",
    "dict_type": "应为映射（键: 值）",
    "model_type": "应为映射（键: 值）",
}


def explain_validation(exc: ValidationError, limit: int = 5) -> str:
    """The first ``limit`` validation errors as ``位置：原因`` in Chinese, joined by ``；``."""
    parts = []
    for err in exc.errors()[:limit]:
        where = ".".join(str(x) for x in err["loc"]) or "(根)"
        msg = err["msg"].removeprefix("Value error, ")
        if (reason := _REASONS.get(err["type"])) is not None:
            ctx = {k: str(v).replace("' or '", "'、'") for k, v in (err.get("ctx") or {}).items()}
            with contextlib.suppress(KeyError):  # a ctx without the named value: keep pydantic's words
                msg = reason.format(**ctx)
        parts.append(f"{where}：{msg}")
    return "；".join(parts)


def validate_mapping(model: type[M], data: object, what: str, hint: str) -> M:
    """``data`` validated as ``model``; :class:`ConfigError` naming ``what`` when it is not a mapping or not valid."""
    if not isinstance(data, dict):
        raise ConfigError(f"{what}必须是 YAML 映射（键: 值）", hint)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{what}有误：{explain_validation(exc)}", hint) from None
