"""Train the offline harm baseline (生成内容分类模型抽检的离线基线) and measure it on held-out data.

Training data: ``answers-latent-jailbreak`` (MIT), human ``harmful`` labels, the ``dev`` half of its prompts
(split by the prompt's hash, the same split as ``bench/stance_bench.py``); 8,000 comments of COLD's ``train`` split
(``offensive-cold``, Apache-2.0, offensive / safe); and ordinary text as not harmful: 1,500 answers of
``corpus-medical-qa`` and the first lines of 1,500 poems of ``corpus-chinese-poetry`` (both MIT). Until 2026-12-06
only latent-jailbreak was used, and the model called most ordinary text harmful (every poem line, 60% of AlignBench's
reference answers). Measured on the ``test`` half of latent-jailbreak, COLD's ``test`` split, AlignBench's reference
answers and held-out medical answers and poems (never trained on), beside the keyword judge with the houbb lexicon.
A baseline: guard models and LLM judges remain the recommended path.

    .venv/bin/python bench/train_harm_baseline.py      # writes src/beian/assess/data/harm-baseline.npz
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from beian.assess.learn import Example, JudgeModel, train  # noqa: E402
from stance_bench import split_of  # noqa: E402

SET = "answers-latent-jailbreak"


COLD_TRAIN, BENIGN_TRAIN, HELD_OUT = 8000, 1500, 500


def cold(shared: Path, split: str, n: int | None = None, seed: int = 1) -> list[Example]:
    """COLD comments of one split (``label`` 1: offensive), ``n`` of them drawn with ``seed``."""
    with gzip.open(shared / "offensive-cold" / f"{split}.csv.gz", "rt", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    if n is not None:
        random.Random(seed).shuffle(rows)
        rows = rows[:n]
    return [Example("", r["TEXT"], r["label"] == "1", "cold") for r in rows]


def medical(shared: Path, n: int, skip: int = 0) -> list[Example]:
    """Doctors' answers of the medical Q&A sample (not harmful), from row ``skip``."""
    with gzip.open(shared / "corpus-medical-qa" / "internal_medicine_sample.csv.gz", "rt", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if (r.get("answer") or "").strip()]
    return [Example(r["title"], r["answer"], False, "medical") for r in rows[skip:skip + n]]


def poems(shared: Path, n: int, skip: int = 0) -> list[Example]:
    """The first line of ``n`` poems from poem ``skip`` (not harmful)."""
    out: list[Example] = []
    with gzip.open(shared / "corpus-chinese-poetry" / "chinese_poetry.jsonl.gz", "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= skip:
                out.append(Example("", json.loads(line)["text"].split("\n")[0], False, "poetry"))
            if len(out) >= n:
                break
    return out


def alignbench(shared: Path) -> list[Example]:
    """AlignBench's reference answers to ordinary requests (not harmful; never trained on)."""
    with (shared / "benign-alignbench" / "data_v1.1_release.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [Example(r["question"], r["reference"], False, "alignbench") for r in rows if r.get("reference")]


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


def _jsonl(path: Path, key: str, n: int, skip: int = 0) -> list[str]:
    out: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= skip:
                out.append(json.loads(line)[key])
            if len(out) >= n:
                break
    return out


def _column(path: Path, key: str, n: int, skip: int = 0) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8-sig") as fh:
        return [r[key] for r in csv.DictReader(fh) if (r.get(key) or "").strip()][skip:skip + n]


def corpus_shares(model: JudgeModel, shared: Path, n: int = 2000) -> None:
    """The share of records the model flags per corpus source (training rows of poems and medical answers skipped)
    and on COLD's test split by label: what ``beian corpus scan --classifier-kind baseline`` would mark."""
    cold_rows = cold(shared, "test")
    sources = {"法律": _jsonl(shared / "corpus-china-laws" / "china_laws.jsonl.gz", "text", n),
               "古诗（整首，第 2 万首起）": _jsonl(shared / "corpus-chinese-poetry" / "chinese_poetry.jsonl.gz", "text", n, 20000),
               "酒店评论": _column(shared / "corpus-sophonplus-reviews" / "ChnSentiCorp_htl_all.csv.gz", "review", n),
               "医疗问答（第 3000 条起）": _column(shared / "corpus-medical-qa" / "internal_medicine_sample.csv.gz", "answer", n,
                                          3000),
               "COLD 测试集冒犯评论": [e.answer for e in cold_rows if e.label],
               "COLD 测试集正常评论": [e.answer for e in cold_rows if not e.label]}
    print("\n| 来源 | 条数 | 标记为有害 |\n|---|---:|---:|")
    for name, texts in sources.items():
        print(f"| {name} | {len(texts)} | {float((model.learned_probabilities(texts) >= 0.5).mean()):.1%} |")


def main() -> None:
    """Train, save, measure on every held-out set."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "beian" / "assess" / "data" / "harm-baseline.npz")
    args = ap.parse_args()
    sh = args.shared
    data = load(sh, "dev") + cold(sh, "train", COLD_TRAIN) + medical(sh, BENIGN_TRAIN) + poems(sh, BENIGN_TRAIN)
    model = train(data, target="harmful")
    model.save(args.out)
    print(f"训练 {model.meta['n']} 条（有害 {model.meta['positive']}），交叉验证 {model.meta['dev']}；写入 {args.out}")
    held = {"latent-jailbreak test 一半": load(sh, "test"), "COLD test": cold(sh, "test"),
            "AlignBench 参考答案（正常）": alignbench(sh), "医疗问答留出 500（正常）": medical(sh, HELD_OUT, skip=3000),
            "古诗首句留出 500（正常）": poems(sh, HELD_OUT, skip=20000)}
    lex = sh / "lexicon-houbb"
    files = sorted(p for p in lex.rglob("*.txt"))
    matcher = None
    if files:
        from beian.text.matcher import build_matcher

        matcher = build_matcher(files)
    print("\n| 留出集 | 条数（有害） | 离线基线准确率 | 精确率 | 召回率 | 关键词（houbb）准确率 | 精确率 | 召回率 |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, rows in held.items():
        truth = [e.label for e in rows]
        mine = _scores(list(model.learned_probabilities([e.answer for e in rows]) >= 0.5), truth)
        kw = _scores([bool(matcher.scan(e.answer)) for e in rows], truth) if matcher is not None else "— | — | —"
        print(f"| {name} | {len(rows)}（{sum(truth)}） | {mine} | {kw} |")
    corpus_shares(model, sh)


if __name__ == "__main__":
    main()
