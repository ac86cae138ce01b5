"""Precision and recall of ``beian check`` per family over the style matrix, and time per package.

Usage::

    python bench/check_matrix.py [--out /tmp/matrix] [--src OTHER_CHECKOUT/src] [--holdout]

Builds every package of ``tests/prereview/corpus`` (clean packages and one variant per defect
family, in several authoring styles), runs the check on each and counts, per family: a true
positive when the family is expected and gets a high/blocker finding, a false positive when it
gets one without being expected, a false negative when it is expected and gets none. ``--src``
imports beian from another checkout (for a before/after comparison on the same packages).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAMILIES = ("materials", "data_sources", "scope", "safety", "consistency", "metrics")


def main() -> None:
    """Build the matrix, check each package, print the table for BENCHMARKS.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=None, help="where to build the packages (default: a temp folder)")
    parser.add_argument("--src", type=Path, default=None, help="import beian from this source folder instead")
    parser.add_argument("--holdout", action="store_true", help="only the held-out styles (never used for tuning)")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    sys.path.insert(0, str(ROOT / "tests"))
    from beian.findings import Severity
    from beian.prereview import run_check
    from prereview.corpus import HOLDOUT, STYLES, build_all

    out = args.out or Path(tempfile.mkdtemp(prefix="beian-matrix-"))
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    styles = HOLDOUT if args.holdout else STYLES
    if not styles:
        print("没有留出风格（tests/prereview/corpus/__init__.py 的 HOLDOUT 为空）。")
        return
    cases = build_all(out, styles)
    print(f"构建 {len(cases)} 个材料包：{time.perf_counter() - started:.1f} s")
    counts: dict[str, Counter[str]] = {f: Counter() for f in FAMILIES}
    times, exact = [], 0
    for case in cases:
        t = time.perf_counter()
        try:
            report = run_check(case.path)
            got = {f.family or "materials" for f in report.findings if f.severity.at_least(Severity.HIGH)}
        except Exception as exc:  # an old checkout may crash on a package: count it as flagging nothing
            print(f"  {case.id}: 运行错误 {type(exc).__name__}")
            got = set()
        times.append(time.perf_counter() - t)
        exact += got == case.expect
        for fam in FAMILIES:
            key = ("tp" if fam in got else "fn") if fam in case.expect else ("fp" if fam in got else "tn")
            counts[fam][key] += 1
    _print(counts, times, exact, len(cases))
    if args.out is None:
        shutil.rmtree(out, ignore_errors=True)


def _print(counts: dict[str, Counter[str]], times: list[float], exact: int, total: int) -> None:
    print("| 类别 | TP | FP | FN | 精确率 | 召回率 |")
    print("|---|---|---|---|---|---|")
    for fam, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        print(f"| {fam} | {c['tp']} | {c['fp']} | {c['fn']} | {precision:.2f} | {recall:.2f} |")
    ordered = sorted(times)
    print(f"\n完全正确的材料包：{exact}/{total}")
    print(f"每个材料包耗时：中位数 {ordered[len(ordered) // 2]:.2f} s，最长 {ordered[-1]:.2f} s，"
          f"首个（冷启动）{times[0]:.2f} s")


if __name__ == "__main__":
    main()
