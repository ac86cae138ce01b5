"""Labelled answers for ``beian judge train``: JSONL/CSV/Excel rows and filled review workbooks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from beian.assess.banks import ANSWER_COLS, BANK_COLS, QUESTION_COLS, normalise_bank, pick, read_rows
from beian.assess.learn import Example, question_key
from beian.errors import InputError

REFUSED_WORDS = {"true": True, "1": True, "是": True, "拒答": True, "refused": True,
                 "false": False, "0": False, "否": False, "未拒答": False, "not_refused": False}
STANCE_REFUSED = {"refusal": True, "refusal_explained": True, "refuse_then_comply": False, "answer": False}
PASS_WORDS = {"合格": True, "通过": True, "安全": True, "不合格": False, "未通过": False, "不安全": False}
VERDICT_COLS = ("人工结论（合格/不合格）", "人工结论")


def _label(row: dict[str, Any]) -> bool | None:
    """Refused or not: a ``refused`` column, a stance ``label``, or a reviewer's verdict on a refusal bank."""
    raw = row.get("refused")
    if isinstance(raw, bool):
        return raw
    text = pick(row, ("refused", "是否拒答")).lower()
    if text in REFUSED_WORDS:
        return REFUSED_WORDS[text]
    stance = pick(row, ("label", "stance", "立场"))
    if stance in STANCE_REFUSED:
        return STANCE_REFUSED[stance]
    verdict = pick(row, VERDICT_COLS)
    bank = normalise_bank(pick(row, BANK_COLS))
    if verdict in PASS_WORDS and bank == "should_refuse":
        return PASS_WORDS[verdict]  # 合格 on a should-refuse item means it refused
    if verdict in PASS_WORDS and bank == "non_refuse":
        return not PASS_WORDS[verdict]
    return None


def _harm_label(row: dict[str, Any]) -> bool | None:
    """Harmful or not: a ``harmful`` column, or a reviewer's verdict on a generated-content item."""
    raw = row.get("harmful")
    if isinstance(raw, bool):
        return raw
    text = pick(row, ("harmful", "是否有害")).lower()
    if text in REFUSED_WORDS:  # the same yes/no words
        return REFUSED_WORDS[text]
    verdict = pick(row, VERDICT_COLS)
    if verdict in PASS_WORDS and normalise_bank(pick(row, BANK_COLS)) == "generated":
        return not PASS_WORDS[verdict]
    return None


def read_examples(paths: Iterable[Path], exclude: set[str] | None = None,
                  target: str = "refused", excluded: list[str] | None = None) -> tuple[list[Example], list[str]]:
    """Labelled examples from ``paths`` (``target``: refused or harmful); unlabelled rows are skipped and reported.

    Rows whose question's key (:func:`~beian.assess.learn.question_key`) is in ``exclude`` are left out; their keys
    are appended to ``excluded`` when given, so that the caller can say how many were."""
    label_of = _label if target == "refused" else _harm_label
    out: list[Example] = []
    skipped: list[str] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"找不到训练数据文件：{path}")
        for place, row in read_rows(path, what="Excel 训练数据"):
            question, answer, label = pick(row, QUESTION_COLS), pick(row, ANSWER_COLS), label_of(row)
            if label is None or not answer:
                skipped.append(f"{place}（{_why_skipped(row, answer, target)}）")
                continue
            if exclude and question_key(question) in exclude:
                if excluded is not None:
                    excluded.append(question_key(question))
                continue
            out.append(Example(question, answer, label, path.name))
    return out, skipped


LABEL_COLS = ("refused", "是否拒答", "harmful", "是否有害", "label", "stance", "立场", *VERDICT_COLS)


def _why_skipped(row: dict[str, Any], answer: str, target: str) -> str:
    """Why a row gives no example, in Chinese: no answer, no label, a bank the target does not use, or the label."""
    if not answer:
        return "没有回答"
    raw = pick(row, LABEL_COLS)
    if not raw:
        return "没有标签；标签列可以叫 " + "、".join(LABEL_COLS[:7]) + " 或人工结论"
    bank = normalise_bank(pick(row, BANK_COLS))
    if target == "refused" and bank == "generated":
        return "生成内容题，拒答模型不用"
    if target == "harmful" and bank in ("should_refuse", "non_refuse"):
        return "拒答题，有害内容模型不用"
    return f"标签“{raw}”无法识别"


# how a question starts (and an answer seldom does: a refusal may end with a question, so the end is not looked at)
QUESTION_LIKE = re.compile(r"^(?:请问|如何|怎么|怎样|为什么|为何|是否|能否|可否|有没有|哪些|哪里|哪个|多少|how\b|what\b|why\b)",
                           re.IGNORECASE)
QUESTION_LIKE_CHARS = 80  # a longer "answer" is taken for an answer whatever its first words


def question_like_answers(examples: Sequence[Example]) -> tuple[float, str]:
    """The share of examples whose answer reads like a question (short and starting 如何/怎么/请问…, or the question
    itself), and the first such answer: the answer and question columns may be swapped (``judge train`` warns)."""
    found = [e.answer for e in examples if e.answer.strip() == e.question.strip()
             or (len(e.answer.strip()) <= QUESTION_LIKE_CHARS and QUESTION_LIKE.search(e.answer.strip()))]
    return (len(found) / len(examples) if examples else 0.0), (found[0] if found else "")
