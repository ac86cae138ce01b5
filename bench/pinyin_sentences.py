"""Sentences written all in pinyin: the pinyin channel's false alarms on them and its recall on terms inside them.

    python bench/pinyin_sentences.py                 # 1,500 benign sentences and 600 planted terms per style
    python bench/pinyin_sentences.py --json out.json

Benign: real Chinese sentences (shopping and take-away reviews, news, medical questions; not the hotel reviews the
evasion benchmark plants in) written out in pinyin by pypinyin in four styles a person types: syllables apart
without tones (``wo men yi qi chang``), with tone marks (``wǒ men yì qǐ``), with tone digits (``wo3 men5``), and
word by word (``women yiqi chang``, jieba's words). Every hit on them is counted by the confidence the gateway acts
on (0.75) and strict mode's (0.5); a hit whose term is written in the original Chinese sentence, or is itself what
the pinyin says (the lexicon lists Latin words such as ``ma`` and ``dao``), is lexicon breadth and counted apart.

Planted: a held-out lexicon term (two to six Chinese characters) put between two words of another such sentence and
the whole sentence written in the same style (``wo xiang mai bing du``): the share found as the term (its pinyin
or itself) at each confidence. The lexicon is houbb + konsheng (~100k terms), as in ``evasion_recall.py``.
Prints a Markdown table (or JSON); compare two versions of the code by running it under each (``PYTHONPATH``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora

STYLES = ("spaced", "tone_marks", "tone_digits", "words")


def source_sentences(limit: int, seed: int) -> list[str]:
    """Short real sentences (8-40 Chinese characters, no Latin letters or digits) from four sources, shuffled."""
    sources = [
        corpora._csv(corpora.DATA / "corpus-sophonplus-reviews/online_shopping_10_cats.csv.gz", "review"),
        corpora._csv(corpora.DATA / "corpus-sophonplus-reviews/waimai_10k.csv.gz", "review"),
        corpora._lines(corpora.DATA / "corpus-sophonplus-reviews/dh_msra.txt.gz"),
        corpora._csv(corpora.DATA / "corpus-medical-qa/internal_medicine_sample.csv.gz", "ask"),
    ]
    out: list[str] = []
    for source in sources:
        n = 0
        for doc in source:
            for piece in re.split(r"[。！？!?\n]", doc):
                piece = piece.strip()
                if 8 <= len(piece) <= 40 and not re.search(r"[A-Za-z0-9０-９]", piece):
                    out.append(piece)
                    n += 1
            if n >= limit:
                break
    random.Random(seed).shuffle(out)
    return out


def write(text: str, style: str) -> str:
    """``text`` written in pinyin in ``style``; punctuation and other characters kept as they are."""
    from pypinyin import Style, lazy_pinyin

    if style == "words":
        import jieba

        return " ".join(write(word, "joined") for word in jieba.cut(text, HMM=False) if word.strip())
    kind = {"spaced": Style.NORMAL, "joined": Style.NORMAL, "tone_marks": Style.TONE, "tone_digits": Style.TONE3}[style]
    pieces = lazy_pinyin(text, style=kind, neutral_tone_with_five=True, v_to_u=style == "tone_marks")
    joiner = "" if style == "joined" else " "
    return joiner.join(p.strip() for p in pieces if p.strip())


def planted(sentences: list[str], n: int, style: str, seed: int) -> list[tuple[str, str, int, int]]:
    """(text, term, start, end): a held-out term between two words of a sentence, all in pinyin."""
    import jieba

    from beian.text.normalize import fold_term
    from beian.text.phonetics import is_hanzi

    rng = random.Random(seed)
    pool = [t for t in corpora.raw_terms() if is_hanzi(t) and 2 <= len(t) <= 6 and fold_term(t) == t]
    rng.shuffle(pool)
    out = []
    for term, sentence in zip(pool, itertools.cycle(sentences)):
        ends = list(itertools.accumulate(len(w) for w in jieba.cut(sentence, HMM=False)))
        cut = rng.choice([k for k in ends if 0 < k < len(sentence)] or [0])
        left, right = write(sentence[:cut], style), write(sentence[cut:], style)
        middle = write(term, "joined" if style == "words" else style)
        text = " ".join(p for p in (left, middle, right) if p)
        start = len(left) + 1 if left else 0
        out.append((text, term, start, start + len(middle)))
        if len(out) >= n:
            break
    return out


def _same(term: str, matched: str) -> bool:
    from beian.text.normalize import fold_term
    from beian.text.phonetics import pinyin_forms

    return fold_term(term) == fold_term(matched) or pinyin_forms(term)[0] in (pinyin_forms(matched)[0], fold_term(matched))


def measure(n_benign: int, n_planted: int, seed: int, cache: Path) -> dict[str, dict[str, float]]:
    """Per style: benign lines, hits at >=0.75 and >=0.5 (matcher-made and lexicon breadth), planted recall."""
    from beian.text.matcher import Matcher
    from beian.text.normalize import fold_term
    from beian.text.terms import Lexicon, Term

    matcher = Matcher.build(Lexicon(terms=[Term(t) for t in corpora.raw_terms()]), cache_dir=cache)
    sentences = source_sentences(n_benign + 2000, seed)
    benign, hosts = sentences[:n_benign], sentences[n_benign:]
    out: dict[str, dict[str, float]] = {}
    for style in STYLES:
        row = {"benign": float(len(benign)), "made_75": 0.0, "made_50": 0.0, "breadth_50": 0.0}
        for chinese in benign:
            for hit in matcher.scan(write(chinese, style)):
                if hit.confidence < 0.5:
                    continue
                if (fold_term(hit.matched) == fold_term(hit.text) and hit.variant != "separator") or fold_term(hit.matched) in fold_term(chinese):
                    row["breadth_50"] += 1
                else:
                    row["made_50"] += 1
                    row["made_75"] += hit.confidence >= 0.75
        cases = planted(hosts, n_planted, style, seed)
        best = [max((h.confidence for h in matcher.scan(text) if h.start < b and h.end > a and _same(term, h.matched)),
                    default=0.0) for text, term, a, b in cases]
        row.update(planted=float(len(cases)), recall_75=sum(x >= 0.75 for x in best) / len(best),
                   recall_50=sum(x >= 0.5 for x in best) / len(best))
        out[style] = row
    return out


def markdown(result: dict[str, dict[str, float]]) -> str:
    """The table for BENCHMARKS.md."""
    lines = ["| 写法 | 正常句子 | 匹配器自造 ≥0.75 | 匹配器自造 ≥0.5 | 词库宽泛 ≥0.5 | 植入词条 | 召回 ≥0.75 | 召回 ≥0.5 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for style, r in result.items():
        lines.append(f"| {style} | {r['benign']:.0f} | {r['made_75']:.0f} | {r['made_50']:.0f} | {r['breadth_50']:.0f} "
                     f"| {r['planted']:.0f} | {r['recall_75']:.1%} | {r['recall_50']:.1%} |")
    return "\n".join(lines)


def main() -> None:
    """Run and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benign", type=int, default=1500)
    parser.add_argument("--planted", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        result = measure(args.benign, args.planted, args.seed, Path(cache))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
