"""Keyword-engine benchmark: beian against the usual alternatives, in one run.

    python bench/keyword_bench.py                 # all engines, prints a Markdown table
    python bench/keyword_bench.py --mb 50 --json out.json

Each engine runs in its own subprocess (clean peak-memory figures) on the same
benign text (>= 50 MB from ../shared/data) and the same lexicon (houbb + konsheng,
terms of at least two characters after folding, so no engine is drowned by
single-character entries). Measured: build time, cached-load time, throughput
(MB of UTF-8 input per second), hits per MB of benign text (over-blocking), peak
RSS, and recall by variant kind on lexicon terms planted in real sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora

ENGINES = ("beian-all", "beian-exact", "hyperscan-raw", "python-pipeline", "pyahocorasick")
LABELS = {
    "beian-all": "beian（全部归一化 + 拼音/首字母/同音）",
    "beian-exact": "beian（字符折叠，关闭拼音/同音通道）",
    "hyperscan-raw": "hyperscan 原始字面量（无归一化）",
    "python-pipeline": "OpenCC + str.translate + ahocorasick_rs",
    "pyahocorasick": "pyahocorasick（无归一化）",
}
from beian.text.evasion import KINDS  # noqa: E402

Scanner = Callable[[str], list[str]]  # the lexicon terms found in a text


# ---------------------------------------------------------------- engines
def _terms() -> list[str]:
    from beian.text.normalize import fold_term

    return [t for t in corpora.raw_terms() if len(fold_term(t)) >= 2 and "\n" not in t]


def _beian(all_on: bool, cache: Path) -> tuple[Scanner, float, float]:
    from beian.text.matcher import Matcher
    from beian.text.terms import Lexicon, Term, VariantOptions

    opts = VariantOptions(pinyin=all_on, initials=all_on, homophone=all_on)
    lex = Lexicon(terms=[Term(t) for t in _terms()], options=opts)
    t0 = time.perf_counter()
    Matcher.build(lex, cache_dir=cache)
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    m = Matcher.build(lex, cache_dir=cache)
    load = time.perf_counter() - t0
    return (lambda text: [h.matched for h in m.scan(text)]), build, load


def _hyperscan_raw(cache: Path) -> tuple[Scanner, float, float]:
    import hyperscan

    terms = _terms()
    t0 = time.perf_counter()
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    enc = [t.encode() for t in terms]
    db.compile(expressions=enc, ids=list(range(len(enc))), elements=len(enc), flags=0, literal=True)
    build = time.perf_counter() - t0
    blob = cache / "raw.hsdb"
    blob.write_bytes(hyperscan.dumpb(db))
    t0 = time.perf_counter()
    db = hyperscan.loadb(blob.read_bytes(), hyperscan.HS_MODE_BLOCK)
    load = time.perf_counter() - t0
    scratch = hyperscan.Scratch(db)

    def scan(text: str) -> list[str]:
        out: list[tuple[int, int]] = []
        db.scan(text.encode(), match_event_handler=lambda i, f, t, fl, c: out.append((i, t)), scratch=scratch)
        return [terms[i] for i, _ in out]

    return scan, build, load


def _python_pipeline(cache: Path) -> tuple[Scanner, float, float]:
    import ahocorasick_rs
    import opencc

    del cache
    cc = opencc.OpenCC("t2s")
    table = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
    table.update({ord(c): None for c in " \t*#@.-_·、，,!！~|/\\\u200b\u200c\u200d\ufeff"})

    def norm(s: str) -> str:
        return cc.convert(s.translate(table).lower())

    t0 = time.perf_counter()
    by_norm: dict[str, str] = {}
    for term in _terms():
        by_norm.setdefault(norm(term), term)
    by_norm.pop("", None)
    patterns = list(by_norm)
    ac = ahocorasick_rs.AhoCorasick(patterns)
    build = time.perf_counter() - t0
    return (lambda text: [by_norm[patterns[i]] for i, _, _ in ac.find_matches_as_indexes(norm(text))]), build, build


def _pyahocorasick(cache: Path) -> tuple[Scanner, float, float]:
    import ahocorasick

    del cache
    t0 = time.perf_counter()
    auto = ahocorasick.Automaton()
    for t in _terms():
        auto.add_word(t, t)
    auto.make_automaton()
    build = time.perf_counter() - t0
    return (lambda text: [t for _, t in auto.iter(text)]), build, build


def _engine(name: str, cache: Path) -> tuple[Scanner, float, float]:
    if name.startswith("beian"):
        return _beian(name == "beian-all", cache)
    return {"hyperscan-raw": _hyperscan_raw, "python-pipeline": _python_pipeline,
            "pyahocorasick": _pyahocorasick}[name](cache)


# ---------------------------------------------------------------- evasion set
def evasion_set(n_terms: int, seed: int = 7) -> list[tuple[str, str, str, str]]:
    """(kind, text, term, disguised): lexicon terms disguised and planted in real review sentences."""
    from beian.text.evasion import plant, variants

    rng = random.Random(seed)
    terms = [t for t in _terms() if 2 <= len(t) <= 8]
    sentences = corpora.review_sentences()
    cases = []
    for term in rng.sample(terms, n_terms):
        for kind, disguised in variants(term, rng).items():
            text, _start, _end = plant(rng.choice(sentences), disguised, rng)
            cases.append((kind, text, term, disguised))
    return cases


def _recall(scan: Scanner, cases: list[tuple[str, str, str, str]]) -> dict[str, float]:
    """Share of planted variants for which the engine reports the planted term or an equivalent entry.

    Equivalent: the same folded form (法轮功 / 法輪功 are two entries of the lexicon), the
    same full pinyin, or a longer entry that contains the term. Offsets are not used,
    so an engine whose normalisation shifts them is not penalised.
    """
    hit: dict[str, list[int]] = {}
    for kind, text, term, _disguised in cases:
        hit.setdefault(kind, []).append(int(any(_same(term, found) for found in set(scan(text)))))
    return {k: sum(v) / len(v) for k, v in hit.items()}


@lru_cache(maxsize=200_000)
def _keys(term: str) -> tuple[str, str]:
    from beian.text.normalize import fold_term
    from beian.text.phonetics import is_hanzi, pinyin_forms

    folded = fold_term(term)
    return folded, (pinyin_forms(folded)[0] if is_hanzi(folded) else folded)


def _same(term: str, found: str) -> bool:
    (fold_a, sound_a), (fold_b, sound_b) = _keys(term), _keys(found)
    return fold_a == fold_b or sound_a == sound_b or fold_a in fold_b


# ---------------------------------------------------------------- runs
def run_engine(name: str, mb: float, n_terms: int) -> dict[str, object]:
    """Measure one engine in this process."""
    docs = corpora.benign_documents(mb)
    text = "\n".join(docs)
    size_mb = len(text.encode()) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        scan, build, load = _engine(name, Path(tmp))
        scan("预热")
        t0 = time.perf_counter()
        hits = len(scan(text))  # every engine returns the matched terms, so the work is comparable
        seconds = time.perf_counter() - t0
    cases = evasion_set(n_terms)
    return {
        "engine": name, "mb": round(size_mb, 1), "build_s": round(build, 2), "load_s": round(load, 3),
        "mb_per_s": round(size_mb / seconds, 1), "hits_per_mb": round(hits / size_mb),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "recall": _recall(scan, cases),
        "n_cases": len(cases),
    }


def main() -> None:
    """Run every engine in its own process and print the Markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--engine", choices=ENGINES)
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--terms", type=int, default=400, help="lexicon terms sampled for the evasion set")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.mb, args.terms), ensure_ascii=False))
        return
    results = []
    for name in ENGINES:
        cmd = [sys.executable, __file__, "--engine", name, "--mb", str(args.mb), "--terms", str(args.terms)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        results.append(json.loads(out))
        print(f"完成 {name}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(_markdown(results))


def _markdown(results: list[dict[str, object]]) -> str:
    raw = next(r for r in results if r["engine"] == "hyperscan-raw")["mb_per_s"]
    pipe = next(r for r in results if r["engine"] == "python-pipeline")["mb_per_s"]
    lines = ["| 引擎 | 吞吐 MB/s | 相对 hyperscan 原始 | 相对 Python 流水线 | 构建 s | 缓存加载 s | 峰值内存 MB | 良性文本命中/MB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {LABELS[str(r['engine'])]} | {r['mb_per_s']} | {float(r['mb_per_s']) / float(raw):.0%} | "
                     f"{float(r['mb_per_s']) / float(pipe):.1f}x | {r['build_s']} | {r['load_s']} | "
                     f"{r['peak_rss_mb']} | {r['hits_per_mb']} |")
    lines += ["", "| 变体 | " + " | ".join(LABELS[str(r["engine"])] for r in results) + " |",
              "|---|" + "---:|" * len(results)]
    for kind in KINDS:
        cells = [r["recall"].get(kind) for r in results]  # type: ignore[union-attr]
        lines.append(f"| {kind} | " + " | ".join("—" if c is None else f"{c:.1%}" for c in cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
