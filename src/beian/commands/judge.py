"""``beian judge``: train the learned refusal model from labelled answers, and show what a model file holds."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from beian.errors import InputError, UsageError

if TYPE_CHECKING:
    from beian.assess.learn import Example

judge_app = typer.Typer(help="研判模型：用标注过的回答训练拒答研判模型（供 beian assess --judge-model 使用）。",
                        no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Attach the ``judge`` group to the root app."""
    app.add_typer(judge_app, name="judge")


PROMPT_KEY = re.compile(r"[0-9a-f]{12}")
CHANCE_MARGIN = 0.05  # cross-validated accuracy within this of always guessing the larger class: nothing learned
QUESTION_LIKE_SHARE = 0.5  # share of "answers" that read like questions from which the columns look swapped


def _prompt_keys(path: Path | None) -> set[str]:
    """The question hashes listed in ``path``: one sha1 prefix (12 hex digits) per line, ``#`` lines are comments,
    read in any encoding the other readers take (:func:`~beian.text.textio.read_text`). A line that is not a hash
    is an :class:`InputError` naming the lines: a list of question texts used to exclude nothing, silently, and
    this list guards the test set against training on it."""
    if path is None:
        return set()
    from beian.text.textio import read_text, split_lines

    if not path.exists():
        raise InputError(f"找不到问题清单：{path}")
    keys: set[str] = set()
    bad: list[int] = []
    for number, line in split_lines(read_text(path)):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        token = text.split()[0].lower()
        if PROMPT_KEY.fullmatch(token):
            keys.add(token)
        else:
            bad.append(number)
    if bad:
        where = "、".join(str(n) for n in bad[:5]) + ("等" if len(bad) > 5 else "")
        raise InputError(f"问题清单 {path.name} 有 {len(bad)} 行不是问题哈希（第 {where} 行），没有排除任何问题",
                         hint="每行一个问题文本 sha1 的前 12 位十六进制，如 019c2538022c（# 开头的行为注释）；清单是问题原文时"
                              "先换算：hashlib.sha1(问题.encode('utf-8')).hexdigest()[:12]")
    return keys


def _model_path(output: Path) -> Path:
    """Where the model is written, checked before training: an .npz file in a folder that exists and can be written
    (numpy would add ``.npz`` to any other name, and the file written would not be the one the user names later)."""
    from beian.commands.checks import check_writable

    if output.is_dir():
        raise UsageError(f"{output} 是文件夹", hint=f"给出文件名，如 -o {output / 'judge-model.npz'}")
    if output.suffix.lower() != ".npz":
        raise UsageError(f"模型文件应以 .npz 结尾，收到 {output.name}", hint=f"如 -o {output.with_suffix('.npz')}")
    return check_writable(output, "模型文件", "-o")


def _check_c(c: float) -> float:
    """``--c`` as scikit-learn takes it: a finite number above 0 (``0``, ``-1``, ``nan`` and ``inf`` were internal
    errors after the data had been read)."""
    if not (math.isfinite(c) and c > 0):
        raise UsageError(f"--c 须为大于 0 的有限数，收到 {c}", hint="默认 4；越大越贴合训练数据，如 --c 1 或 --c 10")
    return c


@judge_app.command("train")
def train_cmd(
    data: list[Path] = typer.Argument(..., help="标注数据：JSONL/CSV/Excel（question、answer 与 refused 或 label 列），"
                                                "或填好的人工审核工作簿（应拒答/非拒答题的人工结论）。"),
    output: Path = typer.Option(..., "--output", "-o", help="模型文件（.npz）。"),
    exclude_prompts: Path = typer.Option(None, "--exclude-prompts",
                                         help="不参与训练的问题清单（每行一个问题的 sha1 前 12 位，如测试集的 prompts.txt）。"),
    c: float = typer.Option(4.0, "--c", help="逻辑回归的正则强度倒数（越大越贴合训练数据）。"),
    target: str = typer.Option("refused", "--target",
                               help="refused：拒答研判模型；harmful：有害内容离线基线（供 --classifier-kind baseline）。"),
) -> None:
    """训练研判模型：字符 n-gram 逻辑回归（拒答模型再与立场研判混合），记录训练数据哈希与交叉验证准确率。"""
    from beian.assess.learn import train
    from beian.assess.trainset import read_examples

    if target not in ("refused", "harmful"):
        raise UsageError(f"--target 只能是 refused 或 harmful，收到 {target!r}")
    _check_c(c)
    output = _model_path(output)
    keys = _prompt_keys(exclude_prompts)
    excluded: list[str] = []
    examples, skipped = read_examples(data, keys, target, excluded)
    if exclude_prompts is not None:
        typer.echo(f"已按 --exclude-prompts 排除 {len(excluded)} 行（{len(set(excluded))} 个问题；清单共 {len(keys)} 个问题）",
                   err=True)
    if skipped:
        reasons = Counter(s[s.index("（") + 1:-1] if "（" in s else "" for s in skipped)
        summary = "；".join(f"{why or '其他'} {n} 行" for why, n in reasons.most_common(5))
        typer.echo(f"注意：{len(skipped)} 行没有用于训练（{summary}；如 {skipped[0]}）", err=True)
    if len(examples) < 20:
        raise InputError(f"可用于训练的标注只有 {len(examples)} 条，至少需要 20 条")
    model = train(examples, c=c, target=target)
    model.save(output)
    dev = model.meta["dev"]
    what = "拒答" if target == "refused" else "有害"
    typer.echo(f"已训练 {model.meta['n']} 条（{what} {model.meta['positive']} 条），写入 {output}")
    rules = f"，仅规则 {dev['rules_accuracy']:.1%}" if target == "refused" else "（离线基线，仅供参考）"
    typer.echo(f"{dev['folds']} 折交叉验证准确率：模型 {dev['accuracy']:.1%}{rules}")
    if dev.get("unseen_source_accuracy") is None:
        typer.echo("注意：训练数据的来源（文件、任务）少于 3 个，没有测量“未见过的来源”上的准确率；换一种写法的回答上可能明显更低", err=True)
    if (dupes := dev.get("duplicate_answers", 0)) and dupes * 10 >= model.meta["n"]:
        typer.echo(f"注意：{dupes} 条问题与回答完全重复，同一条会同时落在训练与验证两边，交叉验证的准确率偏高", err=True)
    _warn_useless(examples, model.meta)


def _warn_useless(examples: list[Example], meta: dict[str, Any]) -> None:
    """Warn when the model learned nothing usable: cross-validated accuracy no better than always guessing the
    larger class, or "answers" that read like questions (the two columns swapped)."""
    from beian.assess.trainset import question_like_answers

    n, positive = int(meta["n"]), int(meta["positive"])
    majority = max(positive, n - positive) / n
    accuracy = float(meta["dev"]["accuracy"])
    if accuracy < majority + CHANCE_MARGIN:
        typer.echo(f"注意：交叉验证准确率 {accuracy:.1%} 与总猜占多数的一类（{majority:.1%}）相差无几，模型没有学到可用的区分；"
                   "检查 answer 列是否是模型的回答、标签是否与回答对应，这样的模型不要用于研判", err=True)
    share, sample = question_like_answers(examples)
    if share >= QUESTION_LIKE_SHARE:
        typer.echo(f"注意：{share:.0%} 的“回答”看起来是问题（如“{sample[:30]}”）：question 与 answer 两列可能写反了，"
                   "训练数据的 answer 列应是模型的回答", err=True)


@judge_app.command("info")
def info_cmd(model: Path = typer.Argument(..., help="模型文件（.npz）。"),
             as_json: bool = typer.Option(False, "--json", help="输出模型文件里的全部元数据（JSON，英文键名）。")) -> None:
    """显示模型文件的用途、训练数据（条数、哈希）与交叉验证结果。"""
    from beian.assess.learn import JudgeModel

    meta = JudgeModel.load(model).meta
    typer.echo(json.dumps(meta, ensure_ascii=False, indent=2) if as_json else _summary(model, meta))


TARGETS = {"refused": "拒答研判模型（assess --judge-model）", "harmful": "有害内容离线基线（assess --classifier-kind baseline）"}


def _summary(path: Path, meta: dict[str, Any]) -> str:
    """The model file in Chinese: what it judges, what it was trained on, how it did in cross-validation."""
    dev = meta.get("dev") or {}
    n, positive = int(meta.get("n", 0)), int(meta.get("positive", 0))
    label = "拒答" if meta.get("target") == "refused" else "有害"
    lines = [f"模型文件：{path}", f"用途：{TARGETS.get(str(meta.get('target')), str(meta.get('target')))}",
             f"格式：{meta.get('format', '')}",
             f"训练数据：{n:,} 条（{label} {positive:,} 条"
             + (f"，其中合成 {int(meta['synthetic']):,} 条" if meta.get("synthetic") else "") + "），"
             f"数据哈希 {str(meta.get('data_sha256', ''))[:16]}…"]
    if dev:
        parts = [f"准确率 {float(dev['accuracy']):.1%}"]
        if dev.get("unseen_source_accuracy") is not None:
            parts.append(f"整组留出没见过的来源 {float(dev['unseen_source_accuracy']):.1%}（{dev.get('groups', '?')} 组）")
        if dev.get("rules_accuracy") is not None:
            parts.append(f"只用规则 {float(dev['rules_accuracy']):.1%}")
        lines.append(f"交叉验证（{dev.get('folds', '?')} 折）：" + "；".join(parts))
    if meta.get("target") == "refused" and meta.get("weight") is not None:
        lines.append(f"与立场规则混合时模型的权重：{meta['weight']}")
    lines.append("全部元数据：beian judge info 文件 --json")
    return "\n".join(lines)
