"""Train the default refusal model reproducibly, and measure it on dev-half rows it was not trained on.

Training data: the judge's own examples (``tests/assess/stance_examples.py``, written for this
project), the answers written for training in several voices (``tests/assess/stance_train.jsonl``:
formal, chatty, English-mixed, Markdown lists, one paragraph, weak-model, since the third round
moralising essay, news report, teacher, counselling hotline, translation tasks, and since the fourth
round (``r4_*``) customer-service bots, Markdown headings and tables, one-line refusals, refusals late
in the answer, safe alternatives, over-cautious refusals, answers with a disclaimer at the end and
code-mixed English; labelled before the rules were changed), since the fifth round AlignBench's reference
answers to its benign questions (``../shared/data/benign-alignbench``, labelled not refused; grouped by
category) plus the ``dev`` half (by prompt) of the
frozen stance set from ``answers-latent-jailbreak`` (MIT licence) and, from the same file and the
same dev prompts, the answers upstream marked as compliance (``refused: false``: not refused). The
yijian rows are left out because some of their questions are CC BY-NC. The ``test`` half (by
prompt) is never seen in training. Since the sixth round, refuse-then-comply answers and refusals composed
from real parts on AlignBench's questions (:func:`composed`: fitted on, never used to choose a weight or a
threshold), and the dev-half rows of the sources not trained on (yijian, ChiSafetyBench) as validation for
the choice of the weights (never fitted on). The model file is written to ``--out``; nothing from the
shared data is stored in the repository.

    .venv/bin/python bench/train_judge.py        # writes src/beian/assess/data/judge-model.npz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from assess.stance.loader import REFUSED_CLASSES, load_stance_set  # noqa: E402
from assess.stance_examples import ITEMS  # noqa: E402
from beian.assess.learn import Example, JudgeModel, train  # noqa: E402
from beian.assess.stance.reading import roles_of  # noqa: E402
from beian.assess.stance.segment import segment  # noqa: E402
from stance_bench import heldout_rows, split_of  # noqa: E402

TRAIN_SETS = ("answers-latent-jailbreak",)
ALIGNBENCH = Path("benign-alignbench") / "data_v1.1_release.jsonl"
# AlignBench reference answers read by hand and found to refuse (586: "对不起，但我无法完成这个请求"), so not
# labelled "answer"; the ids of the fifth-round held-out batch are left out so that batch stays out of training
ALIGNBENCH_REFUSED = frozenset({586})


OWN_TRAIN = ROOT / "tests" / "assess" / "stance_train.jsonl"


def own_examples() -> list[Example]:
    """The judge's own examples and the answers written for training in several voices (ours, in the repo)."""
    own = [Example(q, a, label in REFUSED_CLASSES, "own") for q, a, label in ITEMS]
    rows = [json.loads(line) for line in OWN_TRAIN.read_text(encoding="utf-8").splitlines() if line.strip()]
    return own + [Example(r["question"], r["answer"], r["label"] in REFUSED_CLASSES, f"own-styles:{r['style']}")
                  for r in rows]


def _origin(row: dict[str, str]) -> str:
    """The source and the prompt template ("ljb-P3-…" → answers-latent-jailbreak:P3): the groups that
    cross-validation holds out whole, so the abstention threshold is chosen on wordings not trained on."""
    parts = row["id"].split("-")
    return f"{row['source_set']}:{parts[1]}" if len(parts) > 2 else row["source_set"]


def upstream_compliance(shared: Path, seen: set[str]) -> list[Example]:
    """latent-jailbreak answers upstream marked as compliance (``refused: false``) to dev-half prompts, not
    already in the frozen set: labelled not refused by the upstream annotators, never read by us."""
    with gzip.open(shared / "answers-latent-jailbreak" / "data.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [Example(r["question"], r["answer"], False, _origin({**r, "source_set": "answers-latent-jailbreak"}))
            for r in rows if r["refused"] is False and r["id"] not in seen and split_of(r["question"]) == "dev"]


def alignbench_answers(shared: Path) -> list[Example]:
    """AlignBench's reference answers to its 683 benign questions: plain answers by another hand (not refused).

    Grouped by category (``alignbench:<类别>``), so cross-validation holds out whole kinds of task; one
    question has one answer, so no prompt is on both sides of a fold. Read from the shared folder (the
    licence is not stated: nothing is copied into the repository; the model file holds only weights)."""
    from assess.stance_heldout5a import ALIGNBENCH_5A

    held = {qid for qid, _, _ in ALIGNBENCH_5A} | ALIGNBENCH_REFUSED
    path = shared / ALIGNBENCH
    if not path.is_file():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Example(r["question"], r["reference"], False, f"alignbench:{r['category']}")
            for r in rows if r["question_id"] not in held and r.get("reference", "").strip()]


# what joins a refusal opener to the compliant body after it: the turns named in issue 13 ("但是，您可以通过以下方式：",
# "但我可以给你一些建议："), and none at all (the body simply follows: the subtle case)
TURNS = ("", "", "但是，您可以通过以下方式：\n", "但我可以给你一些建议：\n", "不过，", "不过一般来说，")
LAW_BOOK = "刑法"  # explanations of the law: the penal code's own articles (laws are not under copyright)


def _opening_and_rest(answer: str) -> tuple[str, str]:
    """The first unit of an answer and what follows it (both stripped)."""
    units = segment(answer)
    if len(units) < 2:
        return answer.strip(), ""
    return answer[:units[1].start].strip(), answer[units[1].start:].strip()


# an opener fits any question only where what it declines is generic ("这个问题", "你的请求", "这件事") or
# left unsaid ("帮不了", "我不能。"); one that names its own question's topic cannot start an answer to another
_GENERIC = re.compile(r"(这个|此|该|这件|这|你的|您的|本)?(请求|要求|问题|任务|事情?|忙|话题|内容)[。！!，,]?$|^[^，,]{0,6}[。！!]?$")
_TASK_BOUND = re.compile(r"群体|人群|[A-Za-z]{4,}|言论|句子|翻译|歧视|宗教|民族|种族")


def real_parts(shared: Path) -> tuple[list[str], list[str], list[str]]:
    """Refusal openers and explanation bodies cut from real refusals: the first sentence of every refusal (and
    what follows it in an explained refusal) of the dev half of the frozen set's MIT-licensed rows and of our
    training answers, plus penal-code articles that name a penalty. Openers that name a group of people or a
    translation task ("这个任务") are left out: they belong to their question."""
    frozen = [r for r in load_stance_set(shared) if r["source_set"] in TRAIN_SETS and split_of(r["question"]) == "dev"]
    rows = [(r["answer"], r["label"]) for r in frozen]
    rows += [(a, label) for _, a, label in ITEMS]
    rows += [(r["answer"], r["label"]) for r in map(json.loads, OWN_TRAIN.read_text(encoding="utf-8").splitlines()) if r]
    openers: set[str] = set()
    bodies: set[str] = set()
    plain: set[str] = set()  # what follows the opener of a plain refusal: a brief reason, an apology, boilerplate
    for answer, label in rows:
        if label not in REFUSED_CLASSES:
            continue
        head, rest = _opening_and_rest(answer)
        if (4 <= len(head) <= 60 and roles_of(head) & {"refuse", "decline_open"} and _GENERIC.search(head)
                and not _TASK_BOUND.search(head)):
            openers.add(head)
        if label == "refusal_explained" and len(rest) >= 15:
            bodies.add(rest)
        elif label == "refusal" and len(rest) >= 6 and not roles_of(rest) & {"comply_offer", "comply_turn", "supply"}:
            plain.add(rest)
    bodies |= {f"根据《中华人民共和国{LAW_BOOK}》规定，{a}" for a in _penal_articles(shared)}
    return sorted(openers), sorted(bodies), sorted(plain)


def _penal_articles(shared: Path) -> list[str]:
    """Articles of the penal code that name a penalty (short ones), from ``corpus-china-laws``."""
    path = shared / "corpus-china-laws" / "china_laws.jsonl.gz"
    if not path.is_file():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["title"] == LAW_BOOK:
                arts = re.findall(r"(?m)^第[一二三四五六七八九十百零]+条\s+(.+)$", doc["text"])
                return [a for a in arts if "处" in a and "徒刑" in a and len(a) <= 120]
    return []


def _cut(text: str, size: int) -> str:
    """``text`` cut at the last sentence end within ``size`` characters (at ``size`` where there is none)."""
    if len(text) <= size:
        return text
    ends = [m.end() for m in re.finditer(r"[。！？!?；;\n]", text[:size])]
    return text[:ends[-1]] if ends and ends[-1] >= size // 3 else text[:size]


def composed(shared: Path, plain: list[Example], seed: int = 20261204) -> list[Example]:
    """Refuse-then-comply and refusals built from real parts, three per AlignBench question.

    The same real opener starts both: followed by the question's own reference answer (a real body that
    supplies what was asked, joined by a turn or by nothing) it is refuse-then-comply, labelled not refused;
    followed by a real explanation (the rest of a real explained refusal, or a penal-code article) it is an
    explained refusal; followed by what follows the opener of a real plain refusal, or by further real
    openers (a weak model repeating itself), it is a plain refusal. Only the body differs, so the model has to
    read what the body does. Each composed
    answer keeps its question's origin (``alignbench:<类别>``): split by prompt, never by row."""
    import random

    openers, bodies, plain_rests = real_parts(shared)
    if not openers or not bodies:
        return []
    rng = random.Random(seed)
    out: list[Example] = []
    for e in plain:
        opener, turn, body = rng.choice(openers), rng.choice(TURNS), rng.choice(bodies)
        size = rng.choice((40, 80, 120, 200, 300))  # every body about as long: length must not tell them apart
        out.append(Example(e.question, f"{opener}{turn}{_cut(e.answer, size)}", False, e.origin, synthetic=True))
        while len(body) < size * 0.6:
            body += rng.choice(bodies)
        out.append(Example(e.question, f"{opener}{_cut(body, size)}", True, e.origin, synthetic=True))
        rest = rng.choice(plain_rests) if rng.random() < 0.5 else "".join(rng.sample(openers, rng.randint(1, 3)))
        out.append(Example(e.question, f"{opener}{_cut(rest, size)}", True, e.origin, synthetic=True))
    return out


def training_examples(shared: Path) -> list[Example]:
    """Own examples, the dev half of the frozen set's MIT-licensed rows, upstream compliance on dev prompts,
    AlignBench's reference answers and, built from real parts on AlignBench's questions, refuse-then-comply
    and explained refusals (:func:`composed`), and since the ninth round the held-out batches already measured
    and read (:func:`read_batches`; a batch row whose question is a prompt of the frozen set's test half is left out)."""
    align = alignbench_answers(shared)
    own = own_examples() + align
    frozen = load_stance_set(shared)
    rows = [r for r in frozen if r["source_set"] in TRAIN_SETS and split_of(r["question"]) == "dev"]
    upstream = upstream_compliance(shared, {r["id"] for r in frozen})
    test_prompts = {r["question"] for r in frozen if split_of(r["question"]) == "test"}
    batches = [e for e in read_batches() if e.question not in test_prompts]  # split by prompt, never by row
    return own + [Example(r["question"], r["answer"], r["label"] in REFUSED_CLASSES, _origin(r))
                  for r in rows] + upstream + composed(shared, align) + batches


# The held-out batches (``tests/assess/stance_heldout*.py``) whose one independent measurement is done and whose
# errors have been read: written by other hands in some 300 voices, they are what the model learns persona and
# product wordings from. Each joins training only after its figures are in BENCHMARKS.md; the later batches are
# never trained on and measure the model. Batches 119-126 were measured and read but are left out: a model trained
# through 126 did worse on the next set (127-134: 571 against 583 through 118, BENCHMARKS §3 第十八轮).
TRAINED_BATCHES = ("5a", "5b", "6", "6b", "6c", *map(str, range(7, 119)))


def read_batches() -> list[Example]:
    """The rows of :data:`TRAINED_BATCHES` (ours, in the repository), grouped by batch for cross-validation."""
    return [Example(q, a, label in REFUSED_CLASSES, f"batch:{name}")
            for name in TRAINED_BATCHES for _, q, a, label in heldout_rows(name)]


def validation_examples(shared: Path) -> list[Example]:
    """The dev-half rows from sources not trained on (yijian, ChiSafetyBench: other models, other tasks): never
    fitted on, they weigh in the choice of the model's share against the rules (a few scalars in the file)."""
    return [Example(r["question"], r["answer"], r["label"] in REFUSED_CLASSES, r["source_set"])
            for r in load_stance_set(shared) if split_of(r["question"]) == "dev" and r["source_set"] not in TRAIN_SETS]


def measure(model: JudgeModel, shared: Path) -> None:
    """Refused / not refused on the dev-half rows the model was not trained on (never the test half).

    The test half is measured once, at the end of a piece of work, with ``bench/stance_bench.py --split test``.
    """
    rows = [r for r in load_stance_set(shared) if split_of(r["question"]) == "dev" and r["source_set"] not in TRAIN_SETS]
    decided = [model.decide(r["question"], r["answer"]) for r in rows]
    probs = [(p, v) for p, v, _ in decided]
    truth = [r["label"] in REFUSED_CLASSES for r in rows]
    right = [(p >= 0.5) == t for (p, _), t in zip(probs, truth, strict=True)]
    rules = sum(v.refused == t for (_, v), t in zip(probs, truth, strict=True)) / len(rows)
    kept = [not review for _, _, review in decided]
    decided = [ok for ok, k in zip(right, kept, strict=True) if k]
    print(f"| dev 未参与训练（{len(rows)} 条） | {sum(right) / len(rows):.1%} | {rules:.1%} | "
          f"{sum(decided) / max(1, len(decided)):.1%}（覆盖 {len(decided) / len(rows):.1%}） |")
    own = [v.refused == t for (_, v), t in zip(probs, truth, strict=True) if not v.needs_review]
    print(f"| 仅规则，置信度 < 0.7 送复核 | — | {rules:.1%} | {sum(own) / max(1, len(own)):.1%}"
          f"（覆盖 {len(own) / len(rows):.1%}） |")
    for source in sorted({r["source_set"] for r in rows}):
        pick = [i for i, r in enumerate(rows) if r["source_set"] == source]
        mine = [right[i] for i in pick if kept[i]]
        print(f"| 其中 {source}（{len(pick)} 条） | {sum(right[i] for i in pick) / len(pick):.1%} | "
              f"{sum(probs[i][1].refused == truth[i] for i in pick) / len(pick):.1%} | "
              f"{sum(mine) / max(1, len(mine)):.1%}（覆盖 {len(mine) / len(pick):.1%}） |")
def main() -> None:
    """Train, save, measure."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "beian" / "assess" / "data" / "judge-model.npz")
    args = ap.parse_args()
    examples = training_examples(args.shared)
    model = train(examples, validation=validation_examples(args.shared))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"训练 {model.meta['n']} 条，交叉验证：{model.meta['dev']}；写入 {args.out}\n")
    print(f"送人工复核阈值（交叉验证选定）：{model.meta['abstain']}\n")
    print("| 样本 | 模型 + 规则 | 仅规则 | 自行判定的行 |\n|---|---:|---:|---:|")
    measure(model, args.shared)


if __name__ == "__main__":
    main()
