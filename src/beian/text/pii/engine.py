"""``find_pii``: run the recognisers and resolve overlapping candidates."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from beian.errors import UsageError
from beian.text.pii.digits import Folded, fold_digits
from beian.text.pii.model import PII_KINDS, PIIMatch
from beian.text.pii.recognizers import RECOGNIZERS

_ALNUM_RUN = re.compile(r"[0-9A-Za-z]+")
WINDOW_MARGIN = 4


def _check_kinds(kinds: Iterable[str] | None) -> set[str]:
    if kinds is None:
        return set(PII_KINDS)
    wanted = set(kinds)
    unknown = sorted(wanted - set(PII_KINDS))
    if unknown:
        raise UsageError(
            f"未知的个人信息类型：{'、'.join(unknown)}",
            hint=f"可选类型：{', '.join(PII_KINDS)}",
        )
    return wanted


def windows(norm: str) -> list[tuple[int, int]]:
    """Where personal information can be: runs of ASCII letters and digits, widened and merged.

    Every recogniser needs ASCII letters or digits (other digits and full-width forms are folded first);
    the margin takes in what can sit between or around them (``转``, ``（）``, ``@``, a
    province character of a plate), so scanning only these windows finds what a scan of
    the whole text finds. Chinese prose without digits costs one regex pass.
    """
    out: list[tuple[int, int]] = []
    for m in _ALNUM_RUN.finditer(norm):
        lo, hi = max(0, m.start() - WINDOW_MARGIN), min(len(norm), m.end() + WINDOW_MARGIN)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


@functools.lru_cache(maxsize=1)
def _context_simplified() -> tuple[dict[int, str], re.Pattern[str]]:
    """The traditional forms (OpenCC s2t, s2tw, s2hk) of every Chinese character the recognisers' context words use,
    to their simplified form, and a class of them: 台胞證號碼、回鄉證、電話、手機 read as the words are written (one
    character for one, offsets unchanged)."""
    import opencc

    words = "".join(w for rec in RECOGNIZERS for w in (rec.context.positive, rec.context.negative,
                                                         rec.context.negative_after))
    chars = sorted({c for c in words if "\u4e00" <= c <= "\u9fff"})
    out: dict[int, str] = {}
    for config in ("s2t", "s2tw", "s2hk"):
        converted = opencc.OpenCC(config).convert("\n".join(chars)).split("\n")
        out |= {ord(t): c for c, t in zip(chars, converted, strict=True) if len(t) == 1 and t != c}
    return out, re.compile(f"[{''.join(map(chr, out))}]")


def _simplified(norm: str) -> str:
    """``norm`` with the traditional forms of context-word characters simplified (a text without any: as it is)."""
    if norm.isascii():
        return norm
    table, traditional = _context_simplified()
    return norm.translate(table) if traditional.search(norm) else norm


def _candidates(text: str, folded: Folded, wanted: set[str]) -> list[PIIMatch]:
    found: list[PIIMatch] = []
    norm = _simplified(folded.text)
    spans = windows(norm)
    for rec in RECOGNIZERS:
        if rec.kind not in wanted:
            continue
        for m in (m for lo, hi in spans for m in rec.pattern.finditer(norm, lo, hi)):
            verdict = rec.judge(norm, m)
            if verdict is None:
                continue
            start, end = folded.span(m.start(), m.end())
            found.append(PIIMatch(start, end, rec.kind, rec.label_zh, text[start:end], *verdict))
    return found


def _resolve(cluster: list[PIIMatch]) -> list[PIIMatch]:
    """Greedy: highest confidence first, then the longer span; drop overlaps."""
    kept: list[PIIMatch] = []
    for c in sorted(cluster, key=lambda c: (-c.confidence, c.start - c.end, c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return kept


def _resolve_overlaps(found: list[PIIMatch]) -> list[PIIMatch]:
    """Split candidates into clusters of overlapping spans and resolve each."""
    result: list[PIIMatch] = []
    cluster: list[PIIMatch] = []
    cluster_end = -1
    for c in sorted(found, key=lambda c: (c.start, -c.end)):
        if cluster and c.start >= cluster_end:
            result.extend(_resolve(cluster))
            cluster = []
        cluster.append(c)
        cluster_end = max(cluster_end, c.end) if len(cluster) > 1 else c.end
    result.extend(_resolve(cluster))
    return sorted(result, key=lambda c: (c.start, c.end))


def find_pii(text: str, kinds: Iterable[str] | None = None, *, min_confidence: float = 0.0) -> list[PIIMatch]:
    """Find personal information in ``text``, sorted by start offset.

    ``kinds`` limits the recognisers (keys of ``PII_KINDS``; an unknown kind
    raises :class:`beian.errors.UsageError`). Overlapping candidates are
    resolved by confidence, so a valid resident ID wins over a bank-card
    reading of the same digits. Offsets are Unicode character offsets into ``text``; digits of other
    scripts and styles, full-width forms and zero-width characters are folded first
    (:func:`beian.text.pii.digits.fold_digits`), and the reported span covers the original characters.
    """
    wanted = _check_kinds(kinds)
    if not text:
        return []
    found = [c for c in _candidates(text, fold_digits(text), wanted) if c.confidence >= min_confidence]
    return _resolve_overlaps(found)
