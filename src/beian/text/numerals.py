"""Chinese capital numerals (大写数字) written for the common ones: ``叁级片`` for 三级片, ``陆肆`` for 六四.

The capitals are the forms financial writing uses so that an amount cannot be altered; the list is the
one the accounting rules give (《会计基础工作规范》第五十二条: 壹、贰、叁、肆、伍、陆、柒、捌、玖、拾、佰、仟;
``万`` and ``亿`` are the same in both). The traditional forms (貳、陸) fold to these before matching.

They are not folded everywhere: ``伍`` is a surname, ``拾`` means to pick up, ``陆`` is land (大陆), and
folding them would change how ordinary text segments. Instead a term holding common numerals is also
compiled with all of them written as capitals (:func:`capitalised`), and a hit read so is reported as
``traditional``, the variant of the other formal and variant character forms.

The same terms are written with Arabic digits (``6合彩``, ``1夜情``, ``13水``, ``18禁``): a term of three or more
characters is also compiled with its numerals as digits (:func:`arabic`, by cn2an), reported as ``digits``. A form
that is all digits (``64`` for 六四) is not: numbers are everywhere. The mirror (:func:`chinese`) writes a term's
digits as numerals; a term of three or more digits only (``8964``) digit by digit (``八九六四``), a string that
ordinary text writes about as often as the digits themselves.
"""

from __future__ import annotations

import re

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


_NUMERAL_RUN = re.compile("[〇零一二三四五六七八九十]+")
_HAN = re.compile("[\u3400-\u9fff]")


def arabic(fold: str) -> str | None:
    """``fold`` with each run of numerals written in Arabic digits (``十三水`` → ``13水``, ``六合彩`` → ``6合彩``);
    None when it has none, has fewer than three characters, or would be digits only or a date, count or ordinal
    (``二十日``, ``一九八九年``, ``第一次``)."""
    if len(fold) < 3 or _NUMERAL_RUN.search(fold) is None:
        return None
    out = _NUMERAL_RUN.sub(_digits, fold)
    rest = "".join(c for c in out if not c.isdigit())
    if out == fold or not _HAN.search(rest) or all(c in _UNITS for c in rest):
        return None  # digits only, or a date, count or ordinal (二十日 → 20日, 第一次 → 第1次): numbers everywhere
    return out


def chinese(fold: str) -> list[str]:
    """``fold`` with each run of Arabic digits written in Chinese numerals, the mirror of :func:`arabic`: digit by
    digit (``6合彩`` → ``六合彩``, ``709大抓捕`` → ``七零九大抓捕``) and, where a run of two or three digits reads as a
    number, as that number (``13水`` → ``十三水``); a term of digits only digit by digit alone (``8964`` → ``八九六四``,
    not ``二百五十`` for ``250``); empty under :func:`arabic`'s other exclusions (fewer than three characters, a date,
    count or ordinal: ``1989年``, ``第3次``). ``〇`` is not written: the fold deletes it as a filler."""
    if len(fold) < 3 or _DIGIT_RUN.search(fold) is None:
        return []
    if _DIGIT_RUN.fullmatch(fold):
        return [fold.translate(_NUMERAL_TABLE)]  # digits only (8964): digit by digit only, never as a number
    rest = _DIGIT_RUN.sub("", fold)
    if not _HAN.search(rest) or all(c in _UNITS for c in rest if _HAN.match(c)):
        return []
    out = [_DIGIT_RUN.sub(lambda m: m.group().translate(_NUMERAL_TABLE), fold)]
    read = _DIGIT_RUN.sub(_reading, fold)
    return out if read in out else [*out, read]


def _reading(m: re.Match[str]) -> str:
    """A run of two or three digits as the number it writes (``13`` → ``十三``), else digit by digit."""
    import cn2an

    run = m.group()
    if 2 <= len(run) <= 3 and run[0] != "0":
        return str(cn2an.an2cn(run, "low"))
    return run.translate(_NUMERAL_TABLE)


def _digits(m: re.Match[str]) -> str:
    import cn2an

    run = m.group()
    if "十" not in run:  # 一九八九: digit by digit
        return run.translate(_DIGIT_TABLE)
    try:
        return str(cn2an.cn2an(run, "smart"))
    except (ValueError, KeyError, IndexError):  # 十十, 十一十: not one number (cn2an raises several kinds)
        return run


# what follows or precedes a number in dates, times, counts and ordinals
_UNITS = frozenset("第年月日号时点分秒次个人天周岁元角度届期条款项章节")
_DIGIT_TABLE = str.maketrans("〇零一二三四五六七八九", "00123456789")
_NUMERAL_TABLE = str.maketrans("0123456789", "零一二三四五六七八九")
_DIGIT_RUN = re.compile("[0-9]+")


def has_digits(original: str, term: str) -> bool:
    """Whether ``original`` writes one of ``term``'s numerals as an Arabic digit, or one of its Arabic digits as a
    numeral (``六合彩`` for ``6合彩``; the hit's variant is ``digits``)."""
    def digits(text: str) -> bool:
        return any(c.isascii() and c.isdigit() for c in text)
    return (digits(original) and _NUMERAL_RUN.search(term) is not None) or (
        digits(term) and not digits(original) and _NUMERAL_RUN.search(original) is not None)
