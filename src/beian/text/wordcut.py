"""Word-boundary check: does a hit cut through a word of the segmenter's dictionary?

``水乳交融`` holds ``乳交``, ``让人大跌`` holds ``人大``, ``办证明`` holds ``办证``: the characters are
there, but the text is not written with that word. For each candidate hit a small window (the hit
with ``CONTEXT`` characters either side) is segmented with jieba's dictionary and its own route
search (maximum word probability, no HMM guesses), plus the user's dictionary words. The hit is
*cut* when

* a word of that segmentation starts outside the hit and ends inside it, or the reverse
  (``让/人/大跌眼镜``, ``去/办/证明``);
* the hit lies inside a longer word that reads more probably (by the dictionary's counts) split
  somewhere inside the hit than with the hit as a word of its own (``水乳|交融``, ``小|三阳``,
  ``慢性|病``); ``色情片``, ``色情网``, ``吸毒者``, ``全国人大常委会`` do not (``情片`` is no word,
  ``色|情网`` is rarer than ``色情|网``), so a term that a longer word is built on is still found;
* the hit is a whole word followed (or preceded) by one stray character that, taken with the
  hit's last (first) characters, forms a word while the rest of the hit is a word too
  (``神经病|变`` reads as ``神经|病变``; ``咖啡因|为`` after a comma was deleted reads as ``咖啡|因为``).

A word of the user's own dictionary (``--user-dict``) takes part in the segmentation, and a hit
inside one is always cut: listing a word there says it is ordinary text (a product, a name). So is a hit
inside a transliterated foreign name that holds it only as syllables (``斯诺`` in ``斯诺克``,
:mod:`beian.text.foreign_names`).

The window is written as the fold sees it (simplified, lower case) with deleted characters as a
breaker, and the hit itself as its term: separators and repeats inside an evasion do not change
the reading. Windows repeat a lot in real text, so results are cached.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from beian.text.normalize import native

IntArray = npt.NDArray[np.int64]

CONTEXT = 3  # characters either side of a hit that the segmentation sees
BREAKER = "\u3000"  # what a deleted character (punctuation, space, symbol) becomes: in no word
MAX_CACHED = 1 << 17  # windows remembered; the cache starts over when full
# a lone character beside a whole-word hit takes the hit's edge when that split is at most e**5 (about 150) times less
# probable (natural log of the dictionary counts): 神经|病变 (e**-0.2 times 神经病|变) and 门第|一代 (e**-4.2) are taken;
# 强奸犯|有 (e**-5.8 for 强奸|犯有), 互联网|上 (e**-6.9), 天安门|上 (e**-11) keep the whole word
STRAY_MARGIN = 5.0
# a whole two-character hit is read as cutting through words when some reading with a word that takes one of its
# characters is at most e**0.5 (about 1.6) times less probable than the best: 持续|性病 against 持续性|病 (e**-0.24),
# 傍|人大|笑 against 傍|人|大笑 (e**-0.02), 看|河南|北 against 看|河|南北 (e**-0.21); 他得了|性病 (e**-4.9), 网上|赌博 keep the hit
CLOSE_SPLIT_MARGIN = 0.5
MIN_USER_FREQ = 1000  # a user dictionary word without a count gets this frequency (jieba's scale)
# an anonymised name of a court document or news report (李某, 王某某) is one word, counted as jieba counts 某人 and 某某
# (416): 李某|组织 is no 某组织, 张某|家中 no 某家 (jieba alone cuts 李|某|组织)
PLACEHOLDER_COUNT = 400
# a hit the best segmentation cuts through only with rare dictionary entries (each word across its edges counted fewer
# than this many times, jieba's scale: 真傻, 赌输, 发卖 are counted 3) is read once more as a word of its own counted
# this many times; when that reads at least as probably, the term is a word of the text the dictionary does not list
# (主播|真傻|逼 → 主播|真|傻逼, 玩|网|赌输 → 玩|网赌|输, 发卖|卵 → 发|卖卵), not two words meeting (让人|大跌眼镜,
# 台湾|色|网站: 网站 is counted 4,817). The word test alone lets long unlisted terms through (one token for three:
# 台湾色网 in 台湾色网站), and a count of 100 would read 年的事 in 几千万年的事 as a word (3,000 benign segments)
TERM_COUNT = 10
# characters: a hit this long that the best segmentation cuts through is read as a word of its own when the window
# reads so about as probably, whatever the counts of the words across its edges (问下|处女性开苞: the segmenter's
# best route, 问|下处|女性|开苞, takes 下处 (counted 90) across its start; a rare string of five is seldom met by chance)
LONG_HIT = 5
TERM_TIE = 1e-9  # a reading with the hit as a word this close to the best (rounding in the sums) is as probable
# WordCut.cut's readings of a hit: whole (a word, or words, of the text), cut through a word, or cut through by the
# dictionary's best reading while it reads at least as probably as an unlisted word of its own (TERM_COUNT); the
# matcher counts the last as whole only for a hit read as its own term with no clause mark or line break inside it
WHOLE, CUT, UNLISTED = 0, 1, 2


@lru_cache(maxsize=1)
def _jieba() -> tuple[dict[str, int], float]:
    """jieba's dictionary as its tokenizer loads it: word (and every prefix, with 0) → count, and the total."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ, float(jieba.dt.total)


def parse_user_dict(text: str) -> tuple[tuple[str, int], ...]:
    """Words of a jieba-style user dictionary: ``词语 [词频] [词性]`` per line, ``#`` comments."""
    out: list[tuple[str, int]] = []
    for line in text.splitlines():
        parts = line.strip().split()
        if not parts or parts[0].startswith("#"):
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else MIN_USER_FREQ
        out.append((parts[0], freq))
    return tuple(out)


_native_cut_keys, _native_word_table = native("cut_keys", "_hits"), native("word_table", "_hits")
_native_dict_table, _native_word_count = native("dict_table", "_hits"), native("word_count", "_hits")
_native_table_words, _native_cut_decide = native("table_words", "_hits"), native("cut_decide", "_hits")
_native_window_cache = native("window_cache", "_hits")


class Dictionary(NamedTuple):
    """jieba's dictionary: ``lookup(word)``, its count (0: only a prefix of words; None: no word starts so),
    the total of the counts, and the C word table (None without the C extension)."""

    lookup: Callable[[str], int | None]
    total: float
    table: object | None


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """jieba's dictionary, read once per process.

    With the C extension it is built from jieba's ``dict.txt`` in C (about 0.1 s, the counts jieba's
    tokenizer gives, checked by a test); jieba's own start-up (its cache file, ~0.5 s) is not needed.
    Without it, jieba's tokenizer loads it.
    """
    if _native_dict_table is not None and _native_word_count is not None and _native_table_words is not None:
        from importlib import resources

        text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
        table, total = _native_dict_table(text)
        return Dictionary(functools.partial(_native_word_count, table), total, table)
    freq, total = _jieba()
    return Dictionary(freq.get, total, None)


def word_list(length: int = 0) -> list[str]:
    """The words of jieba's dictionary (a count above 0), only those of ``length`` characters when given."""
    table = dictionary().table
    if table is not None:
        return list(_native_table_words(table, length))
    return [w for w, c in _jieba()[0].items() if c and (not length or len(w) == length)]


class DictionaryWords(AbstractSet[str]):
    """The words of jieba's dictionary as a read-only set, looked up in the C word table: building a Python
    set of its 349k words took about 0.3 s of a process's first scan."""

    def __init__(self, table: object) -> None:
        self._table = table
        self._size: int | None = None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(_native_word_count(self._table, word))

    def __iter__(self) -> Iterator[str]:
        return iter(_native_table_words(self._table, 0))

    def __len__(self) -> int:
        if self._size is None:
            self._size = len(_native_table_words(self._table, 0))
        return self._size


def dictionary_words() -> AbstractSet[str]:
    """The words of jieba's dictionary (a count above 0) as a set: :class:`DictionaryWords` where C was built."""
    table = dictionary().table
    return DictionaryWords(table) if table is not None else frozenset(word_list())


@lru_cache(maxsize=1)
def _base_table() -> object:
    """jieba's dictionary as a C word table (built once, shared by every matcher)."""
    table = dictionary().table
    return table if table is not None else _native_word_table(_jieba()[0])


def window_key(text: str, start: int, end: int, hit: str) -> str:
    """The cache key of the window around ``text[start:end]`` read as ``hit``: ``左文\\0词条\\0右文``
    with up to ``CONTEXT`` characters either side (``beian.text._hits.cut_decide`` builds the same)."""
    return text[start - CONTEXT if start > CONTEXT else 0:start] + "\x00" + hit + "\x00" + text[end:end + CONTEXT]


def spaced_window(text: str, ftext: str, start: int, end: int, hit: str, spacing: Callable[[str], bool]) -> str | None:
    """The window key of a hit written with the same separator between every two of its characters when the text
    beside it is written so too (``脸 色 情 绪``, ``救丶援丶交丶通``): there the separators are how the whole line is
    spaced, not an insertion that marks where the term begins and ends, so the segmenter reads the characters beside
    it joined (``脸`` + ``色情`` + ``绪``: ``脸色|情绪``). None when the hit is not so written, or nothing beside it is.

    ``text`` is the original, ``ftext`` the same folded character by character with deleted characters as
    ``BREAKER``; ``spacing`` says whether a separator string may space a line (no clause mark, no line break)."""
    kept = [i for i in range(start, end) if ftext[i] != BREAKER]
    if len(kept) != len(hit) or len(kept) < 2:
        return None
    gaps = {text[x + 1:y] for x, y in itertools.pairwise(kept)}
    gap = gaps.pop()
    if gaps or not gap or not spacing(gap):
        return None
    left = _spaced_beside(text, ftext, kept[0], gap, -1)
    right = _spaced_beside(text, ftext, kept[-1], gap, 1)
    return left + "\x00" + hit + "\x00" + right if left or right else None


def _spaced_beside(text: str, ftext: str, at: int, gap: str, step: int) -> str:
    """Up to ``CONTEXT`` characters beside ``text[at]`` (``step`` -1: before it, 1: after), each ``gap`` away from the
    last, in reading order; empty unless the spacing goes on for two of them or one and the edge of the text or a
    deleted character: one spaced character and then unspaced text (``G҉H҉B҉迷҉药҉典型``, a mark after each character of
    the term) is the term's own insertion running one step over."""
    out: list[str] = []
    while len(out) < CONTEXT:
        gap_at = at - len(gap) if step < 0 else at + 1
        nxt = gap_at - 1 if step < 0 else gap_at + len(gap)
        if not (0 <= nxt < len(text)) or text[gap_at:gap_at + len(gap)] != gap or ftext[nxt] == BREAKER:
            break
        out.append(ftext[nxt])
        at = nxt
    beyond = at + step
    if len(out) == 1 and 0 <= beyond < len(text) and ftext[beyond] != BREAKER:
        return ""
    return "".join(reversed(out)) if step < 0 else "".join(out)


@lru_cache(maxsize=1)
def name_placeholders() -> tuple[tuple[str, int], ...]:
    """The anonymised names (surname + 某, surname + 某某) of the commonest surnames, with :data:`PLACEHOLDER_COUNT`:
    words the segmentation knows besides jieba's dictionary."""
    from beian.text.phonetics import common_surnames

    return tuple((name + tail, PLACEHOLDER_COUNT) for name in common_surnames() for tail in ("某", "某某"))


class WordCut:
    """Decides whether hits cut through dictionary words; one per compiled matcher."""

    def __init__(self, user_words: Iterable[tuple[str, int]] = (), terms: Iterable[str] = ()) -> None:
        """``user_words``: the user's dictionary (word, count); ``terms``: the lexicon's terms (folded), whose
        transliterated foreign names (:func:`~beian.text.foreign_names.name_words`) cut a hit inside them."""
        from beian.text.foreign_names import NAME_COUNT, name_words
        from beian.text.normalize import fold_term

        base = dictionary()
        self._count, total = base.lookup, base.total
        self._user: dict[str, int] = {}
        for word, freq in itertools.chain(name_placeholders(), user_words):
            folded = fold_term(word)
            if len(folded) < 2:
                continue
            self._user[folded] = max(freq, 1)
            total += freq
            for k in range(1, len(folded)):
                self._user.setdefault(folded[:k], 0)
        self._log_total = math.log(total)
        for name in name_words(terms, lambda word: bool(base.lookup(word))):  # the dictionary's own count: no
            count = base.lookup(name) or NAME_COUNT  # reading changes but that a hit inside the name is cut
            self._user[name] = max(self._user.get(name) or 0, count)
            for k in range(1, len(name)):
                self._user.setdefault(name[:k], 0)
        self._decided: dict[str, int] = {}
        self._tables: tuple[object, object] | None = None  # the C word tables of jieba's and the user's words
        self._window_cache: object | None = None  # cut_hits' decided windows, keyed by code points in C
        self._freq: Callable[[str], int | None] = self._either if self._user else self._count

    def cut_key(self, key: str) -> int:
        """:meth:`cut` for ``左文\\0词条\\0右文`` (the matcher's window key), cached (up to ``MAX_CACHED`` windows)."""
        got = self._decided.get(key)
        if got is None:
            left, hit, right = key.split("\x00")
            got = self.cut(left + hit + right, len(left), len(left) + len(hit))
            if len(self._decided) >= MAX_CACHED:
                self._decided.clear()
            self._decided[key] = got
        return got

    def load_tables(self) -> None:
        """Build the C word tables now (jieba's dictionary once per process, about 0.1 s) where C is built."""
        if self._tables is None and _native_word_table is not None:
            self._load_tables()

    def _load_tables(self) -> tuple[object, object]:
        self._tables = (_base_table(), _native_word_table(self._user))
        return self._tables

    def cut_keys(self, keys: list[str]) -> list[int]:
        """:meth:`cut_key` for many keys; the windows not cached yet are decided in C where it was built."""
        if _native_cut_keys is None or _native_word_table is None:
            return [self.cut_key(key) for key in keys]
        todo = list(dict.fromkeys(key for key in keys if key not in self._decided))
        if todo:
            if len(self._decided) + len(todo) > MAX_CACHED:
                self._decided.clear()
            base, user = self._tables or self._load_tables()
            raw = _native_cut_keys(todo, base, user, self._log_total, BREAKER)
            self._decided.update(zip(todo, raw))
        return [self._decided[key] for key in keys]

    def cut_hits(self, text: str, starts: IntArray, ends: IntArray, terms: IntArray, split: npt.NDArray[np.uint8],
                 spelled: list[str]) -> npt.NDArray[np.uint8] | None:
        """:meth:`cut_keys` (as uint8) for hits of the folded ``text`` (int64 ``[starts, ends)``, read as ``spelled[term]``, or as
        written where ``split``) in one C call that also decides and caches the windows not seen yet (the
        matcher's hot path); None where C was not built (use :meth:`cut_keys`)."""
        if _native_cut_decide is None or _native_word_table is None or _native_window_cache is None:
            return None
        base, user = self._tables or self._load_tables()
        if self._window_cache is None:
            self._window_cache = _native_window_cache(MAX_CACHED)
        raw = _native_cut_decide(text, starts, ends, terms, split, spelled, self._window_cache, CONTEXT, base, user,
                                 self._log_total, BREAKER)
        return np.frombuffer(raw, dtype=np.uint8)

    def _either(self, word: str) -> int | None:
        """The count of ``word`` (0: only a prefix of words), None when no word starts so; a user word's
        prefix (0) does not hide the same word in jieba's dictionary (``专业户`` listed, ``专业`` is a word)."""
        got = self._user.get(word)
        if got:
            return got
        base = self._count(word)
        return base if base is not None else got

    def count(self, word: str) -> int:
        """The count of ``word`` in jieba's dictionary or the user's (0 when it is not a word)."""
        return self._freq(word) or 0

    def is_word(self, word: str) -> bool:
        """Whether ``word`` is a dictionary word (jieba's or the user's)."""
        return bool(self._freq(word))

    def segment(self, text: str) -> list[int]:
        """Token boundaries of ``text`` (0 ... len), jieba's maximum-probability route without HMM."""
        return _bounds(self._route(text)[1], len(text))

    def _route(self, text: str) -> tuple[list[float], list[int]]:
        """Best log probability from each position to the end, and the length of the word taken there."""
        n, freq, log, lt = len(text), self._freq, math.log, self._log_total
        score = [0.0] * (n + 1)
        step = [1] * (n + 1)
        for i in range(n - 1, -1, -1):
            best, best_k = log(freq(text[i]) or 1) - lt + score[i + 1], i + 1
            k = i + 2
            while k <= n:
                f = freq(text[i:k])
                if f is None:
                    break
                if f:
                    s = log(f) - lt + score[k]
                    if s > best:
                        best, best_k = s, k
                k += 1
            score[i], step[i] = best, best_k - i
        return score, step

    def cut(self, window: str, a: int, b: int) -> int:
        """How the hit ``window[a:b]`` reads in the window's segmentation: :data:`WHOLE`, :data:`CUT` (through a word)
        or :data:`UNLISTED` (cut through by the best reading, as probable as an unlisted word of its own)."""
        if not self._crossed(window, a, b):
            return WHOLE  # no dictionary word crosses an edge of the hit: nothing can cut it
        ahead, step = self._route(window)
        bounds = _bounds(step, len(window))
        inside = [x for x in bounds if a < x < b]
        starts = [x for x in bounds if x <= a]
        ends = [x for x in bounds if x >= b]
        first_start, last_end = starts[-1], ends[0]
        if first_start == a and last_end == b:
            split = (b - a == 2 and self._close_split(window, a, b, ahead)) or self._stray_neighbour(window, a, b, bounds)
            return CUT if split else WHOLE
        if not inside:  # inside one longer word: a user word, or one that reads better split through the hit
            if self._user.get(window[first_start:last_end]):
                return CUT
            return CUT if self._two_words(window[first_start:last_end], a - first_start, b - first_start) else WHOLE
        rare = b - a >= LONG_HIT or all(self.count(window[x:y]) < TERM_COUNT
                                        for x, y in itertools.pairwise(bounds) if x < a < y or x < b < y)
        return UNLISTED if rare and self._reads_as_term(window, a, b, ahead) else CUT

    def _reads_as_term(self, window: str, a: int, b: int, ahead: list[float]) -> bool:
        """Whether the window reads at least as probably with the hit ``window[a:b]`` as one word counted
        :data:`TERM_COUNT` times (or its own count, if more) as by the best segmentation (``ahead``: its scores)."""
        behind = self._route_back(window)
        count = max(self.count(window[a:b]), TERM_COUNT)
        return behind[a] + math.log(count) - self._log_total + ahead[b] >= ahead[0] - TERM_TIE

    def _close_split(self, window: str, a: int, b: int, ahead: list[float]) -> bool:
        """Whether a reading with a word across an edge of the whole-word hit ``window[a:b]`` is nearly as probable as
        the best (within :data:`CLOSE_SPLIT_MARGIN`): ``持续性|病`` against ``持续|性病``, ``傍|人|大笑`` against
        ``傍|人大|笑``. The word must take part of the hit, not all of it (``系统|性暴力`` still reads ``暴力``), and only
        two-character hits are asked: a longer one is often a compound read either way (``全国人大|代表``). ``ahead``:
        :meth:`_route`'s scores of the window."""
        behind = self._route_back(window)
        floor, lt = ahead[0] - CLOSE_SPLIT_MARGIN, self._log_total
        return any((x < a < k < b or a < x < b < k) and behind[x] + math.log(f) - lt + ahead[k] > floor
                   for x, k, f in self._words_from(window, b))

    def _crossed(self, window: str, a: int, b: int) -> bool:
        """Whether some dictionary word in ``window`` starts before an edge of the hit and ends after it."""
        return any(x < a < k or x < b < k for x, k, _ in self._words_from(window, b))

    def _words_from(self, window: str, end: int) -> Iterator[tuple[int, int, int]]:
        """``(start, stop, count)`` of every dictionary word of two or more characters in ``window`` that starts
        before ``end``."""
        freq, n = self._freq, len(window)
        for x in range(end):
            k = x + 2
            while k <= n:
                f = freq(window[x:k])
                if f is None:
                    break
                if f:
                    yield x, k, f
                k += 1

    def _two_words(self, word: str, a: int, b: int) -> bool:
        """``word`` (a longer word holding the hit ``word[a:b]``) reads more probably split somewhere inside
        the hit than with the hit as a word of its own: ``小|三阳`` beats ``小三|阳``, ``水乳|交融`` beats
        ``水|乳交|融``; ``色情|网`` beats ``色|情网``, ``全国|人大|常委会`` beats every split through ``人大``."""
        ahead = self._route(word)[0]  # best score of word[p:]
        behind = self._route_back(word)  # best score of word[:p]
        hit = self._freq(word[a:b]) or 1
        edge = behind[a] + math.log(hit) - self._log_total + ahead[b]
        return any(behind[p] + ahead[p] > edge for p in range(a + 1, b))

    def score(self, text: str) -> float:
        """Log probability of the best segmentation of ``text`` (0 for the empty string)."""
        return self._route(text)[0][0] if text else 0.0

    def _route_back(self, text: str) -> list[float]:
        """Best log probability of ``text[:p]`` for every ``p`` (words that end at ``p``)."""
        n = len(text)
        best = [0.0] * (n + 1)
        for p in range(1, n + 1):
            top = best[p - 1] + math.log(self._freq(text[p - 1]) or 1) - self._log_total
            for i in range(p - 2, -1, -1):
                f = self._freq(text[i:p])
                if f:
                    top = max(top, best[i] + math.log(f) - self._log_total)
            best[p] = top
        return best

    def _stray_neighbour(self, window: str, a: int, b: int, bounds: Sequence[int]) -> bool:
        """A whole-word hit beside a one-character token that belongs with the hit's edge instead, when that reading
        is not much less probable (:data:`STRAY_MARGIN`): ``神经病|变`` is ``神经|病变``; ``天安门|上`` is not ``天安|门上``."""
        after = b < len(window) and b + 1 in bounds and window[b] != BREAKER
        before = a > 0 and a - 1 in bounds and window[a - 1] != BREAKER
        for p in range(a + 1, b):
            if after and p - a >= 2 and self.is_word(window[a:p]) and self.is_word(window[p:b + 1]) and (
                    self._likely_split(window[a:p], window[p:b + 1], window[a:b], window[b])):
                return True
            if before and b - p >= 2 and self.is_word(window[p:b]) and self.is_word(window[a - 1:p]) and (
                    self._likely_split(window[a - 1:p], window[p:b], window[a:b], window[a - 1])):
                return True
        return False

    def _likely_split(self, left: str, right: str, whole: str, lone: str) -> bool:
        """Whether ``left + right`` reads not much less probably than ``whole + lone`` (the route's log counts)."""
        def log_count(word: str) -> float:
            return math.log(self._freq(word) or 1)
        return log_count(left) + log_count(right) - log_count(whole) - log_count(lone) > -STRAY_MARGIN


def _bounds(step: list[int], n: int) -> list[int]:
    """Token boundaries (0 ... n) of a route's steps."""
    bounds, i = [0], 0
    while i < n:
        i += step[i]
        bounds.append(i)
    return bounds
