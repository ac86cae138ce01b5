"""Probes written apart from the recall benchmark, to find what fails on inputs in another style (issue 12).

    .venv/bin/python bench/probe_unseen.py                   # all probe groups, per-class pass rates
    .venv/bin/python bench/probe_unseen.py --group evasion --per-class 80 --show 3
    .venv/bin/python bench/probe_unseen.py --group pii --json /tmp/probe.json

Nothing here is shared with ``evasion.py`` or ``bench/evasion_recall.py``: the disguises, the lookalike
alphabets, the filler pools, the split (拆字) and variant tables are written or derived here (Japanese
新字体 and Taiwan/Hong Kong forms from OpenCC's ``t2jp``/``s2tw``/``s2hk``, enclosed ideographs from
NFKC), the terms are drawn with another seed from the houbb + konsheng lexicons, and they are planted in
sentences from several corpora (laws, medical answers, CMRC 2018 Wikipedia, MSRA news, take-away reviews)
in several ways (between commas, in quotes, after a colon, bare at a clause start).

Three groups:

* ``evasion``: a case passes when a hit overlapping the planted span names the term (the same term, a
  same-fold or same-pinyin entry, or the term among ``candidates``) at or above the threshold. A case
  whose undisguised term is not found at the default threshold in the same place is left out (``control``).
* ``alarm``: benign texts made to provoke the matcher (words meeting across a word boundary, Latin text,
  code, formulas, units, escapes, terms assembled across clause punctuation, long noise); a case passes
  when no keyword hit reaches the threshold (for ``repeat_edge``: the term is found with an exact span).
* ``pii``: positives pass when the expected kind covers the value; negatives pass when no wrong kind is
  reported at the gateway's PII threshold (0.6).

Thresholds: the gateway's default (0.75) and strict mode (0.5, also ``beian scan``'s default).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import DATA, raw_terms

SEED = 20261204
THRESHOLDS = (0.75, 0.5)
PII_THRESHOLD = 0.6
HAN = re.compile(r"^[\u4e00-\u9fff]+$")


# ================================================================ sentences
def _sentences() -> list[str]:
    """Clauses of 12-60 characters from five corpora, without digits or Latin letters."""
    pools: list[list[str]] = []

    def cut(text: str) -> Iterable[str]:
        for s in re.split(r"(?<=[。！？；])", text.replace("\n", "")):
            if 12 <= len(s) <= 60 and not re.search(r"[0-9A-Za-z]", s):
                yield s

    with gzip.open(DATA / "corpus-china-laws/china_laws.jsonl.gz", "rt", encoding="utf-8") as fh:
        pools.append([s for _, line in zip(range(400), fh) for s in cut(json.loads(line).get("text", ""))])
    with gzip.open(DATA / "corpus-medical-qa/internal_medicine_sample.csv.gz", "rt", encoding="utf-8") as fh:
        pools.append([s for _, row in zip(range(3000), csv.DictReader(fh)) for s in cut(row.get("answer") or "")])
    with gzip.open(DATA / "corpus-cmrc2018/cmrc2018_dev.json.gz", "rt", encoding="utf-8") as fh:
        pools.append([s for art in json.load(fh)["data"] for p in art["paragraphs"] for s in cut(p["context"])])
    with gzip.open(DATA / "corpus-sophonplus-reviews/dh_msra.txt.gz", "rt", encoding="utf-8") as fh:
        pools.append([s for _, line in zip(range(20000), fh) for s in cut(line.replace(" ", ""))])
    with gzip.open(DATA / "corpus-sophonplus-reviews/waimai_10k.csv.gz", "rt", encoding="utf-8") as fh:
        pools.append([s for row in csv.DictReader(fh) for s in cut((row.get("review") or "") + "。")])
    rng = random.Random(SEED)
    out: list[str] = []
    for pool in pools:
        rng.shuffle(pool)
        out += pool[:1500]
    rng.shuffle(out)
    return out


def _plant(sentence: str, disguised: str, rng: random.Random) -> tuple[str, int, int]:
    """Put ``disguised`` at a clause boundary of ``sentence`` in one of several ways."""
    cuts = [i + 1 for i, c in enumerate(sentence) if c in "，。；：、"] or [0]
    at = rng.choice(cuts)
    left, right = {0: ("", "，"), 1: ("“", "”"), 2: ("：", "。"), 3: ("", "")}[rng.randrange(4)]
    if at == len(sentence):
        right = "。"
    pre = sentence[:at] + left
    return pre + disguised + right + sentence[at:], len(pre), len(pre) + len(disguised)


# ================================================================ disguises
def _pinyin(term: str, style: str = "normal") -> list[str]:
    from pypinyin import Style, lazy_pinyin

    st = {"normal": Style.NORMAL, "tone": Style.TONE, "tone3": Style.TONE3}[style]
    return list(lazy_pinyin(term, style=st, neutral_tone_with_five=True, v_to_u=False))


def _letters(table: dict[str, str], word: str, rng: random.Random, share: float = 1.0) -> str:
    return "".join(table[c] if c in table and rng.random() < share else c for c in word)


# Alphabets written for this probe (by eye from the code charts, not from confusables.txt).
GREEK = dict(zip("aeiouvnkptxywb", "αεισυνηκρτχγωβ"))
CYRILLIC = dict(zip("aeopcxyisjhgqwldnmktb", "аеорсхуіѕјһԍԛԝӏԁпмктв"))
LATIN_EXT = dict(zip("agilodhusznbcet", "ɑɡıłøđħʊʂʐŋƀƈɇŧ"))
ARMENIAN_CHEROKEE = dict(zip("nuhgqoswd", "ոսհցզօꮪꮃꮷ"))
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
SUPERSCRIPT = dict(zip("abdeghijklmnoprstuvwxyz", "ᵃᵇᵈᵉᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"))
MATH_BASES = (0x1D41A, 0x1D44E, 0x1D482, 0x1D4EA, 0x1D586, 0x1D5BA, 0x1D5EE, 0x1D622, 0x1D656, 0x1D68A)
MARKS = [chr(c) for c in (0x301, 0x300, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x30A, 0x30B, 0x30C, 0x323, 0x324,
                          0x325, 0x32D, 0x330, 0x331, 0x332, 0x334, 0x335, 0x336, 0x337, 0x338, 0x345, 0x35C, 0x361,
                          0x489, 0x1AB0, 0x1DC0, 0x20D0, 0x20D2, 0x20DD, 0x20DE, 0x20E0, 0xFE20, 0x0E31, 0x0F35,
                          0x302A, 0x302B, 0x3099)]
BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"]
CLAUSE = list("，。；、！？：,;")
CJK_FILLERS = list("丶〇のノヽゞ・丿乀丨ー〃")
SYMBOLS = [*list("※★☆◆◇○●◎□■△▲▼♀♂☀♪♫✿❀❤❥ღ✔✘⊙→←↑↓∞♠♣♦"), "🔥", "💦", "😊", "👉", "🍑", "🌸", "🙏"]
INVISIBLES = ["\u2060", "\u180e", "\u2062", "\u3164", "\u115f", "\ufeff", "\U000e0041", "\u2800", "\u200e",
              "\u061c", "\u034f", "\u17b4", "\u00ad"]
KEYCAPS = ["#\ufe0f\u20e3", "*\ufe0f\u20e3", "#\u20e3", "*\u20e3", "\U0001f51f"]  # a digit keycap writes its digit
DIGIT_BASES = (0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0x1040, 0x17E0, 0x1810, 0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7F6, 0xA620,
               0x1946, 0x19D0, 0x1B50, 0xABF0)
DIGIT_EXTRA = {"①": 0x2460, "⑴": 0x2474, "⒈": 0x2488, "➀": 0x2780, "❶": 0x2776, "➊": 0x278A, "⁰": 0x2070}

# 拆字 written by hand: left-right splits people type (component characters that are CJK unified ideographs).
SPLITS = {
    "诈": "讠乍", "骗": "马扁", "赌": "贝者", "枪": "木仓", "炮": "火包", "奸": "女干", "妓": "女支", "嫖": "女票",
    "娼": "女昌", "胡": "古月", "锦": "钅帛", "涛": "氵寿", "强": "弓虽", "弹": "弓单", "砍": "石欠", "暗": "日音",
    "独": "犭虫", "炸": "火乍", "精": "米青", "液": "氵夜", "博": "十尃", "彩": "采彡",
    "淫": "氵㸒", "裸": "衤果", "聊": "耳卯", "妹": "女未", "约": "纟勺", "推": "扌隹", "翻": "番羽",
    "墙": "土啬", "法": "氵去", "轮": "车仑", "功": "工力", "政": "正攵", "江": "氵工", "温": "氵昷",
    "猫": "犭苗", "婊": "女表", "操": "扌喿", "插": "扌臿", "射": "身寸", "抽": "扌由", "吸": "口及", "販": "贝反",
    "贩": "贝反", "赚": "贝兼", "钱": "钅戋", "狗": "犭句", "淋": "氵林", "毙": "比死",
    "秘": "禾必", "械": "木戒", "词": "讠司", "语": "讠吾", "说": "讠兑", "访": "讠方", "谈": "讠炎",
}
SPLITS = {k: v for k, v in SPLITS.items() if len(v) == 2}
# Kangxi radicals (NFKC folds them) and CJK Radicals Supplement forms (no NFKC), with the character meant.
RADICALS = {
    "⻩": "黄", "⻢": "马", "⻔": "门", "⻓": "长", "⻋": "车", "⻅": "见", "⻆": "角", "⻝": "食", "⻜": "飞",
    "⻙": "韦", "⻘": "青", "⻛": "风", "⻥": "鱼", "⻦": "鸟", "⻬": "齐", "⻰": "龙", "⻳": "龟", "⻉": "贝",
    "⻚": "页", "⻨": "麦", "⻮": "齿", "⻣": "骨", "⻤": "鬼", "⺠": "民", "⺟": "母", "⻗": "雨", "⻊": "足",
    "⼈": "人", "⼤": "大", "⼝": "口", "⽔": "水", "⽕": "火", "⽊": "木", "⾦": "金", "⼥": "女", "⼦": "子",
    "⼼": "心", "⾔": "言", "⾺": "马", "⾼": "高", "⿓": "龙", "⾨": "门", "⾞": "车", "⾙": "贝", "⽩": "白",
    "⽣": "生", "⾁": "肉", "⾊": "色", "⽑": "毛", "⼒": "力", "⼗": "十", "⼿": "手", "⽇": "日", "⽉": "月",
}


def _enclosed_ideographs() -> dict[str, list[str]]:
    """Simplified character -> enclosed/parenthesised/squared ideographs that NFKC turns into it."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    jp2t = opencc.OpenCC("jp2t")
    out: dict[str, list[str]] = defaultdict(list)
    for cp in [*range(0x3200, 0x3300), *range(0x1F200, 0x1F300)]:
        core = re.sub(r"[()\s]", "", unicodedata.normalize("NFKC", chr(cp)))
        if len(core) == 1 and HAN.match(core):
            out[t2s.convert(jp2t.convert(core))].append(chr(cp))
    return out


def _variant_table() -> dict[str, list[str]]:
    """Simplified character -> forms written in Japanese 新字体, Taiwan or Hong Kong standards (OpenCC)."""
    import opencc

    s2t, t2jp, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2jp"), opencc.OpenCC("t2s")
    tw, hk = opencc.OpenCC("s2tw"), opencc.OpenCC("s2hk")
    out: dict[str, list[str]] = defaultdict(list)
    for cp in range(0x4E00, 0x9FA6):
        ch = chr(cp)
        trad = s2t.convert(ch)
        for form in (t2jp.convert(trad), tw.convert(ch), hk.convert(ch)):
            ordinary = t2s.convert(form)  # 連 stands for 聯 in Japanese but is 连 in Chinese: not a variant of 联
            if ordinary != form and ordinary != ch:
                continue
            if len(form) == 1 and form not in (ch, trad) and form not in out[ch]:
                out[ch].append(form)
    return out


Disguise = Callable[[str, random.Random], "str | None"]


def _inner_positions(term: str) -> range:
    return range(1, len(term))


def d_marks(term: str, rng: random.Random) -> str:
    return "".join(c + "".join(rng.choice(MARKS) for _ in range(rng.randint(1, 3))) for c in term)


def d_break(term: str, rng: random.Random) -> str:
    at = rng.choice(_inner_positions(term))
    return term[:at] + rng.choice(BREAKS) + term[at:]


def d_break_each(term: str, rng: random.Random) -> str:
    brk = rng.choice(BREAKS)
    return brk.join(term)


def d_clause_one(term: str, rng: random.Random) -> str | None:
    if len(term) < 3:
        return None
    at = rng.choice(_inner_positions(term))
    return term[:at] + rng.choice(CLAUSE) + term[at:]


def d_clause_one_pair(term: str, rng: random.Random) -> str | None:
    return term[0] + rng.choice(CLAUSE) + term[1] if len(term) == 2 else None


def d_clause_each(term: str, rng: random.Random) -> str:
    mark = rng.choice(CLAUSE)
    return mark.join(term)


def _cap(sylls: list[str], rng: random.Random) -> list[str]:
    return [s.capitalize() for s in sylls] if rng.random() < 0.3 else sylls


def d_tone_marks(term: str, rng: random.Random) -> str | None:
    s = _cap(_pinyin(term, "tone"), rng)
    return rng.choice(["", " ", "-", "'"]).join(s) if len(term) >= 2 else None


def d_tone_combining(term: str, rng: random.Random) -> str | None:
    return unicodedata.normalize("NFD", " ".join(_pinyin(term, "tone"))) if len(term) >= 2 else None


def d_tone_numbers(term: str, rng: random.Random) -> str | None:
    s = _pinyin(term, "tone3")
    return rng.choice(["", " ", "-"]).join(s) if len(term) >= 2 else None


def d_mixed_one(term: str, rng: random.Random) -> str | None:
    if len(term) < 3:
        return None
    at = rng.randrange(len(term))
    return term[:at] + _pinyin(term[at])[0] + term[at + 1:]


def d_mixed_tone(term: str, rng: random.Random) -> str | None:
    if len(term) < 3:
        return None
    at = rng.randrange(len(term))
    return term[:at] + _pinyin(term[at], rng.choice(["tone", "tone3"]))[0] + term[at + 1:]


def d_mixed_half(term: str, rng: random.Random) -> str | None:
    if len(term) < 4:
        return None
    keep = set(rng.sample(range(len(term)), len(term) // 2))
    return "".join(c if i in keep else _pinyin(c)[0] for i, c in enumerate(term))


def _alphabet(table: dict[str, str], share: float = 1.0) -> Disguise:
    def make(term: str, rng: random.Random) -> str | None:
        word = "".join(_pinyin(term))
        out = _letters(table, word, rng, share)
        return out if out != word and len(term) >= 2 else None
    return make


def d_math(term: str, rng: random.Random) -> str | None:
    base = rng.choice(MATH_BASES)
    word = "".join(_pinyin(term))
    return "".join(_math_letter(base, c) for c in word) if len(term) >= 2 else None


def _math_letter(base: int, c: str) -> str:
    ch = chr(base + ord(c) - 97)
    return ch if unicodedata.name(ch, "") else "\u210e"  # italic h lives in Letterlike Symbols; its slot is empty


def _enclosed_letters(base: int) -> Disguise:
    def make(term: str, rng: random.Random) -> str | None:
        word = "".join(_pinyin(term))
        return "".join(chr(base + ord(c) - 97) for c in word) if len(term) >= 2 and word.isalpha() else None
    return make


# "Fancy text" generator alphabets of Thai, Arabic and other letters (written by eye; not folded today)
FANCY_THAI = dict(zip("abcdefghijklmnopqrstuvwxyz", "ค๒ς๔єŦﻮђเןкɭ๓ภ๏קợгรՇยשฬאץչ"))


def d_latin_lookalike(term: str, rng: random.Random) -> str | None:
    """For Latin lexicon terms: a mix of every alphabet above, a letter in two."""
    if not term.isascii():
        return None
    table = {**CYRILLIC, **GREEK, **LATIN_EXT}
    word = term.lower()
    out = _letters(table, word, rng, 0.5)
    return out if out != word else None


def _between(pool: list[str]) -> Disguise:
    def make(term: str, rng: random.Random) -> str:
        return "".join(c + rng.choice(pool) for c in term[:-1]) + term[-1]
    return make


def d_symbols_multi(term: str, rng: random.Random) -> str:
    return "".join(c + "".join(rng.choice(SYMBOLS + CJK_FILLERS) for _ in range(rng.randint(2, 4)))
                   for c in term[:-1]) + term[-1]


def d_enclosed(term: str, rng: random.Random) -> str | None:
    table = _cached("enclosed", _enclosed_ideographs)
    spots = [i for i, c in enumerate(term) if c in table]
    if not spots:
        return None
    at = rng.choice(spots)
    return term[:at] + rng.choice(table[term[at]]) + term[at + 1:]


def d_radical(term: str, rng: random.Random) -> str | None:
    back: dict[str, list[str]] = defaultdict(list)
    for k, v in RADICALS.items():
        back[v].append(k)
    spots = [i for i, c in enumerate(term) if c in back]
    if not spots:
        return None
    at = rng.choice(spots)
    return term[:at] + rng.choice(back[term[at]]) + term[at + 1:]


def d_digits(term: str, rng: random.Random) -> str | None:
    if not any(c.isdigit() for c in term):
        return None
    pick = rng.randrange(len(DIGIT_BASES) + len(DIGIT_EXTRA))
    if pick < len(DIGIT_BASES):
        base = DIGIT_BASES[pick]
        return "".join(chr(base + int(c)) if c.isdigit() else c for c in term)
    first, base = list(DIGIT_EXTRA.items())[pick - len(DIGIT_BASES)]
    if "0" in term and first != "⁰":
        return None
    sup = {"1": "¹", "2": "²", "3": "³"}
    if first == "⁰":
        return "".join(sup.get(c) or (chr(base + int(c)) if c.isdigit() else c) for c in term)
    return "".join(chr(base + int(c) - 1) if c.isdigit() else c for c in term)


def d_keycap_digits(term: str, rng: random.Random) -> str | None:
    """Digits of a term written as keycap emoji (8️⃣9️⃣6️⃣4️⃣): the digits are the content."""
    if not any(c.isdigit() for c in term):
        return None
    tail = rng.choice(["\ufe0f\u20e3", "\u20e3"])
    return "".join(c + tail if c.isdigit() else c for c in term)


def d_variant(term: str, rng: random.Random) -> str | None:
    table = _cached("variants", _variant_table)
    spots = [i for i, c in enumerate(term) if table.get(c)]
    if not spots:
        return None
    out = list(term)
    for at in rng.sample(spots, min(len(spots), 2)):
        out[at] = rng.choice(table[term[at]])
    return "".join(out)


def d_split(term: str, rng: random.Random) -> str | None:
    spots = [i for i, c in enumerate(term) if c in SPLITS]
    if not spots or len(term) < 2:
        return None
    at = rng.choice(spots)
    return term[:at] + SPLITS[term[at]] + term[at + 1:]


def _escape_char(c: str, scheme: int, upper: bool) -> str:
    cp = ord(c)
    hexd = f"{cp:x}".upper() if upper else f"{cp:x}"
    utf8 = c.encode("utf-8")
    return [f"&#{cp};", f"&#x{hexd};", f"&#X{hexd};", f"\\u{hexd}", f"\\U{cp:08x}", f"\\u{{{hexd}}}",
            "".join(f"%{b:02X}" for b in utf8), "".join(f"\\x{b:02x}" for b in utf8), f"&#{cp}"][scheme]


def d_escapes(term: str, rng: random.Random) -> str:
    """Each character (or every second one) written as a numeric escape of one scheme."""
    scheme, upper, every = rng.randrange(9), rng.random() < 0.5, rng.choice([1, 1, 2])
    return "".join(_escape_char(c, scheme, upper) if i % every == 0 else c for i, c in enumerate(term))


def _escape_more(c: str, scheme: int, upper: bool) -> str:
    cp, utf8 = ord(c), c.encode("utf-8")
    hexd = f"{cp:X}" if upper else f"{cp:x}"
    return [f"U+{cp:04X}", f"U+{cp:04X} ", f"%u{hexd}", "".join(f"\\{b:03o}" for b in utf8),
            "".join(f"={b:02X}" for b in utf8), f"&#x000{hexd};"][scheme]


def d_escapes_more(term: str, rng: random.Random) -> str:
    """Code point notation, JavaScript %u, octal and quoted-printable bytes, references with leading zeros."""
    scheme, upper = rng.randrange(6), rng.random() < 0.5
    return "".join(_escape_more(c, scheme, upper) for c in term).rstrip()


LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7+", "g": "96", "b": "8", "l": "1|", "z": "2"}


def d_leet_pinyin(term: str, rng: random.Random) -> str | None:
    """Pinyin of a Chinese term with two or three letters written as digits or signs (f4lun9on9)."""
    word = "".join(_pinyin(term))
    spots = [i for i, c in enumerate(word) if c in LEET and 0 < i < len(word) - 1]
    if len(term) < 2 or len(spots) < 2:
        return None
    out = list(word)
    for i in rng.sample(spots, min(len(spots), rng.choice([2, 3]))):
        out[i] = rng.choice(LEET[word[i]])
    return "".join(out)


def d_leet_latin(term: str, rng: random.Random) -> str | None:
    word = term.lower()
    spots = [i for i, c in enumerate(word) if c in LEET and 0 < i < len(word) - 1]
    if not term.isascii() or not spots:
        return None
    out = list(word)
    for i in rng.sample(spots, min(len(spots), 2)):
        out[i] = rng.choice(LEET[word[i]])
    return "".join(out)


def d_repeat_each(term: str, rng: random.Random) -> str:
    n = rng.choice([2, 2, 3])
    return "".join(c * n for c in term)


def d_repeat_one(term: str, rng: random.Random) -> str:
    at = rng.randrange(len(term))
    return term[:at] + term[at] * rng.randint(3, 5) + term[at + 1:]


def d_repeat_noisy(term: str, rng: random.Random) -> str:
    return "".join(c + rng.choice(["\u200b", "*", " ", "~"]) + c for c in term)


_CACHE: dict[str, Any] = {}


def _cached(name: str, make: Callable[[], Any]) -> Any:
    if name not in _CACHE:
        _CACHE[name] = make()
    return _CACHE[name]


EVASIONS: dict[str, tuple[Disguise, str]] = {
    # name: (disguise, which terms: han / latin / digit)
    "combining_marks": (d_marks, "han"),
    "line_break_one": (d_break, "han"),
    "line_break_each": (d_break_each, "han"),
    "clause_one_3plus": (d_clause_one, "han"),
    "clause_one_2char": (d_clause_one_pair, "han"),
    "clause_each": (d_clause_each, "han"),
    "pinyin_tone_marks": (d_tone_marks, "han"),
    "pinyin_tone_combining": (d_tone_combining, "han"),
    "pinyin_tone_numbers": (d_tone_numbers, "han"),
    "mixed_one_pinyin": (d_mixed_one, "han"),
    "mixed_tone_pinyin": (d_mixed_tone, "han"),
    "mixed_half_pinyin": (d_mixed_half, "han"),
    "small_caps_pinyin": (_alphabet(SMALL_CAPS), "han"),
    "superscript_pinyin": (_alphabet(SUPERSCRIPT), "han"),
    "greek_pinyin": (_alphabet(GREEK, 0.6), "han"),
    "cyrillic_pinyin": (_alphabet(CYRILLIC, 0.6), "han"),
    "latin_ext_pinyin": (_alphabet(LATIN_EXT, 0.6), "han"),
    "armenian_cherokee_pinyin": (_alphabet(ARMENIAN_CHEROKEE, 0.8), "han"),
    "math_alpha_pinyin": (d_math, "han"),
    "negative_squared_pinyin": (_enclosed_letters(0x1F170), "han"),
    "negative_circled_pinyin": (_enclosed_letters(0x1F150), "han"),
    "fancy_thai_pinyin": (_alphabet(FANCY_THAI), "han"),
    "lookalike_latin_term": (d_latin_lookalike, "latin"),
    "cjk_fillers": (_between(CJK_FILLERS), "han"),
    "symbols_emoji": (_between(SYMBOLS), "han"),
    "symbols_multi": (d_symbols_multi, "han"),
    "invisibles": (_between(INVISIBLES), "han"),
    "keycaps": (_between(KEYCAPS), "han"),
    "ideograph_emoji": (d_enclosed, "han"),
    "cjk_radicals": (d_radical, "han"),
    "digit_scripts": (d_digits, "digit"),
    "keycap_digits": (d_keycap_digits, "digit"),
    "variant_chars": (d_variant, "han"),
    "split_chars": (d_split, "han"),
    "escapes": (d_escapes, "han"),
    "escapes_more": (d_escapes_more, "han"),
    "leet_pinyin": (d_leet_pinyin, "han"),
    "leet_latin_term": (d_leet_latin, "latin"),
    "repeat_each": (d_repeat_each, "han"),
    "repeat_one": (d_repeat_one, "han"),
    "repeat_noisy": (d_repeat_noisy, "han"),
}


# ================================================================ judging
@dataclass
class Tally:
    """Pass counts of one class at each threshold, with failing examples."""

    n: int = 0
    passed: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    fails: list[dict[str, Any]] = field(default_factory=list)
    skipped: int = 0

    def row(self) -> list[str]:
        return [f"{self.passed[t] / self.n:.0%} ({self.passed[t]}/{self.n})" if self.n else "-" for t in THRESHOLDS]


def _names_term(hit: Any, term: str, fold: Callable[[str], str], sound: Callable[[str], str]) -> bool:
    names = {hit.matched, *(c[0] for c in hit.candidates)}
    if term in names:
        return True
    ft, st = fold(term), fold(sound(term))  # (folded: saqieer and the entry saqieer both read saqier)
    if any(fold(n) == ft or (n.isascii() and fold(n) == st) for n in names):  # a Latin entry spelling its pinyin
        return True
    return hit.variant in ("pinyin", "initials", "mixed", "homophone") and any(sound(n) == sound(term) for n in names)


def _best(hits: list[Any], s: int, e: int, term: str, fold: Callable[[str], str], sound: Callable[[str], str]) -> float:
    conf = [h.confidence for h in hits if h.start < e and h.end > s and _names_term(h, term, fold, sound)]
    return max(conf, default=0.0)


def _pick_terms(terms: list[str], kind: str, rng: random.Random, need: int) -> list[str]:
    if kind == "han":
        pool = [t for t in terms if HAN.match(t) and 2 <= len(t) <= 6]
    elif kind == "latin":
        pool = [t for t in terms if re.fullmatch(r"[A-Za-z]{4,12}", t)]
    else:
        pool = [t for t in terms if re.search(r"[0-9]", t) and 2 <= len(t) <= 8 and not re.search(r"[A-Za-z]", t)]
    rng.shuffle(pool)
    return pool[: need * 8]


def run_evasion(matcher: Any, per_class: int, show: int) -> dict[str, Tally]:
    from beian.text.normalize import fold_term
    from beian.text.phonetics import pinyin_forms

    def sound(t: str) -> str:
        return pinyin_forms(t)[0] if HAN.match(t) else fold_term(t)

    terms = raw_terms()
    sentences = _sentences()
    out: dict[str, Tally] = {"control": Tally()}
    for name, (disguise, kind) in EVASIONS.items():
        rng = random.Random(f"{SEED}-{name}")
        tally = out.setdefault(name, Tally())
        for term in _pick_terms(terms, kind, rng, per_class):
            if tally.n >= per_class:
                break
            form = disguise(term, rng)
            if not form or form == term:
                continue
            sentence = rng.choice(sentences)
            seed = rng.random()
            plain, ps, pe = _plant(sentence, term, random.Random(seed))
            out["control"].n += 1
            if _best(matcher.scan(plain), ps, pe, term, fold_term, sound) < THRESHOLDS[0]:
                tally.skipped += 1
                continue
            out["control"].passed[THRESHOLDS[0]] += 1
            out["control"].passed[THRESHOLDS[1]] += 1
            text, s, e = _plant(sentence, form, random.Random(seed))
            hits = matcher.scan(text)
            best = _best(hits, s, e, term, fold_term, sound)
            tally.n += 1
            for t in THRESHOLDS:
                tally.passed[t] += best >= t
            if best < THRESHOLDS[0] and len(tally.fails) < show:
                near = [(h.text, h.matched, h.variant, h.confidence) for h in hits if h.start < e and h.end > s]
                tally.fails.append({"term": term, "form": form, "best": best, "text": text, "near": near})
    return out


# ================================================================ matcher-made false alarms
LATIN_SNIPPETS = [
    "检查结果：ALT 45 U/L，AST 38 U/L，GGT 正常。", "血糖 6.1 mmol/L，糖化血红蛋白 HbA1c 5.9%。",
    "胆固醇 5.2 mg/dL，甘油三酯 1.7 mmol/L。", "请在 CPU、GPU 与 NPU 之间选择。", "NBA 总决赛 G7 在 TD 花园举行。",
    "使用 `git log --oneline | head -n 10` 查看。", "代码：for (int i = 0; i < n; i++) { sum += a[i]; }",
    "正则 \\d+\\s*\\w+ 匹配数字后的单词。", "字符串里写着 \\n\\n\\t\\r 这些转义。", "路径 C:\\Users\\lin\\Documents\\new.txt",
    "公式 C(m,n) = m!/(n!(m-n)!)，其中 m ≥ n。", "求 f(x) = ln(x) + sin(x) 的导数。", "速度 120 km/h，功率 5 kW·h。",
    "访问 https://www.example.com/api/v1/users?id=42&lang=zh 获取数据。", "邮件发到 lily.wang@example.org 即可。",
    "The lake was calm, and we liked the long walk by the shore.", "She said she would take the bus to the mall.",
    "Please find the attached file and let me know if you have any questions.", "I love the way you laugh.",
    "Gene expression of TNF-alpha and IL-6 was measured by qPCR.", "HTTP/1.1 200 OK Content-Type: text/html",
    "SELECT name, age FROM users WHERE age > 18 ORDER BY name;", "import numpy as np; x = np.linspace(0, 1, 50)",
    "本次版本号为 v2.3.11-rc1，构建号 b7f3e2a。", "型号 RTX4090、i9-13900K 与 DDR5-6000。",
    "文件 report_final_v3.docx 已上传。", "UUID 为 550e8400-e29b-41d4-a716-446655440000。",
    "使用 base64 编码：SGVsbG8gV29ybGQ=", "颜色 #FF5733 与 rgb(255, 87, 51) 相同。",
    "化学式 H2SO4 + 2NaOH → Na2SO4 + 2H2O。", "DNA 序列 ATGCGTACGTTAGC 中有一个突变。",
    "他在 LinkedIn 上写着 Senior Software Engineer at Alibaba。", "mAb、IgG 与 IgM 的滴度均升高。",
    "Wi-Fi 密码是 Lan9Shan8Hai，请勿外传。", "ISO 9001 与 GB/T 19001 的要求一致。",
    "Hello world! How are you doing today?", "地址：Room 1205, Block B, Jianwai SOHO, Beijing。",
    "名字拼音 Li Kai、Fan Lei、Ma Hui 都要核对。", "Dear Sir/Madam, thank you for your kind letter.",
    "The patient had a fever of 39°C and a cough for three days.", "nohup python train.py --lr 3e-4 --bs 64 &",
    "x = a ^ b; y = a & b; z = ~a;", "LaTeX: \\frac{\\partial f}{\\partial x} = \\alpha\\beta",
    "单位换算：1 ft = 0.3048 m，1 lb = 0.4536 kg。", "K线图显示 MACD 金叉，KDJ 超买。",
    "%E4%BD%A0%E5%A5%BD 是“你好”的 URL 编码。", "JSON：{\"name\": \"Li\", \"age\": 30, \"tags\": [\"a\", \"b\"]}",
]
NOISE_GAPS = [" " * 12, " " * 40, " " * 200, "-" * 20, "\n\n", "\n \n", "\t" * 10, "。\n\n", "……" * 5, "*" * 30,
              " | " * 6]


def _jieba_words() -> dict[str, int]:
    import jieba

    jieba.initialize()
    return {w: f for w, f in jieba.dt.FREQ.items() if f > 0 and HAN.match(w)}


def alarm_cross_word(matcher: Any, sentences: list[str], limit: int) -> Tally:
    """Real sentences where a 2-3 character lexicon term straddles jieba's (HMM) segmentation of the sentence."""
    import jieba

    tally = Tally()
    for s in sentences:
        if tally.n >= limit:
            break
        hits = [h for h in matcher.scan(s) if h.variant == "exact" and HAN.match(h.matched) and len(h.matched) <= 3]
        if not hits:
            continue
        spans, pos = [], 0
        for w in jieba.lcut(s, HMM=True):
            spans.append((pos, pos + len(w)))
            pos += len(w)
        # a hit across a word boundary that cuts a word (是|中国 is two whole words; 人民 in 人民政府 crosses nothing)
        cut = [h for h in hits if any(h.start < b < h.end for _, b in spans)
               and any(a < h.start < b or a < h.end < b for a, b in spans)]
        if not cut:
            continue
        for h in cut:
            tally.n += 1
            for t in THRESHOLDS:
                tally.passed[t] += h.confidence < t
            if h.confidence >= THRESHOLDS[1] and len(tally.fails) < 8:
                tally.fails.append({"text": s, "hit": (h.text, h.matched, h.variant, h.confidence),
                                    "words": "/".join(jieba.lcut(s, HMM=True))})
    return tally


def _no_hit(tally: Tally, hits: list[Any], text: str, show: int, *, only: Callable[[Any], bool] = lambda h: True) -> None:
    worst = max((h.confidence for h in hits if only(h)), default=0.0)
    tally.n += 1
    for t in THRESHOLDS:
        tally.passed[t] += worst < t
    if worst >= THRESHOLDS[1] and len(tally.fails) < show:
        tally.fails.append({"text": text, "hits": [(h.text, h.matched, h.variant, h.confidence) for h in hits
                                                  if only(h) and h.confidence >= THRESHOLDS[1]]})


def run_alarms(matcher: Any, per_class: int, show: int) -> dict[str, Tally]:
    rng = random.Random(SEED)
    sentences = _sentences()
    quiet = [s for s in sentences[:3000] if not any(h.confidence >= 0.4 for h in matcher.scan(s))]
    out: dict[str, Tally] = {}
    out["cross_word_real"] = alarm_cross_word(matcher, sentences[3000:], per_class)
    latin = out.setdefault("latin_code_units", Tally())
    for snip in LATIN_SNIPPETS:
        s = rng.choice(quiet)
        text = s[: len(s) // 2] + snip + s[len(s) // 2:]
        _no_hit(latin, matcher.scan(text), text, show, only=_made)
    # ASCII runs inside real documents (medical answers, CMRC, model answers): sound channels only
    real = out.setdefault("latin_in_corpora", Tally())
    for text in _latin_docs(per_class * 3):
        hits = matcher.scan(text)
        _no_hit(real, hits, text, show, only=lambda h: h.variant in ("pinyin", "initials", "leet", "mixed")
                and bool(re.search(r"[A-Za-z]", h.text)))
    # terms assembled across clause punctuation: word1 ends with the term's head, word2 starts with its tail
    words = _jieba_words()
    by_end: dict[str, list[str]] = defaultdict(list)
    by_start: dict[str, list[str]] = defaultdict(list)
    for w, f in words.items():
        if 2 <= len(w) <= 3 and f >= 50:
            by_start[w[0]].append(w)
            for k in (1, 2):
                by_end[w[-k:]].append(w)
    joined = out.setdefault("cross_word_made", Tally())
    across = out.setdefault("assembled_across_clause", Tally())
    across_break = out.setdefault("assembled_across_break", Tally())
    terms = [t for t in raw_terms() if HAN.match(t) and 3 <= len(t) <= 4]
    rng.shuffle(terms)
    for term in terms:
        if across.n >= per_class:
            break
        cut = rng.randrange(1, len(term))
        head, tail = term[:cut], term[cut:]
        w1s = [w for w in by_end.get(head, []) if w != head and term not in w]
        w2s = [w for w in by_start.get(tail[0], []) if w.startswith(tail) and len(w) > len(tail)]
        if not w1s or not w2s:
            continue
        s = rng.choice(quiet)
        w1, w2 = rng.choice(w1s), rng.choice(w2s)
        for tally, mark in ((joined, ""), (across, rng.choice("，。；、")), (across_break, "\n")):
            text = s[:-1] + "，" + w1 + mark + w2 + "。"
            at = len(s) + len(w1)  # the mark, or (joined) the first character of w2: a hit across it was assembled
            _no_hit(tally, matcher.scan(text), text, show, only=lambda h, at=at: h.start < at < h.end)
    noise = out.setdefault("long_noise", Tally())
    for term in [t for t in raw_terms() if HAN.match(t) and 2 <= len(t) <= 4][:2000:40]:
        gap = rng.choice(NOISE_GAPS)
        s = rng.choice(quiet)
        text = s + term[0] + gap + term[1:] + s
        _no_hit(noise, matcher.scan(text), text, show, only=lambda h, term=term: h.matched == term)
    # repeat collapse at a clause edge: 色情，情况 must give the term with its own span
    edge = out.setdefault("repeat_edge", Tally())
    two = [t for t in raw_terms() if HAN.match(t) and len(t) == 2]
    rng.shuffle(two)
    for term in two:
        if edge.n >= per_class:
            break
        nexts = [w for w in by_start.get(term[-1], []) if w[0] == term[-1] and term not in w]
        if not nexts:
            continue
        s = rng.choice(quiet)
        pre = "他说起" if rng.random() < 0.5 else s[:-1] + "，提到"
        text = pre + term + rng.choice("，。") + rng.choice(nexts) + "的事。"
        at = len(pre)
        hits = matcher.scan(pre + term + "。")
        if not any(h.matched == term and h.confidence >= THRESHOLDS[0] for h in hits):
            continue
        hits = matcher.scan(text)
        exact = max((h.confidence for h in hits if h.matched == term and (h.start, h.end) == (at, at + 2)), default=0)
        edge.n += 1
        for t in THRESHOLDS:
            edge.passed[t] += exact >= t
        if exact < THRESHOLDS[0] and len(edge.fails) < show:
            edge.fails.append({"text": text, "hits": [(h.start, h.end, h.text, h.matched, h.confidence) for h in hits]})
    return out


def _made(hit: Any) -> bool:
    """A hit the matcher made (not the text writing a lexicon entry as it is: that is lexicon breadth)."""
    return hit.variant not in ("exact", "case", "width", "traditional")


def _latin_docs(limit: int) -> list[str]:
    out: list[str] = []
    with gzip.open(DATA / "corpus-medical-qa/internal_medicine_sample.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            text = row.get("answer") or ""
            if re.search(r"[A-Za-z]{2,}", text):
                out.append(text)
    with gzip.open(DATA / "corpus-cmrc2018/cmrc2018_dev.json.gz", "rt", encoding="utf-8") as fh:
        for art in json.load(fh)["data"]:
            for p in art["paragraphs"]:
                if re.search(r"[A-Za-z]{3,}", p["context"]):
                    out.append(p["context"])
    random.Random(SEED).shuffle(out)
    return out[:limit]


# ================================================================ personal information
def _luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _resident_id(rng: random.Random, want_x: bool) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    while True:
        body = rng.choice(["110105", "310104", "440305", "510107", "330106"]) + \
            f"{rng.randint(1960, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
        if (check == "X") == want_x:
            return body + check


def _styled(digits: str, style: str, rng: random.Random) -> str:
    if style == "fullwidth":
        return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in digits)
    if style == "math_bold":
        return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in digits)
    if style == "math_mono":
        return "".join(chr(0x1D7F6 + int(c)) if c.isdigit() else c for c in digits)
    if style == "circled":
        return "".join(("⓪" if c == "0" else chr(0x2460 + int(c) - 1)) if c.isdigit() else c for c in digits)
    if style == "arabic_indic":
        return "".join(chr(0x660 + int(c)) if c.isdigit() else c for c in digits)
    if style == "zero_width":
        at = rng.randrange(1, len(digits))
        return digits[:at] + rng.choice(["\u200b", "\u200c", "\u2060", "\ufeff"]) + digits[at:]
    return digits


def _mobile(rng: random.Random) -> str:
    return rng.choice(["138", "139", "150", "186", "177", "199", "166", "147"]) + f"{rng.randint(0, 99999999):08d}"


def _pii_cases(rng: random.Random, n: int) -> list[tuple[str, str, str, str | None]]:
    """(class, text, value, expected kind or None for a negative)."""
    cases: list[tuple[str, str, str, str | None]] = []
    for _ in range(n):
        m = _mobile(rng)
        writings = {
            "mobile_plain": m, "mobile_+86": "+86" + m, "mobile_+86_space": f"+86 {m[:3]} {m[3:7]} {m[7:]}",
            "mobile_0086": "0086" + m, "mobile_dashes": f"{m[:3]}-{m[3:7]}-{m[7:]}",
            "mobile_spaces": f"{m[:3]} {m[3:7]} {m[7:]}", "mobile_paren86": f"(+86){m}",  # judged on the number: the prefix may stay unmasked
            "mobile_dots": f"{m[:3]}.{m[3:7]}.{m[7:]}", "mobile_fullwidth": _styled(m, "fullwidth", rng),
            "mobile_circled": _styled(m, "circled", rng), "mobile_math": _styled(m, rng.choice(["math_bold", "math_mono"]), rng),
            "mobile_zero_width": _styled(m, "zero_width", rng), "mobile_arabic_indic": _styled(m, "arabic_indic", rng),
            "mobile_fw_plus86": "＋８６－" + _styled(m, "fullwidth", rng),
            "mobile_nbsp": f"{m[:3]}\u00a0{m[3:7]}\u00a0{m[7:]}", "mobile_en_dash": f"{m[:3]}–{m[3:7]}–{m[7:]}",
        }
        lead = rng.choice(["联系电话：", "有事打我手机", "微信同号 ", "客户 王女士 ", "请拨打"])
        for cls, w in writings.items():
            cases.append((cls, f"{lead}{w}，谢谢。", w, "mobile"))
        land = rng.choice([f"010-{rng.randint(20000000, 89999999)}", f"(0755){rng.randint(20000000, 89999999)}",
                           f"021 {rng.randint(20000000, 89999999)}", f"0571-{rng.randint(2000000, 8999999)}"])
        cases.append(("landline", f"门店电话 {land}，营业时间 9:00-21:00。", land, "landline"))
        split = rng.choice([f"0755-{rng.randint(2000, 8999)}-{rng.randint(1000, 9999)}",
                            f"(010) {rng.randint(2000, 8999)}-{rng.randint(1000, 9999)}"])
        cases.append(("landline_split", f"{rng.choice(['座机', '电话', '传真'])}：{split}", split, "landline"))
        cases.append(("neg_batch_split", f"批号 0571-{rng.randint(2000, 2025)}-{rng.randint(1000, 1231)}", "", None))
        rid = _resident_id(rng, False)
        rid_x = _resident_id(rng, True)
        cases.append(("id_plain", f"身份证号{rid}，请核对。", rid, "resident_id"))
        cases.append(("id_ending_X", f"身份证号码：{rid_x}", rid_x, "resident_id"))
        cases.append(("id_ending_x_lower", f"证件号 {rid_x.lower()} 已登记", rid_x.lower(), "resident_id"))
        cases.append(("id_ending_X_nocontext", f"{rid_x[:6]}这个是{rid_x}吧", rid_x, "resident_id"))
        cases.append(("id_spaced_6444", f"身份证 {rid[:6]} {rid[6:10]} {rid[10:14]} {rid[14:]}",
                      f"{rid[:6]} {rid[6:10]} {rid[10:14]} {rid[14:]}", "resident_id"))
        cases.append(("id_dashed_684", f"身份证号：{rid[:6]}-{rid[6:14]}-{rid[14:]}。", f"{rid[:6]}-{rid[6:14]}-{rid[14:]}",
                      "resident_id"))
        cases.append(("id_fullwidth", f"身份证：{_styled(rid, 'fullwidth', rng)}", _styled(rid, "fullwidth", rng), "resident_id"))
        card = _luhn_complete("62" + "".join(str(rng.randrange(10)) for _ in range(rng.choice([14, 16]))))
        cases.append(("bank_card_plain", f"银行卡号{card}，户名李雷。", card, "bank_card"))
        spaced = " ".join(card[i:i + 4] for i in range(0, len(card), 4))
        cases.append(("bank_card_spaced", f"转账到 {spaced} 即可", spaced, "bank_card"))
        em = f"{rng.choice(['zhang.wei', 'li_lei88', 'hmm2024'])}@{rng.choice(['qq.com', '163.com', 'example.cn'])}"
        cases.append(("email", f"邮箱：{em}", em, "email"))
        cases.append(("email_fullwidth_at", f"邮箱：{em.replace('@', '＠')}", em.replace("@", "＠"), "email"))
        at = rng.choice(["[at]", "(at)", " (at) ", "[AT]", "（at）"])
        cases.append(("email_at_written", f"邮箱：{em.replace('@', at)} 谢谢", em.replace("@", at).strip(), "email"))
        dotted = em.replace("@", rng.choice(["[at]", "(at)"])).replace(".", rng.choice(["(dot)", "[dot]", "。"]))
        cases.append(("email_dot_written", f"邮箱 {dotted}", dotted, "email"))
        # negatives
        order = _luhn_complete(f"{rng.randint(2, 9)}" + "".join(str(rng.randrange(10)) for _ in range(rng.choice([15, 16, 17]))))
        cases.append(("neg_order_luhn_ctx", f"订单编号：{order}，请在七天内确认收货。", order, None))
        order2 = "".join(str(rng.randrange(10)) for _ in range(rng.choice([16, 18, 19])))
        cases.append(("neg_order_any_ctx", f"您的订单 {order2} 已发货", order2, None))
        cases.append(("neg_trade_no", f"交易单号{_luhn_complete('4200' + ''.join(str(rng.randrange(10)) for _ in range(14)))}", "", None))
        trk = rng.choice(["SF", "YT", "JT", "ZTO", "JDX", "YD"]) + _mobile(rng) + rng.choice(["", "0", "12"])
        cases.append(("neg_tracking", f"快递单号 {trk} 已签收", trk, None))
        ems = f"E{rng.choice('ABCLM')}{rng.randint(10**8, 10**9 - 1)}CN"
        cases.append(("neg_tracking_ems", f"EMS 运单 {ems}", ems, None))
        ts = f"2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}{rng.randint(0, 999):03d}"
        cases.append(("neg_timestamp17", f"日志时间 {ts} 写入成功", ts, None))
        cases.append(("neg_epoch_ms", f"createTime={rng.randint(1_600_000_000_000, 1_800_000_000_000)}", "", None))
        ver = rng.choice([f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(100, 9999)}",
                          f"10.0.{rng.randint(10000, 22631)}.{rng.randint(1, 4000)}"])
        cases.append(("neg_version", f"软件版本 {ver}，请升级", ver, None))
        cases.append(("neg_version_v", f"升级到 v{ver} 后正常", ver, None))
        imei = _luhn_complete("86" + "".join(str(rng.randrange(10)) for _ in range(12)))
        cases.append(("neg_imei", f"IMEI：{imei}", imei, None))
        cases.append(("neg_imei_ctx", f"手机串号 {imei} 已绑定", imei, None))
        isbn = "978" + "".join(str(rng.randrange(10)) for _ in range(10))
        cases.append(("neg_isbn", f"ISBN {isbn[:3]}-{isbn[3]}-{isbn[4:8]}-{isbn[8:12]}-{isbn[12]}", isbn, None))
        cases.append(("neg_ean13", f"商品条码 69{rng.randint(10**10, 10**11 - 1)}", "", None))
        amt = f"{rng.randint(10**10, 10**12)}"
        cases.append(("neg_amount", f"全年营业收入 {amt} 元", amt, None))
        cases.append(("neg_count_unit", f"累计访问 {_mobile(rng)} {rng.choice(['次', '元', 'KB'])}", "", None))
        cases.append(("neg_math", f"计算 {rng.randint(10**5, 10**6)} × {rng.randint(10**5, 10**6)} = ?", "", None))
        other = _luhn_complete(rng.choice(["8986", "1000", "3104", "8800", "9100"]) + "".join(
            str(rng.randrange(10)) for _ in range(rng.choice([11, 14, 15]))))
        cases.append(("neg_non_bank_card", f"{rng.choice(['SIM卡号', '加油卡号', '公交卡号', '会员卡号', '礼品卡卡号'])} {other}",
                      other, None))
        cases.append(("neg_grouped_longer", f"编码 {m[:3]} {m[3:7]} {m[7:]} {rng.randint(1000, 9999)}", "", None))
        cases.append(("neg_qq", f"QQ群：{rng.randint(10**8, 10**10)}", "", None))
        cases.append(("neg_digits_in_url", f"https://item.jd.com/{rng.randint(10**11, 10**12)}.html", "", None))
    return cases


def run_pii(per_class: int, show: int) -> dict[str, Tally]:
    from beian.text.pii import find_pii

    rng = random.Random(SEED)
    out: dict[str, Tally] = {}
    for cls, text, value, want in _pii_cases(rng, per_class):
        tally = out.setdefault(cls, Tally())
        found = find_pii(text)
        tally.n += 1
        if want is None:
            ok = {t: not [p for p in found if p.confidence >= t] for t in (PII_THRESHOLD, 0.0)}
        else:
            value = value.removeprefix("(+86)")
            at = text.index(value)
            ok = {t: any(p.kind == want and p.start <= at and p.end >= at + len(value) and p.confidence >= t
                         for p in found) for t in (PII_THRESHOLD, 0.0)}
            ok = {t: v and not any(p.kind != want and p.confidence >= t for p in found) for t, v in ok.items()}
        tally.passed[THRESHOLDS[0]] += ok[PII_THRESHOLD]
        tally.passed[THRESHOLDS[1]] += ok[0.0]
        if not ok[PII_THRESHOLD] and len(tally.fails) < show:
            tally.fails.append({"text": text, "found": [(p.kind, p.text, round(p.confidence, 2)) for p in found]})
    return out


# ================================================================ main
def _matcher() -> Any:
    from beian.text.matcher import build_matcher
    from corpora import lexicon_paths

    return build_matcher(lexicon_paths(), cache_dir=Path(tempfile.gettempdir()) / "beian-probe-cache")


def _print(title: str, tallies: dict[str, Tally], heads: tuple[str, str], show: int) -> None:
    print(f"\n### {title}\n")
    print(f"| class | {heads[0]} | {heads[1]} | skipped |")
    print("|---|---:|---:|---:|")
    for name, t in tallies.items():
        print(f"| {name} | {' | '.join(t.row())} | {t.skipped} |")
    if show:
        for name, t in tallies.items():
            for f in t.fails[:show]:
                print(f"- {name}: {json.dumps(f, ensure_ascii=False)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--group", choices=("all", "evasion", "alarm", "pii"), default="all")
    ap.add_argument("--per-class", type=int, default=60)
    ap.add_argument("--show", type=int, default=2, help="failing examples printed per class")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    report: dict[str, dict[str, Any]] = {}
    if args.group in ("all", "evasion", "alarm"):
        matcher = _matcher()
    if args.group in ("all", "evasion"):
        ev = run_evasion(matcher, args.per_class, args.show)
        _print("evasion: recall on planted held-out terms", ev, ("default 0.75", "strict 0.5"), args.show)
        report["evasion"] = {k: vars(v) for k, v in ev.items()}
    if args.group in ("all", "alarm"):
        al = run_alarms(matcher, args.per_class, args.show)
        _print("matcher-made false alarms: share of cases without a hit", al, ("no hit >= 0.75", "no hit >= 0.5"),
               args.show)
        report["alarm"] = {k: vars(v) for k, v in al.items()}
    if args.group in ("all", "pii"):
        pi = run_pii(args.per_class, args.show)
        _print("personal information: right kind (positives) / nothing (negatives)", pi,
               (f"conf >= {PII_THRESHOLD}", "any conf"), args.show)
        report["pii"] = {k: vars(v) for k, v in pi.items()}
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
