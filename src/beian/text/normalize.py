"""Variant folding with an offset map back to the original text.

The normaliser works one code point at a time through lookup tables, so it is
vectorised with NumPy and every normalised character knows which original
character it came from:

1. ``FOLD[cp]`` maps each code point to its folded code point, or to 0 (deleted):
   NFKC (full/half width, ①, Ⓐ, mathematical alphanumerics), lower case,
   Cyrillic/Greek homoglyphs to Latin, traditional to simplified (OpenCC, one
   character at a time), and deletion of invisible characters and of noise
   (spaces, punctuation, symbols, emoji) inserted between the characters of a term.
   Line breaks are kept: a line break is a hard boundary no term crosses.
2. Runs of the same folded character are collapsed (``法法轮轮功`` -> ``法轮功``); the
   matcher re-checks run lengths for terms that really contain doubled characters.
3. ``KIND[cp]`` records which fold changed a code point, so a hit can say which
   variant it caught (traditional, width, homoglyph ...).

The tables are built once (about a second) and cached on disk as ``.npy`` files.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

N_CODEPOINTS = 0x110000
NEWLINE = 0x0A
_LINE_BREAKS = (0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029)
_CJK_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2FA20))

U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]


class FoldKind(IntEnum):
    """Why a code point was changed by the fold (stored in the KIND table)."""

    NONE = 0
    CASE = 1
    WIDTH = 2
    STYLE = 3
    HOMOGLYPH = 4
    TRADITIONAL = 5
    ZERO_WIDTH = 6
    SEPARATOR = 7


# Variant names reported to users, by FoldKind.
KIND_NAMES = {
    FoldKind.CASE: "case",
    FoldKind.WIDTH: "width",
    FoldKind.STYLE: "style",
    FoldKind.HOMOGLYPH: "homoglyph",
    FoldKind.TRADITIONAL: "traditional",
    FoldKind.ZERO_WIDTH: "zero_width",
    FoldKind.SEPARATOR: "separator",
}

# Cyrillic and Greek letters that look like Latin ones (lower case; upper case is
# lowered first). Hand-picked from Unicode's confusables for these three scripts.
HOMOGLYPHS = {
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i",
    "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "г": "r",
    "ѕ": "s", "т": "t", "ц": "u", "ѵ": "v", "ԝ": "w", "х": "x", "у": "y", "з": "3", "ь": "b",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ϲ": "c", "ј́": "j", "ω": "w", "μ": "u",
}

# Invisible characters that are deleted (zero-width, joiners, BOM, bidi marks,
# variation selectors, tag characters), on top of Unicode category Cf.
_INVISIBLE_EXTRA = (0x00AD, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0)


def _is_invisible(ch: str) -> bool:
    cp = ord(ch)
    if cp in _INVISIBLE_EXTRA or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return True
    return unicodedata.category(ch) == "Cf"


def _is_noise(ch: str) -> bool:
    """Spaces, punctuation, symbols and other controls: deleted between term characters."""
    cat = unicodedata.category(ch)
    return cat[0] in "ZPS" or cat in ("Cc", "Co")


def _style_fold(ch: str) -> tuple[str, FoldKind]:
    """NFKC of one character, reduced to one character where it is a styled letter or digit."""
    folded = unicodedata.normalize("NFKC", ch)
    if folded == ch:
        return ch, FoldKind.NONE
    kind = FoldKind.WIDTH if 0xFF01 <= ord(ch) <= 0xFF5E or ord(ch) == 0x3000 else FoldKind.STYLE
    if len(folded) != 1:
        core = "".join(c for c in folded if c.isalnum())
        if len(core) != 1:
            return ch, FoldKind.NONE
        folded = core
    return folded, kind


def _fold_char(ch: str, t2s: dict[str, str]) -> tuple[str, FoldKind]:
    """Fold one character; an empty string means deleted."""
    if ord(ch) in _LINE_BREAKS:
        return "\n", FoldKind.NONE
    if _is_invisible(ch):
        return "", FoldKind.ZERO_WIDTH
    out, kind = _style_fold(ch)
    lowered = out.lower()
    if len(lowered) == 1 and lowered != out:
        out, kind = lowered, kind or FoldKind.CASE
    if out in HOMOGLYPHS:
        out, kind = HOMOGLYPHS[out], FoldKind.HOMOGLYPH
    if out in t2s:
        out, kind = t2s[out], FoldKind.TRADITIONAL
    if _is_noise(out):
        return "", FoldKind.SEPARATOR
    return out, kind


def _t2s_table() -> dict[str, str]:
    """Character-level traditional-to-simplified map from OpenCC's data."""
    import opencc

    chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - OpenCC keeps newlines
        raise RuntimeError("OpenCC changed the number of lines")
    return {a: b for a, b in zip(chars, converted) if a != b and len(b) == 1}


def _build_tables() -> tuple[U32, npt.NDArray[np.uint8]]:
    fold = np.arange(N_CODEPOINTS, dtype=np.uint32)
    kind = np.zeros(N_CODEPOINTS, dtype=np.uint8)
    t2s = _t2s_table()
    for cp in range(N_CODEPOINTS):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        out, why = _fold_char(chr(cp), t2s)
        if out != chr(cp) or why:
            fold[cp] = ord(out) if out else 0
            kind[cp] = why
    return fold, kind


def cache_dir() -> Path:
    """Where compiled tables and matchers are cached (``$BEIAN_CACHE_DIR``)."""
    env = os.environ.get("BEIAN_CACHE_DIR")
    base = Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "beian"
    return base


def tables_version() -> str:
    """A key that changes whenever the fold rules or their data change."""
    import opencc

    src = Path(__file__).read_bytes()
    parts = [unicodedata.unidata_version, getattr(opencc, "__version__", "?"), hashlib.sha256(src).hexdigest()]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def fold_tables() -> tuple[U32, npt.NDArray[np.uint8]]:
    """The FOLD and KIND tables, loaded from the disk cache or built and cached."""
    folder = cache_dir() / "tables"
    path = folder / f"fold-{tables_version()}.npz"
    if path.exists():
        try:
            with np.load(path) as data:
                return data["fold"], data["kind"]
        except (OSError, ValueError, KeyError):
            pass
    fold, kind = _build_tables()
    _save_atomically(path, fold, kind)
    return fold, kind


def _save_atomically(path: Path, fold: U32, kind: npt.NDArray[np.uint8]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
        np.savez(tmp, fold=fold, kind=kind)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache only costs the rebuild next time


@dataclass(frozen=True)
class Normalized:
    """A normalised text and its map back to the original.

    ``text[j]`` came from the original characters ``[starts[j], ends[j])`` (a run
    of repeated characters collapses into one normalised character).
    ``runs[j]`` is how many folded characters the run had.
    """

    text: str
    starts: I64
    ends: I64
    runs: I64
    cps: U32
    source_cps: U32

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalised range ``[start, end)``."""
        return int(self.starts[start]), int(self.ends[end - 1])


def codepoints(text: str) -> U32:
    """The code points of ``text`` as a uint32 array (one per Python character)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def to_text(cps: U32) -> str:
    """Inverse of :func:`codepoints`."""
    return cps.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")


def normalize(text: str) -> Normalized:
    """Fold ``text`` and collapse repeats, keeping the offset map."""
    fold, _ = fold_tables()
    cps = codepoints(text)
    folded = fold[cps]
    kept = np.flatnonzero(folded)
    chars = folded[kept]
    if chars.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Normalized("", empty, empty, empty, chars, cps)
    head = np.empty(chars.size, dtype=bool)
    head[0] = True
    np.not_equal(chars[1:], chars[:-1], out=head[1:])
    firsts = np.flatnonzero(head)
    lasts = np.empty_like(firsts)
    lasts[:-1] = firsts[1:] - 1
    lasts[-1] = chars.size - 1
    out = chars[firsts]
    return Normalized(
        text=to_text(out),
        starts=kept[firsts],
        ends=kept[lasts] + 1,
        runs=lasts - firsts + 1,
        cps=out,
        source_cps=cps,
    )


def fold_term(term: str) -> str:
    """Fold a lexicon term exactly as text is folded, repeats collapsed."""
    return normalize(term).text


def kinds_in(text: str, start: int, end: int) -> set[FoldKind]:
    """Fold kinds of the original characters in ``text[start:end]``."""
    _, kind = fold_tables()
    return {FoldKind(c) for c in set(kind[codepoints(text[start:end])].tolist()) if c}
