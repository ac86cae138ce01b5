"""Words written in a fancy-text generator's borrowed letters (``Ŧคɭยภﻮ๏ภﻮ``): found as ``fancy`` hits over the
word, while text in Thai, Hebrew, Greek, Russian or Arabic, and formulas, give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from beian.text import fancy
from beian.text.fancy import fancy_words, trailing_fancy
from beian.text.matcher import Matcher
from beian.text.normalize import fold_term
from beian.text.terms import Lexicon, Term

TERMS = ("porn", "sex", "法轮功", "色情", "赌博", "代开发票", "色情网站", "诈骗", "台独", "走私", "赌场")
# the "Thai wavy" alphabet as generators publish it, a..z (Շ for t and չ for z are the table's two hand-written letters)
WAVY = dict(zip("abcdefghijklmnopqrstuvwxyz", "ค๒ς๔єŦﻮђเןкɭ๓ภ๏קợгรՇยשฬאץչ"))


def wavy(word: str) -> str:
    return "".join(WAVY[c] for c in word)


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in TERMS]),
                         cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "written", "term"), [
    (f"他们在练{wavy('falungong')}呢", wavy("falungong"), "法轮功"),
    (f"有没有{wavy('seqing')}的", wavy("seqing"), "色情"),
    (f"看 {wavy('porn')} 吗", wavy("porn"), "porn"),                # a Latin term
    ("ѕєχ", "ѕєχ", "sex"),                                          # Cyrillic e beside other lookalikes
    (f"找{wavy('daikaifapiao')}", wavy("daikaifapiao"), "代开发票"),
    ("有 รє ợเภﻮ 吗", "รє ợเภﻮ", "色情"),                            # the generator keeps the spaces between syllables
    # lunicode's bent style: Հ for z and ք for p, which the fold reads as h and f everywhere else
    ("看ʂҽ զìղց աąղց Հհąղ吧", "ʂҽ զìղց աąղց Հհąղ", "色情网站"),
    ("小心Հհą քìąղ", "Հհą քìąղ", "诈骗"),
    (f"支持{wavy('taidu')}的言论", wavy("taidu"), "台独"),          # Շ for t
    (f"群里有人做{wavy('zousi')}生意", wavy("zousi"), "走私"),       # չ for z
    (f"哪里有 {wavy('du')} {wavy('chang')} 啊", f"{wavy('du')} {wavy('chang')}", "赌场"),
])
def test_generator_words_are_found_over_the_word(matcher: Matcher, text: str, written: str, term: str) -> None:
    hits = matcher.scan(text)
    fancy_hits = [m for m in hits if m.variant == "fancy"]
    assert [(m.text, m.matched, m.confidence) for m in fancy_hits] == [(written, term, 0.8)]
    assert text[fancy_hits[0].start:fancy_hits[0].end] == written
    # the fold alone may read a shorter term inside (色情 in the bent 色情网站); nothing outside the word
    whole = fancy_hits[0]
    assert all(whole.start <= m.start and m.end <= whole.end for m in hits)


@pytest.mark.parametrize("text", [
    "สวัสดีครับ วันนี้อากาศดีมาก ๒๕๖๗",                      # Thai, with Thai digits
    "שלום עולם, מה נשמע",                                   # Hebrew
    "Καλημέρα, πώς είσαι; ςας",                              # Greek with final sigma
    "Привет, как дела? Ђорђе",                              # Russian and Serbian
    "مرحبا بالعالم ﻮ",                                       # Arabic with a presentation form
    "若 Δx=3，则 ∂f/∂x 为 2",                                  # formulas
    "价格 ¥100，折合 €12",                                    # currency signs the map lists for y and e
    "ภาษาไทย Thai language",                                # two scripts, but each word in one
    "Привет world, γειά σου",
    "Շնորհակալություն, բարև ձեզ",                            # Armenian, with Շ and չ's neighbours
])
def test_text_in_its_own_script_gives_no_fancy_reading(matcher: Matcher, text: str) -> None:
    assert fancy_words(text) == []
    assert [m for m in matcher.scan(text) if m.variant == "fancy"] == []


def test_a_word_all_in_one_script_is_not_read() -> None:
    """``๔ย๒๏`` (dubo) is Thai letters and digits only: indistinguishable from Thai text, left alone."""
    assert fancy_words(f"来{wavy('dubo')}吧") == []


def test_a_word_is_spelled_one_character_for_one() -> None:
    [word] = fancy_words(f"看{wavy('porn')}吗")
    assert word.start == 0 and word.text == "看poгn吗"  # г is left to the fold, which reads it as r
    assert word.changed == [False, True, True, False, True, False]


def test_a_long_run_is_read_in_pieces() -> None:
    text = wavy("seqing") * 20
    words = fancy_words(text)
    assert len(words) == -(-len(text) // fancy.MAX_RUN)
    assert all(len(w.text) <= fancy.MAX_RUN + 2 for w in words)


def test_a_stream_holds_a_generator_word_still_being_written(matcher: Matcher) -> None:
    half = wavy("falun")
    assert trailing_fancy(f"他们在练{half}") == len(half)
    assert matcher.pending_chars(f"他们在练{half}") >= len(half)
    assert trailing_fancy("他们在练功。") == 0


def test_the_table_lists_only_what_the_fold_does_not_read_already() -> None:
    table = fancy._table()
    assert table["ค"] == "a" and table["ק"] == "p" and table["ﻮ"] == "g" and table["๒"] == "b"
    for ch, letters in table.items():
        assert not ch.isascii() and letters.isascii() and letters.isalpha()
        assert not fold_term(ch) or fold_term(ch) not in letters  # else the fold reads it everywhere already
    header = (Path(fancy.__file__).parent / "data" / "fold_fancy.tsv").read_text(encoding="utf-8")
    assert "fancy-text-converter 1.0.9" in header and "ISC" in header
