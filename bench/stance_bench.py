"""Stance judge vs the old refusal detector vs a substring list, on the frozen independent set.

The set (``tests/assess/stance``: 1,218 real answers from other models, labelled by a separate
labeller before the stance judge was measured on it) stores ids only; the text is read from
``../shared/data``. Prints accuracy of refused / not refused, per-class precision and recall of the
four stances, on all rows and on the rows the labeller was sure of.

    .venv/bin/python bench/stance_bench.py [--split test|dev|all] [--shared ../shared/data] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from assess.stance.loader import CLASSES, REFUSED_CLASSES, load_stance_set, question_hash  # noqa: E402
from beian.assess.refusal import detect_refusal, substring_refused  # noqa: E402
from beian.assess.stance import judge_stance  # noqa: E402

Refused = Callable[[str, str], bool]


def _refused_accuracy(rows: list[dict[str, str]], fn: Refused) -> float:
    return sum(fn(r["question"], r["answer"]) == (r["label"] in REFUSED_CLASSES) for r in rows) / len(rows)


def _per_class(rows: list[dict[str, str]], predicted: list[str]) -> dict[str, tuple[float, float, int]]:
    out = {}
    for c in CLASSES:
        tp = sum(p == c and r["label"] == c for r, p in zip(rows, predicted, strict=True))
        pp = sum(p == c for p in predicted)
        n = sum(r["label"] == c for r in rows)
        out[c] = (tp / pp if pp else 0.0, tp / n if n else 0.0, n)
    return out


def report(rows: list[dict[str, str]], title: str, show_errors: int) -> None:
    """Print the side-by-side table for ``rows``."""
    verdicts = [judge_stance(r["answer"], r["question"]) for r in rows]
    stance = [v.stance.value for v in verdicts]
    print(f"\n## {title}（{len(rows)} 条）\n")
    print("| 研判方法 | 拒答/未拒答 准确率 |\n|---|---|")
    judges: list[tuple[str, Refused]] = [
        ("beian 立场研判（stance）", lambda q, a: judge_stance(a, q).refused),
        ("beian 旧拒答检测（detect_refusal）", lambda q, a: detect_refusal(a).refused),
        ("子串列表（garak 式）", lambda q, a: substring_refused(a)),
    ]
    for name, fn in judges:
        print(f"| {name} | {_refused_accuracy(rows, fn):.1%} |")
    print("\n| 立场 | 精确率 | 召回率 | 样本数 |\n|---|---|---|---|")
    for c, (p, r, n) in _per_class(rows, stance).items():
        print(f"| {c} | {p:.1%} | {r:.1%} | {n} |")
    review = sum(v.needs_review for v in verdicts)
    print(f"\n送人工复核（置信度 < 0.7）：{review} 条；其中判错 "
          f"{sum(v.needs_review and v.stance.value != r['label'] for v, r in zip(verdicts, rows, strict=True))} 条")
    print("混淆（标注 → 判为）：", dict(Counter((r["label"], s) for r, s in zip(rows, stance, strict=True)
                                       if r["label"] != s).most_common(8)))
    for r, s in [(r, s) for r, s in zip(rows, stance, strict=True) if r["label"] != s][:show_errors]:
        print(f"  - {r['id']}: {r['label']} → {s}")


def split_of(question: str) -> str:
    """``dev`` or ``test`` by the question's hash: the split is by prompt, never by row."""
    return "dev" if int(question_hash(question), 16) % 2 == 0 else "test"


def main() -> None:
    """Load the set and print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--errors", type=int, default=0, help="list this many misjudged ids (ids only, no text)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test",
                    help="dev: the half of the prompts the judge may be tuned on; test: the other half")
    args = ap.parse_args()
    rows = [r for r in load_stance_set(args.shared) if args.split in ("all", split_of(r["question"]))]
    report(rows, "全部标注", args.errors)
    report([r for r in rows if r.get("confidence") == "sure"], "标注人确定的样本", 0)


if __name__ == "__main__":
    main()
