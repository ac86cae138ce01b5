"""Which default hits two versions of the matcher disagree on, on texts neither was written against.

Model answers (蚁鉴, latent-jailbreak), Flames prompts and COLD comments from ``../shared/data``,
3,000 texts drawn with a fixed seed, scanned with the ~108k-term public lexicon at the default
threshold (0.5). Run once with the old code (``save``), once with the new (``compare``); every hit
only one of them reports is printed with its context, for a person to judge.

    PYTHONPATH=/tmp/old/src .venv/bin/python bench/hit_diff.py save /tmp/hits-old.json
    .venv/bin/python bench/hit_diff.py compare /tmp/hits-old.json
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import DATA, raw_terms

N_TEXTS = 3000
DEFAULT = 0.5
Hit = tuple[int, int, str, str, float]


def texts() -> list[str]:
    """The unseen texts, in a fixed order."""
    out: list[str] = []
    for name in ("answers-yijian", "answers-latent-jailbreak"):
        with gzip.open(DATA / name / "data.jsonl.gz", "rt", encoding="utf-8") as f:
            out += [o["answer"] for o in map(json.loads, f) if isinstance(o.get("answer"), str)]
    with open(DATA / "safety-flames" / "Flames_1k_Chinese.jsonl", encoding="utf-8") as f:
        out += [v for o in map(json.loads, f) for v in o.values() if isinstance(v, str) and len(v) > 20]
    with gzip.open(DATA / "offensive-cold" / "dev.csv.gz") as raw:
        rows = list(csv.reader(io.TextIOWrapper(raw, encoding="utf-8")))
    out += [max(r, key=len) for r in rows[1:]]
    random.Random(9).shuffle(out)
    return out[:N_TEXTS]


def scan(docs: list[str]) -> list[list[Hit]]:
    """Default hits per text as (start, end, term, variant, confidence)."""
    from beian.text.matcher import build_matcher

    lexicon = Path(tempfile.mkdtemp()) / "lexicon.txt"
    lexicon.write_text("\n".join(raw_terms()) + "\n", encoding="utf-8")
    matcher = build_matcher([lexicon])
    return [[(m.start, m.end, m.matched, m.variant, round(m.confidence, 2)) for m in matcher.scan(t)
             if m.confidence >= DEFAULT] for t in docs]


def main() -> None:
    """``save PATH`` or ``compare PATH``."""
    mode, path = sys.argv[1], Path(sys.argv[2])
    docs = texts()
    hits = scan(docs)
    if mode == "save":
        path.write_text(json.dumps(hits, ensure_ascii=False), encoding="utf-8")
        print(f"{len(docs)} 段文本，{sum(map(len, hits))} 个默认命中，已存到 {path}")
        return
    old = [[tuple(h) for h in doc] for doc in json.loads(path.read_text(encoding="utf-8"))]
    for text, before, after in zip(docs, old, hits):
        for tag, only in (("只有旧代码", set(before) - set(after)), ("只有新代码", set(after) - set(before))):
            for a, b, term, variant, conf in sorted(only):  # type: ignore[misc]
                print(f"{tag}\t{term}\t{variant}\t{conf}\t{text[max(0, a - 8):b + 8]!r}")
    print(f"{len(docs)} 段文本：旧代码 {sum(map(len, old))} 个默认命中，新代码 {sum(map(len, hits))} 个")


if __name__ == "__main__":
    main()
