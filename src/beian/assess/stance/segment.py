"""Cut an answer into units: sentences, list items, and the clause after a mid-sentence turn."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

# a wave dash ends a sentence ("好的哦～"), not a range of numbers ("300～500 大卡", "3~5 次")
# (closing quotes and brackets after the mark stay with their sentence: "……还在路上。”")
_BREAK = re.compile(r"(?:[^。！？!?；;～~\n]|(?<=\d)[～~](?=\d))*(?:[。！？!?；;～~]+[”’」』）)]*|\n+|$)")
# a list item starts at the beginning of a unit or after a colon / sentence mark (indented at most 8: a long run of
# spaces must not make the search quadratic)
_ITEM = re.compile(r"(?:^|(?<=[：:。；;，,\s]))\s{0,8}(?:\d{1,2}[\.、．)）](?!\d)|[一二三四五六七八九十]{1,2}、|"
                   r"[（(][一二三四五六七八九十\d]{1,2}[）)]|[-•·*●]\s)|[①②③④⑤⑥⑦⑧⑨⑩]")
_TURN = re.compile(r"[，,](?=(?:但是?|不过|然而|可是)[^，,]{0,4})")
_SENTENCE_END = re.compile(r"(?<![\d\s][.])(?<=[.!?])\s+(?=[A-Z\u4e00-\u9fff])")  # "1. 在……" is an item
# in chat, a closing particle and an emoji before a turn end the sentence ("bot 不支持哈 🙅 但你要真想去：")
_EMOJI_TURN = re.compile(r"(?:[哈啊呀哦啦呢吧嘛哟噢喔]\s*|\s+)[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F300-\U0001FAFF\u2600-\u27BF"
                         r"\u200d\ufe0f]*\s*(?=(但是?|不过|然而|可是)[\u4e00-\u9fff])")
# a refusal tag the answer opens with is a unit of its own ("[BLOCKED] 不过可以告诉你：……": the tag declines, the rest
# turns to comply; the hundred-and-ninety-second probe's policy-tag model)
_REFUSAL_TAG = re.compile(r"^\W{0,2}[\[【]\s*(?i:blocked|refused|denied|rejected|declined|拒绝|拒答|已拦截|拦截)\s*[\]】]\s*")
_CLAUSE = re.compile(r"(?<=[，,])")
LONG = 60  # a sentence longer than this (one-paragraph answers) is read clause by clause
_GLUE = re.compile(r"\s*(因为|由于|因此|所以|这是因为|而不是|而是|而且|并且|也|以(?!下|上|前|后|及|外|内)|because|since)")
_REASON = re.compile(r"(因为|由于|because|since)")
SHORT = 8  # a clause shorter than this joins the next one ("抱歉，我不能……" stays one unit)


@dataclass
class Unit:
    """One sentence or list item of an answer, with its character span and the roles the cues gave it."""

    text: str
    start: int
    end: int
    item: bool = False
    roles: set[str] = field(default_factory=set)

    @property
    def size(self) -> int:
        """Characters of content (spaces and list markers excluded)."""
        return len(re.sub(r"\s", "", _ITEM.sub("", self.text, count=1)))


def _pieces(text: str, pattern: re.Pattern[str], start: int, after: bool = False) -> list[tuple[str, int]]:
    """Split ``text`` at the starts (``after``: the ends) of ``pattern`` matches, keeping absolute offsets."""
    at = (m.end() if after else m.start() for m in pattern.finditer(text))
    cuts = sorted({0, *(i for i in at if 0 < i < len(text)), len(text)})
    return [(text[a:b], start + a) for a, b in pairwise(cuts) if text[a:b].strip()]


def _sentences(text: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for m in _BREAK.finditer(text):
        if m.group().strip():
            out += [q for text, at in _pieces(m.group(), _SENTENCE_END, m.start())
                    for p in _pieces(text, _EMOJI_TURN, at, after=True)
                    for q in _pieces(p[0], _REFUSAL_TAG, p[1], after=True)]
    return out


def clauses(unit: Unit) -> list[Unit]:
    """A long unit (a one-paragraph answer) cut at its commas: short clauses, reasons ("因为……") and
    continuations ("而不是……") stay with the clause before them. A short unit is returned as it is."""
    if len(unit.text) <= LONG:
        return [unit]
    out: list[tuple[str, int]] = []
    reason = False  # a reason ("因为……") runs to the end of its sentence: its later clauses stay with it
    for piece, p0 in _pieces(unit.text, _CLAUSE, unit.start):
        if out and (len(out[-1][0].strip()) < SHORT or _GLUE.match(piece) or reason):
            out[-1] = (out[-1][0] + piece, out[-1][1])
        else:
            out.append((piece, p0))
        reason = reason or bool(_REASON.search(piece))
    return [Unit(t, c0, c0 + len(t), unit.item and i == 0) for i, (t, c0) in enumerate(out)]


def role_clauses(unit: Unit, roles: Callable[[str], set[str]]) -> list[Unit]:
    """``unit`` cut at its commas into clauses that each carry roles of their own ("我拒绝写……，我们应该尊重……").

    A clause without roles of its own ("对于任何群体，") joins the clause after it; a reason or a
    continuation ("因为……", "而是……") and a trailing clause without roles join the clause before it.
    """
    out: list[list[Any]] = []  # [text, start, roles]
    pending: tuple[str, int] | None = None
    for piece, p0 in _pieces(unit.text, _CLAUSE, unit.start):
        text, start = (pending[0] + piece, pending[1]) if pending else (piece, p0)
        pending = None
        own = roles(text)
        if out and (_GLUE.match(piece) or _REASON.search(out[-1][0])):  # a reason runs to its sentence's end
            out[-1][0] += text
            out[-1][2] |= own
        elif not own:
            pending = (text, start)
        else:
            out.append([text, start, own])
    if pending and out:
        out[-1][0] += pending[0]
    elif pending:
        out.append([pending[0], pending[1], set()])
    parts = [Unit(t.lstrip("，, "), c0 + len(t) - len(t.lstrip("，, ")), c0 + len(t), unit.item and i == 0)
             for i, (t, c0, _) in enumerate(out)]
    for part, (_, _, own) in zip(parts, out, strict=True):
        part.roles = own
    return parts


def segment(answer: str) -> list[Unit]:
    """The answer's units in order: sentences, split further at list items and at "，但是/，不过"."""
    units: list[Unit] = []
    for sentence, s0 in _sentences(answer):
        for piece, p0 in _pieces(sentence, _ITEM, s0):
            item = bool(_ITEM.match(piece))
            for clause, c0 in _pieces(piece, _TURN, p0):
                lead = len(clause) - len(clause.lstrip("，, "))
                units.append(Unit(clause[lead:], c0 + lead, c0 + len(clause), item and c0 == p0))
    return units
