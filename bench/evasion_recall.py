"""Per-form recall on held-out lexicon terms planted in real sentences (issue 12), beian beside the usual pipeline.

    python bench/evasion_recall.py                  # ~100k-term lexicon, 200 terms per form, Markdown table
    python bench/evasion_recall.py --per-form 100 --json out.json

Terms are drawn (seeded) from the houbb + konsheng lexicons in ../shared/data; every
form below disguises one term, which is planted between Chinese commas in a hotel review
sentence. The whole lexicon is compiled, so other terms compete as they would in use.

A case counts for beian when a hit overlaps the planted span and names the term (same
fold, or same pinyin for the sound channels); recall is given for every hit, for hits the
gateway acts on in strict mode (confidence >= 0.5) and by default (>= 0.75). ``span`` is
the share whose hit covers exactly the planted text. The usual pipeline is NFKC, deletion
of categories C/M/P/S/Z, lower case and OpenCC t2s, then Aho-Corasick: a case counts when
it finds the term in the planted sentence but not in the bare one.

``long_gap`` is a negative control: 200 spaces inside the term must not give a hit (the
figure is the share that did).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import random
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora

MARKS = "\u0301\u0300\u0308\u0323\u0336\u030c"
BREAKS = ("\n", "\r\n", "\u2028", "\u2029", "\x0b")
CLAUSES = "，。；、,;"
HTML_TAGS = ("<b></b>", "</span><span>", "<br/>", '<i class="x">', "<a href='#'>")
FILLERS = "丶〇のノ丿ヽ"
KEYCAPS = ("#\ufe0f\u20e3", "*\ufe0f\u20e3")
OLD_HAND_TABLE = set("авсԁеёһіїјкӏмноԛрԛгѕтцѵԝхузьαβεηικνορτυχγϲωμ")
Form = Callable[[str, random.Random], "str | None"]


# ---------------------------------------------------------------- forms
def _inner(term: str, rng: random.Random, piece: str) -> str:
    cut = rng.randrange(1, len(term))
    return term[:cut] + piece + term[cut:]


def _tones(term: str) -> list[str]:
    from beian.text.phonetics import tone_syllables

    return tone_syllables(term)


def _marked_pinyin(term: str) -> str | None:
    from pypinyin import Style, lazy_pinyin

    syls = lazy_pinyin(term, style=Style.TONE, errors="ignore")
    return " ".join(syls) if len("".join(syls)) >= 4 else None


def _letters_to(term: str, rng: random.Random, table: dict[str, list[str]]) -> str | None:
    plain = "".join(s.rstrip("012345") for s in _tones(term))
    if len(plain) < 4:
        return None
    out = "".join(rng.choice(table[c]) if c in table and rng.random() < 0.7 else c for c in plain)
    return out if out != plain else None


def _inverse(name: str, keep: Callable[[str], bool] = lambda _: True) -> dict[str, list[str]]:
    """Folded character -> the table's sources that fold to it (through the whole fold, NFKC first)."""
    from beian.text.normalize import data_table, fold_term

    out: dict[str, list[str]] = {}
    for src in data_table(name):
        folded = fold_term(src)
        if keep(src) and len(folded) == 1 and folded != src:
            out.setdefault(folded, []).append(src)
    return out


def _small_caps() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in "abcdefghijklmnopqrstuvwxyz":
        with contextlib.suppress(KeyError):
            out[c] = [unicodedata.lookup(f"LATIN LETTER SMALL CAPITAL {c.upper()}")]
    return out


def _swap_one(term: str, rng: random.Random, table: dict[str, list[str]]) -> str | None:
    spots = [i for i, c in enumerate(term) if c in table]
    if not spots:
        return None
    i = rng.choice(spots)
    return term[:i] + rng.choice(table[term[i]]) + term[i + 1:]


def _split_table() -> dict[str, list[str]]:
    from beian.text.compiler import _splits

    return {c: [pair] for c, pair in _splits().items()}


def _mixed(term: str, rng: random.Random) -> str | None:
    if len(term) < 3:
        return None
    syls = [s.rstrip("012345") for s in _tones(term)]
    i = rng.randrange(len(term))
    return term[:i] + syls[i] + term[i + 1:] if len(syls) == len(term) and len(syls[i]) >= 2 else None


def _mixed_many(term: str, rng: random.Random, two: bool) -> str | None:
    """A two-character term with one character as pinyin (``two``), or a longer one with two or more
    (never all) of its characters as pinyin: ``du博``, ``falun功``, ``se情wang站``."""
    if (len(term) == 2) != two:
        return None
    syls = [s.rstrip("012345") for s in _tones(term)]
    able = [i for i, s in enumerate(syls) if len(s) >= 2] if len(syls) == len(term) else []
    if len(able) < (1 if two else 2):
        return None
    k = 1 if two else rng.randint(2, min(len(able), len(term) - 1))
    picked = set(rng.sample(able, k))
    return "".join(syls[i] if i in picked else c for i, c in enumerate(term))


def forms() -> dict[str, Form]:
    """Form name -> disguise function (None when the form does not apply to the term)."""
    lookalike = _inverse("fold_letters.tsv", lambda s: s not in OLD_HAND_TABLE and unicodedata.category(s) == "Ll")
    caps, radicals = _small_caps(), _inverse("fold_radicals.tsv")
    variants = _inverse("fold_variants.tsv")
    return {
        "combining": lambda t, r: "".join(c + r.choice(MARKS) for c in t),
        "line_break_3plus": lambda t, r: _inner(t, r, r.choice(BREAKS)) if len(t) >= 3 else None,
        "line_break_2": lambda t, r: _inner(t, r, r.choice(BREAKS)) if len(t) == 2 else None,
        "line_per_char": lambda t, r: "\n".join(t) if len(t) >= 3 else None,
        "clause_3plus": lambda t, r: _inner(t, r, r.choice(CLAUSES)) if len(t) >= 3 else None,
        "clause_2": lambda t, r: _inner(t, r, r.choice(CLAUSES)) if len(t) == 2 else None,
        "tone_marks": lambda t, r: _marked_pinyin(t),
        "tone_digits": lambda t, r: "".join(_tones(t)) if len("".join(_tones(t))) >= 6 else None,
        "mixed": _mixed,
        "small_caps": lambda t, r: _letters_to(t, r, caps),
        "lookalike": lambda t, r: _letters_to(t, r, lookalike),
        "fillers": lambda t, r: "".join(c + r.choice(FILLERS) for c in t[:-1]) + t[-1],
        "keycap": lambda t, r: "".join(c + r.choice(KEYCAPS) for c in t[:-1]) + t[-1],
        "radical": lambda t, r: _swap_one(t, r, radicals),
        "variant_char": lambda t, r: _swap_one(t, r, variants),
        "split": lambda t, r: _swap_one(t, r, _split_table()),
        "repeat_then_sep": lambda t, r: t,  # planted as term + "，" + its last character (span check)
        "long_gap": lambda t, r: _inner(t, r, " " * 200),
        # added after the first measurement (the forms above keep their cases): a second hand's forms
        "repeat_all": lambda t, r: "".join(c * 2 for c in t),
        "repeat_zero_width": lambda t, r: "\u200b".join(c * 2 for c in t),
        "brackets_each": lambda t, r: "".join(r.choice(("【{}】", "“{}”", "({})", "「{}」")).format(c) for c in t),
        "line_spaced": lambda t, r: " \n ".join(t),
        "tone_digits_neutral": lambda t, r: _neutral_unmarked(t),
        "pinyin_hyphen": lambda t, r: "-".join(s.rstrip("012345") for s in _tones(t)) if len(t) >= 2 else None,
        "escape_html": lambda t, r: "".join(f"&#{ord(c)};" for c in t),
        "escape_json": lambda t, r: "".join(f"\\u{ord(c):04x}" for c in t),
        "escape_url": lambda t, r: "".join(f"%{b:02X}" for b in t.encode()),
        "html_tags": lambda t, r: _inner(t, r, r.choice(HTML_TAGS)),
        "html_each": lambda t, r: "".join(f"<span>{c}</span>" for c in t),
        "mixed_2": lambda t, r: _mixed_many(t, r, True),
        "mixed_multi": lambda t, r: _mixed_many(t, r, False),
        # added 2026-12-04 night: upside-down text (toneless pinyin, letters turned, order reversed)
        "upside_down": _upside_down,
        # and a "fancy text" generator's lookalike alphabet (lunicode's bent style) for the pinyin
        "generator_bent": lambda t, r: _bent(t),
        # added 2026-12-05: the generators' "Thai wavy" alphabet (Thai, Hebrew, Greek, Cyrillic, Armenian letters)
        "generator_wavy": lambda t, r: _generator(t, _WAVY),
        # and the forms a fourth-hand probe found (written here from the conventions, not from beian's code):
        # capital numerals for a term's numerals, a keycap digit between every two characters, the toneless
        # pinyin percent-encoded byte by byte
        "capital_numerals": lambda t, r: _capitals(t),
        "keycap_filler": lambda t, r: (r.choice("0123456789") + "\ufe0f\u20e3").join(t),
        "pinyin_percent": lambda t, r: _percent_pinyin(t),
        # and the forms a fifth-hand probe found (2026-12-05, same convention): named entities, HTML comments, BBCode,
        # a percent-encoded space and a written-out \n between characters, enclosed ideograph emoji as fillers, the
        # term's numerals in Arabic digits, a single ASCII letter or digit between every two characters (the iteration
        # mark for a doubled character has no case here: the pool's terms are their own fold, so none holds a doubled
        # character; tests/text/test_keycaps.py covers it)
        "entity_space": lambda t, r: r.choice(("&nbsp;", "&ensp;", "&middot;", "&emsp;")).join(t),
        "html_comment": lambda t, r: _inner(t, r, r.choice(("<!-- -->", "<!--x-->", "<!---->"))),
        "bbcode": lambda t, r: "".join(f"[{tag}]{c}[/{tag}]" for c, tag in zip(t, r.choices("bius", k=len(t)))),
        "percent_space": lambda t, r: "%20".join(t),
        "written_newline": lambda t, r: "\\n".join(t),
        "ideograph_filler": lambda t, r: "".join(c + r.choice(IDEOGRAPHS) for c in t[:-1]) + t[-1],
        "arabic_numerals": lambda t, r: _arabic(t),
        "letter_filler": lambda t, r: "".join(c + r.choice("abcdefghjkmnpqrstuvwxyz0123456789") for c in t[:-1]) + t[-1],
        # added 2026-12-06: every character annotated with its pinyin in brackets (注音), read by pypinyin here
        "ruby": _ruby,
    }


def _ruby(term: str, rng: random.Random) -> str | None:
    """``赌博`` -> ``赌(dǔ)博(bó)``, ``赌（du3）博（bo2）`` or ``赌(du)博(bo)``: each character followed by its pinyin
    (tone marks, tone digits or none, one style per case) in half- or full-width brackets."""
    from pypinyin import Style, lazy_pinyin

    style = rng.choice((Style.TONE, Style.TONE3, Style.NORMAL))
    syls = lazy_pinyin(term, style=style, errors="ignore")
    if len(syls) != len(term) or not all(s.isalpha() or s[:-1].isalpha() for s in syls):
        return None
    left, right = rng.choice((("(", ")"), ("（", "）")))
    return "".join(f"{c}{left}{s}{right}" for c, s in zip(term, syls))


IDEOGRAPHS = ("\U0001f21a", "\U0001f232", "\U0001f236", "\U0001f250", "\U0001f201")  # 🈚 🈲 🈶 🉐 🈁


def _arabic(term: str) -> str | None:
    """``六合彩`` -> ``6合彩``, ``十三水`` -> ``13水``: each run of numerals as an Arabic number (cn2an)."""
    import re

    import cn2an

    def number(m: re.Match[str]) -> str:
        try:
            return str(cn2an.cn2an(m.group(), "smart"))
        except (ValueError, KeyError, IndexError):
            return m.group()

    out = re.sub("[一二三四五六七八九十〇零]+", number, term)
    return out if out != term and not out.isdigit() else None


# The lower-case "bent" alphabet of the lunicode npm package 2.0.1 (Copyright (C) 2019 Robert Gerlach, MIT licence),
# a fancy-text generator: Armenian and Cyrillic letters for Latin ones.
_BENT = dict(zip("abcdefghijklmnopqrstuvwxyz", "ąҍçժҽƒցհìʝҟӀʍղօքզɾʂէմѵա×վՀ"))


# Chinese capital numerals (大写数字) as accounting writes them (《会计基础工作规范》), for the common numerals.
_CAPITALS = dict(zip("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟"))


def _capitals(term: str) -> str | None:
    """``三级片`` -> ``叁级片``: every common numeral as its capital (None when the term has none)."""
    out = "".join(_CAPITALS.get(c, c) for c in term)
    return out if out != term else None


def _percent_pinyin(term: str) -> str | None:
    """``赌博`` -> ``%64%75%62%6F``: the toneless pinyin, each letter percent-encoded."""
    plain = "".join(s.rstrip("012345") for s in _tones(term))
    return "".join(f"%{ord(c):02X}" for c in plain) if len(plain) >= 4 and plain.isascii() else None


# The "Thai wavy" alphabet as fancy-text generator sites publish it, a..z (written here, not read from beian's table).
_WAVY = dict(zip("abcdefghijklmnopqrstuvwxyz", "ค๒ς๔єŦﻮђเןкɭ๓ภ๏קợгรՇยשฬאץչ"))


def _bent(term: str) -> str | None:
    """``色情网站`` -> ``ʂҽ զìղց աąղց Հհąղ``: the toneless pinyin, spaces kept, in the generator's letters."""
    return _generator(term, _BENT)


def _generator(term: str, alphabet: dict[str, str]) -> str | None:
    """The toneless pinyin of ``term``, spaces kept, in a generator's ``alphabet``."""
    plain = " ".join(s.rstrip("012345") for s in _tones(term))
    return "".join(alphabet.get(c, c) for c in plain) if len(plain.replace(" ", "")) >= 4 else None


# Turned forms as upside-down generators write them, written down by hand (not read from the table beian uses):
# besides the common map, the schwa and the dotless i that some generators write for e and i, and Unicode's own
# turned g and turned capital L; letters without a turned form stay as they are.
_TURNED = {"a": "ɐ", "b": "q", "c": "ɔ", "d": "p", "e": ("ǝ", "ə"), "f": "ɟ", "g": ("ƃ", "ᵷ"), "h": "ɥ",
           "i": ("ᴉ", "ı"), "j": ("ɾ", "ſ"), "k": "ʞ", "l": ("l", "˥"), "m": "ɯ", "n": "u", "p": "d", "q": "b",
           "r": "ɹ", "t": "ʇ", "u": "n", "v": "ʌ", "w": "ʍ", "y": "ʎ"}


def _upside_down(term: str, rng: random.Random) -> str | None:
    """``色情网站`` -> ``uɐɥz ƃuɐʍ ƃuᴉb ǝs``: the toneless pinyin, spaces kept, turned and reversed."""
    plain = " ".join(s.rstrip("012345") for s in _tones(term))
    if len(plain.replace(" ", "")) < 4:
        return None
    return "".join(rng.choice(_TURNED.get(c, c)) if isinstance(_TURNED.get(c), tuple) else _TURNED.get(c, c)
                   for c in reversed(plain))


def _neutral_unmarked(term: str) -> str | None:
    """Tone digits as pypinyin's TONE3 writes them: the neutral tone without a digit (``yu3 pang4 zi``)."""
    tones = _tones(term)
    if not any(s.endswith("5") for s in tones):
        return None
    return " ".join(s[:-1] if s.endswith("5") else s for s in tones)


# ---------------------------------------------------------------- cases
def _eligible(term: str) -> bool:
    from beian.text.normalize import fold_term
    from beian.text.phonetics import is_hanzi

    return is_hanzi(term) and 2 <= len(term) <= 8 and fold_term(term) == term


def cases(per_form: int, seed: int, glued: bool = False) -> list[tuple[str, str, str, int, int, str]]:
    """(form, text, term, start, end, bare sentence); ``glued``: planted inside the sentence without the commas
    around it, with Chinese characters on both sides where the sentence has them (``我在色̂情网站看到``)."""
    from beian.text.evasion import plant

    rng = random.Random(seed)
    pool = [t for t in corpora.raw_terms() if _eligible(t)]
    rng.shuffle(pool)
    sentences = corpora.review_sentences(3000)
    out = []
    for name, form in forms().items():
        n = 0
        for term in pool:
            disguised = form(term, rng)
            if disguised is None or (disguised == term and name != "repeat_then_sep"):
                continue
            bare = rng.choice(sentences)
            tail = "，" + term[-1] if name == "repeat_then_sep" else ""
            text, a, b = _glue(bare, disguised + tail, rng) if glued else plant(bare, disguised + tail, rng)
            out.append((name, text, term, a, b - len(tail), bare))
            n += 1
            if n >= per_form:
                break
    return out


def _glue(sentence: str, disguised: str, rng: random.Random) -> tuple[str, int, int]:
    """Insert ``disguised`` between two words of ``sentence`` (jieba's reading) with Chinese characters on both
    sides (anywhere if it has no such point): a writer puts a term between words, not inside ``价格``."""
    import jieba

    from beian.text.phonetics import is_hanzi

    ends = set(itertools.accumulate(len(w) for w in jieba.cut(sentence, HMM=False)))
    points = [k for k in sorted(ends) if 0 < k < len(sentence) and is_hanzi(sentence[k - 1]) and is_hanzi(sentence[k])]
    cut = rng.choice(points) if points else rng.randrange(len(sentence) + 1)
    return sentence[:cut] + disguised + sentence[cut:], cut, cut + len(disguised)


# ---------------------------------------------------------------- scanners
def _same(term: str, matched: str) -> bool:
    from beian.text.normalize import fold_term
    from beian.text.phonetics import pinyin_forms

    full = pinyin_forms(term)[0]
    return fold_term(term) == fold_term(matched) or full in (pinyin_forms(matched)[0], fold_term(matched))


def run_beian(all_cases: list[tuple[str, str, str, int, int, str]], cache: Path) -> dict[str, dict[str, float]]:
    from beian.text.matcher import Matcher
    from beian.text.terms import Lexicon, Term

    matcher = Matcher.build(Lexicon(terms=[Term(t) for t in corpora.raw_terms()]), cache_dir=cache)
    tally: dict[str, list[int]] = {}
    for name, text, term, a, b, _ in all_cases:
        hits = [m for m in matcher.scan(text) if m.start < b and m.end > a and _same(term, m.matched)]
        best = max((m.confidence for m in hits), default=-1.0)
        exact = any(m.start == a and m.end == b for m in hits)
        row = tally.setdefault(name, [0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += best >= 0
        row[2] += best >= 0.5
        row[3] += best >= 0.75
        row[4] += exact
    return {k: {"n": v[0], "any": v[1] / v[0], "strict": v[2] / v[0], "default": v[3] / v[0], "span": v[4] / v[0]}
            for k, v in tally.items()}


def run_pipeline(all_cases: list[tuple[str, str, str, int, int, str]]) -> dict[str, float]:
    import ahocorasick_rs
    import opencc

    cc = opencc.OpenCC("t2s")

    def norm(s: str) -> str:
        s = unicodedata.normalize("NFKC", s)
        return cc.convert("".join(c for c in s if unicodedata.category(c)[0] not in "CMPSZ").lower())

    by_norm: dict[str, str] = {}
    for t in corpora.raw_terms():
        by_norm.setdefault(norm(t), t)
    by_norm.pop("", None)
    patterns = list(by_norm)
    ac = ahocorasick_rs.AhoCorasick(patterns)

    def found(text: str, term: str) -> bool:
        key = norm(term)
        return any(patterns[i] == key for i, _, _ in ac.find_matches_as_indexes(norm(text), overlapping=True))

    tally: dict[str, list[int]] = {}
    for name, text, term, _, _, bare in all_cases:
        row = tally.setdefault(name, [0, 0])
        row[0] += 1
        row[1] += found(text, term) and not found(bare, term)
    return {k: v[1] / v[0] for k, v in tally.items()}


def run_benign(mb: float, cache: Path) -> dict[str, dict[str, float]]:
    """Hits per MB of benign text (laws, reviews, Q&A) from the new paths: gaps with a line break or
    clause mark, and the mixed and tone-digit channels, by the confidence the gateway acts on."""
    from beian.text.matcher import Matcher
    from beian.text.terms import Lexicon, Term

    matcher = Matcher.build(Lexicon(terms=[Term(t) for t in corpora.raw_terms()]), cache_dir=cache)
    docs = corpora.benign_documents(mb)
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    rows: dict[str, list[int]] = {}
    for doc in docs:
        for m in matcher.scan(doc):
            inside = m.text
            kind = (m.variant if m.variant in ("mixed", "split") else
                    "line_break" if any(c in inside for c in "\n\r\u2028\u2029\x0b\x0c\x85") else
                    "clause" if any(c in inside for c in "，。！？；：、,!?;") else "other")
            row = rows.setdefault(kind, [0, 0, 0])
            row[0] += 1
            row[1] += m.confidence >= 0.5
            row[2] += m.confidence >= 0.75
    return {k: {"any": v[0] / size, "strict": v[1] / size, "default": v[2] / size} for k, v in rows.items()}


def _markdown(beian: dict[str, dict[str, float]], pipe: dict[str, float]) -> str:
    lines = ["| 形式 | 用例 | beian 任一命中 | ≥0.5（严格模式） | ≥0.75（网关默认） | 跨度准确 | 常规流水线 |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, r in beian.items():
        lines.append(f"| {name} | {int(r['n'])} | {r['any']:.1%} | {r['strict']:.1%} | {r['default']:.1%} "
                     f"| {r['span']:.1%} | {pipe.get(name, 0):.1%} |")
    return "\n".join(lines)


def main() -> None:
    """Run the benchmark and print a Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-form", type=int, default=200)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--glued", action="store_true",
                    help="plant inside the sentence between two Chinese characters, without the commas around it")
    ap.add_argument("--benign-mb", type=float, default=0.0, help="also count hits per MB on benign text")
    args = ap.parse_args()
    all_cases = cases(args.per_form, args.seed, args.glued)
    with tempfile.TemporaryDirectory() as tmp:
        beian = run_beian(all_cases, Path(tmp))
        benign = run_benign(args.benign_mb, Path(tmp)) if args.benign_mb else {}
    pipe = run_pipeline(all_cases)
    print(_markdown(beian, pipe))
    for kind, r in benign.items():
        print(f"良性文本 {kind}: 每 MB {r['any']:.1f} 处，≥0.5 {r['strict']:.1f}，≥0.75 {r['default']:.1f}")
    if args.json:
        out = {"beian": beian, "pipeline": pipe, "benign_per_mb": benign}
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
