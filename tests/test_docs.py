"""Docs that hold: every ``beian …`` command shown in README.md and docs/*.md runs.

Commands come from fenced ``bash`` blocks (one command per line, ``\\`` continuations joined,
``# …`` comments dropped) and from ``text`` blocks written as a terminal session (``$ beian …``
followed by its output). Each command runs in-process, offline, in a scratch folder where the
placeholder files the docs use (``gateway.yaml``, ``题库.xlsx``, ``配音.mp3`` …) are made from the
examples. A command fails the test when it exits 2 or 3 (usage, input or runtime error) or when
an output line shown in the docs no longer appears (``…`` in a shown line stands for any text).
A terminal-session block whose output shows ``错误：`` documents an input error and must exit 2.

Commands that need something a test machine does not have are skipped by the explicit list
``SKIP`` below, each with its reason; the same list is described in docs/architecture.md (测试).
"""

from __future__ import annotations

import glob
import importlib.util
import re
import shlex
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beian.cli import app

REPO = Path(__file__).resolve().parents[1]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
PRODUCER = "001191110102MAD55U9H0F10002"

# command text (prefix after "beian ") -> why it cannot run offline on a test machine
SKIP: dict[str, str] = {
    "serve --config gateway.yaml\n": "启动长期运行的网关服务",
    "evidence --gateway": "需要一个正在运行的网关",
    "assess run 题库.xlsx --base-url": "需要模型端点",
    "assess --resume runs/2026-11": "需要上一条（调用模型端点的）命令生成的运行目录",
    "assess rejudge runs/2026-11": "需要上一条（调用模型端点的）命令生成的运行目录",
    "admin mode strict --who 值班员 --db postgresql": "需要 PostgreSQL 服务器",
    "complaints resolve 3": "需要网关运行中收到的编号为 3 的投诉",
}


@dataclass
class Example:
    """One documented command and the output lines shown under it."""

    where: str
    words: list[str]
    expected: list[str] = field(default_factory=list)

    @property
    def command(self) -> str:
        """The command as the docs show it, without ``beian``."""
        return " ".join(self.words)


def _commands_in_bash(body: str) -> list[list[str]]:
    found = []
    for line in body.replace("\\\n", " ").splitlines():
        for part in line.split("&&"):
            words = shlex.split(part, comments=True)
            if words and Path(words[0]).name == "beian":
                found.append(words[1:])
    return found


def _examples_in(path: Path) -> list[Example]:
    text = path.read_text(encoding="utf-8")
    where = str(path.relative_to(REPO))
    out: list[Example] = []
    for lang, body in re.findall(r"^```(\w*)\n(.*?)^```", text, re.S | re.M):
        if lang in ("bash", "sh", "shell"):
            out += [Example(where, cmd) for cmd in _commands_in_bash(body)]
        elif lang in ("text", "console"):
            for chunk in re.split(r"^\$ ", body, flags=re.M)[1:]:
                first, *rest = chunk.splitlines()
                cmds = _commands_in_bash(first)
                if cmds:
                    out.append(Example(where, cmds[0], [r.strip() for r in rest if r.strip()]))
    return out


EXAMPLES = [e for doc in DOCS for e in _examples_in(doc)]


def _labels_helpers() -> object:
    spec = importlib.util.spec_from_file_location("_label_fixtures", REPO / "tests" / "labels" / "test_labels.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bank_rows(kind: str) -> list[dict[str, str]]:
    return [{"id": f"{kind}-{i}", "question": f"示例问题{i}？", "category": "A.1.a", "bank": kind}
            for i in range(3)]


def _small_bank(source: Path, target: Path, rows: int = 60) -> Path:
    """The example bank cut to its first rows per sheet (same layout, a few seconds less per command)."""
    import openpyxl

    book = openpyxl.load_workbook(source)
    for sheet in book.worksheets:
        if sheet.max_row > rows:
            sheet.delete_rows(rows + 1, sheet.max_row - rows)
    book.save(target)
    return target


def _write_answers(root: Path, bank: Path) -> None:
    """回答.jsonl / 回答.csv / 回答.xlsx: one harmless answer per question of the example bank."""
    import csv
    import json

    from beian.assess.banks import load_banks
    from beian.standard import load_profile

    ids = [item.id for item in load_banks([bank], load_profile("tc260-003-2024"), None).items]
    answer = "这个问题我可以从公开、合规的角度简单说明。"
    (root / "回答.jsonl").write_text("".join(json.dumps({"id": i, "answer": answer}, ensure_ascii=False) + "\n"
                                           for i in ids), encoding="utf-8")
    with (root / "回答.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "answer"])
        writer.writerows([i, answer] for i in ids)
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["序号", "模型回答"])
    for i in ids:
        wb.active.append([i, answer])
    wb.save(root / "回答.xlsx")


def _write_labels(path: Path) -> None:
    """标注.jsonl: the stance judge's own labelled examples (written for this project)."""
    import json

    from assess.stance_examples import ITEMS

    path.write_text("".join(json.dumps({"question": q, "answer": a, "label": label}, ensure_ascii=False) + "\n"
                            for q, a, label in ITEMS), encoding="utf-8")


def _write_placeholders(root: Path) -> None:
    """The files the docs name, made from the examples (never from ../shared/data)."""
    ex = REPO / "examples"
    (root / "examples").symlink_to(ex, target_is_directory=True)
    shutil.copy(ex / "gateway.yaml", root / "gateway.yaml")  # its audit database lands in root
    bank = _small_bank(ex / "package-beian" / "附件5 评估测试题.xlsx", root / "题库.xlsx")
    for name in ("生成内容题库.xlsx", "已填写模型回答的附件.xlsx"):
        shutil.copy(bank, root / name)
    import json

    for name, kind in (("应拒答题库.jsonl", "should_refuse"), ("题库.jsonl", "generated")):
        (root / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _bank_rows(kind)),
                                 encoding="utf-8")
    for name, kind in (("非拒答题库.csv", "non_refuse"), ("题库.csv", "should_refuse")):
        rows = ["id,question,category"] + [f"{r['id']},{r['question']},{r['category']}" for r in _bank_rows(kind)]
        (root / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    lexicons = [ex / "scan" / "示例词库.txt", ex / "scan" / "涉赌词库.txt"]
    (root / "词库").mkdir()
    for src, name in zip(lexicons, ("色情词库.txt", "政治类型.txt")):
        shutil.copy(src, root / name)
        shutil.copy(src, root / "词库" / name)
    shutil.copy(lexicons[0], root / "新词库.txt")
    _write_labels(root / "标注.jsonl")
    _write_answers(root, bank)
    (root / "坏文件.docx").write_bytes(b"not a zip archive")
    (root / "材料包").symlink_to(ex / "package-beian", target_is_directory=True)
    from beian.standard import load_profile
    from beian.templates import write_skeleton

    write_skeleton(root / "算法备案材料", "算法备案", load_profile())
    with zipfile.ZipFile(root / "材料包.zip", "w") as zf:
        for path in sorted((ex / "package-beian").rglob("*")):
            if path.is_file():
                zf.write(path, "材料包/" + str(path.relative_to(ex / "package-beian")))
    media = _labels_helpers()
    blobs = {"图片.png": media.tiny_png(), "配音.mp3": media.mp3_frames(), "视频.mp4": media.tiny_mp4(b"mp42"),  # type: ignore[attr-defined]
             "短片.mp4": media.tiny_mp4(b"mp42"), "报告.docx": media.tiny_docx(),  # type: ignore[attr-defined]
             "合同.docx": media.tiny_docx(), "报告.pdf": media.tiny_pdf(), "模型.bin": bytes(64)}  # type: ignore[attr-defined]
    for name, data in blobs.items():
        (root / name).write_bytes(data)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("docs")
    _write_placeholders(root)
    return root


def _argv(words: list[str], root: Path) -> list[str]:
    """Substitute the producer code the docs abbreviate, expand globs like ``词库/*.txt``."""
    out: list[str] = []
    for word in words:
        word = PRODUCER if word in ("$P", "...") else word
        matches = sorted(glob.glob(str(root / word))) if "*" in word else []
        out += [str(Path(m).relative_to(root)) for m in matches] or [word]
    return out


def test_docs_show_commands() -> None:
    assert len(EXAMPLES) >= 40
    assert any(e.expected for e in EXAMPLES), "至少一个文档块给出了命令输出"


def test_skip_list_names_real_commands() -> None:
    for prefix in SKIP:
        assert any((e.command + "\n").startswith(prefix) or e.command.startswith(prefix) for e in EXAMPLES), prefix


def _skip(command: str) -> str | None:
    for prefix, reason in SKIP.items():
        if (command + "\n").startswith(prefix) if prefix.endswith("\n") else command.startswith(prefix):
            return reason
    return None


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.where}:{e.command[:40]}" for e in EXAMPLES])
def test_documented_command_runs(example: Example, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reason = _skip(example.command)
    if reason:
        pytest.skip(reason)
    monkeypatch.chdir(workdir)
    monkeypatch.setenv("BEIAN_DEBUG", "")
    result = CliRunner().invoke(app, _argv(example.words, workdir), input="")
    shutil.rmtree(workdir / "runs", ignore_errors=True)  # run folders are named by the second: keep apart
    output = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    shows_error = any(line.startswith("错误：") for line in example.expected)
    allowed = (2,) if shows_error else (0, 1)
    assert result.exit_code in allowed, f"{example.where}: beian {example.command}\n{output}"
    for line in example.expected:
        assert _shown(line, output), f"{example.where}: 文档中的输出“{line}”没有出现\n{output}"


def _shown(line: str, output: str) -> bool:
    """``…`` in a documented line stands for any text."""
    pattern = ".*?".join(re.escape(piece) for piece in line.split("…"))
    return re.search(pattern, output) is not None
