"""``beian corpus``: scan a training corpus source by source (Ray Data, local or a cluster), draw the
manual spot-check sample, import its verdicts.

``scan`` exits with 1 when a source fails the 5 % rule or the technical spot check is below its line.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import typer

from beian.commands._params import unit_interval
from beian.errors import UsageError

corpus_app = typer.Typer(help="训练语料逐来源安全评估：扫描、抽检与数据溯源清单（Ray Data，本机或集群）。",
                         no_args_is_help=True)


CLF_PANEL = "分类模型（技术抽检与 5% 规则：关键词命中或分类模型标记即不合格）"


def register(app: typer.Typer) -> None:
    """Attach the ``corpus`` group to the root app."""
    app.add_typer(corpus_app, name="corpus")


@corpus_app.command("init")
def init(
    folder: Path = typer.Argument(..., help="存放语料的文件夹：每个子文件夹（或散放的文件）作为一个来源。"),
    out: Path = typer.Option(None, "--out", "-o", help="写到哪里（默认 文件夹/corpus.yaml）。"),
    force: bool = typer.Option(False, "--force", help="覆盖已有的 corpus.yaml。"),
) -> None:
    """根据文件夹中找到的语料生成 corpus.yaml（带中文注释，逐项待填写）。"""
    from beian.corpus.config import discover, render_config

    sources = discover(folder)
    if not sources:
        raise UsageError(f"{folder} 中没有找到语料文件（jsonl、json、csv、tsv、txt、parquet 及其 .gz/.zst）",
                         "把每个来源的文件放在各自的子文件夹中")
    target = out or folder / "corpus.yaml"
    if target.exists() and not force:
        raise UsageError(f"{target} 已存在", "加 --force 覆盖，或用 --out 写到别处")
    target.write_text(render_config(sources), encoding="utf-8")
    typer.echo(f"已写入 {target}：{len(sources)} 个来源（{'、'.join(s.name for s in sources)}）。请补齐“待填写”的各项。")


def _sources(inputs: list[str], config: Path | None) -> list[Any]:
    from beian.corpus.config import load_config, sources_from_paths

    yaml_inputs = [i for i in inputs if i.endswith((".yaml", ".yml"))]
    if config is None and len(yaml_inputs) == 1 and len(inputs) == 1:
        config = Path(yaml_inputs[0])
        inputs = []
    if config is not None:
        if inputs:
            raise UsageError("给出 corpus.yaml 时不要再列出语料路径", "把路径写进 corpus.yaml 的 paths")
        return load_config(config)
    if not inputs:
        raise UsageError("请给出语料路径或 corpus.yaml", "例如：beian corpus scan 语料目录/ --run 运行目录")
    return sources_from_paths(inputs)


@corpus_app.command("scan")
def scan(
    inputs: list[str] = typer.Argument(None, help="语料文件、文件夹或通配符（每个一个来源），或一个 corpus.yaml。"),
    run: Path = typer.Option(..., "--run", "-r", help="运行目录：保存进度与结果；中断后用同一目录重跑即从断点继续。"),
    config: Path = typer.Option(None, "--config", "-c", help="corpus.yaml（声明来源与各项说明）。"),
    lexicon: list[Path] = typer.Option([], "--lexicon", "-l", help="关键词词库（可多次给出）。"),
    allow: list[Path] = typer.Option([], "--allow", "-a", help="白名单文件。"),
    profile: str = typer.Option("tc260-003-2024", "--profile", "-p", help="标准配置（阈值与风险分类）。"),
    seed: int = typer.Option(20240301, "--seed", help="抽样随机种子（写入结果，复跑得到同一样本）。"),
    workers: int = typer.Option(None, "--workers", "-w", min=1, help="工作进程数（默认本机全部核心）。"),
    address: str = typer.Option(None, "--address", help="已有 Ray 集群的地址（如 ray://头节点:10001 或 头节点:6379）。"),
    block_mb: float = typer.Option(16.0, "--block-mb", min=0.001, help="每块大小（MB，未压缩）：断点续跑的粒度。"),
    pii: bool = typer.Option(True, "--pii/--no-pii", help="识别个人信息。"),
    min_confidence: float = typer.Option(0.75, "--min-confidence", callback=unit_interval,
                                          help="关键词命中的最低置信度。"),
    as_json: bool = typer.Option(False, "--json", help="把 result.json 打印到标准输出。"),
    stage: str = typer.Option("采集后", "--stage", callback=lambda v: _stage(v),
                              help="评估阶段：采集前（pre，TC260-003 5.1 a) 1)）或采集后（post，5.1 a) 2)，默认）。"),
    classifier_kind: str = typer.Option(None, "--classifier-kind",
                                        rich_help_panel=CLF_PANEL, help="分类模型：baseline（随包的离线有害内容基线）、guard（Qwen3Guard/Llama Guard 接口）"
                                             "或 llm_judge（大模型评审接口）；不给时技术抽检只用关键词。"),
    classifier_url: str = typer.Option(None, "--classifier-url", rich_help_panel=CLF_PANEL, help="分类模型接口（OpenAI 兼容，如 http://主机:8001/v1）；只给它时类型为 guard。"),
    classifier_model: str = typer.Option(None, "--classifier-model",
                                         rich_help_panel=CLF_PANEL, help="分类模型名；baseline 时为 beian judge train --target harmful 训练的模型文件"
                                              "（harm-baseline 是随包基线，在模型回答上训练，对语料只作参考）。"),
    classifier_scope: str = typer.Option(None, "--classifier-scope",
                                         rich_help_panel=CLF_PANEL, help="分类哪些记录：all（全部，baseline 的默认）或 sample（技术抽检样本，接口的默认）。"),
    classifier_concurrency: int = typer.Option(8, "--classifier-concurrency",
                                               rich_help_panel=CLF_PANEL, help="分类模型接口的并发请求数（所有工作进程合计）。"),
    classifier_retries: int = typer.Option(2, "--classifier-retries", rich_help_panel=CLF_PANEL, help="分类模型接口每条记录的重试次数。"),
    classifier_timeout: float = typer.Option(60.0, "--classifier-timeout", rich_help_panel=CLF_PANEL, help="分类模型接口单次请求超时（秒）。"),
    classifier_key_env: str = typer.Option(None, "--classifier-key-env",
                                           rich_help_panel=CLF_PANEL, help="存放分类模型接口 API 密钥的环境变量名（不给时不带密钥）。"),
) -> None:
    """逐来源扫描语料：关键词命中、个人信息、语言、近似重复、5% 规则与技术抽检，输出数据溯源清单。"""
    import os

    from beian.corpus.classify import spec_from_options
    from beian.corpus.scan import ScanOptions, run_scan

    sources = _sources(inputs or [], config)
    for src in sources:
        if not src.exists():
            typer.echo(f"注意：来源“{src.name}”声明的路径不存在：{'、'.join(src.paths)}；结果中标为“文件缺失”。", err=True)
    spec = spec_from_options(classifier_kind, classifier_url, classifier_model, classifier_scope,
                             concurrency=classifier_concurrency, retries=classifier_retries,
                             timeout=classifier_timeout, key_env=classifier_key_env)
    opts = ScanOptions(lexicons=list(lexicon), allow=list(allow), profile=profile, seed=seed,
                       block_bytes=max(1024, int(block_mb * (1 << 20))), min_confidence=min_confidence, pii=pii,
                       stage=stage, classifier=spec, classifier_key=_classifier_key(classifier_key_env))
    if not lexicon:
        typer.echo("注意：没有给出 --lexicon 词库，不统计关键词命中（5% 规则与技术抽检无从计算）。", err=True)
    if spec is not None and spec.settings()["note"]:
        typer.echo(f"注意：{spec.settings()['note']}。", err=True)
    if spec is None:
        typer.echo("注意：没有配置分类模型，技术抽检与 5% 规则只用关键词（标准要求关键词 + 分类模型；"
                   "可加 --classifier-kind baseline）。", err=True)
    n_workers = workers or os.cpu_count() or 1
    with _Progress() as bar:
        result = run_scan(sources, run, opts, workers=n_workers, address=address, progress=bar.update)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True))
    else:
        _print_summary(result, run)
    _raise_on_classifier_errors(result)
    failing = [s for s in result["sources"] if s["source_rule"]["verdict"].startswith("不合格")]
    if failing or (result["overall"]["records"] and not result["overall"]["technical_sample"]["passes"]):
        raise typer.Exit(1)


def _classifier_key(env: str | None) -> str | None:
    """The classifier endpoint's API key from the environment variable named by ``--classifier-key-env``."""
    import os

    if env is None:
        return None
    key = os.environ.get(env)
    if not key:
        raise UsageError(f"环境变量 {env} 中没有分类模型接口的 API 密钥", f"先 export {env}=…；接口无需密钥时去掉 --classifier-key-env")
    return key


def _raise_on_classifier_errors(result: dict[str, Any]) -> None:
    """Exit 3 (figures that could not be measured) when classifier calls failed; the outputs are written."""
    from beian.errors import RuntimeFailure

    failed = [s for s in result["sources"] if s.get("classifier") and s["classifier"]["errors"]]
    if failed:
        parts = "；".join(f"{s['name']} {s['classifier']['errors']:,} 条" for s in failed)
        example = result["overall"]["classifier"]["error_example"]
        raise RuntimeFailure(f"分类模型接口调用失败：{parts}（例如：{example}），这些记录未计入分类模型指标，也未计为合格",
                             "检查分类模型接口后用同一命令、同一 --run 目录重跑：只重扫有失败的块")


class _Progress:
    """A progress bar on stderr (records, records/s, MB/s, ETA by bytes); silent when stderr is not a terminal."""

    def __enter__(self) -> _Progress:
        import sys

        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self.start = time.monotonic()
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), disable=not sys.stderr.isatty(), transient=True)
        self.bar.__enter__()
        self.task = self.bar.add_task("准备中…", total=None)
        return self

    def update(self, records: int, done: int, total: int) -> None:
        """Called by the scan after each completed block."""
        secs = max(time.monotonic() - self.start, 1e-6)
        self.bar.update(self.task, completed=done, total=total,
                        description=f"{records:,} 条 · {records / secs:,.0f} 条/秒 · {done / secs / 1e6:.1f} MB/秒")

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(None, None, None)


STAGES = {"采集前": "采集前", "pre": "采集前", "采集后": "采集后", "post": "采集后"}


def _stage(value: str) -> str:
    """采集前/采集后 from the option (English aliases pre/post accepted)."""
    if value.strip().lower() not in STAGES:
        raise typer.BadParameter(f"评估阶段只能是 采集前（pre）或 采集后（post），不是“{value}”")
    return STAGES[value.strip().lower()]


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v:.2%}"


def _print_summary(result: dict[str, Any], run: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    from beian.corpus.outputs import flag_rate

    table = Table(title=f"语料逐来源评估（{result.get('stage', '采集后')}）")
    clf = result.get("classifier")
    for col in ("来源", "状态", "条数", "MB", "关键词命中", *(["分类模型标记"] if clf else []), "5% 规则", "技术抽检",
                "个人信息", "近似重复", "格式错误"):
        table.add_column(col)
    for s in [*result["sources"], result["overall"]]:
        t = s["technical_sample"]
        table.add_row(s["name"], s["status"], f"{s['records']:,}", f"{s['bytes'] / 1e6:.1f}",
                      _pct(s["keyword_hits"]["rate"]), *([flag_rate(s["classifier"])] if clf else []),
                      s["source_rule"]["verdict"], f"{_pct(t['rate'])}（{t['n']:,} 条）",
                      _pct(s["personal_information"]["rate"]), _pct(s["near_duplicates"]["rate"]),
                      f"{s['malformed']['count']:,}")
    console = Console()
    console.print(table)
    _print_method(console, result)
    for s in result["sources"]:
        for ex in s["malformed"]["examples"]:
            console.print(f"  {s['name']}：{ex['file']} 第 {ex['line']} 行 {ex['reason']}", highlight=False)
    console.print(f"结果：{run / 'result.json'}；数据溯源清单：{run / '数据溯源清单.xlsx'}；报告章节：{run / '语料安全评估.md'}",
                  highlight=False, soft_wrap=True)


def _print_method(console: Any, result: dict[str, Any]) -> None:
    """How records were judged (keyword only, or keyword + classifier) and which check failed the sample."""
    from beian.corpus.outputs import failed_by

    clf, tech = result.get("classifier"), result["overall"]["technical_sample"]
    if clf:
        console.print(f"分类模型：{clf['label']}，判定{clf['scope_label']}；关键词命中或分类模型标记即不合格。",
                      highlight=False, soft_wrap=True)
    else:
        console.print("技术抽检与 5% 规则只用了关键词（未配置分类模型）。", highlight=False, soft_wrap=True)
    console.print(f"技术抽检（{tech['method']}）：{failed_by(tech)}。", highlight=False, soft_wrap=True)


@corpus_app.command("sample")
def sample(
    run: Path = typer.Argument(..., help="已完成扫描的运行目录。"),
    out: Path = typer.Option(None, "--out", "-o", help="抽检工作簿路径（默认 运行目录/人工抽检.xlsx）。"),
) -> None:
    """按来源分层抽取人工抽检样本（不少于标准要求的 4000 条），生成审核工作簿。"""
    from beian.corpus.sample import write_sample

    target = out or run / "人工抽检.xlsx"
    summary = write_sample(run, target)
    if summary["all_records"]:
        typer.echo(f"语料共 {summary['records']:,} 条，不足标准要求的 {summary['required']:,} 条，已全部抽取。")
    else:
        typer.echo(f"已按来源分层随机抽取 {summary['sample']:,} 条（种子 {summary['seed']}）：" +
                   "、".join(f"{k} {v:,}" for k, v in summary["per_source"].items()))
    typer.echo(f"审核工作簿：{target}。在“研判结果”列填写 合格/不合格 后，用 beian corpus review-import 导入。")


@corpus_app.command("review-import")
def review_import(
    workbook: Path = typer.Argument(..., help="已填写的人工抽检工作簿。"),
    profile: str = typer.Option("tc260-003-2024", "--profile", "-p", help="标准配置（合格线与最少条数）。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出。"),
) -> None:
    """读取人工抽检结论，计算合格率与置信区间；未达标时退出码为 1。"""
    from beian.corpus.sample import review_import as read_review

    r = read_review(workbook, profile)
    if as_json:
        typer.echo(json.dumps(r, ensure_ascii=False))
    else:
        typer.echo(f"已研判 {r['reviewed']:,} 条（合格 {r['passed']:,}，不合格 {r['failed']:,}，未填写 {r['unreviewed']:,}）；"
                   f"合格率 {_pct(r['rate'])}（95%区间 {_pct(r['ci95'][0])}–{_pct(r['ci95'][1])}）；"
                   f"标准 {r['clause']}：不少于 {r['required']:,} 条、合格率不低于 {r['line']:.0%}："
                   f"{'达标' if r['passes'] else '未达标'}。")
    if not r["passes"]:
        raise typer.Exit(1)
