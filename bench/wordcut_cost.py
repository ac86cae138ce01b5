"""What the word-boundary check costs: scan throughput and per-request scan time, old and new code side by side.

    python bench/wordcut_cost.py --mb 5                          # this checkout only
    python bench/wordcut_cost.py --mb 5 --old /tmp/base/src      # also an older checkout's src/, same run

Each code version runs in its own subprocess (``PYTHONPATH`` points at its ``src/``), alternating,
``--rounds`` times; the best round counts. Measured with the houbb + konsheng lexicons (~108k terms):
``scan_many`` over the first ``--mb`` MB of the benign corpus (what ``beian scan --json`` does per batch)
and ``scan`` of 1.1 KB review snippets one at a time (what the gateway does per request).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))


def _measure(mb: float) -> dict[str, float]:
    import corpora
    from beian.text.matcher import build_matcher

    docs, size = [], 0
    for doc in corpora.benign_documents(min_mb=mb):
        docs.append(doc)
        size += len(doc.encode())
        if size >= mb * 1e6:
            break
    reviews = [s for s in corpora.review_sentences(3000) if len(s) >= 20]
    requests, buf = [], ""
    for s in reviews:
        buf += s
        if len(buf.encode()) >= 1100:
            requests.append(buf)
            buf = ""
    matcher = build_matcher(corpora.lexicon_paths())
    matcher.scan_many(docs[:50])  # warm the fold tables, jieba and caches
    t = time.perf_counter()
    hits = sum(len(h) for h in matcher.scan_many(docs))
    batch_s = time.perf_counter() - t
    t = time.perf_counter()
    for r in requests:
        matcher.scan(r)
    per_req = (time.perf_counter() - t) / len(requests)
    return {"mb": size / 1e6, "mb_per_s": size / 1e6 / batch_s, "hits": hits, "request_ms": per_req * 1e3,
            "requests": len(requests)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--old", type=Path, help="src/ of the code to compare with")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_measure(args.mb)))
        return
    versions = {"new": BENCH.parent / "src"}
    if args.old:
        versions["old"] = args.old
    best: dict[str, dict[str, float]] = {}
    for _ in range(args.rounds):
        for name, src in versions.items():
            env = {**os.environ, "PYTHONPATH": str(src)}
            out = subprocess.run([sys.executable, __file__, "--child", "--mb", str(args.mb)], env=env,
                                 capture_output=True, text=True, check=True).stdout
            got = json.loads(out.strip().splitlines()[-1])
            if name not in best or got["mb_per_s"] > best[name]["mb_per_s"]:
                best[name] = {**got, "request_ms": min(got["request_ms"], best.get(name, got)["request_ms"])}
    print("| 代码 | 语料 MB | scan_many MB/s | 命中数 | 每请求 scan（1.1 KB）ms |")
    print("|---|---:|---:|---:|---:|")
    for name, r in best.items():
        print(f"| {name} | {r['mb']:.1f} | {r['mb_per_s']:.2f} | {r['hits']} | {r['request_ms']:.3f} |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(best, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
