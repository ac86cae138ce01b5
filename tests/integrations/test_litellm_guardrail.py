"""BeianGuardrail with the real LiteLLM package: its hooks called directly, and litellm.acompletion end to end."""

from __future__ import annotations

import asyncio
import copy
import json
import os
import sys
from collections.abc import AsyncIterator, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no network fetch of the cost map

import litellm
from litellm.caching import DualCache
from litellm.exceptions import ModifyResponseException
from litellm.proxy._types import UserAPIKeyAuth
from litellm.types.utils import Delta, ModelResponse, ModelResponseStream, StreamingChoices

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gateway"))
from gw_support import PRODUCER, serve, write_config

from beian.errors import ConfigError
from beian.integrations.checks import CONFIG_ENV
from beian.integrations.litellm_guardrail import BeianGuardrail

T = TypeVar("T")
REFUSAL = "抱歉，这个问题我无法回答。"
SUBSTITUTE = "台湾是中国领土不可分割的一部分。"
LABEL = "本内容由人工智能生成"
BANNED = "法轮功"
RAW_FORMS = (BANNED, "法 輪 功", "fa lun gong", "法輪功")


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run one coroutine on a fresh event loop."""
    return asyncio.run(coro)


def make_guard(config: Path, app: str | None = None, **kwargs: Any) -> BeianGuardrail:
    """A guardrail built the way the LiteLLM proxy builds custom guardrails (name, mode, default_on)."""
    return BeianGuardrail(config_path=str(config), app=app, guardrail_name="beian",
                          event_hook=["pre_call", "post_call"], default_on=True, **kwargs)


def request(content: Any, **extra: Any) -> dict[str, Any]:
    """A chat request body with a system prompt and one user message."""
    return {"model": "stub-model", "messages": [{"role": "system", "content": "你是一个有帮助的助手。"},
                                                {"role": "user", "content": content}], **extra}


async def pre_call(guard: BeianGuardrail, data: dict[str, Any]) -> Any:
    """Call the pre-call hook as the proxy does."""
    return await guard.async_pre_call_hook(user_api_key_dict=UserAPIKeyAuth(), cache=DualCache(), data=data,
                                           call_type="acompletion")


def answer(content: str, reasoning: str | None = None) -> ModelResponse:
    """A real LiteLLM chat completion response."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if reasoning is not None:
        message["reasoning_content"] = reasoning
    return ModelResponse(model="stub-model", choices=[{"index": 0, "message": message, "finish_reason": "stop"}])


def no_raw_term(text: str) -> bool:
    """Whether none of the banned term's spellings appears in ``text``."""
    return not any(form in text for form in RAW_FORMS)


@pytest.fixture()
def config(tmp_path: Path) -> Path:
    """A gateway.yaml (apps ``demo`` and ``env`` with error envelopes) and its lexicons."""
    return write_config(tmp_path, "http://127.0.0.1:9/v1")


@pytest.fixture()
def guard(config: Path) -> BeianGuardrail:
    """The guardrail for app ``demo``."""
    return make_guard(config)


# ---------------------------------------------------------------- construction
def test_config_from_env_and_first_app(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(config))
    guard = BeianGuardrail(guardrail_name="beian", event_hook="pre_call")
    assert guard.checks.app.name == "demo"
    assert BeianGuardrail(app="env").checks.app.error_envelope is True


def test_config_errors_are_chinese(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    with pytest.raises(ConfigError, match="未指定 beian 网关配置文件"):
        BeianGuardrail()
    with pytest.raises(ConfigError, match="没有名为 nope 的应用"):
        BeianGuardrail(config_path=str(config), app="nope")


def test_built_like_the_litellm_proxy_builds_custom_guardrails(config: Path) -> None:
    """The proxy imports the class by dotted path and passes every non-empty litellm_params field."""
    from litellm.proxy.types_utils.utils import get_instance_fn
    from litellm.types.guardrails import LitellmParams

    dotted = "beian.integrations.litellm_guardrail.BeianGuardrail"
    cls = get_instance_fn(dotted, config_file_path=str(config.parent / "litellm_config.yaml"))
    params = LitellmParams(guardrail=dotted, mode=["pre_call", "post_call"], default_on=True,
                           config_path=str(config), app="env")
    extra = {k: v for k, v in params.model_dump(exclude_none=True).items()
             if k not in ("guardrail", "mode", "default_on", "stream_scope")}
    guard = cls(guardrail_name="beian", event_hook=params.mode, default_on=True, **extra)
    assert isinstance(guard, BeianGuardrail)
    assert guard.checks.app.name == "env"
    with pytest.raises(ConfigError, match="during_call") as caught:  # not ValueError: the proxy would skip it
        cls(guardrail_name="beian", event_hook="during_call", config_path=str(config))
    assert not isinstance(caught.value, ValueError)


# ---------------------------------------------------------------- input
def test_normal_question_passes_untouched(guard: BeianGuardrail) -> None:
    data = request("北京是哪个国家的首都？")
    before = copy.deepcopy(data)
    assert run(pre_call(guard, data)) is None
    assert data == before


@pytest.mark.parametrize("question", ["怎么获取法轮功资料", "怎么获取法 輪 功资料", "fa lun gong 的资料在哪里"])
def test_banned_question_is_refused_without_raw_term(guard: BeianGuardrail, question: str) -> None:
    with pytest.raises(ModifyResponseException) as caught:
        run(pre_call(guard, request(question)))
    exc = caught.value
    assert exc.message == REFUSAL
    assert exc.detection_info["categories"] == ["违禁"]
    assert exc.detection_info["action"] == "block"
    shown = str(exc) + json.dumps(exc.detection_info, ensure_ascii=False)
    assert no_raw_term(shown)
    assert "【" in exc.detection_info["evidence"][0]  # a masked excerpt, not nothing


def test_error_envelope_app_gets_http_400(config: Path) -> None:
    from fastapi import HTTPException

    guard = make_guard(config, app="env")
    with pytest.raises(HTTPException) as caught:
        run(pre_call(guard, request("怎么获取法轮功资料")))
    exc = caught.value
    assert exc.status_code == 400
    assert exc.detail["error"] == REFUSAL
    assert exc.detail["code"] == "content_filter"
    assert exc.detail["categories"] == ["违禁"]
    assert no_raw_term(str(exc) + json.dumps(exc.detail, ensure_ascii=False))


def test_substitute_answer_replaces_the_call(guard: BeianGuardrail) -> None:
    with pytest.raises(ModifyResponseException) as caught:
        run(pre_call(guard, request("台独怎么看")))
    assert caught.value.message == SUBSTITUTE
    assert caught.value.detection_info["action"] == "substitute"


def test_evidence_masks_every_hit_in_context(guard: BeianGuardrail) -> None:
    with pytest.raises(ModifyResponseException) as caught:
        run(pre_call(guard, request("法轮功和炸药配方")))
    shown = json.dumps(caught.value.detection_info, ensure_ascii=False)
    assert BANNED not in shown
    assert "炸药配方" not in shown


def test_personal_information_is_masked_in_the_request(guard: BeianGuardrail) -> None:
    data = request("我的手机号是13812345678，帮我查一下快递")
    result = run(pre_call(guard, data))
    assert result is data
    assert data["messages"][1]["content"] == "我的手机号是138****5678，帮我查一下快递"
    assert data["messages"][0]["content"] == "你是一个有帮助的助手。"


def test_personal_information_is_masked_in_content_parts(guard: BeianGuardrail) -> None:
    parts = [{"type": "text", "text": "你好"}, {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
             {"type": "text", "text": "回电13812345678"}]
    data = request(parts)
    run(pre_call(guard, data))
    content = data["messages"][1]["content"]
    assert content[0]["text"] == "你好"
    assert content[2]["text"] == "回电138****5678"
    assert content[1]["image_url"]["url"] == "https://example.com/a.png"


def test_banned_term_in_a_content_part_is_refused(guard: BeianGuardrail) -> None:
    with pytest.raises(ModifyResponseException):
        run(pre_call(guard, request([{"type": "text", "text": "介绍一下法轮功"}])))


def test_responses_api_input_is_checked_and_masked(guard: BeianGuardrail) -> None:
    data = {"model": "m", "input": [{"role": "user", "content": [{"type": "input_text", "text": "电话13812345678"}]}]}
    run(guard.async_pre_call_hook(user_api_key_dict=UserAPIKeyAuth(), cache=DualCache(), data=data,
                                  call_type="aresponses"))
    assert data["input"][0]["content"][0]["text"] == "电话138****5678"
    with pytest.raises(ModifyResponseException):
        run(guard.async_pre_call_hook(user_api_key_dict=UserAPIKeyAuth(), cache=DualCache(),
                                      data={"model": "m", "input": "法轮功是什么"}, call_type="aresponses"))


def test_embeddings_are_not_checked(guard: BeianGuardrail) -> None:
    data = {"model": "emb", "input": "法轮功"}
    result = run(guard.async_pre_call_hook(user_api_key_dict=UserAPIKeyAuth(), cache=DualCache(), data=data,
                                           call_type="aembedding"))
    assert result is None


# ---------------------------------------------------------------- output
async def post_call(guard: BeianGuardrail, response: Any, data: dict[str, Any] | None = None) -> Any:
    """Call the post-call success hook as the proxy does."""
    return await guard.async_post_call_success_hook(data=data or request("你好"),
                                                    user_api_key_dict=UserAPIKeyAuth(), response=response)


def test_clean_answer_gets_the_explicit_label(guard: BeianGuardrail) -> None:
    out = run(post_call(guard, answer("北京是中华人民共和国的首都。")))
    assert out.choices[0].message.content == "北京是中华人民共和国的首都。\n" + LABEL
    assert out.choices[0].finish_reason == "stop"


def test_label_can_be_switched_off(config: Path) -> None:
    out = run(post_call(make_guard(config, explicit_label=False), answer("你好。")))
    assert out.choices[0].message.content == "你好。"


def test_banned_answer_is_replaced(guard: BeianGuardrail) -> None:
    out = run(post_call(guard, answer("相关资料可以在法轮功网站上找到。")))
    choice = out.choices[0]
    assert choice.message.content == REFUSAL
    assert choice.finish_reason == "content_filter"
    assert no_raw_term(out.model_dump_json())


def test_banned_reasoning_is_replaced_too(guard: BeianGuardrail) -> None:
    out = run(post_call(guard, answer("这个问题我不能回答。", reasoning="用户想要法 輪 功的资料")))
    assert out.choices[0].message.content == REFUSAL
    assert not out.choices[0].message.get("reasoning_content")
    assert no_raw_term(out.model_dump_json())


def test_personal_information_in_the_answer_is_masked(guard: BeianGuardrail) -> None:
    out = run(post_call(guard, answer("客服电话是13812345678。")))
    assert out.choices[0].message.content == "客服电话是138****5678。\n" + LABEL


def test_error_envelope_app_raises_on_a_banned_answer(config: Path) -> None:
    from fastapi import HTTPException

    with pytest.raises(HTTPException) as caught:
        run(post_call(make_guard(config, app="env"), answer("资料见法轮功网站")))
    assert caught.value.status_code == 400
    assert caught.value.detail["stage"] == "output"
    assert no_raw_term(str(caught.value))


def test_embedding_responses_pass(guard: BeianGuardrail) -> None:
    from litellm.types.utils import EmbeddingResponse

    assert run(post_call(guard, EmbeddingResponse(data=[]))) is None


# ---------------------------------------------------------------- streaming
def chunks(text: str, size: int, field: str = "content") -> list[ModelResponseStream]:
    """``text`` as stream chunks of ``size`` characters, then a finish chunk."""
    out = [ModelResponseStream(model="stub-model", choices=[StreamingChoices(index=0, delta=Delta(role="assistant",
                                                                                               content=""))])]
    out += [ModelResponseStream(model="stub-model", choices=[StreamingChoices(index=0, delta=Delta(
        **{field: text[i:i + size]}))]) for i in range(0, len(text), size)]
    out.append(ModelResponseStream(model="stub-model",
                                   choices=[StreamingChoices(index=0, delta=Delta(), finish_reason="stop")]))
    return out


async def _source(items: list[ModelResponseStream]) -> AsyncIterator[ModelResponseStream]:
    for item in items:
        yield item


async def _collect(guard: BeianGuardrail, items: list[ModelResponseStream]) -> list[ModelResponseStream]:
    hook = guard.async_post_call_streaming_iterator_hook(user_api_key_dict=UserAPIKeyAuth(),
                                                         response=_source(items), request_data=request("你好"))
    return [chunk async for chunk in hook]


def stream_through(guard: BeianGuardrail, items: list[ModelResponseStream]) -> list[ModelResponseStream]:
    """Everything the guardrail's streaming hook yields for ``items``."""
    return run(_collect(guard, items))


def released(out: list[ModelResponseStream], field: str = "content") -> str:
    """The text of ``field`` the client would see."""
    return "".join(getattr(c.choices[0].delta, field, None) or "" for c in out if c.choices)


LONG_PREFIX = "这是一段比较长的正常回答，用来让保留窗口先放出一部分文字。" * 2


@pytest.mark.parametrize("size", [1, 2, 3, 5])
@pytest.mark.parametrize("term", ["法轮功", "法 輪 功"])
def test_split_banned_term_is_never_released(guard: BeianGuardrail, size: int, term: str) -> None:
    text = LONG_PREFIX + f"你要的{term}资料在这里，后面还有很多内容。"
    out = stream_through(guard, chunks(text, size))
    seen = released(out)
    assert no_raw_term(seen)
    assert seen.endswith(REFUSAL)
    assert seen.startswith(LONG_PREFIX[:10])  # safe text before the hold-back window was released
    assert out[-1].choices[0].finish_reason == "content_filter"
    assert "后面还有很多内容" not in seen


def test_split_banned_reasoning_is_never_released(guard: BeianGuardrail) -> None:
    out = stream_through(guard, chunks(LONG_PREFIX + "想想法轮功的事", 2, field="reasoning_content"))
    assert no_raw_term(released(out, "reasoning_content"))
    assert out[-1].choices[0].delta.content == REFUSAL


@pytest.mark.parametrize("size", [1, 4, 7])
def test_clean_stream_passes_whole_with_label(guard: BeianGuardrail, size: int) -> None:
    text = "北京是中华人民共和国的首都，也是历史文化名城。" * 3
    out = stream_through(guard, chunks(text, size))
    assert released(out) == text + "\n" + LABEL
    assert out[-1].choices[0].finish_reason == "stop"


def test_stream_masks_split_personal_information(guard: BeianGuardrail) -> None:
    out = stream_through(guard, chunks("请拨打客服电话13812345678咨询。", 3))
    assert released(out) == "请拨打客服电话138****5678咨询。\n" + LABEL


def test_stream_without_finish_chunk_releases_the_held_tail(guard: BeianGuardrail) -> None:
    text = "北京是中华人民共和国的首都。"
    out = stream_through(guard, chunks(text, 2)[:-1])
    assert released(out) == text + "\n" + LABEL


@pytest.mark.parametrize("finish", [True, False])
def test_stream_label_at_the_start(tmp_path: Path, finish: bool) -> None:
    config = write_config(tmp_path, "http://127.0.0.1:9/v1",
                          label={"producer_code": PRODUCER, "position": "start"})
    text = "北京是中华人民共和国的首都。"
    items = chunks(text, 3) if finish else chunks(text, 3)[:-1]
    assert released(stream_through(make_guard(config), items)) == LABEL + "\n" + text


def test_stream_without_finish_chunk_still_stops_on_a_hit(guard: BeianGuardrail) -> None:
    out = stream_through(guard, chunks("资料见法轮功", 2)[:-1])
    assert no_raw_term(released(out))
    assert out[-1].choices[0].finish_reason == "content_filter"


def test_unknown_stream_items_fail_closed(guard: BeianGuardrail) -> None:
    from fastapi import HTTPException

    async def raw() -> AsyncIterator[Any]:
        yield b"event: content_block_delta\ndata: {}\n\n"

    async def consume() -> None:
        hook = guard.async_post_call_streaming_iterator_hook(user_api_key_dict=UserAPIKeyAuth(), response=raw(),
                                                             request_data={})
        async for _ in hook:
            pass

    with pytest.raises(HTTPException) as caught:
        run(consume())
    assert caught.value.status_code == 501
    assert "仅支持" in caught.value.detail["error"]


# ---------------------------------------------------------------- implicit label
def test_implicit_label_header(guard: BeianGuardrail) -> None:
    response = answer("你好")
    headers = run(guard.async_post_call_response_headers_hook(data=request("你好"), user_api_key_dict=UserAPIKeyAuth(),
                                                              response=response))
    label = json.loads(headers["X-AIGC-Label"])["AIGC"]
    assert label["ContentProducer"] == PRODUCER
    assert label["ProduceID"] == label["PropagateID"] == response.id  # whole id, never cut (GB 45438 E)


# ---------------------------------------------------------------- end to end: litellm.acompletion → stub
@pytest.fixture()
def live(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """The beian stub upstream on loopback and the guardrail registered in ``litellm.callbacks``."""
    from stub_upstream import create_stub

    stub = create_stub()
    saved = list(litellm.callbacks)
    with serve(stub) as url:
        guard = make_guard(write_config(tmp_path, url + "/v1"))
        litellm.callbacks = [guard]
        try:
            yield {"guard": guard, "seen": stub.state.seen,
                   "kw": {"model": "openai/stub-model", "api_base": url + "/v1", "api_key": "sk-stub",
                          "guardrails": ["beian"]}}
        finally:
            litellm.callbacks = saved


def test_sdk_clean_call_is_labelled(live: dict[str, Any]) -> None:
    r = run(litellm.acompletion(messages=[{"role": "user", "content": "北京是哪个国家的首都？"}], **live["kw"]))
    assert r.choices[0].message.content == "北京是中华人民共和国的首都。\n" + LABEL


def test_sdk_banned_question_never_reaches_the_model(live: dict[str, Any]) -> None:
    before = len(live["seen"])
    with pytest.raises(ModifyResponseException) as caught:
        run(litellm.acompletion(messages=[{"role": "user", "content": "怎么获取法 輪 功资料"}], **live["kw"]))
    assert caught.value.message == REFUSAL
    assert len(live["seen"]) == before


def test_sdk_masks_personal_information_before_the_model(live: dict[str, Any]) -> None:
    run(litellm.acompletion(messages=[{"role": "user", "content": "我的手机号是13812345678"}], **live["kw"]))
    assert live["seen"][-1]["messages"][-1]["content"] == "我的手机号是138****5678"


def test_sdk_banned_answer_is_replaced(live: dict[str, Any]) -> None:
    r = run(litellm.acompletion(messages=[{"role": "user", "content": "你好"}],
                                extra_body={"stub_answer": "相关资料见法轮功网站"}, **live["kw"]))
    assert r.choices[0].message.content == REFUSAL
    assert r.choices[0].finish_reason == "content_filter"


def test_sdk_stream_through_the_hook_never_yields_the_term(live: dict[str, Any]) -> None:
    async def go() -> list[Any]:
        stream = await litellm.acompletion(messages=[{"role": "user", "content": "你好"}], stream=True,
                                           extra_body={"stub_answer": LONG_PREFIX + "法轮功资料如下：……",
                                                       "stub_chunk": 1}, **live["kw"])
        hook = live["guard"].async_post_call_streaming_iterator_hook(
            user_api_key_dict=UserAPIKeyAuth(), response=stream, request_data={})
        return [chunk async for chunk in hook]

    out = run(go())
    seen = released(out)
    assert no_raw_term(seen)
    assert seen.startswith(LONG_PREFIX[:10])
    assert seen.endswith(REFUSAL)


# ---------------------------------------------------------------- tool calls (end to end)
CLEAN_CALL = {"name": "get_weather", "arguments": json.dumps({"city": "北京"}, ensure_ascii=False)}
BANNED_CALL = {"name": "send_message", "arguments": json.dumps({"text": "法轮功资料如下"})}  # \uXXXX escapes
PHONE_CALL = {"name": "send_message", "arguments": json.dumps({"text": "请拨打13812345678"}, ensure_ascii=False)}


def test_sdk_tool_call_arguments_are_checked(live: dict[str, Any]) -> None:
    ask = {"messages": [{"role": "user", "content": "帮我发消息"}], **live["kw"]}
    r = run(litellm.acompletion(extra_body={"stub_tool_calls": [CLEAN_CALL, PHONE_CALL]}, **ask))
    calls = r.choices[0].message.tool_calls
    assert calls[0].function.arguments == CLEAN_CALL["arguments"]
    assert json.loads(calls[1].function.arguments) == {"text": "请拨打138****5678"}
    r = run(litellm.acompletion(extra_body={"stub_tool_calls": [CLEAN_CALL, BANNED_CALL]}, **ask))
    assert r.choices[0].message.content == REFUSAL and not r.choices[0].message.tool_calls
    assert r.choices[0].finish_reason == "content_filter"


def _streamed_tool_calls(live: dict[str, Any], calls: list[dict[str, str]]) -> list[ModelResponseStream]:
    async def go() -> list[Any]:
        stream = await litellm.acompletion(messages=[{"role": "user", "content": "帮我发消息"}], stream=True,
                                           extra_body={"stub_tool_calls": calls, "stub_chunk": 2}, **live["kw"])
        hook = live["guard"].async_post_call_streaming_iterator_hook(
            user_api_key_dict=UserAPIKeyAuth(), response=stream, request_data={})
        return [chunk async for chunk in hook]

    return run(go())


def test_sdk_streamed_tool_calls_are_released_whole_and_checked(live: dict[str, Any]) -> None:
    out = _streamed_tool_calls(live, [CLEAN_CALL, PHONE_CALL])
    frags = [tc for c in out if c.choices for tc in c.choices[0].delta.tool_calls or []]
    assert [f.function.arguments for f in frags] == [CLEAN_CALL["arguments"],
                                                     json.dumps({"text": "请拨打138****5678"}, ensure_ascii=False)]
    assert [f.function.name for f in frags] == ["get_weather", "send_message"]
    assert released(out) == ""  # no text answer, so no text label


def test_sdk_streamed_banned_tool_call_is_never_released(live: dict[str, Any]) -> None:
    out = _streamed_tool_calls(live, [CLEAN_CALL, BANNED_CALL])
    assert not [tc for c in out if c.choices for tc in c.choices[0].delta.tool_calls or []]
    assert out[-1].choices[0].finish_reason == "content_filter"
    assert released(out).endswith(REFUSAL)


# ---------------------------------------------------------------- what is logged
def test_logs_and_litellm_guardrail_records_hold_masked_evidence_only(guard: BeianGuardrail,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="beian.integrations.litellm")
    data = request("怎么获取法轮功资料")
    with pytest.raises(ModifyResponseException):
        run(pre_call(guard, data))
    out_data = request("你好")
    run(post_call(guard, answer("资料见法 輪 功网站"), out_data))
    stream_through(guard, chunks(LONG_PREFIX + "法轮功", 2))
    records = [data["metadata"]["standard_logging_guardrail_information"],
               out_data["metadata"]["standard_logging_guardrail_information"]]
    assert records[0][0]["guardrail_status"] == "guardrail_intervened"
    assert records[0][0]["guardrail_response"]["categories"] == ["违禁"]
    logged = caplog.text + json.dumps(records, ensure_ascii=False, default=str)
    assert "违禁" in caplog.text
    assert no_raw_term(logged)


# ---------------------------------------------------------------- the shipped example
def test_example_litellm_config_builds_a_working_guardrail(monkeypatch: pytest.MonkeyPatch) -> None:
    """examples/litellm/config.yaml, read as the proxy reads its guardrails section, from the repo root."""
    import yaml
    from litellm.proxy.types_utils.utils import get_instance_fn
    from litellm.types.guardrails import LitellmParams

    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)
    config_file = root / "examples" / "litellm" / "config.yaml"
    (entry,) = yaml.safe_load(config_file.read_text(encoding="utf-8"))["guardrails"]
    params = LitellmParams(**entry["litellm_params"])
    cls = get_instance_fn(params.guardrail, config_file_path=str(config_file))
    extra = {k: v for k, v in params.model_dump(exclude_none=True).items()
             if k not in ("guardrail", "mode", "default_on", "stream_scope")}
    guard = cls(guardrail_name=entry["guardrail_name"], event_hook=params.mode, default_on=params.default_on,
                **extra)
    assert guard.checks.app.name == "demo"
    assert run(pre_call(guard, request("今天天气怎么样？"))) is None
    with pytest.raises(ModifyResponseException) as caught:
        run(pre_call(guard, request("哪里有网络赌场")))
    assert caught.value.message == "抱歉，这个问题我无法回答。"
    with pytest.raises(ModifyResponseException) as caught:
        run(pre_call(guard, request("法 轮 功是什么")))
    assert caught.value.message == "这个问题涉及邪教组织，建议参阅权威部门发布的信息。"


# ---------------------------------------------------------------- check failures
class _BrokenMatcher:
    max_term_chars = 4

    def scan(self, text: str) -> list[Any]:
        raise RuntimeError("matcher exploded")

    def pending_chars(self, text: str) -> int:
        raise RuntimeError("matcher exploded")


def test_a_failing_check_fails_closed(guard: BeianGuardrail) -> None:
    from fastapi import HTTPException

    guard.checks.matcher = _BrokenMatcher()
    with pytest.raises(HTTPException) as caught:
        run(pre_call(guard, request("你好")))
    assert caught.value.status_code == 503
    assert caught.value.detail["code"] == "check_failed"
    with pytest.raises(HTTPException):
        stream_through(guard, chunks("北京是中华人民共和国的首都。", 2))


def test_a_failing_check_passes_when_the_app_fails_open(guard: BeianGuardrail) -> None:
    guard.checks.matcher = _BrokenMatcher()
    guard.checks.app = guard.checks.app.model_copy(update={"fail_closed": False})
    assert run(pre_call(guard, request("你好"))) is None
    assert released(stream_through(guard, chunks("北京。", 2))) == "北京。\n" + LABEL


def test_long_input_is_checked_off_the_event_loop(guard: BeianGuardrail) -> None:
    question = "请帮我总结下面这篇很长的文章。" * 400 + "文末提到法轮功。"
    assert len(question) > 4096
    with pytest.raises(ModifyResponseException):
        run(pre_call(guard, request(question)))
