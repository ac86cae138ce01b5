"""The configured harmful-content classifier per record: the offline harm baseline of ``beian assess``
(``--classifier-kind baseline``) or an OpenAI-compatible endpoint (``guard`` / ``llm_judge``).

:class:`ClassifierSpec` is what the user asked for (its :meth:`~ClassifierSpec.settings` define the
result and go into plan.json; the API key never does). :func:`build` makes a
:class:`RecordClassifier` once per Ray worker. The baseline judges a whole batch in one sparse
product (the same n-grams and weights as :class:`beian.assess.learn.LearnedHarmClassifier`);
endpoints are called from a small thread pool, with retries, and a failure is a per-record code
(:data:`ERROR`), never a pass.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from beian.errors import BeianError, UsageError
from beian.kinds import ClassifierKind

NOT_RUN, SAFE, FLAGGED, ERROR = -1, 0, 1, 2  # per-record classifier codes
SHORT = {"baseline": "离线基线", "guard": "护栏模型", "llm_judge": "大模型评审"}  # kind → short label
SCOPES = {"all": "全部记录", "sample": "技术抽检样本"}
MAX_CHARS = 4000  # a record longer than this is judged on its opening (guard models have a context limit)
RETRY_BACKOFF_S = 0.5
SHIPPED_BASELINE = "harm-baseline"
# Measured by bench/corpus_bench.py --classifier (BENCHMARKS.md, 语料扫描): the shipped baseline learnt
# "answered vs refused" on model answers, so it flags nearly every ordinary corpus record.
SHIPPED_NOTE = ("随包的离线基线是在模型回答上训练的（有害回答对拒答），对普通语料几乎全部标记"
                "（实测古诗 89%、法律 83%、评论 85%；COLD 冒犯评论与正常评论都标记约 73%，分不开），"
                "结果只作参考，不能作为语料合格与否的证据")


@dataclass(frozen=True)
class ClassifierSpec:
    """The classifier of a scan: kind, model, endpoint, which records, and how to call it."""

    kind: str
    model: str | None = None
    url: str | None = None
    scope: str = "all"
    max_chars: int = MAX_CHARS
    concurrency: int = 8
    retries: int = 2
    timeout: float = 60.0
    key_env: str | None = None

    @property
    def label(self) -> str:
        """Short Chinese name of the classifier for the outputs, e.g. ``离线基线 harm-baseline``."""
        if self.kind == ClassifierKind.BASELINE:
            return f"{SHORT[self.kind]} {Path(self.model).name if self.model else 'harm-baseline'}"
        return f"{SHORT[self.kind]} {self.model or '（未指定模型名）'}"

    def settings(self) -> dict[str, Any]:
        """What changes the result (kept in plan.json and result.json; no key, no concurrency)."""
        note = SHIPPED_NOTE if self.kind == ClassifierKind.BASELINE and self.model == SHIPPED_BASELINE else ""
        return {"kind": self.kind, "label": self.label, "model": self.model, "url": self.url, "scope": self.scope,
                "scope_label": SCOPES[self.scope], "max_chars": self.max_chars, "note": note}

    def worker_args(self, workers: int, key: str | None) -> dict[str, Any]:
        """Constructor arguments for each Ray worker: the total concurrency is split over the workers."""
        per_worker = max(1, math.ceil(self.concurrency / max(1, workers)))
        model = self.model
        if self.kind == ClassifierKind.BASELINE and model and Path(model).exists():
            model = str(Path(model).resolve())  # workers may run in another folder
        return {"kind": self.kind, "model": model, "url": self.url, "scope": self.scope, "max_chars": self.max_chars,
                "concurrency": per_worker, "retries": self.retries, "timeout": self.timeout, "key": key}


def spec_from_options(kind: str | None, url: str | None, model: str | None, scope: str | None, *,
                      concurrency: int = 8, retries: int = 2, timeout: float = 60.0,
                      key_env: str | None = None) -> ClassifierSpec | None:
    """The spec named by the ``scan`` options, or None when no classifier is configured (keyword-only).

    Same spelling as ``beian assess``: ``--classifier-kind baseline|guard|llm_judge`` (``judge`` is the
    old name of ``llm_judge``), ``--classifier-url``, ``--classifier-model``. A URL without a kind means
    ``guard``. Unlike ``assess``, the baseline's model file must be named: the shipped one is unfit
    for corpus text (:data:`SHIPPED_NOTE`) and is used only when asked for by name. ``scope`` defaults
    to every record for the baseline and to the technical sample for endpoints (one request per record).
    """
    if kind is None and url is None:
        if model is not None or scope is not None:
            raise UsageError("给了分类模型的设置，但没有指定分类模型",
                             "加 --classifier-kind baseline（离线基线）或 --classifier-url 接口地址")
        return None
    value = "llm_judge" if kind == "judge" else (kind or ClassifierKind.GUARD.value)
    if value not in ClassifierKind.values():
        raise UsageError(f"未知的分类模型类型：{value}", f"可选：{'、'.join(ClassifierKind.values())}")
    if value == ClassifierKind.BASELINE:
        if url:
            raise UsageError("离线基线模型不调用接口，不要同时给 --classifier-url", "去掉 --classifier-url，或换用 guard / llm_judge")
        if model is None:
            raise UsageError("语料扫描的离线基线需要用 --classifier-model 指明模型文件：" + SHIPPED_NOTE,
                             "用 beian judge train --target harmful 在已标注的语料记录上训练后给出 .npz；或用 --classifier-url "
                             f"接入护栏模型；确要参考随包基线时写 --classifier-model {SHIPPED_BASELINE}")
        _check_baseline(model)
    elif not url:
        raise UsageError(f"分类模型类型 {value} 需要接口地址", "加 --classifier-url http://…/v1 与 --classifier-model 模型名")
    if concurrency < 1 or retries < 0 or timeout <= 0:
        raise UsageError("分类模型接口的并发数至少为 1、重试次数不能为负、超时必须大于 0",
                         "检查 --classifier-concurrency、--classifier-retries、--classifier-timeout")
    scope = scope or ("all" if value == ClassifierKind.BASELINE else "sample")
    if scope not in SCOPES:
        raise UsageError(f"未知的分类范围：{scope}", "可选：all（全部记录）、sample（技术抽检样本）")
    return ClassifierSpec(value, model, url, scope, MAX_CHARS, concurrency, retries, timeout, key_env)


def _check_baseline(model: str | None) -> None:
    """Load the baseline file now, before a run folder exists (a wrong file must not leave a broken run)."""
    from beian.assess.learn import HARM_BASELINE, JudgeModel, require_sklearn

    require_sklearn()  # the baseline needs scikit-learn: say so here, not inside a Ray worker
    path = Path(model or HARM_BASELINE)
    if JudgeModel.load(path, "--classifier-model").target != "harmful":
        raise UsageError(f"{path} 不是有害内容基线模型", "用 beian judge train --target harmful 训练")


@dataclass
class Judged:
    """A batch's classifier results: a code per record, the risks it named, and error messages."""

    codes: npt.NDArray[np.int8]
    risks: list[str]
    errors: list[str]


class RecordClassifier:
    """The classifier of one Ray worker, built once and reused for every batch."""

    def __init__(self, kind: str, model: str | None, url: str | None, scope: str, max_chars: int,
                 concurrency: int, retries: int, timeout: float, key: str | None) -> None:
        self.kind, self.scope, self.max_chars, self.retries = kind, scope, max_chars, retries
        self.pool: ThreadPoolExecutor | None = None
        if kind == ClassifierKind.BASELINE:
            from beian.assess.learn import HARM_BASELINE, JudgeModel

            self.model = JudgeModel.load(Path(model or HARM_BASELINE))
            return
        from beian.text.classifiers import GuardModelClassifier, LLMJudgeClassifier

        cls = GuardModelClassifier if kind == ClassifierKind.GUARD else LLMJudgeClassifier
        self.endpoint = cls(str(url), model or "", key, timeout)
        self.pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="beian-classifier")

    def judge(self, texts: Sequence[str], which: npt.NDArray[np.bool_]) -> Judged:
        """Classify ``texts[i]`` where ``which[i]``; the other records get :data:`NOT_RUN`."""
        n = len(texts)
        out = Judged(np.full(n, NOT_RUN, dtype=np.int8), [""] * n, [""] * n)
        idx = np.flatnonzero(which).tolist()
        if not idx:
            return out
        cut = [texts[i][:self.max_chars] for i in idx]
        if self.pool is None:
            out.codes[idx] = np.where(baseline_probabilities(self.model, cut) >= 0.5, FLAGGED, SAFE)
            return out
        for i, (code, risks, error) in zip(idx, self.pool.map(self._one, cut)):
            out.codes[i], out.risks[i], out.errors[i] = code, risks, error
        return out

    def _one(self, text: str) -> tuple[int, str, str]:
        """One endpoint call with retries: ``(code, risks, error message)``; the message never quotes text."""
        error = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(RETRY_BACKOFF_S * 2 ** (attempt - 1))
            try:
                verdict = self.endpoint.classify(text)
            except BeianError as exc:
                error = exc.message
                continue
            except Exception as exc:  # any failure is counted per record, never a pass
                error = f"分类模型调用出错（{type(exc).__name__}）"
                continue
            return (SAFE if verdict.safe else FLAGGED), "|".join(verdict.risks or verdict.labels), ""
        return ERROR, "", error


def baseline_probabilities(model: Any, texts: Sequence[str]) -> npt.NDArray[np.float64]:
    """P(harmful) of each text under the harm baseline: one sparse product for the batch (exactly
    :meth:`beian.assess.learn.JudgeModel.learned_probability` per text, ~15x cheaper per record)."""
    return np.asarray(model.learned_probabilities(texts), dtype=np.float64)
