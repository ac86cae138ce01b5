"""Regenerate ``english_pinyin_shaped.txt``: the English words spelled wholly in pinyin syllables that are common
enough in English to be read as English.

    .venv/bin/pip install wordfreq   # only to regenerate; beian does not depend on it
    .venv/bin/python src/beian/text/data/gen_english.py

A pinyin hit written as an English word (``like`` read as 李克, ``lake`` as 拉客) is English, not pinyin. GCIDE (the
``english-words`` package) is a full dictionary: it also lists ``dama`` (a gazelle), ``apian`` (of bees) and even
``maozedong``, which are read far more often as 大麻, 阿片, 毛泽东 in Chinese text. This table keeps the words of
GCIDE that split into pinyin syllables and whose frequency in English (wordfreq's Zipf scale, ``en``) is at
least :data:`MIN_ZIPF`, about once per million words: ``like`` (6.4), ``lake`` (4.8), ``bang`` (4.3), ``gang`` (4.5)
stay English; ``dama`` (2.3), ``apian`` (1.3), ``maozedong`` (0) read as pinyin.

wordfreq (Robyn Speer) is Apache 2.0 code over data under CC BY-SA 4.0; this list of words above a threshold is
derived from that data and carries its licence (attribution: wordfreq, https://github.com/rspeer/wordfreq).
One word per line, sorted.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "english_pinyin_shaped.txt"
MIN_ZIPF = 3.0  # once per million words of English


def words() -> list[str]:
    """GCIDE words that are runs of pinyin syllables and at least :data:`MIN_ZIPF` common in English."""
    from wordfreq import zipf_frequency

    from beian.text.hitfilters import english_words
    from beian.text.misreads import syllables_fit

    return sorted(w for w in english_words() if syllables_fit(w) and zipf_frequency(w, "en") >= MIN_ZIPF)


def main() -> None:
    """Write the table."""
    found = words()
    OUT.write_text("\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} 个拼音形状的常用英文词写入 {OUT.name}")


if __name__ == "__main__":
    main()
