"""Every piece of request text the model sees is checked on input, not only ``user`` text parts.

The fixture lexicon blocks 法轮功; each body below hides it in one more channel of the OpenAI or
vLLM chat schema. A blocked request is answered with ``content_filter`` and never reaches the
upstream stub.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from gw_support import APP_KEY

from beian.gateway.messages import BRIDGE, joined, request_segments, write_back

USER = {"role": "user", "content": "你好，请介绍一下你自己。"}
TERM = "法轮功"


def _post(gw: dict[str, Any], body: dict[str, Any]) -> httpx.Response:
    return httpx.post(gw["url"] + "/v1/chat/completions", json={"model": "m", **body},
                      headers={"Authorization": f"Bearer {APP_KEY}"}, timeout=10)


def _blocked(gw: dict[str, Any], body: dict[str, Any]) -> bool:
    """True when the gateway refused ``body`` and the upstream never saw it."""
    seen = gw["stub"].state.seen
    before = len(seen)
    r = _post(gw, body)
    assert r.status_code == 200, r.text
    refused = r.json()["choices"][0]["finish_reason"] == "content_filter"
    return refused and len(seen) == before


CHANNELS: dict[str, dict[str, Any]] = {
    "output_text part": {"messages": [{"role": "user", "content": [{"type": "output_text", "text": TERM}]}]},
    "refusal part": {"messages": [USER, {"role": "assistant", "content": [{"type": "refusal", "refusal": TERM}]}]},
    "thinking part": {"messages": [{"role": "user", "content": [{"type": "thinking", "thinking": TERM}]}]},
    "part without type": {"messages": [{"role": "user", "content": [{"text": TERM}]}]},
    "plain string in content array": {"messages": [{"role": "user", "content": ["请讲讲", TERM]}]},
    "role USER": {"messages": [{"role": "USER", "content": TERM}]},
    "role 'user '": {"messages": [{"role": "user ", "content": TERM}]},
    "assistant prefill": {"messages": [USER, {"role": "assistant", "content": f"好的，{TERM}是"}]},
    "name field": {"messages": [{"role": "user", "content": "你好", "name": TERM}]},
    "split across two messages": {"messages": [{"role": "user", "content": "法轮"}, {"role": "user", "content": "功"}]},
    "split across two parts": {"messages": [{"role": "user", "content": [{"type": "text", "text": "讲讲法"},
                                                                        {"type": "text", "text": "轮功"}]}]},
    "system role": {"messages": [{"role": "system", "content": f"你要宣传{TERM}。"}, USER]},
    "developer role": {"messages": [{"role": "developer", "content": f"你要宣传{TERM}。"}, USER]},
    "tool result": {"messages": [USER, {"role": "tool", "tool_call_id": "c1", "content": f"搜索结果：{TERM}"}]},
    "history tool-call arguments": {"messages": [USER, {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c1", "type": "function", "function": {"name": "say", "arguments": f'{{"text": "{TERM}"}}'}}]}]},
    "vLLM documents": {"messages": [USER], "documents": [{"title": "资料", "text": f"关于{TERM}的介绍"}]},
    "vLLM chat_template_kwargs": {"messages": [USER], "chat_template_kwargs": {"persona": {"bio": [TERM]}}},
    "vLLM chat_template": {"messages": [USER], "chat_template": f"{{{{ messages }}}} 请宣传{TERM}"},
    "tool description": {"messages": [USER], "tools": [{"type": "function", "function": {
        "name": "search", "description": f"查询{TERM}", "parameters": {"type": "object", "properties": {}}}}]},
    "tool parameter name": {"messages": [USER], "tools": [{"type": "function", "function": {
        "name": "search", "parameters": {"type": "object", "properties": {TERM: {"type": "string"}}}}}]},
    "response_format schema": {"messages": [USER], "response_format": {"type": "json_schema", "json_schema": {
        "name": "a", "schema": {"type": "object", "description": f"写一段{TERM}"}}}},
}


@pytest.mark.parametrize("name", list(CHANNELS))
def test_term_in_any_channel_is_blocked_before_the_model(gateway: dict[str, Any], name: str) -> None:
    assert _blocked(gateway, CHANNELS[name]), name


def test_image_data_and_ids_are_not_read_as_text(gateway: dict[str, Any]) -> None:
    """Base64 image data and ids do not reach the model as text: 'falungong' inside them is no hit."""
    body = {"messages": [{"role": "user", "content": [
        {"type": "text", "text": "这张图里是什么？"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,ZmFsdW5nb25n+falungong+AAAA"}}]},
        {"role": "tool", "tool_call_id": "falungong", "content": "无结果"}]}
    assert not _blocked(gateway, body)


def test_masked_personal_information_goes_back_to_its_own_piece(gateway: dict[str, Any]) -> None:
    """A phone number in a tool result is masked where it was; the other pieces are untouched."""
    body = {"messages": [{"role": "system", "content": "你是客服。"}, {"role": "user", "content": "查一下订单"},
                         {"role": "tool", "tool_call_id": "c1", "content": "联系人电话13812345678"}],
            "stub_answer": "好的。"}
    r = _post(gateway, body)
    assert r.status_code == 200
    sent = gateway["stub"].state.seen[-1]["messages"]
    assert sent[0]["content"] == "你是客服。" and sent[1]["content"] == "查一下订单"
    assert "13812345678" not in sent[2]["content"] and sent[2]["content"].startswith("联系人电话138")
    assert len(sent[2]["content"]) == len("联系人电话13812345678")


# ---------------------------------------------------------------- the walker itself
def test_segments_cover_completion_prompt_and_responses_input() -> None:
    data = {"prompt": ["第一段", [1, 2, 3], "第二段"], "suffix": "结尾", "instructions": "说明",
            "input": [{"type": "message", "role": "user", "content": [{"type": "input_text", "text": "问题"}]},
                      {"type": "function_call_output", "call_id": "c1", "output": "结果"}]}
    texts = {s.text for s in request_segments(data)}
    assert {"第一段", "第二段", "结尾", "说明", "问题", "结果"} <= texts
    assert "c1" not in texts and "message" not in texts


def test_write_back_renames_a_masked_property_name_and_keeps_order() -> None:
    data: dict[str, Any] = {"tools": [{"type": "function", "function": {"name": "f", "parameters": {
        "type": "object", "properties": {"a": {"description": "甲"}, "法轮": {"description": "乙"}, "z": {}}}}}]}
    segs = request_segments(data)
    text = joined(segs, BRIDGE)
    masked = text.replace("法轮", "**").replace("乙", "*")
    write_back(data, segs, masked, BRIDGE)
    props = data["tools"][0]["function"]["parameters"]["properties"]
    assert list(props) == ["a", "**", "z"]
    assert props["**"] == {"description": "*"} and props["a"] == {"description": "甲"}


def test_litellm_guardrail_finds_a_term_split_across_messages(tmp_path: Any) -> None:
    """The LiteLLM adapter checks the same joined view as the gateway."""
    import asyncio

    from gw_support import write_config
    from litellm.caching import DualCache
    from litellm.exceptions import ModifyResponseException
    from litellm.proxy._types import UserAPIKeyAuth

    from beian.integrations.litellm_guardrail import BeianGuardrail

    guard = BeianGuardrail(config_path=str(write_config(tmp_path, "http://127.0.0.1:9/v1")), guardrail_name="beian",
                           event_hook=["pre_call", "post_call"], default_on=True)
    data = {"model": "m", "messages": [{"role": "user", "content": "法轮"}, {"role": "user", "content": "功"}]}
    with pytest.raises(ModifyResponseException):
        asyncio.run(guard.async_pre_call_hook(user_api_key_dict=UserAPIKeyAuth(), cache=DualCache(), data=data,
                                              call_type="acompletion"))
