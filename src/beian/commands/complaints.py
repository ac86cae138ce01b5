"""``beian complaints``: list and resolve complaints with response-time tracking."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from beian.commands.admin import CONFIG_OPT, DB_OPT, open_store

complaints_app = typer.Typer(help="投诉举报：列表（含超时标记）与办结。", no_args_is_help=True)


def _fmt(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else "-"


@complaints_app.command("list")
def list_(config: Path = CONFIG_OPT, db: str = DB_OPT,
          open_only: bool = typer.Option(False, "--open", help="只显示未办结的。")) -> None:
    """列出投诉举报；超过处理时限仍未办结的标记为“已超时”，存在时退出码为 1。"""
    from beian.text.evidence import masked_excerpt

    rows = open_store(config, db).list_complaints()
    now, overdue = time.time(), 0
    shown = [r for r in rows if not open_only or r["status"] != "resolved"]
    if not shown:
        typer.echo("暂无投诉举报。")
    for r in shown:
        late = r["status"] != "resolved" and now > r["due_ts"]
        done_late = r["status"] == "resolved" and r["resolved_ts"] and r["resolved_ts"] > r["due_ts"]
        overdue += int(late)
        status = "已办结" if r["status"] == "resolved" else "待处理"
        flag = "【已超时】" if late else ("【超时办结】" if done_late else "")
        content = r["content"] or ""
        excerpt = masked_excerpt(content, 0, 0, context=20).replace("【】", "") if content else ""
        typer.echo(f"#{r['id']}\t{_fmt(r['ts'])}\t{r['app']}\t{r['kind']}\t{status}{flag}\t"
                   f"时限 {_fmt(r['due_ts'])}\t{excerpt}")
    typer.echo(f"共 {len(shown)} 条，其中超时未办结 {overdue} 条。")
    if overdue:
        raise typer.Exit(1)


@complaints_app.command("resolve")
def resolve(cid: int = typer.Argument(..., help="投诉编号"),
            reply: str = typer.Option(..., "--reply", help="处理结果"),
            config: Path = CONFIG_OPT, db: str = DB_OPT) -> None:
    """办结一条投诉举报。"""
    from beian.errors import InputError

    if not open_store(config, db).resolve_complaint(cid, reply):
        raise InputError(f"没有编号为 {cid} 的投诉举报", "用 beian complaints list 查看编号")
    typer.echo(f"投诉 #{cid} 已办结。")


def register(app: typer.Typer) -> None:
    """Attach ``complaints`` to the root app."""
    app.add_typer(complaints_app, name="complaints")
