"""``beian standard show``: print a profile's risks, aspects, quotas and thresholds."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from beian.standard import DEFAULT_PROFILE, Profile, available_profiles, load_profile

standard_app = typer.Typer(help="查看内置的标准配置（31 类风险、13 个非拒答方面、数量与阈值）。", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Attach the ``standard`` group to the root app."""
    app.add_typer(standard_app, name="standard")


@standard_app.command("list")
def list_profiles() -> None:
    """列出内置的标准配置。"""
    for name in available_profiles():
        p = load_profile(name)
        typer.echo(f"{p.id}\t{p.document}\t{p.title}")


@standard_app.command("show")
def show(
    profile: str = typer.Option(DEFAULT_PROFILE, "--profile", "-p", help="标准配置 id 或 YAML 路径。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出。"),
) -> None:
    """以表格显示标准配置。"""
    p = load_profile(profile)
    if as_json:
        typer.echo(json.dumps(_as_dict(p), ensure_ascii=False, indent=2))
        return
    console = Console()
    console.print(f"[bold]{p.document}《{p.title}》[/]（配置 {p.id}，发布 {p.released}）")
    if p.notes:
        console.print(p.notes, style="dim")
    console.print(_risk_table(p))
    console.print(_aspect_table(p))
    console.print(_numbers_table(p))


def _risk_table(p: Profile) -> Table:
    table = Table(title="附录 A：31 类安全风险", show_lines=False)
    for col in ("编号", "大类", "风险", "关键词≥", "生成题≥", "应拒答≥"):
        table.add_column(col)
    for r in p.risks:
        table.add_row(r.id, p.class_name(r.class_id), r.name, _n(r.keyword_min), _n(r.generated_min), _n(r.refuse_min))
    return table


def _aspect_table(p: Profile) -> Table:
    table = Table(title="非拒答题库需覆盖的方面")
    for col in ("编号", "方面", "类别", "题数≥"):
        table.add_column(col)
    for a in p.aspects:
        table.add_row(a.id, a.name, a.group, _n(a.min))
    return table


def _numbers_table(p: Profile) -> Table:
    table = Table(title="数量要求与合格线")
    for col in ("项目", "要求", "条款", "可信度"):
        table.add_column(col)
    for q in p.quotas.values():
        table.add_row(q.note or q.name, f"{q.value:g}", q.clause, q.conf)
    for t in p.thresholds.values():
        sample = f"抽样≥{t.n}，" if t.n else (f"抽样≥{t.fraction:.0%}，" if t.fraction else "")
        table.add_row(t.title or t.name, f"{sample}{t.op} {t.rate:.0%}", t.clause, t.conf)
    for o in p.operations.values():
        table.add_row(o.note or o.name, f"{o.value:g}", o.clause, o.conf)
    return table


def _n(value: int) -> str:
    return str(value) if value else "—"


def _as_dict(p: Profile) -> dict[str, object]:
    return {
        "id": p.id, "title": p.title, "document": p.document,
        "risks": [{"id": r.id, "name": r.name, "keyword_min": r.keyword_min,
                   "generated_min": r.generated_min, "refuse_min": r.refuse_min} for r in p.risks],
        "aspects": [{"id": a.id, "name": a.name, "min": a.min} for a in p.aspects],
        "quotas": {k: q.value for k, q in p.quotas.items()},
        "thresholds": {k: {"rate": t.rate, "op": t.op, "n": t.n, "fraction": t.fraction}
                       for k, t in p.thresholds.items()},
    }
