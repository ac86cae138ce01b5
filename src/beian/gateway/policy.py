"""Checks and decisions: keyword and personal-information hits → allow / mask / block / substitute.

Detection (the text core) is separate from action (the app's policy and the mode).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from beian.gateway.config import AppConfig, GatewayConfig
from beian.kinds import Action
from beian.text.evidence import mask_term, masked_excerpt, pii_masked_copy
from beian.text.pii import PIIMatch, find_pii

ACTION_RANK = {a.value: a.rank for a in Action}
PII_MIN_CONFIDENCE = 0.6  # below this a candidate only masks evidence; it is not acted on


@dataclass(frozen=True)
class PolicyHit:
    """One hit that a policy decided on; ``evidence`` is masked."""

    kind: str
    start: int
    end: int
    key: str
    confidence: float
    action: str
    evidence: str

    def to_dict(self) -> dict[str, object]:
        """JSON-safe form for the audit log (no raw text)."""
        return {"kind": self.kind, "key": self.key, "confidence": round(self.confidence, 3),
                "action": self.action, "evidence": self.evidence}


@dataclass
class Verdict:
    """The decision for one text."""

    action: str = "allow"
    hits: list[PolicyHit] = field(default_factory=list)
    text: str = ""
    reply: str = ""

    @property
    def stops(self) -> bool:
        """Whether the text must not be released (block or substitute)."""
        return self.action in ("block", "substitute")


def _keyword_action(app: AppConfig, risk: str | None, category: str | None, strict: bool) -> str:
    pol = app.policy
    action = pol.categories.get(risk or "") or pol.categories.get(category or "") or pol.default
    if strict and action in ("allow", "mask"):
        return "block"
    return action


def keyword_hits(matcher: object, text: str, app: AppConfig, strict: bool,
                 pii: Sequence[PIIMatch] | None = None) -> list[PolicyHit]:
    """Keyword hits above the app's confidence floor, with their actions.

    ``pii`` is ``find_pii(text)`` when the caller has it, so evidence masking reuses that pass.
    """
    floor = app.policy.strict_min_confidence if strict else app.policy.min_confidence
    found = [m for m in matcher.scan(text) if m.confidence >= floor]  # type: ignore[attr-defined]
    safe = _mask_spans(pii_masked_copy(text, pii), [(m.start, m.end) for m in found]) if found else text
    return [PolicyHit("keyword", m.start, m.end, m.risk or m.category or "未分类", m.confidence,
                _keyword_action(app, m.risk, m.category, strict),
                masked_excerpt(text, m.start, m.end, context=8, masked=safe))
            for m in found]


def _mask_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every span masked (same length), so no excerpt shows another hit in clear."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = mask_term(text[start:end]).ljust(end - start, "*")[:end - start]
    return "".join(chars)


def pii_hits(found: Sequence[PIIMatch], action: str) -> list[PolicyHit]:
    """Personal-information hits from ``find_pii`` results (masked evidence: the kind label only)."""
    return [PolicyHit("pii", p.start, p.end, p.kind, p.confidence, action, p.label_zh)
            for p in found if p.confidence >= PII_MIN_CONFIDENCE]


def substitute_for(cfg: GatewayConfig, app: AppConfig, hits: list[PolicyHit]) -> str:
    """The red-line answer for the first substituted hit (or the default / refusal)."""
    for h in hits:
        if h.action == "substitute" and h.key in cfg.substitutes:
            return cfg.substitutes[h.key]
    return cfg.substitutes.get("default", app.refusal)


def decide(cfg: GatewayConfig, app: AppConfig, matcher: object, text: str, *, stage: str, mode: str) -> Verdict:
    """Check ``text`` (stage ``input`` or ``output``) and decide what to do."""
    strict = mode == "strict" or app.minors_mode
    pii = find_pii(text) if app.pii else None  # one pass serves the hits and the evidence masking
    hits = keyword_hits(matcher, text, app, strict, pii)
    if pii:
        hits += pii_hits(pii, app.policy.pii_input if stage == "input" else app.policy.pii_output)
    return combine(cfg, app, text, hits)


def combine(cfg: GatewayConfig, app: AppConfig, text: str, hits: list[PolicyHit]) -> Verdict:
    """The verdict for ``text`` from its hits: the strictest action wins; masks applied, reply chosen."""
    verdict = Verdict(text=text, hits=hits)
    if not hits:
        return verdict
    verdict.action = max((h.action for h in hits), key=ACTION_RANK.__getitem__)
    if verdict.action == "mask":
        verdict.text = apply_masks(text, [h for h in hits if h.action == "mask"])
    elif verdict.action == "block":
        verdict.reply = app.refusal
    elif verdict.action == "substitute":
        verdict.reply = substitute_for(cfg, app, hits)
    return verdict


def apply_masks(text: str, hits: list[PolicyHit]) -> str:
    """Replace each hit's span with a same-length mask."""
    from beian.text.pii import mask_value

    chars = list(text)
    for h in hits:
        span = text[h.start:h.end]
        masked = mask_value(h.key, span) if h.kind == "pii" else mask_term(span)
        if len(masked) != len(span):
            masked = mask_term(span).ljust(len(span), "*")
        chars[h.start:h.end] = list(masked)
    return "".join(chars)


def classifier_hits(app: AppConfig, verdict: object, strict: bool) -> list[PolicyHit]:
    """Hits for an unsafe classifier verdict (one per mapped risk, or one unmapped)."""
    if getattr(verdict, "safe", True):
        return []
    risks = list(getattr(verdict, "risks", ())) or ["分类模型判定不安全"]
    labels = "、".join(getattr(verdict, "labels", ()) or ()) or "不安全"
    return [PolicyHit("classifier", 0, 0, r, 1.0, _keyword_action(app, r, None, strict) if r.startswith("A.")
                else app.policy.default, f"分类模型：{labels}") for r in risks]
