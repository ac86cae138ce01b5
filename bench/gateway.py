"""Gateway benchmark: the same load direct to a loopback stub and through ``beian serve``.

1 KB prompts and answers (the stub echoes the prompt), a ~100k-term lexicon
(houbb + konsheng from ../shared/data), N concurrent clients. Reports added
latency p50/p99, the throughput ratio and the streaming time-to-first-token
added. The stub, the gateway and the load generator share the machine's cores.

    .venv/bin/python bench/gateway.py --seconds 10 --clients 50
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
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


async def load(url: str, headers: dict[str, str], texts: list[str], clients: int, seconds: float) -> dict[str, Any]:
    lat: list[float] = []
    errors, blocked = 0, 0
    end = time.perf_counter() + seconds
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=clients * 2), timeout=30) as c:
        async def worker(i: int) -> None:
            nonlocal errors, blocked
            k = i
            while time.perf_counter() < end:
                body = {"model": "m", "messages": [{"role": "user", "content": "ECHO:" + texts[k % len(texts)]}]}
                k += clients
                t0 = time.perf_counter()
                try:
                    r = await c.post(url, json=body, headers=headers)
                except httpx.HTTPError:
                    errors += 1
                    continue
                lat.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    errors += 1
                elif r.json()["choices"][0]["finish_reason"] == "content_filter":
                    blocked += 1
        await asyncio.gather(*(worker(i) for i in range(clients)))
    lat.sort()
    pick = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000) if lat else (lambda q: float("nan"))
    return {"n": len(lat), "rps": len(lat) / seconds, "p50_ms": pick(0.5), "p99_ms": pick(0.99),
            "errors": errors, "blocked": blocked}


async def ttft(url: str, headers: dict[str, str], texts: list[str], n: int) -> float:
    """Median time to the first non-empty content chunk (ms)."""
    out = []
    async with httpx.AsyncClient(timeout=30) as c:
        for i in range(n):
            body = {"model": "m", "stream": True, "stub_chunk": 8,
                    "messages": [{"role": "user", "content": "ECHO:" + texts[i % len(texts)]}]}
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
         seconds: float, audit_db: Path) -> dict[str, Any]:
    """Load in 30-second slices; record the gateway's RSS per slice; compare 200s with audit rows."""
    import sqlite3

    import psutil

    proc = psutil.Process(gw.pid)
    slices, ok, errors = [], 0, 0
    for _ in range(max(1, int(seconds // 30))):
        r = asyncio.run(load(url, headers, texts, clients, 30))
        ok += r["n"] - r["errors"]
        errors += r["errors"]
        slices.append({"rps": round(r["rps"], 1), "errors": r["errors"], "rss_mb": round(proc.memory_info().rss / 2**20)})
    with sqlite3.connect(audit_db) as db:
        rows = db.execute("select count(*) from audit_log").fetchone()[0]
    return {"seconds": seconds, "clients": clients, "ok_responses": ok, "errors": errors,
            "audit_rows": rows, "audit_rows_minus_ok": rows - ok, "slices": slices}


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--ttft-n", type=int, default=30)
    ap.add_argument("--soak", type=float, default=0,
                    help="soak test instead: load for this many seconds, then check memory and audit records")
    args = ap.parse_args()
    texts = prompts()
    terms = raw_terms()
    tmp = Path(tempfile.mkdtemp(prefix="beian-gw-bench-"))
    sp, gp = free_port(), free_port()
    stub = start([sys.executable, "-c", "import uvicorn;from beian.gateway.stub import create_stub;"
                  f"uvicorn.run(create_stub(),host='127.0.0.1',port={sp},log_level='error')"],
                 f"http://127.0.0.1:{sp}/v1/models")
    cfg = write_config(tmp, f"http://127.0.0.1:{sp}/v1", terms)
    t0 = time.perf_counter()
    gw = start([sys.executable, "-m", "beian", "serve", "--config", str(cfg), "--port", str(gp)],
               f"http://127.0.0.1:{gp}/healthz")
    startup = time.perf_counter() - t0
    try:
        direct_url, gw_url = f"http://127.0.0.1:{sp}/v1/chat/completions", f"http://127.0.0.1:{gp}/v1/chat/completions"
        hdr = {"Authorization": f"Bearer {KEY}"}
        if args.soak:
            print(json.dumps(soak(gw, gw_url, hdr, texts, args.clients, args.soak, tmp / "audit.db"),
                             ensure_ascii=False, indent=2))
            return
        asyncio.run(load(gw_url, hdr, texts, 4, 1))  # warm-up
        direct = asyncio.run(load(direct_url, {}, texts, args.clients, args.seconds))
        via = asyncio.run(load(gw_url, hdr, texts, args.clients, args.seconds))
        one_direct = asyncio.run(load(direct_url, {}, texts, 1, 3))
        one_via = asyncio.run(load(gw_url, hdr, texts, 1, 3))
        t_direct = asyncio.run(ttft(direct_url, {}, texts, args.ttft_n))
        t_via = asyncio.run(ttft(gw_url, hdr, texts, args.ttft_n))
    finally:
        gw.terminate()
        stub.terminate()
    report = {
        "cpu_cores": os.cpu_count(), "lexicon_terms": len(terms), "prompt_bytes": sum(len(t.encode()) for t in texts)
        // len(texts), "clients": args.clients, "seconds_per_phase": args.seconds,
        "gateway_startup_s": round(startup, 1), "direct": direct, "gateway": via,
        "added_p50_ms": round(via["p50_ms"] - direct["p50_ms"], 2),
        "added_p99_ms": round(via["p99_ms"] - direct["p99_ms"], 2),
        "throughput_ratio": round(via["rps"] / direct["rps"], 3) if direct["rps"] else None,
        "added_p50_ms_1_client": round(one_via["p50_ms"] - one_direct["p50_ms"], 2),
        "added_p99_ms_1_client": round(one_via["p99_ms"] - one_direct["p99_ms"], 2),
        "ttft_direct_ms": round(t_direct, 2), "ttft_gateway_ms": round(t_via, 2),
        "ttft_added_ms": round(t_via - t_direct, 2),
        "note": "stub, gateway and load generator share the same cores; one gateway worker",
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
