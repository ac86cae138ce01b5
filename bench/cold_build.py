"""Cold ``Matcher.build`` split into its parts, and ``normalize`` per short text and per MB, for several
code trees in alternating rounds.

Each tree (a ``src`` folder, e.g. one unpacked with ``git archive REV src | tar -x -C DIR``, with the
built ``*.so`` files copied beside) gets a fresh process and an empty matcher cache per round (the fold
tables are copied in from ``~/.cache/beian/tables`` when there, so they are not rebuilt). Median over
the rounds. Parts, in CPU seconds of the thread that ran them (``time.thread_time``: the engine and
the cache file may be made in threads of their own): ``pypinyin`` (its import), ``fold`` (every term
folded), ``pinyin`` (syllables of every term), ``engine`` (the search automata), ``patterns``
(everything else in ``compile_lexicon``'s own thread: patterns, term tables), ``save`` (the matcher
cache written). Totals: ``cpu``/``wall`` (``import pypinyin`` plus ``Matcher.build`` until it returns,
CPU of all threads, and wall-clock), ``saved_cpu``/``saved_wall`` (until the cache file is written
too, where a tree writes it in the background). Then ``normalize`` on the gateway benchmark's
~384-character prompts and on 1 MB of law text (C and, where the tree has it, the NumPy fallback;
``--no-normalize`` leaves these out).

    .venv/bin/python bench/cold_build.py --rounds 3 --lexicon /tmp/lex108k.txt /tmp/before/src /tmp/after/src

``--gateway`` times instead how long a cold ``beian serve`` (one app on the lexicon, PII on, an empty
matcher cache, the fold tables copied in) takes until ``/healthz`` answers, per tree.

Only ratios within one run mean much on a shared machine; wall-clock figures there depend on what
else runs, so the rounds alternate between the trees, and the least of each total is printed too (the
round that other work disturbed least).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def _timed(module: object, name: str, acc: dict[str, float], key: str, threads: set[int] | None = None) -> None:
    """Add the CPU time of the thread that runs ``module.name`` to ``acc[key]`` (and its id to ``threads``)."""
    func = getattr(module, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        start = time.thread_time()
        try:
            return func(*args, **kwargs)
        finally:
            acc[key] = acc.get(key, 0.0) + time.thread_time() - start
            if threads is not None:
                threads.add(threading.get_ident())

    setattr(module, name, wrapper)


def _laws_mb() -> str:
    import gzip

    data = Path(os.environ.get("BEIAN_SHARED_DATA", BENCH.parent.parent / "shared" / "data"))
    out, size = [], 0
    with gzip.open(data / "corpus-china-laws/china_laws.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line).get("text") or "")
            size += len(out[-1].encode())
            if size >= 1 << 20:
                break
    return "\n".join(out)


def _per_call(func: object, texts: list[str], repeat: int) -> float:
    """Best of ``repeat`` passes over ``texts``: CPU seconds per text."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            func(text)  # type: ignore[operator]
        best = min(best, (time.process_time() - start) / len(texts))
    return best


def worker(lexicon: Path, engine: str, skip_normalize: bool) -> None:
    """One cold build and the normalize timings, printed as one JSON line."""
    sys.path.insert(0, str(BENCH))
    import beian.text.normalize as norm

    tables = Path.home() / ".cache" / "beian" / "tables" / f"fold-{norm.tables_version()}.npz"
    if tables.exists():
        (norm.cache_dir() / "tables").mkdir(parents=True, exist_ok=True)
        shutil.copy(tables, norm.cache_dir() / "tables" / tables.name)
    acc: dict[str, float] = {}
    start = time.process_time()
    norm.fold_tables()
    acc["tables"] = time.process_time() - start
    import beian.text.compiler as comp
    from beian.text import matcher_cache
    from beian.text.lexicon import load_lexicons
    from beian.text.matcher import Matcher

    lex = load_lexicons([lexicon])
    wall, start = time.perf_counter(), time.process_time()
    import pypinyin  # noqa: F401

    acc["pypinyin"] = time.process_time() - start
    import_wall = time.perf_counter() - wall
    _timed(comp, "_fold_all", acc, "fold")
    _timed(comp, "_tones_all" if hasattr(comp, "_tones_all") else "tone_syllables", acc, "pinyin")
    engine_threads: set[int] = set()
    import beian.text.engines as engines

    if hasattr(engines, "PendingEngine"):  # sorted and built in a thread of its own
        _timed(engines.PendingEngine, "_run", acc, "engine", engine_threads)
    else:
        _timed(comp, "compile_engine", acc, "engine", engine_threads)
    _timed(matcher_cache, "save", acc, "save")
    import beian.text.matcher as matcher_mod

    _timed(matcher_mod, "compile_lexicon", acc, "compile")
    wall, start = time.perf_counter(), time.process_time()
    Matcher.build(lex, engine=engine)
    acc["cpu"] = acc["pypinyin"] + time.process_time() - start
    acc["wall"] = import_wall + time.perf_counter() - wall
    getattr(matcher_cache, "wait_saves", lambda: None)()
    acc["saved_cpu"] = acc["pypinyin"] + time.process_time() - start
    acc["saved_wall"] = import_wall + time.perf_counter() - wall
    in_compile_thread = engine_threads == {threading.get_ident()}
    acc["patterns"] = acc.pop("compile") - acc["fold"] - acc["pinyin"] - (acc["engine"] if in_compile_thread else 0)
    if skip_normalize:
        print(json.dumps(acc))
        return
    import gateway

    prompts, law = gateway.prompts()[:300], _laws_mb()
    acc["normalize_short_us"] = _per_call(norm.normalize, prompts, 5) * 1e6
    acc["normalize_mb_ms"] = _per_call(norm.normalize, [law], 3) * 1e3
    numpy_path = getattr(norm, "_normalize_numpy", None)
    if numpy_path is not None:
        acc["numpy_short_us"] = _per_call(numpy_path, prompts, 5) * 1e6
        acc["numpy_mb_ms"] = _per_call(numpy_path, [law], 3) * 1e3
    print(json.dumps(acc))


def gateway_start(tree: Path, lexicon: Path) -> float:
    """Seconds from launching ``beian serve`` (the tree's code, an empty matcher cache, the fold tables copied
    in) with one app on ``lexicon`` until ``/healthz`` answers."""
    sys.path.insert(0, str(BENCH))
    import gateway

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "cache" / "tables").mkdir(parents=True)
        for table in (Path.home() / ".cache" / "beian" / "tables").glob("fold-*.npz"):
            shutil.copy(table, folder / "cache" / "tables" / table.name)
        terms = lexicon.read_text(encoding="utf-8").splitlines()
        config, port = gateway.write_config(folder, "http://127.0.0.1:9/v1", terms), gateway.free_port()
        env = {**os.environ, "PYTHONPATH": str(tree.resolve()), "BEIAN_CACHE_DIR": str(folder / "cache")}
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "beian", "serve", "--config", str(config), "--port", str(port)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                try:
                    gateway.httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                    return time.perf_counter() - start
                except gateway.httpx.HTTPError:
                    if proc.poll() is not None:
                        raise RuntimeError(f"beian serve ended ({proc.returncode})") from None
                    time.sleep(0.1)
        finally:
            proc.terminate()
            proc.wait(60)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs="+", type=Path, help="src folders to compare")
    ap.add_argument("--lexicon", type=Path, required=True)
    ap.add_argument("--engine", default="auto")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-normalize", action="store_true", help="time the cold build only")
    ap.add_argument("--gateway", action="store_true",
                    help="instead: seconds until a cold `beian serve` with the lexicon answers /healthz")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.lexicon, args.engine, args.no_normalize)
        return
    if args.gateway:
        starts: dict[Path, list[float]] = {tree: [] for tree in args.trees}
        for _ in range(args.rounds):
            for tree in args.trees:
                starts[tree].append(gateway_start(tree, args.lexicon))
        for tree, times in starts.items():
            print(tree, f"gateway cold start median {statistics.median(times):.2f} s, min {min(times):.2f} s:",
                  " ".join(f"{t:.2f}" for t in times))
        return
    results: dict[Path, list[dict[str, float]]] = {tree: [] for tree in args.trees}
    for _ in range(args.rounds):
        for tree in args.trees:
            with tempfile.TemporaryDirectory() as cache:
                env = {**os.environ, "PYTHONPATH": str(tree.resolve()), "BEIAN_CACHE_DIR": cache}
                flags = ["--no-normalize"] if args.no_normalize else []
                out = subprocess.run([sys.executable, __file__, "--worker", "--lexicon", str(args.lexicon),
                                      "--engine", args.engine, *flags, str(tree)], env=env, check=True,
                                     capture_output=True, text=True).stdout
                results[tree].append(json.loads(out.strip().splitlines()[-1]))
    for tree, runs in results.items():
        keys = list(runs[0])
        print(tree, " ".join(f"{k}={statistics.median(r[k] for r in runs):.3g}" for k in keys))
        print(" " * len(str(tree)), "min:", " ".join(f"{k}={min(r[k] for r in runs):.3g}" for k in keys
                                                   if k in ("cpu", "wall", "saved_cpu", "saved_wall")),
              "| wall per round:", " ".join(f"{r['wall']:.2f}" for r in runs))


if __name__ == "__main__":
    main()
