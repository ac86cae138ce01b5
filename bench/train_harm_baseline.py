"""Train the offline harm baseline (生成内容分类模型抽检的离线基线) and measure it on held-out prompts.

Training data: ``answers-latent-jailbreak`` (MIT), human ``harmful`` labels, the ``dev`` half of its prompts
(split by the prompt's hash, the same split as ``bench/stance_bench.py``). Measured on the ``test`` half
beside the keyword judge with the public houbb lexicon. This is a baseline: short toxic statements about
groups from one task and three 2023 models. Guard models and LLM judges remain the recommended path.

    .venv/bin/python bench/train_harm_baseline.py      # writes src/beian/assess/data/harm-baseline.npz
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from beian.assess.learn import Example, JudgeModel, train  # noqa: E402
from stance_bench import split_of  # noqa: E402

SET = "answers-latent-jailbreak"


def load(shared: Path, split: str) -> list[Example]:
    """Labelled answers of one split (by prompt)."""
    out = []
    with gzip.open(shared / SET / "data.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if split_of(r["question"]) == split:
                out.append(Example(r["question"], r["answer"], bool(r["harmful"]), SET))
    return out


def _scores(pred: list[bool], truth: list[bool]) -> str:
    tp = sum(p and t for p, t in zip(pred, truth, strict=True))
    acc = sum(p == t for p, t in zip(pred, truth, strict=True)) / len(truth)
    prec = tp / max(1, sum(pred))
    rec = tp / max(1, sum(truth))
    return f"{acc:.1%} | {prec:.1%} | {rec:.1%}"


def main() -> None:
    """Train on dev prompts, save, measure on test prompts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "beian" / "assess" / "data" / "harm-baseline.npz")
    args = ap.parse_args()
    model = train(load(args.shared, "dev"), target="harmful")
    model.save(args.out)
    test = load(args.shared, "test")
    truth = [e.label for e in test]
    print(f"训练 {model.meta['n']} 条（有害 {model.meta['positive']}），交叉验证 {model.meta['dev']}；写入 {args.out}")
    print(f"\n测试（test 一半的问题，{len(test)} 条，有害 {sum(truth)}）\n")
    print("| 方法 | 准确率 | 精确率 | 召回率 |\n|---|---:|---:|---:|")
    print(f"| 离线基线（n 元组逻辑回归） | {_scores([JudgeModel.learned_probability(model, e.answer) >= 0.5 for e in test], truth)} |")
    lex = args.shared / "lexicon-houbb"
    files = sorted(p for p in lex.rglob("*.txt"))
    if files:
        from beian.text.matcher import build_matcher

        matcher = build_matcher(files)
        print(f"| 关键词（houbb 词库） | {_scores([bool(matcher.scan(e.answer)) for e in test], truth)} |")


if __name__ == "__main__":
    main()
