"""``service.yaml``: what only the company knows about its service (nothing measurable).

``beian report init`` writes the template with Chinese comments; ``beian report build`` reads it
through :class:`Service` (pydantic), which turns every problem into one Chinese line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from beian.errors import ConfigError
from beian.text.pii.checksums import validate_uscc

SERVICE_NAME = "service.yaml"
FILL = "待填写"
LABELS: dict[str, str] = {
    "company": "申请主体名称", "uscc": "统一社会信用代码", "model": "模型名称", "version": "模型版本",
    "base_model": "基础模型名称", "base_filing": "基础模型备案号", "scenario": "应用场景", "users": "服务对象",
    "service_form": "服务形式", "out_of_scope": "超出服务范围的处理", "contact": "联系人及电话",
    "functions": "主要功能", "corpus_size": "训练语料规模",
}
TEMPLATE = f"""# beian report 的服务信息：只填写无法测量的事实；指标由 beian report build 从运行结果读取。
# 每项把“{FILL}”换成实际内容。写法要具体：审核会退回“通用大模型、全场景覆盖”这类宽泛表述。

company: {FILL}            # 申请主体名称（与营业执照一致），如：上海星河智能科技有限公司
uscc: {FILL}               # 统一社会信用代码（18 位，校验位会被检查）
model: {FILL}              # 模型名称，如：星河问答大模型
version: {FILL}            # 模型版本，如：V2.1
base_model: ""             # 基础模型名称（自研模型留空）
base_filing: ""            # 基础模型的备案号（使用已备案的基础模型时必填）
corpus_size: ""            # 训练语料规模（留空时由 --corpus 运行的条数填写），如：1200万条
scenario: {FILL}           # 应用场景：具体到业务与任务，如：企业内部办公场景下的文档起草、会议纪要整理
users: {FILL}              # 服务对象：谁能使用，是否面向未成年人，如：签约企业的年满18周岁在职员工
service_form: {FILL}       # 服务形式，如：网页端及企业API接口
functions: 人机对话、文字生成   # 主要功能
out_of_scope: {FILL}       # 超出服务范围的处理，如：提示“该问题超出本服务范围”并不予生成
contact: {FILL}            # 联系人及电话，如：李静 021-5888 6601
signatories:               # 评估报告的签字人（姓名与职务）
  legal_representative: {FILL}   # 法定代表人
  assessment_lead: {FILL}        # 评估总负责人（网络安全负责人）
  legality_lead: {FILL}          # 合法性评估负责人（法务负责人）
"""


def _blank(value: Any) -> Any:
    """None and 待填写 as '' (a place still to fill); numbers as text."""
    if value is None or value == FILL:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


class Signatories(BaseModel):
    """The three people who sign the assessment report (TC260-003 9.1 e))."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    legal_representative: str = ""
    assessment_lead: str = ""
    legality_lead: str = ""

    _text = field_validator("*", mode="before")(classmethod(lambda cls, v: _blank(v)))


class Service(BaseModel):
    """The facts of ``service.yaml``; empty or 待填写 values become 【请填写】 places in the documents."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    company: str
    uscc: str
    model: str
    version: str
    base_model: str = ""
    base_filing: str = ""
    corpus_size: str = ""
    scenario: str = ""
    users: str = ""
    service_form: str = ""
    functions: str = ""
    out_of_scope: str = ""
    contact: str = ""
    signatories: Signatories = Field(default_factory=Signatories)

    @field_validator("*", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return _blank(value)

    @field_validator("uscc")
    @classmethod
    def _uscc(cls, value: str) -> str:
        code = value.upper()
        if code and not validate_uscc(code):
            raise ValueError(f"统一社会信用代码 {value} 无效（应为 18 位，校验位按 GB 32100 计算）")
        return code

    @field_validator("base_filing")
    @classmethod
    def _filing(cls, value: str, info: Any) -> str:
        if info.data.get("base_model") and not value:
            raise ValueError("写了基础模型，但没有写它的备案号（base_filing）")
        return value

    def value(self, key: str) -> str:
        """The stated value of ``key`` ('' when it is still to be filled)."""
        return str(getattr(self, key))


def write_template(package: Path) -> Path:
    """Write ``service.yaml`` into ``package`` (an existing one is kept); returns its path."""
    path = package / SERVICE_NAME
    if package.exists() and not package.is_dir():
        raise ConfigError(f"{package} 是文件，不是材料包文件夹", hint="--package 给出一个文件夹（不存在时会创建）")
    if path.exists():
        raise ConfigError(f"{path} 已存在，未覆盖", hint="直接编辑它，或删除后重新运行 beian report init")
    package.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE, encoding="utf-8")
    return path


def load_service(package: Path) -> Service:
    """Read and validate ``package/service.yaml``; every problem is one Chinese line."""
    path = package / SERVICE_NAME
    if not path.exists():
        raise ConfigError(f"找不到 {path}", hint=f"先运行 beian report init --package {package}，再填写其中的服务信息")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        raise ConfigError(f"{path.name} {where}不是合法的 YAML", hint="检查缩进与冒号后的空格") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name} 应是“字段: 值”的映射", hint="参考 beian report init 生成的模板")
    try:
        return Service.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path.name}：{_first_error(exc)}", hint="改正后重新运行 beian report build") from None


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err["loc"])
    label = LABELS.get(field, field)
    if err["type"] == "missing":
        return f"缺少字段 {field}（{label}）"
    if err["type"] == "extra_forbidden":
        return f"未知字段 {field}，请检查拼写"
    msg = str(err["msg"]).removeprefix("Value error, ")
    return f"{field}（{label}）：{msg}" if msg.isascii() is False else f"{field}（{label}）取值无效"
