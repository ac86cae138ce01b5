"""Transliterated foreign names that hold a term only as syllables: ``斯诺`` in ``斯诺克`` (snooker), ``萨斯`` in
``得克萨斯州`` (Texas), ``萨德`` in ``阿萨德`` (Assad), ``格鲁`` in ``格鲁吉亚`` (Georgia).

The word check (:mod:`beian.text.wordcut`) reads a hit inside one longer dictionary word as part of it, because a
longer word is mostly built on the term (``色情网``, ``吸毒者``, ``纳粹党``). A transliterated name is not: its
characters spell sounds, and a term that starts or ends in the middle of that spelling is no hit. Such names are
given to the segmentation as words a hit inside is cut by (as a user's dictionary word is): with the dictionary's
own count, so no reading changes but that one, or, for a name jieba's dictionary lacks (``斯诺登``), with
:data:`NAME_COUNT`. A word of the dictionary that holds a name (``得克萨斯大学``) is read by its name.

A name counts only where every term strictly inside it sits inside the transliteration, by structure, from two
tables counted from CC-CEDICT (``data/gen_names.py``; CC BY-SA 4.0): the term is written with transliteration
characters, and on at least one side the name goes on with a transliteration character that starts no word of two
or more characters of its own. ``拉萨市`` (市), ``俄罗斯族``, ``伊斯兰教``, ``维尼熊`` (熊) go on with a morpheme and keep the
term; ``沙特阿拉伯`` keeps ``阿拉伯`` (沙特 is a word of its own); ``纳粹党`` keeps ``纳粹`` (粹 is no transliteration
character); ``达赖喇嘛`` keeps ``达赖`` (喇嘛 is a word).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

NAME_COUNT = 100  # a foreign name jieba's dictionary lacks is counted so (jieba's scale): read as one word beside any
# reading that splits it (each split multiplies by a word's share of about 60 million)


def _lines(name: str) -> list[str]:
    text = resources.files("beian.text").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def translit_chars() -> frozenset[str]:
    """The characters transliteration writes with (``data/translit_chars.txt``)."""
    return frozenset(line.split("\t", 1)[0] for line in _lines("translit_chars.txt"))


@lru_cache(maxsize=1)
def foreign_names() -> tuple[tuple[str, int, int], ...]:
    """``(word, start, end)``: ``word[start:end]`` is a transliterated foreign name of three or more characters, and
    ``word`` that name or a word of jieba's dictionary holding it (``data/foreign_names.txt``)."""
    out = []
    for line in _lines("foreign_names.txt"):
        word, start, end = line.split("\t")
        out.append((word, int(start), int(end)))
    return tuple(out)


def inside_name(name: str, start: int, end: int, is_word: Callable[[str], bool]) -> bool:
    """Whether ``name[start:end]`` is syllables of the transliteration ``name`` rather than a part it is built on
    (see the module's docstring); ``is_word``: the dictionary."""
    chars = translit_chars()
    if not all(ch in chars for ch in name[start:end]):
        return False
    left = start > 0 and name[start - 1] in chars and not any(is_word(name[k:start]) for k in range(start - 1))
    right = end < len(name) and name[end] in chars and not any(
        is_word(name[end:k]) for k in range(end + 2, len(name) + 1))
    return left or right


def name_words(terms: Iterable[str], is_word: Callable[[str], bool]) -> tuple[str, ...]:
    """The words of :func:`foreign_names` that hold one or more of ``terms`` (folded), every one strictly inside the
    name and only as its syllables (:func:`inside_name`): the words a hit inside is cut by."""
    wanted = set(terms)
    out = []
    for word, start, end in foreign_names():
        n = len(word)
        found = [(i, j) for i in range(n) for j in range(i + 2, n + 1) if j - i < n and word[i:j] in wanted]
        name = word[start:end]
        if found and all(start <= i and j <= end and inside_name(name, i - start, j - start, is_word)
                         for i, j in found):
            out.append(word)
    return tuple(out)
