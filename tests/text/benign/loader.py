"""Find the documents of the labelled benign hit set again in the shared data, and check each span.

``labels.jsonl`` stores ids and labels only (no text, for the corpora's licences). A row names its
corpus and document (``doc_id``); :func:`load_documents` re-reads those documents from
``../shared/data`` (or ``$BEIAN_SHARED_DATA``) and :func:`resolve` checks that ``text[start:end]``
still folds to the labelled term, raising :class:`BenignSetError` otherwise.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.jsonl"
CORPORA = ("law", "poetry", "cmrc2018", "medical", "reviews")
LABEL_KINDS = ("true", "lexicon_breadth", "matcher_error")
REASONS = ("word_boundary", "punctuation", "pinyin_latin", "initials", "fold", "other")
REVIEW_FILES = ("online_shopping_10_cats", "ChnSentiCorp_htl_all", "waimai_10k")
MEDICAL_FIELDS = ("title", "ask", "answer")

Row = dict[str, Any]


class BenignSetError(Exception):
    """A labelled row no longer matches the shared data (wrong file, changed text, bad id)."""


def data_dir() -> Path:
    """``$BEIAN_SHARED_DATA`` or ``../shared/data`` beside the checkout."""
    env = os.environ.get("BEIAN_SHARED_DATA")
    return Path(env) if env else HERE.parents[2].parent / "shared" / "data"


def read_rows(path: Path = LABELS) -> list[Row]:
    """The labelled rows, in file order."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def span_hash(span: str) -> str:
    """A short fingerprint of a span: lets the loader check the text without storing it."""
    return hashlib.sha256(span.encode("utf-8")).hexdigest()[:16]


def pipeline_norm(text: str) -> str:
    """The usual pipeline's normal form: NFKC, lower case, only letters and digits kept."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).lower() if c.isalnum())


# ---------------------------------------------------------------- one reader per corpus
def _jsonl_texts(path: Path, wanted: set[int]) -> Iterator[tuple[int, str]]:
    last = max(wanted, default=-1)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i > last:
                return
            if i in wanted:
                yield i, json.loads(line).get("text") or ""


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with gzip.open(path, "rt", encoding="utf-8-sig", errors="replace") as fh:
        yield from enumerate(csv.DictReader(fh))


def iter_corpus(corpus: str, wanted: set[str] | None = None, root: Path | None = None) -> Iterator[tuple[str, str]]:
    """``(doc_id, text)`` of a corpus; only the ``wanted`` ids when given (``None``: every document)."""
    root = data_dir() if root is None else root
    if corpus in ("law", "poetry"):
        path = root / ("corpus-china-laws/china_laws.jsonl.gz" if corpus == "law"
                       else "corpus-chinese-poetry/chinese_poetry.jsonl.gz")
        if wanted is None:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for i, line in enumerate(fh):
                    yield str(i), json.loads(line).get("text") or ""
            return
        for i, text in _jsonl_texts(path, {int(d) for d in wanted}):
            yield str(i), text
    elif corpus == "cmrc2018":
        with gzip.open(root / "corpus-cmrc2018/cmrc2018_dev.json.gz", "rt", encoding="utf-8") as fh:
            data = json.load(fh)["data"]
        for a, article in enumerate(data):
            for p, para in enumerate(article["paragraphs"]):
                yield f"dev:{a}:{p}", para["context"]
    elif corpus == "medical":
        for r, row in _csv_rows(root / "corpus-medical-qa/internal_medicine_sample.csv.gz"):
            for field in MEDICAL_FIELDS:
                yield f"{r}:{field}", row.get(field) or ""
    elif corpus == "reviews":
        for name in REVIEW_FILES:
            for r, row in _csv_rows(root / f"corpus-sophonplus-reviews/{name}.csv.gz"):
                yield f"{name}:{r}", row.get("review") or ""
    else:
        raise BenignSetError(f"未知语料 {corpus!r}；应为 {', '.join(CORPORA)} 之一")


def load_documents(keys: Iterable[tuple[str, str]], root: Path | None = None) -> dict[tuple[str, str], str]:
    """The text of each ``(corpus, doc_id)``; a missing document raises :class:`BenignSetError`."""
    by_corpus: dict[str, set[str]] = defaultdict(set)
    for corpus, doc_id in keys:
        by_corpus[corpus].add(doc_id)
    docs: dict[tuple[str, str], str] = {}
    for corpus, ids in by_corpus.items():
        for doc_id, text in iter_corpus(corpus, ids, root):
            if doc_id in ids:
                docs[(corpus, doc_id)] = text
        missing = sorted(ids - {d for c, d in docs if c == corpus})
        if missing:
            raise BenignSetError(f"共享数据中找不到 {corpus} 的文档 {missing[:5]}；请确认 shared/data 的版本")
    return docs


def check_row(row: Row, text: str) -> None:
    """Raise :class:`BenignSetError` unless the row's span exists and holds the same characters.

    Every row carries ``span_hash`` (a fingerprint of ``text[start:end]``); a ``literal`` row (the
    usual pipeline's) must also read as its term in that pipeline's normal form.
    """
    where = f"{row['corpus']}/{row['doc_id']} [{row['start']}:{row['end']}]"
    if not 0 <= row["start"] < row["end"] <= len(text):
        raise BenignSetError(f"{where} 超出文档长度 {len(text)}：共享数据可能已变化")
    if span_hash(text[row["start"]:row["end"]]) != row["span_hash"]:
        raise BenignSetError(f"{where} 处的文字与标注时不同：共享数据可能已变化")
    if row["channel"] == "literal":
        span = pipeline_norm(text[row["start"]:row["end"]])
        if span != pipeline_norm(row["term"]):
            raise BenignSetError(f"{where} 处的文字与标注词条不一致：共享数据可能已变化")


def resolve(rows: list[Row] | None = None, root: Path | None = None) -> list[tuple[Row, str]]:
    """Every row with its document text, each span checked; raises :class:`BenignSetError` on the first bad row."""
    rows = read_rows() if rows is None else rows
    docs = load_documents(((r["corpus"], r["doc_id"]) for r in rows), root)
    out = []
    for row in rows:
        text = docs[(row["corpus"], row["doc_id"])]
        check_row(row, text)
        out.append((row, text))
    return out
