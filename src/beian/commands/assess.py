"""``beian assess``: the standard's generated-content and refusal tests against an endpoint or an answers file.

``beian assess run BANK...`` starts a run; ``beian assess --resume RUN`` continues one;
``beian assess rejudge RUN`` judges again without calling the model; ``review-export`` /
``review-import`` carry the human review. Exit 1 when a metric fails its line.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from beian.errors import InputError, UsageError
from beian.kinds import ClassifierKind
from beian.records import RunMeta

if TYPE_CHECKING:
    from beian.assess.judges import JudgeSet

assess_app = typer.Typer(help="生成内容安全评估：抽样、调用模型、研判（拒答/关键词/分类模型/人工）、出具证据。",
                         invoke_without_command=True)


def register(app: typer.Typer) -> None:
    """Attach the ``assess`` group to the root app."""
    app.add_typer(assess_app, name="assess")


@assess_app.callback()
def _group(ctx: typer.Context,
           resume: Path = typer.Option(None, "--resume", help="继续一次中断的评估（运行目录）。"),
           fmt: str = typer.Option("md", "--format", "-f", help="输出格式：json / md / html。")) -> None:
    """生成内容安全评估。"""
    if ctx.invoked_subcommand is not None:
        return
    if resume is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(0)
    fmt = _check_format(fmt)
    from beian.assess.runlog import read_meta, run_lock

    meta = read_meta(resume)
    if not (resume / "log.jsonl").exists() and (resume / "items.jsonl").exists():
        typer.echo(f"注意：{resume} 里没有 log.jsonl（已记录的回答），全部题目将重新回答", err=True)
    with run_lock(resume):
        _answer(resume, meta)
        _finish(resume, meta, fmt, None)


def _check_format(fmt: str) -> str:
    """The output format in lower case (``-f JSON`` is ``json``)."""
    if fmt.lower() not in ("json", "md", "html"):
        raise UsageError(f"--format 只能是 json、md 或 html，收到 {fmt!r}")
    return fmt.lower()


def _check_numbers(concurrency: int, rate: float | None, timeout: float, retries: int, backoff: float) -> None:
    """Numeric options a run could not work with: a clear error now instead of a hang or a failed run later."""
    bad = [(concurrency < 1, "--concurrency 至少为 1"), (rate is not None and rate <= 0, "--rate 须大于 0（每秒请求数）"),
           (timeout <= 0, "--timeout 须大于 0 秒"), (retries < 0, "--retries 不能为负数"),
           (backoff < 0, "--backoff 不能为负数")]
    for wrong, message in bad:
        if wrong:
            raise UsageError(message)


def _check_url(url: str | None, option: str) -> None:
    """An endpoint URL must be http(s): ``127.0.0.1:8000/v1`` or ``ftp://`` would be retried and fail as a network
    error (exit 3) instead of being named as a typo (exit 2)."""
    if url is not None and not url.lower().startswith(("http://", "https://")):
        raise UsageError(f"{option} 应以 http:// 或 https:// 开头，收到 {url!r}",
                         hint=f"例如 {option} http://127.0.0.1:8000/v1")


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

        js.classifier = LearnedHarmClassifier(JudgeModel.load(Path(meta.get("classifier_model") or HARM_BASELINE)))
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
    classifier_kind: str = typer.Option("guard", "--classifier-kind",
                                        help="guard（Qwen3Guard/Llama Guard）或 llm_judge（大模型评审）。"),
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
    _check_numbers(concurrency, rate, timeout, retries, backoff)
    for url, option in ((base_url, "--base-url"), (classifier_url, "--classifier-url"),
                        (refusal_judge_url, "--refusal-judge-url")):
        _check_url(url, option)
    kind = _classifier_kind(classifier_kind)
    _check_judge_endpoints(classifier_url, classifier_model, refusal_judge_url, refusal_judge_model,
                           refusal_judge_key_env)
    key = None if answers is not None else _api_key(api_key_env, no_key)
    del key  # checked now; read again from the environment when answering (never stored)
    if bank and normalise_bank(bank) is None:
        raise UsageError(f"未知的题库：{bank}", hint="可选 generated、should_refuse、non_refuse")
    given = _validate_answers(answers) if answers is not None else None  # before anything is written
    judge_path = _judge_model(judge_model)
    _check_models(judge_path, kind, classifier_model)
    prof = load_profile(profile)
    loaded = load_banks(banks, prof, normalise_bank(bank) if bank else None)
    for p in loaded.problems[:20]:
        typer.echo(f"注意：{p.message}", err=True)
    items = _sample(loaded.items, prof, seed, sample_all, sample_ids)
    if answers is not None and given is not None:
        _check_answer_ids(answers, given, items)
    run_dir = run_dir or _new_run_dir()
    meta: RunMeta = {"profile": prof.id, "seed": seed, "sample_all": sample_all,
            "banks": [_absolute(b) for b in banks],
            "base_url": base_url, "model": model, "api_key_env": None if no_key else api_key_env,
            "answers": _absolute(answers) if answers else None, "lexicons": [_absolute(x) for x in lexicon or []],
            "classifier_url": classifier_url, "classifier_model": classifier_model,
            "classifier_kind": kind.value, "judge_model": _absolute(judge_path) if judge_path else None,
            "refusal_judge_url": refusal_judge_url, "refusal_judge_model": refusal_judge_model,
            "refusal_judge_key_env": refusal_judge_key_env,
            "concurrency": concurrency, "rate": rate, "timeout": timeout,
            "retries": retries, "backoff": backoff, "stream": stream,
            "problems": [p.message for p in loaded.problems]}
    create_run(run_dir, items, meta)
    typer.echo(f"运行目录：{run_dir}（中断后可用 beian assess --resume {run_dir} 继续）", err=True)
    with run_lock(run_dir):
        _answer(run_dir, meta)
        _finish(run_dir, meta, fmt, output)


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
        return None if str(given) == "none" else given
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
        if JudgeModel.load(path).target != "harmful":
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


def _answer(run_dir: Path, meta: RunMeta) -> None:
    from rich.progress import Progress

    from beian.assess.runlog import read_run
    from beian.assess.runner import answer_items, use_answers
    from beian.assess.target import ChatTarget, TargetConfig, load_answers

    judges = _judges(meta)
    if answers := meta.get("answers"):
        missing, changed = use_answers(run_dir, load_answers(Path(answers)), judges)
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
        from beian.errors import RuntimeFailure

        errors = collect(run_dir)[4]
        first = next(iter(errors.values()), "")
        raise RuntimeFailure(f"{failed} 道题调用被测模型接口失败（例如：{first}），未出具证据",
                             hint=f"已答的题已记录；接口恢复后用 beian assess --resume {run_dir} 继续")


def _write_evidence(run_dir: Path, meta: RunMeta) -> tuple[dict[str, Any], str, int]:
    """Build the result from the run log (answers, judges, imported reviews) and write result.json, report.md,
    附件5 and 未通过题目.md; returns (result, its JSON, the number of failed items)."""
    from beian.assess.report import build_result, to_markdown, write_excel, write_transcript
    from beian.standard import load_profile

    prof = load_profile(meta["profile"])
    result = build_result(run_dir, prof)
    _all_empty(run_dir, result)
    text_json = json.dumps(result, ensure_ascii=False, indent=2)
    (run_dir / "result.json").write_text(text_json, encoding="utf-8")
    (run_dir / "report.md").write_text(to_markdown(result), encoding="utf-8")
    _judge_failures(run_dir, result)  # before the evidence: a judge that failed leaves no 附件5 to hand in
    write_excel(run_dir, result, prof, run_dir / "附件5-测试题库（已填写）.xlsx")
    n_failed = write_transcript(run_dir, result, run_dir / "未通过题目.md")
    return result, text_json, n_failed


def _finish(run_dir: Path, meta: RunMeta, fmt: str, output: Path | None) -> None:
    from beian.assess.report import overall_passed, to_html, to_markdown

    result, text_json, n_failed = _write_evidence(run_dir, meta)
    rendered = {"json": text_json, "md": to_markdown(result), "html": to_html(result)}[fmt]
    if output:
        output.write_text(rendered, encoding="utf-8")
    else:
        typer.echo(rendered)
    typer.echo(f"证据已写入 {run_dir}：result.json、report.md、附件5 Excel、未通过题目.md（{n_failed} 道）", err=True)
    if empty := result.get("empty"):
        typer.echo(f"注意：{len(empty)} 道题的回答为空（如 {empty[0]}），未计入指标，已列入人工复核", err=True)
    if not result["metrics"] or not overall_passed(result):
        raise typer.Exit(1)


def _all_empty(run_dir: Path, result: dict[str, Any]) -> None:
    """Exit 3, no evidence, when every answer is empty: the endpoint or the answers file is wrong, not the model."""
    from beian.errors import RuntimeFailure

    answered = len(result["items"]) - len(result["unanswered"])
    if answered and len(result.get("empty") or ()) == answered:
        raise RuntimeFailure(f"全部 {answered} 道题的回答都是空的，未出具证据",
                             hint="检查被测接口是否返回 content（--stream 是否与接口一致），或回答文件的回答列是否填写；"
                                  f"修正后换一个 --run 目录重新评估（旧目录 {run_dir} 可删除）")


# the option to check when a judge's endpoint fails
JUDGE_OPTIONS = {"refusal": "--refusal-judge-url / --refusal-judge-model", "classifier": "--classifier-url / --classifier-model"}


def _judge_failures(run_dir: Path, result: dict[str, Any]) -> None:
    """Exit 3 when a judge's endpoint failed (its metric is missing or short): the report and result.json say which
    and how many; no 附件5 is written."""
    from beian.assess.judges import TITLES
    from beian.errors import RuntimeFailure

    failed = result.get("judge_errors") or {}
    if failed:
        parts = "；".join(f"{TITLES.get(name, name)} {n} 道（例如：{first}）" for name, (n, first) in failed.items())
        options = "、".join(JUDGE_OPTIONS.get(name, name) for name in failed)
        raise RuntimeFailure(f"研判接口调用失败：{parts}，相应指标未计入或样本不足；未出具附件5（失败明细见 {run_dir}/report.md）",
                             hint=f"检查 {options} 后用 beian assess rejudge {run_dir} 重新研判")


@assess_app.command("rejudge")
def rejudge_cmd(
    run_dir: Path = typer.Argument(..., help="运行目录。"),
    lexicon: list[Path] = typer.Option(None, "--lexicon", help="换用的关键词库（默认沿用原设置）。"),
    judge_model: Path = typer.Option(None, "--judge-model", help="换用的拒答研判模型（.npz；default 为随包模型，none 只用规则）。"),
    fmt: str = typer.Option("md", "--format", "-f", help="输出格式：json / md / html。"),
) -> None:
    """不调用模型，按当前研判规则重新研判已记录的回答。"""
    from beian.assess.runlog import read_run, run_lock, update_meta
    from beian.assess.runner import recorded_models, rejudge

    fmt = _check_format(fmt)
    meta, _, _ = read_run(run_dir)
    if lexicon:
        meta["lexicons"] = [_absolute(x) for x in lexicon]
    if judge_model:
        chosen = _judge_model(judge_model)
        _check_models(chosen, ClassifierKind.GUARD, None)
        meta["judge_model"] = _absolute(chosen) if chosen else None
    with run_lock(run_dir):
        judges = _judges(meta)
        if note := _model_change(recorded_models(run_dir), judges):
            typer.echo(note, err=True)
        if lexicon or judge_model:
            update_meta(run_dir, meta)
        n = rejudge(run_dir, judges)
        typer.echo(f"已重新研判 {n} 条回答", err=True)
        _finish(run_dir, meta, fmt, None)


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
    from beian.assess.review import export_review

    n = export_review(run_dir, output)
    typer.echo(f"已导出 {n} 道题到 {output}")


@assess_app.command("review-import")
def review_import(run_dir: Path = typer.Argument(..., help="运行目录。"),
                  workbook: Path = typer.Argument(..., help="填好的人工审核工作簿。"),
                  reviewer: str = typer.Option(None, "--reviewer", help="审核人（工作簿未填写时使用）。")) -> None:
    """导入人工审核结论（保留审核人、时间与理由），计入人工抽检合格率，并重新生成 result.json、report.md 与附件5。"""
    from beian.assess.review import import_review
    from beian.assess.runlog import read_run, run_lock

    meta, _, _ = read_run(run_dir)
    with run_lock(run_dir):
        imported = import_review(run_dir, workbook, reviewer)
        for p in imported.problems[:20]:
            typer.echo(f"注意：{p}", err=True)
        if len(imported.problems) > 20:
            typer.echo(f"注意：另有 {len(imported.problems) - 20} 处问题未列出", err=True)
        for note in imported.notes:
            typer.echo(note, err=True)
        typer.echo(f"已导入 {imported.count} 条人工审核结论")
        _, _, n_failed = _write_evidence(run_dir, meta)
    typer.echo(f"已按导入的结论更新 {run_dir}：result.json、report.md、附件5 Excel、未通过题目.md（{n_failed} 道）", err=True)


def _new_run_dir() -> Path:
    """``runs/assess-<timestamp>``, with a counter when a run of the same second exists already."""
    base = Path("runs") / time.strftime("assess-%Y%m%d-%H%M%S")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate
