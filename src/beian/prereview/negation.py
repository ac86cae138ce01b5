"""Negation and scope: is a mention a claim, or a boundary the document draws?

"不提供医疗诊断、用药建议、投资理财等专业服务" mentions 诊断 and 投资 inside an excluding
statement: a boundary, which for a high-risk domain is itself a safeguard. The cue words
and the clause punctuation that limits their reach are data (``negation`` in
``standard/vocabulary.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from beian.prereview.vocab import fold, section, words

NEGATING_CHARS = ("不", "非", "无", "未", "勿", "禁")  # right before the mention: 不面向未成年人, 非医疗用途
_ANSWERED_NO = re.compile(r"\s*[：:]\s*(?:[■☑√✓✔☒]\s*)?(?:否|无|不)")  # 是否面向未成年人：否
_EXCEPT = re.compile(r"除(?:了)?[^，,。；;]{0,40}(?:以?外|之外)")
# examples in brackets of requests the service turns away: 对超出范围的请求（如医疗诊断、投资建议）不作回答 / NPC 婉拒
_TURNED_AWAY = re.compile(r"(?:请求|问题|提问|需求|话题)[（(](?:如|例如|比如|包括)?[^（）()]{1,80}[)）][^。；;\n]{0,24}?"
                          r"(?:不作回答|不作答|不予回答|不回答|不予回应|婉拒|拒绝|不予处理|不处理)")


@dataclass(frozen=True)
class Mention:
    """A vocabulary word found in a text, and whether it is bounded (negated or excluded)."""

    word: str
    start: int
    end: int
    bounded: bool


SENTENCE_BREAKS = "。；;！？!?\n"


def span_between(text: str, start: int, end: int, breaks: str) -> tuple[int, int]:
    """The stretch of ``text`` around ``[start, end)`` bounded by the nearest of ``breaks`` on each side."""
    left = max(text.rfind(b, 0, start) for b in breaks) + 1
    rights = [i for i in (text.find(b, end) for b in breaks) if i != -1]
    return left, min(rights) if rights else len(text)


def is_bounded(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` sits inside a negated or excluding statement of its clause."""
    folded = fold(text)
    if _ANSWERED_NO.match(folded, end):
        return True
    left, right = span_between(folded, start, end, str(section("negation", "clause_breaks")))
    before, after = folded[left:start], folded[end:right]
    if before.endswith(NEGATING_CHARS) or before.rstrip().endswith(tuple(words("ticks", "unchecked"))):
        return True  # 不面向…, or an option left unticked: ☐通用大模型
    for cue in words("negation", "before"):
        pos = before.rfind(cue)
        if pos != -1 and not any(c in before[pos + len(cue):] for c in words("negation", "contrast")):
            return True
    if any(cue in after for cue in words("negation", "after")):
        return True
    if any(m.start() <= start and end <= m.end() for m in _TURNED_AWAY.finditer(folded)):
        return True
    return any(m.start() <= start - left <= m.end() for m in _EXCEPT.finditer(folded[left:right]))


def in_neutral_context(text: str, start: int, end: int) -> bool:
    """True when the mention is part of a fixed phrase that is not a scope claim (e.g. a company type)."""
    return covered_by(fold(text), start, end, words("neutral_contexts", "phrases"))


def covered_by(folded: str, start: int, end: int, phrases: tuple[str, ...]) -> bool:
    """True when one of ``phrases`` occurs in ``folded`` around the whole of ``[start, end)``."""
    for phrase in phrases:
        lo = max(0, start - len(phrase))
        for m in re.finditer(re.escape(phrase), folded[lo:end + len(phrase)]):
            if m.start() + lo <= start and end <= m.end() + lo:
                return True
    return False


def mentions(text: str, vocabulary: tuple[str, ...]) -> Iterator[Mention]:
    """Non-overlapping mentions of ``vocabulary`` in ``text`` (longest first), neutral contexts left out."""
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    for word in sorted(vocabulary, key=len, reverse=True):
        for m in re.finditer(re.escape(fold(word)), folded):
            if any(s < m.end() and m.start() < e for s, e in taken) or in_neutral_context(text, m.start(), m.end()):
                continue
            taken.append((m.start(), m.end()))
            yield Mention(word, m.start(), m.end(), is_bounded(text, m.start(), m.end()))
