"""The matcher's own false alarms, measured on the hand-labelled benign hit set.

    python bench/benign_precision.py                    # Markdown table
    python bench/benign_precision.py --json out.json    # also the figures as JSON

``tests/text/benign/labels.jsonl`` labels keyword hits on the shared benign corpora (laws, poetry,
CMRC 2018, medical Q&A, reviews) as ``true`` / ``lexicon_breadth`` / ``matcher_error`` (with a
reason); see ``tests/text/benign/GUIDE.md``. This script re-reads the labelled documents, runs the
CURRENT matcher (``build_matcher`` on the houbb + konsheng lexicons) and the usual pipeline (NFKC,
lower case, only letters and digits, pyahocorasick) over them, and counts for each engine and each
stratum: hits, hits that carry a label (same document, same span, same term in the pipeline's normal
form) by label and reason, hits without a label (new or moved spans: not judged, reported as they
are), labelled hits this engine no longer makes, and matcher errors per 1,000 labelled hits.

The ``random`` stratum is a fixed-seed random draw (its rates estimate the rate on these corpora);
the ``channel`` stratum oversamples the matcher's rarer channels (separator, repeat, pinyin,
initials, …), so its rates describe those channels only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "text"))

from benign.draw_sample import beian_scanner, pipeline_scanner  # noqa: E402
from benign.loader import LABEL_KINDS, REASONS, Row, load_documents, pipeline_norm, read_rows  # noqa: E402

Key = tuple[str, str, int, int, str]
Scanner = Callable[[list[str]], list[list[tuple[int, int, str, str]]]]
ENGINES = ("beian", "beian-any", "pipeline")
LABELS = {"beian": "beian 当前匹配器，置信度 ≥ --min-confidence（默认 0.5，与 beian scan 默认相同）",
          "beian-any": "beian 当前匹配器，任一置信度（含降为 0.4 的跨词命中）",
          "pipeline": "常规流水线（NFKC + 小写 + 删非字母数字 + pyahocorasick）"}


def _key(corpus: str, doc_id: str, start: int, end: int, term: str) -> Key:
    return corpus, doc_id, start, end, pipeline_norm(term)


def measure(engine: str, scan: Scanner, rows: list[Row], docs: dict[tuple[str, str], str]) -> list[dict[str, object]]:
    """One result per stratum for ``engine``."""
    labels = {_key(r["corpus"], r["doc_id"], r["start"], r["end"], r["term"]): r for r in rows}
    out = []
    for stratum in ("random", "channel"):
        keys = sorted({(r["corpus"], r["doc_id"]) for r in rows if r["stratum"] == stratum})
        found: set[Key] = set()
        counts: Counter[str] = Counter()
        for (corpus, doc_id), hits in zip(keys, scan([docs[k] for k in keys])):
            for start, end, term, _channel in hits:
                key = _key(corpus, doc_id, start, end, term)
                found.add(key)
                row = labels.get(key)
                counts["hits"] += 1
                counts[_bucket(row) if row else "unlabelled"] += 1
        own = [r for r in rows if r["stratum"] == stratum and r["engine"] in (engine.split("-")[0], "both")]
        gone = Counter(_bucket(r) for r in own
                       if _key(r["corpus"], r["doc_id"], r["start"], r["end"], r["term"]) not in found)
        out.append(_result(engine, stratum, len(keys), counts, gone))
    return out


def _bucket(row: Row) -> str:
    return f"matcher_error/{row['reason']}" if row["label"] == "matcher_error" else str(row["label"])


def _result(engine: str, stratum: str, n_docs: int, counts: Counter[str], gone: Counter[str]) -> dict[str, object]:
    errors = sum(v for k, v in counts.items() if k.startswith("matcher_error/"))
    labelled = counts["hits"] - counts["unlabelled"]
    return {
        "engine": engine, "stratum": stratum, "documents": n_docs, "hits": counts["hits"], "labelled": labelled,
        "true": counts["true"], "lexicon_breadth": counts["lexicon_breadth"], "matcher_error": errors,
        "by_reason": {r: counts[f"matcher_error/{r}"] for r in REASONS},
        "unlabelled": counts["unlabelled"], "labelled_gone": dict(gone),
        "errors_per_1000": round(1000 * errors / labelled, 1) if labelled else None,
    }


def table(results: list[dict[str, object]]) -> str:
    """The Markdown table printed by :func:`main`."""
    reasons = " / ".join(REASONS)
    lines = [f"| 引擎 | 层 | 文档 | 命中 | 已标注 | true | lexicon_breadth | matcher_error（{reasons}） "
             "| 未标注 | 不再命中的已标注 | 每千个已标注命中中的匹配器错误 |",
             "|---|---|---:|---:|---:|---:|---:|---|---:|---|---:|"]
    for r in results:
        by = r["by_reason"]
        assert isinstance(by, dict)
        gone = r["labelled_gone"]
        assert isinstance(gone, dict)
        gone_text = "，".join(f"{k} {v}" for k, v in sorted(gone.items())) or "0"
        lines.append(f"| {r['engine']} | {r['stratum']} | {r['documents']} | {r['hits']} | {r['labelled']} "
                     f"| {r['true']} | {r['lexicon_breadth']} | {r['matcher_error']}（"
                     f"{' / '.join(str(by[k]) for k in REASONS)}） | {r['unlabelled']} | {gone_text} "
                     f"| {r['errors_per_1000']} |")
    return "\n".join(lines)


def main() -> None:
    """Measure both engines on the labelled documents and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--cache", type=Path, help="matcher cache folder (default: beian's own)")
    parser.add_argument("--min-confidence", type=float, default=0.5, help="beian hits counted (default: scan's 0.5)")
    args = parser.parse_args()
    rows = read_rows()
    assert {r["label"] for r in rows} <= set(LABEL_KINDS)
    docs = load_documents({(r["corpus"], r["doc_id"]) for r in rows})
    scanners: dict[str, Scanner] = {"beian": beian_scanner(args.cache, args.min_confidence),
                                    "beian-any": beian_scanner(args.cache), "pipeline": pipeline_scanner()}
    results = [res for name in ENGINES for res in measure(name, scanners[name], rows, docs)]
    print(f"已标注 {len(rows)} 个命中，{len(docs)} 篇文档。")
    for name in ENGINES:
        print(f"- {name}: {LABELS[name]}")
    print()
    print(table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
