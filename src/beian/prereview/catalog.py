"""The rule catalogue: for each finding code, what it checks, the clauses it rests on, their force and the fix.

The data is ``beian/standard/rules.yaml``; numbers stay in the profile and are looked up
by key when a code is explained (``beian check --explain CODE``).
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from beian.errors import ConfigError, UsageError
from beian.standard import Profile, load_profile

Force = Literal["应", "宜", "实践", "文件"]
FORCE_NAMES: dict[str, str] = {"应": "强制性条款（应）", "宜": "推荐性条款（宜）", "实践": "审核实践口径", "文件": "文件问题"}
DOC_PAGE = "docs/rules/{family}.md"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Part(_Frozen):
    """A sub-check of a code whose force differs from the code's other sub-checks."""

    check: str
    clauses: tuple[str, ...]
    force: Force


class Entry(_Frozen):
    """One finding code of ``beian check``."""

    code: str
    title: str
    checks: str
    clauses: tuple[str, ...]
    force: Force
    fix: str
    profile: tuple[str, ...] = ()
    parts: tuple[Part, ...] = ()
    notes: str = ""

    @property
    def family(self) -> str:
        """The rule family, the code's prefix (``safety`` for ``safety.keyword_total``)."""
        return self.code.split(".")[0]

    @property
    def doc_page(self) -> str:
        """The documentation page of the code's family."""
        return DOC_PAGE.format(family=self.family)


class Catalog(_Frozen):
    """All entries, the meaning of each force and the text of the 9.1 d) 4) rule."""

    version: int
    forces: dict[str, str]
    recommended_rule: str
    profile_labels: dict[str, str] = {}
    rules: dict[str, Entry]


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """The packaged catalogue (parsed once); a malformed file is a :class:`ConfigError`."""
    raw = yaml.safe_load(resources.files("beian.standard").joinpath("rules.yaml").read_text(encoding="utf-8"))
    for code, entry in raw.get("rules", {}).items():
        entry["code"] = code
    try:
        return Catalog.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"规则目录 rules.yaml 格式错误：{exc.errors()[0]['loc']}", "检查 src/beian/standard/rules.yaml") from None


def entry(code: str) -> Entry:
    """The catalogue entry of ``code``; an unknown code is a :class:`UsageError` naming close matches."""
    rules = load_catalog().rules
    if code in rules:
        return rules[code]
    close = difflib.get_close_matches(code, list(rules), n=5, cutoff=0.5)
    hint = f"相近的编号：{'、'.join(close)}" if close else f"可用的编号前缀：{'、'.join(sorted({c.split('.')[0] for c in rules}))}"
    raise UsageError(f"未知的问题编号：{code}", hint)


def force_of(code: str) -> Force:
    """The force of ``code``: 应, 宜, 实践 or 文件 (the strongest of its sub-checks when they differ)."""
    return entry(code).force


def explain(code: str, profile: Profile | None = None) -> str:
    """A Chinese explanation of ``code``: what it checks, clauses, force, the profile's numbers, the fix."""
    e = entry(code)
    catalog = load_catalog()
    lines = [f"{e.code}：{e.title}", "", f"检查内容：{e.checks}", f"依据：{'；'.join(e.clauses)}",
             f"效力：{e.force}。{catalog.forces[e.force]}"]
    if e.parts:
        lines.append("分项效力：")
        lines += [f"  - {p.check}（{'；'.join(p.clauses)}）：{FORCE_NAMES[p.force]}" for p in e.parts]
    if "宜" in {e.force, *(p.force for p in e.parts)}:
        lines.append(f"关于推荐性条款：{catalog.recommended_rule}")
    if e.profile:
        prof = profile or load_profile()
        lines.append(f"标准配置 {prof.id} 中的数字：")
        lines += [f"  - {text}" for key in e.profile for text in profile_numbers(prof, key)]
    if e.notes:
        lines.append(f"说明：{e.notes}")
    lines += [f"怎么改：{e.fix}", f"文档：{e.doc_page}"]
    return "\n".join(lines)


def profile_numbers(profile: Profile, key: str) -> list[str]:
    """Readable lines for a profile key such as ``quotas.keywords_total`` or ``risks.keyword_min``."""
    section, _, name = key.partition(".")
    if section in ("quotas", "operations"):
        q = (profile.quotas if section == "quotas" else profile.operations)[name]
        label = load_catalog().profile_labels.get(key) or q.note or name
        return [f"{label}：{q.value:g}（{key}，可信度 {q.conf or '-'}）"]
    if section == "thresholds":
        return [_threshold_line(profile, name, key)]
    if section == "excel_layouts":
        return [f"表头：{' / '.join(profile.excel_layouts[name])}（{key}）"]
    if section == "risks":
        return _per_class(profile, name, key)
    if section == "aspects":
        return [f"{'、'.join(a.name for a in profile.aspects)}：每个方面不少于 {min(a.min for a in profile.aspects)}（{key}）"]
    if section == "documents":
        routes = [name] if name else list(profile.documents)
        return [f"{route}：{'、'.join(d.name for d in profile.documents[route] if d.required)}" for route in routes]
    raise ConfigError(f"规则目录引用了未知的标准配置键：{key}", "检查 src/beian/standard/rules.yaml 的 profile 字段")


def _threshold_line(profile: Profile, name: str, key: str) -> str:
    th = profile.thresholds[name]
    sample = f"抽样不少于 {th.n}" if th.n else (f"抽样不少于总量 {th.fraction:.0%}" if th.fraction else "")
    op = "不低于" if th.op == ">=" else "不高于"
    return "，".join(x for x in (th.title or name, sample, f"{op} {th.rate:.0%}") if x) + f"（{key}）"


def _per_class(profile: Profile, attr: str, key: str) -> list[str]:
    by_class: dict[str, set[int]] = {}
    for risk in profile.risks:
        value = getattr(risk, attr)
        if value:
            by_class.setdefault(risk.class_id, set()).add(value)
    parts = [f"{cid} 每类不少于 {'/'.join(str(v) for v in sorted(vals))}" for cid, vals in sorted(by_class.items())]
    return [f"{'，'.join(parts)}（{key}）"]


__all__ = ["Catalog", "Entry", "Force", "Part", "entry", "explain", "force_of", "load_catalog", "profile_numbers"]
