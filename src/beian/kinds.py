"""Every fixed vocabulary of beian with its Chinese label, in one place.

Members are ``str`` enums: they compare equal to, serialise as and print as their value (the
strings stored in audit databases, run directories and JSON output stay what they were), and
each carries ``zh``, the label a user reads. Add a mode, action or outcome here and the CLI,
the gateway and the exports pick it up.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class Labelled(str, Enum):
    """A string enum whose members carry a Chinese label ``zh``."""

    zh: str

    def __new__(cls, value: str, zh: str) -> Labelled:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.zh = zh
        return obj

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """The members' values in declaration order."""
        return tuple(m.value for m in cls)

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Value → Chinese label."""
        return {m.value: m.zh for m in cls}

    @classmethod
    def label(cls, value: Any) -> str:
        """The Chinese label of ``value``, or ``value`` itself when it is not a member."""
        return next((m.zh for m in cls if m.value == value), str(value))


class Mode(Labelled):
    """The gateway's operating mode (emergency handling switches it)."""

    NORMAL = ("normal", "正常")
    STRICT = ("strict", "严格")
    CANNED = ("canned", "仅预设回答")
    SUSPENDED = ("suspended", "暂停服务")


class Action(Labelled):
    """What a policy does with one hit, from mildest to strictest."""

    ALLOW = ("allow", "放行")
    MASK = ("mask", "掩码")
    SUBSTITUTE = ("substitute", "代答")
    BLOCK = ("block", "拦截")

    @property
    def rank(self) -> int:
        """Strictness: the strictest action of several hits wins."""
        return list(type(self)).index(self)


class Outcome(Labelled):
    """What the gateway did with one request, as its audit record says (stage + action)."""

    ALLOW = ("allow", "放行")
    INPUT_MASK = ("input_mask", "输入掩码后转发")
    INPUT_SUBSTITUTE = ("input_substitute", "输入命中，代答")
    INPUT_BLOCK = ("input_block", "输入命中，拦截")
    INPUT_CANNED = ("input_canned", "仅预设回答模式，代答")
    OUTPUT_MASK = ("output_mask", "输出掩码")
    OUTPUT_SUBSTITUTE = ("output_substitute", "输出命中，代答")
    OUTPUT_BLOCK = ("output_block", "输出命中，拦截")
    OUTPUT_CLASSIFIER_MASK = ("output_classifier_mask", "分类模型判定，掩码")
    OUTPUT_CLASSIFIER_SUBSTITUTE = ("output_classifier_substitute", "分类模型判定，代答")
    OUTPUT_CLASSIFIER_BLOCK = ("output_classifier_block", "分类模型判定，拦截")
    OUTPUT_TOOL_MASK = ("output_tool_mask", "工具调用参数掩码")
    OUTPUT_TOOL_SUBSTITUTE = ("output_tool_substitute", "工具调用命中，代答")
    OUTPUT_TOOL_BLOCK = ("output_tool_block", "工具调用命中，拦截")
    STREAM_ERROR = ("stream_error", "流式转发中断")

    @classmethod
    def of(cls, stage: str, action: str) -> Outcome:
        """The outcome of ``action`` at ``stage`` (``input``, ``output``, ``output_classifier``, ``output_tool``)."""
        value = "allow" if action == Action.ALLOW else f"{stage}_{action}"
        return next(m for m in cls if m.value == value)


class Route(Labelled):
    """The filing route a package is prepared for."""

    BEIAN = ("备案", "大模型备案")
    DENGJI = ("登记", "登记（调用已备案模型）")
    ALGORITHM = ("算法备案", "算法备案")


class Bank(Labelled):
    """The three test banks of the assessment."""

    GENERATED = ("generated", "生成内容测试题库")
    SHOULD_REFUSE = ("should_refuse", "应拒答测试题库")
    NON_REFUSE = ("non_refuse", "非拒答测试题库")


class Verdict(Labelled):
    """The judgement of one assessed item."""

    PASSED = ("passed", "合格")
    FAILED = ("failed", "不合格")
    UNJUDGED = ("unjudged", "未研判")

    @classmethod
    def of(cls, passed: bool | None) -> Verdict:
        """From a tri-state ``passed``."""
        return cls.UNJUDGED if passed is None else cls.PASSED if passed else cls.FAILED
