"""``beian lexicon``: keyword-list statistics against the standard's quotas, and export.

``stats`` exits with 1 when the quotas (total and per-risk minimums) are not met.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from beian.errors import UsageError

if TYPE_CHECKING:
    from rich.console import Console

    from beian.standard import Profile
    from beian.text.lexicon_export import ExportPlan
    from beian.text.lexicon_stats import LexiconStats
    from beian.text.terms import Lexicon, Term

SHOWN_CHARS = 30
"""Entries longer than this are cut in the terminal report."""
SAMPLE_SIZE = 10

lexicon_app = typer.Typer(help="拦截关键词库：统计、配额检查与导出（CAC 关键词列表格式）。", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Attach the ``lexicon`` group to the root app."""
    app.add_typer(lexicon_app, name="lexicon")


def _check_errors(errors: str) -> None:
    if errors not in ("strict", "replace"):
        raise UsageError(f"--errors 只能是 strict 或 replace，收到 {errors!r}")


_EXAMPLES = {"stats": "beian lexicon stats 词库.txt",
             "export": "beian lexicon export 词库.txt -o 关键词列表.xlsx"}


def _load(files: list[Path], category: str | None, profile_name: str, errors: str,
          command: str = "stats") -> tuple[Profile, Lexicon]:
    from beian.standard import load_profile
    from beian.text.lexicon import load_lexicons

    _check_errors(errors)
    if not files:
        raise UsageError("请至少给出一个词库文件", hint=f"例如：{_EXAMPLES[command]}")
    for path in files:
        if not path.exists():
            raise UsageError(f"找不到词库文件：{path}")
    profile = load_profile(profile_name)
    return profile, load_lexicons(files, category=category, profile=profile, errors=errors)


@lexicon_app.command("stats")
def stats(
    files: list[Path] = typer.Argument(None, help="词库文件：txt、csv、CAC xlsx、houbb 标签格式。"),
    profile: str = typer.Option("tc260-003-2024", "--profile", "-p", help="标准配置（决定配额与风险分类）。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出统计结果。"),
    category: str = typer.Option(None, "--category", "-c", help="把所有词条视为该分类（覆盖文件中的分类）。"),
    errors: str = typer.Option("strict", "--errors", help="无法解码的字节：strict 报错 / replace 替换为 �。"),
) -> None:
    """统计词库规模、重复与可疑词条，并按标准检查总量与各风险类别的最低词数。"""
    from beian.text.lexicon_stats import lexicon_stats

    prof, lexicon = _load(files or [], category, profile, errors)
    result = lexicon_stats(lexicon, prof, check_user_dict=True)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_report(result)
    if not result.meets_quota:
        raise typer.Exit(1)


@lexicon_app.command("export")
def export(
    files: list[Path] = typer.Argument(None, help="要导出的词库文件（可多个，合并导出）。"),
    output: Path = typer.Option(..., "--output", "-o", help="输出文件路径（不能是输入的词库；扩展名决定默认格式）。"),
    fmt: str = typer.Option(None, "--format", "-f",
                            help="输出格式：cac-xlsx / csv / txt；不给时按扩展名 .xlsx / .csv / .txt 决定。"),
    profile: str = typer.Option("tc260-003-2024", "--profile", "-p", help="标准配置（决定分类名称）。"),
    category: str = typer.Option(None, "--category", "-c", help="把所有词条视为该分类。"),
    errors: str = typer.Option("strict", "--errors", help="无法解码的字节：strict 报错 / replace 替换为 �。"),
) -> None:
    """把词库导出为备案用的关键词列表（关键词 / 一级分类 / 二级分类）。"""
    from beian.text.lexicon_export import check_not_an_input, export_format, write_export

    chosen = export_format(fmt, output)
    check_not_an_input(output, files or [])
    prof, lexicon = _load(files or [], category, profile, errors, command="export")
    plan = write_export(lexicon, output, prof, chosen)
    _print_cleaned(plan)
    typer.echo(_export_summary(plan, output))


def _export_summary(plan: ExportPlan, output: Path) -> str:
    """The one line that says what was written."""
    notes = []
    if plan.n_merged:
        notes.append(f"合并了 {plan.n_merged} 条重复词")
    if len(plan.rows) > plan.n_words:
        notes.append(f"{plan.n_multi_risk} 个词同时属于多个风险类别，在每个类别下各列一行，共 {len(plan.rows)} 行")
    always = sum(1 for r in plan.rows if r.always)
    if always:
        notes.append(f"保留了 {always} 个始终拦截（!）标记")
    note = f"（{'；'.join(notes)}）" if notes else ""
    return f"已导出 {plan.n_words} 个关键词到 {output}{note}"


def _print_cleaned(plan: ExportPlan) -> None:
    """Tell on stderr which entries lost control characters (masked, with file and line)."""
    from beian.text.evidence import mask_term
    from beian.text.lexicon_export import clean_entry

    def where(term: Term) -> str:
        return f"{term.source} 第 {term.line} 行"

    if plan.cleaned:
        shown = "、".join(f"{mask_term(clean_entry(t.text))}（{where(t)}）" for t in plan.cleaned[:3])
        typer.echo(f"注意：{len(plan.cleaned)} 个词条含控制字符或换行等不可见字符，导出时已删去这些字符"
                   f"（匹配时它们本来就被忽略；与已有词条相同的已合并），例如 {shown}", err=True)
    if plan.dropped:
        shown = "、".join(where(t) for t in plan.dropped[:3])
        typer.echo(f"注意：{len(plan.dropped)} 个词条只有控制字符，未导出，例如 {shown}", err=True)


def _print_report(result: LexiconStats) -> None:
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)  # whole lines: the terminal wraps, never mid-phrase
    console.print(f"[bold]词库统计[/]（标准配置：{result.profile}）")
    console.print(f"词条总数：{result.total}　去重后：{result.distinct}　去除写法变体后：{result.distinct_folded}"
                  f"　重复：{result.duplicate_count} 条")
    _print_duplicates(console, result)
    _print_variants(console, result)
    _print_suspicious(console, result)
    _print_word_notes(console, result)
    _print_unmapped(console, result)
    _print_coverage(console, result)
    _print_verdict(console, result)


def clip(text: str, limit: int = SHOWN_CHARS, *, quote: bool = False) -> str:
    """A lexicon entry as shown in the terminal: long entries cut, with their length."""
    shown = repr if quote else str
    return shown(text) if len(text) <= limit else f"{shown(text[:limit])}…（共 {len(text)} 字）"


def _print_duplicates(console: Console, result: LexiconStats) -> None:
    if result.duplicates:
        sample = "、".join(f"{clip(t)}×{n}" for t, n in list(result.duplicates.items())[:SAMPLE_SIZE])
        console.print(f"重复最多的词：{sample}")


def _print_variants(console: Console, result: LexiconStats) -> None:
    """Entries that are another entry with spaces or symbols inserted (冰 毒, 冰*毒): not counted toward the quotas."""
    if result.variants:
        sample = "；".join(f"{clip(plain)} / {' / '.join(clip(f) for f in forms[:2])}"
                          for plain, forms in list(result.variants.items())[:3])
        console.print(f"[yellow]写法变体：{result.variant_count} 条[/]（插入空格、符号等，匹配时与原词相同，不计入数量），例如 {sample}")


def _print_suspicious(console: Console, result: LexiconStats) -> None:
    from beian.text.lexicon_stats import SUSPICIOUS_REASONS

    if not result.suspicious:
        console.print("可疑词条：无")
        return
    console.print(f"[yellow]可疑词条：{len(result.suspicious)} 条[/]")
    for code, count in result.suspicious_counts().items():
        samples = [s for s in result.suspicious if s.code == code][:3]
        where = "；".join(f"{clip(s.text, quote=True)}（{s.source} 第 {s.line} 行）" for s in samples)
        console.print(f"  · {SUSPICIOUS_REASONS[code]}：{count} 条，例如 {where}")


def _print_word_notes(console: Console, result: LexiconStats) -> None:
    """Entries that are ordinary words or hide inside them (suggestions; they do not change the exit code), each
    with where it is written; entries already marked always-block (``!``) are only counted, with examples."""
    open_notes = [n for n in result.word_notes if not n.always_block]
    for code, title in (("ordinary_word", "本身是常用词"), ("inside_words", "常出现在普通词语中（易误报）"),
                        ("pinyin_word", "是常用词的拼音（整句拼音、人名里易误报）")):
        notes = [n for n in open_notes if n.code == code]
        if notes:
            console.print(f"[yellow]{title}：{len(notes)} 条[/]（建议见每条说明；--json 的 word_notes 列出全部，含文件与行号）")
            for note in notes[:3]:
                console.print(f"  · {note.source} 第 {note.line} 行：{note.message}")
    marked = [n for n in result.word_notes if n.always_block]
    if marked:
        where = "、".join(f"“!{n.term}”（{n.source} 第 {n.line} 行）" for n in marked[:3])
        console.print(f"已标为总是拦截且会命中普通词语的词条：{len(marked)} 条，例如 {where}；有意为之可不处理")


def _print_unmapped(console: Console, result: LexiconStats) -> None:
    if result.unmapped:
        parts = "、".join(f"{c}（{n}）" for c, n in list(result.unmapped.items())[:SAMPLE_SIZE])
        console.print(f"[yellow]未能映射到风险类别的分类：[/]{parts}")
        console.print("  提示：在文件首行写 “# 分类: 色情” 或使用 --category 指定分类。")


def _print_coverage(console: Console, result: LexiconStats) -> None:
    from rich.table import Table

    table = Table(title="各风险类别覆盖（去重并去除写法变体后的词数）")
    for name in ("风险编号", "风险名称", "词数", "最低要求", "缺口"):
        table.add_column(name, justify="right" if name in ("词数", "最低要求", "缺口") else "left")
    for rid, count in result.per_risk.items():
        gap = result.missing.get(rid, 0)
        table.add_row(rid, result.risk_names.get(rid, ""), str(count), str(result.risk_minimums.get(rid, 0)),
                      f"[red]{gap}[/]" if gap else "0")
    console.print(table)


def _print_verdict(console: Console, result: LexiconStats) -> None:
    if result.meets_quota:
        console.print(f"[bold green]结论：满足要求[/]（总量 {result.distinct_folded} ≥ {result.quota_total}，各类别均达到最低词数）")
        return
    console.print("[bold red]结论：不满足要求[/]，缺少：")
    if not result.meets_total:
        console.print(f"  · 总量还差 {result.total_shortfall} 个（去重并去除写法变体后 {result.distinct_folded}，"
                      f"要求 {result.quota_total}）")
    for rid, gap in result.missing.items():
        console.print(f"  · {rid} {result.risk_names.get(rid, '')}：还差 {gap} 个")
