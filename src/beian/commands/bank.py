"""``beian bank``: test-bank statistics against the standard's quotas (exit 1 when unmet)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from beian.commands._notes import echo_notes
from beian.errors import InputError, UsageError

bank_app = typer.Typer(help="评估测试题库：规模、分类配额、重复题检查（CAC 附件格式 / CSV / JSONL）。", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Attach the ``bank`` group to the root app."""
    app.add_typer(bank_app, name="bank")


@bank_app.command("stats")
def stats(
    files: list[Path] = typer.Argument(None, help="题库文件：.xlsx（CAC 附件格式）、.csv、.jsonl。"),
    bank: str = typer.Option(None, "--bank", "-b", help="文件未标明题库时的默认题库：generated / should_refuse / non_refuse。"),
    profile: str = typer.Option("tc260-003-2024", "--profile", "-p", help="标准配置。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出。"),
    near: float = typer.Option(0.9, "--near", help="近似重复阈值（字符三元组 Jaccard）。"),
) -> None:
    """统计各题库题数与各类别题数，对照标准检查配额，找出重复与近似重复题目，列出缺口。"""
    from beian.assess.banks import BANK_LABELS, load_banks, normalise_bank
    from beian.assess.stats import bank_stats
    from beian.standard import load_profile

    if not files:
        raise UsageError("请至少给出一个题库文件", hint="例如：beian bank stats 生成内容题库.xlsx")
    default = normalise_bank(bank) if bank else None
    if bank and default is None:
        raise UsageError(f"未知的题库：{bank}", hint="可选 generated、should_refuse、non_refuse")
    prof = load_profile(profile)
    try:
        loaded = load_banks(files, prof, default)
    except InputError as exc:
        if exc.hint and "--errors" in exc.hint:  # the text reader's hint names an option bank stats lacks
            exc.hint = "请把文件另存为 UTF-8 编码后重试（bank stats 不替换无法解码的字节）"
        raise
    result = bank_stats(loaded, prof, near)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        for b, n in result.sizes.items():
            typer.echo(f"{BANK_LABELS[b]}：{n} 题")
        typer.echo(f"完全重复：{len(result.exact_duplicates)} 组；近似重复：{len(result.near_duplicates)} 对")
        echo_notes((p["message"] for p in result.problems), err=False)
        for g in result.gaps:
            typer.echo(f"缺口：{BANK_LABELS[g.bank]} {g.what}：现有 {g.have}，至少 {g.need}，还差 {g.need - g.have}")
        typer.echo("结论：满足标准配额" if result.meets_quota else f"结论：未满足标准配额（{len(result.gaps)} 处缺口）")
    if not result.meets_quota:
        raise typer.Exit(1)
