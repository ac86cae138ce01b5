"""Join the frozen stance labels (ids only) to the public answer text in ``shared/data``.

``labels.jsonl`` stores ids and labels, never question or answer text (licences); the text is read
from the shared data folder at test time. Rows from ``safety-chisafetybench`` have no stable id
upstream; their id is ``safety-chisafetybench:<file>:<item>.<turn>``: the assistant message at index
``turn`` of ``history`` in item ``item``, paired with the user message just before it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

STANCE_DIR = Path(__file__).resolve().parent
LABELS_PATH = STANCE_DIR / "labels.jsonl"
FOLLOW_PATH = STANCE_DIR / "labels_follow.jsonl"  # the second set: every unlabelled "follow" answer, all answers
PROMPTS_PATH = STANCE_DIR / "prompts.txt"
GUIDE_PATH = STANCE_DIR / "GUIDE.md"
CLASSES = ("refusal", "refusal_explained", "refuse_then_comply", "answer")
REFUSED_CLASSES = frozenset({"refusal", "refusal_explained"})
CONFIDENCES = ("sure", "unsure")
GZ_SETS = ("answers-latent-jailbreak", "answers-yijian")
CHI_SET = "safety-chisafetybench"


class StanceSetError(LookupError):
    """A label row whose id does not resolve to a question and an answer in the shared data."""


def read_labels(path: Path = LABELS_PATH) -> list[dict[str, Any]]:
    """The label rows, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def question_hash(question: str) -> str:
    """The 12-hex sha1 of a question's text: the key a trainer uses to leave these prompts out."""
    return hashlib.sha1(question.encode("utf-8")).hexdigest()[:12]


def _gz_index(shared_data: Path, source_set: str) -> dict[str, tuple[str, str]]:
    path = shared_data / source_set / "data.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["id"]: (row["question"], row["answer"]) for row in rows}


def _chi_turn(shared_data: Path, row_id: str, cache: dict[str, Any]) -> tuple[str, str] | None:
    parts = row_id.split(":")
    if len(parts) != 3 or parts[0] != CHI_SET:
        return None
    file_name, ref = parts[1], parts[2]
    if file_name not in cache:
        path = shared_data / CHI_SET / file_name
        cache[file_name] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    items = cache[file_name]
    item_text, _, turn_text = ref.partition(".")
    if items is None or not (item_text.isdigit() and turn_text.isdigit()):
        return None
    item, turn = int(item_text), int(turn_text)
    history = items[item]["history"] if item < len(items) else []
    if turn >= len(history) or history[turn]["role"] != "assistant":
        return None
    users = [m["content"] for m in history[:turn] if m["role"] == "user"]
    return (users[-1], history[turn]["content"]) if users else None


def _resolve(shared_data: Path, row: dict[str, Any], cache: dict[str, Any]) -> tuple[str, str] | None:
    source_set = row["source_set"]
    if source_set in GZ_SETS:
        if source_set not in cache:
            cache[source_set] = _gz_index(shared_data, source_set)
        return cache[source_set].get(row["id"])
    if source_set == CHI_SET:
        return _chi_turn(shared_data, row["id"], cache)
    return None


def load_stance_set(shared_data: Path, labels: Path = LABELS_PATH) -> list[dict[str, Any]]:
    """Every labelled row joined to its text: id, question, answer, label, confidence, source_set.

    Raises ``StanceSetError`` naming the ids that do not resolve (a changed or missing data folder).
    """
    cache: dict[str, Any] = {}
    joined: list[dict[str, Any]] = []
    missing: list[str] = []
    for row in read_labels(labels):
        text = _resolve(shared_data, row, cache)
        if text is None:
            missing.append(row["id"])
            continue
        joined.append({"id": row["id"], "question": text[0], "answer": text[1], "label": row["label"],
                       "confidence": row["confidence"], "source_set": row["source_set"],
                       "note": row.get("note"), "split": row["split"]})
    if missing:
        shown = "、".join(missing[:5]) + ("……" if len(missing) > 5 else "")
        raise StanceSetError(f"立场测试集有 {len(missing)} 个编号在共享数据 {shared_data} 中找不到：{shown}"
                             "（提示：核对共享数据版本，或检查 labels.jsonl 中的 source_set 与编号）")
    return joined
