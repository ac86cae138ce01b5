"""``beian evidence``: probe a running gateway and write a reviewer-ready evidence pack."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from beian.errors import BeianError, RuntimeFailure, UsageError

if TYPE_CHECKING:
    from beian.evidence.model import EvidenceRun
    from beian.evidence.probes import ProbesFile, ProbeSpec
    from beian.evidence.report import Pack


def _audit_store(config: Path | None, settings: ProbesFile) -> tuple[Any, str]:
    """The gateway's audit store (read for the audit probe) and why not, when there is none."""
    if config is None:
        return None, ""
    from beian.gateway.config import load_config

    cfg = load_config(config)
    if "label_text" not in settings.model_fields_set:
        settings.label_text = cfg.label.text
    if "label_header" not in settings.model_fields_set:
        settings.label_header = cfg.label.header
    url = cfg.db_url()
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).is_file():
        return None, f"审计数据库 {url[len('sqlite:///'):]} 不存在：请在网关所在主机上运行，或检查 --config"
    try:
        from beian.gateway.audit import AuditStore

        return AuditStore(url, cfg.audit.busy_timeout_ms), ""
    except ImportError:
        return None, "未安装网关依赖（pip install 'beian[gateway]'），无法读取审计日志"
    except RuntimeFailure as exc:
        return None, exc.message


def _mask_terms(settings: ProbesFile, specs: list[ProbeSpec]) -> list[str]:
    terms = list(settings.mask)
    for s in specs:
        terms += s.mask + s.expect.not_contains
    return terms


def _print_summary(run: EvidenceRun, pack: Pack) -> None:
    marks = {"passed": "通过", "failed": "未通过", "skipped": "跳过"}
    typer.echo(f"内容安全测试：{run.gateway}（{run.started} 至 {run.finished}）")
    for i, r in enumerate(run.results, 1):
        tail = r.reference()
        if r.status != "passed" and r.note:
            tail = f"{tail}  {r.note}".strip()
        elif r.status == "failed":
            bad = next((c for c in r.checks if not c.passed), None)
            tail = f"{tail}  {bad.name}".strip() if bad else tail
        typer.echo(f"  [{marks[r.status]}] {i}. {r.spec.name}  {tail}".rstrip())
    c = run.counts()
    typer.echo(f"共 {c['total']} 项：通过 {c['passed']} 项，未通过 {c['failed']} 项，跳过 {c['skipped']} 项。")
    for note in run.notes:
        typer.echo(note)
    if run.show_raw:
        typer.echo("注意：使用了 --show-raw，证据包中的敏感词与个人信息未打码，请勿对外提交。")
    typer.echo(f"证据包已写入 {pack.folder}：{len(pack.images)} 张截图、evidence.json、index.html、"
               f"{pack.docx_path.name if pack.docx_path else ''}")


def _run(gateway: str, key: str, admin_token: str | None, probes: Path | None, out: Path, show_raw: bool,
         font: Path | None, model: str | None, config: Path | None, timeout: float) -> None:
    """The body of ``beian evidence`` (tool errors are raised as :class:`BeianError`)."""
    from beian.evidence.font import find_font
    from beian.evidence.model import Masker
    from beian.evidence.probes import load_probes
    from beian.evidence.report import write_pack
    from beian.evidence.runner import EvidenceRunner

    if not gateway.strip().lower().startswith(("http://", "https://")):
        raise UsageError(f"网关地址 {gateway} 无效", "须以 http:// 或 https:// 开头，如 http://127.0.0.1:8000")
    settings, specs = load_probes(probes)
    cjk = find_font(font)
    store, audit_note = _audit_store(config, settings)
    masker = Masker(_mask_terms(settings, specs), show_raw=show_raw)
    runner = EvidenceRunner(gateway, key, settings=settings, masker=masker, admin_token=admin_token,
                            model=model, timeout_s=timeout, audit_store=store, audit_note=audit_note)
    run = runner.run(specs)
    try:
        pack = write_pack(run, masker, out, cjk)
    except OSError as exc:
        raise RuntimeFailure(f"无法写入证据包目录 {out}：{exc.strerror or '无法写入'}",
                             "检查 --out 路径与写权限") from None
    _print_summary(run, pack)
    if run.error:
        raise RuntimeFailure(run.error, run.hint)
    if not run.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Attach ``evidence`` to the root app."""

    @app.command("evidence")
    def evidence(
        gateway: str = typer.Option(..., "--gateway", "-g", help="运行中的网关地址，如 http://127.0.0.1:8000"),
        key: str = typer.Option(..., "--key", "-k", envvar="BEIAN_GATEWAY_KEY",
                                help="网关分配给应用的 API 密钥（明文；也可用环境变量 BEIAN_GATEWAY_KEY）。"),
        admin_token: str = typer.Option(None, "--admin-token", envvar="BEIAN_ADMIN_TOKEN",
                                        help="管理令牌；提供时测试应急开关（测试后恢复原模式）。"),
        probes: Path = typer.Option(None, "--probes", "-p", help="探针文件（YAML），覆盖或补充默认探针。"),
        out: Path = typer.Option(Path("evidence"), "--out", "-o", help="证据包输出目录。"),
        show_raw: bool = typer.Option(False, "--show-raw", help="不打码（仅供内部排查，勿对外提交）。"),
        font: Path = typer.Option(None, "--font", help="中文字体文件（默认依次取 BEIAN_FONT、mplfonts、系统字体）。"),
        model: str = typer.Option(None, "--model", "-m", help="提问时使用的模型名（默认取 /v1/models 的第一个）。"),
        config: Path = typer.Option(None, "--config", "-c",
                                    help="网关配置文件：读取审计日志核对留痕，并取显式标识文字与标识响应头。"),
        timeout: float = typer.Option(30.0, "--timeout", help="每个请求的超时秒数。"),
    ) -> None:
        """对运行中的网关逐项测试（拦截、代答、个人信息、流式、应急开关、投诉、监控、审计），生成带截图的证据包。"""
        try:
            _run(gateway, key, admin_token, probes, out, show_raw, font, model, config, timeout)
        except BeianError as exc:  # printed plainly: hints such as pip install 'beian[evidence]' hold brackets
            if os.environ.get("BEIAN_DEBUG"):
                raise
            typer.echo(f"错误：{exc.message}", err=True)
            if exc.hint:
                typer.echo(f"提示：{exc.hint}", err=True)
            raise typer.Exit(exc.exit_code) from None
