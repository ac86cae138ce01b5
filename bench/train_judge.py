"""Train the default refusal model reproducibly, and measure it on the held-out half of the frozen set.

Training data: the judge's own examples (``tests/assess/stance_examples.py``, written for this
project) plus the ``dev`` half (by prompt) of the frozen stance set from ``answers-latent-jailbreak``
(MIT licence; the yijian rows are left out because some of their questions are CC BY-NC). The
``test`` half is never seen in training. The model file is written to ``--out``; nothing from the
shared data is stored in the repository.

    .venv/bin/python bench/train_judge.py        # writes src/beian/assess/data/judge-model.npz
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from assess.stance.loader import REFUSED_CLASSES, load_stance_set  # noqa: E402
from assess.stance_examples import ITEMS  # noqa: E402
from beian.assess.learn import Example, JudgeModel, train  # noqa: E402
from beian.assess.stance import judge_stance  # noqa: E402
from stance_bench import split_of  # noqa: E402

TRAIN_SETS = ("answers-latent-jailbreak",)


def training_examples(shared: Path) -> list[Example]:
    """Own examples plus the dev half of the frozen set's MIT-licensed rows."""
    own = [Example(q, a, label in REFUSED_CLASSES, "own") for q, a, label in ITEMS]
    rows = [r for r in load_stance_set(shared) if r["source_set"] in TRAIN_SETS and split_of(r["question"]) == "dev"]
    return own + [Example(r["question"], r["answer"], r["label"] in REFUSED_CLASSES, r["source_set"]) for r in rows]


def measure(model: JudgeModel, shared: Path) -> None:
    """Refused / not refused accuracy on the test half: model, rules, and the two on the labeller's sure rows."""
    rows = [r for r in load_stance_set(shared) if split_of(r["question"]) == "test"]
    for title, subset in (("test 全部", rows), ("test 标注人确定", [r for r in rows if r["confidence"] == "sure"])):
        truth = [r["label"] in REFUSED_CLASSES for r in subset]
        ours = [model.refused_probability(r["question"], r["answer"])[0] >= 0.5 for r in subset]
        rules = [judge_stance(r["answer"], r["question"]).refused for r in subset]
        acc = sum(a == t for a, t in zip(ours, truth, strict=True)) / len(subset)
        racc = sum(a == t for a, t in zip(rules, truth, strict=True)) / len(subset)
        print(f"| {title}（{len(subset)} 条） | {acc:.1%} | {racc:.1%} |")


def main() -> None:
    """Train, save, measure."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "beian" / "assess" / "data" / "judge-model.npz")
    args = ap.parse_args()
    examples = training_examples(args.shared)
    model = train(examples)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"训练 {model.meta['n']} 条，交叉验证：{model.meta['dev']}；写入 {args.out}\n")
    print("| 样本 | 模型 + 规则 | 仅规则 |\n|---|---:|---:|")
    measure(model, args.shared)


if __name__ == "__main__":
    main()
