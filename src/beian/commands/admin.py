"""``beian admin``: emergency mode switch, keyword changes and the audit log."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from beian.errors import UsageError

if TYPE_CHECKING:
    from beian.gateway.audit import AuditStore

admin_app = typer.Typer(help="网关运维：应急开关、关键词增删、审计日志校验/清理/导出。", no_args_is_help=True)
keywords_app = typer.Typer(help="不重启即可增删关键词（带版本化变更记录）。", no_args_is_help=True)
audit_app = typer.Typer(help="审计日志：密钥、哈希链与检查点校验、按留存期清理、导出。", no_args_is_help=True)
admin_app.add_typer(keywords_app, name="keywords")
admin_app.add_typer(audit_app, name="audit")

CONFIG_OPT = typer.Option(None, "--config", "-c", help="网关配置文件（从中读取审计数据库地址）。")
DB_OPT = typer.Option(None, "--db", help="审计数据库 URL（覆盖配置），如 sqlite:///beian-audit.db。")
WHO_OPT = typer.Option(None, "--who", help="操作人（默认当前系统用户）。")


def _command_path() -> str:
    """The running command (``beian complaints list``) for hints; a generic one outside a command."""
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    return ctx.command_path if ctx is not None else "beian admin mode"


def open_store(config: Path | None, db: str | None, *, init_chain: bool = False) -> AuditStore:
    """The audit store named by ``--db`` or the config file, with the audit key (config or ``BEIAN_AUDIT_KEY``)."""
    from beian.gateway.audit import AuditStore
    from beian.gateway.audit_chain import load_key
    from beian.gateway.config import load_config

    if db:
        return AuditStore(db, key=load_key(None), init_chain=init_chain)
    if config is None:
        raise UsageError("需要指定网关配置 --config（或审计数据库 --db）",
                         f"例如：{_command_path()} --config gateway.yaml")
    cfg = load_config(config)
    return AuditStore(cfg.db_url(), cfg.audit.busy_timeout_ms, key=load_key(cfg), init_chain=init_chain)


def _who(who: str | None) -> str:
    return who or getpass.getuser()


def _via() -> str:
    """How a command-line change is recorded: the system user who ran it (``--who`` is only a claim)."""
    return f"cli:{getpass.getuser()}"


@admin_app.command("mode")
def mode(
    new_mode: str = typer.Argument(None, help="normal（正常）/ strict（严格）/ canned（仅预设回答）/ suspended（暂停）"),
    config: Path = CONFIG_OPT, db: str = DB_OPT, who: str = WHO_OPT,
) -> None:
    """查看或切换运行模式（应急处置），所有工作进程 1 秒内生效。"""
    from beian.gateway.audit import MODE_ZH, MODES

    store = open_store(config, db)
    if new_mode is not None:
        if new_mode not in MODES:
            raise UsageError(f"未知的运行模式 {new_mode}", "可选：" + "、".join(MODES))
        store.set_mode(new_mode, _who(who), _via())
        typer.echo(f"运行模式已切换为 {new_mode}（{MODE_ZH[new_mode]}），操作人 {_who(who)}。")
        return
    cur = store.mode()
    typer.echo(f"当前运行模式：{cur}（{MODE_ZH.get(cur, cur)}）")


def _change(op: str, terms: list[str], config: Path | None, db: str | None, who: str | None,
            category: str | None) -> None:
    clean = [t.strip() for t in terms if t.strip()]
    if not clean:
        raise UsageError("没有给出关键词", "例如：beian admin keywords add 某词 --config gateway.yaml")
    from beian.gateway.termcheck import admin_problem

    problem = admin_problem(clean, "第 {n} 个关键词") if op == "add" else None
    if problem:
        raise UsageError(problem, "关键词须含至少一个汉字、字母或数字")
    version = open_store(config, db).change_keywords(op, clean, _who(who), category, _via())
    verb = "新增" if op == "add" else "删除"
    typer.echo(f"已{verb} {len(clean)} 个关键词，词库版本 {version}；运行中的网关 1 秒内生效。")


@keywords_app.command("add")
def kw_add(terms: list[str] = typer.Argument(..., help="要新增的关键词"), category: str = typer.Option(
        None, "--category", help="类别或风险编号"), config: Path = CONFIG_OPT, db: str = DB_OPT,
        who: str = WHO_OPT) -> None:
    """新增关键词（不重启）。"""
    _change("add", terms, config, db, who, category)


@keywords_app.command("remove")
def kw_remove(terms: list[str] = typer.Argument(..., help="要删除的关键词"), config: Path = CONFIG_OPT,
              db: str = DB_OPT, who: str = WHO_OPT) -> None:
    """删除关键词（不重启）。"""
    _change("remove", terms, config, db, who, None)


@keywords_app.command("log")
def kw_log(config: Path = CONFIG_OPT, db: str = DB_OPT) -> None:
    """显示关键词变更记录（谁、何时、做了什么），用于证明每周更新。"""
    import time

    from beian.text.evidence import mask_term

    rows = open_store(config, db).keyword_log()
    if not rows:
        typer.echo("暂无关键词变更记录。")
    for r in rows:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(r["ts"]))
        verb = "新增" if r["op"] == "add" else "删除"
        typer.echo(f"v{r['version']}\t{when}\t{r['who']}\t{verb}\t{mask_term(r['term'])}\t{r['category'] or ''}")


@audit_app.command("verify")
def audit_verify(config: Path = CONFIG_OPT, db: str = DB_OPT, checkpoints: Path = typer.Option(
        None, "--checkpoints", help="检查点目录（覆盖配置中的 audit.checkpoint_dir）。")) -> None:
    """校验审计日志的密钥哈希链与检查点，指出第一条有问题的记录与篡改方式；被篡改时退出码为 1。"""
    store = open_store(config, db)
    result = store.verify(_checkpoints(config, checkpoints, store.key))
    typer.echo(result.message)
    for p in result.problems[1:6]:
        where = f"第 {p.row_id} 条记录" if p.row_id is not None else "检查点"
        typer.echo(f"  另：{where}：{p.kind.zh}：{p.detail}")
    if not result.ok:
        raise typer.Exit(1)


def _checkpoints(config: Path | None, folder: Path | None, key: bytes | None) -> list[Any] | None:
    """The signed checkpoints named by ``--checkpoints`` or ``audit.checkpoint_dir`` (None when neither)."""
    from beian.gateway.checkpoints import open_sink, read_checkpoints

    base: Path | None = None
    where = str(folder) if folder is not None else None
    if where is None and config is not None:
        from beian.gateway.config import load_config

        cfg = load_config(config)
        where, base = cfg.audit.checkpoint_dir, Path(cfg.base_dir)
    if where is None:
        return None
    if key is None:
        raise UsageError("校验检查点需要审计密钥", "在配置中设置 audit.key_file，或设置环境变量 BEIAN_AUDIT_KEY")
    return read_checkpoints(open_sink(where, base), key)


@audit_app.command("init-key")
def audit_init_key(path: Path = typer.Argument(..., help="要创建的密钥文件（权限 0600，不会覆盖已有文件）")) -> None:
    """生成审计链密钥文件（HMAC-SHA256，256 位随机数）；在配置的 audit.key_file 中引用它。"""
    from beian.gateway.audit_chain import create_key_file

    create_key_file(path)
    typer.echo(f"已生成审计密钥文件 {path}（权限 0600）。请在网关配置中设置 audit.key_file，"
               "并把密钥备份到数据库以外的地方：丢失密钥后已有记录无法校验。")


@audit_app.command("purge")
def audit_purge(months: int = typer.Option(None, "--months", help="保留月数（默认取配置或标准中的留存期）。"),
                config: Path = CONFIG_OPT, db: str = DB_OPT) -> None:
    """删除超过留存期的审计记录（哈希链仍可校验）。"""
    import time

    from beian.standard import load_profile

    if months is None and config is not None:
        from beian.gateway.config import load_config

        months = load_config(config).audit.retention_months
    if months is None:
        months = int(load_profile().operations["log_retention_months"].value)
    if months < 1:
        raise UsageError("留存月数须至少为 1", "法规要求日志至少留存 6 个月")
    n = open_store(config, db).purge(time.time() - months * 30.5 * 86400)
    typer.echo(f"已清理 {n} 条超过 {months} 个月的审计记录。")


@audit_app.command("export")
def audit_export(out: Path = typer.Argument(..., help="输出文件（.xlsx 或 .jsonl）"),
                 config: Path = CONFIG_OPT, db: str = DB_OPT) -> None:
    """导出审计日志供审核人员查看。"""
    from beian.gateway.export import export_audit

    if out.suffix.lower() not in (".xlsx", ".jsonl"):
        raise UsageError(f"不支持的导出格式 {out.suffix or '（无扩展名）'}", "请使用 .xlsx 或 .jsonl")
    n = export_audit(open_store(config, db), out)
    typer.echo(f"已导出 {n} 条审计记录到 {out}")


user_app = typer.Typer(help="多次输入违法不良信息的用户（TC260-003 7 g) 1)）：查看与解除处置。", no_args_is_help=True)
admin_app.add_typer(user_app, name="user")
_MEASURE_ZH = {"suspend": "暂停服务", "canned": "仅预设回答", None: "未处置"}


@user_app.command("list")
def user_list(include_all: bool = typer.Option(False, "--all", help="也列出 24 小时内有违规但未被处置的用户。"),
              config: Path = CONFIG_OPT, db: str = DB_OPT) -> None:
    """列出正被处置（暂停服务或仅预设回答）的用户；只显示用户标识的 sha256 摘要。"""
    from beian.gateway.users import UserStore, until_text

    rows = UserStore(open_store(config, db)).listing(include_all)
    if not rows:
        typer.echo("没有正被处置的用户。" if not include_all else "24 小时内没有输入违法不良信息的用户。")
    for r in rows:
        until = until_text(r["until"]) or ("至运营人员解除" if r["active"] else "")
        typer.echo(f"{r['app']}\t{r['user_hash']}\t{_MEASURE_ZH.get(r['active'], r['active'])}{until}"
                   f"\t连续 {r['streak']} 次\t24 小时内 {r['daily']} 次")


@user_app.command("unsuspend")
def user_unsuspend(user: str = typer.Argument(..., help="用户标识：请求中 user 字段的原文，或 list 显示的摘要"),
                   app_name: str = typer.Option(None, "--app", help="只解除该应用中的处置（默认全部应用）。"),
                   config: Path = CONFIG_OPT, db: str = DB_OPT, who: str = WHO_OPT) -> None:
    """解除用户的处置并清零违规计数，写入审计记录；所有工作进程立即生效。"""
    from beian.gateway.users import UserStore, lifted_row

    store = open_store(config, db)
    users = UserStore(store)
    user_hash = users.resolve(user)
    apps = users.lift(user_hash, _who(who), app_name)
    if not apps:
        typer.echo(f"没有找到该用户的处置记录（摘要 {user_hash[:16]}…）。")
        raise typer.Exit(1)
    store.append([dict(lifted_row(apps, user_hash, _who(who), _via()))])
    typer.echo(f"已解除用户 {user_hash[:16]}… 在 {'、'.join(apps)} 中的处置并清零违规计数，操作人 {_who(who)}。")


def register(app: typer.Typer) -> None:
    """Attach ``admin`` to the root app."""
    app.add_typer(admin_app, name="admin")
