"""Benchmark inputs read from ../shared/data: a benign corpus of >= 50 MB and the two lexicons."""

from __future__ import annotations

import csv
import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("BEIAN_SHARED_DATA", REPO.parent / "shared" / "data"))


def _jsonl(path: Path, field: str) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get(field) or ""
            if text:
                yield text


def _csv(path: Path, *fields: str) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8-sig", errors="replace") as fh:
        for row in csv.DictReader(fh):
            text = "。".join(row.get(f) or "" for f in fields).strip("。")
            if text:
                yield text


def _lines(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                yield line.rstrip("\n")


def benign_documents(min_mb: float = 50.0) -> list[str]:
    """Real benign Chinese documents (laws, reviews, medical Q&A, news, poetry), at least ``min_mb`` MB."""
    sources = [
        _jsonl(DATA / "corpus-china-laws/china_laws.jsonl.gz", "text"),
        _csv(DATA / "corpus-sophonplus-reviews/online_shopping_10_cats.csv.gz", "review"),
        _csv(DATA / "corpus-sophonplus-reviews/ChnSentiCorp_htl_all.csv.gz", "review"),
        _csv(DATA / "corpus-sophonplus-reviews/waimai_10k.csv.gz", "review"),
        _csv(DATA / "corpus-medical-qa/internal_medicine_sample.csv.gz", "title", "ask", "answer"),
        _lines(DATA / "corpus-sophonplus-reviews/dh_msra.txt.gz"),
        _jsonl(DATA / "corpus-chinese-poetry/chinese_poetry.jsonl.gz", "text"),
    ]
    docs: list[str] = []
    size = 0
    limit = int(min_mb * 1e6)
    for source in sources:
        for doc in source:
            docs.append(doc)
            size += len(doc.encode("utf-8"))
            if size >= limit:
                return docs
    return docs


def lexicon_paths() -> list[Path]:
    """houbb (tagged) + konsheng (per-category files): about 100k terms."""
    konsheng = sorted((DATA / "lexicon-konsheng/Vocabulary").glob("*.txt"))
    return [DATA / "lexicon-houbb/sensitive_word_tags.txt", DATA / "lexicon-houbb/sensitive_word_dict.txt", *konsheng]


def raw_terms() -> list[str]:
    """Distinct raw terms of the benchmark lexicon (first field of each line)."""
    seen: dict[str, None] = {}
    for path in lexicon_paths():
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                term = line.strip().split(" ")[0] if path.name == "sensitive_word_tags.txt" else line.strip()
                if term:
                    seen.setdefault(term, None)
    return list(seen)


def review_sentences(limit: int = 5000) -> list[str]:
    """Short real Chinese sentences (hotel and shopping reviews) to plant terms in."""
    out = []
    for text in _csv(DATA / "corpus-sophonplus-reviews/ChnSentiCorp_htl_all.csv.gz", "review"):
        text = text.replace("\n", "")
        if 20 <= len(text) <= 120:
            out.append(text)
            if len(out) >= limit:
                break
    return out
