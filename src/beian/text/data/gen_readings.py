"""Regenerate ``pinyin_readings.tsv``: the common readings of polyphonic characters (多音字).

    .venv/bin/python src/beian/text/data/gen_readings.py

The pinyin channel spells each term the way pypinyin reads it in context (``流血`` -> ``liuxie``,
``藏独`` -> ``cangdu``); a writer who reads a character the other common way (``liuxue``, ``zangdu``)
would be missed. This table lists, for every character with two or more common readings, those
readings without tones, most common first. "Common" is counted, not chosen: in pypinyin's phrase
dictionary (``pypinyin.phrases_dict``, 47k phrases, MIT licence, from the installed pypinyin) a reading
is common when at least :data:`MIN_PHRASES` phrases read the character that way and they are at least
:data:`MIN_SHARE` of the character's phrases. Archaic and surname readings (``万`` mo, ``六`` lu, ``不``
fou) fall below both and are left out.

One line per character: ``character<TAB>reading,reading[,…]``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "pinyin_readings.tsv"
MIN_PHRASES = 10  # phrases that read the character this way
MIN_SHARE = 0.05  # of the character's phrases


def toneless(reading: str) -> str:
    """``xuè`` -> ``xue``; ``lǜ`` -> ``lv`` (the channel writes ü as v)."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v").replace("U\u0308", "V")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def counts() -> dict[str, Counter[str]]:
    """Per character, how many phrases of pypinyin's dictionary read it each way."""
    from pypinyin.phrases_dict import phrases_dict

    out: dict[str, Counter[str]] = defaultdict(Counter)
    for phrase, readings in phrases_dict.items():
        if len(phrase) != len(readings):
            continue
        for char, options in zip(phrase, readings, strict=True):
            out[char][toneless(options[0])] += 1
    return out


def common(per_char: dict[str, Counter[str]]) -> dict[str, list[str]]:
    """Characters with two or more common readings, their readings most common first."""
    table = {}
    for char, seen in per_char.items():
        total = sum(seen.values())
        kept = [r for r, n in seen.most_common() if n >= MIN_PHRASES and n >= MIN_SHARE * total and r.isascii()]
        if len(kept) >= 2:
            table[char] = kept
    return table


def main() -> None:
    """Write the table."""
    table = common(counts())
    lines = [f"{char}\t{','.join(readings)}" for char, readings in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} 个多音字写入 {OUT.name}")


if __name__ == "__main__":
    main()
