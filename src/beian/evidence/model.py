"""Records of an evidence run: HTTP exchanges, checks, probe results, and the masking applied to them.

Raw text stays in memory (the checks need it); everything written to disk goes
through :class:`Masker` first, so banned terms and personal data never appear in
the pack unless ``--show-raw`` was given.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from beian.evidence.probes import ProbeSpec
from beian.text.evidence import mask_term, masked_excerpt, pii_masked_copy

TEXT_LIMIT = 20000  # characters kept per string in evidence.json
SSE_KEEP = 3  # first and last SSE events kept in the record
STATUS_ZH = {"passed": "通过", "failed": "未通过", "skipped": "跳过"}


def now_text() -> str:
    """Local time with milliseconds, as shown in the pack."""
    t = time.time()
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t)) + f".{int(t % 1 * 1000):03d}"


def truncate(s: str, limit: int = TEXT_LIMIT) -> str:
    """``s`` cut to ``limit`` characters with a Chinese marker saying how much was dropped."""
    if len(s) <= limit:
        return s
    return s[:limit] + f"……（已截断，原文共 {len(s)} 字）"


class Masker:
    """Masks sensitive terms (and their variants) and personal information in text and JSON data."""

    def __init__(self, terms: list[str], show_raw: bool = False) -> None:
        self.terms = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
        self.show_raw = show_raw
        self._matcher: Any = None
        if self.terms and not show_raw:
            self._matcher = _build_matcher(self.terms)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the sensitive terms (exact or as a variant) occur in ``text``."""
        found: set[tuple[int, int]] = set()
        for term in self.terms:
            at = text.find(term)
            while at >= 0:
                found.add((at, at + len(term)))
                at = text.find(term, at + 1)
        if self._matcher is not None:
            found.update((m.start, m.end) for m in self._matcher.scan(text))
        return sorted(found)

    def text(self, s: str) -> str:
        """``s`` with sensitive terms and personal information masked (unchanged with ``--show-raw``)."""
        if self.show_raw or not s:
            return s
        chars = list(s)
        for start, end in self.spans(s):
            chars[start:end] = list(mask_term(s[start:end]))
        return pii_masked_copy("".join(chars))

    def excerpts(self, s: str, context: int = 8) -> list[str]:
        """One short excerpt per sensitive span, the span masked and marked 【】."""
        if self.show_raw:
            return [s[max(0, a - context):b + context] for a, b in self.spans(s)]
        spans = self.spans(s)  # the other spans in an excerpt's context are masked too, never shown raw
        return [masked_excerpt(s, a, b, context=context, others=spans) for a, b in spans]

    def data(self, obj: Any) -> Any:
        """A copy of JSON-like ``obj`` with every string value masked and cut to :data:`TEXT_LIMIT`."""
        if isinstance(obj, str):
            return truncate(self.text(obj))
        if isinstance(obj, dict):
            return {k: self.data(v) for k, v in obj.items()}
        if isinstance(obj, (list, tuple)):
            return [self.data(v) for v in obj]
        return obj


def _build_matcher(terms: list[str]) -> Any:
    """A variant-aware matcher for the mask terms, or None when the text core cannot build one."""
    try:
        from beian.text.matcher import Matcher
        from beian.text.terms import Lexicon, Term

        return Matcher.build(Lexicon(terms=[Term(t, source="evidence") for t in terms]))
    except Exception:  # exact replacement still applies
        return None


@dataclass
class Check:
    """One expectation and whether it held."""

    name: str
    passed: bool
    detail: str = ""


@dataclass
class Exchange:
    """One HTTP exchange with the gateway (raw; masked only when recorded)."""

    title: str
    method: str
    path: str
    time: str
    request_body: Any = None
    auth: str = ""
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    events: list[Any] | None = None
    error: str | None = None
    elapsed_ms: float = 0.0
    full_id: str | None = None  # the audit log's id, when the audit probe found it

    # ------------------------------------------------------------ chat view
    def completion(self) -> dict[str, Any]:
        """The body when it is a JSON object (else an empty dict)."""
        return self.body if isinstance(self.body, dict) else {}

    def answer(self) -> str:
        """The assistant's text: message content, concatenated stream deltas, or the error message."""
        if self.events is not None:
            return "".join(str(_first_choice(e).get("delta", {}).get("content") or "") for e in self._chunks())
        body = self.completion()
        if isinstance(body.get("error"), dict):
            return str(body["error"].get("message") or "")
        return str(_first_choice(body).get("message", {}).get("content") or "")

    def finish_reason(self) -> str | None:
        """The (last) finish_reason of the first choice."""
        if self.events is not None:
            reasons = [_first_choice(e).get("finish_reason") for e in self._chunks()]
            return next((str(r) for r in reversed(reasons) if r), None)
        reason = _first_choice(self.completion()).get("finish_reason")
        return str(reason) if reason else None

    def error_code(self) -> str | None:
        """The OpenAI error envelope's code, if the body is one."""
        err = self.completion().get("error")
        return str(err.get("code")) if isinstance(err, dict) and err.get("code") else None

    def blocked(self) -> bool:
        """Whether the gateway filtered this answer (content_filter, or an error envelope saying so)."""
        return self.finish_reason() == "content_filter" or self.error_code() == "content_filter"

    def body_label(self) -> Any:
        """The ``aigc`` field of the body (first stream chunk for SSE)."""
        if self.events is not None:
            return next((e["aigc"] for e in self._chunks() if "aigc" in e), None)
        return self.completion().get("aigc")

    def request_id(self) -> str | None:
        """The gateway's own request id.

        ``X-Request-ID`` when the gateway sends one; else the implicit label's ProduceID
        (the gateway's id, cut to 32 characters), widened to the completion id when that
        starts with it (answers the gateway wrote itself); else the completion id.
        """
        if self.full_id:
            return self.full_id
        if self.headers.get("x-request-id"):
            return self.headers["x-request-id"]
        if self.events is not None:
            rid = next((e.get("id") for e in self._chunks() if e.get("id")), None)
        else:
            rid = self.completion().get("id")
        body_id = rid if isinstance(rid, str) and rid else None
        produce = self.produce_id()
        if produce:
            return body_id if body_id and body_id.startswith(produce) else produce
        return body_id

    def produce_id(self) -> str | None:
        """ProduceID of the implicit label (body field, else any header carrying one)."""
        candidates: list[Any] = [self.body_label()]
        for value in self.headers.values():
            if value.startswith("{"):
                try:
                    candidates.append(json.loads(value))
                except ValueError:
                    continue
        for label in candidates:
            inner = label.get("AIGC") if isinstance(label, dict) else None
            if isinstance(inner, dict) and isinstance(inner.get("ProduceID"), str) and inner["ProduceID"]:
                return str(inner["ProduceID"])
        return None

    def _chunks(self) -> list[dict[str, Any]]:
        return [e for e in (self.events or []) if isinstance(e, dict)]

    # ------------------------------------------------------------ record
    def to_record(self, masker: Masker) -> dict[str, Any]:
        """JSON-safe, masked form."""
        rec: dict[str, Any] = {
            "title": self.title, "time": self.time, "method": self.method, "path": self.path,
            "request_headers": {"Authorization": self.auth} if self.auth else {},
            "request_body": masker.data(self.request_body), "status": self.status,
            "headers": dict(self.headers), "elapsed_ms": round(self.elapsed_ms, 1),
            "request_id": self.request_id(), "error": self.error,
        }
        if self.events is not None:
            rec["chunk_count"] = len(self.events)
            kept = self.events if len(self.events) <= 2 * SSE_KEEP else \
                self.events[:SSE_KEEP] + self.events[-SSE_KEEP:]
            rec["sse_events"] = masker.data(kept)
            rec["assembled"] = truncate(masker.text(self.answer()))
            rec["finish_reason"] = self.finish_reason()
        else:
            rec["body"] = masker.data(self.body)
        return rec


def _first_choice(obj: Any) -> dict[str, Any]:
    choices = obj.get("choices") if isinstance(obj, dict) else None
    if isinstance(choices, list) and choices and isinstance(choices[0], dict):
        return choices[0]
    return {}


@dataclass
class ProbeResult:
    """What one probe sent, got and concluded."""

    spec: ProbeSpec
    started: str
    status: str = "passed"
    exchanges: list[Exchange] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    note: str = ""
    request_id: str | None = None
    image: str | None = None

    def conclude(self) -> None:
        """Set the status from the checks (no checks at all counts as a failure)."""
        if self.status == "skipped":
            return
        self.status = "passed" if self.checks and all(c.passed for c in self.checks) else "failed"

    def skip(self, why: str) -> None:
        """Mark the probe skipped."""
        self.status, self.note = "skipped", why

    def reference(self) -> str:
        """What identifies this probe's evidence: the request id, else the complaint id."""
        if self.request_id:
            return self.request_id
        if self.facts.get("投诉受理编号"):
            return "投诉受理编号 " + self.facts["投诉受理编号"]
        return ""

    def chat_exchanges(self) -> list[Exchange]:
        """The exchanges that were chat completions."""
        return [e for e in self.exchanges if e.path.endswith("/chat/completions")]

    def to_record(self, masker: Masker) -> dict[str, Any]:
        """JSON-safe, masked form."""
        spec = self.spec.model_dump(include={"prompt", "messages", "stream", "extra", "mode", "content"},
                                    exclude_defaults=True)
        spec["expect"] = self.spec.expect.model_dump(exclude_defaults=True)
        return {
            "id": self.spec.id, "name": self.spec.name, "kind": self.spec.kind, "purpose": self.spec.purpose,
            "status": self.status, "status_zh": STATUS_ZH[self.status], "started": self.started,
            "request_id": self.request_id, "reference": self.reference(), "facts": masker.data(self.facts), "note": self.note,
            "checks": [{"name": masker.text(c.name), "passed": c.passed, "detail": masker.text(c.detail)}
                       for c in self.checks],
            "exchanges": [e.to_record(masker) for e in self.exchanges],
            "spec": masker.data(spec), "image": self.image,
        }


@dataclass
class EvidenceRun:
    """One run of ``beian evidence``."""

    gateway: str
    started: str
    show_raw: bool = False
    finished: str = ""
    model: str = ""
    notes: list[str] = field(default_factory=list)
    results: list[ProbeResult] = field(default_factory=list)
    error: str | None = None
    hint: str | None = None

    def counts(self) -> dict[str, int]:
        """How many probes passed, failed and were skipped."""
        out = {"total": len(self.results), "passed": 0, "failed": 0, "skipped": 0}
        for r in self.results:
            out[r.status] += 1
        return out

    @property
    def ok(self) -> bool:
        """No probe failed and nothing stopped the run."""
        return self.error is None and self.counts()["failed"] == 0

    def to_record(self, masker: Masker) -> dict[str, Any]:
        """The whole run, masked, as written to evidence.json."""
        from beian import __version__

        return {"tool": "beian evidence", "version": __version__, "gateway": self.gateway,
                "started": self.started, "finished": self.finished, "model": self.model,
                "masked": not self.show_raw, "notes": list(self.notes), "error": self.error, "hint": self.hint,
                "summary": self.counts(), "probes": [r.to_record(masker) for r in self.results]}


def pretty(obj: Any) -> str:
    """Indented JSON (Chinese kept readable) or the string itself."""
    if isinstance(obj, str):
        return obj
    return json.dumps(obj, ensure_ascii=False, indent=2)
