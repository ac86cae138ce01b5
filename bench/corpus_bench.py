"""``beian corpus scan`` throughput on the shared corpora with the ~100k-term public lexicon.

    python bench/corpus_bench.py                       # 1 and 2 Ray workers, then the one-core comparison
    python bench/corpus_bench.py --workers 1,2,4 --json out.json
    python bench/corpus_bench.py --classifier --sample 20000   # the classifier's cost and flag rates only

Each worker count runs in its own process with a fresh embedded Ray (``ray.init(num_cpus=N)``),
one source per ``corpus-*`` folder of ../shared/data, houbb + konsheng lexicons (compiled once
before timing, so every run loads the cached matcher). Measured: Ray start-up, scan time,
records/s and MB/s (uncompressed UTF-8 text) overall and per worker, peak RSS per worker.
For comparison the same keyword filtering is run with datatrove's ``C4BadWordsFilter`` (its
Chinese mode: one ``re`` alternation of the word list, no word boundaries) given the same terms,
against beian's matcher on the same records, both on one core. An estimate for 1 TB follows
from the measured per-worker MB/s.

``--classifier`` measures the offline harm baseline per record (``--classifier-kind baseline
--classifier-model harm-baseline``): the same scan of the first ``--sample`` records of every
corpus with and without it (records/s), its flag rate per source, its one-core cost per record
(batched as the scan does, and one call per record as ``assess`` does), and its flag rate on the
offensive and the safe comments of COLD (test split), to show whether it separates them.
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

TB_MB = 1_000_000


def _sources() -> list[str]:
    return [str(p) for p in sorted(corpora.DATA.glob("corpus-*")) if p.is_dir()]


def one_run(workers: int, run: Path, sources: list[str] | None = None, classifier: bool = False) -> dict[str, object]:
    """Scan every shared corpus (or ``sources``) with ``workers`` Ray workers (called in a child process)."""
    from beian.corpus.classify import spec_from_options
    from beian.corpus.config import sources_from_paths
    from beian.corpus.engine import start_ray
    from beian.corpus.scan import ScanOptions, run_scan

    t0 = time.perf_counter()
    start_ray(None, workers)
    t1 = time.perf_counter()
    spec = spec_from_options("baseline", None, "harm-baseline", None) if classifier else None
    opts = ScanOptions(lexicons=corpora.lexicon_paths(), allow=[], classifier=spec)
    result = run_scan(sources_from_paths(sources or _sources()), run, opts, workers=workers, address=None)
    t2 = time.perf_counter()
    blocks = [json.loads(p.read_text()) for p in (run / "blocks").glob("*.json")]
    rss: dict[int, int] = {}
    for b in blocks:
        rss[b["worker"]] = max(rss.get(b["worker"], 0), b["worker_peak_rss_mb"])
    ov = result["overall"]
    scan = t2 - t1
    return {"workers": workers, "ray_start_s": round(t1 - t0, 1), "scan_s": round(scan, 1),
            "records": ov["records"], "mb": round(ov["bytes"] / 1e6, 1),
            "records_per_s": round(ov["records"] / scan), "mb_per_s": round(ov["bytes"] / 1e6 / scan, 2),
            "mb_per_s_per_worker": round(ov["bytes"] / 1e6 / scan / workers, 2),
            "worker_peak_rss_mb": sorted(rss.values()), "keyword_hit_rate": ov["keyword_hits"]["rate"],
            "blocks": len(blocks), "technical_method": result["technical_method"],
            "classifier_flag_rate": {s["name"]: s["classifier"]["rate"] for s in result["sources"] if s["classifier"]}}


def _child(workers: int, sources: list[str] | None = None, classifier: bool = False) -> dict[str, object]:
    extra = ["--sources", json.dumps(sources)] if sources else []
    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as tmp:
        out = subprocess.run([sys.executable, __file__, "--one", str(workers), "--run", str(Path(tmp) / "run"),
                              *extra, *(["--with-classifier"] if classifier else [])],
                             capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def sample_corpora(folder: Path, per_source: int) -> list[str]:
    """The first ``per_source`` records of every shared corpus (read by beian's own readers) as JSONL folders."""
    from beian.corpus.config import sources_from_paths
    from beian.corpus.engine import _read_block
    from beian.corpus.plan import blocks_of, make_plan

    out = []
    for src in sources_from_paths(_sources()):
        plan = make_plan([src], {}, 1 << 20)
        texts: list[str] = []
        for block in blocks_of(plan):
            if len(texts) >= per_source:
                break
            texts += [t for _, t in _read_block(block, plan["files"][block.file], None).records]
        (folder / src.name).mkdir(parents=True)
        lines = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts[:per_source])
        (folder / src.name / "part.jsonl").write_text(lines, encoding="utf-8")
        out.append(str(folder / src.name))
    return out


def classifier_cost(per_source: int, workers: int) -> dict[str, object]:
    """The harm baseline's cost in the scan (with and without it, same records) and what it flags."""
    with tempfile.TemporaryDirectory(prefix="corpus-bench-sample-") as tmp:
        folders = sample_corpora(Path(tmp), per_source)
        runs = [_child(workers, folders, classifier=flag) for flag in (False, True)]
    return {"per_source": per_source, "workers": workers, "runs": runs, "one_core": _baseline_one_core(),
            "cold_test": _baseline_on_cold()}


def _baseline_one_core(n: int = 2000) -> dict[str, object]:
    """µs per record on one core: batched as the scan does, and one call per record as ``assess`` does."""
    from beian.assess.learn import HARM_BASELINE, JudgeModel, LearnedHarmClassifier
    from beian.corpus.classify import baseline_probabilities

    model = JudgeModel.load(Path(HARM_BASELINE))
    one = LearnedHarmClassifier(model)
    baseline_probabilities(model, ["预热"])  # imports scikit-learn outside the timing
    one.classify("预热")
    out: dict[str, object] = {}
    for name, docs in (("reviews", corpora.review_sentences(n)[:n]), ("long_documents", _records(5.0)[:n])):
        t0 = time.perf_counter()
        baseline_probabilities(model, docs)
        batch = time.perf_counter() - t0
        t0 = time.perf_counter()
        for d in docs:
            one.classify(d)
        single = time.perf_counter() - t0
        out[name] = {"records": len(docs), "batched_us_per_record": round(batch / len(docs) * 1e6),
                     "per_call_us_per_record": round(single / len(docs) * 1e6)}
    return out


def _baseline_on_cold() -> dict[str, object]:
    import csv
    import gzip

    from beian.assess.learn import HARM_BASELINE, JudgeModel
    from beian.corpus.classify import baseline_probabilities

    with gzip.open(corpora.DATA / "offensive-cold" / "test.csv.gz", "rt", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    flags = baseline_probabilities(JudgeModel.load(Path(HARM_BASELINE)), [r["TEXT"] for r in rows]) >= 0.5
    offensive = [f for f, r in zip(flags, rows) if r["label"] == "1"]
    safe = [f for f, r in zip(flags, rows) if r["label"] == "0"]
    return {"offensive": len(offensive), "flagged_offensive": round(sum(offensive) / len(offensive), 3),
            "safe": len(safe), "flagged_safe": round(sum(safe) / len(safe), 3)}


def _records(mb: float, reviews: bool = False) -> list[str]:
    docs, size = [], 0
    for doc in (corpora.review_sentences(50_000) if reviews else corpora.benign_documents(mb)):
        docs.append(doc)
        size += len(doc.encode("utf-8"))
        if size >= mb * 1e6:
            break
    return docs


def compare(mb: float, datatrove_mb: float, reviews: bool = False) -> dict[str, object]:
    """Keyword filtering, one core: beian's matcher on ``mb`` MB of records, datatrove's C4 bad-words filter
    on the first ``datatrove_mb`` MB of the same records (its regex is about a thousand times slower)."""
    import re

    from beian.standard import load_profile
    from beian.text.matcher import build_matcher

    docs = _records(mb, reviews)
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    matcher = build_matcher(corpora.lexicon_paths(), profile=load_profile())
    t0 = time.perf_counter()
    flagged_beian = sum(1 for hits in matcher.scan_many(docs) if any(h.confidence >= 0.75 for h in hits))
    beian_s = time.perf_counter() - t0
    out: dict[str, object] = {"mb": round(size, 2), "records": len(docs), "beian_mb_per_s": round(size / beian_s, 2),
                              "beian_flagged": flagged_beian}
    try:
        from datatrove.data import Document
        from datatrove.pipeline.filters import C4BadWordsFilter
    except ImportError:
        out["datatrove"] = "未安装（pip install datatrove）"
        return out
    flt = C4BadWordsFilter(fail_on_missing_language=False, default_language="zh")
    t0 = time.perf_counter()
    terms = sorted({t for t in corpora.raw_terms() if t}, key=len, reverse=True)
    flt._badwords_regex["zh"] = re.compile("|".join(re.escape(t) for t in terms))  # what it builds for zh
    compile_s = time.perf_counter() - t0
    few = _records(datatrove_mb, reviews)
    few_mb = sum(len(d.encode("utf-8")) for d in few) / 1e6
    t0 = time.perf_counter()
    kept = sum(1 for i, d in enumerate(few) if flt.filter(Document(text=d, id=str(i), metadata={"language": "zh"})) is True)
    dt_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    beian_few = sum(1 for hits in matcher.scan_many(few) if any(h.confidence >= 0.75 for h in hits))
    out.update({"datatrove_version": _version("datatrove"), "datatrove_compile_s": round(compile_s, 1),
                "datatrove_mb": round(few_mb, 3), "datatrove_records": len(few),
                "datatrove_mb_per_s": round(few_mb / dt_s, 4), "datatrove_flagged": len(few) - kept,
                "beian_flagged_same_records": beian_few})
    return out


def _version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def main() -> None:
    """Parse arguments, run the scans and the comparison, print a Markdown summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", default="1,2", help="comma-separated Ray worker counts")
    parser.add_argument("--compare-mb", type=float, default=2.0, help="MB of records for beian's one-core figure")
    parser.add_argument("--datatrove-mb", type=float, default=0.02, help="MB of the same records for datatrove")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--classifier", action="store_true", help="only the harm baseline's cost and flag rates")
    parser.add_argument("--sample", type=int, default=20000, help="records per corpus for --classifier")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sources", help=argparse.SUPPRESS)
    parser.add_argument("--with-classifier", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        sources = json.loads(args.sources) if args.sources else None
        print(json.dumps(one_run(args.one, args.run, sources, args.with_classifier)))
        return
    from beian.standard import load_profile
    from beian.text.matcher import build_matcher

    t0 = time.perf_counter()
    build_matcher(corpora.lexicon_paths(), profile=load_profile())  # compile once; the runs load the cache
    compile_s = time.perf_counter() - t0
    if args.classifier:
        figures = classifier_cost(args.sample, int(args.workers.split(",")[0]))
        if args.json:
            args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    runs = [_child(int(w)) for w in args.workers.split(",")]
    comparison = compare(args.compare_mb, args.datatrove_mb)
    short = compare(args.compare_mb / 4, args.datatrove_mb, reviews=True)
    figures = {"lexicon_compile_s": round(compile_s, 1), "runs": runs, "comparison": comparison,
               "comparison_short_reviews": short}
    per_core = max(float(r["mb_per_s_per_worker"]) for r in runs)  # type: ignore[arg-type]
    figures["tb_core_hours"] = round(TB_MB / per_core / 3600)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(figures, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
