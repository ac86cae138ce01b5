"""Lexicon entries that are ordinary words, or that hide inside ordinary words (jieba's dictionary).

A blocked term that is itself a frequent word (``人大``, ``老虎机`` is not) blocks ordinary text; a term
that sits inside many ordinary words (``乳交`` in ``水乳交融``, ``神经病`` beside ``神经病变``) makes
the matcher raise alarms wherever those words are written. Both are found from the segmenter's
dictionary with its word frequencies, not from a hand-made list, and reported with a suggestion beian
can carry out: a longer, more specific entry, an allowlist entry (``--allow``) or user-dictionary word for the
host words, or marking the term as always-block when every occurrence really must be stopped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

ORDINARY_FREQ = 3000
"""A term whose own dictionary frequency is at least this is an ordinary word (jieba counts)."""
HOST_FREQ = 10
"""Host words rarer than this are ignored (names of rare things do not make false alarms)."""
MAX_HOSTS = 3


@dataclass(frozen=True)
class WordNote:
    """Why one lexicon entry will raise alarms in ordinary text, with examples."""

    term: str
    code: str  # "ordinary_word", "inside_words" or "pinyin_word"
    freq: int
    hosts: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """The Chinese explanation and suggestion shown to the user."""
        if self.code == "pinyin_word":
            return pinyin_word_message(self.term, self.hosts[0], self.freq)
        if self.code == "ordinary_word":
            return (f"“{self.term}”本身是常用词（词典词频 {self.freq}），会拦截大量正常文本；"
                    "建议改用更长、更具体的词条或删除；确需保留时把常见的正常说法加入白名单（--allow）")
        examples = "”“".join(self.hosts)
        return (f"“{self.term}”常出现在普通词语中（如“{examples}”）：切开这些词的命中扫描时降为低置信度（0.4），"
                "以它开头或结尾的词仍会命中；误报时把这些词加入白名单或用户词典（--user-dict），"
                f"确需一律拦截时在词库中写作“!{self.term}”（总是拦截）")


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int]:
    """jieba's dictionary: word → frequency."""
    raw = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for line in raw.splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            out[parts[0]] = int(parts[1])
    return out


def word_notes(terms: Iterable[str]) -> list[WordNote]:
    """Notes for every term that is an ordinary word or sits inside frequent ordinary words."""
    wanted = {t for t in terms if len(t) >= 2}
    freqs = word_frequencies()
    notes = [WordNote(t, "ordinary_word", freqs[t]) for t in sorted(wanted) if freqs.get(t, 0) >= ORDINARY_FREQ]
    flagged = {n.term for n in notes}
    hosts = _hosts(wanted - flagged, freqs)
    notes += [WordNote(t, "inside_words", sum(f for _, f in h), tuple(w for w, _ in h[:MAX_HOSTS]))
              for t, h in sorted(hosts.items())]
    return notes + pinyin_word_notes(wanted)


def pinyin_word_notes(terms: Iterable[str]) -> list[WordNote]:
    """Notes for Latin entries that are the pinyin of a common word (``bushi`` is how 不是 is written in pinyin, and
    ``guojia`` 国家): whole sentences in pinyin and romanized names hit them. Two syllables or more; the word counted
    at least ``misreads.COMMON_COUNT`` times."""
    from beian.text.misreads import COMMON_COUNT
    from beian.text.pinyin_reading import latin_reading

    notes = []
    for term in sorted(t for t in terms if t.isascii() and t.isalpha()):
        word, count = latin_reading(term)
        if count >= COMMON_COUNT and len(word) >= 2:  # two syllables or more: a word of two characters or more
            notes.append(WordNote(term, "pinyin_word", count, (word,)))
    return notes


def pinyin_word_message(term: str, word: str, count: int) -> str:
    """The advice for a Latin entry that spells a common word in pinyin."""
    return (f"“{term}”是常用词“{word}”的拼音（词典词频 {count}）：整句写成拼音的文字、拉丁字母人名里会当作这个词条命中；"
            f"beian 的拼音通道会按汉字词条的读音找到它的拼音写法，建议改列所指的汉字词条（所指正是“{word}”时就列“{word}”），或删除；"
            f"确需保留时加语境规则（写作“{term} && 语境词1|语境词2”）")


def _hosts(terms: set[str], freqs: dict[str, int]) -> dict[str, list[tuple[str, int]]]:
    """Term → frequent dictionary words that contain it (and are not lexicon terms themselves)."""
    if not terms:
        return {}
    longest = max(len(t) for t in terms)
    found: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for word, freq in freqs.items():
        if freq < HOST_FREQ or len(word) < 3 or word in terms:
            continue
        seen: set[str] = set()
        for size in range(2, min(longest, len(word) - 1) + 1):
            for i in range(len(word) - size + 1):
                piece = word[i:i + size]
                if piece in terms and piece not in seen:
                    seen.add(piece)
                    found[piece].append((word, freq))
    return {t: sorted(h, key=lambda x: -x[1]) for t, h in found.items()}
