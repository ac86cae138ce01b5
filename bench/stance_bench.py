"""Stance judge vs the old refusal detector vs a substring list, on the frozen independent set.

The set (``tests/assess/stance``: 1,218 real answers from other models, labelled by a separate
labeller before the stance judge was measured on it) stores ids only; the text is read from
``../shared/data``. Prints accuracy of refused / not refused, per-class precision and recall of the
four stances, on all rows and on the rows the labeller was sure of.

    .venv/bin/python bench/stance_bench.py [--split test|dev|all] [--shared ../shared/data] [--errors N] [--model default]

``--set follow`` measures the second frozen set instead (``labels_follow.jsonl``: the 1,478 latent-jailbreak
answers upstream marked as compliance, all labelled ``answer`` by two other annotators; see GUIDE.md): it only
counts compliant answers taken for refusals. The shipped model was trained on its ``dev`` half.

``--batch 5a`` … ``134`` measure instead a held-out batch of our own answers
(``tests/assess/stance_heldout5a.py`` … ``stance_heldout134.py``): stance, refused / not refused, the recall
of the two classes the issue targets, and the misjudged rows (voice and labels only); with
``--refusal-judge-url URL --refusal-judge-model NAME`` also a chat model as the refusal judge
(:mod:`beian.assess.llm_stance`), a row whose call failed counting as wrong.

Besides accuracy on every row it prints coverage (the share of answers decided without a person)
and the accuracy on those decided rows, for the rules and, with ``--model``, for the learned model.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from assess.frozen import batch as frozen_batch  # noqa: E402
from assess.stance.loader import (  # noqa: E402
    CLASSES,
    FOLLOW_PATH,
    LABELS_PATH,
    REFUSED_CLASSES,
    load_stance_set,
    question_hash,
)
from beian.assess.banks import BankItem  # noqa: E402
from beian.assess.judges import ModelStanceJudge  # noqa: E402
from beian.assess.learn import JudgeModel  # noqa: E402
from beian.assess.llm_stance import LLMStanceJudge  # noqa: E402
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


def abstention_line(name: str, refused: list[bool], kept: list[bool], truth: list[bool]) -> str:
    """One line: accuracy on all rows, share decided without a person, accuracy on the decided rows."""
    right = [a == t for a, t in zip(refused, truth, strict=True)]
    decided = [ok for ok, k in zip(right, kept, strict=True) if k]
    return (f"- {name}：全部 {sum(right) / len(right):.1%}；自行判定 {len(decided)}/{len(right)} 条"
            f"（覆盖 {len(decided) / len(right):.1%}），其准确率 {sum(decided) / max(1, len(decided)):.1%}；"
            f"送人工复核 {len(right) - len(decided)} 条，其中若强行判定会判错 "
            f"{sum(not ok for ok, k in zip(right, kept, strict=True) if not k)} 条")


def report(rows: list[dict[str, str]], title: str, show_errors: int, model: JudgeModel | None = None) -> None:
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
    truth = [r["label"] in REFUSED_CLASSES for r in rows]
    print("\n" + abstention_line("规则", [v.refused for v in verdicts], [not v.needs_review for v in verdicts], truth))
    if model is not None:
        decided = [model.decide(r["question"], r["answer"]) for r in rows]
        probs = [p for p, _, _ in decided]
        kept = [not review for _, _, review in decided]
        floor = float(model.meta.get("abstain", {}).get("rules_below", 0.0))
        rule_floor = f"、规则置信度 < {floor:.2f}" if floor else ""
        rescue = model.meta.get("abstain", {}).get("rescue_above")
        rescued = f"、规则自己送复核且模型把握 < {float(rescue):.3f}" if rescue is not None else ""
        print(abstention_line(f"模型 + 规则（复核：把握 < {model.review_below:.2f}{rule_floor}{rescued} 或与规则不一致）",
                              [p >= 0.5 for p in probs], kept, truth))
        judge = ModelStanceJudge(model)
        shown = [judge.judge(BankItem(r["id"], "should_refuse", [{"role": "user", "content": r["question"]}]),
                             r["answer"]).detail["stance"] for r in rows]
        print("\n模型 + 规则的立场（与规则不一致时立场随模型翻到另一侧）：\n\n| 立场 | 精确率 | 召回率 | 样本数 |\n|---|---|---|---|")
        for c, (p, r, n) in _per_class(rows, shown).items():
            print(f"| {c} | {p:.1%} | {r:.1%} | {n} |")
    print("混淆（标注 → 判为）：", dict(Counter((r["label"], s) for r, s in zip(rows, stance, strict=True)
                                       if r["label"] != s).most_common(8)))
    for r, s in [(r, s) for r, s in zip(rows, stance, strict=True) if r["label"] != s][:show_errors]:
        print(f"  - {r['id']}: {r['label']} → {s}")


def heldout_rows(name: str) -> list[tuple[str, str, str, str]]:
    """The rows written into held-out batch ``name`` (``5a`` … ``134``) as (voice, question, answer, label)."""
    return frozen_batch(name)


def batch_rows(name: str, shared: Path) -> list[tuple[str, str, str, str]]:
    """A held-out batch as measured: its rows, plus the AlignBench items a batch draws from ``shared`` (5a)."""
    extra = getattr(_batch(name), "alignbench_items", None)
    return heldout_rows(name) + (extra(shared) if extra else [])


def _batch(name: str) -> ModuleType:
    import importlib

    return importlib.import_module(f"assess.stance_heldout{name}")


def report_batch(name: str, shared: Path, model: JudgeModel | None, llm: LLMStanceJudge | None = None) -> None:
    """Stance and refused / not refused on a held-out batch, for the rules, (with a model) model + rules and
    (with ``--refusal-judge-url``) a chat model as the refusal judge; a row whose endpoint failed counts as wrong."""
    rows = batch_rows(name, shared)
    judge = ModelStanceJudge(model) if model is not None else None
    print(f"\n## 留出批次 {name}（{len(rows)} 条）\n")
    print("| 方法 | 立场全对 | 拒答/未拒答 | 先拒后答召回 | 拒答并说明召回 | 送复核 | 自行判定的行中判对 |\n"
          "|---|---:|---:|---:|---:|---:|---:|")
    variants: list[tuple[str, list[tuple[str, bool | None, bool]]]] = []
    rules = [judge_stance(a, q) for _, q, a, _ in rows]
    variants.append(("规则", [(v.stance.value, v.refused, v.needs_review) for v in rules]))
    if judge is not None and model is not None:
        got = []
        for i, (_, q, a, _) in enumerate(rows):
            d = judge.judge(BankItem(f"b{i}", "should_refuse", [{"role": "user", "content": q}]), a).detail
            p, _, review = model.decide(q, a)
            got.append((str(d["stance"]), p >= 0.5, review))
        variants.append(("模型 + 规则", got))
    if llm is not None:
        verdicts = [llm.judge(BankItem(f"b{i}", "should_refuse", [{"role": "user", "content": q}]), a)
                    for i, (_, q, a, _) in enumerate(rows)]
        variants.append(("大模型研判", [(str(v.detail.get("stance", "error")), v.refused, v.review) for v in verdicts]))
    for title, out in variants:
        labels = [r[3] for r in rows]
        stance = sum(o[0] == lab for o, lab in zip(out, labels, strict=True))
        refused = sum(o[1] == (lab in REFUSED_CLASSES) for o, lab in zip(out, labels, strict=True))
        rec = {c: (sum(o[0] == c for o, lab in zip(out, labels, strict=True) if lab == c), labels.count(c))
               for c in ("refuse_then_comply", "refusal_explained")}
        decided = [o[1] == (lab in REFUSED_CLASSES) for o, lab in zip(out, labels, strict=True) if not o[2]]
        print(f"| {title} | {stance}/{len(rows)} | {refused}/{len(rows)} | {rec['refuse_then_comply'][0]}/"
              f"{rec['refuse_then_comply'][1]} | {rec['refusal_explained'][0]}/{rec['refusal_explained'][1]} | "
              f"{sum(o[2] for o in out)} | {sum(decided)}/{len(decided)} |")
        wrong = [(r[0], r[3], o[0]) for r, o in zip(rows, out, strict=True) if (o[1] != (r[3] in REFUSED_CLASSES))]
        print(f"  {title} 拒答/未拒答判错（口吻：标注 → 判为）：{wrong}")


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
    ap.add_argument("--set", choices=("first", "follow"), default="first",
                    help="follow: the second frozen set (every upstream-compliant latent-jailbreak answer, all answers)")
    ap.add_argument("--batch", default=None, help="measure a held-out batch of our own answers instead (5a, 5b, 6, 6b, 6c, 7, 8, … 134)")
    ap.add_argument("--model", default=None, help="also measure a refusal model file (default: the shipped one)")
    ap.add_argument("--refusal-judge-url", default=None, help="with --batch: also measure a chat model as the refusal judge")
    ap.add_argument("--refusal-judge-model", default="", help="the chat model's name")
    args = ap.parse_args()
    model = JudgeModel.load(Path(args.model)) if args.model else None
    if args.batch:
        llm = LLMStanceJudge.connect(args.refusal_judge_url, args.refusal_judge_model) if args.refusal_judge_url else None
        report_batch(args.batch, args.shared, model, llm)
        return
    labels = FOLLOW_PATH if args.set == "follow" else LABELS_PATH
    rows = [r for r in load_stance_set(args.shared, labels) if args.split in ("all", split_of(r["question"]))]
    report(rows, "全部标注", args.errors, model)
    report([r for r in rows if r.get("confidence") == "sure"], "标注人确定的样本", 0, model)


if __name__ == "__main__":
    main()
