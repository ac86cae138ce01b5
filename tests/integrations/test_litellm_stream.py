"""The LiteLLM adapter streams through the gateway's one stream guard: same invariant, classifier gate, n > 1."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no network fetch of the cost map

from litellm.proxy._types import UserAPIKeyAuth
from litellm.types.utils import Delta, ModelResponseStream, StreamingChoices

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gateway"))
from gw_support import write_config

from beian.integrations.litellm_guardrail import BeianGuardrail

REFUSAL = "抱歉，这个问题我无法回答。"


def guardrail(config: Path) -> BeianGuardrail:
    return BeianGuardrail(config_path=str(config), guardrail_name="beian", event_hook=["pre_call", "post_call"],
                          default_on=True, explicit_label=False)


def item(delta: dict[str, Any], index: int = 0, finish: str | None = None) -> ModelResponseStream:
    return ModelResponseStream(model="m", choices=[StreamingChoices(index=index, delta=Delta(**delta),
                                                                    finish_reason=finish)])


def through(guard: BeianGuardrail, items: list[ModelResponseStream], **data: Any) -> list[ModelResponseStream]:
    async def source() -> AsyncIterator[ModelResponseStream]:
        for i in items:
            yield i

    async def collect() -> list[ModelResponseStream]:
        body = {"model": "m", "messages": [{"role": "user", "content": "讲个故事"}], **data}
        hook = guard.async_post_call_streaming_iterator_hook(user_api_key_dict=UserAPIKeyAuth(), response=source(),
                                                             request_data=body)
        return [c async for c in hook]

    return asyncio.run(collect())


def text_of(out: list[ModelResponseStream], index: int = 0) -> str:
    return "".join(c.delta.content or "" for o in out for c in o.choices if c.index == index)


def finishes(out: list[ModelResponseStream]) -> dict[int, str]:
    return {c.index: c.finish_reason for o in out for c in o.choices if c.finish_reason}


@pytest.fixture()
def config(tmp_path: Path) -> Path:
    path = write_config(tmp_path, "http://127.0.0.1:9/v1")
    (tmp_path / "政治.txt").write_text("打倒共产党\n", encoding="utf-8")
    (tmp_path / "白名单.txt").write_text("党校教材\n", encoding="utf-8")
    cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
    cfg["apps"][0]["lexicons"].append("政治.txt")
    cfg["apps"][0]["allow"] = ["白名单.txt"]
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


def test_start_of_a_pending_hit_is_never_released(config: Path) -> None:
    out = through(guardrail(config), [item({"content": "前文打倒共产党校"}), item({"content": "园里的后文"}),
                                      item({}, finish="stop")])
    assert "打" not in text_of(out) and text_of(out).endswith(REFUSAL)
    assert finishes(out) == {0: "content_filter"}


def test_n2_hit_is_reported_on_its_choice_and_the_other_finishes(config: Path) -> None:
    items = []
    for a, b in zip(["第一个", "回答很", "正常。"], ["第二个", "说法轮", "功了。"]):
        items += [item({"content": a}, 0), item({"content": b}, 1)]
    items += [item({}, 0, "stop"), item({}, 1, "stop")]
    out = through(guardrail(config), items, n=2)
    assert finishes(out) == {0: "stop", 1: "content_filter"}
    assert text_of(out, 0) == "第一个回答很正常。" and "法轮" not in text_of(out, 1)


@pytest.fixture()
def guard_model() -> Iterator[str]:
    from stub_upstream import StubServer

    stub = StubServer()
    try:
        yield stub.url("guard")  # answers "Unsafe" when the judged text contains 违禁
    finally:
        stub.close()


def test_litellm_streams_get_the_classifier_gate(config: Path, guard_model: str) -> None:
    cfg = yaml.safe_load(config.read_text(encoding="utf-8"))
    cfg["apps"][0]["classifier"] = {"kind": "guard", "base_url": guard_model, "model": "guard", "timeout_s": 5,
                                    "stream_every_chars": 6}
    config.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    text = "这是一个正常的开头。然后这里说了违禁的话。后面还有内容。"
    items = [item({"content": text[i:i + 3]}) for i in range(0, len(text), 3)] + [item({}, finish="stop")]
    out = through(guardrail(config), items)
    seen = text_of(out)
    assert "违禁" not in seen and seen.endswith(REFUSAL)
    assert seen.startswith("这是一个正常的开头。")      # approved sentences are released before the hit
    assert finishes(out) == {0: "content_filter"}


# ------------------------------------------------------------------ the adapter's plain answers use the same channels
def post_call(guard: BeianGuardrail, message: dict[str, Any]) -> Any:
    from litellm.types.utils import ModelResponse

    response = ModelResponse(model="m", choices=[{"index": 0, "message": {"role": "assistant", **message},
                                                  "finish_reason": "stop", "logprobs": {"content": [
                                                      {"token": "法轮", "logprob": -1.0, "top_logprobs": []}]}}])
    data = {"model": "m", "messages": [{"role": "user", "content": "讲个故事"}]}
    return asyncio.run(guard.async_post_call_success_hook(data=data, user_api_key_dict=UserAPIKeyAuth(),
                                                          response=response))


@pytest.mark.parametrize("message", [{"content": "好的", "refusal": "我不谈法轮功"},
                                     {"content": "好的", "reasoning": "想想法轮功"},
                                     {"content": None, "tool_calls": [{"id": "c", "type": "function", "function": {
                                         "name": "法轮功", "arguments": "{}"}}]}],
                         ids=["refusal", "reasoning", "function-name"])
def test_plain_answer_channels_are_checked(config: Path, message: dict[str, Any]) -> None:
    out = post_call(guardrail(config), message)
    choice = out.choices[0]
    assert choice.finish_reason == "content_filter" and choice.message.content == REFUSAL
    assert choice.logprobs is None and "法轮" not in out.model_dump_json()


def test_plain_answers_get_the_classifier(config: Path, guard_model: str) -> None:
    cfg = yaml.safe_load(config.read_text(encoding="utf-8"))
    cfg["apps"][0]["classifier"] = {"kind": "guard", "base_url": guard_model, "model": "guard", "timeout_s": 5}
    config.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    out = post_call(guardrail(config), {"content": "这里说了违禁的话。"})
    assert out.choices[0].finish_reason == "content_filter" and "违禁" not in out.model_dump_json()
