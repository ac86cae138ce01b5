"""``beian scan --json`` end to end against raw hyperscan literal matching, in one run (issue 12 item 5).

    python bench/scan_json_ratio.py --mb 20

The text is the first ``--mb`` MB of the public law corpus (one file, one document); the lexicon is
houbb + konsheng as the command line reads them (19 files, ~108k terms). beian's time is the
command's wall time minus the same command on the text's first 2,000 characters and one line of Latin
letters beside Chinese (start-up: reading the lexicons, loading the cached matcher, and the tables a
process loads on its first hits: jieba's dictionary, pypinyin; until 2026-12-05 a one-line file
without hits, which left those ~0.7 s in the scan time), best of ``--rounds``; its output goes to a file, as a user would write
it. beian runs twice: on one process (``--workers 1``) and as a user gets it by default (every CPU,
``--workers`` left out); the two outputs must be byte for byte the same. Raw hyperscan compiles the same raw terms (at least two characters after folding) as UTF-8
literals and scans the same bytes, recording (id, end) per match; its compile time is left out.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora

BEIAN = Path(sys.executable).with_name("beian")


def law_text(mb: float) -> str:
    """The first ``mb`` MB of the law corpus, whole documents, one text."""
    docs, size = [], 0
    for doc in corpora._jsonl(corpora.DATA / "corpus-china-laws/china_laws.jsonl.gz", "text"):
        docs.append(doc)
        size += len(doc.encode())
        if size >= mb * 1e6:
            break
    return "\n".join(docs)


def run_beian(path: Path, out: Path, workers: int | None = None) -> float:
    """Wall seconds of ``beian scan --json`` on ``path`` (output written to ``out``; ``workers`` None: the default)."""
    args = [str(BEIAN), "scan", "--json", "--no-fail-on-hit", *(["--workers", str(workers)] if workers else [])]
    for lex in corpora.lexicon_paths():
        args += ["-l", str(lex)]
    t0 = time.perf_counter()
    with out.open("w") as fh:
        subprocess.run([*args, str(path)], stdout=fh, check=True)
    return time.perf_counter() - t0


def run_hyperscan(text: str) -> tuple[float, int]:
    """Seconds and match count of raw hyperscan literal matching over ``text``'s UTF-8 bytes."""
    import hyperscan

    from beian.text.normalize import fold_term

    terms = [t for t in corpora.raw_terms() if len(fold_term(t)) >= 2 and "\n" not in t]
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    enc = [t.encode() for t in terms]
    db.compile(expressions=enc, ids=list(range(len(enc))), elements=len(enc), flags=0, literal=True)
    scratch = hyperscan.Scratch(db)
    data = text.encode()
    found: list[tuple[int, int]] = []
    t0 = time.perf_counter()
    db.scan(data, match_event_handler=lambda i, f, t, fl, c: found.append((i, t)), scratch=scratch)
    return time.perf_counter() - t0, len(found)


def main() -> None:
    """Measure both and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=2)
    opts = parser.parse_args()
    text = law_text(opts.mb)
    mb = len(text.encode()) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        big, tiny = Path(tmp) / "law.txt", Path(tmp) / "tiny.txt"
        outs = {w: Path(tmp) / f"out{w}.jsonl" for w in (1, 0)}
        big.write_text(text, encoding="utf-8")
        tiny.write_text(text[:2000] + "\n看 fa轮功 与 ABC公司 的 3.5% 数据。\n", encoding="utf-8")
        run_beian(tiny, outs[1])  # the matcher cache is warm from here on
        startup = min(run_beian(tiny, outs[1]) for _ in range(opts.rounds))
        one = min(run_beian(big, outs[1], 1) for _ in range(opts.rounds))
        default = min(run_beian(big, outs[0]) for _ in range(opts.rounds))
        same = outs[1].read_bytes() == outs[0].read_bytes()
        hits = sum(1 for _ in outs[1].open(encoding="utf-8"))
    raw, raw_hits = min(run_hyperscan(text) for _ in range(opts.rounds))
    from beian.parallel import available_cpus

    one_s, default_s = one - startup, default - startup
    print(json.dumps({
        "mb": round(mb, 1), "beian_startup_s": round(startup, 2), "beian_hits": hits, "outputs_identical": same,
        "beian_one_process_s": round(one_s, 2), "beian_one_process_mb_per_s": round(mb / one_s, 2),
        "cpus": available_cpus(), "beian_default_s": round(default_s, 2), "beian_default_mb_per_s": round(mb / default_s, 2),
        "hyperscan_raw_s": round(raw, 3), "hyperscan_mb_per_s": round(mb / raw, 1), "hyperscan_matches": raw_hits,
        "ratio_one_process": round(raw / one_s, 4), "ratio_default": round(raw / default_s, 4),
    }, ensure_ascii=False))

if __name__ == "__main__":
    main()
