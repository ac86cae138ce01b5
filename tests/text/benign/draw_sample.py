"""Draw the pool of keyword hits that ``labels.jsonl`` labels (how the set was made; rerun only to redo it).

    python tests/text/benign/draw_sample.py OUT.jsonl

Documents of each corpus are shuffled with a fixed seed and scanned with the matcher (the public
lexicons, loaded as ``bench/keyword_bench.py`` and ``bench/corpus_bench.py`` load them) until the
corpus quota is reached, at most ``PER_DOC`` hits per document. The usual pipeline (NFKC, lower
case, only letters and digits, pyahocorasick) then scans the same documents and adds a quota of
its own hits not already in the pool. A second, oversampled stratum (``stratum: channel``) takes one
hit per further document from the matcher's rarer channels (separator, repeat, pinyin, initials,
homophone, …), which a random draw barely reaches. OUT holds the hits with ±20 characters of context, for
reading only: it must never be committed (the corpora's licences); ``labels.jsonl`` keeps ids.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "bench"))
sys.path.insert(0, str(HERE.parent))

from benign.loader import iter_corpus, pipeline_norm, span_hash  # noqa: E402

SEED = 20261203
PER_DOC = 2
BEIAN_QUOTA = {"law": 130, "poetry": 110, "cmrc2018": 110, "medical": 125, "reviews": 125}
PIPELINE_QUOTA = 30  # per corpus
CHANNEL_QUOTA = 25  # per corpus: beian hits from the other channels (oversampled stratum)
CHANNEL_DOCS = 30_000  # at most this many documents per corpus are scanned for that stratum
COMMON = {"exact", "traditional", "case", "width"}
CONTEXT = 20
Hit = tuple[int, int, str, str]  # start, end, term, channel


def beian_scanner(cache: Path | None = None, min_confidence: float = 0.0) -> Callable[[list[str]], list[list[Hit]]]:
    """The current matcher on the public lexicons, as a batch scanner (hits at ``min_confidence`` or above)."""
    import corpora
    from beian.text.matcher import build_matcher

    matcher = build_matcher(corpora.lexicon_paths(), cache_dir=cache)

    def scan(texts: list[str]) -> list[list[Hit]]:
        return [[(m.start, m.end, m.matched, m.variant) for m in hits if m.confidence >= min_confidence]
                for hits in matcher.scan_many(texts)]

    return scan


def pipeline_scanner() -> Callable[[list[str]], list[list[Hit]]]:
    """The usual pipeline: NFKC + lower case + delete everything but letters and digits, then literal
    Aho-Corasick over the lexicon terms normalised the same way (terms of at least two characters)."""
    import ahocorasick

    import corpora

    auto = ahocorasick.Automaton()
    for term in corpora.raw_terms():
        key = pipeline_norm(term)
        if len(key) >= 2 and key not in auto:
            auto.add_word(key, (len(key), term))
    auto.make_automaton()

    def one(text: str) -> list[Hit]:
        norm, where = _normalise(text)
        out = []
        for last, (n, term) in auto.iter(norm):
            out.append((where[last - n + 1], where[last] + 1, term, "literal"))
        return sorted(out)

    return lambda texts: [one(t) for t in texts]


def _normalise(text: str) -> tuple[str, list[int]]:
    chars, where = [], []
    for i, ch in enumerate(text):
        for c in pipeline_norm(ch):
            chars.append(c)
            where.append(i)
    return "".join(chars), where


def _documents(corpus: str, rng: random.Random) -> list[tuple[str, str]]:
    docs = [(d, t) for d, t in iter_corpus(corpus) if t.strip()]
    rng.shuffle(docs)
    return docs


def draw(cache: Path | None = None) -> list[dict[str, object]]:
    """The pool: beian hits by corpus quota, then the pipeline's own hits on the same documents."""
    rng = random.Random(SEED)
    beian, pipeline = beian_scanner(cache), pipeline_scanner()
    pool: list[dict[str, object]] = []
    for corpus, quota in BEIAN_QUOTA.items():
        used: list[tuple[str, str]] = []
        taken: list[dict[str, object]] = []
        docs = _documents(corpus, rng)
        for first in range(0, len(docs), 200):
            batch = docs[first:first + 200]
            for (doc_id, text), hits in zip(batch, beian([t for _, t in batch])):
                if hits and len(taken) < quota:
                    used.append((doc_id, text))
                    for h in rng.sample(hits, min(PER_DOC, len(hits), quota - len(taken))):
                        taken.append(_row(corpus, doc_id, text, h, "beian"))
            if len(taken) >= quota:
                break
        pool.extend(taken)
        pool.extend(_pipeline_rows(corpus, used, taken, pipeline, rng))
    rng = random.Random(SEED + 1)
    for corpus in BEIAN_QUOTA:
        pool.extend(_channel_rows(corpus, beian, rng, {(r["corpus"], r["doc_id"]) for r in pool}))
    return pool


def _channel_rows(corpus: str, beian: Callable[[list[str]], list[list[Hit]]], rng: random.Random,
                  seen: set[tuple[object, object]]) -> list[dict[str, object]]:
    """The oversampled stratum: one hit of a rarer channel (separator, repeat, pinyin, initials, …) per document."""
    taken: list[dict[str, object]] = []
    docs = [d for d in _documents(corpus, rng)[:CHANNEL_DOCS] if (corpus, d[0]) not in seen]
    for first in range(0, len(docs), 500):
        batch = docs[first:first + 500]
        for (doc_id, text), hits in zip(batch, beian([t for _, t in batch])):
            rare = [h for h in hits if h[3] not in COMMON]
            if rare and len(taken) < CHANNEL_QUOTA:
                taken.append(_row(corpus, doc_id, text, rng.choice(rare), "beian", "channel"))
        if len(taken) >= CHANNEL_QUOTA:
            break
    return taken


def _pipeline_rows(corpus: str, used: list[tuple[str, str]], taken: list[dict[str, object]],
                   pipeline: Callable[[list[str]], list[list[Hit]]], rng: random.Random) -> list[dict[str, object]]:
    seen = {(r["doc_id"], r["start"], r["end"], pipeline_norm(str(r["term"]))): r for r in taken}
    fresh = []
    for (doc_id, text), hits in zip(used, pipeline([t for _, t in used])):
        for h in hits:
            key = (doc_id, h[0], h[1], pipeline_norm(h[2]))
            if key in seen:
                seen[key]["engine"] = "both"
            else:
                fresh.append(_row(corpus, doc_id, text, h, "pipeline"))
    return rng.sample(fresh, min(PIPELINE_QUOTA, len(fresh)))


def _row(corpus: str, doc_id: str, text: str, hit: Hit, engine: str,
         stratum: str = "random") -> dict[str, object]:
    start, end, term, channel = hit
    return {"corpus": corpus, "doc_id": doc_id, "start": start, "end": end, "term": term, "channel": channel,
            "engine": engine, "stratum": stratum, "span_hash": span_hash(text[start:end]),
            "context": f"{text[max(0, start - CONTEXT):start]}【{text[start:end]}】{text[end:end + CONTEXT]}"}


def main() -> None:
    """Write the pool with context to the path given on the command line."""
    out = Path(sys.argv[1])
    cache = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    with open(out, "w", encoding="utf-8") as fh:
        for i, row in enumerate(draw(cache)):
            fh.write(json.dumps({"id": i, **row}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
