"""``beian serve``: run the content-safety gateway."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer


def _warn_without_lexicon(cfg: object) -> None:
    """A gateway with no keyword lexicon only checks personal information: say so."""
    bare = [a.name for a in getattr(cfg, "apps", []) if not a.lexicons]
    if bare:
        typer.echo(f"注意：应用 {'、'.join(bare)} 没有配置关键词库（lexicons 为空），只检查个人信息与分类模型；"
                   "上线前请配置拦截关键词库。", err=True)


def _warn_without_producer(cfg: object) -> None:
    """An implicit label without the service provider's code leaves its producer fields empty: say so."""
    label = getattr(cfg, "label", None)
    if label is not None and not getattr(label, "producer_code", ""):
        typer.echo("注意：没有配置服务提供者编码（label.producer_code），回答的隐式标识里“生成合成服务提供者编码”“内容传播服务提供者编码”"
                   "两个字段为空；上线前请填写 27 位编码（见 docs/labels.md）。", err=True)


def _warn_unmatchable(app: Any) -> None:
    """Lexicon terms that fold to nothing were not loaded: name each (file and line)."""
    for problem in getattr(app.state.gw, "lexicon_problems", []):
        typer.echo(f"注意：{problem}。", err=True)


@contextmanager
def _shared_rate_file() -> Iterator[None]:
    """A fresh file the workers share their rate-limit buckets in; removed when the server stops."""
    from beian.gateway.ratelimit import RATE_FILE_ENV

    fd, path = tempfile.mkstemp(prefix="beian-rate-", suffix=".bin")
    os.close(fd)
    os.environ[RATE_FILE_ENV] = path
    try:
        yield
    finally:
        os.environ.pop(RATE_FILE_ENV, None)
        Path(path).unlink(missing_ok=True)


def register(app: typer.Typer) -> None:
    """Attach ``serve`` to the root app."""

    @app.command("serve")
    def serve(
        config: Path = typer.Option(Path("gateway.yaml"), "--config", "-c", help="网关配置文件（YAML）。"),
        host: str = typer.Option(None, "--host", help="监听地址（覆盖配置）。"),
        port: int = typer.Option(None, "--port", help="监听端口（覆盖配置）。"),
        workers: int = typer.Option(1, "--workers", help="工作进程数（运行模式与词库变更经数据库同步）。"),
        check: bool = typer.Option(False, "--check", help="只校验配置与词库，不启动服务。"),
    ) -> None:
        """启动内容安全网关（OpenAI 兼容接口：输入输出审核、代答、应急开关、AIGC 标识、审计日志）。"""
        import uvicorn

        from beian.gateway.app import create_app
        from beian.gateway.config import load_config
        from beian.gateway.server import BoundedHttpTools, limits_to_env

        cfg = load_config(config)
        if check:
            app = create_app(cfg)
            typer.echo(f"配置有效：{len(cfg.apps)} 个应用，{len(cfg.upstreams)} 个上游。")
            _warn_without_lexicon(cfg)
            _warn_without_producer(cfg)
            _warn_unmatchable(app)
            return
        h, p = host or cfg.host, port or cfg.port
        typer.echo(f"内容安全网关启动于 http://{h}:{p}")
        limits_to_env(cfg.max_header_bytes, cfg.body_timeout_s)
        common: dict[str, Any] = {"host": h, "port": p, "log_level": "warning", "http": BoundedHttpTools}
        if workers > 1:
            from beian.gateway.audit import preflight

            preflight(cfg)  # a missing or wrong audit key stops here, not in every worker
            os.environ["BEIAN_GATEWAY_CONFIG"] = str(config.resolve())
            with _shared_rate_file():
                uvicorn.run("beian.gateway.app:app_from_env", factory=True, workers=workers, **common)
        else:
            app = create_app(cfg)
            _warn_unmatchable(app)
            uvicorn.run(app, **common)
