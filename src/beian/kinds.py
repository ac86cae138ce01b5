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
    STREAM_INCOMPLETE = ("stream_incomplete", "上游流式回答没有正常结束")
    OUTPUT_SUSPENDED = ("output_suspended", "回答途中切换为暂停服务，已截断")
    OUTPUT_CANNED = ("output_canned", "回答途中切换为仅预设回答，已截断")
    # requests refused or failed before an answer (every request gets a record)
    AUTH_FAILED = ("auth_failed", "身份验证失败，拒绝")
    RATE_LIMITED = ("rate_limited", "超过速率限制，拒绝")
    INVALID_REQUEST = ("invalid_request", "请求无效，拒绝")
    SUSPENDED = ("suspended", "暂停服务模式，拒绝")
    USER_SUSPENDED = ("user_suspended", "用户已被暂停服务，拒绝")
    CHECK_FAILED = ("check_failed", "内容安全检查出错，按失败关闭拒绝")
    CLASSIFIER_FAILED = ("classifier_failed", "分类模型出错，按失败关闭拒绝")
    INTERNAL_ERROR = ("internal_error", "网关内部错误")
    UPSTREAM_ERROR = ("upstream_error", "上游模型服务出错（提问可能已到达模型）")
    UPSTREAM_TIMEOUT = ("upstream_timeout", "上游模型服务超时（提问已到达模型）")
    UPSTREAM_BLOCKED = ("upstream_blocked", "上游模型服务的内容安全系统拦截，已代答")
    # requests served without a content check: still on the record
    MODELS = ("models", "模型列表请求，已转发")
    EMBEDDINGS = ("embeddings", "向量请求，已转发（向量不是用户阅读的内容，不做内容检查）")
    COMPLAINT = ("complaint", "收到投诉举报")
    OPT_OUT = ("opt_out", "用户关闭数据用于训练")
    # streamed answers: a start record before the first byte, the outcome after the last
    STREAM_START = ("stream_start", "流式回答开始（没有后续记录即为中断）")
    INTERRUPTED = ("interrupted", "流式回答中断（工作进程退出）")
    # operator actions and chain events (not requests)
    MODE_CHANGE = ("mode_change", "切换运行模式")
    KEYWORD_CHANGE = ("keyword_change", "关键词变更")
    CHAIN_KEYED = ("chain_keyed", "审计链自此启用密钥")
    PURGE = ("purge", "按留存期清理审计记录")
    # users who keep entering illegal information (TC260-003 7 g) 1))
    USER_HANDLED = ("user_handled", "用户多次输入违法不良信息，已处置（暂停、警告或仅预设回答）")
    USER_CANNED = ("user_canned", "用户处于处置期，仅预设回答")
    USER_LIFTED = ("user_lifted", "运营人员解除用户处置")

    @classmethod
    def parse(cls, value: str) -> Outcome:
        """The member whose value is ``value``; ``ValueError`` when there is none."""
        for m in cls:
            if m.value == value:
                return m
        raise ValueError(f"unknown outcome {value!r}")

    @classmethod
    def of(cls, stage: str, action: str) -> Outcome:
        """The outcome of ``action`` at ``stage`` (``input``, ``output``, ``output_classifier``, ``output_tool``)."""
        return _STAGED[(str(stage), str(action))]

    @property
    def rank(self) -> int:
        """How much this outcome says about a request: allow < input mask < output mask < any stop or refusal."""
        return _RANK.get(self, 3)


class Stage(Labelled):
    """Where in a request a check ran."""

    INPUT = ("input", "输入")
    OUTPUT = ("output", "输出")
    OUTPUT_CLASSIFIER = ("output_classifier", "输出（分类模型）")
    OUTPUT_TOOL = ("output_tool", "输出（工具调用）")


_O = Outcome
_STAGED_MEMBERS: dict[tuple[Stage, Action], Outcome] = {
    (Stage.INPUT, Action.ALLOW): _O.ALLOW, (Stage.INPUT, Action.MASK): _O.INPUT_MASK,
    (Stage.INPUT, Action.SUBSTITUTE): _O.INPUT_SUBSTITUTE, (Stage.INPUT, Action.BLOCK): _O.INPUT_BLOCK,
    (Stage.OUTPUT, Action.ALLOW): _O.ALLOW, (Stage.OUTPUT, Action.MASK): _O.OUTPUT_MASK,
    (Stage.OUTPUT, Action.SUBSTITUTE): _O.OUTPUT_SUBSTITUTE, (Stage.OUTPUT, Action.BLOCK): _O.OUTPUT_BLOCK,
    (Stage.OUTPUT_CLASSIFIER, Action.ALLOW): _O.ALLOW, (Stage.OUTPUT_CLASSIFIER, Action.MASK): _O.OUTPUT_CLASSIFIER_MASK,
    (Stage.OUTPUT_CLASSIFIER, Action.SUBSTITUTE): _O.OUTPUT_CLASSIFIER_SUBSTITUTE,
    (Stage.OUTPUT_CLASSIFIER, Action.BLOCK): _O.OUTPUT_CLASSIFIER_BLOCK,
    (Stage.OUTPUT_TOOL, Action.ALLOW): _O.ALLOW, (Stage.OUTPUT_TOOL, Action.MASK): _O.OUTPUT_TOOL_MASK,
    (Stage.OUTPUT_TOOL, Action.SUBSTITUTE): _O.OUTPUT_TOOL_SUBSTITUTE, (Stage.OUTPUT_TOOL, Action.BLOCK): _O.OUTPUT_TOOL_BLOCK,
}
_STAGED: dict[tuple[str, str], Outcome] = {(s.value, a.value): o for (s, a), o in _STAGED_MEMBERS.items()}
_RANK: dict[Outcome, int] = {_O.ALLOW: 0, _O.INPUT_MASK: 1, _O.OUTPUT_MASK: 2, _O.OUTPUT_CLASSIFIER_MASK: 2,
                             _O.OUTPUT_TOOL_MASK: 2}
# what a refused or failed request's error code means for its audit record
ERROR_OUTCOMES: dict[str, Outcome] = {
    "invalid_api_key": _O.AUTH_FAILED, "invalid_admin_token": _O.AUTH_FAILED,
    "invalid_metrics_token": _O.AUTH_FAILED, "rate_limited": _O.RATE_LIMITED, "suspended": _O.SUSPENDED,
    "user_suspended": _O.USER_SUSPENDED, "check_failed": _O.CHECK_FAILED, "classifier_failed": _O.CLASSIFIER_FAILED,
    "upstream_timeout": _O.UPSTREAM_TIMEOUT, "internal_error": _O.INTERNAL_ERROR,
}


def error_outcome(status: int, code: str) -> Outcome:
    """The audit outcome of a request refused with HTTP ``status`` and error ``code``."""
    if code in ERROR_OUTCOMES:
        return ERROR_OUTCOMES[code]
    if status == 504:
        return Outcome.UPSTREAM_TIMEOUT
    if status >= 500:
        return Outcome.UPSTREAM_ERROR
    return Outcome.INVALID_REQUEST


class Tamper(Labelled):
    """A kind of tampering ``beian admin audit verify`` can name."""

    MODIFIED = ("modified", "记录内容被修改（密钥哈希不符，后续哈希即使重算也无效）")
    DELETED = ("deleted", "中间有记录被删除或插入（与前一条记录的哈希不衔接）")
    HEAD_DELETED = ("head_deleted", "开头的记录被删除（与锚点不衔接）")
    ANCHOR_FORGED = ("anchor_forged", "锚点被伪造（签名不符）")
    KEY_STATE_FORGED = ("key_state_forged", "密钥启用状态被篡改（签名不符或启用记录缺失）")
    TRUNCATED = ("truncated", "末尾的记录被截断（检查点记录的最后一条已不存在）")
    CHECKPOINT_MISMATCH = ("checkpoint_mismatch", "记录与检查点不符（被改写、删除或截断后重写）")
    CHECKPOINT_EDITED = ("checkpoint_edited", "检查点文件被修改（签名不符）")


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


class ClassifierKind(Labelled):
    """How a harmful-content classifier endpoint is asked (gateway ``classifier.kind``, ``assess --classifier-kind``)."""

    GUARD = ("guard", "安全护栏模型（Qwen3Guard / Llama Guard 等）")
    LLM_JUDGE = ("llm_judge", "大模型评审")
    BASELINE = ("baseline", "离线基线模型（beian judge train --target harmful，仅作参考）")
