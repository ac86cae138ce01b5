"""CPU time of one keyword scan of a gateway-sized text, for several code trees in alternating rounds.

Each tree (a ``src`` folder, e.g. one unpacked with ``git archive REV src | tar -x -C DIR``) gets its
own process with the ~108k-term public lexicon (houbb + konsheng) compiled with ``--engine``; the
processes take turns scanning the gateway benchmark's ~384-character prompts, 200 scans a round,
so machine load hits every tree alike. Prints the median and minimum CPU ms per scan per tree.

    .venv/bin/python bench/scan_cost.py --engine auto --rounds 30 /tmp/old/src src
    .venv/bin/python bench/scan_cost.py --engine auto:shards=786432 --rounds 30 /tmp/old/src src

Only ratios within one run mean much on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SCANS_PER_ROUND = 200


def worker(engine: str, lexicon: Path) -> None:
    """Build the matcher, say ``ready``, then answer each ``go`` line with the CPU ms per scan of one round."""
    sys.path.insert(0, str(BENCH))
    import gateway
    from beian.text.lexicon import load_lexicons
    from beian.text.matcher import Matcher

    matcher = Matcher.build(load_lexicons([lexicon]), engine=engine)
    matcher.warm()
    texts = gateway.prompts()
    for text in texts[:100]:
        matcher.scan(text)
    print("ready", flush=True)
    i = 0
    for _ in sys.stdin:
        started = time.process_time()
        for _ in range(SCANS_PER_ROUND):
            matcher.scan(texts[i % len(texts)])
            i += 1
        print((time.process_time() - started) / SCANS_PER_ROUND * 1000, flush=True)


def main() -> None:
    """Start one worker per tree and alternate rounds between them."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", help="src folders to compare")
    parser.add_argument("--engine", default="auto", help="matcher engine option (auto, auto:shards=N)")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--lexicon", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.engine, args.lexicon)
        return
    sys.path.insert(0, str(BENCH))
    from corpora import raw_terms

    lexicon = Path(tempfile.mkdtemp()) / "lexicon.txt"
    lexicon.write_text("\n".join(raw_terms()) + "\n", encoding="utf-8")
    procs = []
    for tree in args.trees:
        env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()))
        proc = subprocess.Popen([sys.executable, __file__, "--worker", "--engine", args.engine, "--lexicon",
                                 str(lexicon), "x"], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        procs.append(proc)
    times: dict[str, list[float]] = {tree: [] for tree in args.trees}
    for _ in range(args.rounds):
        for tree, proc in zip(args.trees, procs):
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            times[tree].append(float(proc.stdout.readline()))
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    for tree, values in times.items():
        print(f"{args.engine}\t{tree}\tmedian {statistics.median(values):.3f} ms\tmin {min(values):.3f} ms"
              f"\trounds {len(values)}")


if __name__ == "__main__":
    main()
