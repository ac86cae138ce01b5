"""Sentences written in pinyin, read as words: a pinyin hit that the sentence's likelier reading does not hold.

The pinyin channel matches a term's syllables wherever they stand. Beside Chinese characters (``买点bingdu``) a
run of pinyin is the evasion the channel is for. In a sentence written all in pinyin (lyrics, a learner's notes, a
chat typed without an input method, names) most pairs of syllables are some other word: ``xue xi`` in
``zai jia li xue xi`` is 学习, not 血洗; ``yi qi`` in ``wo men yi qi chang`` is 一起, not 义旗; ``qi chang`` there
spans 一起|唱. So a pinyin hit with pinyin syllables beside it is read the way an input method reads a sentence:
the syllables are cut into jieba's words by their counts (a unigram model, as jieba cuts characters), once freely
and once with the term as one word of the sentence. A term that a likelier reading does not hold is lowered, by how
much likelier that reading is: at least :data:`SENTENCE_MARGIN` (学习 13,482 against 血洗 counted as 100) to :data:`~beian.text.hitfilters.CAP_WORD`, as for a
hit that cuts through a written word; at least :data:`OTHER_READING_MARGIN` (帮助 9,128 against 帮主 1,309) to
:data:`CAP_OTHER_READING`, listed in strict mode only; less than that (天罡 112 against 舔肛 in ``ni shi tiangang de``)
is no reason to doubt it. The likelier reading either puts a word across the hit's edge (``yi qi|chang``, ``wei
dao|hao`` for 盗号: one syllable beside the hit is enough) or reads the hit's own syllables as other words (``xue
xi``: at least :data:`MIN_CONTEXT_SYLLABLES` syllables around the hit, else ``mai bingdu`` would read 买|病毒).
Syllables cross into a neighbouring word by chance far more often than characters do (``ai guo zhe|zhong`` for
爱国者 before 这种), so a crossing needs the same margin as any other reading.

A term counts as often as jieba counts it and at least :data:`PRIOR_COUNT` times: a term of the lexicon is a word
someone writes, and one word of three syllables outweighs three (``wo xiang mai bing du`` keeps 买冰毒). A run
of pinyin that is the hit alone (``bingdu`` in Chinese text) is not read: nothing around it says which word it is.
A unigram model has no context: ``wo zai xiang`` reads 宰相 (935) before 在|想, so what is left is the
reading of one word against another, not of a sentence. Word readings come from ``data/pinyin_words.tsv``
(:func:`beian.text.misreads.reading_words`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from beian.text.hitfilters import CAP_WORD, line_bounds, line_of
from beian.text.misreads import reading_words, syllable_cuts

MIN_CONTEXT_SYLLABLES = 2  # syllables around a hit read as other words in place (one: mai bingdu is 买冰毒)
MAX_WORD_SYLLABLES = 4  # the longest word of the reading table
PRIOR_COUNT = 100  # a lexicon term is read as a word counted at least this many times
SENTENCE_MARGIN = math.log(20)  # the hit's syllables read as other words this much likelier: CAP_WORD
OTHER_READING_MARGIN = math.log(5)  # likelier by this much, less than SENTENCE_MARGIN: CAP_OTHER_READING
CAP_OTHER_READING = 0.5  # strict mode lists it, the gateway's default does not act on it
MAX_REACH = 80  # characters looked at either side of the hit for the rest of the sentence
JOINERS = frozenset(" -'’\u00a0")  # between syllables of one sentence (tone digits are read as joiners too)
TONE_DIGITS = frozenset("12345")
MIN_ENGLISH_WORDS = 2  # English words in a line that make it English (in_english_line)
# the labels of a name field (after_name_label): what the label ends with, before its colon
NAME_LABELS = ("姓名", "名字", "申请人", "持卡人", "收件人", "寄件人", "联系人", "乘客", "旅客", "英文名", "拼音", "拼音姓名",
               "护照姓名", "签发人", "作者", "译者", "name", "surname", "given name", "applicant", "passenger", "author")
NAME_LABEL_REACH = 16  # characters before a hit in which its label and colon stand
MIN_PROSE_WORDS = 3  # English words in a line that make any pinyin word in it a name or loanword (in_english_prose)
GLOSS_MARKS = frozenset(" \u3000\u00a0\t([（【/:：=|“”\"'「」，,、《》〈〉")  # between a word and its reading (gloss_cap):
# a space, a bracket, a colon, a table's cell wall (| 再见 | zài jiàn |), a closing quote (“不对” bú duì), a comma (拼音作业：
# mā má mǎ mà ma，“妈麻马骂吗”: the hundred-and-fifty-third probe), a title's marks (《静夜思》 jìng yè sī: the 160th)
MAX_GLOSS_MARKS = 3
_HANZI = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile("[A-Za-z]{3,}")
_PLAIN_LETTERS = re.compile("[A-Za-z][A-Za-z ]*")  # pinyin without tone marks or digits
# a log line: a timestamp, or a level in capitals between spaces or brackets
_LOG_LINE = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|(?:^|[\s\[])(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)[\s\]:]")
_NAME_SHAPE = re.compile("[A-Z][A-Za-z]*(?:[ \\-·.]+[A-Z][A-Za-z]*)*")  # MA HUI, Ma Hui, Ma-Hui; not ma hui
TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}  # ā á ǎ à, after NFD
SANDHI = {"一": frozenset({1, 2, 4}), "不": frozenset({2, 4})}  # tones these are written with before other syllables


class Syllable(NamedTuple):
    """One syllable of a pinyin run: toneless, lower case, and its original offsets."""

    text: str
    start: int
    end: int


def sentence_cap(text: str, start: int, end: int, term_count: int) -> float | None:
    """The cap for a pinyin hit on ``text[start:end]`` read in its pinyin sentence, None when it is no sentence or
    the sentence reads best with the term (``term_count``: the term's count in the dictionary, 0 when none)."""
    if not (_pinyin_beside(text, start - 1, -1) or _pinyin_beside(text, end, 1)):
        return None
    syllables = _sentence(text, start, end)
    letters_end = end
    while letters_end > start and text[letters_end - 1] in TONE_DIGITS:  # jiu4 shi4: the syllable ends before its tone
        letters_end -= 1
    span = _hit_span(syllables, start, letters_end)
    if span is None:
        return None
    first, last = span
    context = len(syllables) - (last - first)
    if context < 1:
        return None
    readings = [s.text for s in syllables]
    scores, path = _best(readings)
    term = math.log(max(term_count, PRIOR_COUNT)) - _log_total()
    margin = scores[-1] - (scores[first] + term + _best(readings[last:])[0][-1])  # scores[first]: the words before
    crosses = any(a < edge < b for a, b in path for edge in (first, last))
    if margin < OTHER_READING_MARGIN or (context < MIN_CONTEXT_SYLLABLES and not crosses):
        return None
    return CAP_WORD if margin >= SENTENCE_MARGIN else CAP_OTHER_READING


def tone_cap(text: str, start: int, end: int, term: str) -> float | None:
    """The cap for a pinyin hit on ``text[start:end]`` whose written tones (marks or digits) are not the tones of
    ``term``'s characters: one syllable :data:`CAP_OTHER_READING`, two or more ``CAP_WORD`` (``Dù Bō`` is a name,
    not 赌博 dǔ bó; ``jǐ diǎn`` is 几点, not 鸡店 jī diàn). A syllable written without a tone, or in the neutral
    tone, agrees with any; a character's every reading counts (长 zhǎng or cháng), and 一 and 不 as they change
    before other syllables. None when every written tone agrees."""
    written = _written_tones(text, start, end)
    if len(written) != len(term) or all(tone is None for _, tone in written):
        return None
    wrong = sum(tone is not None and tone not in _tones_of(char, syllable)
                for (syllable, tone), char in zip(written, term))
    if not wrong:
        return None
    return CAP_WORD if wrong >= 2 else CAP_OTHER_READING


def _written_tones(text: str, start: int, end: int) -> list[tuple[str, int | None]]:
    """The syllables of ``text[start:end]`` with the tone each is written with (a mark on a letter, or a digit 1-4
    after it), None where none is; empty when a word there does not split into syllables."""
    out: list[tuple[str, int | None]] = []
    for _, j, word in _words(text, start, end):
        if word is None:
            return []
        for syllable in word:
            tone = _marked_tone(text[syllable.start:syllable.end])
            if tone is None and syllable.end == j and text[j:j + 1] in ("1", "2", "3", "4"):
                tone = int(text[j])
            out.append((syllable.text, tone))
    return out


def _marked_tone(letters: str) -> int | None:
    """The tone a syllable is marked with: one pinyin tone mark on a vowel (``ǎ``, ``ǚ``), None for none, for
    two, or for any other accent (``ắ`` with its breve, ``ớ`` with its horn are look-alike letters, not tones)."""
    tones: list[int] = []
    for ch in letters:
        marks = [c for c in unicodedata.normalize("NFD", ch)[1:] if c != "\u0308" or ch.lower() not in "üǖǘǚǜ"]
        if any(c not in TONE_MARKS for c in marks) or len(marks) > 1:
            return None
        tones.extend(TONE_MARKS[c] for c in marks)
    return tones[0] if len(tones) == 1 else None


@lru_cache(maxsize=4096)
def _tones_of(char: str, syllable: str) -> frozenset[int]:
    """The tones ``char`` is read with as ``syllable`` (every reading pypinyin knows); all when none is known."""
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True, errors="ignore")
    tones = {int(r[-1]) for got in readings for r in got if r[-1:].isdigit() and r[:-1] == syllable}
    tones |= SANDHI.get(char, frozenset())
    return frozenset(tones) or frozenset({1, 2, 3, 4, 5})


def gloss_cap(text: str, start: int, end: int, term: str) -> float | None:
    """:data:`~beian.text.hitfilters.CAP_WORD` for a pinyin hit that spells out the Chinese word written right before
    or after it (a gloss: ``大妈 dàmā``, ``喜钱（xǐqián）``, ``qiángzhì：强制``), which is not ``term`` itself: a
    dictionary, a textbook or a sign writes a word's reading beside it; an evader writes the reading instead of the
    word. None when no such word stands there."""
    syllables: list[str] = []
    for _, _, word in _words(text, start, end):
        if word is None:
            return None
        syllables.extend(s.text for s in word)
    if len(syllables) < 2:
        return None
    for beside in (_hanzi_beside(text, start, -1, len(syllables)), _hanzi_beside(text, end, 1, len(syllables))):
        if beside and beside != term and all(s in _readings(c) for s, c in zip(syllables, beside)):
            return CAP_WORD
    return None


def fewer_syllables(seen: str, syllables: int) -> bool:
    """Whether a pinyin hit's letters read as fewer syllables than its term has (``xiāo`` is one syllable, not 习奥's
    ``xi ao``; ``xian`` one, not 西安's ``xi an``): each run of letters cut into the fewest syllables (:func:`_words`),
    as pinyin is read without an apostrophe. A run that is no pinyin, or letters of another script (``ǫɪɴɢꜱʜᴀ``, read
    by the fold), are not judged."""
    if any(ch.isalpha() and not _toneless(ch) for ch in seen):
        return False
    words = [word for _, _, word in _words(seen, 0, len(seen))]
    if not words or any(word is None for word in words):
        return False
    return sum(len(word) for word in words if word) < syllables


def run_gloss_cap(text: str, start: int, end: int, term: str) -> float | None:
    """:data:`~beian.text.hitfilters.CAP_WORD` for a hit inside a run of pinyin that, as a whole, spells out the Chinese
    written right before or after the run (a poem with its reading, ``疑是银河落九天 yí shì yín hé luò jiǔ tiān``; a
    textbook line ``xiǎo cǎo 小草``, ``cāo chǎng（操场）``), where the characters the hit's syllables stand for are not
    ``term`` itself: the hit is a piece of a reading (``yín hé`` of 银河, not 淫河). Unlike :func:`gloss_cap` the
    hit need not be the whole gloss. None when the run glosses nothing beside it, or glosses the term."""
    run = _sentence(text, start, end)
    if len(run) < 2:
        return None
    lo, hi = run[0].start, run[-1].end
    while hi < len(text) and text[hi] in TONE_DIGITS:
        hi += 1
    for beside in (_hanzi_beside(text, lo, -1, len(run)), _hanzi_beside(text, hi, 1, len(run))):
        if not beside or not all(s.text in _readings(c) for s, c in zip(run, beside)):
            continue
        mine = "".join(c for s, c in zip(run, beside) if s.start < end and s.end > start)
        return None if mine == term else CAP_WORD
    return None


def _hanzi_beside(text: str, k: int, step: int, n: int) -> str:
    """The ``n`` Chinese characters next to ``k`` in direction ``step`` (-1: the ones before ``k``), past at most
    :data:`MAX_GLOSS_MARKS` spaces or marks that set a gloss apart (``(``, ``：``, ``/``), in the order written; empty
    when there are not ``n`` of them. Between them may stand spaces, line breaks and punctuation, as a lyric or a
    poem is written (``但愿人长久 千里共婵娟 dàn yuàn …``; the reading on the next line, ``锄禾日当午\nchú hé …``: the
    138th and 141st probes), never a letter or a digit."""
    at = k - 1 if step < 0 else k
    for _ in range(MAX_GLOSS_MARKS):
        if 0 <= at < len(text) and text[at] in GLOSS_MARKS:
            at += step
    found: list[str] = []
    breaks = 0  # one line break at most: a blank line ends a paragraph (and a document of a batch)
    while 0 <= at < len(text) and len(found) < n:
        ch = text[at]
        breaks += ch == "\n"
        if _HANZI.match(ch):
            found.append(ch)
        elif breaks > 1 or not (ch.isspace() or unicodedata.category(ch).startswith("P")) or not (found or ch.isspace()):
            return ""
        at += step
    word = "".join(found if step > 0 else reversed(found))
    return word if len(word) == n else ""


@lru_cache(maxsize=4096)
def _readings(char: str) -> frozenset[str]:
    """The toneless syllables ``char`` is read as (every reading pypinyin knows; ü as ``v``)."""
    from pypinyin import Style, pinyin

    return frozenset(r for got in pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore") for r in got)


_TONE_MARKS = frozenset("\u0304\u0301\u030c\u0300")  # the four pinyin tone marks (macron, acute, caron, grave)


def toned_syllable(seen: str) -> bool:
    """Whether ``seen`` is one pinyin syllable written with its tone mark (``mā``, ``xǐ``, ``dǎ``): a reading written for
    a learner (a pinyin lesson, a dictation list), not a one-syllable Latin entry (``ma``, ``xi``) in disguise."""
    marked = [c for c in seen if any(m in _TONE_MARKS for m in unicodedata.normalize("NFD", c))]
    letters = "".join(_toneless(c) for c in seen)
    return len(marked) == 1 and len(letters) == len(seen) and pinyin_syllable_count(letters) == 1


def index_letters(seen: str) -> bool:
    """Whether ``seen`` joins a plain letter and a subscript or superscript one (``xᵢ``, ``aⁿ``): an index or an exponent
    in a formula, not a word written in small raised letters (``ˢᵉˣ``, every letter raised)."""
    raised = [unicodedata.decomposition(c).startswith(("<sub>", "<super>")) for c in seen if c.isalpha()]
    return any(raised) and not all(raised)


def pinyin_syllable_count(word: str) -> int:
    """How many pinyin syllables a Latin word splits into (``bushi`` 2, ``xian`` 1), 0 when it does not split."""
    return len(_latin_syllables(word))


def _latin_syllables(word: str) -> list[str]:
    """The fewest pinyin syllables a Latin word splits into, lower case; empty when it does not split."""
    lower = word.lower()
    cuts = syllable_cuts(lower) if word.isalpha() else None
    return [lower[a:b] for a, b in pairwise(cuts)] if cuts else []


def in_english_line(text: str, start: int, end: int) -> bool:
    """Whether the hit ``text[start:end]``, written as a name is (each word capitalised or in capitals, no tone marks
    or digits: ``MA HUI``, ``Du Bo``), stands in a line written in English: no Chinese character in the line and at
    least :data:`MIN_ENGLISH_WORDS` English words of three letters or more beside the hit, words that split into pinyin
    syllables only when they are common in English (``name``, ``china``; :func:`~beian.text.hitfilters.
    common_english_pinyin`): ``Applicant: MA HUI, Place of birth``, ``Name: MA GU``, an author list. A two-syllable
    pinyin hit there is a name, not 码会 typed in pinyin. Pinyin with tones in English text (``dàmá (hemp)``, a tone
    drill) is pinyin, and a sentence all in lower-case pinyin (``wo men hen xiang``) has no name-shaped hit."""
    if _NAME_SHAPE.fullmatch(text[start:end]) is None:
        return False
    return english_words_beside(text, start, end) >= MIN_ENGLISH_WORDS


def after_name_label(text: str, start: int, end: int) -> bool:
    """Whether the hit ``text[start:end]``, written as a name is (:func:`in_english_line`), is the value of a name field:
    a label of :data:`NAME_LABELS` and a colon (or an opening bracket after a Chinese name) right before it on its line
    (``签证申请人：MAI YIN``, ``持卡人姓名: DU QIU``, ``麦茵（MAI YIN）``). A passport writes a name in capitals, as a
    filter dodger may; in a name field it is the name."""
    if _NAME_SHAPE.fullmatch(text[start:end]) is None:
        return False
    before = text[line_bounds(text, start, end)[0]:start][-NAME_LABEL_REACH:].rstrip(" \t")
    if before.endswith(("（", "(")):  # 麦茵（MAI YIN）: the romanization of the Chinese name before it
        return _spells_name_before(before[:-1], text[start:end])
    if not before.endswith(("：", ":")):
        return False
    label = before[:-1].rstrip()
    return label.lower().endswith(NAME_LABELS)


def _spells_name_before(before: str, seen: str) -> bool:
    """Whether the Latin ``seen`` is the pinyin of the last two to four Chinese characters of ``before`` (all readings)."""
    from pypinyin import Style, pinyin

    letters = "".join(c for c in seen.lower() if c.isalpha())
    for k in (2, 3, 4):
        name = before[-k:]
        if len(name) < k or not all(_HANZI.fullmatch(c) for c in name):
            return False
        readings = pinyin(name, style=Style.NORMAL, heteronym=True)
        if any("".join(p) == letters for p in _spellings(readings)):
            return True
    return False


def _spellings(readings: list[list[str]]) -> Iterator[tuple[str, ...]]:
    """Every way of reading characters that each have ``readings`` (at most a few dozen for a name)."""
    from itertools import product

    return product(*(r[:4] for r in readings))


def in_english_prose(text: str, start: int, end: int) -> bool:
    """Whether a pinyin hit, written without tone marks or digits, stands in a line with no Chinese character that is
    a log line (a timestamp, ``INFO``, ``[ERROR]``) or has at least :data:`MIN_PROSE_WORDS` English words beside it
    that are not pinyin too (:func:`english_words_beside`; a sentence typed in pinyin has ``men``, ``hen``, ``wan``):
    a shell command, SQL, English prose (``[MiyaoLoader] miyao file not found``, ``A Yixing zisha teapot can cost
    thousands``). A pinyin word there is a name in code or a loanword; pinyin typed to dodge a filter stands among
    Chinese characters, and a tone drill in English (``dàmá``) is pinyin."""
    if _PLAIN_LETTERS.fullmatch(text, start, end) is None:
        return False
    line = line_of(text, start, end)
    if _LOG_LINE.search(line) is not None and _HANZI.search(line) is None:
        return True  # 2023-11-05 14:32:17 INFO [Scheduler] yuanjiao …: a log line
    return english_words_beside(text, start, end, pinyin_too=False) >= MIN_PROSE_WORDS


def english_words_beside(text: str, start: int, end: int, pinyin_too: bool = True) -> int:
    """How many English words of three letters or more stand in the hit's line (words that split into pinyin
    syllables only when they are common in English, ``name``, ``china``, and never when not ``pinyin_too``: ``men``,
    ``hen`` in ``wo men hen xiang``); 0 when the line has a Chinese character."""
    a, b = line_bounds(text, start, end)
    line = text[a:start] + " " + text[end:b]
    if _HANZI.search(text, a, b) is not None:
        return 0
    from beian.text.hitfilters import common_english_pinyin, english_words

    words, common = english_words(), common_english_pinyin()
    found = (w.lower() for w in _LATIN_WORD.findall(line))
    return sum(w in words and ((pinyin_too and w in common) or not pinyin_syllable_count(w)) for w in found)


def latin_reading(word: str) -> tuple[str, int]:
    """The commonest word a Latin word's pinyin syllables write and its count (``guojia`` -> 国家), ("", 0) if none."""
    syllables = _latin_syllables(word)
    return reading_words().get(" ".join(syllables), ("", 0)) if syllables else ("", 0)


def sentence_words(text: str) -> list[str]:
    """The likeliest words of a sentence written in pinyin (``wo men yi qi chang ge`` -> 我们 一起 唱歌), for the
    docs and tests; a syllable without a word of its own is kept as written."""
    syllables = [s.text for s in _syllables(text, 0, len(text))]
    path = _best(syllables)[1]
    words = reading_words()
    return [words.get(" ".join(syllables[a:b]), (" ".join(syllables[a:b]), 0))[0] for a, b in path]


def _pinyin_beside(text: str, k: int, step: int) -> bool:
    """Whether, from ``k`` in direction ``step`` past joiners, there is a letter that reads as pinyin."""
    while 0 <= k < len(text) and (text[k] in JOINERS or text[k] in TONE_DIGITS):
        k += step
    return 0 <= k < len(text) and bool(_toneless(text[k]))


def _sentence(text: str, start: int, end: int) -> list[Syllable]:
    """The syllables of the pinyin run around ``[start, end)``: letters that read as pinyin and joiners, out to
    the first other character or the first word that does not split into syllables."""
    left = start
    while left > max(0, start - MAX_REACH) and _in_run(text[left - 1]):
        left -= 1
    right = end
    while right < min(len(text), end + MAX_REACH) and _in_run(text[right]):
        right += 1
    return _syllables(text, left, right, start, end)


def _in_run(ch: str) -> bool:
    return ch in JOINERS or ch in TONE_DIGITS or bool(_toneless(ch))


def _syllables(text: str, left: int, right: int, start: int = -1, end: int = -1) -> list[Syllable]:
    """The syllables of the words of ``text[left:right]``; a word that does not split into syllables ends the
    sentence on that side of ``[start, end)`` (the hit's own words are kept as found)."""
    before: list[list[Syllable]] = []
    after: list[list[Syllable]] = []
    inside: list[Syllable] = []
    for k, j, word in _words(text, left, right):
        if j <= start:
            before = [] if word is None else [*before, word]
        elif k >= end >= 0:
            if word is None:
                break
            after.append(word)
        elif word is not None:
            inside.extend(word)
    return [s for word in before for s in word] + inside + [s for word in after for s in word]


def _words(text: str, left: int, right: int) -> Iterator[tuple[int, int, list[Syllable] | None]]:
    """Each run of letters ``[k, j)`` in ``text[left:right]`` with its syllables (None: it does not split)."""
    k = left
    while k < right:
        if not _toneless(text[k]):
            k += 1
            continue
        j = k
        while j < right and _toneless(text[j]):
            j += 1
        yield k, j, _split(text, k, j)
        k = j


def _split(text: str, start: int, end: int) -> list[Syllable] | None:
    """``text[start:end]`` (letters) as the fewest pinyin syllables, None when it does not split."""
    letters = "".join(_toneless(ch) for ch in text[start:end])
    cuts = syllable_cuts(letters)
    if cuts is None:
        return None
    return [Syllable(letters[a:b], start + a, start + b) for a, b in pairwise(cuts)]


@lru_cache(maxsize=512)
def _toneless(ch: str) -> str:
    """A letter that reads as a pinyin letter, lower case and without its tone mark (``ǎ`` -> ``a``, ``ü`` -> ``v``),
    else empty."""
    if ch.isascii():
        return ch.lower() if ch.isalpha() else ""
    base = unicodedata.normalize("NFD", ch)
    if base[:1].lower() == "u" and "\u0308" in base:
        return "v"
    if len(base) > 1 and base[0].isascii() and base[0].isalpha() and all(unicodedata.combining(c) for c in base[1:]):
        return base[0].lower()
    return ""


def _hit_span(syllables: Sequence[Syllable], start: int, end: int) -> tuple[int, int] | None:
    """The syllables ``[first, last)`` that the hit covers, None unless it begins and ends on syllable edges."""
    first = next((i for i, s in enumerate(syllables) if s.start == start), None)
    last = next((i + 1 for i, s in enumerate(syllables) if s.end == end), None)
    if first is None or last is None or last <= first:
        return None
    return first, last


def _score(readings: Sequence[str], a: int, b: int) -> float | None:
    """Log probability of one word for ``readings[a:b]``: its commonest word's count; a syllable with no word of
    its own counts once; None for several syllables that are no word."""
    got = reading_words().get(" ".join(readings[a:b]))
    if got is None:
        return -_log_total() if b - a == 1 else None
    return math.log(got[1]) - _log_total()


def _best(readings: Sequence[str]) -> tuple[list[float], list[tuple[int, int]]]:
    """The likeliest reading of ``readings`` as words: the log probability of the likeliest reading of each prefix
    (``[0]`` for none, ``[-1]`` for all) and the words' syllable spans of the whole."""
    n = len(readings)
    score: list[float] = [0.0] + [-math.inf] * n
    back = [0] * (n + 1)
    for b in range(1, n + 1):
        for a in range(max(0, b - MAX_WORD_SYLLABLES), b):
            word = _score(readings, a, b)
            if word is not None and score[a] + word > score[b]:
                score[b], back[b] = score[a] + word, a
    path, b = [], n
    while b:
        path.append((back[b], b))
        b = back[b]
    return score, path[::-1]


@lru_cache(maxsize=1)
def _log_total() -> float:
    from beian.text.wordcut import dictionary

    return math.log(dictionary().total)
