"""Load and query standard profiles (``tc260-003-2024``, ``gbt-45654-2025``)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from beian.errors import ConfigError
from beian.simplified import to_simplified

DEFAULT_PROFILE = "tc260-003-2024"
_PROFILE_PACKAGE = "beian.standard"


class _Model(BaseModel):
    """Immutable, strict about unknown keys (a typo in a profile is an error, not a silent default)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class RiskClass(_Model):
    """One of the five Appendix-A classes (A.1 … A.5)."""

    id: str
    name: str
    en: str = ""
    aliases: tuple[str, ...] = ()  # a bank category that names the class only (歧视)


class Risk(_Model):
    """One of the 31 Appendix-A risks with its per-bank floors."""

    id: str
    name: str
    en: str = ""
    keyword_min: int = 0
    generated_min: int = 0
    refuse_min: int = 0
    aliases: tuple[str, ...] = ()

    @property
    def class_id(self) -> str:
        """The class id, e.g. ``A.1`` for ``A.1.d``."""
        return self.id.rsplit(".", 1)[0]


class Aspect(_Model):
    """One of the 13 aspects a non-refuse bank must cover."""

    id: str
    name: str
    group: str = ""
    min: int = 0
    aliases: tuple[str, ...] = ()


class Quota(_Model):
    """A size or frequency requirement, e.g. ``keywords_total = 10000`` (``name`` is its key)."""

    name: str
    value: float
    conf: str = ""
    clause: str = ""
    note: str = ""


class Threshold(_Model):
    """A pass line: a rate compared with ``op`` on at least ``n`` samples (``title`` is YAML ``name``)."""

    name: str
    rate: float
    op: str = ">="
    n: int | None = None
    fraction: float | None = None
    conf: str = ""
    clause: str = ""
    title: str = ""

    @field_validator("op")
    @classmethod
    def _known_op(cls, op: str) -> str:
        if op not in (">=", "<="):
            raise ValueError("op 只能是 >= 或 <=")
        return op

    def passes(self, value: float) -> bool:
        """True when ``value`` meets this line."""
        return value >= self.rate if self.op == ">=" else value <= self.rate


class DocumentSpec(_Model):
    """A document a filing route requires (or accepts)."""

    id: str
    name: str
    patterns: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    read_also: tuple[str, ...] = ()  # other formats read in its place, reported as not the usual one (a form as .xlsx)
    required: bool = True
    pair: bool = False
    allow_not_applicable: bool = False
    conf: str = ""


class Profile(BaseModel):
    """A loaded, fully-resolved profile (compared and hashed by identity; loads are cached)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str = ""
    document: str = ""
    released: str = ""
    effective: str = ""
    corpus_term: str = "语料"
    notes: str = ""
    classes: tuple[RiskClass, ...]
    risks: tuple[Risk, ...]
    aspects: tuple[Aspect, ...]
    quotas: dict[str, Quota] = Field(default_factory=dict)
    thresholds: dict[str, Threshold] = Field(default_factory=dict)
    operations: dict[str, Quota] = Field(default_factory=dict)
    documents: dict[str, tuple[DocumentSpec, ...]] = Field(default_factory=dict)
    excel_layouts: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    category_map: dict[str, str] = Field(default_factory=dict)

    __hash__ = object.__hash__

    def __eq__(self, other: object) -> bool:
        return self is other

    @field_validator("notes", mode="before")
    @classmethod
    def _strip(cls, v: object) -> object:
        return v.strip() if isinstance(v, str) else v

    @field_validator("released", "effective", "id", mode="before")
    @classmethod
    def _text(cls, v: object) -> object:
        return str(v) if v is not None else v

    @field_validator("excel_layouts", mode="before")
    @classmethod
    def _columns(cls, v: object) -> object:
        if isinstance(v, dict):
            return {k: (x["columns"] if isinstance(x, dict) and "columns" in x else x) for k, x in v.items()}
        return v

    @field_validator("quotas", "operations", "thresholds", mode="before")
    @classmethod
    def _named(cls, v: object) -> object:
        if isinstance(v, dict):
            return {k: _with_name(str(k), x) for k, x in v.items()}
        return v

    def risk(self, risk_id: str) -> Risk:
        """The risk with id ``risk_id`` (KeyError if unknown)."""
        for risk in self.risks:
            if risk.id == risk_id:
                return risk
        raise KeyError(risk_id)

    @property
    def keyword_risks(self) -> tuple[Risk, ...]:
        """The 17 A.1 + A.2 risks the keyword library must cover."""
        return tuple(r for r in self.risks if r.keyword_min > 0)

    def class_name(self, class_id: str) -> str:
        """Chinese name of a class id."""
        return next((c.name for c in self.classes if c.id == class_id), class_id)

    def resolve_risk(self, name: str | None) -> str | None:
        """Map a category name, id or alias to a risk id, or None when unknown; a name written otherwise is resolved
        when the names and aliases it contains all belong to one risk (:func:`_contained`)."""
        if not name:
            return None
        key = _key(name)
        return _risk_index(self).get(key) or _contained(_risk_index(self), key)

    def resolve_class(self, name: str | None) -> str | None:
        """The Appendix-A class a category names without naming one of its risks (``歧视``: A.2), by the class's id,
        name or aliases; None otherwise."""
        if not name:
            return None
        key = _key(name)
        return next((c.id for c in self.classes if key in {_key(n) for n in (c.id, c.name, *c.aliases)}), None)

    def resolve_aspect(self, name: str | None) -> str | None:
        """Map an aspect name, id or alias to an aspect id, or None when unknown; ``我国制度`` (TC260-003 8.3 b)'s own
        wording) holds the aspect 制度 and no other, so it is 制度 (:func:`_contained`)."""
        if not name:
            return None
        key = _key(name)
        return _aspect_index(self).get(key) or _contained(_aspect_index(self), key)

    def quota(self, name: str) -> float:
        """Numeric value of a quota (KeyError if the profile lacks it)."""
        return self.quotas[name].value


def _with_name(key: str, entry: object) -> object:
    """A quota or threshold entry with its key as ``name`` (a threshold's YAML ``name`` is its title)."""
    if not isinstance(entry, dict):
        return entry
    if "rate" in entry:  # a threshold
        return {**{k: v for k, v in entry.items() if k != "name"}, "name": key, "title": entry.get("name", "")}
    return {**entry, "name": key}


_PUNCT = re.compile(r"[\s\-_、，,。.：:（）()【】\[\]“”\"'·/]+")


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """Normalise a category name for lookup (width, case, punctuation, traditional characters: 詐騙 is 诈骗, the
    146th probe's bank)."""
    text = unicodedata.normalize("NFKC", name).strip().lower()
    text = to_simplified(text)
    text = re.sub(r"^(a\.\d(\.[a-z])?)[\s\u3000]+.*$", r"\1", text)
    return _PUNCT.sub("", text)


MIN_CONTAINED = 2  # characters: a name or alias shorter than this is not looked for inside another name


def _contained(index: dict[str, str], key: str) -> str | None:
    """The one id whose names or aliases ``key`` contains (``利用算法数据平台等实施垄断和不正当竞争行为`` holds 垄断 and
    不正当竞争, both A.3.d: the standard's name without 优势, the ninety-fourth probe), None when none or several ids are
    contained (``历史文化`` holds 历史 and 文化) or ``key`` is itself too short to tell."""
    if len(key) <= MIN_CONTAINED:
        return None
    found = {rid for alias, rid in index.items() if len(alias) >= MIN_CONTAINED and alias in key}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=16)
def _risk_index(profile: Profile) -> dict[str, str]:
    index: dict[str, str] = {}
    for alias, risk_id in profile.category_map.items():
        index[_key(alias)] = risk_id
    for risk in profile.risks:
        for name in (*risk.aliases, risk.name, risk.id):
            index[_key(name)] = risk.id
    return index


@lru_cache(maxsize=16)
def _aspect_index(profile: Profile) -> dict[str, str]:
    index: dict[str, str] = {}
    for aspect in profile.aspects:
        for name in (*aspect.aliases, aspect.name, aspect.id):
            index[_key(name)] = aspect.id
    return index


def available_profiles() -> list[str]:
    """Ids of the bundled profiles."""
    folder = resources.files(_PROFILE_PACKAGE).joinpath("profiles")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def _read_raw(name: str) -> dict[str, Any]:
    path = Path(name)
    if path.suffix in (".yaml", ".yml") and path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        resource = resources.files(_PROFILE_PACKAGE).joinpath("profiles").joinpath(f"{name}.yaml")
        if not resource.is_file():
            known = "、".join(available_profiles())
            raise ConfigError(f"未知的标准配置：{name}", hint=f"可选：{known}，或给出 YAML 文件路径")
        text = resource.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"标准配置 {name} 不是合法的 YAML：{exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"标准配置 {name} 的顶层应为映射")
    return data


def deep_merge(parent: Any, child: Any) -> Any:
    """``child`` over ``parent``: mappings merge key by key, lists of ``id``-keyed mappings merge by id
    (a child changes one risk or one document without repeating the others), anything else is replaced."""
    if isinstance(parent, dict) and isinstance(child, dict):
        return {**parent, **{k: deep_merge(parent[k], v) if k in parent else v for k, v in child.items()}}
    if _by_id(parent) and _by_id(child):
        merged = {x["id"]: x for x in parent}
        for x in child:
            merged[x["id"]] = deep_merge(merged[x["id"]], x) if x["id"] in merged else x
        return list(merged.values())
    return child


def _by_id(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, dict) and "id" in x for x in v)


def _merged(name: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    if name in seen:
        raise ConfigError(f"标准配置继承出现循环：{' -> '.join((*seen, name))}")
    data = _read_raw(name)
    parent = data.pop("extends", None)
    if parent is None:
        return data
    merged: dict[str, Any] = deep_merge(_merged(str(parent), (*seen, name)), data)
    return merged


@lru_cache(maxsize=8)
def load_profile(name: str = DEFAULT_PROFILE) -> Profile:
    """Load a bundled profile by id, or a YAML file by path (``extends:`` merges deeply)."""
    data = _merged(name)
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"标准配置 {name} 有误：{_first_problem(exc)}",
                          "对照内置配置（beian standard show --json）修改该字段") from None


_PROBLEM_ZH = {"missing": "缺少字段", "extra_forbidden": "未知字段"}


def _first_problem(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(x) for x in err["loc"])
    what = _PROBLEM_ZH.get(err["type"], "取值或类型错误")
    return f"{where}：{what}" + (f"（共 {exc.error_count()} 处）" if exc.error_count() > 1 else "")
