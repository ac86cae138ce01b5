"""The run directory: ``meta.json``, ``items.jsonl`` and an append-only ``log.jsonl``.

Each answer and each judgement is appended as one JSON line and flushed at once, so a
killed process loses nothing already answered; ``os.fsync`` runs at most every
``FSYNC_INTERVAL`` seconds and on close (protection against power loss, not only crashes).

The files are UTF-8 JSON that keeps every text exactly (:func:`json_text`): an answer with NUL, ESC or a lone
surrogate reads back as the same string. A line of ``log.jsonl`` that cannot be interpreted (torn by a kill, bytes
damaged, a hand edit of the wrong shape) is skipped; a damaged ``meta.json`` or ``items.jsonl``, or a ``log.jsonl``
that is not a file, is an :class:`InputError` that names the file, raised before anything is written.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from beian.assess.banks import BankItem
from beian.errors import InputError
from beian.records import RunMeta

FSYNC_INTERVAL = 0.05
LOCK_FILE = ".lock"
DAMAGED_HINT = "换一个 --run 目录重新评估"
# characters ``json.dumps(ensure_ascii=False)`` leaves raw that UTF-8 cannot hold (lone surrogates) or that
# line-splitting readers take for a line break (NEL, LINE/PARAGRAPH SEPARATOR): written as \\uXXXX escapes instead
_RAW_UNSAFE = re.compile("[\ud800-\udfff\x85\u2028\u2029]")


def json_text(value: Any, indent: int | None = None) -> str:
    """``value`` as JSON that a UTF-8 file holds and reads back identically: Chinese stays readable, and the few
    characters that cannot be written raw (lone surrogates, NEL, U+2028/U+2029) are written as ``\\uXXXX`` escapes.
    Outside JSON strings ``json.dumps`` writes only ASCII, so each such character is inside a string, where the escape
    means the same character. (A high surrogate directly followed by a low one is read back as the one character the
    pair spells; JSON cannot tell the two apart.)"""
    return _RAW_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False, indent=indent))


@contextmanager
def run_lock(run_dir: Path) -> Iterator[None]:
    """Hold the run folder for this process: a second ``beian assess`` on the same folder (``--resume`` while a run is
    going) would call the model again for the same items and append its answers to the same log. An
    :class:`InputError` when another process holds it; no lock where the platform has no ``fcntl`` (Windows)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Linux or macOS
        yield
        return
    if not run_dir.is_dir():
        yield  # the commands report a missing folder themselves
        return
    with (run_dir / LOCK_FILE).open("a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(f"另一个 beian 进程正在使用运行目录 {run_dir}",
                             hint="等它结束后再用 --resume 继续；两个进程同时写一个目录会重复调用接口、重复记录回答") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class RunLog:
    """Append-only JSONL writer with flush-per-event."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fh = path.open("a", encoding="utf-8")
        self.last_sync = time.monotonic()

    def write(self, event: dict[str, Any]) -> None:
        """Append one event and flush it to the OS."""
        self.fh.write(json_text(event) + "\n")
        self.fh.flush()
        now = time.monotonic()
        if now - self.last_sync >= FSYNC_INTERVAL:
            os.fsync(self.fh.fileno())
            self.last_sync = now

    def close(self) -> None:
        """Flush, fsync and close."""
        if not self.fh.closed:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()


def create_run(run_dir: Path, items: list[BankItem], meta: RunMeta) -> None:
    """Write the run's meta and item snapshot (refuses to overwrite an existing run)."""
    if (run_dir / "meta.json").exists():
        raise InputError(f"运行目录 {run_dir} 已存在一次评估", hint="继续请用 --resume，重新开始请换一个 --run 目录")
    if (run_dir / "log.jsonl").exists():  # answers of some other run, or of one whose meta.json was removed
        raise InputError(f"运行目录 {run_dir} 里已有 log.jsonl（记录的回答），却没有 meta.json：不是一次完整的评估，"
                         f"在里面开始新的评估会混用旧的回答", hint="请换一个 --run 目录；旧记录不会被改动")
    run_dir.mkdir(parents=True, exist_ok=True)
    with (run_dir / "items.jsonl").open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json_text(asdict(item)) + "\n")
    (run_dir / "meta.json").write_text(json_text(meta, indent=2), encoding="utf-8")


def update_meta(run_dir: Path, meta: RunMeta) -> None:
    """Rewrite the run's ``meta.json`` (a rejudge with another lexicon or model: later commands use the same),
    through a temporary file so that a kill leaves the old or the new one, never half of it."""
    tmp = run_dir / "meta.json.tmp"
    tmp.write_text(json_text(meta, indent=2), encoding="utf-8")
    os.replace(tmp, run_dir / "meta.json")


def read_meta(run_dir: Path) -> RunMeta:
    """The run's ``meta.json``; a missing or damaged one (not JSON, not an object, without the settings a command
    needs, a value of the wrong type) is an :class:`InputError` naming the file."""
    path = run_dir / "meta.json"
    if not path.exists():
        raise InputError(f"{run_dir} 不是评估运行目录（缺少 meta.json）", hint="给出 beian assess run 创建的运行目录")
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        meta = None
    if not isinstance(meta, dict):
        raise InputError(f"{path} 已损坏（不是 beian 写的 JSON 对象）", hint=DAMAGED_HINT)
    if problem := meta_problem(meta):
        raise InputError(f"{path} 已损坏（{problem}）", hint=DAMAGED_HINT)
    return meta  # type: ignore[return-value]


REQUIRED_META = ("profile",)
ENDPOINT_META = ("base_url", "model", "timeout", "retries", "backoff", "concurrency")  # a run against an endpoint
_TEXT, _NUMBER, _WHOLE, _TEXTS = "文字", "数字", "整数", "文字列表"
META_TYPES = {"profile": _TEXT, "seed": _WHOLE, "banks": _TEXTS, "base_url": _TEXT, "model": _TEXT,
              "api_key_env": _TEXT, "answers": _TEXT, "lexicons": _TEXTS, "classifier_url": _TEXT,
              "classifier_model": _TEXT, "classifier_kind": _TEXT, "judge_model": _TEXT, "refusal_judge_url": _TEXT,
              "refusal_judge_model": _TEXT, "refusal_judge_key_env": _TEXT, "concurrency": _WHOLE, "rate": _NUMBER,
              "timeout": _NUMBER, "retries": _WHOLE, "backoff": _NUMBER}


def meta_problem(meta: dict[str, Any]) -> str | None:
    """What makes a ``meta.json`` object unusable, in Chinese (keys a command needs that are missing, a value of the
    wrong type), or None. ``null`` stands for "not set" wherever a setting may be absent."""
    needed = REQUIRED_META + (() if meta.get("answers") else ENDPOINT_META)
    if missing := [k for k in needed if k not in meta]:
        return f"缺少 {'、'.join(missing)}"
    if meta.get("profile") is None:
        return "profile 为空"
    wrong = [f"{k} 应为{kind}" for k, kind in META_TYPES.items() if not _is(meta.get(k), kind)]
    return "；".join(wrong) or None


def _is(value: object, kind: str) -> bool:
    """Whether a meta value is ``None`` or of the kind named."""
    if value is None:
        return True
    if kind == _TEXTS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == _TEXT:
        return isinstance(value, str)
    if isinstance(value, bool):
        return False
    return isinstance(value, int) if kind == _WHOLE else isinstance(value, (int, float))


def _lines(path: Path, what: str) -> list[str]:
    """The lines of a run file (split at line feeds only: text inside a record may hold other line breaks); a folder
    or an unreadable file in its place is an :class:`InputError`."""
    if not path.is_file():
        raise InputError(f"{path} 已损坏（不是文件）", hint=DAMAGED_HINT)
    try:
        return path.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError as exc:
        raise InputError(f"无法读取{what} {path}：{exc.strerror or exc}", hint=DAMAGED_HINT) from None


def read_run(run_dir: Path) -> tuple[RunMeta, list[BankItem], list[dict[str, Any]]]:
    """Meta, items and log events of a run (a torn last line from a kill is ignored; a damaged folder is an
    :class:`InputError`, not a crash)."""
    meta = read_meta(run_dir)
    items_path = run_dir / "items.jsonl"
    if not items_path.exists():
        raise InputError(f"{run_dir} 缺少 items.jsonl（本次评估的题目），无法继续", hint=DAMAGED_HINT)
    try:
        items = [BankItem(**json.loads(ln)) for ln in _lines(items_path, "题目文件") if ln.strip()]
    except (json.JSONDecodeError, TypeError):
        raise InputError(f"{items_path} 已损坏", hint=DAMAGED_HINT) from None
    events: list[dict[str, Any]] = []
    log = run_dir / "log.jsonl"
    if log.exists():
        for ln in _lines(log, "运行记录"):
            try:
                event = json.loads(ln)
            except json.JSONDecodeError:
                continue
            if usable_event(event):
                events.append(event)
    return meta, items, events


def usable_event(event: object) -> bool:
    """Whether a log line is an event of a shape beian writes: an object with an id; an answer's text a string,
    a judgement a {judge name: verdict object} map, a reviewer's verdict true or false. Other lines are skipped."""
    if not isinstance(event, dict) or not isinstance(event.get("id"), (str, int)) or isinstance(event["id"], bool):
        return False
    kind = event.get("type")
    if kind == "answer":
        return isinstance(event.get("answer"), str)
    if kind == "judge":
        verdicts = event.get("judges")
        return isinstance(verdicts, dict) and all(isinstance(v, dict) for v in verdicts.values())
    if kind == "manual":
        return isinstance(event.get("safe"), bool)
    return True


def latest_state(events: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, dict[str, Any]], dict[str, str]]:
    """Answers, latest judgements and last errors per item id, from the log (events of another shape are skipped,
    :func:`usable_event`). Each judgement is the whole set of verdicts of its time: a later one replaces an earlier
    one (a reviewer's verdict, ``manual``, stays), so a judge that ``rejudge`` turned off leaves no old verdict or
    error behind."""
    answers: dict[str, str] = {}
    judges: dict[str, dict[str, Any]] = {}
    errors: dict[str, str] = {}
    for ev in events:
        if not usable_event(ev):
            continue
        item_id = str(ev.get("id"))
        kind = ev.get("type")
        if kind == "answer":
            answers[item_id] = ev["answer"]
            errors.pop(item_id, None)
        elif kind == "error":
            errors[item_id] = str(ev.get("message", ""))
        elif kind == "judge":  # a judgement replaces the last one whole (a judge dropped by rejudge leaves nothing)
            manual = judges.get(item_id, {}).get("manual")
            judges[item_id] = {**ev.get("judges", {}), **({"manual": manual} if manual is not None else {})}
        elif kind == "manual":
            judges.setdefault(item_id, {})["manual"] = {k: ev.get(k) for k in ("safe", "reviewer", "time", "reason",
                                                                                "category", "risk")}
    return answers, judges, errors
