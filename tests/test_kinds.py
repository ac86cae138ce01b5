"""Vocabularies with Chinese labels: values stay the stored strings, labels come from one place."""

from __future__ import annotations

import json

from beian.assess.banks import BANK_LABELS
from beian.gateway.audit import MODE_ZH, MODES
from beian.gateway.export import xlsx_value
from beian.gateway.policy import ACTION_RANK
from beian.kinds import Action, Mode, Outcome, Route, Verdict
from beian.records import AUDIT_FIELDS, AUDIT_LABELS


def test_members_are_their_stored_strings() -> None:
    assert Mode.STRICT == "strict" and f"{Mode.STRICT}" == "strict" and str(Action.BLOCK) == "block"
    assert json.dumps({"mode": Mode.CANNED}) == '{"mode": "canned"}'
    assert Mode("suspended").zh == "暂停服务" and Route.DENGJI == "登记"


def test_gateway_and_assess_read_the_one_vocabulary() -> None:
    assert MODES == ("normal", "strict", "canned", "suspended") and MODE_ZH["canned"] == "仅预设回答"
    assert max(("mask", "block", "allow"), key=ACTION_RANK.__getitem__) == "block"
    assert BANK_LABELS["non_refuse"] == "非拒答测试题库"
    assert Outcome.of("output_classifier", "block").zh == "分类模型判定，拦截" and Outcome.of("input", "allow") == "allow"
    assert Verdict.of(None).zh == "未研判" and Verdict.of(False).zh == "不合格"


def test_audit_export_shows_chinese_labels_and_every_field_has_one() -> None:
    assert xlsx_value("action", "input_block") == "输入命中，拦截（input_block）"
    assert xlsx_value("mode", "strict") == "严格（strict）" and xlsx_value("action", "新动作") == "新动作（新动作）"
    assert tuple(AUDIT_LABELS) == AUDIT_FIELDS and AUDIT_FIELDS[0] == "ts" and AUDIT_FIELDS[-1] == "raw"
