"""Load and query standard profiles (``tc260-003-2024``, ``gbt-45654-2025``)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from beian.errors import ConfigError

DEFAULT_PROFILE = "tc260-003-2024"
_PROFILE_PACKAGE = "beian.standard"


@dataclass(frozen=True)
class RiskClass:
    """One of the five Appendix-A classes (A.1 … A.5)."""

    id: str
    name: str
    en: str = ""


@dataclass(frozen=True)
class Risk:
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


@dataclass(frozen=True)
class Aspect:
    """One of the 13 aspects a non-refuse bank must cover."""

    id: str
    name: str
    group: str = ""
    min: int = 0
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quota:
    """A size or frequency requirement, e.g. ``keywords_total = 10000``."""

    name: str
    value: float
    conf: str = ""
    clause: str = ""
    note: str = ""


@dataclass(frozen=True)
class Threshold:
    """A pass line: a rate compared with ``op`` on at least ``n`` samples."""

    name: str
    rate: float
    op: str = ">="
    n: int | None = None
    fraction: float | None = None
    conf: str = ""
    clause: str = ""
    title: str = ""

    def passes(self, value: float) -> bool:
        """True when ``value`` meets this line."""
        return value >= self.rate if self.op == ">=" else value <= self.rate


@dataclass(frozen=True)
class DocumentSpec:
    """A document a filing route requires (or accepts)."""

    id: str
    name: str
    patterns: tuple[str, ...]
    formats: tuple[str, ...]
    required: bool = True
    pair: bool = False
    allow_not_applicable: bool = False
    conf: str = ""


@dataclass(frozen=True, eq=False)
class Profile:
    """A loaded, fully-resolved profile (compared and hashed by identity; loads are cached)."""

    id: str
    title: str
    document: str
    released: str
    corpus_term: str
    notes: str
    classes: tuple[RiskClass, ...]
    risks: tuple[Risk, ...]
    aspects: tuple[Aspect, ...]
    quotas: dict[str, Quota]
    thresholds: dict[str, Threshold]
    operations: dict[str, Quota]
    documents: dict[str, tuple[DocumentSpec, ...]]
    excel_layouts: dict[str, tuple[str, ...]]
    category_map: dict[str, str] = field(default_factory=dict)
    effective: str = ""

    def risk(self, risk_id: str) -> Risk:
        """The risk with id ``risk_id`` (KeyError if unknown)."""
        for risk in self.risks:
            if risk.id == risk_id:
                return risk
        raise KeyError(risk_id)

    def risks_in(self, *class_ids: str) -> tuple[Risk, ...]:
        """Risks whose class is one of ``class_ids`` (e.g. ``"A.1", "A.2"``)."""
        return tuple(r for r in self.risks if r.class_id in class_ids)

    @property
    def keyword_risks(self) -> tuple[Risk, ...]:
        """The 17 A.1 + A.2 risks the keyword library must cover."""
        return tuple(r for r in self.risks if r.keyword_min > 0)

    def class_name(self, class_id: str) -> str:
        """Chinese name of a class id."""
        return next((c.name for c in self.classes if c.id == class_id), class_id)

    def resolve_risk(self, name: str | None) -> str | None:
        """Map a category name, id or alias to a risk id, or None when unknown."""
        if not name:
            return None
        return _risk_index(self).get(_key(name))

    def resolve_aspect(self, name: str | None) -> str | None:
        """Map an aspect name, id or alias to an aspect id, or None when unknown."""
        if not name:
            return None
        return _aspect_index(self).get(_key(name))

    def quota(self, name: str) -> float:
        """Numeric value of a quota (KeyError if the profile lacks it)."""
        return self.quotas[name].value


_PUNCT = re.compile(r"[\s\-_、，,。.：:（）()【】\[\]“”\"'·/]+")


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """Normalise a category name for lookup (width, case, punctuation)."""
    text = unicodedata.normalize("NFKC", name).strip().lower()
    text = re.sub(r"^(a\.\d(\.[a-z])?)[\s\u3000]+.*$", r"\1", text)
    return _PUNCT.sub("", text)


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


def _merged(name: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    if name in seen:
        raise ConfigError(f"标准配置继承出现循环：{' -> '.join((*seen, name))}")
    data = _read_raw(name)
    parent = data.pop("extends", None)
    if parent is None:
        return data
    merged = _merged(str(parent), (*seen, name))
    merged.update(data)
    return merged


@lru_cache(maxsize=8)
def load_profile(name: str = DEFAULT_PROFILE) -> Profile:
    """Load a bundled profile by id, or a YAML file by path."""
    data = _merged(name)
    try:
        return _build(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"标准配置 {name} 缺少字段或字段类型错误：{exc}") from exc


def _build(d: dict[str, Any]) -> Profile:
    return Profile(
        id=str(d["id"]),
        title=str(d.get("title", "")),
        document=str(d.get("document", "")),
        released=str(d.get("released", "")),
        effective=str(d.get("effective", "")),
        corpus_term=str(d.get("corpus_term", "语料")),
        notes=str(d.get("notes", "")).strip(),
        classes=tuple(RiskClass(**c) for c in d["classes"]),
        risks=tuple(_risk(r) for r in d["risks"]),
        aspects=tuple(_aspect(a) for a in d["aspects"]),
        quotas={k: _quota(k, v) for k, v in d.get("quotas", {}).items()},
        thresholds={k: _threshold(k, v) for k, v in d.get("thresholds", {}).items()},
        operations={k: _quota(k, v) for k, v in d.get("operations", {}).items()},
        documents={k: tuple(_doc(x) for x in v) for k, v in d.get("documents", {}).items()},
        excel_layouts={k: tuple(v["columns"]) for k, v in d.get("excel_layouts", {}).items()},
        category_map={str(k): str(v) for k, v in d.get("category_map", {}).items()},
    )


def _risk(r: dict[str, Any]) -> Risk:
    return Risk(**{**r, "aliases": tuple(r.get("aliases", ()))})


def _aspect(a: dict[str, Any]) -> Aspect:
    return Aspect(**{**a, "aliases": tuple(a.get("aliases", ()))})


def _quota(name: str, v: dict[str, Any]) -> Quota:
    return Quota(name=name, value=float(v["value"]), conf=str(v.get("conf", "")),
                 clause=str(v.get("clause", "")), note=str(v.get("note", "")))


def _threshold(name: str, v: dict[str, Any]) -> Threshold:
    n = v.get("n")
    fraction = v.get("fraction")
    return Threshold(
        name=name, rate=float(v["rate"]), op=str(v.get("op", ">=")),
        n=int(n) if n is not None else None,
        fraction=float(fraction) if fraction is not None else None,
        conf=str(v.get("conf", "")), clause=str(v.get("clause", "")), title=str(v.get("name", "")),
    )


def _doc(x: dict[str, Any]) -> DocumentSpec:
    return DocumentSpec(
        id=str(x["id"]), name=str(x["name"]),
        patterns=tuple(x.get("patterns", ())), formats=tuple(x.get("formats", ())),
        required=bool(x.get("required", True)), pair=bool(x.get("pair", False)),
        allow_not_applicable=bool(x.get("allow_not_applicable", False)), conf=str(x.get("conf", "")),
    )
