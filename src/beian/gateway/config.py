"""Gateway configuration: YAML loaded into pydantic models, with Chinese errors."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from beian.errors import ConfigError
from beian.yamlfile import read_yaml, validate_mapping

Action = Literal["allow", "mask", "block", "substitute"]


def sha256_hex(value: str) -> str:
    """Hex sha256 of a UTF-8 string (how keys, tokens and user ids are stored)."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class _Strict(BaseModel):
    """Unknown keys are errors: a misspelt ``polcy:`` must not silently fall back to defaults."""

    model_config = ConfigDict(extra="forbid")


class Upstream(_Strict):
    """An OpenAI-compatible upstream (vLLM, a vendor API)."""

    base_url: str
    api_key: str = ""
    timeout_s: float = 60.0  # the whole exchange, a streamed answer included (504 / stream cut when over)
    connect_timeout_s: float = 5.0
    idle_timeout_s: float | None = None  # longest silence between bytes; None: no separate limit


class Policy(_Strict):
    """What to do with a hit, per risk id or category; ``default`` for the rest."""

    default: Action = "block"
    categories: dict[str, Action] = Field(default_factory=dict)
    pii_input: Action = "mask"
    pii_output: Action = "mask"
    min_confidence: float = 0.75
    strict_min_confidence: float = 0.5


class LabelConfig(_Strict):
    """Explicit (visible) and implicit (metadata) AIGC labels."""

    text: str = "本内容由人工智能生成"
    position: Literal["start", "end", "none"] = "end"
    producer_code: str = ""
    header: str = "X-AIGC-Label"

    @field_validator("text")
    @classmethod
    def _has_elements(cls, v: str) -> str:
        if v and not (("人工智能" in v or "AI" in v) and ("生成" in v or "合成" in v)):
            raise ValueError("显式标识须同时包含“人工智能”与“生成”或“合成”")
        return v

    @field_validator("producer_code")
    @classmethod
    def _valid_code(cls, v: str) -> str:
        if v:
            from beian.labels import check_producer_code

            problem = check_producer_code(v)
            if problem:
                raise ValueError(problem)
        return v


class ClassifierConfig(_Strict):
    """An optional guard model (Qwen3Guard / Llama Guard) or LLM judge for the answers.

    Streamed answers are released in segments: the answer so far is classified at the first
    sentence end after every ``stream_every_chars`` new characters (0: only once, at the end)
    and nothing of a segment is sent before the classifier has passed it.
    """

    kind: Literal["guard", "llm_judge"] = "guard"  # ``judge``, the old name of ``llm_judge``, is read as it
    base_url: str
    model: str
    api_key: str = ""
    timeout_s: float = 10.0
    stream_every_chars: int = Field(200, ge=0)

    @field_validator("kind", mode="before")
    @classmethod
    def _old_name(cls, value: object) -> object:
        return "llm_judge" if value == "judge" else value  # the old name, as beian assess --classifier-kind reads it


class UserPolicy(_Strict):
    """What happens to a user who keeps entering illegal information (TC260-003 7 g) 1)).

    ``consecutive`` / ``daily`` left empty take the standard profile's numbers (3 in a row, 5 in
    one day); ``duration_hours`` 0 keeps the measure until an operator lifts it. See docs/gateway.md.
    """

    enabled: bool = True
    action: Literal["suspend", "warn", "canned"] = "suspend"
    consecutive: int | None = Field(default=None, ge=1)
    daily: int | None = Field(default=None, ge=1)
    duration_hours: float = Field(default=24.0, ge=0)
    message: str = ""  # the user's notice; empty: a default per action ({until} is filled in)


class AppConfig(_Strict):
    """One calling application: its key, upstream and policy."""

    name: str
    key_sha256: str
    upstream: str
    lexicons: list[str] = Field(default_factory=list)
    allow: list[str] = Field(default_factory=list)
    user_dict: list[str] = Field(default_factory=list)  # jieba-format word lists for the word-boundary check
    policy: Policy = Field(default_factory=Policy)
    refusal: str = "抱歉，这个问题我无法回答。"
    error_envelope: bool = False
    fail_closed: bool = True
    check_timeout_s: float = 2.0
    rate_limit_rpm: int = 0
    minors_mode: bool = False
    pii: bool = True
    classifier: ClassifierConfig | None = None
    user_policy: UserPolicy = Field(default_factory=UserPolicy)

    @field_validator("key_sha256")
    @classmethod
    def _hex(cls, v: str) -> str:
        v = v.lower()
        if len(v) != 64 or any(c not in "0123456789abcdef" for c in v):
            raise ValueError("key_sha256 须为 64 位十六进制的 sha256 摘要（不要填写明文密钥）")
        return v


class AuditConfig(_Strict):
    """Where and how decisions are logged."""

    url: str = "sqlite:///beian-audit.db"
    retention_months: int | None = None
    store_raw: bool = False
    busy_timeout_ms: int = 2000
    # SQLite: "normal" survives a killed process; "full" also a power cut (an fsync per commit)
    synchronous: Literal["normal", "full"] = "normal"
    key_file: str | None = None  # the HMAC key of the chain (hex); BEIAN_AUDIT_KEY overrides it
    require_key: bool = False  # refuse to start without a key
    checkpoint_dir: str | None = None  # signed checkpoints outside the database (needs the key)
    checkpoint_every_rows: int = Field(1000, ge=1)
    checkpoint_every_s: float = Field(10.0, gt=0)


class ComplaintConfig(_Strict):
    """Complaint handling time limit."""

    respond_within_hours: int = 48


class GatewayConfig(_Strict):
    """The whole ``gateway.yaml``."""

    host: str = "127.0.0.1"
    port: int = 8000
    upstreams: dict[str, Upstream]
    apps: list[AppConfig]
    admin_token_sha256: str = ""  # the old single admin token: operator "admin"
    admin_tokens_sha256: dict[str, str] = Field(default_factory=dict)  # operator name -> sha256 of the token
    max_body_bytes: int = 1_000_000
    body_timeout_s: float = Field(30.0, gt=0)  # a body not fully received by then is refused (408)
    max_header_bytes: int = Field(32_768, ge=1024)  # request line plus headers; larger is refused (431)
    metrics_token_sha256: str = ""  # set: /metrics needs this bearer token; empty: app names are left out
    audit: AuditConfig = Field(default_factory=AuditConfig)
    label: LabelConfig = Field(default_factory=LabelConfig)
    substitutes: dict[str, str] = Field(default_factory=dict)
    canned_default: str = "服务正在维护，目前仅提供预设回答。"
    suspended_message: str = "服务已被运营方临时暂停，请稍后再试。"
    complaints: ComplaintConfig = Field(default_factory=ComplaintConfig)
    hold_factor: int = 2
    base_dir: str = "."

    def app_for_key(self, key: str) -> AppConfig | None:
        """The app whose stored hash matches ``key`` (plain text from the caller)."""
        digest = sha256_hex(key)
        for app in self.apps:
            if app.key_sha256 == digest:
                return app
        return None

    def admin_operator(self, token: str) -> str | None:
        """The operator whose admin token ``token`` is (plain text from the caller), or ``None``."""
        import hmac

        digest = sha256_hex(token)
        tokens = dict(self.admin_tokens_sha256)
        if self.admin_token_sha256:
            tokens.setdefault("admin", self.admin_token_sha256)
        return next((name for name, h in tokens.items() if hmac.compare_digest(h.lower(), digest)), None)

    def db_url(self) -> str:
        """The audit URL; a relative SQLite path is taken from the config file's folder."""
        url = self.audit.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite:///:memory:":
            return prefix + str(self.path(url[len(prefix):]).resolve())
        return url

    def path(self, p: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        q = Path(p)
        return q if q.is_absolute() else Path(self.base_dir) / q


def parse_config(data: object, base_dir: Path | None = None) -> GatewayConfig:
    """Validate a config mapping; raise :class:`ConfigError` in Chinese."""
    cfg = validate_mapping(GatewayConfig, data, "网关配置", "参见 examples/gateway.yaml 中的注释")
    if base_dir is not None and cfg.base_dir == ".":
        cfg.base_dir = str(base_dir)
    for app in cfg.apps:
        if app.upstream not in cfg.upstreams:
            raise ConfigError(f"应用 {app.name} 引用了不存在的上游 {app.upstream}", "在 upstreams 下定义它")
        _files_exist(cfg, app)
    return cfg


def _files_exist(cfg: GatewayConfig, app: AppConfig) -> None:
    """Every lexicon, allowlist and user dictionary an app names is a readable file (checked before serving)."""
    for key, names in (("lexicons", app.lexicons), ("allow", app.allow), ("user_dict", app.user_dict)):
        for name in names:
            path = cfg.path(name)
            if path.is_dir():  # a folder of lexicons (the hundred-and-thirty-third probe was told it does not exist)
                raise ConfigError(f"应用 {app.name} 的 {key} 中的路径是文件夹，不是文件：{path}",
                                  f"{key} 逐个列出文件夹里的词库文件（如 {path.name}/xxx.txt）")
            if not path.is_file():
                raise ConfigError(f"应用 {app.name} 的 {key} 中的文件不存在：{path}",
                                  f"路径相对于配置文件所在的文件夹（{cfg.base_dir}）；改正路径或从 {key} 中删去它")


def load_config(path: Path) -> GatewayConfig:
    """Read and validate ``gateway.yaml``."""
    data = read_yaml(path, "网关配置文件", "用 --config 指定，或复制 examples/gateway.yaml")
    return parse_config(data, path.resolve().parent)
