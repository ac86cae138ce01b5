"""``beian judge``: train the learned refusal model from labelled answers, and show what a model file holds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import typer

from beian.errors import InputError, UsageError

judge_app = typer.Typer(help="研判模型：用标注过的回答训练拒答研判模型（供 beian assess --judge-model 使用）。",
                        no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Attach the ``judge`` group to the root app."""
    app.add_typer(judge_app, name="judge")


def _prompt_keys(path: Path | None) -> set[str]:
    if path is None:
        return set()
    if not path.exists():
        raise InputError(f"找不到问题清单：{path}")
    return {line.split()[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            and not line.startswith("#")}


def _model_path(output: Path) -> Path:
    """Where the model is written, checked before training: an .npz file in a folder that exists (numpy would add
    ``.npz`` to any other name, and the file written would not be the one the user names later)."""
    if output.is_dir():
        raise UsageError(f"{output} 是文件夹", hint=f"给出文件名，如 -o {output / 'judge-model.npz'}")
    if output.suffix.lower() != ".npz":
        raise UsageError(f"模型文件应以 .npz 结尾，收到 {output.name}", hint=f"如 -o {output.with_suffix('.npz')}")
    if not output.parent.is_dir():
        raise UsageError(f"文件夹 {output.parent} 不存在", hint="先创建它，或换一个输出路径")
    return output


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
    output = _model_path(output)
    examples, skipped = read_examples(data, _prompt_keys(exclude_prompts), target)
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


@judge_app.command("info")
def info_cmd(model: Path = typer.Argument(..., help="模型文件（.npz）。")) -> None:
    """显示模型文件的训练数据哈希、样本数与验证结果。"""
    from beian.assess.learn import JudgeModel

    typer.echo(json.dumps(JudgeModel.load(model).meta, ensure_ascii=False, indent=2))
