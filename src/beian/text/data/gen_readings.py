"""Regenerate ``pinyin_readings.tsv`` (the common readings of polyphonic characters, 多音字) and
``pinyin_syllables.txt`` (every toneless syllable pypinyin knows).

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

``pinyin_words.tsv``: for each toneless reading (syllables joined by spaces), the commonest word of jieba's
dictionary of one to four characters counted at least :data:`WORD_COUNT` times read that way,
``reading<TAB>word<TAB>count``. Two uses: the words counted at least ``misreads.COMMON_COUNT`` times are the common
readings (a pinyin hit whose reading is such a word, and not a lexicon entry, most likely writes that word: ``guanxi``
is 关系), and all of them are the dictionary with which a sentence written in pinyin is read
(:mod:`beian.text.pinyin_reading`: ``xue xi`` in ``zai jia li xue xi`` is 学习, not 血洗).

``pinyin_homophones.tsv``: each toneless reading (syllables joined) that two or more words of two to four characters
(counted at least :data:`WORD_COUNT` times) share, ``reading<TAB>word,word[,…]``, most common first (``yixiao``: 一小, 一笑). A
pinyin hit whose written tones are the entry's counts as the entry only when they are none of these words' tones.

``pinyin_syllables.txt``: every toneless syllable with a vowel among the readings of pypinyin's
character dictionary (``pypinyin.pinyin_dict``), ``ü`` written ``v``, one per line, sorted; the
interjections ``m``, ``n``, ``ng``, ``hm``, ``hng`` are left out. The misread check asks whether
a Latin word splits into these; reading the file is ~1 ms, building it from pypinyin ~0.3 s.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "pinyin_readings.tsv"
SYLLABLES = HERE / "pinyin_syllables.txt"
WORDS = HERE / "pinyin_words.tsv"
HOMOPHONES = HERE / "pinyin_homophones.tsv"
WORD_COUNT = 100  # a rarer word never outweighs a lexicon term, which the sentence reading counts as 100 (PRIOR_COUNT)
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


def syllables() -> list[str]:
    """Every toneless syllable with a vowel in pypinyin's character dictionary, sorted."""
    from pypinyin.pinyin_dict import pinyin_dict

    out = {toneless(r) for readings in pinyin_dict.values() for r in readings.split(",")}
    return sorted(s for s in out if s.isascii() and s.isalpha() and any(v in s for v in "aeiouv"))


def reading_words() -> list[tuple[str, str, int]]:
    """(toneless reading with spaces, word, count) of the commonest word of each reading among jieba's words of one
    to four Chinese characters counted at least :data:`WORD_COUNT` times, read as the pinyin channel reads terms."""
    from beian.text.phonetics import is_hanzi, tone_syllables
    from beian.text.wordcut import WordCut, word_list

    counts = WordCut()
    best: dict[str, tuple[str, int]] = {}
    for word in word_list():
        if not (1 <= len(word) <= 4 and is_hanzi(word)):
            continue
        n = counts.count(word)
        if n < WORD_COUNT:
            continue
        reading = " ".join(s.rstrip("012345") for s in tone_syllables(word))
        if n > best.get(reading, ("", 0))[1]:
            best[reading] = (word, n)
    return sorted((r, w, n) for r, (w, n) in best.items())


def homophones() -> list[tuple[str, list[str]]]:
    """(toneless reading without spaces, words) where two or more words of two to four characters counted at least
    :data:`WORD_COUNT` times read the same (``yixiao``: 一小, 一笑), most common first."""
    from beian.text.phonetics import is_hanzi, tone_syllables
    from beian.text.wordcut import WordCut, word_list

    counts = WordCut()
    by_reading: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for word in word_list():
        if 2 <= len(word) <= 4 and is_hanzi(word) and (n := counts.count(word)) >= WORD_COUNT:
            by_reading["".join(s.rstrip("012345") for s in tone_syllables(word))].append((n, word))
    return sorted((r, [w for _, w in sorted(found, reverse=True)]) for r, found in by_reading.items() if len(found) >= 2)


def main() -> None:
    """Write the tables."""
    table = common(counts())
    lines = [f"{char}\t{','.join(readings)}" for char, readings in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} 个多音字写入 {OUT.name}")
    found = syllables()
    SYLLABLES.write_text("\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} 个拼音音节写入 {SYLLABLES.name}")
    words = reading_words()
    WORDS.write_text("".join(f"{r}\t{w}\t{n}\n" for r, w, n in words), encoding="utf-8")
    print(f"{len(words)} 个词的读音写入 {WORDS.name}")
    shared = homophones()
    HOMOPHONES.write_text("".join(f"{r}\t{','.join(w)}\n" for r, w in shared), encoding="utf-8")
    print(f"{len(shared)} 个读音的常用同音词写入 {HOMOPHONES.name}")


if __name__ == "__main__":
    main()
