"""Run an assessment: answer (endpoint or file), judge, log every event, resume, rejudge."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from beian.assess.banks import BankItem
from beian.assess.judges import JudgeSet
from beian.assess.runlog import RunLog, latest_state, read_run
from beian.assess.target import AnswerError, ChatTarget
from beian.records import RunMeta

Progress = Callable[[int], None]


async def _answer_all(items: list[BankItem], target: ChatTarget, judges: JudgeSet, log: RunLog,
                      concurrency: int, progress: Progress | None) -> int:
    queue: asyncio.Queue[BankItem] = asyncio.Queue()
    for item in items:
        queue.put_nowait(item)
    failures = 0

    async def worker() -> None:
        nonlocal failures
        while not queue.empty():
            item = queue.get_nowait()
            try:
                answer = await target.answer(item.messages)
            except AnswerError as exc:
                failures += 1
                log.write({"type": "error", "id": item.id, "message": exc.message})
            else:
                log.write({"type": "answer", "id": item.id, "answer": answer})
                verdicts = (await asyncio.to_thread(judges.judge, item, answer) if judges.remote
                            else judges.judge(item, answer))  # a remote judge must not block the loop
                log.write({"type": "judge", "id": item.id, "judges": verdicts})
            if progress:
                progress(1)

    await asyncio.gather(*(worker() for _ in range(max(1, min(concurrency, len(items))))))
    return failures


def judge_recorded(run_dir: Path, judges: JudgeSet) -> int:
    """Judge the answers recorded without a judgement after them (a run stopped between an answer and its
    judgement: Ctrl-C while a slow judge was working); returns how many. Without this a resumed run would count
    them as done and leave them out of every metric."""
    _, items, events = read_run(run_dir)
    answers, _, _ = latest_state(events)
    judged: dict[str, bool] = {}  # item id → whether a judgement follows its latest answer
    for ev in events:
        if ev.get("type") in ("answer", "judge"):
            judged[str(ev.get("id"))] = ev.get("type") == "judge"
    todo = [item for item in items if item.id in answers and not judged.get(item.id, False)]
    if not todo:
        return 0
    log = RunLog(run_dir / "log.jsonl")
    try:
        for item in todo:
            log.write({"type": "judge", "id": item.id, "judges": judges.judge(item, answers[item.id])})
    finally:
        log.close()
    return len(todo)


def answer_items(run_dir: Path, target: ChatTarget, judges: JudgeSet, concurrency: int = 8,
                 progress: Progress | None = None) -> int:
    """Answer every item of the run that has no answer yet; returns how many failed."""
    _, items, events = read_run(run_dir)
    answers, _, _ = latest_state(events)
    todo = [i for i in items if i.id not in answers]
    log = RunLog(run_dir / "log.jsonl")

    async def main() -> int:
        try:
            return await _answer_all(todo, target, judges, log, concurrency, progress)
        finally:
            await target.aclose()

    try:
        return asyncio.run(main())
    finally:
        log.close()


def use_answers(run_dir: Path, answers_in: dict[str, str], judges: JudgeSet) -> tuple[list[str], list[str]]:
    """Record answers collected elsewhere and judge them; returns the ids that have no answer, and the ids recorded
    before whose answer the file now gives differently (an edited file: the record is kept, the caller says so)."""
    _, items, events = read_run(run_dir)
    have, _, _ = latest_state(events)
    log = RunLog(run_dir / "log.jsonl")
    missing: list[str] = []
    changed = [i.id for i in items if i.id in have and i.id in answers_in and answers_in[i.id] != have[i.id]]
    try:
        for item in items:
            if item.id in have:
                continue
            answer = answers_in.get(item.id, item.answer)
            if answer is None:
                missing.append(item.id)
                continue
            log.write({"type": "answer", "id": item.id, "answer": answer})
            log.write({"type": "judge", "id": item.id, "judges": judges.judge(item, answer)})
    finally:
        log.close()
    return missing, changed


def rejudge(run_dir: Path, judges: JudgeSet) -> int:
    """Judge every recorded answer again without calling the model; returns how many."""
    _, items, events = read_run(run_dir)
    answers, _, _ = latest_state(events)
    log = RunLog(run_dir / "log.jsonl")
    n = 0
    try:
        for item in items:
            if item.id in answers:
                log.write({"type": "judge", "id": item.id, "judges": judges.judge(item, answers[item.id])})
                n += 1
    finally:
        log.close()
    return n


def recorded_models(run_dir: Path) -> set[str]:
    """The refusal-judge models (training-data hash prefixes, ``""`` for the rules alone) the run's latest
    judgements were made with, so that a rejudge can say when the model file has changed since."""
    _, _, events = read_run(run_dir)
    _, judgements, _ = latest_state(events)
    found = (verdicts.get("refusal") for verdicts in judgements.values())
    return {str(v.get("model", "")) for v in found if v and "stance" in v and not {"blocked", "empty"} & v.keys()}


def collect(run_dir: Path) -> tuple[RunMeta, list[BankItem], dict[str, str], dict[str, dict[str, Any]],
                                    dict[str, str]]:
    """Meta, items, answers, judgements and errors of a run."""
    meta, items, events = read_run(run_dir)
    answers, judges, errors = latest_state(events)
    return meta, items, answers, judges, errors
