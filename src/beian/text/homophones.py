"""Which same-sound spellings of a term read as the term written on purpose (谐音: ``涩情``, ``堵博``, ``卖银``).

The homophone channel finds every run of characters whose syllables (without tones) are a term's; in ordinary
text most such runs are words that happen to sound alike (``和设施`` for ``核设施``, ``是放`` for ``释放``). A run
is kept only when

- it is not a dictionary word itself (``读博`` is not ``赌博``) and is not the term;
- the sentence reads better with the term than as written (a noisy-channel check with jieba's word
  frequencies over :data:`CONTEXT` characters on each side: ``涩情网站`` reads better as ``色情网站``,
  ``价保居然不批`` does not read better as ``家宝``);
- by far better (:data:`OTHER_TONE_MARGIN`) when a character written differently has no reading with the term
  character's tone (``发轮功`` fā for 法 fǎ: netizens mostly keep the tone, ordinary words that sound alike mostly do
  not) or is a function word (``是 就 和 将 要``, jieba count of at least :data:`FUNCTION_CHAR_COUNT`:
  ``交通不方便`` holds ``交通部`` only by sound, ``摇头丸`` written ``要投玩`` is rarer).

A run that cuts through a word with the characters around it (``卖银饰``) is left to the word check, which reads
it as written (see :meth:`beian.text.matcher.Matcher._cuts_words`).
"""

from __future__ import annotations

from functools import lru_cache

from beian.text.wordcut import WordCut

FUNCTION_CHAR_COUNT = 100_000
"""jieba count from which a single character is a function word (是 796,991, 将 122,305, 把 108,066), seldom the
character a netizen picks to sound like another (比 35,305, 银 5,956)."""

CONTEXT = 4
"""Characters on each side read with the run and with the term."""

SAME_TONE_MARGIN = 0.0
"""How much more probable (natural log, jieba's word model) the sentence must read with the term than as written."""

OTHER_TONE_MARGIN = 6.0
"""The same with a character whose tone differs from the term's or that is a function word: many ordinary words
sound like a term but for the tone (``为引起`` wèi yǐn qǐ, ``微音器`` wēi yīn qì) or hold a function word (``和设施``),
so the sentence must read much better with the term (about 400 times as probable)."""

@lru_cache(maxsize=65536)
def toned_readings(char: str) -> frozenset[str]:
    """Every reading of ``char`` with its tone as a digit (``和`` -> he2, he4, huo2, huo4, hu2; pypinyin's dictionary and
    its own tone conversion); empty when pypinyin does not know it."""
    from pypinyin import pinyin_dict
    from pypinyin.contrib.tone_convert import to_tone3

    raw = pinyin_dict.pinyin_dict.get(ord(char), "")
    return frozenset(to_tone3(r.strip(), neutral_tone_with_five=True) for r in raw.split(",") if r.strip())


def same_tone(written: str, term: str) -> bool:
    """Whether the two characters share a reading, tone included."""
    return written == term or bool(toned_readings(written) & toned_readings(term))


def read_as_term(text: str, start: int, end: int, term: str, words: WordCut) -> bool:
    """Whether ``text[start:end]`` (a run with the syllables of ``term``) reads as ``term`` written on purpose."""
    written = text[start:end]
    if written == term or len(written) != len(term) or words.is_word(written):
        return False
    margin = SAME_TONE_MARGIN
    for w, t in zip(written, term):
        if w == t:
            continue
        if words.count(w) >= FUNCTION_CHAR_COUNT or not same_tone(w, t):
            margin = OTHER_TONE_MARGIN
    left, right = text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]
    return words.score(left + term + right) - words.score(left + written + right) > margin
