"""beian's gateway checks packaged for framework adapters (no LiteLLM import here).

Loads the same ``gateway.yaml`` that ``beian serve`` reads, picks one app's policy,
builds its matcher with the gateway's lexicon loader, and offers what an adapter
needs: a decision on a text (with the app's timeout and fail-closed rule), a
streaming guard per output field, the explicit AIGC label, the user text of a
request body (and a way to write masked text back), and evidence that is safe to
show because every hit in it is masked.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from beian.errors import CHECK_FAILED, CheckFailed, ConfigError
from beian.gateway.config import AppConfig, GatewayConfig, load_config
from beian.gateway.guard import Checks
from beian.gateway.lexicons import compile_lexicon, load_files
from beian.gateway.policy import PolicyHit, Verdict, classifier_hits, decide
from beian.gateway.stream import FieldGuard
from beian.labels import apply_text_label
from beian.log import get_logger, swallowed, text_ref

LOG = get_logger("integrations")
CONFIG_ENV = "BEIAN_GATEWAY_CONFIG"
INLINE_CHECK_CHARS = 4096  # like the gateway: short texts are checked inline, long ones in a thread
__all__ = ["CHECK_FAILED", "BeianChecks", "CheckFailed", "verdict_summary"]


# ---------------------------------------------------------------- evidence
def verdict_summary(stage: str, verdict: Verdict) -> dict[str, Any]:
    """JSON-safe facts about a decision: stage, action, categories and masked evidence, never raw text."""
    acting = [h for h in verdict.hits if h.action != "allow"]
    return {"stage": stage, "action": verdict.action,
            "categories": sorted({h.key for h in acting}),
            "evidence": [h.evidence for h in acting]}  # every hit is masked in each excerpt


# ---------------------------------------------------------------- the checks
def pick_app(cfg: GatewayConfig, name: str | None) -> AppConfig:
    """The app called ``name``, or the first app when no name is given."""
    if not cfg.apps:
        raise ConfigError("网关配置中没有任何应用（apps 为空）", "至少配置一个应用，参见 examples/gateway.yaml")
    if not name:
        return cfg.apps[0]
    for app in cfg.apps:
        if app.name == name:
            return app
    names = "、".join(a.name for a in cfg.apps)
    raise ConfigError(f"网关配置中没有名为 {name} 的应用", f"可选的应用：{names}")


@dataclass
class BeianChecks:
    """One app's checks: its config, policy, compiled matcher and the run mode (normal / strict)."""

    cfg: GatewayConfig
    app: AppConfig
    matcher: Any
    mode: str = "normal"
    _classifier: Any = field(default=None, repr=False)

    @classmethod
    def load(cls, config_path: str | os.PathLike[str] | None = None, app: str | None = None, *,
             strict: bool = False) -> BeianChecks:
        """Read ``config_path`` (or ``$BEIAN_GATEWAY_CONFIG``), pick ``app`` and compile its lexicons."""
        raw = config_path or os.environ.get(CONFIG_ENV)
        if not raw:
            raise ConfigError("未指定 beian 网关配置文件",
                              f"在护栏参数中设置 config_path，或设置环境变量 {CONFIG_ENV}")
        cfg = load_config(Path(raw))
        chosen = pick_app(cfg, app)
        lexicon = load_files([cfg.path(p) for p in chosen.lexicons], [cfg.path(p) for p in chosen.allow],
                             [cfg.path(p) for p in chosen.user_dict])
        return cls(cfg, chosen, compile_lexicon(lexicon), "strict" if strict else "normal")

    def decide(self, text: str, stage: str) -> Verdict:
        """The policy decision for ``text``; a check error fails closed (:class:`CheckFailed`) or allows."""
        try:
            return decide(self.cfg, self.app, self.matcher, text, stage=stage, mode=self.mode)
        except Exception as exc:
            swallowed(LOG, "内容安全检查出错", exc, app=self.app.name, stage=stage, text=text_ref(text),
                      fail_closed=self.app.fail_closed)
            if self.app.fail_closed:
                raise CheckFailed() from exc
            return Verdict(text=text)

    async def check(self, text: str, stage: str) -> Verdict:
        """:meth:`decide`, in a worker thread bounded by the app's ``check_timeout_s`` for long texts."""
        if len(text) <= INLINE_CHECK_CHARS:
            return self.decide(text, stage)
        try:
            return await asyncio.wait_for(asyncio.to_thread(self.decide, text, stage),
                                          timeout=self.app.check_timeout_s)
        except asyncio.TimeoutError as exc:
            swallowed(LOG, "内容安全检查超时", exc, app=self.app.name, stage=stage, text=text_ref(text),
                      fail_closed=self.app.fail_closed)
            if self.app.fail_closed:
                raise CheckFailed() from exc
            return Verdict(text=text)

    def stream_checks(self, question: str = "") -> Checks:
        """The app's composed output checks for a stream, with the classifier gate when the app has one."""
        async def classify(answer: str) -> list[PolicyHit]:
            return await self.classify(answer, question)

        return Checks.for_app(self.cfg, self.app, lambda: self.matcher, lambda: self.mode,
                              classify if self.app.classifier is not None else None)

    def field_guard(self) -> FieldGuard:
        """A streaming guard for one output field: it holds back only what could still become a hit."""
        return FieldGuard.of(self.stream_checks())

    async def classify(self, answer: str, question: str) -> list[PolicyHit]:
        """The classifier's hits on ``answer``; a failure or timeout blocks when the app fails closed."""
        c = self.app.classifier
        if c is None:
            return []
        if self._classifier is None:
            from beian.text.classifiers import GuardModelClassifier, LLMJudgeClassifier

            cls = GuardModelClassifier if c.kind == "guard" else LLMJudgeClassifier
            self._classifier = cls(c.base_url, c.model, c.api_key or None, timeout=c.timeout_s)
        try:
            verdict = await asyncio.wait_for(asyncio.to_thread(self._classifier.classify, answer, question),
                                             timeout=c.timeout_s)
        except Exception as exc:
            swallowed(LOG, "分类模型调用失败或超时", exc, app=self.app.name, answer=text_ref(answer),
                      fail_closed=self.app.fail_closed)
            if not self.app.fail_closed:
                return []
            return [PolicyHit("classifier", 0, 0, "分类模型调用失败", 1.0, "block", "分类模型调用失败或超时（失败关闭）")]
        return classifier_hits(self.app, verdict, self.mode == "strict" or self.app.minors_mode)

    def label(self, content: str, position: str | None = None) -> str:
        """``content`` with the explicit AIGC label at ``position`` (default: the config's)."""
        lbl = self.cfg.label
        return apply_text_label(content, lbl.text, position or lbl.position)
