"""Write a lexicon in the CAC keyword-list layout (xlsx), as CSV or as grouped text.

一级分类 is the risk's class name (e.g. 包含违反社会主义核心价值观的内容),
二级分类 the risk's name; an unmapped term gets 一级分类 ``未分类`` and its original
category as 二级分类. Duplicates (after NFKC + case folding) are written once.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from beian.errors import InputError, UsageError
from beian.text.lexicon_stats import normalize_key
from beian.text.terms import Lexicon, Term

if TYPE_CHECKING:
    from beian.standard import Profile

EXPORT_FORMATS = ("cac-xlsx", "csv", "txt")
UNCLASSIFIED = "未分类"
_WIDTHS = (40, 36, 40)


def cac_rows(lexicon: Lexicon, profile: Profile) -> Iterator[tuple[str, str, str]]:
    """``(关键词, 一级分类, 二级分类)`` for each distinct term, in lexicon order."""
    seen: set[str] = set()
    for term in lexicon.terms:
        key = normalize_key(term.text)
        if key in seen:
            continue
        seen.add(key)
        yield term.text, *_classes(term, profile)


def _classes(term: Term, profile: Profile) -> tuple[str, str]:
    if term.risk is None:
        return UNCLASSIFIED, term.category or ""
    try:
        risk = profile.risk(term.risk)
    except KeyError:
        return UNCLASSIFIED, term.category or term.risk
    return profile.class_name(risk.class_id), risk.name


def export_lexicon(lexicon: Lexicon, path: Path, profile: Profile, fmt: str = "cac-xlsx") -> int:
    """Write ``lexicon`` to ``path`` in ``fmt``; returns how many terms were written."""
    writers = {"cac-xlsx": export_cac_xlsx, "csv": export_csv, "txt": export_txt}
    if fmt not in writers:
        raise UsageError(f"不支持的导出格式：{fmt}", hint=f"可选：{' / '.join(EXPORT_FORMATS)}")
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise InputError(f"输出目录不存在：{path.parent}")
    return writers[fmt](lexicon, path, profile)


def export_cac_xlsx(lexicon: Lexicon, path: Path, profile: Profile) -> int:
    """The CAC keyword-list workbook (bold frozen header, sized columns), by the one CAC Excel writer."""
    from beian.standard.cac_excel import write_workbook

    rows = [list(r) for r in cac_rows(lexicon, profile)]
    write_workbook(path, {"关键词列表": [list(profile.excel_layouts["keyword_list"]), *rows]},
                   widths=_WIDTHS, styled_header=True)
    return len(rows)


def export_csv(lexicon: Lexicon, path: Path, profile: Profile) -> int:
    """CSV with the CAC columns, UTF-8 with BOM so that Excel opens it correctly."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(profile.excel_layouts["keyword_list"])
        for row in cac_rows(lexicon, profile):
            writer.writerow(row)
            count += 1
    return count


def export_txt(lexicon: Lexicon, path: Path, profile: Profile) -> int:
    """One term per line, grouped under ``# 分类: …`` headers (the loader reads them back)."""
    groups: dict[str, list[str]] = {}
    for text, first, second in cac_rows(lexicon, profile):
        groups.setdefault(second or first, []).append(text)
    lines: list[str] = []
    for name, texts in groups.items():
        lines.append(f"# 分类: {name}")
        lines.extend(texts)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(t) for t in groups.values())
