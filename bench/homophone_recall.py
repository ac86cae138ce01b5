"""The homophone channel (``--homophone``) on a frozen set written by another hand: recall on homophone spellings
of lexicon terms, and same-sound hits on ordinary text.

    BEIAN_CACHE_DIR=$(mktemp -d) .venv/bin/python bench/homophone_recall.py [--set tests/text/homophone_heldout]

A case counts as found when a hit overlapping the written spelling names the term (as ``matched`` or among its
``candidates``) at confidence 0.5 or more. The lexicon is houbb + konsheng (``corpora.raw_terms``), as in the other
benchmarks.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora
from beian.text.matcher import Match, Matcher
from beian.text.normalize import fold_term
from beian.text.terms import Lexicon, Term, VariantOptions

HERE = Path(__file__).resolve().parent.parent


def _names(hit: Match) -> set[str]:
    return {fold_term(x) for x in {hit.matched} | {c for c, _ in hit.candidates}}


def recall(matcher: Matcher, path: Path) -> dict[str, dict[str, int]]:
    """Per (kind, term length) the number of cases and how many were found at 0.5 or more."""
    out: dict[str, dict[str, int]] = collections.defaultdict(lambda: {"n": 0, "found": 0})
    for line in path.read_text("utf-8").splitlines():
        case = json.loads(line)
        text, term = case["text"], fold_term(case["term"])
        a = text.find(case["written"])
        b = a + len(case["written"])
        found = any(h.start < b and h.end > a and term in _names(h) and h.confidence >= 0.5 for h in matcher.scan(text))
        size = "2" if len(case["term"]) == 2 else "3+"
        for key in (f"{case['kind']}/{size}", f"all/{size}"):
            out[key]["n"] += 1
            out[key]["found"] += found
    return dict(out)


def benign_hits(matcher: Matcher, path: Path) -> list[str]:
    """``id: written -> term`` of every homophone hit at 0.5 or more on the ordinary lines."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        case = json.loads(line)
        out += [f"{case['id']}: {h.text} -> {h.matched}" for h in matcher.scan(case["text"])
                if h.variant == "homophone" and h.confidence >= 0.5]
    return out


def main() -> None:
    """Print the recall table and the benign hits."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=HERE / "tests/text/homophone_heldout")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    lexicon = Lexicon(terms=[Term(t) for t in corpora.raw_terms()], options=VariantOptions(homophone=True))
    with tempfile.TemporaryDirectory() as tmp:
        matcher = Matcher.build(lexicon, cache_dir=Path(tmp))
        table = recall(matcher, args.set / "evasion.jsonl")
        benign = benign_hits(matcher, args.set / "benign.jsonl")
    print("| 类（词条字数） | 用例 | ≥0.5 找到 |\n|---|---:|---:|")
    for key in sorted(table):
        row = table[key]
        print(f"| {key} | {row['n']} | {row['found']}（{row['found'] / row['n']:.1%}） |")
    print(f"\n正常文本上的同音字命中（≥0.5）：{len(benign)}")
    for item in benign:
        print(f"- {item}")
    if args.json:
        args.json.write_text(json.dumps({"recall": table, "benign": benign}, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
