"""Lines read without the marks in front of them: a term written over list items, quoted lines, chat messages of one
speaker or subtitle cues (``1. 海\\n2. 洛\\n3. 因``, ``> 有冰\\n> 毒吗``, ``[21:03] 老王: 有冰\\n[21:03] 老王: 毒吗``, an SRT
cue's text and the next cue's), and the short string values of neighbouring keys of a JSON object read the same way.

The fold reads a line break inside a term (``海\\n洛\\n因`` is a hit at 0.75, two characters at 0.5), but the marks
at the start of the next line (a list number, ``>``, a timestamp and the speaker's name) are letters and digits that
keep the two pieces apart. This second reading takes those marks out: consecutive lines with the same kind of mark
(the same speaker for chat lines) are joined by a bare line break, a subtitle's cue numbers and timings and the
header lines of a chat log (QQ ``老王(10086) 21:03:05``, WeChat ``老王 2024/3/12 21:03``, ``2024-03-12 21:03 老王``)
are left out; a timestamp may carry a date (``[2024-03-12 21:03:05] 老王:``) or be missing (``老王: …``), and the matcher scans the joined text with its
usual rules, so a term across one of these joins has the confidence of a term across a line break. Only hits that
cross a join are kept, over the original span (marks included).

A join is made only where one of the two lines is short (at most :data:`SHORT` characters after its mark): a term
split to dodge a filter leaves short pieces, and long numbered paragraphs are not read twice. Chinese-numeral list
marks (``（一）``) are not read: laws are full of them, evaders write digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from beian.text.zhuyin import Spelled

SHORT = 16  # characters: a line this short may be one piece of a split term; of longer lines the edge this long is read
# a line that starts with a mark; the first line is matched on its own so that the search for the others begins with
# a line break (the engine skips to it instead of trying every position: 0.075 s -> 0.05 s on 20 MB of laws)
_DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \tT]+)?"  # 2024-03-12 , 2024/3/12 , 2024年3月12日 before a time
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_NICK = r"[^\s:：\[\]()（）]{1,20}"
# Possessive runs (``{1,8}+``) match the same lines: each class excludes the character that must follow it, so giving
# characters back could not help; without them every line of a long text cost up to 20 retries per branch. A date
# starts a chat line only with a time after it ([2024-03-12 21:03:05] 老王:); the dates that open the lines of laws
# (2019年3月12日第十三届…) made 2,400 regions in 20 MB of laws, none with a reading (0.16 s -> 0.07 s, 0.2 s -> 0.01 s)
_MARK_START = (r"[ \t]*+(?:>|\d{1,3}+[.、)）]|[(（]\d{1,3}+[)）]|[-*•·●○◦▪]|\[?\d{1,2}:\d{2}|\d++[ \t]*(?:\n|$)"
               r"|[^\s()（）]{1,20}+[(（]\d{4,12}[)）]|\[?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \tT]+" + _TIME +
               r"|[^\s:：]{1,8}+[:：]|[^\s:：]{1,20}+[ \t]+" + _DATE + _TIME + r"[ \t]*(?:\n|$))")
_FIRST = re.compile(_MARK_START)
# what a line must hold near its start for _MARK_START to match there (a cheaper superset, tried first): a mark character,
# a colon within 9 characters, an opening bracket with digits after it, or spaces and a digit after a name; most lines
# of long prose have none (0.09 s -> 0.06 s on 20 MB of laws)
_MAYBE_MARK = (r"(?=[ \t]*+(?:[>\d(（\[\-*•·●○◦▪]|[^\s:：]{1,8}+[:：]|[^\s()（）]{1,20}+[(（]\d"
               r"|[^\s:：]{1,20}+[ \t]++\d))")
_NEXT = re.compile(r"\n" + _MAYBE_MARK + _MARK_START)
_QUOTE = re.compile(r"[ \t]*(?:>[ \t]?)+")
_LIST = re.compile(r"[ \t]*(?:\d{1,3}[.、)）]|[(（]\d{1,3}[)）]|[-*•·●○◦▪])[ \t]*")
_CHAT = re.compile(r"[ \t]*(?:\[" + _DATE + _TIME + r"\][ \t]*|" + _DATE + _TIME + r"[ \t]+)"
                   r"(?P<nick>[^\s:：\[\]]{1,20})[:：][ \t]*")
_CHAT_BARE = re.compile(r"[ \t]*(?P<nick>[^\s:：\[\]\d]{1,8})[:：][ \t]*")  # 老王: 有海洛 (an export without times)
# the header line above a speaker's messages: 老王(10086) 21:03:05 (QQ), 老王 2024/3/12 21:03 (WeChat), 2024-03-12 21:03 老王
_HEADERS = (re.compile(r"[ \t]*(?P<nick>[^\s()（）]{1,20})[(（]\d{4,12}[)）][ \t]+" + _DATE + _TIME + r"[ \t]*"),
            re.compile(r"[ \t]*(?P<nick>" + _NICK + r")[ \t]+" + _DATE + _TIME + r"[ \t]*"),
            re.compile(r"[ \t]*" + _DATE + _TIME + r"[ \t]+(?P<nick>" + _NICK + r")[ \t]*"))
_SRT_INDEX = re.compile(r"[ \t]*\d{1,6}[ \t]*")
_SRT_TIME = re.compile(r"[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}.*")


@dataclass(frozen=True)
class _Line:
    """One line: its kind of mark (``quote``, ``list``, ``chat:<nick>``, ``qq:<nick>`` for a message under a QQ
    header, ``cue`` for a subtitle's text, ``skip`` for a structural line, ``plain``), and the span of what follows
    the mark."""

    kind: str
    start: int
    end: int


def line_readings(text: str) -> list[Spelled]:
    """The joined readings of ``text``'s marked lines (none when no line starts with a mark: most texts) and of its
    short JSON string values (:func:`json_values`). Only the lines around a mark are read (a few before it,
    :data:`AFTER` after it): a long text with a few lists costs little."""
    out = json_values(text)
    if "\n" not in text:
        return out
    for a, b in _regions(text):
        for group in _groups(_lines(text, a, b)):
            out.extend(_windows(text, group))
    return out


# a short string value after its key; what lies between two values of one object is a comma and the next key
_JSON_VALUE = re.compile(r'"(?:[^"\\\n]|\\.){1,40}"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,' + str(SHORT) + '})"')
_BETWEEN = re.compile(r'[ \t]*,[ \t\n]*"(?:[^"\\\n]|\\.){1,40}"[ \t]*:[ \t]*"')


def json_values(text: str) -> list[Spelled]:
    """Consecutive short string values of a JSON object read as lines of one text (``{"a": "海洛", "b": "因"}`` reads
    ``海洛\\n因``): a term split over the values of neighbouring keys."""
    if '":' not in text and '" :' not in text:
        return []
    runs: list[list[tuple[int, int]]] = []
    for m in _JSON_VALUE.finditer(text):
        value = (m.start(1), m.end(1))
        if runs and _BETWEEN.fullmatch(text, runs[-1][-1][1] + 1, m.start(1)):
            runs[-1].append(value)
        else:
            runs.append([value])
    return [_joined(text, run) for run in runs if len(run) >= 2]


_TABLE_ROW = re.compile(r"[ \t]*\|(.*)\|[ \t]*$")  # | cell | cell |
_TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$")  # |---|:---:|
_CELL = re.compile(r"[^|]+")


def table_columns(text: str) -> list[Spelled]:
    """Each column of each Markdown table in ``text`` read down its rows as lines (``| 1 | 假 |`` over ``| 2 | 钞 |``
    reads ``假\n钞``): a term written one character per row. Only runs of short cells (at most :data:`SHORT`
    characters) of two rows or more are read; the rule row under the header is left out."""
    out: list[Spelled] = []
    rows: list[list[tuple[int, int]]] = []
    at = 0
    for line in text.split("\n"):
        row = _TABLE_ROW.fullmatch(line)
        if row is not None and _TABLE_RULE.fullmatch(line) is None:
            rows.append([_stripped(line, at + m.start(), at + m.end(), at) for m in _CELL.finditer(line, row.start(1),
                                                                                                  row.end(1))])
        elif row is None and rows:
            out.extend(_column_readings(text, rows))
            rows = []
        at += len(line) + 1
    if rows:
        out.extend(_column_readings(text, rows))
    return out


def _stripped(line: str, a: int, b: int, at: int) -> tuple[int, int]:
    """``[a, b)`` (offsets in the text; the line begins at ``at``) without the spaces around the cell's content."""
    cell = line[a - at:b - at]
    lead = len(cell) - len(cell.lstrip())
    return a + lead, a + lead + len(cell.strip())


def _column_readings(text: str, rows: list[list[tuple[int, int]]]) -> list[Spelled]:
    """The readings of the columns of one table: runs of two or more consecutive short, non-empty cells."""
    out: list[Spelled] = []
    for k in range(max(len(r) for r in rows)):
        run: list[tuple[int, int]] = []
        for row in (*rows, []):
            cell = row[k] if k < len(row) else None
            if cell is not None and 0 < cell[1] - cell[0] <= SHORT:
                run.append(cell)
                continue
            if len(run) >= 2:
                out.append(_joined(text, run))
            run = []
    return out


BEFORE, AFTER = 3, 10  # lines read before and after a line that starts with a mark (an SRT cue's text follows two)


def _regions(text: str) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` stretches of whole lines around every line that starts with a mark."""
    regions: list[tuple[int, int]] = []
    first = [0] if _FIRST.match(text) else []
    for at in (*first, *(m.start() + 1 for m in _NEXT.finditer(text))):
        a = at
        for _ in range(BEFORE):
            if a == 0:
                break
            a = text.rfind("\n", 0, a - 1) + 1
        b = at
        for _ in range(AFTER):
            nxt = text.find("\n", b + 1)
            if nxt < 0:
                b = len(text)
                break
            b = nxt
        if regions and a <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], b))
        else:
            regions.append((a, b))
    return regions


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """Each line of ``text[start:end]`` with its mark read; subtitle numbers, timings and blank lines between cues,
    and QQ headers are ``skip`` lines (a QQ header names the speaker of the lines under it)."""
    spans, at = [], start
    for raw in text[start:end].split("\n"):
        spans.append((at, at + len(raw)))
        at += len(raw) + 1
    out: list[_Line] = []
    speaker, in_cue = "", False
    for k, (a, b) in enumerate(spans):
        line = text[a:b].rstrip("\r")
        b = a + len(line)
        header = _header(line)
        if header is not None:
            speaker = header
            out.append(_Line("skip", a, b))
        elif _srt_structure(text, spans, k):
            in_cue = bool(_SRT_TIME.fullmatch(line))  # a cue's text follows its timing, up to the blank line
            out.append(_Line("skip", a, b))
        elif in_cue and line.strip():
            out.append(_Line("cue", a, b))
        elif not line.strip():  # a blank line between messages or loose list items joins nothing and parts nothing
            in_cue = False
            out.append(_Line("skip", a, b))
        else:
            in_cue = False
            out.append(_marked(line, a, b, speaker))
    return out


def _srt_structure(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether line ``k`` is a subtitle cue's number, its timing, or the blank line before the next cue's number."""
    def line(i: int) -> str:
        return text[spans[i][0]:spans[i][1]].rstrip("\r") if 0 <= i < len(spans) else ""
    here = line(k)
    if _SRT_TIME.fullmatch(here):
        return True
    if _SRT_INDEX.fullmatch(here) and _SRT_TIME.fullmatch(line(k + 1)):
        return True
    return not here.strip() and bool(_SRT_INDEX.fullmatch(line(k + 1))) and bool(_SRT_TIME.fullmatch(line(k + 2)))


def _header(line: str) -> str | None:
    """The speaker a chat log's header line names (the line holds nothing else), or None."""
    for pattern in _HEADERS:
        m = pattern.fullmatch(line)
        if m is not None:
            return m.group("nick")
    return None


def _marked(line: str, a: int, b: int, speaker: str) -> _Line:
    chat = _CHAT.match(line)
    if chat is not None:
        return _Line(f"chat:{chat.group('nick')}", a + chat.end(), b)
    for kind, mark in (("quote", _QUOTE), ("list", _LIST)):
        m = mark.match(line)
        if m is not None and m.end() > 0:
            return _Line(kind, a + m.end(), b)
    bare = _CHAT_BARE.match(line)
    if bare is not None and bare.end() < len(line):
        return _Line(f"chat:{bare.group('nick')}", a + bare.end(), b)
    return _Line(f"qq:{speaker}" if speaker else "plain", a, b)


def _groups(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of consecutive lines with the same kind of mark (structural lines between them left out); a run of plain
    lines is no group (the fold reads those line breaks already)."""
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line.kind == "skip":
            continue
        if current and (line.kind != current[-1].kind or line.kind == "plain" or not _short_join(current[-1], line)):
            groups.append(current)
            current = []
        current.append(line)
    groups.append(current)
    return [g for g in groups if len(g) >= 2 and g[0].kind != "plain"]


def _short_join(before: _Line, after: _Line) -> bool:
    return before.end - before.start <= SHORT or after.end - after.start <= SHORT


def _windows(text: str, group: list[_Line]) -> list[Spelled]:
    """The group's reading: the lines' texts (of a long line only the edge of :data:`SHORT` characters next to the
    join) joined by a line break that stands for the break and the next line's mark."""
    pieces = [(line.start, line.end) for line in group]
    pieces[0] = (max(pieces[0][0], pieces[0][1] - SHORT), pieces[0][1])
    pieces[-1] = (pieces[-1][0], min(pieces[-1][1], pieces[-1][0] + SHORT))
    return [_joined(text, pieces)]


def _joined(text: str, pieces: list[tuple[int, int]]) -> Spelled:
    """The texts of ``pieces`` joined by a line break that stands for what lay between them (a changed character)."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    changed: list[bool] = []
    for n, (a, b) in enumerate(pieces):
        if n:
            chars.append("\n")
            starts.append(pieces[n - 1][1])
            ends.append(a)
            changed.append(True)
        chars.extend(text[a:b])
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))
        changed.extend([False] * (b - a))
    return Spelled("".join(chars), starts, ends, changed)
