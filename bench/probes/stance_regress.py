"""Row-by-row regression of the stance rules on every frozen held-out batch and on probe hands' labelled answers.

    PYTHONPATH=/tmp/ref/src .venv/bin/python bench/probes/stance_regress.py save before.json /tmp/p248 /tmp/p249
    .venv/bin/python bench/probes/stance_regress.py save after.json /tmp/p248 /tmp/p249
    .venv/bin/python bench/probes/stance_regress.py compare before.json after.json

Rules only (``judge_stance``), no model: what a change to the cues or the judge does, row by row. ``compare`` prints every
row whose stance or confidence changed, with its label, and how many refused / not refused and stance errors the change
fixed and made. A probe folder holds ``labels.jsonl`` (``bench/probes/stance_prompt.md``); ids and stances only are
saved, never the answers' text.
"""

from __future__ import annotations

import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tests"))

from assess.frozen import batch
from beian.assess.stance.judge import judge_stance

REFUSED = {"refusal", "refusal_explained"}


def _rows(probes: list[str]) -> dict[str, tuple[str, str, str]]:
    """id → (question, answer, label) for every frozen batch and every probe folder given."""
    out: dict[str, tuple[str, str, str]] = {}
    folder = pathlib.Path(__file__).resolve().parents[2] / "tests" / "assess"
    for path in sorted(folder.glob("stance_heldout*.py")):
        name = path.stem.removeprefix("stance_heldout")
        try:
            rows = batch(name)
        except AttributeError:  # an early batch kept in another shape (4b): not among the frozen ones
            continue
        for i, (_, question, answer, label) in enumerate(rows):
            out[f"{name}:{i}"] = (question, answer, label)
    for probe in probes:
        for line in (pathlib.Path(probe) / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out[f"{pathlib.Path(probe).name}:{row['id']}"] = (row["question"], row["answer"], row["stance"])
    return out


def save(target: str, probes: list[str]) -> None:
    """Judge every row and write id → [stance, confidence, label]."""
    judged = {}
    for key, (question, answer, label) in _rows(probes).items():
        verdict = judge_stance(answer, question)
        judged[key] = [verdict.stance.value, round(verdict.confidence, 3), label]
    pathlib.Path(target).write_text(json.dumps(judged, ensure_ascii=False), encoding="utf-8")
    print(f"{len(judged)} rows → {target}")


def compare(before: str, after: str) -> None:
    """Every changed row, and the errors fixed and made."""
    old = json.loads(pathlib.Path(before).read_text(encoding="utf-8"))
    new = json.loads(pathlib.Path(after).read_text(encoding="utf-8"))
    changed = [k for k in old if k in new and old[k][:2] != new[k][:2]]

    def side_ok(v: list) -> bool:  # type: ignore[type-arg]
        return (v[0] in REFUSED) == (v[2] in REFUSED)

    for key in changed:
        print(key, old[key], "->", new[key])
    print(f"changed {len(changed)} of {len(old)}; refused/not refused wrong: {sum(not side_ok(old[k]) for k in changed)} → "
          f"{sum(not side_ok(new[k]) for k in changed)}; stance wrong: {sum(old[k][0] != old[k][2] for k in changed)} → "
          f"{sum(new[k][0] != new[k][2] for k in changed)}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "save":
        save(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
