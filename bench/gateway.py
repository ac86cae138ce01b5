"""Gateway benchmark: the same load direct to a loopback stub and through ``beian serve``.

1 KB prompts and answers (the stub echoes the prompt), a ~100k-term lexicon
(houbb + konsheng from ../shared/data), N concurrent clients. Phases, each
direct to the stub and through the gateway in the same run:

* saturating: N clients send back to back; throughput ratio and CPU ms per request per process;
* paced: the stub waits about ``--delay-ms`` (0.5–1.5x, seeded) before answering, like a model;
  latencies are taken net of each request's own delay; added p50/p99 at the same number of clients;
* one client: the gateway's added latency without queueing;
* time to first token, with an instant and a paced (``--chunk-delay-ms`` per 8 characters) stream.

Latency percentiles leave out each client's first request in a phase: all clients start at
once, so those requests measure the start-up burst (and opening the connections), not the
steady state. Their median is reported apart as ``first_request_p50_ms``; throughput counts
every request.

The stub, the gateway and the load generator share the machine's cores.

    .venv/bin/python bench/gateway.py --seconds 10 --clients 50 [--workers 2] [--client httpx]
    .venv/bin/python bench/gateway.py --soak 600 --clients 50
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import raw_terms, review_sentences

TESTS = Path(__file__).resolve().parents[1] / "tests"  # the stub upstream lives with the tests
KEY = "sk-bench"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(args: list[str], health: str, timeout: float = 300) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            httpx.get(health, timeout=1)
            return proc
        except httpx.HTTPError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "failed") from None
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"{health} did not come up")


def prompts(n: int = 200) -> list[str]:
    """~1 KB (UTF-8) benign prompts built from real review sentences."""
    sents, out, cur = review_sentences(4000), [], ""
    for s in sents:
        cur += s
        if len(cur.encode()) >= 1000:
            out.append(cur)
            cur = ""
            if len(out) >= n:
                break
    return out


def _body(text: str, extra: dict[str, Any], k: int = 0) -> tuple[dict[str, Any], float]:
    """A chat request and the stub's delay for it. A ``stub_delay`` is spread over 0.5–1.5x (seeded
    by ``k``) so clients do not move in lockstep and arrive in bursts, as they would not with a real
    model; latencies are reported with each request's own delay taken off."""
    body = {"model": "m", "messages": [{"role": "user", "content": "ECHO:" + text}], **extra}
    delay = 0.0
    if "stub_delay" in extra:
        delay = body["stub_delay"] = extra["stub_delay"] * random.Random(k).uniform(0.5, 1.5)
    return body, delay


class _Recorder:
    """Latencies and outcomes of one load phase."""

    def __init__(self) -> None:
        self.lat: list[float] = []
        self.first: list[float] = []  # each client's first request: it also opens the connection(s)
        self.errors: dict[str, int] = {}
        self.blocked = 0

    def fail(self, why: str) -> None:
        self.errors[why] = self.errors.get(why, 0) + 1

    def done(self, t0: float, status: int, data: bytes, delay: float, first: bool = False) -> None:
        (self.first if first else self.lat).append(time.perf_counter() - t0 - delay)
        if status != 200:
            self.fail(f"http_{status}")
        elif json.loads(data)["choices"][0]["finish_reason"] == "content_filter":
            self.blocked += 1

    def report(self, seconds: float) -> dict[str, Any]:
        lat = sorted(self.lat)
        pick = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000) if lat else (lambda q: float("nan"))
        n = len(lat) + len(self.first)
        first = sorted(self.first)
        return {"n": n, "rps": round(n / seconds, 1), "p50_ms": round(pick(0.5), 2),
                "first_request_p50_ms": round(first[len(first) // 2] * 1000, 2) if first else None,
                "p99_ms": round(pick(0.99), 2), "errors": sum(self.errors.values()), "error_kinds": self.errors,
                "blocked": self.blocked}


async def _load_aiohttp(url: str, headers: dict[str, str], texts: list[str], clients: int, end: float,
                        extra: dict[str, Any], rec: _Recorder) -> None:
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=clients * 2), timeout=timeout) as s:
        async def worker(k: int) -> None:
            while time.perf_counter() < end:
                body, delay = _body(texts[k % len(texts)], extra, k)
                data = json.dumps(body, ensure_ascii=False).encode()
                k += clients
                t0 = time.perf_counter()
                try:
                    async with s.post(url, data=data, headers={**headers, "content-type": "application/json"}) as r:
                        rec.done(t0, r.status, await r.read(), delay, first=k < clients * 2)
                except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                    rec.fail(type(exc).__name__)
        await asyncio.gather(*(worker(i) for i in range(clients)))


async def _load_httpx(url: str, headers: dict[str, str], texts: list[str], clients: int, end: float,
                      extra: dict[str, Any], rec: _Recorder) -> None:
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=clients * 2), timeout=30) as c:
        async def worker(k: int) -> None:
            while time.perf_counter() < end:
                body, delay = _body(texts[k % len(texts)], extra, k)
                k += clients
                t0 = time.perf_counter()
                try:
                    r = await c.post(url, json=body, headers=headers)
                except httpx.HTTPError as exc:
                    rec.fail(type(exc).__name__)
                    continue
                rec.done(t0, r.status_code, r.content, delay, first=k < clients * 2)
        await asyncio.gather(*(worker(i) for i in range(clients)))


async def load(url: str, headers: dict[str, str], texts: list[str], clients: int, seconds: float,
               client: str = "aiohttp", extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Closed loop: ``clients`` workers send requests back to back for ``seconds``."""
    rec = _Recorder()
    run = _load_aiohttp if client == "aiohttp" else _load_httpx
    await run(url, headers, texts, clients, time.perf_counter() + seconds, extra or {}, rec)
    return rec.report(seconds)


def cpu_ms(procs: dict[str, tuple[int, bool]]) -> dict[str, float]:
    """CPU seconds (user + system) so far per named process, its children too when flagged."""
    import psutil

    out = {}
    for name, (pid, children) in procs.items():
        ps = [psutil.Process(pid), *(psutil.Process(pid).children(recursive=True) if children else [])]
        out[name] = sum(p.cpu_times().user + p.cpu_times().system for p in ps)
    return out


def measured(procs: dict[str, tuple[int, bool]], url: str, headers: dict[str, str], texts: list[str], clients: int,
             seconds: float, client: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """One load phase plus the CPU milliseconds each process spent per request."""
    before = cpu_ms(procs)
    r = asyncio.run(load(url, headers, texts, clients, seconds, client, extra))
    after = cpu_ms(procs)
    r["cpu_ms_per_request"] = {k: round((after[k] - before[k]) * 1000 / max(r["n"], 1), 3) for k in procs}
    return r


async def ttft(url: str, headers: dict[str, str], texts: list[str], n: int,
               extra: dict[str, Any] | None = None) -> float:
    """Median time to the first non-empty content chunk (ms)."""
    out = []
    async with httpx.AsyncClient(timeout=60) as c:
        for i in range(n):
            body, _ = _body(texts[i % len(texts)], {"stream": True, "stub_chunk": 8, **(extra or {})})
            t0 = time.perf_counter()
            async with c.stream("POST", url, json=body, headers=headers) as r:
                lines = r.aiter_lines()
                async for line in lines:
                    if line.startswith("data: {") and json.loads(line[6:])["choices"][0]["delta"].get("content"):
                        out.append(time.perf_counter() - t0)
                        break
                async for _ in lines:
                    pass
    out.sort()
    return out[len(out) // 2] * 1000 if out else float("nan")


def soak(gw: subprocess.Popen[bytes], url: str, headers: dict[str, str], texts: list[str], clients: int,
         seconds: float, audit_db: Path, client: str) -> dict[str, Any]:
    """Load in 30-second slices; record the gateway's RSS per slice; compare 200s with audit rows."""
    import sqlite3

    import psutil

    procs = [psutil.Process(gw.pid), *psutil.Process(gw.pid).children(recursive=True)]
    slices, ok, errors, kinds = [], 0, 0, {}
    for _ in range(max(1, int(seconds // 30))):
        r = asyncio.run(load(url, headers, texts, clients, 30, client))
        ok += r["n"] - r["errors"]
        errors += r["errors"]
        for k, v in r["error_kinds"].items():
            kinds[k] = kinds.get(k, 0) + v
        rss = sum(p.memory_info().rss for p in procs) / 2**20
        slices.append({"rps": r["rps"], "errors": r["errors"], "rss_mb": round(rss)})
    with sqlite3.connect(audit_db) as db:
        rows = db.execute("select count(*) from audit_log").fetchone()[0]
    return {"seconds": seconds, "clients": clients, "client": client, "ok_responses": ok, "errors": errors,
            "error_kinds": kinds, "audit_rows": rows, "audit_rows_minus_ok": rows - ok, "slices": slices}


def write_config(tmp: Path, stub_url: str, terms: list[str]) -> Path:
    (tmp / "lexicon.txt").write_text("\n".join(terms) + "\n", encoding="utf-8")
    cfg = {"upstreams": {"stub": {"base_url": stub_url}},
           "apps": [{"name": "bench", "key_sha256": hashlib.sha256(KEY.encode()).hexdigest(), "upstream": "stub",
                     "lexicons": ["lexicon.txt"], "pii": True,
                     # the raw public lists hit ordinary words in most benign texts; "allow" keeps every
                     # request on the full path (input scan, upstream, output scan, audit) so the cost is measured
                     "policy": {"default": "allow"}}],
           "audit": {"url": "sqlite:///audit.db"}, "max_body_bytes": 100000,
           "label": {"producer_code": "001191110102MAD55U9H0F10002"}}
    path = tmp / "gateway.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


def _servers(tmp: Path, terms: list[str], workers: int) -> tuple[subprocess.Popen[bytes], subprocess.Popen[bytes],
                                                                  str, str, float]:
    sp, gp = free_port(), free_port()
    stub = start([sys.executable, "-c", f"import sys,uvicorn;sys.path.insert(0,{str(TESTS)!r});"
                  "from stub_upstream import create_stub;"
                  f"uvicorn.run(create_stub(),host='127.0.0.1',port={sp},log_level='error')"],
                 f"http://127.0.0.1:{sp}/v1/models")
    cfg = write_config(tmp, f"http://127.0.0.1:{sp}/v1", terms)
    t0 = time.perf_counter()
    gw = start([sys.executable, "-m", "beian", "serve", "--config", str(cfg), "--port", str(gp),
                "--workers", str(workers)], f"http://127.0.0.1:{gp}/healthz")
    return stub, gw, f"http://127.0.0.1:{sp}", f"http://127.0.0.1:{gp}", time.perf_counter() - t0


def _added(via: dict[str, Any], direct: dict[str, Any]) -> dict[str, float]:
    return {"added_p50_ms": round(via["p50_ms"] - direct["p50_ms"], 2),
            "added_p99_ms": round(via["p99_ms"] - direct["p99_ms"], 2)}


def run_all(args: argparse.Namespace, stub_url: str, gw_url: str, procs: dict[str, tuple[int, bool]], texts: list[str]
            ) -> dict[str, Any]:
    """Saturating, paced and single-client phases plus time to first token."""
    direct_url, via_url = stub_url + "/v1/chat/completions", gw_url + "/v1/chat/completions"
    hdr = {"Authorization": f"Bearer {KEY}"}
    asyncio.run(load(via_url, hdr, texts, 4, 1, args.client))  # warm-up
    sat_d = measured(procs, direct_url, {}, texts, args.clients, args.seconds, args.client)
    sat_g = measured(procs, via_url, hdr, texts, args.clients, args.seconds, args.client)
    paced = {"stub_delay": args.delay_ms / 1000}
    pace_d = measured(procs, direct_url, {}, texts, args.clients, args.seconds, args.client, paced)
    pace_g = measured(procs, via_url, hdr, texts, args.clients, args.seconds, args.client, paced)
    one_d = measured(procs, direct_url, {}, texts, 1, 3, args.client)
    one_g = measured(procs, via_url, hdr, texts, 1, 3, args.client)
    chunk_pace = {"stub_chunk_delay": args.chunk_delay_ms / 1000}
    t = {"direct": asyncio.run(ttft(direct_url, {}, texts, args.ttft_n)),
         "gateway": asyncio.run(ttft(via_url, hdr, texts, args.ttft_n)),
         "direct_paced": asyncio.run(ttft(direct_url, {}, texts, 10, chunk_pace)),
         "gateway_paced": asyncio.run(ttft(via_url, hdr, texts, 10, chunk_pace))}
    return {
        "saturating": {"direct": sat_d, "gateway": sat_g,
                       "throughput_ratio": round(sat_g["rps"] / sat_d["rps"], 3) if sat_d["rps"] else None},
        f"paced_upstream_{args.delay_ms}ms": {"direct": pace_d, "gateway": pace_g, **_added(pace_g, pace_d)},
        "one_client": {"direct": one_d, "gateway": one_g, **_added(one_g, one_d)},
        "ttft_ms": {k: round(v, 2) for k, v in t.items()},
        "ttft_added_ms": round(t["gateway"] - t["direct"], 2),
        f"ttft_added_ms_paced_{args.chunk_delay_ms}ms_per_8_chars": round(t["gateway_paced"] - t["direct_paced"], 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--workers", type=int, default=1, help="gateway worker processes")
    ap.add_argument("--client", choices=("aiohttp", "httpx"), default="aiohttp",
                    help="load generator (httpx is what the OpenAI Python SDK uses; it costs ~20x the CPU)")
    ap.add_argument("--delay-ms", type=int, default=200, help="upstream answer delay in the paced phase")
    ap.add_argument("--chunk-delay-ms", type=int, default=20, help="delay between 8-character chunks (paced TTFT)")
    ap.add_argument("--ttft-n", type=int, default=30)
    ap.add_argument("--soak", type=float, default=0,
                    help="soak test instead: load for this many seconds, then check memory and audit records")
    args = ap.parse_args()
    texts, terms = prompts(), raw_terms()
    tmp = Path(tempfile.mkdtemp(prefix="beian-gw-bench-"))
    stub, gw, stub_url, gw_url, startup = _servers(tmp, terms, args.workers)
    procs = {"stub": (stub.pid, False), "gateway": (gw.pid, True), "load_generator": (os.getpid(), False)}
    try:
        if args.soak:
            out = soak(gw, gw_url + "/v1/chat/completions", {"Authorization": f"Bearer {KEY}"}, texts,
                       args.clients, args.soak, tmp / "audit.db", args.client)
        else:
            out = run_all(args, stub_url, gw_url, procs, texts)
    finally:
        gw.terminate()
        stub.terminate()
        gw.wait(30)
    report = {"cpu_cores": os.cpu_count(), "lexicon_terms": len(terms),
              "prompt_bytes": sum(len(t.encode()) for t in texts) // len(texts), "clients": args.clients,
              "gateway_workers": args.workers, "load_generator": args.client, "seconds_per_phase": args.seconds,
              "gateway_startup_s": round(startup, 1), **out,
              "note": "stub, gateway and load generator share the same cores"}
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
