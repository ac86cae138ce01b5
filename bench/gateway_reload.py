"""Keyword hot reload under load: time to effect, request latency meanwhile, memory over many reloads.

Starts the loopback stub and ``beian serve`` with the ~108k-term lexicon (houbb + konsheng from
../shared/data), then:

1. baseline: steady open-loop load (``--rate`` requests per second, 1 KB prompts) for ``--baseline`` s;
2. reloads: the same load while ``--reloads`` keyword changes go through ``POST /admin/keywords``
   every ``--interval`` s (odd: add a new term, even: remove it again). After each change a probe
   request carrying the term is sent until it is blocked (add) or passes (remove): the reload time
   is from sending the change to the first probe answer that shows it;
3. settle: the load goes on until the background full rebuild has swapped in (``/healthz``).

Latency p50/p99 are reported per phase; the gateway's RSS (all its processes) after each reload.
The background rebuild's child compiler is counted apart (it exits when done).

``--stalls`` measures instead, inside one process, how long each step of a reload keeps an asyncio
event loop from running (a 1 ms timer's lateness), beside a reference timer in a separate process:
what the reference also sees is the machine being busy, not the reload.

``--engines`` compiles the same lexicon cold with hyperscan in one database, hyperscan in shards
(the gateway's option) and ahocorasick (the fallback engine), and times each one's largest single
deserialisation, its scan of a few MB of law text (``scan_many``, as ``beian scan --json``) and of
384-character texts one at a time (as the gateway's prompts).

    .venv/bin/python bench/gateway_reload.py --reloads 50 --interval 2 --rate 50 [--workers 2]
    .venv/bin/python bench/gateway_reload.py --stalls
    .venv/bin/python bench/gateway_reload.py --engines [--text-mb 3]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
import psutil
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import raw_terms
from gateway import KEY, TESTS, free_port, prompts, start, write_config

ADMIN = "bench-admin"


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(q * len(xs)))] * 1000, 2) if xs else float("nan")


def _summary(lat: list[float]) -> dict[str, Any]:
    return {"n": len(lat), "p50_ms": _pct(lat, 0.5), "p99_ms": _pct(lat, 0.99),
            "max_ms": round(max(lat) * 1000, 2) if lat else None}


def _rss_mb(pid: int) -> dict[str, float]:
    """The gateway's RSS (the server and its worker processes) and that of a running rebuild child."""
    root = psutil.Process(pid)
    procs = [root, *root.children(recursive=True)]
    serving, child = 0, 0
    for p in procs:
        try:
            rss = p.memory_info().rss
            is_child = "beian.gateway.rebuild" in " ".join(p.cmdline())
        except psutil.Error:
            continue
        if is_child:
            child += rss
        else:
            serving += rss
    return {"gateway": round(serving / 2**20), "rebuild_child": round(child / 2**20)}


class Load:
    """Open-loop load: one request every 1/rate s whatever the answers do; latencies per phase."""

    def __init__(self, url: str, texts: list[str], rate: float) -> None:
        self.url, self.texts, self.rate = url, texts, rate
        self.phase = "warmup"
        self.lat: dict[str, list[float]] = {}
        self.errors = 0
        self._stop = False

    async def run(self, session: aiohttp.ClientSession) -> None:
        tasks: set[asyncio.Task[None]] = set()
        t0, k = time.perf_counter(), 0
        while not self._stop:
            k += 1
            delay = t0 + k / self.rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            task = asyncio.create_task(self._one(session, self.texts[k % len(self.texts)]))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.gather(*tasks)

    async def _one(self, session: aiohttp.ClientSession, text: str) -> None:
        phase = self.phase
        body = {"model": "m", "messages": [{"role": "user", "content": "ECHO:" + text}]}
        t = time.perf_counter()
        try:
            async with session.post(self.url, json=body, headers={"Authorization": f"Bearer {KEY}"}) as r:
                await r.read()
                ok = r.status == 200
        except (aiohttp.ClientError, asyncio.TimeoutError, RuntimeError):
            ok = False
        if ok:
            self.lat.setdefault(phase, []).append(time.perf_counter() - t)
        else:
            self.errors += 1

    def stop(self) -> None:
        self._stop = True


async def _blocked(session: aiohttp.ClientSession, url: str, term: str) -> bool:
    body = {"model": "m", "messages": [{"role": "user", "content": f"ECHO:请问{term}是什么意思"}]}
    async with session.post(url, json=body, headers={"Authorization": f"Bearer {KEY}"}) as r:
        data = await r.json()
    return bool(data["choices"][0]["finish_reason"] == "content_filter")


async def _reload(session: aiohttp.ClientSession, base: str, op: str, term: str) -> float:
    """Seconds from sending the change to the first probe answer that shows it."""
    t = time.perf_counter()
    async with session.post(base + "/admin/keywords", json={"op": op, "terms": [term]},
                            headers={"Authorization": f"Bearer {ADMIN}"}) as r:
        assert r.status == 200, await r.text()
    want = op == "add"
    while True:
        try:
            if await _blocked(session, base + "/v1/chat/completions", term) == want:
                break
        except aiohttp.ClientError:  # a keep-alive connection the server just closed: ask again
            pass
        await asyncio.sleep(0.005)
        if time.perf_counter() - t > 120:
            raise RuntimeError(f"{op} {term} never took effect")
    return time.perf_counter() - t


async def _health(session: aiohttp.ClientSession, base: str) -> dict[str, Any]:
    async with session.get(base + "/healthz") as r:
        return dict(await r.json())


async def scenario(args: argparse.Namespace, base: str, gw_pid: int, texts: list[str]) -> dict[str, Any]:
    load = Load(base + "/v1/chat/completions", texts, args.rate)
    timeout = aiohttp.ClientTimeout(total=60)
    # idle connections are dropped before the server's 5 s keep-alive closes them under a request
    connector = aiohttp.TCPConnector(limit=500, keepalive_timeout=2)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as s, \
            aiohttp.ClientSession(timeout=timeout) as probe:  # probes never queue behind the load
        runner = asyncio.create_task(load.run(s))
        await asyncio.sleep(3)
        load.phase = "baseline"
        rss = {"start": _rss_mb(gw_pid)}
        await asyncio.sleep(args.baseline)
        load.phase = "reloads"
        times: dict[str, list[float]] = {"add": [], "remove": []}
        per_reload = []
        for i in range(args.reloads):
            op = "add" if i % 2 == 0 else "remove"
            term = f"压测热更新词{i // 2:03d}号"
            times[op].append(await _reload(probe, base, op, term))
            per_reload.append(_rss_mb(gw_pid)["gateway"])
            if i == 0:
                rss["after_first_reload"] = _rss_mb(gw_pid)
            await asyncio.sleep(args.interval)
        rss["after_last_reload"] = _rss_mb(gw_pid)
        load.phase = "settle"
        t = time.perf_counter()
        while (await _health(probe, base)).get("keyword_rebuild_pending", False) \
                and time.perf_counter() - t < args.settle_max:
            await asyncio.sleep(0.5)
        settle_s = time.perf_counter() - t
        await asyncio.sleep(3)
        load.phase = "after"
        await asyncio.sleep(args.baseline)
        rss["end"] = _rss_mb(gw_pid)
        health = await _health(probe, base)
        load.stop()
        await runner
    every = times["add"] + times["remove"]
    return {
        "reload_visible_ms": {"all": _summary(every), "add": _summary(times["add"]),
                              "remove": _summary(times["remove"])},
        "latency": {phase: _summary(lat) for phase, lat in load.lat.items() if phase != "warmup"},
        "load_errors": load.errors,
        "rebuild_settle_s_after_last_reload": round(settle_s, 1),
        "rebuild_pending_at_end": health.get("keyword_rebuild_pending"),
        "full_rebuilds_swapped_in": health.get("keyword_rebuilds"),
        "rss_mb": rss, "gateway_rss_mb_after_each_reload": per_reload,
    }


REFERENCE = """
import sys, time
end, last = time.perf_counter() + float(sys.argv[1]), time.perf_counter()
with open(sys.argv[2], "w", buffering=1) as out:
    while time.perf_counter() < end:
        time.sleep(0.001)
        now = time.perf_counter()
        out.write(f"{time.time()} {now - last}\\n")
        last = now
"""


def _first_scans(matcher: Any, text: str, threads: int = 4) -> None:
    """One scan in each of ``threads`` new threads (a request thread's first scan after a swap-in)."""
    import threading

    workers = [threading.Thread(target=matcher.scan, args=(text,)) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def stalls(terms: list[str]) -> dict[str, Any]:
    """Event-loop lateness per reload step in this process, and a reference timer's in another."""
    import gc

    import beian.gateway.lexicons as lx
    from beian.gateway.overlay import KeywordState

    tmp = Path(tempfile.mkdtemp(prefix="beian-stalls-"))
    (tmp / "lexicon.txt").write_text("\n".join(terms) + "\n", encoding="utf-8")
    sample = prompts(1)[0][:384]

    def warm(matchers: dict[str, Any]) -> None:  # as the gateway warms a new matcher: its tables, one scan
        for m in matchers.values():
            for part in (m, getattr(m, "base", None)):
                if hasattr(part, "warm"):
                    part.warm()
            m.scan(sample)

    lex = lx.LiveLexicons({"bench": ([tmp / "lexicon.txt"], [], [])}, warm=warm, rebuild_delay_s=3600)
    warm(lex.live)  # the gateway warms its matchers, then freezes its heap (``app._freeze_heap``), before serving
    gc.collect()
    gc.freeze()
    spans: list[tuple[str, float, float]] = []
    for name in ("compile_in_child", "load_quietly", "retire"):
        def timed(*a: Any, _f: Any = getattr(lx, name), _n: str = name, **k: Any) -> Any:
            t = time.time()
            try:
                return _f(*a, **k)
            finally:
                spans.append((_n, t, time.time()))
        setattr(lx, name, timed)
    lags: list[tuple[float, float]] = []

    async def run() -> None:
        done = asyncio.Event()

        async def tick() -> None:
            last = time.perf_counter()
            while not done.is_set():
                await asyncio.sleep(0.001)
                now = time.perf_counter()
                lags.append((time.time(), now - last))
                last = now
        ticker = asyncio.create_task(tick())
        await asyncio.sleep(2)
        for version, change in enumerate([({"压测新词甲": None}, frozenset()), ({}, frozenset({"法轮功"}))], 1):
            t = time.time()
            await asyncio.to_thread(lex.apply, KeywordState(version, *change))
            spans.append((f"overlay_{version}", t, time.time()))
            await asyncio.sleep(1)
        t = time.time()
        await asyncio.to_thread(lex.rebuild, lex.state)
        spans.append(("rebuild_total", t, time.time()))
        await asyncio.sleep(1)
        t = time.time()
        await asyncio.to_thread(_first_scans, lex.live["bench"], sample)
        spans.append(("first_scans_in_4_new_threads", t, time.time()))
        await asyncio.sleep(1)
        done.set()
        await ticker

    out = tmp / "reference.txt"
    ref = __import__("subprocess").Popen([sys.executable, "-c", REFERENCE, "900", str(out)])
    t0 = time.time()
    asyncio.run(run())
    ref.terminate()
    ref.wait()
    time.sleep(0.5)
    reference = [(float(a), float(b)) for a, b in (line.split() for line in out.read_text().splitlines())
                 if b] if out.exists() else []

    def worst(xs: list[tuple[float, float]], a: float, b: float) -> float | None:
        """The longest wait of a tick whose wait began during [a, b] (the step that caused it)."""
        w = [lag for t, lag in xs if a <= t - lag <= b]
        return round(max(w) * 1000, 1) if w else None

    def when(a: float, b: float) -> float | None:
        """Seconds from the step's start to the start of its longest stall."""
        w = [(lag, t - lag) for t, lag in lags if a <= t - lag <= b]
        return round(max(w)[1] - a, 3) if w else None

    return {"steps": [{"step": n, "seconds": round(b - a, 3), "loop_max_lateness_ms": worst(lags, a, b),
                       "reference_max_lateness_ms": worst(reference, a, b), "worst_began_after_s": when(a, b)}
                      for n, a, b in spans],
            "idle_loop_max_lateness_ms": worst(lags, t0, t0 + 1.9),
            "idle_reference_max_lateness_ms": worst(reference, t0, t0 + 1.9)}


def _law_text(mb: float) -> list[str]:
    """Documents of the law corpus, about ``mb`` MB of UTF-8 in all."""
    import gzip

    from corpora import DATA

    docs, size = [], 0
    with gzip.open(DATA / "corpus-china-laws" / "china_laws.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            text = "".join(v for v in json.loads(line).values() if isinstance(v, str))
            docs.append(text)
            size += len(text.encode())
            if size >= mb * 1e6:
                break
    return docs


def engines(terms: list[str], text_mb: float, rounds: int = 5) -> dict[str, Any]:
    """Cold build, largest single deserialisation, bulk and per-text scan time per engine option."""
    import gc

    import hyperscan

    from beian.gateway.lexicons import load_files
    from beian.text import matcher_cache
    from beian.text.compiler import compile_lexicon
    from beian.text.engines import SHARDED
    from beian.text.matcher import Matcher

    tmp = Path(tempfile.mkdtemp(prefix="beian-engines-"))
    (tmp / "lexicon.txt").write_text("\n".join(terms) + "\n", encoding="utf-8")
    lex = load_files([tmp / "lexicon.txt"], [])
    docs = _law_text(text_mb)
    short = [t[:384] for t in prompts(300)]
    out: dict[str, Any] = {"lexicon_terms": len(terms), "text_mb": round(sum(len(d.encode()) for d in docs) / 1e6, 2),
                           "short_texts": len(short), "rounds": rounds, "engines": []}
    built: list[tuple[str, Any, dict[str, Any]]] = []
    for option in ("auto", SHARDED, "ahocorasick"):
        t = time.perf_counter()
        compiled = compile_lexicon(lex, option)
        row: dict[str, Any] = {"option": option, "cold_build_s": round(time.perf_counter() - t, 1)}
        key = matcher_cache.cache_key(lex, option)
        matcher_cache.save(tmp, key, compiled)
        parts = compiled.main.engine.dump()
        longest = 0.0
        if compiled.main.engine.name == "hyperscan":
            for blob in parts:
                t = time.perf_counter()
                hyperscan.Scratch(hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK))
                longest = max(longest, time.perf_counter() - t)
        t = time.perf_counter()
        m = Matcher(matcher_cache.load(tmp, key), key)  # type: ignore[arg-type]
        row.update(cache_load_s=round(time.perf_counter() - t, 2), engine=m.engine_name, shards=len(parts),
                   main_db_mb=round(sum(map(len, parts)) / 1e6, 1),
                   largest_deserialise_ms=round(longest * 1000, 1))  # one shard's loadb + scratch space
        matcher_cache.path_for(tmp, key).unlink()
        del compiled, parts
        gc.collect()
        m.warm()
        m.scan_many(docs[:2])
        for text in short[:20]:
            m.scan(text)
        built.append((option, m, row))
        print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
    bulk: dict[str, list[float]] = {}
    per: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for _ in range(rounds):  # engines alternate, so a busy moment of the machine hits them alike
        for option, m, _row in built:
            t = time.perf_counter()
            hits[option] = sum(map(len, m.scan_many(docs)))
            bulk.setdefault(option, []).append(time.perf_counter() - t)
            t = time.perf_counter()
            for text in short:
                m.scan(text)
            per.setdefault(option, []).append((time.perf_counter() - t) / len(short))
    for option, _m, row in built:
        b = statistics.median(bulk[option])
        row.update(hits=hits[option], bulk_scan_s=round(b, 2), bulk_mb_per_s=round(out["text_mb"] / b, 2),
                   per_text_ms=round(statistics.median(per[option]) * 1000, 3),
                   per_text_ms_all=[round(x * 1000, 3) for x in per[option]])
        out["engines"].append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reloads", type=int, default=50)
    ap.add_argument("--interval", type=float, default=2.0, help="seconds between keyword changes")
    ap.add_argument("--rate", type=float, default=50, help="steady load, requests per second")
    ap.add_argument("--baseline", type=float, default=20, help="seconds of load before and after the reloads")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--settle-max", type=float, default=600, help="longest wait for the background rebuild")
    ap.add_argument("--stalls", action="store_true", help="event-loop lateness per reload step (no servers)")
    ap.add_argument("--engines", action="store_true", help="cold build and scan time per engine option")
    ap.add_argument("--text-mb", type=float, default=3.0, help="--engines: MB of law text for the bulk scan")
    args = ap.parse_args()
    texts, terms = prompts(), raw_terms()
    if args.engines:
        print(json.dumps(engines(terms, args.text_mb), ensure_ascii=False, indent=2))
        return
    if args.stalls:
        print(json.dumps(stalls(terms), ensure_ascii=False, indent=2))
        return
    tmp = Path(tempfile.mkdtemp(prefix="beian-reload-bench-"))
    sp, gp = free_port(), free_port()
    stub = start([sys.executable, "-c", f"import sys,uvicorn;sys.path.insert(0,{str(TESTS)!r});"
                  "from stub_upstream import create_stub;"
                  f"uvicorn.run(create_stub(),host='127.0.0.1',port={sp},log_level='error')"],
                 f"http://127.0.0.1:{sp}/v1/models")
    cfg_path = write_config(tmp, f"http://127.0.0.1:{sp}/v1", terms)
    cfg = yaml.safe_load(cfg_path.read_text(encoding="utf-8"))
    cfg["admin_token_sha256"] = hashlib.sha256(ADMIN.encode()).hexdigest()
    cfg["apps"][0]["policy"] = {"default": "allow", "categories": {"运营新增": "block"}}  # added terms block
    cfg_path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    t0 = time.perf_counter()
    gw = start([sys.executable, "-m", "beian", "serve", "--config", str(cfg_path), "--port", str(gp),
                "--workers", str(args.workers)], f"http://127.0.0.1:{gp}/healthz")
    startup = time.perf_counter() - t0
    try:
        out = asyncio.run(scenario(args, f"http://127.0.0.1:{gp}", gw.pid, texts))
    finally:
        gw.terminate()
        stub.terminate()
        gw.wait(30)
    report = {"cpu_cores": os.cpu_count(), "lexicon_terms": len(terms), "gateway_workers": args.workers,
              "rate_rps": args.rate, "reloads": args.reloads, "interval_s": args.interval,
              "gateway_startup_s": round(startup, 1), **out,
              "note": "stub, gateway, its rebuild child and the load generator share the same cores"}
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
