"""``beian scan``: find lexicon terms (and personal information) in files or stdin.

With ``--json`` every hit is one JSON object on its own line::

    {"doc": 0, "start": 3, "end": 6, "text": "法輪功", "matched": "法轮功",
     "variant": "traditional", "category": "邪教", "kind": "keyword", "confidence": 0.97}

``doc`` is the file index (in command-line order), or with ``--lines`` the line index counted
across all files (lines end at ``\n`` only, as in lexicon files). Offsets are Unicode code points of the decoded document:
a byte-order mark is not counted, ``\r`` is. README.md specifies every field. This format is a
contract other tools consume; change it only with a new major version.

Personal information is masked in every output unless ``--no-mask`` is given; an input that cannot be read is
named on standard error and skipped, the others scanned, and the run ends with exit code 2 (docs/text-core.md).
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from beian.commands._params import unit_interval
from beian.errors import BeianError, InputError, LexiconError, UsageError
from beian.text.textio import REPLACE_HINT

if TYPE_CHECKING:
    from rich.console import Console

    from beian.text.matcher import Match, Matcher, ScanUnit


@dataclass(frozen=True)
class ScanRecord:
    """One line of ``beian scan --json`` output."""

    doc: int
    start: int
    end: int
    text: str
    matched: str
    variant: str
    category: str | None
    kind: str
    confidence: float = 1.0
    candidates: tuple[tuple[str, str | None], ...] = ()

    def to_json(self) -> str:
        """The contract's JSON object, one line (``candidates`` only when a sound hit has several entries).

        Written field by field with :mod:`json`'s own string encoder, several times faster than
        ``json.dumps`` on the ~17k hits per MB a broad lexicon finds in ordinary text. The line
        separators that ``str.splitlines`` also splits on (U+2028, U+2029, U+0085, which a hit across
        lines may hold) are written as ``\\u`` escapes, so every reader sees one hit per line.
        """
        head = (f'{{"doc": {self.doc}, "start": {self.start}, "end": {self.end}, "text": {_string(self.text)}, '
                f'"matched": {_string(self.matched)}, "variant": {_string(self.variant)}, '
                f'"category": {_nullable(self.category)}, "kind": {_string(self.kind)}, '
                f'"confidence": {_number(self.confidence)}')
        if not self.candidates:
            return head + "}"
        same = [{"matched": m, "category": c} for m, c in self.candidates]
        return f'{head}, "candidates": {_one_line(json.dumps(same, ensure_ascii=False))}}}'


_encode = json.encoder.encode_basestring  # the C encoder json.dumps uses (ensure_ascii=False)
_LINE_SEPARATORS = {0x2028: "\\u2028", 0x2029: "\\u2029", 0x85: "\\u0085"}


def _string(value: str) -> str:
    return _one_line(_encode(value))


def _one_line(encoded: str) -> str:
    if "\u2028" in encoded or "\u2029" in encoded or "\x85" in encoded:
        return encoded.translate(_LINE_SEPARATORS)
    return encoded


def _nullable(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _number(value: float) -> str:
    return repr(value) if math.isfinite(value) else json.dumps(value)


def register(app: typer.Typer) -> None:
    """Attach ``scan`` to the root app."""
    app.command("scan")(scan)


def scan(
    inputs: list[Path] = typer.Argument(None, help="要扫描的文件；省略或为 - 时读取标准输入。"),
    lexicon: list[Path] = typer.Option([], "--lexicon", "-l", help="词库文件（可多次给出）：txt、csv、CAC xlsx、houbb 标签格式。"),
    allow: list[Path] = typer.Option([], "--allow", "-a", help="白名单文件：完整覆盖命中的白名单词会抑制该命中。"),
    user_dict: list[Path] = typer.Option([], "--user-dict", help="自定义分词词典（jieba 格式：每行“词语 [词频]”）：命中切开其中的词时降为低置信度。"),
    pii: bool = typer.Option(False, "--pii", help="同时识别个人信息（身份证、手机号、银行卡等，带校验）。"),
    lines: bool = typer.Option(False, "--lines", help="每行作为一篇独立文档。"),
    as_json: bool = typer.Option(False, "--json", help="每个命中输出一行 JSON（对外契约格式）。"),
    mask: bool = typer.Option(True, "--mask/--no-mask",
                              help="个人信息在表格与 JSON 中都做掩码（默认）；--no-mask 输出个人信息原文，请勿写入日志。"),
    homophone: bool = typer.Option(False, "--homophone", help="开启同音字通道：只认读起来像有意写的谐音（涩情网站、卖银女），3 个字以上的词条，置信度 0.5。"),
    pinyin: bool = typer.Option(True, "--pinyin/--no-pinyin", help="拼音全拼通道。"),
    initials: bool = typer.Option(True, "--initials/--no-initials", help="拼音首字母通道。"),
    errors: str = typer.Option("strict", "--errors", help="无法解码的字节：strict 报错 / replace 替换为 �。"),
    profile: str = typer.Option("tc260-003-2024", "--profile", "-p", help="标准配置（用于把分类映射到风险）。"),
    fail_on_hit: bool = typer.Option(True, "--fail-on-hit/--no-fail-on-hit", help="有命中时以退出码 1 结束。"),
    min_confidence: float = typer.Option(0.5, "--min-confidence", callback=unit_interval,
                                         help="只报告置信度不低于此值的关键词命中（网关默认 0.75，严格模式 0.5）。"),
    workers: int = typer.Option(None, "--workers", "-w", min=1,
                                help="--json 扫描大文件时的工作进程数（默认本机全部核心，最多 8 个）；输出与单进程逐字节相同。"),
) -> None:
    """扫描文本中的敏感词（含繁简、全半角、插入符号、拼音等变体）与个人信息。"""
    if errors not in ("strict", "replace"):
        raise UsageError(f"--errors 只能是 strict 或 replace，收到 {errors!r}")
    if not lexicon and not pii:
        raise UsageError("请至少给出一个 --lexicon 词库，或使用 --pii", hint="例如：beian scan -l 词库.txt 文本.txt")
    matcher = _matcher(lexicon, allow, user_dict, profile, homophone=homophone, pinyin=pinyin, initials=initials)
    if as_json and matcher is not None and matcher.skipped:
        typer.echo(_skipped_note(matcher), err=True)  # the table says it at its end; --json on standard error
    failed: list[str] = []
    named = list(_documents(inputs or [], lines=lines, errors=errors, failed=failed))
    docs = [text for _, text in named]
    if as_json and not pii and matcher is not None:  # keyword hits only: lines written straight from the hits
        total = _write_keyword_json(matcher, docs, min_confidence, workers)
    else:
        total = _print_hits(_JsonPrinter(mask) if as_json else _TablePrinter(mask), matcher, named, pii, min_confidence)
    _finish(total, failed, fail_on_hit)


def _print_hits(printer: _JsonPrinter | _TablePrinter, matcher: Matcher | None, named: list[tuple[str, str]],
                pii: bool, min_confidence: float) -> int:
    """Scan the documents and give their hits to ``printer``; returns how many there were."""
    docs = [text for _, text in named]
    total = 0
    for doc_id, hits in _scan(matcher, docs, pii, min_confidence):
        total += len(hits)
        printer.add(named[doc_id][0], hits, docs[doc_id])
    printer.finish(total, len(docs), matcher)
    return total


def _finish(total: int, failed: list[str], fail_on_hit: bool) -> None:
    """The exit code: 2 when some input could not be read (each was named as it was skipped), else 1 for hits."""
    if failed:
        typer.echo(f"错误：{len(failed)} 个输入无法读取，已跳过（其余输入的结果见上）：{'、'.join(failed)}", err=True)
        raise typer.Exit(2)
    if total and fail_on_hit:
        raise typer.Exit(1)


def _skipped_note(matcher: Matcher) -> str:
    """The note on lexicon entries that were not compiled (single characters, symbols only, too long)."""
    return (f"注意：词库中有 {len(matcher.skipped)} 个词条被跳过（单字、只含符号或过长），"
            "可用 beian lexicon stats 查看。")


def _matcher(paths: list[Path], allow: list[Path], user_dict: list[Path], profile_name: str,
             **switches: bool) -> Matcher | None:
    if not paths:
        return None
    from beian.standard import load_profile
    from beian.text.lexicon import load_allowlist, load_lexicons, load_user_dict
    from beian.text.matcher import Matcher

    profile = load_profile(profile_name)
    with _resave_hint():
        lex = load_lexicons(paths, profile=profile)
        lex.options = lex.options.merged(**switches)
        lex.category_options = {k: v.merged(**switches) for k, v in lex.category_options.items()}
        for path in allow:
            lex.allow.extend(load_allowlist(path))
        for path in user_dict:
            lex.user_words.extend(load_user_dict(path))
    matcher = Matcher.build(lex)
    if not matcher.n_terms:
        raise LexiconError(f"词库中没有可用的词条：全部 {len(matcher.skipped)} 个词条都被跳过（单字、只含符号或过长）",
                           hint="扫描不会找到任何东西；用 beian lexicon stats 查看被跳过的词条，改用两个字以上的词")
    return matcher


RESAVE_HINT = "请在编辑器里把这个文件另存为 UTF-8（或 GBK）编码后重试；scan 的 --errors 只作用于被扫描的文件，不作用于词库与词典"


@contextlib.contextmanager
def _resave_hint() -> Iterator[None]:
    """A lexicon, allow-list or user dictionary ``scan`` cannot decode: the hint says to re-save it, not ``--errors
    replace`` (which applies to the scanned files only; a lexicon read with replaced bytes gains garbled terms)."""
    try:
        yield
    except BeianError as exc:
        if exc.hint == REPLACE_HINT:
            exc.hint = RESAVE_HINT
        raise


def _documents(inputs: list[Path], *, lines: bool, errors: str, failed: list[str]) -> Iterator[tuple[str, str]]:
    """``(name, text)`` per document: a file, or with ``--lines`` one line (``文件名:行号``).

    An input that cannot be read (missing, binary, undecodable) is named on standard error and appended to
    ``failed``; the others are still scanned. Without ``--lines`` it stays an (empty) document, so ``doc``
    keeps counting the files in command-line order; with ``--lines`` it has no lines, like an empty file.
    """
    for path in inputs or [Path("-")]:
        name = "<标准输入>" if str(path) == "-" else path.name
        try:
            text = _read_input(path, name, errors)
        except InputError as exc:
            hint = f"\n提示：{exc.hint}" if exc.hint else ""
            typer.echo(f"错误：{exc.message}；已跳过，继续扫描其余输入{hint}", err=True)
            failed.append(str(path) if str(path) != "-" else name)
            text = ""
        if lines:
            yield from ((f"{name}:{n}", line) for n, line in _lines(text))
        else:
            yield name, text


def _read_input(path: Path, name: str, errors: str) -> str:
    """The decoded text of one input (``-``: standard input); :class:`InputError` when it cannot be read."""
    from beian.text.textio import decode_bytes, read_text

    if str(path) == "-":
        return decode_bytes(sys.stdin.buffer.read(), name, errors=errors)
    if not path.exists():
        raise InputError(f"找不到输入文件：{path}")
    return read_text(path, errors=errors)


def _lines(text: str) -> list[tuple[int, str]]:
    """The numbered lines of ``text`` as lexicon files are read: only ``\n`` (with a ``\r`` before it) ends a line,
    so U+2028, ``\v`` or ``\x1c`` inside a line stay in it (a term split by one is still found); a final line break
    does not start an empty line, and an empty text has no lines (as ``wc -l`` counts)."""
    from beian.text.textio import split_lines

    if not text:
        return []
    found = list(split_lines(text))
    return found[:-1] if text.endswith("\n") else found


def _scan(matcher: Matcher | None, docs: list[str], pii: bool,
          min_confidence: float = 0.0) -> Iterator[tuple[int, list[ScanRecord]]]:
    """``(document index, records)`` in document order. Without ``pii`` a long document comes in several pieces
    as it is scanned (:meth:`Matcher.scan_stream`), so its hits are never all held at once; with ``pii`` each
    document comes once, its keyword and personal-information records sorted together."""
    if matcher is None:
        keyword: Iterable[tuple[int, list[Match]]] = ((i, []) for i in range(len(docs)))
    elif pii:
        keyword = enumerate(matcher.scan_many(docs))
    else:
        keyword = matcher.scan_stream(docs)
    for i, found in keyword:
        hits = [ScanRecord(i, m.start, m.end, m.text, m.matched, m.variant, m.category, "keyword",
                           round(m.confidence, 2), m.candidates)
                for m in found if m.confidence >= min_confidence]
        if pii:
            hits.extend(_pii_hits(i, docs[i]))
            hits.sort(key=lambda h: (h.start, h.end))
        if hits:
            yield i, hits


@dataclass
class _JsonRun:
    """What every unit of a ``--json`` keyword scan needs; forked workers inherit it (:mod:`beian.parallel`)."""

    matcher: Matcher
    docs: list[str]
    min_confidence: float
    tails: dict[tuple[str, str, str | None, float], str] = field(default_factory=dict)  # per process


def _write_keyword_json(matcher: Matcher, docs: list[str], min_confidence: float, workers: int | None = 1) -> int:
    """``--json`` without ``--pii``: each hit's line written from the hit itself (no :class:`ScanRecord`), the
    fields after ``text`` made once per (term, variant, category, confidence); byte for byte what
    :meth:`ScanRecord.to_json` writes. The units of work (:meth:`Matcher.units`) run on ``workers`` processes
    (None: every CPU) and are written in order, so the output does not depend on ``workers``. Returns the
    number of lines."""
    from beian.parallel import ordered_map, worker_count
    from beian.text.hitfilters import gc_paused
    from beian.text.matcher_cache import wait_saves

    units = matcher.units(docs)
    n_workers = worker_count(workers, len(units))
    if n_workers > 1:  # after a cold build a thread may still be writing the matcher cache: forking then could leave
        wait_saves()   # a worker waiting on a lock that thread held
    total = 0
    with gc_paused():  # hits are freed piece by piece; re-enabling per piece made the collector walk each piece
        run = _JsonRun(matcher, docs, min_confidence)
        for parts, n in ordered_map(_unit_json, run, units, n_workers):
            for data in parts:
                _emit(data)
            total += n
    return total


def _unit_json(run: _JsonRun, unit: ScanUnit) -> tuple[list[str | bytes], int]:
    """The JSON lines of one unit, one part per document, and their number; in C (``beian.text._hits.json_lines``)
    where it was built."""
    from beian.text.normalize import native

    in_c = native("json_lines", "_hits")
    parts: list[str | bytes] = []
    total = 0
    for doc, found in run.matcher.scan_unit(run.docs, unit):
        args = (found, doc, run.min_confidence, run.tails, _tail, functools.partial(_line, doc))
        try:
            data, n = in_c(*args) if in_c is not None else _json_lines(*args)
        except UnicodeEncodeError:  # a lone surrogate: Python writes it (and the stream decides)
            data, n = _json_lines(*args)
        parts.append(data)
        total += n
    return parts, total


def _emit(data: str | bytes) -> None:
    """Write lines to standard output: UTF-8 bytes straight to its buffer when it is a UTF-8 stream."""
    out = sys.stdout
    if isinstance(data, str):
        out.write(data)
    elif hasattr(out, "buffer") and (out.encoding or "").lower().replace("-", "") == "utf8":
        out.flush()
        out.buffer.write(data)
    else:
        out.write(data.decode("utf-8"))


def _json_lines(found: list[Match], doc: int, min_confidence: float,
                tails: dict[tuple[str, str, str | None, float], str], tail_of: Callable[[Match], str],
                line_of: Callable[[Match], str]) -> tuple[str, int]:
    """What ``beian.text._hits.json_lines`` does, in Python (no C compiler at install time)."""
    lines = []
    for m in found:
        if m.confidence < min_confidence:
            continue
        if m.candidates:
            lines.append(line_of(m))
            continue
        key = (m.matched, m.variant, m.category, m.confidence)
        tail = tails.get(key)
        if tail is None:
            tail = tails[key] = tail_of(m)
        lines.append(f'{{"doc": {doc}, "start": {m.start}, "end": {m.end}, "text": {_string(m.text)}, {tail}')
    return "".join(line + "\n" for line in lines), len(lines)


def _tail(m: Match) -> str:
    """The fields of a keyword hit's line after ``text``, with the closing brace."""
    return (f'"matched": {_string(m.matched)}, "variant": {_string(m.variant)}, "category": {_nullable(m.category)}, '
            f'"kind": "keyword", "confidence": {_number(round(m.confidence, 2))}}}')


def _line(doc: int, m: Match) -> str:
    """The whole line of a keyword hit (used for hits with candidates)."""
    return ScanRecord(doc, m.start, m.end, m.text, m.matched, m.variant, m.category, "keyword",
                      round(m.confidence, 2), m.candidates).to_json()


def _pii_hits(doc_id: int, text: str) -> list[ScanRecord]:
    from beian.text.pii import find_pii

    return [ScanRecord(doc_id, p.start, p.end, p.text, p.kind, "pii", p.label_zh, "pii", round(p.confidence, 2))
            for p in find_pii(text)]


def _masked(hit: ScanRecord) -> ScanRecord:
    from beian.text.pii import mask_value

    return ScanRecord(**{**hit.__dict__, "text": mask_value(hit.matched, hit.text)})


class _JsonPrinter:
    def __init__(self, mask: bool) -> None:
        self._mask = mask

    def add(self, name: str, hits: list[ScanRecord], text: str) -> None:
        del name, text
        out = sys.stdout
        for hit in hits:
            shown = _masked(hit) if self._mask and hit.kind == "pii" else hit
            out.write(shown.to_json() + "\n")

    def finish(self, total: int, n_docs: int, matcher: Matcher | None) -> None:
        del total, n_docs, matcher


TABLE_MAX_ROWS = 500  # more hits than this are written line by line: a terminal table of them is unreadable
CONTEXT_CHARS = 6  # characters either side of a keyword hit shown in the 原文 column
FILE_WIDTH = 400  # the table's width when standard output is not a terminal (a file, a pipe) and COLUMNS is not set
_COLUMNS = ("文档", "位置", "原文", "命中词条", "变体", "分类")


def _console() -> Console:
    """The table's console: the terminal's width, or, written to a file or a pipe, :data:`FILE_WIDTH` (rich's 80
    columns cut the 原文 column before the masked hit); ``COLUMNS`` in the environment wins."""
    import os

    from rich.console import Console

    console = Console()
    if console.is_terminal or os.environ.get("COLUMNS"):
        return console
    return Console(width=FILE_WIDTH)


class _TablePrinter:
    """The terminal output: a table of the hits, or, past :data:`TABLE_MAX_ROWS` hits, one line per hit (columns
    separated by tabs), written as they are found. Laying out a table measures every cell first; for the
    300k hits of 20 MB of law text that took two minutes and held every row in memory.

    A long document comes in pieces: a piece's hits are shown once the next piece (or the next document) has
    come, so that the hits either side of them, which their excerpts may reach, are masked there too."""

    def __init__(self, mask: bool = True) -> None:
        self._console = _console()
        self._mask = mask
        self._rows: list[tuple[str, ...]] = []
        self._streaming = False
        self._masked: tuple[str, str] | None = None  # (document, its copy with personal information masked)
        self._held: tuple[str, str, list[ScanRecord]] | None = None  # (name, document, hits) not shown yet
        self._before: list[ScanRecord] = []  # the hits of the piece before the held one (same document)

    def add(self, name: str, hits: list[ScanRecord], text: str) -> None:
        """Take one piece of a document's hits; show the piece before it."""
        held = self._held
        if held is not None and (held[0] != name or held[1] is not text):
            self._release([])
            held = None
        if held is not None:
            self._release(hits)
        self._held = (name, text, hits)

    def _release(self, after: list[ScanRecord]) -> None:
        """Show the held hits, their neighbours being the pieces before and ``after`` them."""
        assert self._held is not None
        name, text, hits = self._held
        self._show(name, hits, text, [*self._before, *hits, *after])
        self._before = hits if after else []
        self._held = None

    def _show(self, name: str, hits: list[ScanRecord], text: str, near: list[ScanRecord]) -> None:
        from beian.text.evidence import masked_excerpt

        masked = self._pii_masked(text, len(hits))
        spans = _Spans(near)
        for hit in hits:
            if hit.kind == "pii":
                shown = _masked(hit).text if self._mask else hit.text
            else:
                shown = masked_excerpt(text, hit.start, hit.end, CONTEXT_CHARS, mask_pii=True, masked=masked,
                                       others=spans.around(hit.start - CONTEXT_CHARS, hit.end + CONTEXT_CHARS))
            self._row((name, f"{hit.start}-{hit.end}", shown, hit.matched,
                       _VARIANT_ZH.get(hit.variant, hit.variant), hit.category or "—"))

    def _pii_masked(self, text: str, n_hits: int) -> str | None:
        """The document with its personal information masked, made once, when it has many hits (a long document
        comes in pieces: the pass is made once); None: each excerpt masks its own window."""
        from beian.text.evidence import pii_masked_copy

        if self._masked is not None and self._masked[0] is text:
            return self._masked[1]
        if n_hits * 64 > len(text):
            self._masked = (text, pii_masked_copy(text))
            return self._masked[1]
        return None

    def _row(self, row: tuple[str, ...]) -> None:
        if self._streaming:
            self._write([row])
            return
        self._rows.append(row)
        if len(self._rows) > TABLE_MAX_ROWS:
            self._streaming = True
            self._console.print(f"命中超过 {TABLE_MAX_ROWS} 处，逐行输出（各列以制表符分隔）；要机器可读的完整结果请用 --json。",
                                markup=False, highlight=False)
            self._write([_COLUMNS, *self._rows])
            self._rows = []

    def _write(self, rows: list[tuple[str, ...]]) -> None:
        self._console.file.write("".join("\t".join(c.replace("\t", " ") for c in row) + "\n" for row in rows))

    def finish(self, total: int, n_docs: int, matcher: Matcher | None) -> None:
        """Show what is held, the table (when it was not written line by line) and the summary."""
        if self._held is not None:
            self._release([])
        if self._rows:
            from rich.table import Table

            table = Table(title="命中明细")
            for col in _COLUMNS:
                table.add_column(col, no_wrap=col != "原文")  # the file (with --lines, 文件:行号) is never cut
            for row in self._rows:
                table.add_row(*row)
            self._console.print(table)
        self._console.print(f"共扫描 {n_docs} 篇文档，命中 {total} 处。")
        if matcher is not None and matcher.skipped:
            self._console.print(f"[yellow]{_skipped_note(matcher)}[/]")


class _Spans:
    """The keyword hits of a stretch of a document, found by position: the other hits an excerpt must mask."""

    def __init__(self, hits: list[ScanRecord]) -> None:
        spans = sorted((h.start, h.end) for h in hits if h.kind == "keyword")
        self._spans = spans
        self._starts = [a for a, _ in spans]
        self._longest = max((b - a for a, b in spans), default=0)

    def around(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that reach into ``[lo, hi)``."""
        from bisect import bisect_left

        first = bisect_left(self._starts, lo - self._longest)
        last = bisect_left(self._starts, hi)
        return [(a, b) for a, b in self._spans[first:last] if b > lo]


_VARIANT_ZH = {
    "exact": "原形", "traditional": "繁体", "width": "全角", "case": "大小写", "style": "花式字符",
    "homoglyph": "形近字母", "zero_width": "零宽字符", "separator": "插入符号", "repeat": "重复字",
    "pinyin": "拼音", "mixed": "拼音汉字混写", "initial_letter": "首字母代字", "emoji": "emoji 代字", "split": "拆字", "initials": "首字母", "homophone": "同音字", "escape": "转义编码", "leet": "数字代字母", "flipped": "倒写",
    "fancy": "花式字母", "digits": "阿拉伯数字",
    "pii": "个人信息",
}
