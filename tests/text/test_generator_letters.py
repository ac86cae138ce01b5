"""A fancy-text generator's lookalike alphabet (lunicode's "bent": Armenian and Cyrillic letters for Latin ones) reads
as the Latin letters, while text written in those scripts, and formulas with Greek letters, give nothing."""

from __future__ import annotations

import pytest

from beian.text.matcher import Matcher
from beian.text.terms import Lexicon, Term

TERMS = ("法轮功", "赌博", "色情", "卖淫")


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    return Matcher.build(Lexicon(terms=[Term(t, category="测试") for t in TERMS]),
                         cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize(("text", "term"), [
    ("他们在练 ƒąӀմղցօղց 吗", "法轮功"),       # as the generator writes falungong
    ("一起 ժմҍօ 吧", "赌博"),                     # dubo: Armenian d and u, Cyrillic b
    ("看 ʂҽ զìղց 的", "色情"),                     # se qing: Cyrillic e, Armenian q and n
    ("有人 ʍąì վìղ", "卖淫"),                      # mai yin: Armenian y
])
def test_a_generator_alphabet_reads_as_latin_letters(matcher: Matcher, text: str, term: str) -> None:
    assert term in {m.matched for m in matcher.scan(text) if m.confidence >= 0.75}


@pytest.mark.parametrize("text", [
    "Հայաստանի Հանրապետություն, Երևան",          # Armenian
    "Սա մի դաս է։",                               # Armenian sentence with the letters the generator borrows
    "初相位 φ = 30°，角速度 ω = 2π rad/s",         # Greek letters in a formula
    "Русский язык: буква ҍ встречается редко",   # Cyrillic
])
def test_text_in_those_scripts_gives_no_hit(matcher: Matcher, text: str) -> None:
    assert [m for m in matcher.scan(text) if m.confidence >= 0.5] == []
