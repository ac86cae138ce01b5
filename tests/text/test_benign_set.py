"""The hand-labelled benign hit set: every row still resolves, and the guide's figures describe the file."""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from benign.loader import (
    CORPORA,
    LABEL_KINDS,
    LABELS,
    REASONS,
    BenignSetError,
    Row,
    read_rows,
    resolve,
    span_hash,
)

GUIDE = LABELS.parent / "GUIDE.md"


def _bucket(row: Row) -> str:
    return f"matcher_error/{row['reason']}" if row["label"] == "matcher_error" else row["label"]


def _guide_table(pattern: str) -> list[tuple[str, ...]]:
    return [m.groups() for m in re.finditer(pattern, GUIDE.read_text(encoding="utf-8"), re.MULTILINE)]


def test_rows_are_well_formed() -> None:
    rows = read_rows()
    assert len(rows) >= 600
    for row in rows:
        assert row["corpus"] in CORPORA and row["label"] in LABEL_KINDS
        assert ("reason" in row) == (row["label"] == "matcher_error")
        assert row.get("reason", REASONS[0]) in REASONS
        assert row["engine"] in ("beian", "pipeline", "both") and row["stratum"] in ("random", "channel")
        assert not {"text", "context", "span"} & set(row), "原文不得写入 labels.jsonl"
    keys = [(r["corpus"], r["doc_id"], r["start"], r["end"], r["term"]) for r in rows]
    assert len(set(keys)) == len(keys)
    random_corpora = Counter(r["corpus"] for r in rows if r["stratum"] == "random")
    assert len([c for c, n in random_corpora.items() if n >= 100]) >= 4


def test_sha256_recorded_in_guide() -> None:
    recorded = re.search(r"SHA-256：`([0-9a-f]{64})`", GUIDE.read_text(encoding="utf-8"))
    assert recorded and recorded.group(1) == hashlib.sha256(LABELS.read_bytes()).hexdigest()


def test_label_counts_match_guide() -> None:
    rows = read_rows()
    counted = Counter((r["stratum"], _bucket(r)) for r in rows)
    table = _guide_table(r"^\| (random|channel) \| ([a-z_/]+) \| (\d+) \|$")
    assert len(table) == 2 * (len(LABEL_KINDS) - 1 + len(REASONS))
    assert {(s, b): int(n) for s, b, n in table} == {(s, b): counted[(s, b)] for s, b, _ in table}
    assert sum(int(n) for *_, n in table) == len(rows)


def test_corpus_counts_match_guide() -> None:
    rows = read_rows()
    table = _guide_table(r"^\| ([a-z0-9]+) \| (random|channel) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$")
    assert len(table) == 2 * len(CORPORA)
    for corpus, stratum, hits, docs, *labels in table:
        sub = [r for r in rows if r["corpus"] == corpus and r["stratum"] == stratum]
        kinds = Counter(r["label"] for r in sub)
        assert (len(sub), len({r["doc_id"] for r in sub})) == (int(hits), int(docs))
        assert [kinds[k] for k in LABEL_KINDS] == [int(n) for n in labels]


@pytest.mark.slow
def test_every_row_resolves_in_shared_data(shared_data: Path) -> None:
    resolved = resolve(root=shared_data)
    assert len(resolved) == len(read_rows())


def _reviews_folder(tmp_path: Path, review: str) -> Path:
    folder = tmp_path / "corpus-sophonplus-reviews"
    folder.mkdir(parents=True)
    for name in ("online_shopping_10_cats", "ChnSentiCorp_htl_all", "waimai_10k"):
        with gzip.open(folder / f"{name}.csv.gz", "wt", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["label", "review"])
            writer.writerow(["1", review])
    return tmp_path


def _row(start: int, end: int, term: str, text: str) -> Row:
    return {"corpus": "reviews", "doc_id": "waimai_10k:0", "start": start, "end": end, "term": term,
            "channel": "exact", "label": "lexicon_breadth", "engine": "beian", "stratum": "random",
            "span_hash": span_hash(text[start:end])}


def test_loader_finds_the_span_again(tmp_path: Path) -> None:
    text = "送餐时间超级慢"
    root = _reviews_folder(tmp_path, text)
    [(row, doc)] = resolve([_row(2, 4, "时间", text)], root=root)
    assert doc[row["start"]:row["end"]] == "时间"


def test_loader_refuses_changed_text(tmp_path: Path) -> None:
    row = _row(2, 4, "时间", "送餐时间超级慢")
    root = _reviews_folder(tmp_path, "送餐的时间超级慢")
    with pytest.raises(BenignSetError, match="不同"):
        resolve([row], root=root)


def test_loader_refuses_unknown_document(tmp_path: Path) -> None:
    row = {**_row(2, 4, "时间", "送餐时间超级慢"), "doc_id": "waimai_10k:99"}
    with pytest.raises(BenignSetError, match="找不到"):
        resolve([row], root=_reviews_folder(tmp_path, "送餐时间超级慢"))


def test_labels_file_is_one_json_object_per_line() -> None:
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
