"""Building the per-app matcher: lexicon files plus the database's add/remove log."""

from __future__ import annotations

from pathlib import Path

from beian.errors import LexiconError
from beian.text.terms import Lexicon, Term


def _simple_load(path: Path, allow: bool = False) -> list[Term]:
    """One term per line (``term<TAB>category`` allowed); used until the lexicon loader lands."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LexiconError(f"找不到词库文件 {path}", "检查网关配置中的 lexicons 路径") from None
    except UnicodeDecodeError:
        raise LexiconError(f"词库文件 {path} 不是 UTF-8 编码", "请另存为 UTF-8") from None
    terms = []
    for no, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        text, _, cat = line.partition("\t")
        terms.append(Term(text.strip(), category=None if allow else (cat.strip() or path.stem),
                          source=str(path), line=no))
    return terms


def load_files(paths: list[Path], allow: list[Path]) -> Lexicon:
    """Load deny lists and allowlists (the text core's loader when available)."""
    try:
        from beian.text.lexicon import load_allowlist, load_lexicons
    except ImportError:
        lex = Lexicon(sources=[str(p) for p in paths])
        for p in paths:
            lex.terms.extend(_simple_load(p))
        for p in allow:
            lex.allow.extend(_simple_load(p, allow=True))
        return lex
    lex = load_lexicons(list(paths)) if paths else Lexicon()
    for p in allow:
        lex.allow.extend(load_allowlist(p))
    return lex


def with_overlay(base: Lexicon, added: dict[str, str | None], removed: set[str]) -> Lexicon:
    """``base`` minus removed terms plus added ones (a new object; base is untouched)."""
    terms = [t for t in base.terms if t.text not in removed]
    present = {t.text for t in terms}
    terms += [Term(text, category=cat or "运营新增", source="admin") for text, cat in added.items()
              if text not in present]
    return Lexicon(terms=terms, allow=list(base.allow), options=base.options,
                   category_options=dict(base.category_options), sources=list(base.sources))


class NullMatcher:
    """Stands in for an empty lexicon (the compiled matcher needs at least one term)."""

    max_term_chars = 0

    def scan(self, text: str) -> list[object]:
        """No hits."""
        del text
        return []


def compile_lexicon(lex: Lexicon) -> object:
    """A matcher for ``lex`` (a :class:`NullMatcher` when it has no terms)."""
    from beian.text.matcher import Matcher

    if not lex.terms:
        return NullMatcher()
    return Matcher.build(lex)
