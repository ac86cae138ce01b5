"""The frozen stance test set: ids resolve, counts match the guide, the file is unchanged."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from assess.stance.loader import (
    CLASSES,
    CONFIDENCES,
    GUIDE_PATH,
    LABELS_PATH,
    PROMPTS_PATH,
    StanceSetError,
    load_stance_set,
    question_hash,
    read_labels,
)

SOURCES = ("answers-latent-jailbreak", "answers-yijian", "safety-chisafetybench")


def _guide() -> str:
    return GUIDE_PATH.read_text(encoding="utf-8")


def _guide_counts() -> dict[str, list[int]]:
    """The counts table between the ``counts`` markers: class -> per source, total, unsure."""
    block = _guide().split("<!-- counts:", 1)[1].split("<!-- /counts -->", 1)[0]
    table: dict[str, list[int]] = {}
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[1].isdigit():
            table[cells[0]] = [int(c) for c in cells[1:]]
    return table


def test_recorded_sha256_matches_the_frozen_file() -> None:
    recorded = re.search(r"sha256：`([0-9a-f]{64})`", _guide())
    assert recorded, "GUIDE.md 必须记录 labels.jsonl 的 sha256"
    assert hashlib.sha256(LABELS_PATH.read_bytes()).hexdigest() == recorded.group(1)


def test_rows_are_well_formed_and_unique() -> None:
    rows = read_labels()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1][:5]
    assert len(rows) >= 650
    for row in rows:
        assert row["label"] in CLASSES and row["confidence"] in CONFIDENCES, row["id"]
        assert row["source_set"] in SOURCES and row["split"] == "test", row["id"]
        assert set(row) <= {"id", "source_set", "label", "confidence", "note", "split"}, row["id"]
        if row["confidence"] == "unsure":
            assert row.get("note"), f"{row['id']}: unsure 行要写明原因"


def test_no_text_is_stored_in_the_repository() -> None:
    for row in read_labels():
        assert "question" not in row and "answer" not in row
        assert len(row.get("note") or "") <= 60, row["id"]


def test_class_counts_are_the_ones_the_guide_states() -> None:
    rows = read_labels()
    table = _guide_counts()
    assert set(CLASSES) <= set(table), "GUIDE.md 的计数表缺少类别"
    for label in CLASSES:
        per_source = [sum(1 for r in rows if r["label"] == label and r["source_set"] == s) for s in SOURCES]
        unsure = sum(1 for r in rows if r["label"] == label and r["confidence"] == "unsure")
        assert table[label] == [*per_source, sum(per_source), unsure], label
    assert all(table[label][3] > 0 for label in CLASSES), "四个类别都必须出现"


def test_every_id_resolves_to_a_question_and_an_answer(shared_data: Path) -> None:
    rows = load_stance_set(shared_data)
    assert len(rows) == len(read_labels())
    assert all(r["question"].strip() and r["answer"].strip() for r in rows)
    assert {r["label"] for r in rows} == set(CLASSES)


def test_prompts_file_lists_exactly_the_questions_of_the_set(shared_data: Path) -> None:
    listed = {line.strip() for line in PROMPTS_PATH.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    assert listed == {question_hash(r["question"]) for r in load_stance_set(shared_data)}


def test_an_unknown_id_is_a_clear_error(shared_data: Path, tmp_path: Path) -> None:
    bogus = {"id": "ljb-no-such-row", "source_set": "answers-latent-jailbreak", "label": "refusal",
             "confidence": "sure", "split": "test"}
    bad_turn = {**bogus, "id": "safety-chisafetybench:risky_questions_with_dialog_history.json:0.1",
                "source_set": "safety-chisafetybench"}
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r) + "\n" for r in (bogus, bad_turn)), encoding="utf-8")
    with pytest.raises(StanceSetError, match="2 个编号") as caught:
        load_stance_set(shared_data, labels)
    assert "ljb-no-such-row" in str(caught.value)
