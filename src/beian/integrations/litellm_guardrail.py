"""``BeianGuardrail``: beian's content-safety checks as a LiteLLM custom guardrail.

In the LiteLLM proxy ``config.yaml``::

    guardrails:
      - guardrail_name: beian
        litellm_params:
          guardrail: beian.integrations.litellm_guardrail.BeianGuardrail
          mode: [pre_call, post_call]
          default_on: true
          config_path: /etc/beian/gateway.yaml   # or env BEIAN_GATEWAY_CONFIG
          app: demo                              # default: the first app

Hooks (LiteLLM's native guardrail hooks, not ``apply_guardrail``):

- ``async_pre_call_hook``: the user text is decided on (stage ``input``); block or
  substitute stops the call, mask rewrites the messages in ``data``;
- ``async_post_call_success_hook``: ``content``, ``reasoning_content``, ``reasoning``, ``refusal``
  and tool calls (names, JSON keys, ``arguments``) of every choice (stage ``output``), then the
  app's classifier; block or substitute replaces the message (no logprobs), mask rewrites it;
  the explicit AIGC label is added per the config's ``label`` section;
- ``async_post_call_streaming_iterator_hook``: streamed chunks go through
  :class:`beian.integrations.litellm_stream.StreamGuard`, i.e. the gateway's own stream guard
  (hold-back window, classifier gate, tool calls held until their choice finishes, n > 1);
- ``async_post_call_response_headers_hook``: the implicit label header (``X-AIGC-Label``).

Messages a user reads are in Chinese; exceptions and logs carry categories and
masked evidence only, never the raw text.
"""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no network fetch of the cost map on import

import contextlib
import json
import logging
import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterable, Awaitable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from litellm.exceptions import GuardrailRaisedException
from litellm.integrations.custom_guardrail import CustomGuardrail
from litellm.types.guardrails import GuardrailEventHooks
from litellm.types.llms.openai import ResponsesAPIResponse
from litellm.types.utils import (
    Choices,
    Message,
    ModelResponse,
    ModelResponseStream,
    TextCompletionResponse,
)

from beian.errors import ConfigError
from beian.gateway.messages import joined, request_segments, write_back
from beian.gateway.policy import Verdict, substitute_for
from beian.gateway.toolcalls import check_functions
from beian.integrations.checks import CHECK_FAILED, BeianChecks, CheckFailed, verdict_summary
from beian.integrations.litellm_stream import FIELDS, StreamGuard
from beian.labels import implicit_label, label_json

if TYPE_CHECKING:
    from litellm.caching.dual_cache import DualCache
    from litellm.proxy._types import UserAPIKeyAuth

logger = logging.getLogger("beian.integrations.litellm")

SUPPORTED_HOOKS = (GuardrailEventHooks.pre_call, GuardrailEventHooks.post_call)
INPUT_CALL_TYPES = frozenset({"completion", "acompletion", "text_completion", "atext_completion",
                              "responses", "aresponses", "anthropic_messages", "aanthropic_messages"})
PROVIDER = "beian"
T = TypeVar("T")
UNSUPPORTED = "beian 护栏无法检查这种输出格式（仅支持 OpenAI 格式的 /chat/completions），已按失败关闭策略拒绝"


def _http_error(status: int, detail: dict[str, Any], guardrail_name: str | None) -> Exception:
    """The error LiteLLM's proxy turns into an HTTP response: FastAPI's HTTPException, else its own."""
    try:
        from fastapi import HTTPException
    except ImportError:  # SDK-only install: LiteLLM's exception carries the status code too
        return GuardrailRaisedException(guardrail_name=guardrail_name, message=str(detail["error"]),
                                        should_wrap_with_default_message=False, status_code=status,
                                        blocked_content=status == 400)
    return HTTPException(status_code=status, detail=detail)


def _generated_text(response: object) -> bool:
    """Whether ``response`` is model-generated text in a format other than a chat completion."""
    if isinstance(response, (TextCompletionResponse, ResponsesAPIResponse)):
        return True
    return isinstance(response, dict) and response.get("type") == "message"  # Anthropic /v1/messages


def _call_type(call_type: object) -> str:
    return str(getattr(call_type, "value", call_type))


class BeianGuardrail(CustomGuardrail):
    """A LiteLLM custom guardrail that applies one ``beian serve`` app policy to requests and responses."""

    def __init__(self, config_path: str | None = None, app: str | None = None, strict: bool = False,
                 explicit_label: bool = True, implicit_label: bool = True, **kwargs: Any) -> None:
        """Load the beian gateway config (``config_path`` or ``$BEIAN_GATEWAY_CONFIG``) and pick ``app``.

        ``strict`` checks in beian's strict mode (every hit blocks, lower confidence
        floor); ``explicit_label`` / ``implicit_label`` switch the AIGC text label and
        the label header off. Other keyword arguments are LiteLLM's (``guardrail_name``,
        ``event_hook``, ``default_on`` …) and are passed on.

        Every problem raises :class:`beian.errors.ConfigError` (not ``ValueError``), so the
        LiteLLM proxy fails to start instead of starting without this guardrail.
        """
        self.checks = BeianChecks.load(config_path, app, strict=strict)
        self.explicit_label = explicit_label
        self.implicit_label = implicit_label
        kwargs.setdefault("supported_event_hooks", list(SUPPORTED_HOOKS))
        try:
            super().__init__(**kwargs)
        except ValueError as exc:  # the proxy would skip the guardrail and start unguarded on a ValueError
            raise ConfigError(f"LiteLLM 不接受 beian 护栏的参数：{exc}",
                              "mode 只能是 pre_call、post_call 或两者（不支持 during_call）") from exc

    @classmethod
    def get_supported_event_hooks(cls) -> list[GuardrailEventHooks]:
        """The modes this guardrail implements: ``pre_call`` and ``post_call``."""
        return list(SUPPORTED_HOOKS)

    # ------------------------------------------------------------ input
    async def async_pre_call_hook(self, user_api_key_dict: UserAPIKeyAuth, cache: DualCache, data: dict[str, Any],
                                  call_type: Any) -> dict[str, Any] | None:
        """Check the user text before the model is called; raise on block / substitute, rewrite on mask."""
        del user_api_key_dict, cache
        if _call_type(call_type) not in INPUT_CALL_TYPES:
            return None
        segments = request_segments(data)
        if not segments:
            return None
        started = time.time()
        verdict = await self._check(joined(segments), "input")
        self._note(data, "input", verdict, started)
        if verdict.stops:
            self._refuse(data, verdict, "input")
        if verdict.action == "mask":
            write_back(data, segments, verdict.text)
            return data
        return None

    # ------------------------------------------------------------ output
    async def async_post_call_success_hook(self, data: dict[str, Any], user_api_key_dict: UserAPIKeyAuth,
                                           response: Any) -> Any:
        """Check every choice of a chat completion; replace or mask in place, add the explicit label."""
        del user_api_key_dict
        if not isinstance(response, ModelResponse):
            if _generated_text(response):
                self._unsupported(response)
            return None  # embeddings, images, files …: nothing for a text check
        for choice in response.choices:
            if isinstance(choice, Choices):
                await self._guard_choice(data, choice)
        return response

    async def _guard_choice(self, data: dict[str, Any], choice: Choices) -> None:
        msg = choice.message
        masked = False
        for name in FIELDS:
            value = getattr(msg, name, None)
            if not isinstance(value, str) or not value:
                continue
            started = time.time()
            verdict = await self._check(value, "output")
            self._note(data, "output", verdict, started)
            if verdict.stops:
                self._retract(data, choice, verdict)
                return
            if verdict.action == "mask":
                setattr(msg, name, verdict.text)
                masked = True
        if masked:  # the logprobs would carry the masked text's tokens
            choice.logprobs = None
        if not await self._guard_tool_calls(data, choice) or not await self._classify(data, choice):
            return
        if self.explicit_label and isinstance(msg.content, str):
            msg.content = self.checks.label(msg.content)

    async def _classify(self, data: dict[str, Any], choice: Choices) -> bool:
        """The app's classifier on the answer (when configured); False when retracted."""
        content = choice.message.content
        if self.checks.app.classifier is None or not isinstance(content, str) or not content:
            return True
        started = time.time()
        hits = await self.checks.classify(content, joined(request_segments(data)))
        stopping = [h for h in hits if h.action in ("block", "substitute")]
        if not stopping:
            return True
        action = "substitute" if all(h.action == "substitute" for h in stopping) else "block"
        reply = self.checks.app.refusal if action == "block" else substitute_for(self.checks.cfg, self.checks.app, hits)
        verdict = Verdict(action=action, hits=hits, reply=reply)
        self._note(data, "output", verdict, started)
        self._retract(data, choice, verdict)
        return False

    async def _guard_tool_calls(self, data: dict[str, Any], choice: Choices) -> bool:
        """Check the names, JSON keys and arguments of the message's tool calls (masks written back); False when retracted."""
        msg = choice.message
        objs = [fn for tc in msg.tool_calls or [] if (fn := getattr(tc, "function", None)) is not None]
        objs += [msg.function_call] if getattr(msg, "function_call", None) is not None else []
        funcs = [{"name": getattr(o, "name", None), "arguments": getattr(o, "arguments", None)} for o in objs]
        started = time.time()
        verdict = await check_functions(funcs, lambda text: self._check(text, "output"))
        self._note(data, "output", verdict, started)
        if verdict.stops:
            self._retract(data, choice, verdict)
            return False
        for obj, fn in zip(objs, funcs):
            if fn["arguments"] != obj.arguments:
                obj.arguments = fn["arguments"]
        return True

    def _retract(self, data: dict[str, Any], choice: Choices, verdict: Verdict) -> None:
        """Replace the choice with the refusal or substitute answer (or raise the error envelope)."""
        if self.checks.app.error_envelope:
            self._refuse(data, verdict, "output")
        choice.message = Message(role="assistant", content=verdict.reply)
        choice.logprobs = None
        choice.finish_reason = "content_filter"

    # ------------------------------------------------------------ streaming
    async def async_post_call_streaming_iterator_hook(self, user_api_key_dict: UserAPIKeyAuth, response: Any,
                                                      request_data: dict[str, Any]) -> AsyncGenerator[Any, None]:
        """Release streamed text only once it is safe; end the stream with the refusal on a hit."""
        del user_api_key_dict
        n = request_data.get("n")
        guard = StreamGuard(self.checks, self.explicit_label, joined(request_segments(request_data)),
                            n if isinstance(n, int) and not isinstance(n, bool) else 1)
        try:
            async for item in response:
                if not isinstance(item, ModelResponseStream):
                    self._unsupported(item)
                    yield item
                    continue
                out = await self._feed(guard, guard.feed(item), request_data)
                if out is not None:
                    yield out
                if guard.done:
                    return
            for chunk in await self._feed(guard, guard.tail(), request_data):
                yield chunk
        finally:
            await _close(response)

    async def _feed(self, guard: StreamGuard, step: Awaitable[T], data: dict[str, Any]) -> T:
        """Run one step of the stream guard; a failing check fails closed (HTTP 503); stops are logged."""
        started = time.time()
        try:
            out = await step
        except CheckFailed as exc:
            raise self._check_failed("output") from exc
        for verdict in guard.new_stops():
            self._note(data, "output", verdict, started)
        return out

    def _unsupported(self, item: object) -> None:
        """Generated text in a format the adapter cannot check: refuse (fail closed) or let it pass with a warning."""
        if self.checks.app.fail_closed:
            raise _http_error(501, {"error": UNSUPPORTED, "code": "unsupported_format"}, self.guardrail_name)
        logger.warning("beian 护栏：无法检查的输出类型 %s，按 fail_closed: false 放行", type(item).__name__)

    # ------------------------------------------------------------ implicit label
    async def async_post_call_response_headers_hook(self, data: dict[str, Any], user_api_key_dict: UserAPIKeyAuth,
                                                    response: object, request_headers: dict[str, str] | None = None,
                                                    litellm_call_info: dict[str, object] | None = None,
                                                    ) -> dict[str, str] | None:
        """The GB 45438 implicit label as a response header (``label.header``, default ``X-AIGC-Label``)."""
        del user_api_key_dict, request_headers, litellm_call_info
        if not self.implicit_label or response is None:
            return None
        if self.should_run_guardrail(data=data, event_type=GuardrailEventHooks.post_call) is not True:
            return None
        produce_id = str(getattr(response, "id", None) or data.get("litellm_call_id") or uuid.uuid4().hex)
        lbl = self.checks.cfg.label
        return {lbl.header: label_json(implicit_label(lbl.producer_code, produce_id))}

    # ------------------------------------------------------------ helpers
    async def _check(self, text: str, stage: str) -> Verdict:
        try:
            return await self.checks.check(text, stage)
        except CheckFailed as exc:
            raise self._check_failed(stage) from exc

    def _check_failed(self, stage: str) -> Exception:
        logger.error("beian 护栏：%s阶段检查出错或超时，已按失败关闭策略拒绝", _STAGE_ZH[stage])
        return _http_error(503, {"error": CHECK_FAILED, "code": "check_failed"}, self.guardrail_name)

    def _refuse(self, data: dict[str, Any], verdict: Verdict, stage: str) -> NoReturn:
        """Stop the call: an HTTP 400 error envelope, or (default) a normal answer with the refusal."""
        info = verdict_summary(stage, verdict)
        if self.checks.app.error_envelope:
            raise _http_error(400, {"error": verdict.reply, "type": "content_filter", "code": "content_filter",
                                    **info}, self.guardrail_name)
        self.raise_passthrough_exception(violation_message=verdict.reply, request_data=data, detection_info=info)
        raise AssertionError("unreachable")  # raise_passthrough_exception always raises

    def _note(self, data: dict[str, Any], stage: str, verdict: Verdict, started: float) -> None:
        """Log a mask / block / substitute decision and add it to LiteLLM's guardrail logging (masked only)."""
        if verdict.action == "allow":
            return
        info = verdict_summary(stage, verdict)
        logger.log(logging.INFO if verdict.stops else logging.DEBUG, "beian 护栏：%s阶段处置为 %s，类别 %s，证据 %s",
                   _STAGE_ZH[stage], verdict.action, "、".join(info["categories"]),
                   json.dumps(info["evidence"], ensure_ascii=False))
        ended = time.time()
        try:  # shows up in LiteLLM's spend logs / UI / callbacks; must never change the decision
            self.add_standard_logging_guardrail_information_to_request_data(
                guardrail_json_response=info, request_data=data,
                guardrail_status="guardrail_intervened", start_time=started, end_time=ended,
                duration=ended - started, guardrail_provider=PROVIDER,
                event_type=GuardrailEventHooks.pre_call if stage == "input" else GuardrailEventHooks.post_call)
        except Exception:
            logger.debug("beian 护栏：写入 LiteLLM 护栏日志失败", exc_info=True)


_STAGE_ZH = {"input": "输入", "output": "输出"}


async def _close(stream: AsyncIterable[Any]) -> None:
    """Close the upstream stream (stops generation after a hit); errors on closing are ignored."""
    aclose = getattr(stream, "aclose", None)
    if callable(aclose):
        with contextlib.suppress(Exception):
            await aclose()
