"""The matcher's multi-literal engines side by side: native (C Aho-Corasick), hyperscan, ahocorasick_rs.

Same patterns for every engine: the main channel of the ~108k-term lexicon as the compiler folds it
(``/tmp/lex108k.txt`` when present, else the benchmark lexicon of ``bench/corpora.py``). For each
engine: compile time, serialised size, load time (hyperscan: ``loadb`` + scratch space; native:
``load`` of its dump; ahocorasick_rs has no serialised form, so loading is a rebuild), and find time
on (a) short gateway texts (the first 384 characters of ``bench/gateway.py`` prompts) and (b) a few
MB of the law corpus, both folded first as the matcher folds them. Rounds alternate between the
engines so a busy moment of a shared machine hits them alike; medians are reported. Then the end
to end effect: ``Matcher.build`` cold (no cache) and ``Matcher.scan`` CPU per short text with the
native engine, hyperscan in one database and hyperscan in the gateway's shards, plus loading each
from the disk cache as the gateway's reload does (``load_quietly``: total time, and the longest a
1 ms ticker thread was held up meanwhile, which is how long a request can wait on the swap-in).

    nice -n 19 .venv/bin/python bench/engine_bench.py [--text-mb 3] [--rounds 5] [--no-e2e]
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from beian.text.compiler import compile_lexicon
from beian.text.engines import SHARD_BYTES, AhoCorasickEngine, Engine, HyperscanEngine, NativeEngine
from beian.text.lexicon import load_lexicons
from beian.text.matcher import Matcher
from beian.text.normalize import normalize
from beian.text.terms import Lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import DATA, lexicon_paths
from gateway import prompts

LEX108K = Path("/tmp/lex108k.txt")


def lexicon() -> Lexicon:
    """The ~108k-term lexicon (or the benchmark lexicon's files)."""
    return load_lexicons([LEX108K] if LEX108K.exists() else lexicon_paths(), errors="replace")


def law_text(mb: float) -> list[str]:
    """Documents of the law corpus, about ``mb`` MB of UTF-8 in all."""
    docs, size = [], 0
    with gzip.open(DATA / "corpus-china-laws" / "china_laws.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            docs.append(text)
            size += len(text.encode())
            if size >= mb * 1e6:
                break
    return docs


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def _loader(engine: Any, parts: list[bytes]) -> Callable[[], Any]:
    """Loading from the serialised form (ahocorasick_rs: a rebuild from the pattern strings)."""
    if engine.name == "native":
        return lambda: NativeEngine.load(parts, engine.char_lens)
    if engine.name == "hyperscan":
        return lambda: HyperscanEngine.load(parts, engine.firsts, engine.char_lens)
    return lambda: AhoCorasickEngine.load(parts)


def build_engines(patterns: list[str]) -> list[tuple[str, Engine, dict[str, Any]]]:
    """Each engine compiled, dumped and loaded once (timed)."""
    out = []
    for name, compile_ in (("native", NativeEngine.compile), ("hyperscan", HyperscanEngine.compile),
                           ("ahocorasick", AhoCorasickEngine.compile)):
        engine, compile_s = _timed(lambda: compile_(patterns))  # noqa: B023
        parts = engine.dump()
        loads = [_timed(_loader(engine, parts))[1] for _ in range(3)]
        row = {"engine": name, "compile_s": round(compile_s, 2), "dump_mb": round(sum(map(len, parts)) / 1e6, 1),
               "load_ms": round(min(loads) * 1000, 1)}
        print(json.dumps(row), file=sys.stderr, flush=True)
        out.append((name, engine, row))
        del parts
        gc.collect()
    return out


def find_rounds(engines: list[tuple[str, Engine, dict[str, Any]]], short: list[Any], bulk: list[Any],
                rounds: int) -> None:
    """Median find time per short text and per MB of bulk text, rounds alternating between engines."""
    per: dict[str, list[float]] = {}
    mbs: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    size = sum(len(t.encode()) for t, _ in bulk) / 1e6
    for _ in range(rounds):
        for name, engine, _row in engines:
            t = time.perf_counter()
            for text, cps in short:
                engine.find(text, cps)
            per.setdefault(name, []).append((time.perf_counter() - t) / len(short))
            t = time.perf_counter()
            hits[name] = sum(int(engine.find(text, cps)[0].size) for text, cps in bulk)
            mbs.setdefault(name, []).append(size / (time.perf_counter() - t))
    for name, _engine, row in engines:
        row.update(short_find_us=round(statistics.median(per[name]) * 1e6, 1),
                   bulk_mb_per_s=round(statistics.median(mbs[name]), 1), bulk_hits=hits[name])


def _cache_load(tmp: Path, key: str) -> tuple[float, float]:
    """Seconds to load a cached matcher as the gateway does (``load_quietly``), and the longest a 1 ms
    ticker thread waited meanwhile beyond its 1 ms (how long the interpreter lock was held in one go)."""
    from beian.gateway.rebuild import load_quietly

    lags: list[float] = []
    done = threading.Event()

    def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.001)
            now = time.perf_counter()
            lags.append(now - last - 0.001)
            last = now

    ticker = threading.Thread(target=tick)
    ticker.start()
    time.sleep(0.05)
    t = time.perf_counter()
    matcher = load_quietly(tmp, key)
    took = time.perf_counter() - t
    done.set()
    ticker.join()
    gc.unfreeze()
    assert matcher is not None
    return took, max(lags)


def end_to_end(lex: Lexicon, short: list[str], rounds: int) -> list[dict[str, Any]]:
    """Matcher.build cold, cache load and scan CPU per short text: native vs hyperscan (one database and
    the gateway's shards)."""
    rows: list[dict[str, Any]] = []
    matchers = []
    for engine in ("native", "hyperscan", f"hyperscan:shards={SHARD_BYTES}"):
        tmp = Path(tempfile.mkdtemp(prefix="beian-engine-bench-"))
        m, cold = _timed(lambda: Matcher.build(lex, cache_dir=tmp, engine=engine))  # noqa: B023
        load, step = _cache_load(tmp, m.key)
        for path in tmp.iterdir():
            path.unlink()
        tmp.rmdir()
        m.warm()
        for text in short[:20]:
            m.scan(text)
        row: dict[str, Any] = {"engine": engine, "matcher_build_cold_s": round(cold, 1), "cache_load_s": round(load, 2),
               "cache_load_max_stall_ms": round(step * 1000, 1)}
        print(json.dumps(row), file=sys.stderr, flush=True)
        rows.append(row)
        matchers.append(m)
        gc.collect()
    cpu: dict[str, list[float]] = {}
    for _ in range(rounds):
        for row, m in zip(rows, matchers):
            t = time.process_time()
            for text in short:
                m.scan(text)
            cpu.setdefault(row["engine"], []).append((time.process_time() - t) / len(short))
    for row, m in zip(rows, matchers):
        row["scan_cpu_ms_per_text"] = round(statistics.median(cpu[row["engine"]]) * 1000, 3)
        row["hits_on_short_texts"] = sum(len(m.scan(t)) for t in short)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text-mb", type=float, default=3.0, help="MB of law text for the bulk find")
    ap.add_argument("--short", type=int, default=300, help="short texts (384 characters each)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-e2e", action="store_true", help="engines only, no Matcher.build / scan")
    args = ap.parse_args()
    lex = lexicon()
    patterns = compile_lexicon(lex, "native").main.sorted_patterns
    short_raw = [t[:384] for t in prompts(args.short)]
    fold = [normalize(t) for t in short_raw]
    short = [(n.text, n.cps) for n in fold]
    bulk = [(n.text, n.cps) for n in map(normalize, law_text(args.text_mb))]
    out: dict[str, Any] = {"terms": len(lex.terms), "patterns": len(patterns), "short_texts": len(short),
                           "bulk_mb": round(sum(len(t.encode()) for t, _ in bulk) / 1e6, 2), "rounds": args.rounds}
    engines = build_engines(patterns)
    find_rounds(engines, short, bulk, args.rounds)
    out["engines"] = [row for _n, _e, row in engines]
    del engines
    gc.collect()
    if not args.no_e2e:
        out["end_to_end"] = end_to_end(lex, short_raw, args.rounds)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
