"""Chinese capital numerals (大写数字) written for the common ones: ``叁级片`` for 三级片, ``陆肆`` for 六四.

The capitals are the forms financial writing uses so that an amount cannot be altered; the list is the
one the accounting rules give (《会计基础工作规范》第五十二条: 壹、贰、叁、肆、伍、陆、柒、捌、玖、拾、佰、仟;
``万`` and ``亿`` are the same in both). The traditional forms (貳、陸) fold to these before matching.

They are not folded everywhere: ``伍`` is a surname, ``拾`` means to pick up, ``陆`` is land (大陆), and
folding them would change how ordinary text segments. Instead a term holding common numerals is also
compiled with all of them written as capitals (:func:`capitalised`), and a hit read so is reported as
``traditional``, the variant of the other formal and variant character forms.
"""

from __future__ import annotations

CAPITALS = {"壹": "一", "贰": "二", "叁": "三", "肆": "四", "伍": "五", "陆": "六", "柒": "七", "捌": "八", "玖": "九",
            "拾": "十", "佰": "百", "仟": "千"}
_TO_CAPITAL = {v: k for k, v in CAPITALS.items()}
_TABLE = str.maketrans(_TO_CAPITAL)


def capitalised(fold: str) -> str | None:
    """``fold`` with every common numeral written as its capital; None when it has none, or when it is a
    two-character term with one numeral (``六合``, ``九评``): ``陆合`` is as likely ``大陆合作`` as an evasion."""
    out = fold.translate(_TABLE)
    changed = sum(a != b for a, b in zip(fold, out))
    return out if changed >= 2 or (changed and len(fold) >= 3) else None


def has_capital(original: str, term: str) -> bool:
    """Whether ``original`` writes one of ``term``'s numerals as a capital (the hit's variant is then ``traditional``)."""
    return any(CAPITALS[c] in term for c in original if c in CAPITALS)
