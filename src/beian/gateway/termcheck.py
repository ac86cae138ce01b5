"""Keywords the matcher can never find: they fold to nothing (only spaces, punctuation, symbols).

Such a term used to be accepted and then silently skipped, so an operator believed a word was
blocked when nothing was. ``POST /admin/keywords`` refuses them (naming ``terms[i]``); a lexicon
file's are listed by file and line when the gateway loads it (``beian serve --check`` prints them).
"""

from __future__ import annotations

from collections.abc import Sequence

from beian.text.normalize import fold_term


def unmatchable(terms: Sequence[str]) -> list[int]:
    """Indexes of the terms that fold to nothing."""
    return [i for i, t in enumerate(terms) if not fold_term(t)]


def admin_problem(terms: Sequence[str], name: str = "terms[{i}]") -> str | None:
    """The Chinese reason to refuse an admin keyword change, or None when every term can match.

    ``name`` says how to name a term by its index ``i`` (``n`` is ``i + 1``).
    """
    bad = unmatchable(terms)
    if not bad:
        return None
    where = "、".join(name.format(i=i, n=i + 1) for i in bad[:10]) + ("等" if len(bad) > 10 else "")
    return f"{where} 折叠后为空（只含空格、标点、符号或不可见字符），永远无法命中，已拒绝本次变更"


def lexicon_problems(matcher: object) -> list[str]:
    """One Chinese line per term of a compiled lexicon that folds to nothing (file and line)."""
    out = []
    for skipped in getattr(matcher, "skipped", []):
        term = skipped.term
        if fold_term(term.text):
            continue  # skipped for another reason (one character, too long): the text core reports those
        where = f"{term.source} 第 {term.line} 行" if term.source else f"“{term.text}”"
        out.append(f"词库 {where} 的词条折叠后为空（只含空格、标点、符号或不可见字符），永远无法命中，未载入")
    return out
