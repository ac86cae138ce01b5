"""The recogniser record: pattern, validator, masker, context words, scores and examples of one kind.

A record is data: :mod:`beian.text.pii.engine` runs every record the same way, and the contract test
(``tests/text/test_pii_contract.py``) runs every record's examples. Deciding by context is shared:

* a *negative* context word (``订单号``, ``运单``, ``版本``…) closer before the value than any positive word
  (or ending where one ends: ``加油卡号`` holds ``卡号``) rejects it, unless the validator calls the value *strong* (an 18-digit resident ID); ``negative_after`` words right after it (``1.2.3.4 节``) reject it too;
* a *positive* word (``手机``, ``卡号``…) within the window adds ``boost`` to the confidence;
* a validator may call a value *weak* (valid, but too often chance): it is kept only with a positive word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from beian.text.pii.words import FIGURE_AFTER, FIGURE_BEFORE


@dataclass(frozen=True)
class Verdict:
    """What a validator says about one candidate value: confidence, Chinese reason, weak or strong.

    *weak*: valid but too often chance, kept only beside a positive context word. *strong*: the
    structure and checksum leave almost no room for chance (an 18-digit resident ID), so a negative
    context word does not reject it.
    """

    confidence: float
    reason: str
    weak: bool = False
    strong: bool = False


Validator = Callable[[str], "Verdict | None"]


_KEY = re.compile(r"[\w.\-]+\s*$")  # the key of a ``key=value`` pair, up to the ``=``
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff：:])")  # a space between two characters of a label
_FIGURE_BEFORE, _FIGURE_AFTER = re.compile(FIGURE_BEFORE), re.compile(FIGURE_AFTER)


@dataclass(frozen=True)
class Context:
    """Context words of a kind, as regular expressions (case-insensitive), and their windows."""

    positive: str = ""
    negative: str = ""
    negative_after: str = ""
    before: int = 16
    after: int = 6
    boost: float = 0.07
    keys: str = ""  # a value right after ``=`` is read only when the key before it holds one of these words
    figures: bool = False  # a number between two cells of figures of a row is a figure (FIGURE_BEFORE, FIGURE_AFTER)
    ADJACENT: ClassVar[int] = 2  # a negative word ending this close before the value always rejects it

    @functools.cached_property
    def _patterns(self) -> tuple[re.Pattern[str] | None, ...]:
        """The positive, negative and negative-after words, compiled once."""
        return tuple(
            re.compile(words, re.IGNORECASE) if words else None
            for words in (self.positive, self.negative, self.negative_after)
        )

    def _spaced_word_before(self, text: str, lo: int, start: int) -> bool:
        """Whether a positive word written with a space between its characters (OCR, a form's label spread out:
        ``电 话 ：``, ``账 号：``) stands before the value."""
        positive = self._patterns[0]
        if positive is None or " " not in text[lo:start]:
            return False
        return positive.search(_SPACED.sub("", text[max(0, lo - self.before):start])) is not None

    def _keyed(self, text: str, at: int) -> bool:
        """Whether the key before the ``=`` at ``at`` (``account_no`` in ``account_no=…``) holds one of :attr:`keys`."""
        key = _KEY.search(text, max(0, at - 32), at)
        return key is not None and re.search(self.keys, key.group(), re.IGNORECASE) is not None

    @staticmethod
    def _last(pattern: re.Pattern[str] | None, text: str, lo: int, hi: int) -> int:
        """End offset of the last occurrence of ``pattern`` in ``text[lo:hi]``, or -1."""
        end = -1
        if pattern is not None:
            for m in pattern.finditer(text, lo, hi):
                end = m.end()
        return end

    def judge(self, text: str, start: int, end: int, verdict: Verdict) -> float | None:
        """Confidence of ``text[start:end]`` after context, or None when context rejects it."""
        positive, negative, negative_after = self._patterns
        if self.keys and text[start - 1:start] == "=" and not self._keyed(text, start - 1):
            return None  # uid=1898206608036063913: a parameter, not a card
        header = column_header(text, start)  # a field of a CSV or tab-separated row: its column's name decides
        if header is not None and negative is not None and negative.search(header) and not (
                positive is not None and positive.search(header)):
            return None  # 订单号,手机,… / 13987836322 under 订单号: an order number
        if header is not None and positive is not None and positive.search(header):
            return min(0.99, verdict.confidence + self.boost)  # 13924715790 under 联系手机
        if self.figures and _FIGURE_BEFORE.search(text, max(0, start - 24), start) and _FIGURE_AFTER.match(text, end):
            return None  # 2023-11    18335765339    184181    98.2%: a row of a table of figures
        lo, hi = max(0, start - self.before), min(len(text), end + self.after)
        neg = self._last(negative, text, lo, start)
        pos_before = self._last(positive, text, lo, start)
        pos_after = self._last(positive, text, end, hi) >= 0
        # a negative word ending where a positive one ends is the longer word (加油卡号 holds 卡号): it wins; so does
        # one right before the value (运单号13812345678), not a distant one with a positive word right after the value
        # (快递到了就给15800001111打个电话)
        distant = neg < start - self.ADJACENT and pos_after
        if neg >= 0 and neg >= pos_before and not verdict.strong and not distant:
            return None
        if negative_after is not None and negative_after.match(text, end, hi):
            return None
        near = pos_before >= 0 or pos_after or self._spaced_word_before(text, lo, start)
        if verdict.weak and not near:
            return None
        return min(0.99, verdict.confidence + self.boost) if near else verdict.confidence


HEADER_REACH = 20_000  # characters searched back from a delimited row for its header row


def column_header(text: str, at: int) -> str | None:
    """The header of the column ``text[at]`` stands in, when its line is a row of comma- or tab-separated fields: the
    same field of the nearest line above with as many fields and no digit in any (``订单号,手机,姓名``); None
    otherwise."""
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    line = text[ls:le if le >= 0 else len(text)]
    delimiter = "\t" if "\t" in line else "," if "," in line else None  # two columns are a table too
    if delimiter is None:
        return None
    fields, index = line.count(delimiter), text.count(delimiter, ls, at)
    end, floor = ls - 1, max(0, ls - HEADER_REACH)
    while end > floor:
        start = text.rfind("\n", floor, end) + 1
        above = text[start:end]
        if above.count(delimiter) == fields and not any(c.isdigit() for c in above):
            return above.split(delimiter)[index]
        end = start - 1
    return None


@dataclass(frozen=True)
class Recognizer:
    """One kind of personal information, as one record.

    ``pattern`` finds candidates in digit-folded text (linear: bounded quantifiers, look-behind on its
    own character class); ``validate`` checks the value's structure and checksum; ``context`` decides
    by the words around it; ``mask`` masks a value keeping its shape. ``examples`` are
    ``(text, value)`` pairs the record must find; ``counter_examples`` are texts where it must find
    nothing of its kind.
    """

    kind: str
    label_zh: str
    pattern: re.Pattern[str]
    validate: Validator
    mask: Callable[[str], str]
    context: Context
    examples: tuple[tuple[str, str], ...]
    counter_examples: tuple[str, ...]

    def judge(self, text: str, m: re.Match[str]) -> tuple[float, str] | None:
        """``(confidence, reason)`` for one candidate match in folded text, or None."""
        verdict = self.validate(m.group())
        if verdict is None:
            return None
        conf = self.context.judge(text, m.start(), m.end(), verdict)
        return None if conf is None else (conf, verdict.reason)
