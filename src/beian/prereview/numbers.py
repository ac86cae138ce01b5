"""Numbers, rates, durations and dates as filing documents write them.

``4,000`` / ``4000条`` / ``四千条`` / ``0.4万`` / ``1.2亿``; ``97.6%`` / ``0.976`` / ``百分之九十七点六``;
``不少于两年`` / ``六个月`` / ``180天``. Chinese numerals go through cn2an (a maintained
converter) instead of a hand-written table.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿点"
_MULT = {"千": 1e3, "万": 1e4, "亿": 1e8}
NUMBER = re.compile(
    rf"(?P<num>(?<![\dA-Za-z.])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?<![\dA-Za-z.])\d+(?:\.\d+)?|[{CN_DIGITS}]+)"
    r"\s*(?P<mult>[千万亿])?")
PERCENT = re.compile(rf"(?:百分之(?P<cn>[{CN_DIGITS}]+))|(?P<num>\d+(?:\.\d+)?)\s*[%％]")
_DURATION = re.compile(rf"(?P<num>\d+(?:\.\d+)?|[{CN_DIGITS}]+)\s*(?P<unit>个工作日|工作日|个自然日|个月|年|月|周(?![岁年])|日|天|小时)")  # 18周岁 is an age
_MONTHS = {"年": 12.0, "个月": 1.0, "月": 1.0, "周": 7 / 30, "日": 1 / 30, "天": 1 / 30, "个自然日": 1 / 30,
           "个工作日": 1.4 / 30, "工作日": 1.4 / 30, "小时": 1 / 720}
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年./-]\s*(?P<m>\d{1,2})(?:\s*[月./-]\s*(?P<d>\d{1,3}))?")


def nfkc(text: str) -> str:
    """Full-width digits and signs to ASCII (``４０００％`` → ``4000%``)."""
    return unicodedata.normalize("NFKC", text)


def cn_number(token: str) -> float | None:
    """A Chinese-numeral token as a number (``四千二百`` → 4200), None when it is not one."""
    if not token or token in {"点", "万", "亿", "千", "百"}:
        return None
    try:
        import cn2an

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return float(cn2an.cn2an(token, "smart"))
    except (ValueError, KeyError, IndexError):
        return None
    except Exception:  # cn2an raises its own bare exceptions for odd input
        return None


def parse_number(token: str, mult: str | None = None) -> float | None:
    """One number token (Arabic with thousands separators, or Chinese) times 千/万/亿."""
    token = token.replace(",", "")
    try:
        value: float | None = float(token)
    except ValueError:
        value = cn_number(token)
    if value is None:
        return None
    return value * _MULT.get(mult or "", 1.0)


@dataclass(frozen=True)
class Quantity:
    """A number found in text, with where it was and the word after it."""

    value: float
    start: int
    end: int
    unit: str


def quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with the unit word that follows (条/个/道/GB …, may be '')."""
    text = nfkc(text)
    out = []
    for m in NUMBER.finditer(text):
        value = parse_number(m.group("num"), m.group("mult"))
        if value is None:
            continue
        unit = re.match(r"\s*(条|个|道|题|份|项|GB|TB|MB|G|T|token|tokens|字|篇|%|％|年|月|日|天|小时|个月|万|亿)?",
                        text[m.end():])
        out.append(Quantity(value, m.start(), m.end(), unit.group(1) or "" if unit else ""))
    return out


def percents(text: str) -> list[tuple[float, int, int]]:
    """Every percentage in ``text`` as (fraction, start, end): ``97.6%`` → 0.976."""
    text = nfkc(text)
    out = []
    for m in PERCENT.finditer(text):
        value = float(m.group("num")) if m.group("num") else cn_number(m.group("cn"))
        if value is not None:
            out.append((value / 100, m.start(), m.end()))
    return out


def rate_value(text: str) -> float | None:
    """A rate cell: ``97.6%``, ``百分之九十七点六`` or a bare fraction ``0.976`` (not 0 or 1 alone)."""
    found = percents(text)
    if found:
        return found[0][0]
    m = re.fullmatch(r"\s*(0?\.\d+|1\.0+)\s*(?:\([^()]*\))?\s*", nfkc(text))  # 0.934 (299/320) too
    return float(m.group(1)) if m else None


_COUNT = r"(\d{1,3}(?:,\d{3})+|\d+)"
_COUNTED = re.compile(rf"(?<![\d/.,]){_COUNT}\s*/\s*{_COUNT}(?![\d/.])")


def counted_rate(text: str) -> tuple[float, int, int] | None:
    """A rate written as counts, ``299/320`` (in a result cell beside or instead of the rate), as (rate, passed, of);
    None when there is none (a date such as ``2025/9/6`` has a second slash, a part larger than its whole is not one)."""
    m = _COUNTED.search(nfkc(text))
    if m is None:
        return None
    part, whole = int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))
    return (part / whole, part, whole) if whole >= 10 and part <= whole else None


def stated_precision(text: str) -> float:
    """One unit in the last place of the first rate in ``text`` (``97.5%`` → 0.001, ``96%`` → 0.01, ``0.934`` →
    0.001): how far a correctly rounded or truncated figure may stand from the counts it came from."""
    m = re.search(r"(\d+)(?:\.(\d+))?\s*[%％]", nfkc(text))
    if m is not None:
        return 10 ** -len(m.group(2) or "") / 100
    m = re.search(r"0?\.(\d+)", nfkc(text))
    return 10 ** -len(m.group(1)) if m else 0.01


def _durations_found(text: str) -> list[re.Match[str]]:
    """The duration matches of (NFKC) ``text`` that are not a part of a date: ``2025年1月起`` is a month of the calendar,
    not 2025 years and a month (the hundred-and-fourteenth probe's log retention “写 24300 个月”)."""
    dated = [m.span() for m in _DATE.finditer(text)]
    return [m for m in _DURATION.finditer(text) if not any(a < m.end() and m.start() < b for a, b in dated)]


def duration_months(text: str) -> list[tuple[float, int, int]]:
    """Durations in months: ``不少于两年`` → 24, ``180天`` → 6, ``十五个工作日`` → 0.7."""
    text = nfkc(text)
    out = []
    for m in _durations_found(text):
        value = parse_number(m.group("num"))
        if value is not None:
            out.append((value * _MONTHS[m.group("unit")], m.start(), m.end()))
    return out


def durations(text: str) -> list[tuple[float, str, int, int]]:
    """Durations as (number, unit, start, end), for limits stated in their own unit."""
    text = nfkc(text)
    out = []
    for m in _durations_found(text):
        value = parse_number(m.group("num"))
        if value is not None:
            out.append((value, m.group("unit"), m.start(), m.end()))
    return out


def dates(text: str) -> list[tuple[int, int, int | None]]:
    """Dates as (year, month, day or None): ``2024年3月1日``, ``2024-03``, ``2024.3.1``."""
    out = []
    for m in _DATE.finditer(nfkc(text)):
        month = int(m.group("m"))
        if 1 <= month <= 12:
            day = int(m.group("d")) if m.group("d") else None
            out.append((int(m.group("y")), month, day if day and 1 <= day <= 31 else None))
    return out
