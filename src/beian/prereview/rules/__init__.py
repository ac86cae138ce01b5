"""Pre-review rules, one module per family; :data:`RULES` lists them all."""

from __future__ import annotations

from beian.prereview.rules import (
    bank_rates,
    biometrics,
    claimed_counts,
    consistency,
    data_sources,
    dates,
    duties,
    materials,
    metrics,
    metrics_agree,
    safety,
    scope,
    test_report,
    updates,
    users,
)
from beian.prereview.rules.base import RULES, Rule

FAMILIES = ("materials", "data_sources", "scope", "safety", "consistency", "metrics")
FAMILY_ZH = {
    "materials": "材料完整性", "data_sources": "数据来源", "scope": "服务范围",
    "safety": "安全措施", "consistency": "前后一致", "metrics": "评估指标",
}

__all__ = ["FAMILIES", "FAMILY_ZH", "RULES", "Rule", "bank_rates", "biometrics", "claimed_counts", "consistency", "data_sources", "dates", "duties", "materials", "metrics",
           "metrics_agree", "safety", "scope", "test_report", "updates", "users"]
