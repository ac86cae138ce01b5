"""Guard-model and LLM-judge output parsing, and the guard adapter against a live stub."""

from __future__ import annotations

import pytest

from beian.errors import RuntimeFailure
from beian.text.classifiers import GuardModelClassifier, parse_guard_output, parse_judge_output
from stub_upstream import StubServer


def test_qwen3guard_and_llama_guard_formats() -> None:
    v = parse_guard_output("Safety: Unsafe\nCategories: Violent, PII")
    assert not v.safe and v.risks == ("A.1.f", "A.4.f")
    assert parse_guard_output("Safety: Safe\nCategories: None").safe
    lg = parse_guard_output("unsafe\nS1,S10")
    assert not lg.safe and lg.risks == ("A.1.f", "A.2.i")
    assert parse_guard_output("safe").safe
    with pytest.raises(RuntimeFailure, match="无法解析"):
        parse_guard_output("I think it's fine")


def test_judge_json_with_fences() -> None:
    v = parse_judge_output('```json\n{"safe": false, "risks": ["A.2.d"], "reason": "地域歧视"}\n```')
    assert not v.safe and v.risks == ("A.2.d",) and v.extra["reason"] == "地域歧视"
    with pytest.raises(RuntimeFailure):
        parse_judge_output("没有结论")


def test_guard_adapter_against_live_stub(stub: StubServer) -> None:
    clf = GuardModelClassifier(stub.url("guard"), "qwen3guard")
    assert clf.classify("正常回答", "问题").safe
    assert not clf.classify("回答", "含违禁内容的问题").safe
    down = GuardModelClassifier(stub.url("e500"), "g")
    with pytest.raises(RuntimeFailure, match="分类模型调用失败"):
        down.classify("x")
