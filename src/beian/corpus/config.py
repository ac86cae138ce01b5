"""``corpus.yaml``: the declared sources of a training corpus and what the filing says about each.

``beian corpus init`` writes one from the folders it finds (with Chinese comments); ``beian corpus
scan`` reads it, or takes files, folders and globs directly (each one a source named after it).
"""

from __future__ import annotations

import glob
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from beian.corpus.formats import detect
from beian.errors import ConfigError, InputError

SOURCE_TYPES = ("开源", "自采", "商业", "用户数据")
FILLED_LATER = "待填写"
# corpus.yaml key → (数据溯源清单 column meaning, comment written by ``init``)
FIELDS: dict[str, str] = {
    "type": "来源类型：开源 / 自采 / 商业 / 用户数据",
    "licence": "授权依据：许可证（如 CC BY-SA 4.0、MIT）或合同编号",
    "method": "获取方式：下载地址、采购渠道或采集方式（写具体网址与日期）",
    "period": "采集时间：起止年月，如 2024年1月—2024年6月",
    "language": "语言：中文 / 英文 / 中英 …",
    "region": "境内外：境内 / 境外",
    "robots": "robots/授权审查：采集前对 robots 协议与用户协议的审查结论",
    "consent": "个人信息处理：同意依据与去标识化措施；不含个人信息的写“不含个人信息”",
    "cleaning": "清洗步骤：去重、过滤、脱敏等",
}


@dataclass
class Source:
    """One declared source: where its files are and what the filing says about it."""

    name: str
    paths: list[str]
    type: str = FILLED_LATER
    licence: str = FILLED_LATER
    method: str = FILLED_LATER
    period: str = FILLED_LATER
    language: str = FILLED_LATER
    region: str = FILLED_LATER
    robots: str = FILLED_LATER
    consent: str = FILLED_LATER
    cleaning: str = FILLED_LATER
    text_field: str | None = None
    base: str = field(default=".", repr=False)

    def files(self) -> list[Path]:
        """The corpus files of this source, sorted; folders are walked, globs expanded."""
        found: list[Path] = []
        for raw in self.paths:
            path = Path(self.base) / raw
            if any(c in raw for c in "*?["):
                found.extend(Path(p) for p in sorted(glob.glob(str(path), recursive=True)))
            elif path.is_dir():
                found.extend(sorted(p for p in path.rglob("*") if p.is_file()))
            elif path.exists():
                found.append(path)
        return [p for p in found if detect(p) is not None]

    def exists(self) -> bool:
        """Whether any declared path is on disk."""
        return any(Path(self.base, raw).exists() or glob.glob(str(Path(self.base, raw)))
                   for raw in self.paths)

    def describe(self) -> dict[str, object]:
        """The declared fields, for the result JSON."""
        data = asdict(self)
        data.pop("base")
        return data


def sources_from_paths(args: list[str]) -> list[Source]:
    """One source per command-line path (a file, a folder or a glob), named after it."""
    sources = []
    for raw in args:
        name = Path(raw.rstrip("/")).name.split("*")[0] or raw
        if Path(raw).is_file():
            name = name.split(".")[0]
        sources.append(Source(name=name, paths=[raw]))
    _unique(sources)
    return sources


def load_config(path: Path) -> list[Source]:
    """The sources declared in ``corpus.yaml``; paths are relative to the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"找不到语料配置文件：{path}", "用 beian corpus init 语料目录 生成一份") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"语料配置 {path.name} 不是合法的 YAML：{getattr(exc, 'problem', '')}",
                          "用 beian corpus init 重新生成后对照修改") from None
    items = (data or {}).get("sources") if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise ConfigError(f"语料配置 {path.name} 没有 sources 列表", "每个来源一项：name、paths、type、licence …")
    sources = [_source(item, n, path) for n, item in enumerate(items, 1)]
    _unique(sources)
    return sources


def _source(item: object, n: int, path: Path) -> Source:
    if not isinstance(item, dict) or not item.get("name") or not item.get("paths"):
        raise ConfigError(f"语料配置 {path.name} 第 {n} 个来源缺少 name 或 paths", "每个来源至少写明名称与文件位置")
    known = {*FIELDS, "name", "paths", "text_field"}
    unknown = sorted(set(item) - known)
    if unknown:
        raise ConfigError(f"语料配置 {path.name} 第 {n} 个来源有未知字段：{'、'.join(map(str, unknown))}",
                          f"可用字段：{'、'.join(sorted(known))}")
    paths = item["paths"] if isinstance(item["paths"], list) else [item["paths"]]
    values = {k: str(item[k]) for k in FIELDS if item.get(k) is not None}
    return Source(name=str(item["name"]), paths=[str(p) for p in paths], text_field=item.get("text_field"),
                  base=str(path.parent), **values)


def _unique(sources: list[Source]) -> None:
    seen: set[str] = set()
    for src in sources:
        if src.name in seen:
            raise ConfigError(f"来源名称重复：{src.name}", "每个来源用不同的名称")
        seen.add(src.name)


def discover(root: Path) -> list[Source]:
    """Sources for ``init``: each folder (below ``root``) that holds corpus files; loose files one each."""
    if not root.is_dir():
        raise InputError(f"找不到语料目录：{root}", "给出存放语料文件的文件夹")
    sources: list[Source] = []
    for child in sorted(root.iterdir()):
        if child.is_dir() and Source(child.name, [str(child)]).files():
            found = guess_licence(child)
            sources.append(Source(name=child.name, paths=[child.name + "/"],
                                  licence=f"{found}（据 {child.name} 中的许可文件，请核对）" if found else FILLED_LATER))
        elif child.is_file() and detect(child):
            sources.append(Source(name=child.name.split(".")[0], paths=[child.name]))
    return sources


LICENCES = (("CC BY-NC-SA", r"CC[ -]BY-NC-SA|Attribution-NonCommercial-ShareAlike"),
            ("CC BY-NC", r"CC[ -]BY-NC|Attribution-NonCommercial"), ("CC BY-SA", r"CC[ -]BY-SA|Attribution-ShareAlike"),
            ("CC BY", r"CC[ -]BY\b|Creative Commons Attribution"), ("Apache-2.0", r"Apache License|Apache-2\.0"),
            ("MIT", r"\bMIT License\b|Permission is hereby granted, free of charge"), ("GPL", r"GNU General Public"))


def guess_licence(folder: Path) -> str | None:
    """The licence named by a LICENSE file in ``folder`` (first match of :data:`LICENCES`), if any."""
    import re

    for path in sorted(folder.glob("LICEN[CS]E*")):
        head = path.read_text(encoding="utf-8", errors="replace")[:4000]
        for name, pattern in LICENCES:
            if re.search(pattern, head, re.I):
                return name
    return None


def render_config(sources: list[Source]) -> str:
    """``corpus.yaml`` text with a Chinese comment on every field."""
    out = ["# beian 语料配置：每个来源一项。路径相对于本文件；可写文件、文件夹或通配符（*.jsonl.gz）。",
           "# 各字段会写入数据溯源清单；“待填写”的项请在提交前补齐。",
           "# text_field：JSON/CSV 中正文所在的字段名；不写时自动识别（text、content、context …）。",
           "sources:"]
    for src in sources:
        out.append(f"  - name: {_q(src.name)}")
        out.append(f"    paths: [{', '.join(_q(p) for p in src.paths)}]")
        for key, comment in FIELDS.items():
            out.append(f"    {key}: {_q(getattr(src, key))}  # {comment}")
        out.append("    # text_field: text")
    return "\n".join(out) + "\n"


def _q(value: str) -> str:
    return json_quote(value)


def json_quote(value: str) -> str:
    """A YAML-safe double-quoted scalar."""
    import json

    return json.dumps(value, ensure_ascii=False)
