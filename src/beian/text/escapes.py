"""Characters written as escape codes: ``&#27861;``, ``&#x6cd5;``, ``\\u6cd5``, ``%E6%B3%95``, ``\\xe6\\xb3\\x95``,
``U+6CD5``, ``%u6CD5``, octal ``\\346\\263\\225`` and quoted-printable ``=E6=B3=95``.

A prompt can carry a term as HTML character references, JavaScript/JSON/Python escapes or URL
percent-encoding and ask the model to read them back; web pages in a training corpus hold
the same forms. The fold works one character at a time and cannot see that ``&#27861;`` is
``法``, so escaped runs are decoded here into a second text whose every character knows the
original span it came from (:class:`Decoded`). The matcher scans that text too and reports the
hits that touch a decoded escape, with the span of the escape codes in the original text.

Named HTML entities decode too (``&eacute;`` is ``é``); one that stands for a space or a mark (``赌&nbsp;博``) is
read like markup, as are HTML comments (``赌<!-- -->博``), BBCode tags (``[b]赌[/b]博``), the target of a Markdown
link (``[海](https://x.org/a)洛因``), TeX text commands (``$\\text{海}\\text{洛}\\text{因}$``), and between two Chinese
characters a sticker code or a short bracketed word (``冰[doge]毒``, ``赌【广告】博``). A percent-encoded
space or mark (``赌%20博``) and a written-out ``\n``, ``\t``, ``\r`` between two Chinese characters are insertions
too; elsewhere they are URL punctuation or code and stay as written. Invalid codes (out of range, surrogates that
do not pair, percent bytes that are not UTF-8) stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.entities import html5

# one escape code; a run of percent or \x bytes is decoded together (UTF-8 spans several bytes)
_CODE = re.compile(
    r"&#[xX](?P<hx>0{0,4}[0-9a-fA-F]{1,6});?"
    r"|&#(?P<dec>0{0,4}[0-9]{1,7});?"
    r"|\\u\{(?P<ub>[0-9a-fA-F]{1,6})\}"
    r"|\\u(?P<u4>[0-9a-fA-F]{4})"
    r"|\\U(?P<u8>[0-9a-fA-F]{8})"
    r"|[Uu]\+(?P<up>[0-9a-fA-F]{4,6})(?![0-9a-fA-F])"  # code point notation U+6CD5
    r"|%u(?P<pu>[0-9a-fA-F]{4})"  # JavaScript escape(): %u6CD5
    r"|(?P<pct>(?:%[0-9a-fA-F]{2})+)"
    r"|(?P<bx>(?:\\x[0-9a-fA-F]{2})+)"
    r"|(?P<bo>(?:\\[0-3][0-7]{2})+)"  # octal bytes, as git and C print them: \346\263\225
    r"|(?P<qp>(?:=[0-9A-F]{2}){2,})"  # quoted-printable bytes (e-mail): =E6=B3=95
    # a TeX text command ($\text{海}\text{洛}\text{因}$): nothing (the fold deletes the braces and dollars)
    r"|(?P<tex>\\(?:text|textrm|textbf|textit|texttt|textsf|emph|mathrm|mathbf|mathit|mathsf|mathtt|mbox"
    r"|operatorname)\{)"
    r"|(?P<esc>\\[ntr])"  # a written-out line break or tab: an insertion only between Chinese characters
    r"|&(?P<ent>[A-Za-z][A-Za-z0-9]{1,31});"  # a named entity: &nbsp; &eacute;
    r"|(?P<cmt><!--[^>]{0,200}?-->)"  # an HTML comment: decodes to nothing
    r"|(?P<bb>\[/?(?:b|i|u|s|del|color|size|font|url|img|quote|code|center|left|right|sub|sup)(?:=[^\[\]\n]{0,40})?\])"
    r"|(?P<mdl>\]\((?:https?://|/|\./|#)[^()\s]{0,200}\))"
    # the [ that opens a Markdown link's text (海[洛](https://x)因): nothing, as its target is
    r"|(?P<mdo>\[(?=[^\[\]\n]{1,40}\]\((?:https?://|/|\./|#)))"
    # a sticker code ([doge], [滑稽]) or a bracketed word (【广告】) inserted between two Chinese characters: nothing
    r"|(?P<stk>\[(?![0-9]+\])[A-Za-z0-9_\u4e00-\u9fff]{1,8}\](?!\()|【[^【】\s]{1,4}】)"  # [x](url) is a link  # a Markdown link's target ([海](https://x)洛因): nothing
    # HTML markup (a tag name, attributes as name=value): decodes to nothing; ``a<b 且 c>d`` is no tag
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9]{0,15})(?:\s+[A-Za-z][\w:-]*\s*=[^<>]{0,160})*\s*/?>)"
)
# one character each: a search for a single character is several times faster than for a pair
_QUICK = ("&", "\\", "%", "<", "+", "=", "[", "](", "【")
# the first character of every code, or its second for U+6CD5 (a class: an alternation is tried at every position)
_LEAD = re.compile(r"[&\\%<=+\[\]【]")
# Chinese characters: a percent-encoded space or a written-out \n between two of them is an insertion
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# original start, end, decoded (character, start, end), whether it is HTML markup (a tag) rather than a code
_Code = tuple[int, int, list[tuple[str, int, int]], bool]
# tags that end a block of text (a paragraph, a line, a cell): read as a line break, the others as nothing
BLOCK_TAGS = frozenset(("p", "div", "br", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5",
                        "h6", "hr", "section", "article", "blockquote", "pre", "dt", "dd", "header", "footer"))
# Longest unfinished code at the end of a streamed text (``&#x10FFFF`` without its ``;``).
_BYTES_TAIL = re.compile(r"(?:(?:%[0-9a-fA-F]{2})+|(?:\\x[0-9a-fA-F]{2})+|(?:\\[0-3][0-7]{2})+|(?:=[0-9A-F]{2})+)$")
_PARTIAL_TAIL = re.compile(r"(?:&(?:#(?:[xX]0{0,4}[0-9a-fA-F]{0,6}|0{0,4}[0-9]{0,7})?)?"
                           r"|\\(?:u(?:\{[0-9a-fA-F]{0,6}|[0-9a-fA-F]{0,3})?|U[0-9a-fA-F]{0,7}|x[0-9a-fA-F]?"
                           r"|[0-3][0-7]?)?"
                           r"|[Uu]\+[0-9a-fA-F]{0,6}|%u[0-9a-fA-F]{0,3}|=[0-9A-F]?"
                           r"|%[0-9a-fA-F]?|&[A-Za-z][A-Za-z0-9]{0,31}|<!(?:-(?:-[^>]{0,200})?)?"
                           r"|\[/?[A-Za-z]{0,6}(?:=[^\[\]\n]{0,40})?"
                           r"|\](?:\([^()\s]{0,200})?|\\[a-z]{1,13}\{?"
                           r"|\[[A-Za-z0-9_\u4e00-\u9fff]{0,8}|【[^【】\s]{0,4}"
                           r"|</?(?:[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,160})?)?)$")


@dataclass(frozen=True)
class Decoded:
    """``text`` with its escape codes decoded; decoded character ``i`` came from original ``[starts[i], ends[i])``.

    ``escaped[i]`` says whether character ``i`` was written as an escape code; ``after_tag[i]`` whether
    HTML markup (removed) stands right before it.
    """

    text: str
    starts: list[int]
    ends: list[int]
    escaped: list[bool]
    after_tag: list[bool]

    def touches_escape(self, start: int, end: int) -> bool:
        """Whether decoded ``[start, end)`` holds a character that was written as an escape code."""
        return any(self.escaped[start:end])

    def crosses_tag(self, start: int, end: int) -> bool:
        """Whether HTML markup stood between two characters of decoded ``[start, end)`` (``法<b></b>轮功``)."""
        return any(self.after_tag[start + 1:end])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of decoded ``[start, end)``."""
        return self.starts[start], self.ends[end - 1]


@dataclass(frozen=True)
class Window:
    """A stretch of the original text around escape codes, decoded: ``decoded`` offsets are relative to
    ``start``; ``runs`` are the original spans of the adjacent codes in it."""

    start: int
    decoded: Decoded
    runs: list[tuple[int, int]]


def windows(text: str, margin: int) -> list[Window]:
    """The escape codes of ``text`` with ``margin`` characters of context on each side, decoded, one
    window per group of nearby codes (a long text with one URL decodes only around that URL)."""
    if not any(q in text for q in _QUICK):
        return []
    out: list[Window] = []
    group: list[_Code] = []
    for code in _codes(text):
        if group and code[0] - group[-1][1] > 2 * margin:
            out.append(_window(text, group, margin))
            group = []
        group.append(code)
    if group:
        out.append(_window(text, group, margin))
    return out


def _window(text: str, codes: list[_Code], margin: int) -> Window:
    a, b = max(0, codes[0][0] - margin), min(len(text), codes[-1][1] + margin)
    return Window(a, _assemble(text, codes, a, b), _runs(codes))


def _runs(codes: list[_Code]) -> list[tuple[int, int]]:
    """Adjacent escape codes merged into runs of original spans (markup is not a code run: a hit inside a
    tag reads what the tag says, ``alt`` and ``title`` text)."""
    runs: list[tuple[int, int]] = []
    for a, b, _, markup in codes:
        if markup:
            continue
        if runs and runs[-1][1] == a:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    return runs


def decode(text: str) -> Decoded | None:
    """Decode the escape codes in ``text``; None when there is none that decodes to a character."""
    codes = _codes(text) if any(q in text for q in _QUICK) else []
    return _assemble(text, codes, 0, len(text)) if codes else None


def _assemble(text: str, codes: list[_Code], a: int, b: int) -> Decoded:
    """``text[a:b]`` with ``codes`` (all inside it) decoded and markup removed; offsets relative to ``a``."""
    out = Decoded("", [], [], [], [])
    chars: list[str] = []
    pos, tag = a, False
    for x, y, pieces, markup in codes:
        tag = _copy_plain(text, pos, x, a, chars, out, tag)
        for ch, u, v in pieces:  # a block tag's line break carries the mark itself
            _append(out, chars, ch, u - a, v - a, not markup, tag or markup)
            tag = False
        tag = tag or (markup and not pieces)
        pos = y
    _copy_plain(text, pos, b, a, chars, out, tag)
    return Decoded("".join(chars), out.starts, out.ends, out.escaped, out.after_tag)


def _append(out: Decoded, chars: list[str], ch: str, start: int, end: int, escaped: bool, after_tag: bool) -> None:
    chars.append(ch)
    out.starts.append(start)
    out.ends.append(end)
    out.escaped.append(escaped)
    out.after_tag.append(after_tag)


def _codes(text: str) -> list[_Code]:
    """(start, end, decoded characters) of every valid code, a JSON surrogate pair as one code, HTML
    markup as a code of no characters."""
    found: list[_Code] = []
    pending: re.Match[str] | None = None  # a high surrogate waiting for its partner
    for m in _code_matches(text):
        low = _surrogate(m, 0xDC00)
        if pending is not None and low is not None and m.start() == pending.end():
            value = 0x10000 + ((_surrogate(pending, 0xD800) or 0) << 10) + low
            found.append((pending.start(), m.end(), [(chr(value), pending.start(), m.end())], False))
            pending = None
            continue
        pending = m if _surrogate(m, 0xD800) is not None else None
        if m.lastgroup in ("cmt", "bb") and not _inside_a_line(text, m):
            continue  # a comment or BBCode tag on a line of its own (<!-- INFO END --> in crawled pages) joins nothing
        if m.lastgroup == "stk" and not _between_han(text, m):
            continue  # a sticker or bracketed word elsewhere ([doge] at the end of a line, 【公告】 as a title) is text
        if m.lastgroup in ("tag", "cmt", "bb", "mdl", "mdo", "tex", "stk"):  # markup: removed (a block tag: a line break)
            block = m.lastgroup == "tag" and m.group("name").lower() in BLOCK_TAGS
            found.append((m.start(), m.end(), [("\n", m.start(), m.end())] if block else [], True))
            continue
        pieces = _decode_match(m)
        spacing = m.lastgroup == "ent" and bool(pieces) and not any(ch.isalnum() for ch, _, _ in pieces)
        if spacing or (not pieces and m.lastgroup in ("esc", "pct") and _between_han(text, m)):
            found.append((m.start(), m.end(), [], True))  # &nbsp;, 赌%20博, 赌\n博: inserted between the characters
        elif pieces:
            found.append((m.start(), m.end(), pieces, False))
    return found


def _inside_a_line(text: str, m: re.Match[str]) -> bool:
    """Whether the code ``m`` has something other than a line break on both sides."""
    return m.start() > 0 and m.end() < len(text) and text[m.start() - 1] not in "\r\n" and text[m.end()] not in "\r\n"


def _between_han(text: str, m: re.Match[str]) -> bool:
    """Whether the code ``m`` stands between two Chinese characters."""
    return m.start() > 0 and _HAN.match(text, m.start() - 1) is not None and _HAN.match(text, m.end()) is not None


def _code_matches(text: str) -> Iterator[re.Match[str]]:
    """``_CODE.finditer(text)``, tried only where a code can begin: a regex alternation without a common
    first character is tried at every position, about 25 times slower on long texts."""
    end = 0
    for lead in _LEAD.finditer(text):
        at = lead.start()
        if lead.group() == "+":  # U+6CD5 begins one character before its +
            at -= 1
            if at < 0 or text[at] not in "Uu":
                continue
        if at < end:
            continue
        m = _CODE.match(text, at)
        if m is not None:
            end = m.end()
            yield m


def _surrogate(m: re.Match[str], base: int) -> int | None:
    """The offset of a ``\\uXXXX`` surrogate from ``base`` (high: 0xD800, low: 0xDC00), or None."""
    if m.lastgroup != "u4":
        return None
    value = int(m.group("u4"), 16) - base
    return value if 0 <= value < 0x400 else None


def _copy_plain(text: str, x: int, y: int, base: int, chars: list[str], out: Decoded, tag: bool) -> bool:
    """Copy ``text[x:y]`` as it is; returns whether markup still stands before the next character."""
    if x >= y:
        return tag
    chars.extend(text[x:y])
    out.starts.extend(range(x - base, y - base))
    out.ends.extend(range(x - base + 1, y - base + 1))
    out.escaped.extend([False] * (y - x))
    out.after_tag.extend([tag] + [False] * (y - x - 1))
    return False


def _decode_match(m: re.Match[str]) -> list[tuple[str, int, int]]:
    """(character, original start, original end) for each character the code decodes to; [] if invalid."""
    kind = m.lastgroup
    if kind == "esc":
        return []
    if kind == "ent":
        named = html5.get(m.group("ent") + ";")
        return [(named, m.start(), m.end())] if named is not None and len(named) == 1 else []
    if kind in ("pct", "bx", "qp"):
        return _decode_bytes(m.group(kind), m.start(), 3 if kind in ("pct", "qp") else 4)
    if kind == "bo":
        return _decode_bytes(m.group(kind), m.start(), 4, 8)
    value = int(m.group(kind or ""), 16 if kind != "dec" else 10)
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF or value == 0:
        return []
    return [(chr(value), m.start(), m.end())]


MIN_ENCODED_LETTERS = 2  # ASCII letters a run of byte codes must spell before it is read as a word


def _decode_bytes(codes: str, start: int, width: int, base: int = 16) -> list[tuple[str, int, int]]:
    """Percent, ``=``, ``\\x`` (two hex digits) or octal ``\\ooo`` codes as UTF-8: each decoded character spans
    the codes of its bytes."""
    digits = 2 if base == 16 else 3
    raw = bytes(int(codes[i + width - digits:i + width], base) for i in range(0, len(codes), width))
    try:
        chars = raw.decode("utf-8")
    except UnicodeDecodeError:
        return []
    if chars.isascii() and sum(c.isalpha() for c in chars) < MIN_ENCODED_LETTERS:
        return []  # %20, %2F: URL punctuation, not a disguised word (letters need no encoding: %69%63%65 is one)
    out, offset = [], 0
    for ch in chars:
        n = len(ch.encode("utf-8"))
        out.append((ch, start + offset * width, start + (offset + n) * width))
        offset += n
    return out


def trailing_codes(text: str, limit: int) -> int:
    """How many trailing characters of ``text`` are escape codes (complete ones ending the text, and a
    code still being written), looking back at most ``limit`` characters: a stream holds them back
    until it knows what they spell."""
    tail = text[-limit:] if limit > 0 else ""
    partial = _PARTIAL_TAIL.search(tail)
    end = partial.start() if partial else len(tail)
    raw = _BYTES_TAIL.search(tail[:end])  # UTF-8 bytes whose character may not be complete yet
    end = raw.start() if raw else end
    start = end
    for a, b, _, _ in reversed(_codes(tail[:end])):
        if b != start:
            break
        start = a
    return len(tail) - start
