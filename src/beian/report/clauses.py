"""The clause-by-clause table over chapters 5–8 of TC260-003 (9.1 b)) and the overall conclusion (9.1 d)).

Clauses and their force come from the rule catalogue (``standard/rules.yaml``): every TC260-003 5–8
clause a check rests on is one row. A row is 符合/不符合 only where a measured figure decides it;
otherwise its result is a fill place (【请填写】), never 符合 by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from beian.prereview.catalog import load_catalog

CLAUSE = re.compile(r"TC260-003 ([5-8](?:\.\d)?(?: [a-z]\)(?: \d\))?)?)$")
FORCE_ORDER = {"应": 0, "宜": 1, "实践": 2, "文件": 3}
RESULTS = ("不符合", "不适用", "符合")  # longest first: 不符合 contains 符合
MODEL_CLAUSE = ("6", "模型安全：生成内容安全（以 9.3、9.4 的抽检与拒答测试衡量）", "应")
TOPICS = {  # clause prefix → the requirement it belongs to (longest prefix wins)
    "5.1 a)": "语料来源安全：采集前后评估，违法不良信息超过5%的来源不应使用",
    "5.1 a) 1)": "采集前评估：违法不良信息超过5%的来源不应采集",
    "5.1 a) 2)": "采集后核验：违法不良信息超过5%的来源不应用于训练",
    "5.1 b)": "语料来源多样性：多来源、多语种的合理搭配",
    "5.1 c)": "语料来源可追溯：授权协议、开源许可、采集记录",
    "5.2 a)": "语料内容过滤：关键词、分类模型、人工抽检",
    "5.2 b)": "知识产权：负责人、识别与投诉渠道",
    "5.2 c)": "个人信息：同意依据与保护措施",
    "6": "模型安全：生成内容安全",
    "7 a)": "服务的必要性、适用性与安全性：适用人群、场合、用途",
    "7 b)": "服务透明度：适用人群、场合、用途的公开",
    "7 c)": "训练使用用户输入：告知与便捷关闭",
    "7 d)": "生成内容标识",
    "7 f)": "投诉举报：渠道、规则与处理时限",
    "7 g)": "向使用者提供服务：关键词与分类模型拦截、人工监看",
    "7 h)": "模型更新、升级后的安全评估",
    "8.1 a)": "关键词库：总规模",
    "8.1 b)": "关键词库：覆盖17种安全风险",
    "8.2 a)": "生成内容测试题库：总规模",
    "8.2 b)": "生成内容测试题库：覆盖31种安全风险",
    "8.3 a)": "应拒答测试题库：规模与覆盖",
    "8.3 b)": "非拒答测试题库：规模与13个方面的覆盖",
}


@dataclass
class Row:
    """One clause: its requirement, force, result and the evidence the result rests on."""

    clause: str
    requirement: str
    force: str
    result: str = ""
    evidence: str = ""
    measured: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The anchor stem of the row's fill places."""
        return "bf_c" + re.sub(r"[^0-9a-z]+", "_", self.clause).strip("_")


def _sort_key(clause: str) -> tuple[object, ...]:
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"\d+|[a-z]", clause))


def catalogue_rows() -> list[Row]:
    """Every TC260-003 chapter 5–8 clause the catalogue cites, with its strongest force and titles."""
    found: dict[str, tuple[str, list[str]]] = {}
    for entry in load_catalog().rules.values():
        forces = {c: entry.force for c in entry.clauses}
        for part in entry.parts:
            for c in part.clauses:
                forces[c] = min(forces.get(c, part.force), part.force, key=FORCE_ORDER.__getitem__) \
                    if c not in [x for p in entry.parts if p is not part for x in p.clauses] else forces[c]
        for raw, force in forces.items():
            m = CLAUSE.match(raw)
            if not m:
                continue
            old_force, titles = found.get(m.group(1), (force, []))
            if entry.title not in titles:
                titles.append(entry.title)
            found[m.group(1)] = (min(old_force, force, key=FORCE_ORDER.__getitem__), titles)
    found.setdefault(MODEL_CLAUSE[0], (MODEL_CLAUSE[2], [MODEL_CLAUSE[1]]))
    return [Row(c, _topic(c), f) for c, (f, _) in sorted(found.items(), key=lambda kv: _sort_key(kv[0]))]


def _topic(clause: str) -> str:
    prefixes = [p for p in TOPICS if clause == p or clause.startswith(p + " ")]
    return TOPICS[max(prefixes, key=len)] if prefixes else ""


def normalise_result(text: str) -> str:
    """符合 / 不符合 / 不适用 from what a user wrote ('' when it is none of them)."""
    for word in RESULTS:
        if text.strip().startswith(word):
            return word
    return ""


def conclusion(rows: list[Row]) -> tuple[str, list[Row]]:
    """TC260-003 9.1 d): the overall result over mandatory (应) clauses, and the rows still open.

    全部符合要求 when every 应 clause is 符合 or 不适用; 全部不符合要求 when every one is 不符合;
    otherwise 部分符合要求. 宜 clauses do not change it (9.1 d) 4)). '' while an 应 clause is open.
    """
    mandatory = [r for r in rows if r.force == "应"]
    open_rows = [r for r in mandatory if not normalise_result(r.result)]
    if open_rows:
        return "", open_rows
    results = [normalise_result(r.result) for r in mandatory]
    if all(r in ("符合", "不适用") for r in results):
        return "全部符合要求", []
    if all(r == "不符合" for r in results):
        return "全部不符合要求", []
    return "部分符合要求", []
