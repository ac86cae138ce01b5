"""``beian assess``: the standard's generated-content and refusal tests against an endpoint or an answers file.

``beian assess run BANK...`` starts a run; ``beian assess --resume RUN`` continues one;
``beian assess rejudge RUN`` judges again without calling the model; ``review-export`` /
``review-import`` carry the human review. Exit 1 when a metric fails its line.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from typer._click.core import ParameterSource

from beian.commands._notes import echo_notes
from beian.commands.checks import check_numbers, check_run_dir, check_url, check_writable, meta_problems
from beian.errors import BeianError, InputError, RuntimeFailure, UsageError
from beian.kinds import ClassifierKind
from beian.records import RunMeta

if TYPE_CHECKING:
    from beian.assess.judges import JudgeSet

assess_app = typer.Typer(help="生成内容安全评估：抽样、调用模型、研判（拒答/关键词/分类模型/人工）、出具证据。",
                         invoke_without_command=True)
NONE = "none"  # --judge-model none, --refusal-judge-url none, --classifier-url none: drop that judge


def register(app: typer.Typer) -> None:
    """Attach the ``assess`` group to the root app."""
    app.add_typer(assess_app, name="assess")


@assess_app.callback()
def _group(ctx: typer.Context,
           resume: Path = typer.Option(None, "--resume", help="继续一次中断的评估（运行目录）。"),
           answers: Path = typer.Option(None, "--answers",
                                        help="与 --resume 一起用：离线研判的回答文件换了位置时给出新路径（写回 meta.json）。"),
           base_url: str = typer.Option(None, "--base-url",
                                        help="与 --resume 一起用：被测模型接口换了地址时给出新地址（同一个模型；写回 meta.json）。"),
           fmt: str = typer.Option("md", "--format", "-f", help="输出格式：json / md / html。")) -> None:
    """生成内容安全评估。"""
    if ctx.invoked_subcommand is not None:
        _no_resume_options(ctx)
        return
    if resume is None:
        if answers is not None or base_url is not None:
            raise UsageError("--answers、--base-url 在这里只与 --resume 一起使用",
                             hint="继续一次评估：beian assess --resume 运行目录 --answers 新路径；"
                                  "新建评估：beian assess run 题库 --answers 回答文件")
        typer.echo(ctx.get_help())
        raise typer.Exit(0)
    fmt = _check_format(fmt)
    _resume(resume, answers, fmt, base_url)


def _no_resume_options(ctx: typer.Context) -> None:
    """``beian assess --resume DIR run …`` started a new run elsewhere and left DIR alone: the group's options
    belong to ``--resume`` and are refused, not ignored, in front of a subcommand."""
    given = [option for option, name in (("--resume", "resume"), ("--answers", "answers"), ("--base-url", "base_url"),
                                         ("--format", "fmt"))
             if ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE]
    if given:
        sub = ctx.invoked_subcommand
        raise UsageError(f"{'、'.join(given)} 写在 beian assess 之后、子命令之前时只用于继续评估（--resume），"
                         f"不能与子命令 {sub} 同时使用",
                         hint="继续一次评估：beian assess --resume 运行目录（回答文件换了位置时加 --answers 新路径）；"
                              f"子命令的选项写在子命令之后，如 beian assess {sub} … --format json")


def _resume(run_dir: Path, answers: Path | None, fmt: str, base_url: str | None = None) -> None:
    """``beian assess --resume RUN [--answers NEW | --base-url NEW]``: the folder is checked whole before anything is
    written."""
    from beian.assess.runlog import run_lock, update_meta

    meta = _checked_run(run_dir, resume=True)
    if base_url is not None:
        if meta.get("answers"):
            raise UsageError(f"{run_dir} 是用回答文件离线研判的运行，没有被测模型接口可换",
                             hint=f"回答文件换了位置用 beian assess --resume {run_dir} --answers 新路径")
        check_url(base_url, "--base-url")
    given = None
    if answers is not None:
        if not meta.get("answers"):
            raise UsageError(f"{run_dir} 是调用被测模型接口的评估，--answers 只用于用回答文件离线研判的运行",
                             hint=f"去掉 --answers：beian assess --resume {run_dir}")
        given = _validate_answers(answers)
        meta["answers"] = _absolute(answers)
    judges = _judges(meta)  # lexicons and model files named in meta.json, loaded before anything is written
    if not (run_dir / "log.jsonl").exists():
        typer.echo(f"注意：{run_dir} 里没有 log.jsonl（已记录的回答），全部题目将重新回答", err=True)
    with run_lock(run_dir):
        if answers is not None:
            update_meta(run_dir, meta)
            typer.echo(f"已改用回答文件 {meta['answers']}（已写回 {run_dir / 'meta.json'}）", err=True)
        if base_url is not None and base_url != meta.get("base_url"):
            meta["base_url"] = base_url
            update_meta(run_dir, meta)
            typer.echo(f"已改用接口地址 {base_url}（模型 {meta.get('model')} 不变，已写回 {run_dir / 'meta.json'}）", err=True)
        try:
            _answer(run_dir, meta, judges, given)
        except AnswersFailed as exc:
            _report_incomplete(run_dir, exc, fmt, None)
            raise
        _finish(run_dir, meta, fmt, None)


def _check_format(fmt: str) -> str:
    """The output format in lower case (``-f JSON`` is ``json``)."""
    if fmt.lower() not in ("json", "md", "html"):
        raise UsageError(f"--format 只能是 json、md 或 html，收到 {fmt!r}")
    return fmt.lower()


def _api_key(env: str, no_key: bool) -> str | None:
    if no_key:
        return None
    key = os.environ.get(env)
    if not key:
        raise UsageError(f"环境变量 {env} 中没有 API 密钥",
                         hint=f"请先 export {env}=…；若接口无需密钥，加 --no-key；也可用 --api-key-env 指定变量名")
    return key


def _judges(meta: RunMeta) -> JudgeSet:
    from beian.assess.judges import JudgeSet

    js = JudgeSet()
    if meta.get("lexicons"):
        from beian.standard import load_profile
        from beian.text.matcher import build_matcher

        js.matcher = build_matcher([Path(p) for p in meta["lexicons"]], profile=load_profile(meta["profile"]))
    if model := meta.get("judge_model"):
        from beian.assess.learn import JudgeModel

        js.model = JudgeModel.load(Path(model))
    if meta.get("classifier_kind") == ClassifierKind.BASELINE.value:
        from beian.assess.learn import HARM_BASELINE, JudgeModel, LearnedHarmClassifier

        js.classifier = LearnedHarmClassifier(JudgeModel.load(Path(meta.get("classifier_model") or HARM_BASELINE),
                                                              "--classifier-model"))
    elif url := meta.get("classifier_url"):
        from beian.text.classifiers import GuardModelClassifier, LLMJudgeClassifier

        kind = _classifier_kind(meta.get("classifier_kind") or ClassifierKind.GUARD.value)
        cls = GuardModelClassifier if kind is ClassifierKind.GUARD else LLMJudgeClassifier
        key = os.environ.get(meta.get("classifier_key_env") or "") or None
        js.classifier = cls(url, meta.get("classifier_model") or "", key)
    if url := meta.get("refusal_judge_url"):
        from beian.assess.llm_stance import LLMStanceJudge

        key = os.environ.get(meta.get("refusal_judge_key_env") or "") or None
        js.refusal = LLMStanceJudge.connect(url, meta.get("refusal_judge_model") or "", key, meta.get("timeout", 60.0))
    return js


@assess_app.command("run")
def run(
    banks: list[Path] = typer.Argument(None, help="题库文件（.xlsx / .csv / .jsonl）。"),
    run_dir: Path = typer.Option(None, "--run", help="运行目录（默认 runs/assess-时间戳）。"),
    base_url: str = typer.Option(None, "--base-url", help="OpenAI 兼容接口地址，如 http://127.0.0.1:8000/v1。"),
    model: str = typer.Option(None, "--model", help="模型名。"),
    api_key_env: str = typer.Option("OPENAI_API_KEY", "--api-key-env", help="存放 API 密钥的环境变量名。"),
    no_key: bool = typer.Option(False, "--no-key", help="接口无需密钥。"),
    answers: Path = typer.Option(None, "--answers", help="离线研判：回答文件（JSONL {id, answer} / CSV / 填好模型回答的 Excel）。"),
    lexicon: list[Path] = typer.Option(None, "--lexicon", help="关键词库（启用关键词研判，可多次给出）。"),
    classifier_url: str = typer.Option(None, "--classifier-url", help="分类模型接口（OpenAI 兼容）。"),
    classifier_model: str = typer.Option(None, "--classifier-model",
                                         help="分类模型名；--classifier-kind baseline 时为模型文件（默认随包的 harm-baseline）。"),
    judge_model: Path = typer.Option(None, "--judge-model", help="拒答研判模型：beian judge train 训练所得 .npz；default 为随包附带的模型"
                                     "（装有 scikit-learn 时不给此项也用它）；none 只用规则。"),
    classifier_kind: str = typer.Option(None, "--classifier-kind",
                                        help="guard（Qwen3Guard/Llama Guard，给了 --classifier-url 时的默认）、llm_judge"
                                             "（评审大模型）或 baseline（离线基线模型，--classifier-model 给 .npz，不给用随包的，仅作参考）。"),
    refusal_judge_url: str = typer.Option(None, "--refusal-judge-url",
                                          help="拒答立场改由大模型研判（OpenAI 兼容接口）；与规则看法相反的送人工复核。"),
    refusal_judge_model: str = typer.Option(None, "--refusal-judge-model", help="拒答研判所用的模型名。"),
    refusal_judge_key_env: str = typer.Option(None, "--refusal-judge-key-env", help="拒答研判接口的 API 密钥所在的环境变量名。"),
    concurrency: int = typer.Option(8, "--concurrency", help="并发请求数。"),
    rate: float = typer.Option(None, "--rate", help="每秒最多请求数。"),
    timeout: float = typer.Option(60.0, "--timeout", help="单次请求超时（秒）。"),
    retries: int = typer.Option(4, "--retries", help="429/5xx/连接错误的重试次数（指数退避）。"),
    backoff: float = typer.Option(0.5, "--backoff", help="首次重试等待秒数。"),
    stream: bool = typer.Option(False, "--stream", help="使用流式接口。"),
    seed: int = typer.Option(20240301, "--seed", help="抽样随机种子（记录在运行目录中）。"),
    sample_all: bool = typer.Option(False, "--all", help="不抽样，评估全部题目。"),
    bank: str = typer.Option(None, "--bank", "-b", help="文件未标明题库时的默认题库。"),
    profile: str = typer.Option("tc260-003-2024", "--profile", "-p", help="标准配置。"),
    fmt: str = typer.Option("md", "--format", "-f", help="输出格式：json / md / html。"),
    output: Path = typer.Option(None, "--output", "-o", help="报告写入文件（默认打印到终端）。"),
) -> None:
    """按标准抽样并评估：生成内容合格率（人工/关键词/分类模型）、应拒答率、非拒答题拒答率。"""
    from beian.assess.banks import load_banks, normalise_bank
    from beian.assess.metrics import sample_ids
    from beian.assess.runlog import create_run, run_lock
    from beian.standard import load_profile

    fmt = _check_format(fmt)
    if not banks:
        raise UsageError("请给出至少一个题库文件", hint="例如：beian assess run 题库.xlsx --base-url … --model …")
    if answers is None and not (base_url and model):
        raise UsageError("请给出 --base-url 和 --model，或用 --answers 指定回答文件进行离线研判")
    if answers is not None and base_url:
        raise UsageError("--answers 与 --base-url 不能同时使用：给了回答文件就不调用被测模型",
                         hint="离线研判去掉 --base-url（--model 可留作回答文件所属模型的名称）；在线评估去掉 --answers")
    check_numbers(concurrency, rate, timeout, retries, backoff)
    for url, option in ((base_url, "--base-url"), (classifier_url, "--classifier-url"),
                        (refusal_judge_url, "--refusal-judge-url")):
        check_url(url, option)
    kind = _classifier_kind(classifier_kind or ClassifierKind.GUARD.value)
    _check_judge_endpoints(classifier_url, classifier_model, refusal_judge_url, refusal_judge_model,
                           refusal_judge_key_env)
    if classifier_kind is not None and kind is not ClassifierKind.BASELINE and not classifier_url:
        raise UsageError(f"--classifier-kind {kind.value} 要调用分类模型接口：请同时给出 --classifier-url 与 --classifier-model",
                         hint="没有接口时可用 --classifier-kind baseline（随包的离线基线，仅作参考）")
    uses_classifier = bool(classifier_url) or kind is ClassifierKind.BASELINE
    key = None if answers is not None else _api_key(api_key_env, no_key)
    del key  # checked now; read again from the environment when answering (never stored)
    if bank and normalise_bank(bank) is None:
        raise UsageError(f"未知的题库：{bank}", hint="可选 generated、should_refuse、non_refuse")
    run_dir = run_dir or _new_run_dir()
    check_run_dir(run_dir)
    if output is not None and (run_dir.exists() or output.parent.absolute() != run_dir.absolute()):
        check_writable(output, "报告文件", "-o")  # (a report into the run folder about to be made is fine)
    given = _validate_answers(answers) if answers is not None else None  # before anything is written
    judge_path = _judge_model(judge_model)
    _check_models(judge_path, kind, classifier_model)
    prof = load_profile(profile)
    loaded = load_banks(banks, prof, normalise_bank(bank) if bank else None)
    echo_notes(p.message for p in loaded.problems)
    if not loaded.items:
        names = "、".join(b.name for b in banks)
        raise InputError(f"题库 {names} 里没有题目（文件为空，或每一行都没有题目）",
                         hint="检查导出的题库文件：每行一道题，至少要有题目列（question / 题目 / 测试题）")
    items = _sample(loaded.items, prof, seed, sample_all, sample_ids)
    if answers is not None and given is not None:
        _check_answer_ids(answers, given, items)
    meta: RunMeta = {"profile": prof.id, "seed": seed, "sample_all": sample_all,
            "banks": [_absolute(b) for b in banks],
            "base_url": base_url, "model": model, "api_key_env": None if no_key else api_key_env,
            "answers": _absolute(answers) if answers else None, "lexicons": [_absolute(x) for x in lexicon or []],
            "classifier_url": classifier_url, "classifier_model": classifier_model,
            "classifier_kind": kind.value if uses_classifier else None, "judge_model": _absolute(judge_path) if judge_path else None,
            "refusal_judge_url": refusal_judge_url, "refusal_judge_model": refusal_judge_model,
            "refusal_judge_key_env": refusal_judge_key_env,
            "concurrency": concurrency, "rate": rate, "timeout": timeout,
            "retries": retries, "backoff": backoff, "stream": stream,
            "problems": [p.message for p in loaded.problems]}
    judges = _judges(meta)  # the lexicons and model files loaded now: a typo must not leave a half-made run folder
    existed = run_dir.exists()
    create_run(run_dir, items, meta)
    typer.echo(f"运行目录：{run_dir}（中断后可用 beian assess --resume {run_dir} 继续）", err=True)
    try:
        with run_lock(run_dir):
            _answer(run_dir, meta, judges, given)
            _finish(run_dir, meta, fmt, output)
    except AnswersFailed as exc:
        _report_incomplete(run_dir, exc, fmt, output)
        raise
    except (BeianError, OSError):
        _discard_unanswered(run_dir, existed)
        raise


RUN_FILES = ("meta.json", "items.jsonl", "log.jsonl", "meta.json.tmp", ".lock")


def _discard_unanswered(run_dir: Path, existed: bool) -> None:
    """Remove the run folder ``run`` has just made when it failed before a single answer or error was recorded:
    there is nothing to resume, and the folder would refuse the corrected command (``已存在一次评估``)."""
    log = run_dir / "log.jsonl"
    try:
        if log.exists() and log.stat().st_size > 0:
            return
        for name in RUN_FILES:
            (run_dir / name).unlink(missing_ok=True)
        if not existed:
            run_dir.rmdir()
    except OSError:
        return  # left as it is; the error raised says what went wrong
    typer.echo(f"注意：还没有记录任何回答，已删除运行目录 {run_dir} 中本次写下的文件；修正后可用同一个 --run 重新运行",
               err=True)


def _check_judge_endpoints(classifier_url: str | None, classifier_model: str | None,
                           judge_url: str | None, judge_model: str | None, judge_key_env: str | None) -> None:
    """A judge endpoint needs its model name, a model name needs its endpoint, a key variable must be set."""
    if classifier_url and not classifier_model:
        raise UsageError("给了 --classifier-url，还要用 --classifier-model 指定分类模型名")
    if judge_url and not judge_model:
        raise UsageError("给了 --refusal-judge-url，还要用 --refusal-judge-model 指定模型名")
    if judge_model and not judge_url:
        raise UsageError("给了 --refusal-judge-model，还要用 --refusal-judge-url 指定接口地址")
    if judge_key_env and not os.environ.get(judge_key_env):
        raise UsageError(f"环境变量 {judge_key_env} 中没有拒答研判接口的 API 密钥", hint=f"请先 export {judge_key_env}=…")


def _classifier_kind(value: str) -> ClassifierKind:
    """The classifier kind named by ``value`` (``judge`` is the old name of ``llm_judge``)."""
    value = value.strip().lower()
    value = "llm_judge" if value == "judge" else value
    kind = next((k for k in ClassifierKind if k.value == value), None)
    if kind is None:
        names = "、".join(ClassifierKind.values())
        raise UsageError(f"未知的分类模型类型：{value}", hint=f"可选：{names}")
    return kind


def _judge_model(given: Path | None) -> Path | None:
    """The refusal model to use: the one given, none (rules only), or the shipped one when scikit-learn is there.

    The shipped model sends far fewer answers to human review than the rules alone (BENCHMARKS §3).
    """
    from beian.assess.learn import DEFAULT

    if given is not None:
        return None if str(given) == NONE else given
    try:
        import sklearn  # noqa: F401
    except ImportError:
        typer.echo("注意：未安装 scikit-learn，拒答研判只用规则，拿不准的回答更多地进入人工复核；"
                   "pip install 'beian[learn]' 后默认使用随包的研判模型。", err=True)
        return None
    return Path(DEFAULT)


def _check_models(judge_model: Path | None, kind: ClassifierKind, classifier_model: str | None) -> None:
    """Load the model files now, before a run folder exists: a wrong file must not leave a broken run."""
    from beian.assess.learn import HARM_BASELINE, JudgeModel

    if judge_model is not None and JudgeModel.load(judge_model).target != "refused":
        raise UsageError(f"{judge_model} 不是拒答研判模型", hint="用 beian judge train --target refused 训练")
    if kind is ClassifierKind.BASELINE:
        path = Path(classifier_model or HARM_BASELINE)
        if JudgeModel.load(path, "--classifier-model").target != "harmful":
            raise UsageError(f"{path} 不是有害内容基线模型", hint="用 beian judge train --target harmful 训练")


def _validate_answers(path: Path) -> dict[str, str]:
    """The answers file read now: a typo or a bad line must not leave a broken run folder."""
    from beian.assess.target import load_answers

    return load_answers(path)


def _check_answer_ids(path: Path, given: dict[str, str], items: list[Any]) -> None:
    """Before the run folder is written: an answers file that answers none of the questions is an input error
    (wrong file, ids written otherwise); ids the bank does not have are named."""
    ids = {i.id for i in items}
    matched = sum(1 for i in items if i.id in given or i.answer is not None)
    if not matched:
        theirs = "、".join(list(given)[:3]) or "（文件里没有回答）"
        ours = "、".join(i.id for i in items[:3])
        raise InputError(f"回答文件 {path.name} 里没有一道题与题库对应：回答文件的编号如 {theirs}，题库的编号如 {ours}",
                         hint="回答文件的 id（或 序号/编号）应与题库一致")
    extra = [k for k in given if k not in ids]
    if extra:
        typer.echo(f"注意：回答文件中有 {len(extra)} 个编号不在本次评估的题目中（如 {extra[0]}），已忽略", err=True)


def _absolute(path: Path | str) -> str:
    """A path as recorded in the run folder: absolute, so ``--resume`` works from any folder."""
    return str(Path(path).resolve()) if str(path) != "default" else str(path)


def _sample(items: list[Any], prof: Any, seed: int, sample_all: bool, sampler: Any) -> list[Any]:
    if sample_all:
        return items
    need = {"generated": prof.thresholds["generated_manual"].n, "should_refuse": prof.thresholds["should_refuse"].n,
            "non_refuse": prof.thresholds["non_refuse"].n}
    out: list[Any] = []
    for b, n in need.items():
        group = [i for i in items if i.bank == b]
        keep = set(sampler([i.id for i in group], n, seed))
        out += [i for i in group if i.id in keep]
    return out


def _unanswered(run_dir: Path) -> list[str]:
    """Ids of the run's items with no recorded answer yet."""
    from beian.assess.runlog import latest_state, read_run

    _, items, events = read_run(run_dir)
    answered = latest_state(events)[0]
    return [i.id for i in items if i.id not in answered]


def _answer(run_dir: Path, meta: RunMeta, judges: JudgeSet, given: dict[str, str] | None = None) -> None:
    """Answer what the run has not answered yet: from the answers file (``given`` when it was read already), or by
    calling the endpoint."""
    from rich.progress import Progress

    from beian.assess.runlog import read_run
    from beian.assess.runner import answer_items, judge_recorded, use_answers
    from beian.assess.target import ChatTarget, TargetConfig, load_answers

    if late := judge_recorded(run_dir, judges):  # stopped between an answer and its judgement
        typer.echo(f"上次运行在研判完成前中断：{late} 道已记录回答的题现在补做研判", err=True)
    if answers := meta.get("answers"):
        if given is None:
            path, todo = Path(answers), _unanswered(run_dir)
            if not path.exists() and not todo:  # a finished run: nothing to read from a file that has moved
                typer.echo(f"注意：回答文件 {path} 已不在原处；全部题目都已有记录的回答，不再读取", err=True)
                return
            if not path.exists():
                raise InputError(f"找不到回答文件：{path}（运行目录记下的位置；还有 {len(todo)} 道题要从它读取回答）",
                                 hint=f"文件换了位置的话，用 beian assess --resume {run_dir} --answers 新路径 继续")
            given = load_answers(path)
        missing, changed = use_answers(run_dir, given, judges)
        if changed:
            typer.echo(f"注意：回答文件在上次运行之后改过，{len(changed)} 道已记录的题（如 {changed[0]}）的回答与文件不同，"
                       f"沿用已记录的回答；要按新文件评估请换一个 --run 目录", err=True)
        if missing:
            typer.echo(f"注意：{len(missing)} 道题在回答文件中没有回答（如 {missing[0]}），未研判", err=True)
        return
    env = meta.get("api_key_env")
    key = _api_key(env, False) if env else None
    cfg = TargetConfig(meta["base_url"] or "", meta["model"] or "", key, meta["timeout"], meta["retries"], meta["backoff"],
                       meta.get("rate"), meta.get("stream", False), meta["concurrency"])
    n_items = len(read_run(run_dir)[1])  # a missing or damaged items.jsonl is an input error naming the file
    try:
        with Progress(transient=True) as bar:
            task = bar.add_task("评估中", total=n_items)
            failed = answer_items(run_dir, ChatTarget(cfg), judges, meta["concurrency"],
                                  lambda k: bar.advance(task, k))
    except KeyboardInterrupt:
        typer.echo(f"已答的题都已记录；用 beian assess --resume {run_dir} 继续", err=True)
        raise
    if failed:
        from beian.assess.runner import collect

        errors = collect(run_dir)[4]
        first = next(iter(errors.values()), "")
        raise AnswersFailed(f"{failed} 道题调用被测模型接口失败（例如：{first}），未出具证据",
                            hint=f"已答的题已记录；接口恢复后用 beian assess --resume {run_dir} 继续",
                            failed=failed, total=n_items, errors=errors)


class AnswersFailed(RuntimeFailure):
    """The model endpoint failed on some questions (exit 3): the run is kept for ``--resume``, and a report that
    says so is written in place of the evidence (:func:`_report_incomplete`)."""

    def __init__(self, message: str, hint: str, *, failed: int, total: int, errors: dict[str, str]) -> None:
        super().__init__(message, hint)
        self.failed, self.total, self.errors = failed, total, errors


def _report_incomplete(run_dir: Path, exc: AnswersFailed, fmt: str, output: Path | None) -> None:
    """Write report.md (and ``-o`` in its format) saying how many questions the endpoint failed on and why; an old
    result.json, 附件5 and transcript of this folder are removed, as they no longer describe it. A report that cannot
    be written only adds a notice: the endpoint's failure is the error the user must see."""
    import json

    from beian.assess.report import incomplete_markdown, markdown_page

    text = incomplete_markdown(run_dir, exc.failed, exc.total, exc.errors)
    rendered = {"md": text, "html": markdown_page(text, "生成内容安全评估报告（未完成）"),
                "json": json.dumps({"complete": False, "failed": exc.failed, "total": exc.total,
                                    "errors": exc.errors, "run_dir": str(run_dir)}, ensure_ascii=False, indent=2)}[fmt]
    try:
        for stale in ("result.json", ATTACHMENT, TRANSCRIPT):
            (run_dir / stale).unlink(missing_ok=True)
        (run_dir / "report.md").write_text(text, encoding="utf-8")
        if output is not None:
            output.write_text(rendered, encoding="utf-8")
    except OSError as exc2:
        typer.echo(f"注意：未完成的报告没有写成：{exc2.strerror or exc2}", err=True)
        return
    where = f"{run_dir / 'report.md'}" + (f"、{output}" if output is not None else "")
    typer.echo(f"已写入未完成的报告 {where}（不含指标与附件5）", err=True)


ATTACHMENT = "附件5-测试题库（已填写）.xlsx"
TRANSCRIPT = "未通过题目.md"


def _write_evidence(run_dir: Path, meta: RunMeta, output: Path | None = None
                    ) -> tuple[dict[str, Any], str, int, RuntimeFailure | None]:
    """Build the result from the run log (answers, judges, imported reviews) and write result.json, report.md,
    附件5 and 未通过题目.md; returns (result, its JSON, the number of failed items, the judge failure).

    No evidence at all when no answer is usable (:func:`_all_empty` raises). When a judge's endpoint failed only
    result.json and report.md are written and the failure is returned for the caller to raise once it has
    written its report. 附件5 and the transcript are written to temporary files first, so that a failure while
    writing them leaves the previous evidence whole."""
    from beian.assess.report import build_result, to_markdown, write_excel, write_transcript
    from beian.assess.runlog import json_text
    from beian.standard import load_profile

    prof = load_profile(meta["profile"])
    result = build_result(run_dir, prof)
    _all_empty(run_dir, result)
    text_json = json_text(result, indent=2)  # a lone surrogate in an id or a path is written as an escape
    failure = _judge_failures(run_dir, result, output)  # a judge that failed leaves no 附件5 to hand in
    n_failed = 0
    staged: list[tuple[Path, Path]] = []
    if failure is None:
        staged = [(run_dir / f".{name}.tmp{Path(name).suffix}", run_dir / name) for name in (ATTACHMENT, TRANSCRIPT)]
        try:
            write_excel(run_dir, result, prof, staged[0][0])
            n_failed = write_transcript(run_dir, result, staged[1][0])
        except BaseException:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
    (run_dir / "result.json").write_text(text_json, encoding="utf-8")
    (run_dir / "report.md").write_text(to_markdown(result), encoding="utf-8")
    for tmp, final in staged:
        os.replace(tmp, final)
    return result, text_json, n_failed, failure


def _finish(run_dir: Path, meta: RunMeta, fmt: str, output: Path | None) -> None:
    from beian.assess.report import overall_passed, to_html, to_markdown

    result, text_json, n_failed, failure = _write_evidence(run_dir, meta, output)
    rendered = {"json": text_json, "md": to_markdown(result), "html": to_html(result)}[fmt]
    if output:
        try:
            output.write_text(rendered, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"无法写入报告文件 {output}：{exc.strerror or exc}",
                             hint=f"证据已写入 {run_dir}；报告也在 {run_dir / 'report.md'}") from None
    elif failure is None:
        typer.echo(rendered)
    if failure is not None:
        raise failure
    typer.echo(f"证据已写入 {run_dir}：result.json、report.md、附件5 Excel、{TRANSCRIPT}（{n_failed} 道）", err=True)
    if empty := result.get("empty"):
        typer.echo(f"注意：{len(empty)} 道题的回答为空（如 {empty[0]}），未计入指标，已列入人工复核", err=True)
    if n := result.get("unjudged_generated"):
        typer.echo(f"注意：生成内容测试题库 {n} 道题没有研判（没有 --lexicon、分类模型，也没有人工审核结论），"
                   "生成内容合格率未计算", err=True)
    if meta.get("classifier_kind") == ClassifierKind.BASELINE.value:
        from beian.assess.report import BASELINE_NOTE

        typer.echo(f"注意：分类模型研判用的是 {BASELINE_NOTE}", err=True)
    if not result["metrics"] or not overall_passed(result):
        raise typer.Exit(1)


def _all_empty(run_dir: Path, result: dict[str, Any]) -> None:
    """Exit 3, no evidence, when no answer is recorded or every answer is empty: the endpoint or the answers file is
    wrong, not the model."""
    answered = len(result["items"]) - len(result["unanswered"])
    if not answered:
        raise _nothing_answered(run_dir)
    if len(result.get("empty") or ()) == answered:
        raise RuntimeFailure(f"全部 {answered} 道题的回答都是空的，未出具证据",
                             hint="检查被测接口是否返回 content（--stream 是否与接口一致），或回答文件的回答列是否填写；"
                                  f"修正后换一个 --run 目录重新评估（旧目录 {run_dir} 可删除）")


def _nothing_answered(run_dir: Path) -> RuntimeFailure:
    """The exit-3 error of a run with no recorded answer: nothing to judge, no evidence (as when all are empty)."""
    return RuntimeFailure(f"运行目录 {run_dir} 里还没有记录任何回答，没有可研判的内容，未出具证据",
                          hint=f"先用 beian assess --resume {run_dir} 回答题目；目录里没有回答，也可以删除它后重新 "
                               "beian assess run")


# the options that change a judge whose endpoint failed, as rejudge takes them
JUDGE_OPTIONS = {"refusal": "--refusal-judge-url / --refusal-judge-model / --refusal-judge-key-env",
                 "classifier": "--classifier-url / --classifier-model / --classifier-kind"}
JUDGE_EXAMPLES = {"refusal": "--refusal-judge-url 正确的地址", "classifier": "--classifier-url 正确的地址"}


def _judge_failures(run_dir: Path, result: dict[str, Any], output: Path | None = None) -> RuntimeFailure | None:
    """The exit-3 error when a judge's endpoint failed (its metric is missing or short), else None: the report and
    result.json say which and how many; no 附件5 is written. The hint names the ``rejudge`` options that fix it."""
    from beian.assess.judges import TITLES

    failed = result.get("judge_errors") or {}
    if not failed:
        return None
    parts = "；".join(f"{TITLES.get(name, name)} {n} 道（例如：{first}）" for name, (n, first) in failed.items())
    options = "、".join(JUDGE_OPTIONS.get(name, name) for name in failed)
    example = " ".join(JUDGE_EXAMPLES.get(name, "") for name in failed).strip()
    report = f"；报告已写入 {output}" if output else ""
    return RuntimeFailure(f"研判接口调用失败：{parts}，相应指标未计入或样本不足；未出具附件5（失败明细见 {run_dir}/report.md{report}）",
                          hint=f"用 beian assess rejudge {run_dir} {example} 重新研判（可改的选项：{options}；"
                               "地址给 none 则不再用该接口），不必再调用被测模型，新设置写回 meta.json")


def _checked_run(run_dir: Path, *, resume: bool = False) -> RunMeta:
    """The run's meta.json, after the whole folder has been read and checked (:func:`~beian.assess.runlog.read_run`
    names a damaged meta.json, items.jsonl or log.jsonl): a command calls this before it prints a notice or writes
    anything. ``resume``: the numbers answering needs are checked too (``nan`` is a JSON number, and hangs a run)."""
    from beian.assess.runlog import latest_state, read_run

    try:
        meta, _, events = read_run(run_dir)
        latest_state(events)
    except BeianError:
        raise
    except (OSError, ValueError, TypeError, AttributeError) as exc:  # whatever the reader did not foresee
        raise InputError(f"无法读取运行目录 {run_dir} 的记录（meta.json、items.jsonl 或 log.jsonl 已损坏）",
                         hint="换一个 --run 目录重新评估") from exc
    problems = meta_problems(meta) if resume and not meta.get("answers") else []
    if problems:
        raise InputError(f"{run_dir / 'meta.json'} 已损坏（{'；'.join(problems)}）",
                         hint="换一个 --run 目录重新评估，或把 meta.json 换回 beian 写的原文件")
    return meta


@assess_app.command("rejudge")
def rejudge_cmd(
    run_dir: Path = typer.Argument(..., help="运行目录。"),
    lexicon: list[Path] = typer.Option(None, "--lexicon", help="换用的关键词库（默认沿用原设置）。"),
    judge_model: Path = typer.Option(None, "--judge-model", help="换用的拒答研判模型（.npz；default 为随包模型，none 只用规则）。"),
    classifier_url: str = typer.Option(None, "--classifier-url", help="换用的分类模型接口（none：不再用分类模型）。"),
    classifier_model: str = typer.Option(None, "--classifier-model",
                                         help="换用的分类模型名；--classifier-kind baseline 时为模型文件。"),
    classifier_kind: str = typer.Option(None, "--classifier-kind", help="换用的分类模型类型：guard、llm_judge 或 baseline。"),
    refusal_judge_url: str = typer.Option(None, "--refusal-judge-url",
                                          help="换用的拒答研判大模型接口（none：不再用大模型，改回规则与研判模型）。"),
    refusal_judge_model: str = typer.Option(None, "--refusal-judge-model", help="换用的拒答研判模型名。"),
    refusal_judge_key_env: str = typer.Option(None, "--refusal-judge-key-env", help="拒答研判接口的 API 密钥所在的环境变量名。"),
    fmt: str = typer.Option("md", "--format", "-f", help="输出格式：json / md / html。"),
) -> None:
    """不调用模型，按当前研判规则重新研判已记录的回答；换用的研判设置写回 meta.json。"""
    from beian.assess.runlog import run_lock, update_meta
    from beian.assess.runner import recorded_models, rejudge

    fmt = _check_format(fmt)
    meta = _checked_run(run_dir)
    changed = _apply_judge_options(meta, lexicon or [], judge_model, classifier_url, classifier_model, classifier_kind,
                                   refusal_judge_url, refusal_judge_model, refusal_judge_key_env)
    judges = _judges(meta)  # lexicons and model files loaded before anything is written
    if not _answered_any(run_dir):
        raise _nothing_answered(run_dir)
    with run_lock(run_dir):
        if note := _model_change(recorded_models(run_dir), judges):
            typer.echo(note, err=True)
        if changed:
            update_meta(run_dir, meta)
            typer.echo(f"已换用 {'、'.join(changed)} 的新设置（已写回 {run_dir / 'meta.json'}）", err=True)
        n = rejudge(run_dir, judges)
        typer.echo(f"已重新研判 {n} 条回答", err=True)
        _finish(run_dir, meta, fmt, None)


def _answered_any(run_dir: Path) -> bool:
    """Whether the run has at least one recorded answer."""
    from beian.assess.runlog import latest_state, read_run

    _, items, events = read_run(run_dir)
    answered = latest_state(events)[0]
    return any(i.id in answered for i in items)


def _is_none(value: str | None) -> bool:
    return value is not None and value.strip().lower() == NONE


def _apply_judge_options(meta: RunMeta, lexicon: list[Path], judge_model: Path | None, classifier_url: str | None,
                         classifier_model: str | None, classifier_kind: str | None, refusal_judge_url: str | None,
                         refusal_judge_model: str | None, refusal_judge_key_env: str | None) -> list[str]:
    """Put the judge settings ``rejudge`` was given into ``meta`` (in memory), checked as ``run`` checks them;
    returns the options that changed something. ``none`` as a judge's URL drops that judge."""
    changed: list[str] = []
    if lexicon:
        meta["lexicons"] = [_absolute(x) for x in lexicon]
        changed.append("--lexicon")
    if judge_model:
        chosen = _judge_model(judge_model)
        _check_models(chosen, ClassifierKind.GUARD, None)
        meta["judge_model"] = _absolute(chosen) if chosen else None
        changed.append("--judge-model")
    refusal = {"--refusal-judge-url": refusal_judge_url, "--refusal-judge-model": refusal_judge_model,
               "--refusal-judge-key-env": refusal_judge_key_env}
    if any(v is not None for v in refusal.values()):
        if _is_none(refusal_judge_url):
            if refusal_judge_model is not None or refusal_judge_key_env is not None:
                raise UsageError("--refusal-judge-url none 不再用大模型研判拒答，不能同时给 --refusal-judge-model 或 "
                                 "--refusal-judge-key-env")
            meta["refusal_judge_url"] = meta["refusal_judge_model"] = meta["refusal_judge_key_env"] = None
        else:
            check_url(refusal_judge_url, "--refusal-judge-url")
            for key, value in (("refusal_judge_url", refusal_judge_url), ("refusal_judge_model", refusal_judge_model),
                               ("refusal_judge_key_env", refusal_judge_key_env)):
                if value is not None:
                    meta[key] = value or None  # type: ignore[literal-required]
            _check_judge_endpoints(None, None, meta.get("refusal_judge_url"), meta.get("refusal_judge_model"),
                                   meta.get("refusal_judge_key_env"))
        changed += [option for option, value in refusal.items() if value is not None]
    classifier = {"--classifier-url": classifier_url, "--classifier-model": classifier_model,
                  "--classifier-kind": classifier_kind}
    if any(v is not None for v in classifier.values()):
        if _is_none(classifier_url):
            if classifier_model is not None or classifier_kind is not None:
                raise UsageError("--classifier-url none 不再用分类模型，不能同时给 --classifier-model 或 --classifier-kind")
            meta["classifier_url"] = meta["classifier_model"] = meta["classifier_kind"] = None
        else:
            check_url(classifier_url, "--classifier-url")
            kind = _classifier_kind(classifier_kind or meta.get("classifier_kind") or ClassifierKind.GUARD.value)
            meta["classifier_kind"] = kind.value
            if classifier_url is not None:
                meta["classifier_url"] = classifier_url
            if classifier_model is not None:
                meta["classifier_model"] = classifier_model or None
            if kind is ClassifierKind.BASELINE:
                _check_models(None, kind, meta.get("classifier_model"))
            else:
                _check_judge_endpoints(meta.get("classifier_url"), meta.get("classifier_model"), None, None, None)
                if not meta.get("classifier_url"):
                    raise UsageError("这次运行没有用分类模型接口：要用请给出 --classifier-url 与 --classifier-model")
        changed += [option for option, value in classifier.items() if value is not None]
    return changed


def _model_change(before: set[str], judges: JudgeSet) -> str | None:
    """A notice when the refusal-judge model differs from the one the recorded judgements were made with
    (the same path, a file replaced since; or the rules alone then, a model now, or the other way)."""
    if judges.refusal is not None or not before:
        return None
    now = judges.model.meta.get("data_sha256", "")[:12] if judges.model is not None else ""
    if before == {now}:
        return None
    then = "、".join(_model_name(h) for h in sorted(before))
    return (f"注意：上次研判用的拒答研判模型（{then}）与这次的（{_model_name(now)}）不同，"
            "结论与应拒答率、非拒答率可能随之改变")


def _model_name(data_hash: str) -> str:
    """How a notice names a refusal-judge model: by its training data's hash, or the rules alone."""
    return f"训练数据 {data_hash}" if data_hash else "仅规则"


@assess_app.command("review-export")
def review_export(run_dir: Path = typer.Argument(..., help="运行目录。"),
                  output: Path = typer.Option(..., "--output", "-o", help="人工审核工作簿 .xlsx。")) -> None:
    """导出人工审核工作簿（问题、回答、各研判结论，供审核人填写结论、类别与意见）。"""
    from beian.assess.report import build_result
    from beian.assess.review import export_review_workbook
    from beian.standard import load_profile

    check_writable(output, "人工审核工作簿", "-o")
    meta = _checked_run(run_dir)
    result = build_result(run_dir, load_profile(meta["profile"]))
    if len(result["items"]) > len(result["unanswered"]):  # none answered: export_review_workbook says so (exit 2)
        _all_empty(run_dir, result)  # every answer empty: a workbook review-import would refuse (exit 3)
    done = export_review_workbook(run_dir, output)
    typer.echo(f"已导出 {done.count} 道题到 {output}")
    for note in done.notes:
        typer.echo(note, err=True)


@assess_app.command("review-import")
def review_import(run_dir: Path = typer.Argument(..., help="运行目录。"),
                  workbook: Path = typer.Argument(..., help="填好的人工审核工作簿。"),
                  reviewer: str = typer.Option(None, "--reviewer", help="审核人（工作簿未填写时使用）。")) -> None:
    """导入人工审核结论（保留审核人、时间与理由），计入人工抽检合格率，并重新生成 result.json、report.md 与附件5。

    指标不合格时退出码 1（与 run、rejudge 相同）。证据写不成时导入的结论撤回，log.jsonl 还原。"""
    from beian.assess.report import build_result, overall_passed
    from beian.assess.review import import_review
    from beian.assess.runlog import run_lock
    from beian.standard import load_profile

    meta = _checked_run(run_dir)
    before = build_result(run_dir, load_profile(meta["profile"]))
    _all_empty(run_dir, before)  # evidence that cannot be issued: nothing is imported
    if failure := _judge_failures(run_dir, before):
        failure.hint = f"{failure.hint}；修好后再导入人工审核结论（这次没有导入任何结论）"
        raise failure
    with run_lock(run_dir):
        log = run_dir / "log.jsonl"
        size = log.stat().st_size if log.exists() else None
        imported = import_review(run_dir, workbook, reviewer)
        try:
            result, _, n_failed, failure = _write_evidence(run_dir, meta)
            if failure is not None:
                raise failure
        except BaseException:
            _restore_log(log, size)
            typer.echo(f"注意：证据没有写成，这次导入的 {imported.count} 条结论已撤回（{log} 已还原）；修正后重新导入", err=True)
            raise
    echo_notes(imported.problems)
    for note in imported.notes:
        typer.echo(note, err=True)
    typer.echo(f"已导入 {imported.count} 条人工审核结论")
    typer.echo(metrics_line(result))
    typer.echo(f"已按导入的结论更新 {run_dir}：result.json、report.md、附件5 Excel、{TRANSCRIPT}（{n_failed} 道）", err=True)
    if not result["metrics"] or not overall_passed(result):
        raise typer.Exit(1)


def _restore_log(log: Path, size: int | None) -> None:
    """``log.jsonl`` back to ``size`` bytes (removed when it did not exist): the lines an import appended undone."""
    if size is None:
        log.unlink(missing_ok=True)
        return
    with log.open("r+b") as fh:
        fh.truncate(size)


def metrics_line(result: dict[str, Any]) -> str:
    """One line with every metric of ``result``: value, line, verdict and a sample too small
    (``指标：应拒答题拒答率 75.0%（>= 95%，不合格，样本 4 道不足 300 道）；…``)."""
    if not result["metrics"]:
        return "指标：没有可计算的指标（不合格）"
    parts = []
    for m in result["metrics"].values():
        short = f"，样本 {m['n']} 道不足 {m['min_n']} 道" if m.get("min_n") and m["n"] < m["min_n"] else ""
        parts.append(f"{m['title']} {m['value']:.1%}（{m['op']} {m['threshold']:.0%}，{'合格' if m['passed'] else '不合格'}{short}）")
    return "指标：" + "；".join(parts)


def _new_run_dir() -> Path:
    """``runs/assess-<timestamp>``, with a counter when a run of the same second exists already."""
    base = Path("runs") / time.strftime("assess-%Y%m%d-%H%M%S")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate
