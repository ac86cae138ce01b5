"""The lexicon compiler's batch paths (one fold pass over all terms, pinyin per distinct word, patterns
made per channel and grouped at once, the C helpers ``mm_cut``/``collapse_runs``/``splice`` and their
Python fallbacks) give exactly what compiling each term on its own gives: same patterns in the same
order, same entry tables, same term tables, same skipped terms."""

from __future__ import annotations

import dataclasses
import random
from itertools import groupby
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from public_lexicon import raw_entries

from beian.text import compiler as C
from beian.text import engines as E
from beian.text import phonetics as P
from beian.text.hitfilters import dictionary_words
from beian.text.lexicon_stats import LONG_TERM_CHARS
from beian.text.misreads import common_readings as common_word_readings
from beian.text.normalize import MAX_GAP_CHARS, codepoints, to_text
from beian.text.numerals import arabic, capitalised, chinese
from beian.text.phonetics import is_hanzi, sound_table, tone_syllables, tone_syllables_many
from beian.text.terms import Lexicon, Term, VariantOptions

# Terms that stress the batch fold: line breaks, gaps that become boundaries inside a term, terms that
# fold to nothing, marks and noise at either end, repeats, traditional and full-width forms, allow terms.
TRICKY = [
    "", " ", "\n", "。。", "法\n轮功", "法\r\n轮功", "法\u2028轮功", "色" + " " * (MAX_GAP_CHARS + 2) + "情网站",
    "色\u0301情\u0301", "\u0301色情网", "色情网 ", " 色情网", "法法轮轮功功", "發輪功", "ＦＡＬＵＮ", "falun gong",
    "xinnian", "习近平", "乳交", "神经病", "一一一", "6 4", "丶法〇轮の功", "😀色情😀", "\ud800色情",
    "色，情", "色\n\n情", "长江长城", "重庆重庆", "AAbb", "讠乍骗", "东西南北", "安妮妮", "哈哈哈哈", "衣裳衣裳",
    "银行行长", "重重重", "的的确确", "嗯嗯", "一个人的时候", "中华人民共和国国歌", "长长的长江",
    "三级片", "六四", "陆肆", "十八十八", "六合", "短狗狗粮qq", "qq美美女",
]


def _real_terms(data: Path, n: int) -> list[str]:
    terms = raw_entries(data)
    random.Random(12).shuffle(terms)
    return terms[:n]


def _fold_ascii(text: str) -> tuple[str, tuple[int, ...]]:
    groups = [(ch, len(list(run))) for ch, run in groupby(text)]
    return "".join(ch for ch, _ in groups), tuple(n for _, n in groups)


def _reference(lexicon: Lexicon) -> C.Compiled:
    """The straightforward compile the batch paths replace: every term folded, converted and its patterns
    added one by one."""
    entries = [(t, False) for t in lexicon.terms] + [(t, True) for t in lexicon.allow]
    main, sound = C.Patterns(), C.Patterns()
    skipped: list[C.SkippedTerm] = []
    kept: list[tuple[Term, bool, str, tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = []
    listed = set()
    for term, _ in entries:
        fold, runs = C.fold_one(term.text.replace("\n", " ").replace("\r", " "))
        if fold and C.MIN_TERM_CHARS <= sum(runs) <= LONG_TERM_CHARS:
            listed.add(fold)
    for term, is_allow in entries:
        fold, runs = C.fold_one(term.text.replace("\n", " ").replace("\r", " "))
        reason = ("只含分隔符、标点或不可见字符，无法匹配" if not fold else
                  "单字词条会造成大量误拦截，已跳过" if sum(runs) < C.MIN_TERM_CHARS else
                  f"超过 {LONG_TERM_CHARS} 个字符，更像句子而不是关键词，已跳过（它会把流式输出的保留窗口拉得很长）"
                  if sum(runs) > LONG_TERM_CHARS else None)
        if reason:
            if not is_allow:
                skipped.append(C.SkippedTerm(term, reason))
            continue
        ti = len(kept)
        main.add(fold, ti, C.ALLOW if is_allow else C.FOLD)
        if is_hanzi(fold) and sum(runs) > len(fold):  # a doubled character written out (带。套。套)
            main.add("".join(c * r for c, r in zip(fold, runs)), ti, C.ALLOW if is_allow else C.FOLD)
        cap = capitalised(fold) if is_hanzi(fold) else None
        if cap and cap not in listed:  # common numerals as capitals (叁级片), unless the lexicon lists that spelling
            main.add(cap, ti, C.ALLOW if is_allow else C.FOLD)
        digits = arabic(fold) if is_hanzi(fold) else None
        if digits and digits not in listed:  # numerals as Arabic digits (6合彩), the same way
            main.add(digits, ti, C.ALLOW if is_allow else C.FOLD)
        for written in chinese(fold):  # and Arabic digits as numerals (六合彩 for 6合彩)
            if written not in listed:
                main.add(written, ti, C.ALLOW if is_allow else C.FOLD)
        if not is_allow and C._MIXED_TERM.fullmatch(fold) and lexicon.options_for(term.category).pinyin:
            syllables = tone_syllables(fold)  # 转让92式: zhuanrang92shi, and zhuan3rang492shi4
            for readings in (iter(x.rstrip("012345") for x in syllables), iter(syllables)):
                main.add(_fold_ascii("".join(next(readings, "") if "\u4e00" <= c <= "\u9fff" else c
                                             for c in fold))[0], ti, C.TONES)
            out = "".join(c * r for c, r in zip(fold, runs))  # 短狗狗粮qq: the doubled syllable written twice too
            if any(r > 1 and "\u4e00" <= c <= "\u9fff" for c, r in zip(fold, runs)):
                for readings in (iter(x.rstrip("012345") for x in tone_syllables(out)), iter(tone_syllables(out))):
                    main.add(_fold_ascii("".join(next(readings, "") if "\u4e00" <= c <= "\u9fff" else c
                                                 for c in out))[0], ti, C.TONES)
            places = [i for i, c in enumerate(fold) if "\u4e00" <= c <= "\u9fff"]  # 激情av影yuan: one as pinyin
            for toned in (False, True):  # and with the tone digit (pi1发tnt)
                for i, syllable in zip(places, syllables):
                    written = syllable if toned else syllable.rstrip("012345")
                    if C.MIXED_MIN_CHARS <= len(fold) <= C.MIXED_MAX_CHARS and len(written) >= 2:
                        main.add(_fold_ascii(fold[:i] + written + fold[i + 1:])[0], ti, C.MIXED)
        sound_runs: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        mixed = not is_allow and C._MIXED_TERM.fullmatch(fold) is not None  # 钅肖售短狗qq, as written
        if (not is_allow and len(fold) >= 2 and is_hanzi(fold)) or mixed:
            spelled = fold if mixed else "".join(c * r for c, r in zip(fold, runs))  # written out: 日寸时彩
            if len(spelled) <= C.SPLIT_MAX_CHARS:
                table = C._splits()
                variants = C._variant_splits()  # and 单戈 of 戰 for 战, a slot for each form a character has
                rounds = max(map(len, variants.values()), default=0)
                for split in (table, *({c: v[r] for c, v in variants.items() if len(v) > r} for r in range(rounds))):
                    for i, c in enumerate(spelled):
                        if c in split:
                            main.add(_fold_ascii(spelled[:i] + split[c] + spelled[i + 1:])[0], ti, C.SPLIT)
                if sum(c in table for c in spelled) >= 2:
                    main.add(_fold_ascii("".join(table.get(c, c) for c in spelled))[0], ti, C.SPLIT)
                for c in sorted(set(spelled)):  # a doubled character split in both places (日寸日寸彩)
                    if c in table and spelled.count(c) >= 2 and len(set(spelled) & table.keys()) >= 2:
                        main.add(_fold_ascii(spelled.replace(c, table[c]))[0], ti, C.SPLIT)
            if not mixed:
                sound_runs = _reference_sound(main, sound, lexicon, term, fold, ti)
        kept.append((term, is_allow, fold, runs, *sound_runs))
    return C.Compiled(_reference_table(kept), _reference_channel(main), _reference_channel(sound) if sound.groups
                      else None, skipped, tuple(lexicon.user_words))


def _reference_sound(main: C.Patterns, sound: C.Patterns, lexicon: Lexicon, term: Term, fold: str,
                     ti: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    opts = lexicon.options_for(term.category)
    py_runs: tuple[int, ...] = ()
    initial_runs: tuple[int, ...] = ()
    if opts.pinyin or opts.initials:
        tones = tone_syllables(term.text if is_hanzi(term.text) else fold)
        syls = [s.rstrip("012345") for s in tones]
        full, initials = "".join(syls), "".join(s[0] for s in syls if s)
        full_fold, py_runs = _fold_ascii(full)
        if opts.pinyin and len(full) >= 4:
            main.add(full_fold, ti, C.PINYIN)
            readings = P.common_readings()
            if len(fold) >= C.OTHER_READINGS_MIN_CHARS and len(fold) == len(syls):
                alts = ["".join([*syls[:i], r, *syls[i + 1:]]) for i, c in enumerate(fold) for r in readings.get(c, ())
                        if r != syls[i]]
                words = common_word_readings()  # a spelling that reads as a common word or (two syllables) a name: out
                alts = [a for a in alts if words.get(a, fold) == fold and not (len(fold) == 2 and C._name_like(a))]
                for alt in alts[:C.MAX_OTHER_READINGS]:
                    main.add(_fold_ascii(alt)[0], ti, C.PINYIN)
            if any(x in C.U_FOR_V for x in syls):
                main.add(_fold_ascii("".join(C.U_FOR_V.get(x, x) for x in syls))[0], ti, C.PINYIN)
            main.add(_fold_ascii("".join(tones))[0], ti, C.TONES)
            unmarked = "".join(t.removesuffix("5") for t in tones)
            if unmarked != "".join(tones) and any(c.isdigit() for c in unmarked):
                main.add(_fold_ascii(unmarked)[0], ti, C.TONES)
            cited = [C.CITATION_TONES.get(c, t) for c, t in zip(fold, tones)]
            if len(fold) == len(tones) and cited != tones:
                main.add(_fold_ascii("".join(cited))[0], ti, C.TONES)
            if C.MIXED_MIN_CHARS <= len(fold) <= C.MIXED_MAX_CHARS and len(syls) == len(fold):
                for i in range(len(fold)):
                    if len(syls[i]) >= 2:
                        main.add(fold[:i] + syls[i] + fold[i + 1:], ti, C.MIXED)
        if opts.initials and len(initials) >= 3 and initials not in C._initials_stoplist():
            initials_fold, initial_runs = _fold_ascii(initials)
            main.add(initials_fold, ti, C.INITIALS)
    if opts.homophone and len(fold) >= C.HOMOPHONE_MIN_CHARS:
        sound.add(to_text(sound_table()[codepoints(fold)]), ti, C.HOMOPHONE)
    return py_runs, initial_runs


def _reference_channel(patterns: C.Patterns) -> C.Channel:
    firsts, counts, terms, channels = patterns.flat()
    return C.Channel(list(patterns.strings), firsts, counts, terms, channels, sorted(patterns.strings))  # type: ignore[arg-type]


def _reference_table(kept: list[tuple[Term, bool, str, tuple[int, ...], tuple[int, ...], tuple[int, ...]]]
                     ) -> C.TermTable:
    def flags(pred: list[bool]) -> Any:
        return np.array(pred, dtype=np.int64)

    texts = [k[0].text for k in kept]
    spelled = ["".join(c * r for c, r in zip(k[2], k[3])) for k in kept]
    return C.TermTable(
        texts=texts, folds=[k[2] for k in kept], categories=[k[0].category for k in kept],
        risks=[k[0].risk for k in kept], sources=[k[0].source for k in kept], runs=[k[3] for k in kept],
        pinyin_runs=[k[4] for k in kept], initial_runs=[k[5] for k in kept], is_allow=flags([k[1] for k in kept]),
        canonical=flags([t == s for t, s in zip(texts, spelled)]),
        n_chars=np.array([sum(k[3]) for k in kept], dtype=np.int64),
        needs_runs=flags([any(r != 1 for r in k[3] + k[4] + k[5]) for k in kept]),
        latin_head=flags([k[2][:1].isascii() and k[2][:1].isalpha() for k in kept]),
        latin_tail=flags([k[2][-1:].isascii() and k[2][-1:].isalpha() for k in kept]),
        short=flags([sum(k[3]) <= 2 for k in kept]), always=flags([k[0].always_block for k in kept]),
        hanzi=flags([is_hanzi(k[2]) for k in kept]), spelled=spelled)


def _plain(x: Any) -> Any:
    if isinstance(x, np.ndarray):
        return (str(x.dtype), x.tolist())
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: _plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    return x


def _no_native(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Python fallbacks of the C helpers, as where ``beian.text._fold`` was not built."""
    monkeypatch.setattr(C, "native", lambda name, module="_fold": None)
    monkeypatch.setattr(P, "native", lambda name, module="_fold": None)


def _lexicon(terms: list[str]) -> Lexicon:
    cats = [None, "政治", "色情"]
    deny = [Term(t, category=cats[i % 3], source="x.txt", line=i, always_block=i % 7 == 0)
            for i, t in enumerate(terms)]
    allow = [Term(t, source="allow.txt") for t in ("法轮大法好吗", "色情片段", " ", "發輪", "习近平")]
    return Lexicon(terms=deny, allow=allow, options=VariantOptions(homophone=True),
                   category_options={"色情": VariantOptions(pinyin=False, initials=True, homophone=False)})


@pytest.mark.parametrize("native", [True, False], ids=["native", "python"])
def test_batch_compile_equals_term_by_term(shared_data: Path, monkeypatch: pytest.MonkeyPatch, native: bool) -> None:
    lexicon = _lexicon(_real_terms(shared_data, 2000) + TRICKY)
    # the engines as their pattern lists; the sorted patterns as the native automaton's sort gives them
    monkeypatch.setattr(C, "compile_in_background",
                        lambda strings, engine="auto": (list(strings), E.compile_in_background(strings, engine)[1]))
    slow = _plain(_reference(lexicon))
    if not native:
        _no_native(monkeypatch)
    fast = _plain(C.compile_lexicon(lexicon))
    assert fast["table"]["folds"][:5] and fast["main"]["engine"] and fast["sound"]["engine"]  # something compiled
    assert {C.SPLIT, C.MIXED, C.TONES, C.INITIALS} <= set(fast["main"]["entry_channel"][1])
    for part in ("table", "main", "sound", "skipped", "user_words"):
        assert fast[part] == slow[part], part


@pytest.mark.parametrize("native", [True, False], ids=["native", "python"])
def test_fold_all_keeps_every_term_apart(monkeypatch: pytest.MonkeyPatch, native: bool) -> None:
    if not native:
        _no_native(monkeypatch)
    terms = [*TRICKY, "法轮功" * 3, "a\u0301" * 20, "。" * 40 + "色情"]
    assert C._fold_all(terms) == [C.fold_one(t.replace("\n", " ").replace("\r", " ")) for t in terms]


@pytest.mark.parametrize("native", [True, False], ids=["native", "python"])
def test_tone_syllables_many_equals_one_by_one(monkeypatch: pytest.MonkeyPatch, native: bool) -> None:
    if not native:
        _no_native(monkeypatch)
    terms = ["法轮功", "东西", "衣裳", "重庆重庆", "长长长", "银行行长", "a法b", "", "〇", "𠀀丽", "乐乐", *TRICKY]
    assert tone_syllables_many(terms) == [tone_syllables(t) for t in terms]


def test_tone3_styling_reads_only_the_reading() -> None:
    """The converter's styles are remembered per reading, not per (character, reading): for every pair pypinyin's
    dictionaries can hand it (each character's first reading, each phrase's readings) the styled reading is the
    one the same reading gets with no character at all."""
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
    from pypinyin.converter import UltimateConverter

    assert P._tone3_reads_only_the_reading()
    pairs = {(chr(cp), readings.split(",")[0]) for cp, readings in PINYIN_DICT.items()}
    pairs |= {(han, item[0]) for phrase, items in PHRASES_DICT.items() for han, item in zip(phrase, items)}
    plain = UltimateConverter(neutral_tone_with_five=True)
    by_reading = {r: plain.convert_style("", r, Style.TONE3, True) for _, r in pairs}
    assert len(pairs) > 40000 and "5" in "".join(by_reading.values())
    assert [(h, r) for h, r in pairs if plain.convert_style(h, r, Style.TONE3, True) != by_reading[r]] == []


def test_tone_syllables_many_equals_pypinyin_on_every_chinese_term(shared_data: Path) -> None:
    """The restated word conversion (:func:`~beian.text.phonetics._styled_words`) and the cut give, on every
    entry of the public lexicons made of Chinese characters (47k), what ``lazy_pinyin`` gives term by term."""
    from pypinyin.constants import RE_HANS

    terms = [t for t in raw_entries(shared_data) if RE_HANS.match(t)]
    assert len(terms) > 40000
    assert tone_syllables_many(terms) == [tone_syllables(t) for t in terms]


def test_the_restated_conversion_is_only_used_for_pypinyins_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    """A converter with a step of its own is asked word by word (what it gives is what comes out)."""
    words = ["法轮功", "东西", "衣裳", "〇", "𠀀丽", "乐乐", "长长"]
    assert P._styled_words(words) == {w: tone_syllables(w) for w in words}
    make = P._word_converter

    def shouting() -> Any:
        converter = make()

        class Shouting(type(converter)):  # type: ignore[misc]
            def convert_styles(self, *args: Any, **kwargs: Any) -> Any:
                return [[s.upper() for s in item] for item in super().convert_styles(*args, **kwargs)]

        converter.__class__ = Shouting
        return converter

    monkeypatch.setattr(P, "_word_converter", shouting)
    assert not P._convert_is_pypinyins(P._word_converter())
    assert P._styled_words(words) == {w: [s.upper() for s in tone_syllables(w)] for w in words}


def _phrase_soup(n: int) -> list[str]:
    """Texts glued from pieces of pypinyin's phrases: many places where a known prefix holds no phrase,
    or a phrase ends where another begins (the cases the maximum forward match decides)."""
    from pypinyin.constants import PHRASES_DICT

    rnd = random.Random(5)
    phrases = sorted(p for p in PHRASES_DICT if len(p) >= 2)
    out = []
    for _ in range(n):
        pieces = [rnd.choice(phrases) for _ in range(rnd.randint(1, 3))]
        out.append("".join(p[:rnd.randint(1, len(p))] if rnd.random() < 0.5 else p for p in pieces))
    return [*out, "", "一", "〇〇", "𠀀"]


@pytest.mark.parametrize("native", [True, False], ids=["native", "python"])
def test_cut_is_pypinyins_maximum_match(monkeypatch: pytest.MonkeyPatch, native: bool) -> None:
    from pypinyin.seg import mmseg

    if not native:
        _no_native(monkeypatch)
    texts = _phrase_soup(3000)
    assert P._cut_many(texts) == [list(mmseg.seg.cut(t)) for t in texts]


def test_native_string_helpers_equal_python(monkeypatch: pytest.MonkeyPatch) -> None:
    if any(C.native(name) is None for name in ("splice", "collapse_runs", "first_numbers", "expand_runs")):
        pytest.skip("beian.text._fold was not built")
    rnd = random.Random(9)
    texts = ["".join(rnd.choice("aab法法轮😀") for _ in range(rnd.randint(0, 12))) for _ in range(3000)]
    table = {"法": "氵去", "轮": "车仑", "a": "aa", "😀": ""}
    rows = [[rnd.choice(["", "x", "fa", "lun"]) for _ in t] for t in texts]
    order = np.array(rnd.sample(range(len(texts)), len(texts)), dtype=np.int64)
    fast = (C._fold_ascii_all(texts), C._splice(texts, table, 0), C._splice(texts, rows, 2), C._collapse_all(texts),
            C._first_numbers(texts, order))
    same_bytes = ["aa", "\u6161", "aaaa", "\u6161\u6161", "\U00016161", "aa", "\u6161", "", ""]  # other kinds
    same = C._first_numbers(same_bytes, np.arange(len(same_bytes), dtype=np.int64))
    _no_native(monkeypatch)
    slow = (C._fold_ascii_all(texts), C._splice(texts, table, 0), C._splice(texts, rows, 2), C._collapse_all(texts),
            C._first_numbers(texts, order))
    assert fast[4][0].tolist() == slow[4][0].tolist() and fast[4][1] == slow[4][1]
    assert fast[4][1] == list(dict.fromkeys(texts[i] for i in order)) and len(fast[4][1]) < len(texts)
    assert same[0].tolist() == [0, 1, 2, 3, 4, 0, 1, 5, 5] and same[1] == list(dict.fromkeys(same_bytes))
    lists = [list(t) for t in texts]
    mapping = {c: c * 2 for c in "aab法法轮😀"}
    runs = [tuple(rnd.choice([0, 1, 1, 2, 3]) for _ in t) for t in texts]
    spelled = ["".join(c * r for c, r in zip(t, rs)) for t, rs in zip(texts, runs)]
    for _ in ("python", "native"):
        assert C._spelled_all(texts, runs, [True] * len(texts)) == spelled
        for keep in (True, False):
            for table_ in (mapping, None):
                joined = ["".join(table_[c] if table_ else c for c in t) for t in texts]
                rows = [[table_[c] if table_ else c for c in t] for t in texts] if keep else []
                assert C._map_join(lists, table_, keep) == (rows, joined)
        monkeypatch.undo()
    assert fast[0] == slow[0] == ([_fold_ascii(t)[0] for t in texts], [_fold_ascii(t)[1] for t in texts])
    for a, b in zip(fast[1:3], slow[1:3]):
        assert a[0] == b[0] and a[1].tolist() == b[1].tolist()
    assert fast[3] == slow[3]
    assert fast[1][0][:2] and fast[2][0][:2]  # substitutions were made


@pytest.mark.parametrize("native", [True, False], ids=["native", "python"])
def test_two_char_words_are_the_dictionarys(monkeypatch: pytest.MonkeyPatch, native: bool) -> None:
    if not native:
        _no_native(monkeypatch)
    words = C._two_char_words()
    assert "女子" in words and words == {w for w in dictionary_words() if len(w) == 2}


def test_line_heads_read_lines_as_splitlines_does() -> None:
    heads = C.native("line_heads")
    if heads is None:
        pytest.skip("beian.text._fold was not built")
    text = "女子 3 n\nab\n 好人 2\n好人\n\nabc 1\n中国 9\n中"
    assert heads(text, 2) == [line.split(" ", 1)[0] for line in text.splitlines() if len(line.split(" ", 1)[0]) == 2]
    assert heads("ab 1\r\ncd 2", 2) is None and heads("ab\u2028cd", 2) is None


def test_the_automaton_finds_what_a_plain_search_finds() -> None:
    """The C automaton sorts its patterns by a radix sort on their first three code points and a comparison
    sort within runs that share them: patterns sharing long prefixes, ending in each other, repeated, and
    the extreme code points still give every occurrence (checked against ``str.startswith`` at every place)."""
    if not E.native_available():
        pytest.skip("beian.text._acm was not built")
    rnd = random.Random(4)
    alphabet = "aab法法轮\x01\uffff\U00020000😀"
    patterns = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 9))) for _ in range(3000)]
    patterns += ["abc" + "".join(rnd.choice("ab") for _ in range(rnd.randint(0, 6))) for _ in range(1000)]
    patterns += [chr(0x10FFFF) * 3, chr(0x10FFFF) * 2 + "a", "\x00", "\x00\x00", "\x00\x00\x00\x00", "a", "a", "ab"]
    engine = E.compile_engine(patterns, "native")
    text = "".join(rnd.choice(patterns) + rnd.choice(["", "a", "b", chr(0x10FFFF)]) for _ in range(600))
    ids, starts, ends = engine.find(text, np.zeros(0, dtype=np.uint32))
    found = sorted(zip(ids.tolist(), starts.tolist(), ends.tolist()))
    expected = sorted((k, i, i + len(p)) for k, p in enumerate(patterns) for i in range(len(text))
                      if text.startswith(p, i))
    assert found == expected and len(expected) > 5000


def test_the_automatons_sort_is_pythons_and_a_wrong_order_is_not_used() -> None:
    """``sort_order`` orders the patterns as ``sorted`` does (equal strings by position); ``build`` given that
    order makes the very automaton it makes on its own, and one given a wrong order (not sorted, an id twice,
    out of range) ignores it."""
    if not E.native_available() or not hasattr(E._acm, "sort_order"):
        pytest.skip("beian.text._acm was not built")
    acm = E._acm
    rnd = random.Random(6)
    cases = [["a"], ["ab", "a", "ab", "abc", "abd", "abcd", "b", "a"],
             ["".join(rnd.choice("aab法轮\x00\uffff\U00020000\U0010ffff") for _ in range(rnd.randint(1, 9)))
              for _ in range(20000)],
             ["abc" + "".join(rnd.choice("ab") for _ in range(rnd.randint(0, 6))) for _ in range(3000)]]
    for patterns in cases:
        order, ordered = acm.sort_order(patterns)
        ids = np.frombuffer(order, dtype=np.int64)
        assert ids.tolist() == sorted(range(len(patterns)), key=lambda i: (patterns[i], i))
        assert ordered == sorted(patterns) and all(a is patterns[i] for a, i in zip(ordered, ids.tolist()))
        plain = acm.build(patterns).dump()
        assert acm.build(patterns, order).dump() == plain
        wrong = [ids[::-1], np.concatenate((ids[:1], ids[:-1])), np.concatenate((ids[:-1], [len(patterns)]))]
        for bad in wrong[1 if len(patterns) == 1 else 0:]:
            assert acm.build(patterns, bad.astype(np.int64).tobytes()).dump() == plain
    with pytest.raises(ValueError, match="one int64 per pattern"):
        acm.build(["ab", "cd"], b"\x00" * 8)


@pytest.mark.parametrize("engine", ["native", "ahocorasick"])
def test_an_engine_compiled_in_the_background_is_the_same(engine: str) -> None:
    if engine == "native" and not E.native_available():
        pytest.skip("beian.text._acm was not built")
    patterns = ["法轮功", "falungong", "fa轮功", "法轮", "flg", "😀a", "a"]
    pending, ordered = E.compile_in_background(patterns, engine)
    assert isinstance(pending, E.PendingEngine) and ordered() == sorted(patterns)
    assert pending.find("法轮功", np.zeros(0, dtype=np.uint32))[0].tolist() == [3, 0]  # waits for the build
    assert pending.built().name == engine and pending.dump() == E.compile_engine(patterns, engine).dump()
    compiled = C.compile_lexicon(_lexicon(["法轮功", "色情网站"]), engine)
    assert compiled.main.engine.name == engine  # settled: the engine itself, no longer the pending one


def test_a_failed_engine_build_is_raised_to_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engines are compiled in threads of their own; what goes wrong there (sorting or building) reaches
    the caller: at once, or where it waits for the engine."""
    if not E.native_available():
        pytest.skip("beian.text._acm was not built")
    lexicon = _lexicon(["法轮功", "色情网站"])

    def broken(*args: object) -> Any:
        raise MemoryError("no room")

    monkeypatch.setattr(E.NativeEngine, "compile", classmethod(broken))
    with pytest.raises(MemoryError, match="no room"):
        C.compile_lexicon(lexicon)
    compiled = C.compile_lexicon(lexicon, wait=False)  # sorted: returns; the build failed
    with pytest.raises(MemoryError, match="no room"):
        compiled.settle()
    monkeypatch.setattr(E, "_acm", type("Acm", (), {"sort_order": staticmethod(broken)}))
    with pytest.raises(MemoryError, match="no room"):
        C.compile_lexicon(lexicon, wait=False)
