"""One character of a term written as the first letter of its pinyin: ``x生活`` for 性生活, ``法l功``, ``d博`` for 赌博.

A whole term typed as initials (``flg``) is the initials channel's. One initial among the term's own characters is
read here, at scan time: an index holds every term of 2–8 Chinese characters with each of its characters replaced by
the initial of its reading (two readings for a polyphonic character: 长 as z or c), and each lone lower-case Latin
letter beside a Chinese character is looked up with its neighbours. The index is built on the first text that has
such a letter (about 0.5 s for the ~100k public terms) and saved beside the compiled matcher, so that later processes
load it in milliseconds.

Upper-case single letters beside Chinese characters are labels and names (A股, B超, T恤, X光) and are not read; nor is
a letter that makes a word with the character beside it (``p图``, ``k歌``). A two-character hit whose Chinese
character makes a dictionary word with the character beyond it (``b超市``: 超市) is a word, not a term.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from beian.text.phonetics import is_hanzi

MIN_CHARS, MAX_CHARS = 2, 8
READINGS = 2  # initials from the first two readings of a character (长: zhang, chang)
# a lone letter in the folded text (the fold lower-cases); the leading class lets the engine skip to letters
LONE = re.compile(r"[a-z](?<![a-z0-9][a-z])(?![a-z0-9])")
_ARRAYS = ("hashes", "numbers", "terms", "starts")
INDEX_VERSION = 2  # in the saved file's name: an index saved by an earlier rule is built again, not loaded
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class InitialHit:
    """A term found with one character written as its initial, by normalised offsets ``[start, end)``."""

    start: int
    end: int
    terms: tuple[int, ...]  # every term (lexicon entry) spelled so, in lexicon order


@lru_cache(maxsize=65536)
def initials(char: str) -> str:
    """The first letters of a Chinese character's first :data:`READINGS` readings (pypinyin's dictionary), ü as v."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings = str(pinyin_dict.get(ord(char), "")).split(",")[:READINGS]
    out = ""
    for reading in readings:
        base = unicodedata.normalize("NFD", reading)[:1].lower()
        if "a" <= base <= "z" and base not in out:
            out += base
    return out


class InitialIndex:
    """Every Chinese term with one character written as its initial -> the terms (lexicon entries) spelled so.

    Held as a sorted array of 64-bit key hashes beside the number of the term group each key came from, so that it
    can be saved beside the compiled matcher and loaded in milliseconds (:meth:`load_or_build`); a key looked up is
    checked against the term itself, so a hash collision finds nothing false.
    """

    def __init__(self, spelled: Sequence[str], hashes: npt.NDArray[np.uint64], numbers: IntArray, terms: IntArray,
                 starts: IntArray) -> None:
        self._spelled = spelled
        self._hashes, self._numbers, self._terms, self._starts = hashes, numbers, terms, starts

    @classmethod
    def build(cls, folds: Sequence[str], spelled: Sequence[str]) -> InitialIndex:
        """The index of the terms as ``spelled`` (the ``folds`` with collapsed repeats written out: 时时彩, whose fold
        is 时彩). A key with a repeat left (``w蛋蛋`` of 玩蛋蛋) is not indexed: the normalised text it is looked up in
        has every repeat collapsed; the letter breaking the repeat is (``时s彩``)."""
        by_written: dict[str, list[int]] = {}
        for ti, written in enumerate(spelled):
            if MIN_CHARS <= len(written) <= MAX_CHARS and is_hanzi(written):
                by_written.setdefault(written, []).append(ti)
        pairs: list[tuple[int, int]] = []  # (hash of a key, the number of the term group it came from)
        for number, written in enumerate(by_written):
            for k, char in enumerate(written):
                keys = (written[:k] + letter + written[k + 1:] for letter in initials(char))
                pairs.extend((_hash(key), number) for key in keys if not _has_repeat(key))
        pairs.sort()
        groups = list(by_written.values())
        terms = np.fromiter((ti for group in groups for ti in group), dtype=np.int64)
        starts = np.cumsum([0, *map(len, groups)], dtype=np.int64)
        hashes = np.fromiter((h for h, _ in pairs), dtype=np.uint64, count=len(pairs))
        numbers = np.fromiter((n for _, n in pairs), dtype=np.int64, count=len(pairs))
        return cls(spelled, hashes, numbers, terms, starts)

    @classmethod
    def load_or_build(cls, folder: Path | None, key: str, folds: Sequence[str],
                      spelled: Sequence[str]) -> InitialIndex:
        """The index saved in ``folder`` for the matcher ``key``, or one built now (and saved there)."""
        path = folder / f"initials-{INDEX_VERSION}-{key}.npz" if folder is not None else None
        if path is not None and path.exists():
            loaded = cls._load(path, spelled)
            if loaded is not None:
                return loaded
        index = cls.build(folds, spelled)
        if path is not None:
            index._save(path)
        return index

    @classmethod
    def _load(cls, path: Path, spelled: Sequence[str]) -> InitialIndex | None:
        """The index saved at ``path`` (arrays only, no pickle), or None when it is damaged or does not fit."""
        try:
            with np.load(path, allow_pickle=False) as data:
                hashes, numbers, terms, starts = (np.asarray(data[name]) for name in _ARRAYS)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            return None
        fits = (hashes.dtype == np.uint64 and hashes.size == numbers.size and starts.size > 0
                and int(starts[-1]) == terms.size and (numbers.size == 0 or int(numbers.max()) < starts.size - 1)
                and (terms.size == 0 or int(terms.max()) < len(spelled)))
        return cls(spelled, hashes, numbers.astype(np.int64), terms.astype(np.int64), starts.astype(np.int64)) \
            if fits else None

    def _save(self, path: Path) -> None:
        """Write the arrays through a temporary file; a folder that cannot be written is left alone."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                np.savez(fh, hashes=self._hashes, numbers=self._numbers, terms=self._terms, starts=self._starts)
            os.replace(tmp, path)
        except OSError:
            pass

    def get(self, key: str) -> tuple[int, ...]:
        """The terms spelled ``key`` (one letter among Chinese characters), empty when none."""
        h = np.uint64(_hash(key))
        at = int(np.searchsorted(self._hashes, h))
        out: list[int] = []
        while at < self._hashes.size and self._hashes[at] == h:
            number = int(self._numbers[at])
            group = self._terms[int(self._starts[number]):int(self._starts[number + 1])].tolist()
            if group and _spells(self._spelled[group[0]], key):
                out.extend(group)
            at += 1
        return tuple(out)


def _has_repeat(key: str) -> bool:
    return any(a == b for a, b in pairwise(key))


def _hash(key: str) -> int:
    """A 64-bit hash of a key that is the same in every process (``hash()`` of a str is not)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def _spells(written: str, key: str) -> bool:
    """Whether ``key`` is ``written`` with one character written as one of its initials."""
    if len(written) != len(key):
        return False
    diff = [k for k, (a, b) in enumerate(zip(written, key)) if a != b]
    return len(diff) == 1 and key[diff[0]] in initials(written[diff[0]])


@lru_cache(maxsize=1)
def letter_words() -> frozenset[str]:
    """Words of one lower-case letter and one Chinese character (``p图``, ``k歌``), from ``data/letter_words.txt``."""
    from importlib import resources

    raw = resources.files("beian.text").joinpath("data").joinpath("letter_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


def find(ntext: str, lower: Callable[[int], bool], index: Callable[[], InitialIndex],
         is_word: Callable[[str], bool]) -> list[InitialHit]:
    """Terms with one character written as its initial in the normalised text: at each lone letter beside a Chinese
    character that was typed in lower case (``lower(position)``), every stretch of up to :data:`MAX_CHARS` holding it
    and otherwise only Chinese characters, looked up in ``index()`` (built on first need). A letter that makes a word
    with a character beside it (``p图``; jieba's ``B超``, ``Z盘``) is read only inside a stretch, between two of its
    characters (``杀z盘``: 杀猪盘), never at its edge (``存到z盘`` is a drive)."""
    spots = [(m.start(), _letter_word(ntext, m.start(), is_word)) for m in LONE.finditer(ntext)
             if _beside_hanzi(ntext, m.start()) and lower(m.start())]
    if not spots:
        return []
    table = index()
    found: dict[tuple[int, int], tuple[int, ...]] = {}
    for p, word in spots:
        for size in range(MIN_CHARS, MAX_CHARS + 1):
            for start in range(max(0, p - size + 1), min(p, len(ntext) - size) + 1):
                end = start + size
                if (word and p in (start, end - 1)) or not _only_hanzi_but(ntext, start, end, p):
                    continue  # a letter that makes a word with a character beside it, at an edge: the word's
                terms = table.get(ntext[start:end])
                if terms and not (size == 2 and _joins_a_word(ntext, start, end, p, is_word)):
                    found[(start, end)] = terms
    return [InitialHit(s, e, terms) for (s, e), terms in sorted(found.items())]


def _letter_word(ntext: str, p: int, is_word: Callable[[str], bool]) -> bool:
    """Whether the letter at ``p`` makes a word with the Chinese character before or after it (``p图``, ``B超``)."""
    pairs = (ntext[p - 1:p + 1] if p > 0 else "", ntext[p:p + 2])
    return any(len(w) == 2 and (w in letter_words() or is_word(w.upper())) for w in pairs)


def _beside_hanzi(ntext: str, p: int) -> bool:
    return (p > 0 and is_hanzi(ntext[p - 1])) or (p + 1 < len(ntext) and is_hanzi(ntext[p + 1]))


def _only_hanzi_but(ntext: str, start: int, end: int, p: int) -> bool:
    return all(k == p or is_hanzi(ntext[k]) for k in range(start, end))


def _joins_a_word(ntext: str, start: int, end: int, p: int, is_word: Callable[[str], bool]) -> bool:
    """Whether the Chinese character of a two-character hit makes a word with the one beyond it (``b超市``)."""
    if p == start:
        return end < len(ntext) and is_hanzi(ntext[end]) and is_word(ntext[end - 1:end + 1])
    return start > 0 and is_hanzi(ntext[start - 1]) and is_word(ntext[start - 1:start + 1])
