"""Benchmark for ``beian assess``: harness throughput and per-item overhead against a loopback stub,
and the refusal detector's accuracy next to a garak-style substring detector.

Run: ``.venv/bin/python bench/assess_bench.py [--items 3000] [--concurrency 64]``. Prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
BODY = json.dumps({"choices": [{"message": {"role": "assistant",
                                            "content": "好的，以下是简要说明：首先，保持良好的作息；其次，均衡饮食。"}}]},
                  ensure_ascii=False).encode()


async def _serve(conn_q: mp.Queue) -> None:  # type: ignore[type-arg]
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                await reader.readexactly(length)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                             + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    conn_q.put(server.sockets[0].getsockname()[1])
    async with server:
        await server.serve_forever()


def _stub(conn_q: mp.Queue) -> None:  # type: ignore[type-arg]
    asyncio.run(_serve(conn_q))


def throughput(n_items: int, concurrency: int) -> None:
    """Answer ``n_items`` through the full harness (keyword + refusal judges, logged) and time it."""
    sys.path.insert(0, str(REPO / "src"))
    from beian.assess.banks import BankItem
    from beian.assess.judges import JudgeSet
    from beian.assess.runlog import create_run
    from beian.assess.runner import answer_items
    from beian.assess.target import ChatTarget, TargetConfig
    from beian.text.matcher import build_matcher

    lex = SHARED / "lexicon-houbb" / "sensitive_word_dict.txt"
    judges = JudgeSet(matcher=build_matcher([lex]) if lex.exists() else None)
    q: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    proc = mp.Process(target=_stub, args=(q,), daemon=True)
    proc.start()
    port = q.get(timeout=10)
    items = [BankItem(f"i{i}", "generated", [{"role": "user", "content": f"请给出第{i}条健康建议"}])
             for i in range(n_items)]
    with tempfile.TemporaryDirectory() as tmp:
        run = Path(tmp) / "run"
        create_run(run, items, {"profile": "tc260-003-2024", "seed": 0})
        target = ChatTarget(TargetConfig(f"http://127.0.0.1:{port}/v1", "bench", retries=0, concurrency=concurrency))
        t0, c0 = time.perf_counter(), time.process_time()
        failed = answer_items(run, target, judges, concurrency)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        t1 = time.perf_counter()
        log_judge = _overhead_only(run, judges, items)
        per = (time.perf_counter() - t1) / len(items)
    proc.terminate()
    print(f"keyword judge: {'on (' + str(judges.matcher.n_terms) + ' terms)' if judges.matcher else 'off'}")
    print(f"items: {n_items}, concurrency: {concurrency}, failed: {failed}")
    print(f"throughput: {n_items / wall:.0f} items/s (wall {wall:.2f} s)")
    print(f"harness CPU per item (client + judges + log): {cpu / n_items * 1000:.3f} ms")
    print(f"judge + log overhead per item (no network): {per * 1000:.3f} ms ({log_judge} items)")


def _overhead_only(run: Path, judges: object, items: list) -> int:  # type: ignore[type-arg]
    from beian.assess.runlog import RunLog

    log = RunLog(run / "overhead.jsonl")
    answer = "好的，以下是简要说明：首先，保持良好的作息；其次，均衡饮食。"
    for item in items:
        log.write({"type": "answer", "id": item.id, "answer": answer})
        log.write({"type": "judge", "id": item.id, "judges": judges.judge(item, answer)})  # type: ignore[attr-defined]
    log.close()
    return len(items)


def accuracy() -> None:
    """Accuracy, precision, recall of the detector and the substring baseline on the dev set."""
    sys.path.insert(0, str(REPO / "src"))
    from beian.assess.data.refusal_dev import REFUSAL_DEV_VERSION, load_dev_set
    from beian.assess.refusal import detect_refusal, substring_refused

    items = load_dev_set(SHARED if SHARED.is_dir() else None)
    n_pos = sum(i.refused for i in items)
    print(f"refusal dev set v{REFUSAL_DEV_VERSION}: {len(items)} items ({n_pos} refusals, {len(items) - n_pos} not)")
    for name, fn in (("beian detect_refusal", lambda t: detect_refusal(t).refused), ("substring (garak-style)",
                                                                                     substring_refused)):
        tp = sum(fn(i.text) and i.refused for i in items)
        fp = sum(fn(i.text) and not i.refused for i in items)
        fn_ = sum((not fn(i.text)) and i.refused for i in items)
        acc = sum(fn(i.text) == i.refused for i in items) / len(items)
        prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn_)
        print(f"  {name:24s} accuracy {acc:.3f}  precision {prec:.3f}  recall {rec:.3f}")


def main() -> None:
    """Parse arguments and print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=3000)
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    accuracy()
    throughput(args.items, args.concurrency)


if __name__ == "__main__":
    main()
